"""Patterns found in session 12, from reading Marsad's output on unseen news articles.

Each test shows the Arabic a rule handles, and the near case it leaves alone.
"""

from __future__ import annotations

from tests.claims_helpers import figs, said, short, sources
from tests.events_helpers import events

# -- figures: the casualty word


def test_a_period_between_the_verb_and_its_number_is_no_subject() -> None:
    # cue roles time_lead (خلال) and period_new after the verb; the period's own number is a duration
    for body in (
        "وقتل خلال الأيام الثلاثة الماضية 5 أشخاص في الاشتباكات.",
        "وقتل خلال الأيام الثلاثة الماضية خمسة أشخاص.",
        "وقتل في الأيام الثلاثة الأخيرة 5 أشخاص.",
    ):
        assert short(body) == [(5, "killed", "unspecified")], body
    assert [c["new"] for c in figs("وقتل خلال الساعات الـ24 الماضية 5 أشخاص.")] == [True]
    # the army named right after the verb is who killed; the number after the period is its victims
    assert short("وقتل الجيش خلال الأيام الثلاثة الماضية 5 مسلحين.") == [(5, "killed", "military")]


# -- figures: sources


def test_what_was_written_in_a_text_names_the_text() -> None:
    # figures_attribution role contained (جاء، ورد): "بحسب ما ورد في X" → X, and a statement's issuer
    assert sources("وقتلت امرأة في بريطانيا، بحسب ما ورد في تحقيق بشأن الحادث.") == ["تحقيق بشأن الحادث"]
    assert sources("وقتل 5 أشخاص حسبما جاء في بيان للشرطة.") == ["الشرطة"]
    assert sources("وقتل 5 أشخاص وفق ما جاء في تقرير للأمم المتحدة.") == ["الأمم المتحدة"]


def test_a_word_that_only_looks_definite_ends_a_source_name() -> None:
    # إلقاء normalizes to القاء, which is no article: "the police" then its act
    assert sources("بعد إعلان الشرطة إلقاء القبض على 5 أشخاص.") == ["الشرطة"]
    assert sources("بعد إعلان السلطات العراقية إلقاء القبض على 5 من كبار مسؤولي تنظيم داعش.") == [
        "السلطات العراقية"
    ]


def test_a_conjunction_before_an_is_no_lost_verb_of_a_lead() -> None:
    # statements_adjuncts conjunction_an (منذ، بعد، قبل) before أن: the outlet's own sentence
    body = "والعلاقات بين البلدين مقطوعة منذ أن خاضا نزاعا حدوديا أسفر عن سقوط نحو 80 ألف قتيل."
    assert sources(body) == [None]


def test_a_clause_after_a_conjunction_has_its_own_subject() -> None:
    # statements_adjuncts conjunction (حين، عندما): the noun before it is not the verb's subject
    body = "وكانت الصدمة الثانية حين أعلن عن توقيف الضابطة رفيعة المستوى بتهمة تلفيق التهمة."
    assert sources(body) == [None]
    assert [sp for sp, _, _ in said(body)] == [None]
    # a subject right before its verb stays
    assert [sp for sp, _, _ in said("وكانت الشرطة أعلنت عن توقيف الضابطة.")] == ["الشرطة"]


def test_an_outlets_note_after_a_comma_ends_the_content() -> None:
    # statements_adjuncts tail: "، علما بأن" is the outlet's aside, not what the speaker said
    body = (
        "وتحمل هولندا وأستراليا موسكو مسؤولية نشر الصاروخ ومقتل مواطنيها، علما بأن عددا كبيرا من "
        "هؤلاء كانوا بين الضحايا الـ298."
    )
    assert [c for _, _, c in said(body)] == ["موسكو مسؤولية نشر الصاروخ ومقتل مواطنيها"]
    assert sources(body) == [None]


def test_a_time_phrase_after_a_speaker_is_no_part_of_the_name() -> None:
    # statements_adjuncts setting: قبل، بعد، قبيل، بعيد، عشية، غداة
    assert said("وقال الجيش بعد الهجوم إن المسلحين فروا.")[0][0] == "الجيش"
    assert said("وقال الصليب الأحمر قبل الواقعة إن 6 أشخاص على الأقل قتلوا.")[0][0] == "الصليب الأحمر"
    assert said("وقال الرئيس عشية القمة إن المسلحين فروا.")[0][0] == "الرئيس"


def test_a_quoted_name_after_an_organization_head_stays_in_the_source() -> None:
    # entities_org_heads (منظمة، شبكة، صحيفة) before a short quoted name
    (name,) = sources('وطبقاً لمنظمة "أطباء بلا حدود" فقد لقي أكثر من 80 مهاجراً مصرعهم منذ بداية العام.')
    assert name.replace('"', "") == "منظمة أطباء بلا حدود"
    # a quote after a speaker who is no organization opens his words
    assert sources('وقال مسؤول "لقد قتل 5 أشخاص".') == ["مسؤول"]


def test_a_text_and_its_issuer_may_have_an_adjective_between() -> None:
    # figures_attribution roles toll/document, with or without the article: the issuer after ل
    assert sources("وقتل 5 أشخاص بحسب بيان رسمي للجيش.") == ["الجيش"]
    assert sources("وقتل 5 أشخاص بحسب البيان الرسمي للجيش.") == ["الجيش"]


def test_the_latest_toll_published_by_a_body() -> None:
    # "آخر"/"أحدث" before a toll word; نشرها (published it) after it; the publisher in quotes
    body = 'ووفقا لآخر حصيلة نشرها "صندوق الضمان" فقد أوقع الهجوم ما مجموعه 206 جرحى.'
    assert sources(body) == ["صندوق الضمان"]


def test_a_relative_clause_inside_the_content_keeps_the_number_out_of_it() -> None:
    # the content ends at "، وذلك": the attacks' toll after it is the outlet's own
    body = (
        "أكد وزير الدفاع جيمس ماتيس، الثلاثاء، أن مهمة الحلف ستستمر في أفغانستان، وذلك بعد يوم من "
        "الهجمات التي أدت إلى مقتل 25 شخصا."
    )
    assert sources(body) == [None]
    # a relative clause of the speaker, before his words, still leaves the number in them
    body = 'وأفاد غارسيا رئيس "المعهد الوطني"، وهي الهيئة التي تتعرف على الضحايا، إن عدد الجثث بلغ 62 جثة.'
    assert [s is not None for s in sources(body)] == [True]


# -- figures: what is counted


def test_a_sentence_carried_out_is_a_killing() -> None:
    # figures_cues role carried_out (تنفيذ، نفذت) before a sentence word (حكم)
    assert short("أعلنت الحكومة العراقية تنفيذ حكم الإعدام في 12 مدانا بالإرهاب.") == [(12, "killed", "unspecified")]
    assert short("ونفذت السلطات حكم الإعدام بحق 3 من المدانين.") == [(3, "killed", "unspecified")]
    # a sentence passed is not
    assert short("وحكمت المحكمة بالإعدام على 5 متهمين.") == []


def test_most_of_a_group_is_no_count() -> None:
    # figures_cues role most (غالبية، معظم، أغلب) before the number or its definite people noun
    body = "وأوقعت العمليتان 25 قتيلا بينهم غالبية الإعلاميين التسعة."
    assert [c["count"] for c in figs(body)] == [25]
    # without a word of "most", the definite group counted after بينهم is a part of the toll
    assert [c["count"] for c in figs("وقتل 25 شخصا بينهم الإعلاميون التسعة.")] == [25, 9]


def test_a_minority_is_people() -> None:
    # figures_victims أقلية، أقليات (civilian): "فر" counts people after من
    assert short("وفر نحو 700 ألف من أقلية الروهينغا إلى بنغلادش.") == [(700000, "displaced", "civilian")]


def test_others_that_open_the_next_sentence_are_of_the_toll_before() -> None:
    body = "أعلن الجيش التركي مقتل ثمانية من جنوده في اشتباكات بمدينة عفرين. وأصيب 13 آخرون خلال المواجهات."
    assert short(body) == [(8, "killed", "military"), (13, "injured", "military")]
    # the whole, not its part: "14 ..., من بينهم قياديان. وإصابة 40 آخرين"
    body = "وأسفر القصف عن مقتل 14 شخصا، من بينهم قياديان في الحزب. وإصابة أكثر من 40 آخرين."
    assert [c["victims"] for c in figs(body) if c["count"] == 40] == ["unspecified"]


def test_one_singled_out_between_the_number_and_its_word() -> None:
    # a breakdown of one or two (بينهم امرأة) is passed over to the casualty word after it, and does
    # not tell the class of the whole; annotators count no singular part
    assert short("لقي أربعة أشخاص بينهم امرأة مصرعهم في الغارات.") == [(4, "killed", "unspecified")]
    assert short("قال مسعفون إن ستة أشخاص من بينهم طفلة قتلوا في غارات جوية.") == [(6, "killed", "unspecified")]
    # a plural part still tells it, and a part with no size still says nothing of the whole
    assert short("قتل 40 شخصا، من بينهم أطفال ونساء.") == [(40, "killed", "civilian")]
    assert short("ستة مدنيين بينهم طفل قتلوا.") == [(6, "killed", "civilian")]


def test_others_after_a_casualty_word_of_their_own_sentence_are_not_of_the_sentence_before() -> None:
    body = (
        "وقالت الرياض إن جنديين سعوديين قتلا في معارك ضد الحوثيين.\n"
        "لقي أربعة أشخاص بينهم امرأة مصرعهم وأصيب 11 آخرون في غارات جوية."
    )
    assert short(body)[-1] == (11, "injured", "unspecified")


# -- statements


def test_a_report_after_before_that_is_the_same_speakers_next_one() -> None:
    # statements_adjuncts conjunction_an + أن before an imperfect cue: the first content ends there
    body = "وقال الوزير إن الحكومة ستتحرك، قبل أن يؤكد أن الهجوم لن يمر."
    assert said(body) == [("الوزير", "وقال", "إن الحكومة ستتحرك"), ("الوزير", "يؤكد", "أن الهجوم لن يمر")]
    # a perfect with a subject of its own stays in what was said
    body = "وقال مسؤولون إن الرجل قتل عائلة بأكملها بعد أن رفض الأبوان تزويج ابنتهما له."
    assert [c for _, _, c in said(body)] == ["إن الرجل قتل عائلة بأكملها بعد أن رفض الأبوان تزويج ابنتهما له"]


def test_condemned_written_without_its_hamza() -> None:
    # statements_verbs أدان: extra forms دان، دانت، دانوا
    assert said("ودان الرئيس الهجوم.") == [("الرئيس", "ودان", "الهجوم")]


def test_each_of_opens_the_subjects_of_a_verb_with_no_complement() -> None:
    # statements_adjuncts joint_subject (كل من) before an object
    body = "ودانت كل من الأمم المتحدة والاتحاد الأوروبي الاعتداء."
    assert said(body) == [("الأمم المتحدة والاتحاد الأوروبي", "ودانت", "الاعتداء")]


def test_a_name_in_apposition_whose_second_comma_is_missing() -> None:
    body = "وأدان الأمين العام للجامعة العربية، أحمد أبو الغيط نقل السفارة."
    assert [c for _, _, c in said(body)] == ["نقل السفارة"]


def test_a_court_that_convicts_makes_no_statement() -> None:
    # statements_phrases convicts (أدان) + statements_adjuncts court (محكمة، قاض، هيئة المحلفين)
    assert said("أدانت محكمة بريطانية مراهقا عراقيا بالشروع في القتل.") == []
    assert said("ودان قاض فدرالي في منهاتن رجل أعمال بست تهم.") == []
    # a court that speaks still says
    assert said("وقالت المحكمة إن الحكم نهائي.") == [("المحكمة", "وقالت", "إن الحكم نهائي")]


def test_a_feddan_is_no_verb_of_condemning() -> None:
    # statements_adjuncts not_cue: فدان is not ف + دان
    assert said("واستولوا على 800 ألف فدان من الأراضي.") == []


# -- events


def test_a_counted_or_targeted_plural_of_strikes_is_an_act() -> None:
    # a bare plural (غارات) needs an anchor: a number right before it, or a target (events_context
    # class object: تجمعات، تعزيزات، مواقع) after it
    for body in (
        "نفذت مقاتلات التحالف العربي 4 غارات جوية على تعزيزات الميليشيات.",
        "غارات على تجمعات الميليشيات.",
    ):
        assert [(e["type"], e["trigger"]["text"]) for e in events(body)] == [("attack", "غارات")], body
    # an aim is no act
    assert events("داعيا إلى تنفيذ هجمات ضد الغرب.") == []


def test_an_agency_that_carried_a_ministrys_words_is_not_their_source() -> None:
    # entities_org_heads column media (وكالة، صحيفة): after a verb of saying with its own subject
    body = "أعلنت وزارة الصحة الفلسطينية مقتل شاب فلسطيني في مدينة الخليل، وفق ما ذكرته وكالة وفا للأنباء."
    assert sources(body) == ["وزارة الصحة الفلسطينية"]
    # with no one else named, the agency gives it
    assert sources("وقتل 5 أشخاص، وفق ما ذكرته وكالة وفا للأنباء.") == ["وكالة وفا للأنباء"]


def test_a_far_closing_phrase_gives_what_no_verb_before_gave() -> None:
    body = (
        "أعلنت وزارة الصحة الفلسطينية عن مقتل ثلاثة فلسطينيين وجرح 12 آخرين، وذلك في قتال امتد من ليل "
        "الأربعاء حتى فجر الخميس، بين الجيش الإسرائيلي وحركة حماس، أسفر أيضا عن جرح سبعة إسرائيليين، "
        "بحسب الجيش الإسرائيلي."
    )
    assert sources(body) == ["وزارة الصحة الفلسطينية", "وزارة الصحة الفلسطينية", "الجيش الإسرائيلي"]


def test_a_denial_with_its_object_before_the_complementizer() -> None:
    # statements_adjuncts object_noun (اتهامات، تقارير، ادعاءات، مزاعم)
    assert said("ونفت الحكومة السورية اتهامات بأنها لعبت دورا في الهجوم.")[0][:2] == ("الحكومة السورية", "ونفت")


def test_a_force_named_after_since_or_during_is_not_the_victims() -> None:
    # figures_cues roles since (منذ) and time_lead (خلال) end the search for the victims' noun
    assert short("وأوقعت الحرب أكثر من عشرة آلاف قتيل منذ تدخل التحالف العسكري في 2015.") == [
        (10000, "killed", "unspecified")
    ]
    assert short("وشهدت الانتخابات مقتل ستة أشخاص خلال حملة للجيش على احتجاجات المعارضة.") == [
        (6, "killed", "unspecified")
    ]
    assert short("قتل 5 في صفوف الجيش.") == [(5, "killed", "military")]


def test_a_phrase_after_a_comma_with_fa_inna_opens_its_content() -> None:
    # "، وبحسب X فإن": like a phrase that opens the sentence, what follows فإن is what X said
    body = "وخسرت الميليشيات المئات من عناصرها، وبحسب المصادر فإن عشرات الجثث لا تزال متناثرة."
    assert said(body) == [("المصادر", "وبحسب", "فإن عشرات الجثث لا تزال متناثرة")]
    # a phrase that closes the sentence gives what came before
    assert said("وقتل 5 أشخاص، بحسب الشرطة.") == [("الشرطة", "بحسب", "وقتل 5 أشخاص")]


def test_a_quoted_name_in_a_reporting_phrase_is_the_source() -> None:
    # a head (منظمة، موقع) right before a short quote: the name, not the content
    body = 'ووفقا لموقع "يو أس تودي"، فإن علامات الفوضى انتشرت في كل مكان.'
    assert said(body) == [("موقع يو أس تودي", "ووفقا", "فإن علامات الفوضى انتشرت في كل مكان")]


def test_the_wounded_who_died() -> None:
    # figures_outcomes فارق الحياة (killed verb); "N من الجرحى ... فارقوا الحياة": killed, not injured
    body = "وقال مصدر طبي إن اثنين من الجرحى ممن أسعفوا إلى المستشفى، فارقوا الحياة متأثرين بجراحهم."
    assert short(body) == [(2, "killed", "unspecified")]
    assert short("وأصيب 30 شخصا ونقل 5 من الجرحى إلى المستشفى.") == [
        (30, "injured", "unspecified"),
        (5, "injured", "unspecified"),
    ]


def test_maimed_children_are_injured() -> None:
    # figures_outcomes تشوه، تشويه (injured, sense people)
    body = "ذكرت منظمة يونيسيف توثيقها مقتل 53 طفلاً وتشوّه 92 آخرين خلال شهر مارس."
    assert short(body) == [(53, "killed", "civilian"), (92, "injured", "civilian")]


def test_their_death_after_a_hashtag_and_a_comma() -> None:
    body = "لقي 20 عنصرا من #ميليشيا_الحوثي الانقلابية، مصرعهم، الخميس، في قصف مدفعي."
    assert short(body) == [(20, "killed", "military")]


def test_one_of_them_singled_out_does_not_tell_the_class_of_all() -> None:
    # figures_cues one_of (أحدهما، إحداهما) after the figure ends the search for its people noun
    body = "أسفرت عملية طعن وسط باريس عن مقتل شخصين أحدهما المهاجم وإصابة أربعة آخرون."
    assert short(body) == [(2, "killed", "unspecified"), (4, "injured", "unspecified")]


def test_the_others_kind_is_the_figures_before_them_too() -> None:
    # "N وإصابة M آخرين من X": X names both
    body = "وأفادت مصادر يمنية بمقتل ثلاثة وإصابة اثنين آخرين من مسلحي الحوثي."
    assert short(body) == [(3, "killed", "military"), (2, "injured", "military")]
    # a people noun of the first keeps it apart
    assert short("قتل 3 أشخاص وأصيب 5 آخرون من المدنيين.") == [(3, "killed", "unspecified"), (5, "injured", "civilian")]


def test_sources_close_to_a_body_are_one_speaker_noun() -> None:
    # statements_adjuncts np_phrase: مقربة من، قريب من
    assert said("وقالت مصادر مقربة من الحكومة إن الاتفاق قريب.")[0][0] == "مصادر مقربة من الحكومة"
    assert said("وقال مصدر قريب من التحقيق إن المشتبه به اعتقل.")[0][0] == "مصدر قريب من التحقيق"
