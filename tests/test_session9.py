"""Patterns found in session 9: casualty words and event cues of general news Arabic.

Each test shows the Arabic a rule handles, and the near case it leaves alone.
"""

from __future__ import annotations

from marsad.pipeline import process
from tests.claims_helpers import figs, short

# -- figures: captured


def test_stopped_people_are_captured_on_either_side_of_the_number() -> None:
    # إيقاف (sense "persons"): a people noun after the number, the word before or after it
    assert short("وقالت مجموعة مراقبة إن 300 شخص على الأقل تم إيقافهم خلال تظاهرات.") == [(300, "captured", "unspecified")]
    assert short("وأعلنت الشرطة إيقاف 12 شخصا بتهمة السرقة.") == [(12, "captured", "unspecified")]


def test_stopping_things_is_no_figure() -> None:
    assert figs("وقررت الحكومة إيقاف 3 رحلات جوية.") == []


def test_a_number_glued_to_the_word_before_is_read() -> None:
    # scraping damage: "إن300" is two tokens
    assert short("وقالت المجموعة إن300  شخص تم إيقافهم في المدينة.") == [(300, "captured", "unspecified")]


def test_abducted_with_the_short_verb() -> None:
    assert short("وأكدت مصادر قبلية أن المسلحين خطفت العشرات من أبناء القرية.") == [(10, "captured", "unspecified")]
    assert short("وقالت الشرطة إن مسلحين خطفوا 4 أشخاص في الطريق.") == [(4, "captured", "unspecified")]


def test_single_people_of_two_nations_are_two_figures() -> None:
    body = (
        "وجاء القصف إثر مقتل جندي إسرائيلي برصاص قناص قرب حدود غزة.\n\n"
        "وقتل شاب فلسطيني برصاص الجيش في احتجاجات الجمعة قرب السياج الحدودي."
    )
    assert sorted(short(body)) == [(1, "killed", "military"), (1, "killed", "unspecified")]


def test_single_people_of_one_nation_told_twice_are_one_figure() -> None:
    body = "مقتل جندي إسرائيلي قرب غزة\nوقال الجيش إن جنديا إسرائيليا قتل برصاص قناص قرب الحدود."
    assert short(body) == [(1, "killed", "military")]


def test_a_secretary_is_a_civilian() -> None:
    body = "وقد لقيت مصرعها مع سائقها، بينما أصيبت سكرتيرتها الصحفية التي كانت تجلس في المقعد الخلفي."
    assert (1, "injured", "civilian") in short(body)


# -- statements


def stmts(body: str) -> list[tuple[str, str, str]]:
    out = process(body, published="2023-06-20", upto="statements").layers["statements"]
    return [(s["cue"], s["kind"], s["content"]) for s in out]


def test_a_quote_inside_what_is_called_for_is_part_of_it() -> None:
    # دعا takes an object too; with إلى right after it there is none, and the content opens there
    body = 'وأدان المكتب "الهجوم"، ودعا إلى إجراء تحقيق "شامل وشفاف مستقل"، في أقرب وقت ممكن.'
    assert ("ودعا", "indirect", 'إلى إجراء تحقيق "شامل وشفاف مستقل"، في أقرب وقت ممكن') in stmts(body)


def test_a_called_on_object_before_the_quote_still_opens_it() -> None:
    body = 'ودعا الرئيس الطرفين إلى "وقف القتال فورا دون أي شروط".'
    out = stmts(body)
    assert len(out) == 1 and out[0][0] == "ودعا" and "وقف القتال فورا" in out[0][2]


# -- events


def events(body: str, title: str | None = None) -> list[tuple[str, str]]:
    from marsad import extract

    return [(e["type"], e["trigger"]["text"]) for e in extract(body, title=title, published="2018-05-10")["events"]]


def test_a_plot_in_the_feminine_is_no_attack() -> None:
    assert events("وقال ممثلو ادعاء إن المرأة خططت لشن الهجوم من خلال رسائل متبادلة.") == []


def test_a_draft_or_a_project_of_an_act_is_none() -> None:
    assert events("وأفاد مصدر أن المشتبه بهم كان لديهم مشروع هجوم يستهدف مسلمين.") == []
    assert events("وناقش المجلس مشروع اتفاق بين الطرفين.") == []
    # a project hit by an attack is still attacked
    assert events("وقتل 5 أشخاص في هجوم على مشروع سكني في المدينة.") == [("attack", "هجوم")]


def test_arrests_over_the_last_months_are_no_one_occurrence() -> None:
    assert events("وكان عدد من نشطاء المعارضة قد ألقي القبض عليهم خلال الأشهر الأخيرة.") == []


def test_planned_and_carried_out_is_an_attack() -> None:
    body = "وقال إنه عمل عسكري لاستهداف العناصر التي خططت ونفذت استهداف المدنيين ليلة الأربعاء."
    assert ("attack", "استهداف") in events(body)


# -- figures: set 15 patterns


def test_one_family_is_no_count() -> None:
    # أسرة is a group noun: "أسرة واحدة" is one family of no size
    assert short("وستة من الضحايا ينتمون إلى أسرة واحدة احترق منزلها.") == [(6, "killed", "civilian")]
    assert figs("وقتلت أسرة واحدة في القصف.") == []
    assert short("وقتل رجل واحد في القصف.") == [(1, "killed", "unspecified")]


def test_wounds_after_the_number_make_a_verb_of_other_senses_a_harm() -> None:
    assert (8, "injured", "civilian") in short("صدمت سيارة أجرة مارة في وسط المدينة وأصابت ثمانية بجروح.")
    assert figs("وأصابت الصواريخ 3 أهداف في المدينة.") == []


def test_a_body_named_back_by_its_head_noun_is_one_source() -> None:
    body = (
        "أعلنت شرطة نيكاراغوا مقتل ثمانية أشخاص السبت.\n"
        "لقي ثمانية أشخاص على الأقل مصرعهم يوم السبت في ماناغوا، بحسب ما أفادت الشرطة."
    )
    out = figs(body)
    assert [(c["count"], c["qualifier"]) for c in out] == [(8, "at_least")]
    assert out[0]["source"]["name"] == "شرطة نيكاراغوا"


def test_a_headline_line_in_the_body_names_its_source_before_the_colon() -> None:
    body = "تقرير\nالأمم المتحدة: الصراع في اليمن خلف عشرة آلاف قتيل\nقام بدور دبلوماسي كبير."
    out = figs(body)
    assert [(c["count"], c["source"]["name"]) for c in out] == [(10000, "الأمم المتحدة")]
    # a place label names no source; a sentence that goes on after its stop is no headline
    assert figs("تقرير\nسوريا: مقتل 10 أشخاص في غارة\nقام بدور كبير.")[0]["source"] is None
    body = "تقرير\nالأمم المتحدة: الصراع في اليمن خلف عشرة آلاف قتيل. وقام بدور دبلوماسي كبير."
    assert figs(body)[0]["source"] is None


def test_a_wa_written_apart_from_its_digits_joins_the_number_to_the_killing() -> None:
    assert short("وأعلن الجيش مقتل القيادي مالك أحمد و7 من مرافقيه في غارة.") == [(7, "killed", "military")]
    assert sorted(short("قتل 2 و3 جرحى في الهجوم.")) == [(2, "killed", "unspecified"), (3, "injured", "unspecified")]


def test_a_sum_after_a_wa_written_apart_is_no_count() -> None:
    body = "فإن إيران مطالبة بدفع 12.500 مليون دولار لأزواج ضحايا الهجمات و8.500 مليون دولار لوالدي الضحايا."
    assert figs(body) == []


def test_a_takeover_with_its_subject_before_on() -> None:
    # سيطر على (flag ala): the place comes after على, past a force or a body and a date
    assert events("وسيطر الجيش على مدينة عفرين.") == [("attack", "وسيطر")]
    assert events("وسيطرت القوات السورية في ديسمبر الماضي على مدينة البوكمال.") == [("attack", "وسيطرت")]
    assert events("وسيطرت الفصائل المعارضة في العام 2015 على كامل محافظة إدلب.") == [("attack", "وسيطرت")]
    assert events("وسيطرت الحكومة على الوضع بعد ساعات.") == []
    assert events("وسيطرت الشرطة على الحريق في المبنى.") == []
    assert events("وسيطرت الشرطة بعد ساعات على الحريق في المبنى.") == []



def test_a_site_retaken_is_a_place() -> None:
    assert events("استعادت القوات الحكومية موقعا في وادي مخدرة.") == [("attack", "استعادت")]
    # موقع is also a website: its editor is no liberator
    assert events("وحكم على الصحفي الذي كان يرأس تحرير موقع إخباري بالسجن.") == []


def test_a_plea_deal_is_no_agreement() -> None:
    assert events("وقد أقر البعض بالتهم الموجهة إليهم أو عقدوا صفقة مع المحقق.") == []


# -- statements: set 15 patterns


def test_concluded_that_is_a_report() -> None:
    out = stmts("توصلت المنظمة الأربعاء إلى أن غاز السارين استخدم في هجومين على البلدة.")
    assert out == [("توصلت", "indirect", "إلى أن غاز السارين استخدم في هجومين على البلدة")]
    assert stmts("وخلص التقرير إلى أن الصاروخ أطلق من قافلة روسية.")[0][0] == "وخلص"
    assert stmts("وتوصل الطرفان إلى اتفاق لوقف إطلاق النار.") == []  # reached a deal: strict, no أن


def test_continuing_participle_is_a_cue_of_its_own() -> None:
    out = stmts('وقال أردوغان إن "الوحدات سيطرت على مركز المدينة" متابعا أن عمليات نزع الألغام مستمرة.')
    assert [x[0] for x in out] == ["وقال", "متابعا"]
    assert out[1][2] == "أن عمليات نزع الألغام مستمرة"


def test_laying_the_blame_is_a_report() -> None:
    out = stmts("فيما ألقى بيان للجناح المسلح للحركة باللوم على إسرائيل في انفجار غزة.")
    assert out == [("ألقى", "indirect", "باللوم على إسرائيل في انفجار غزة")]
    assert stmts("وألقى الرئيس كلمة في الحفل.") == []
    assert stmts("وألقت الشرطة القبض على المشتبه به.") == []


def test_each_of_opens_the_subjects_of_a_verb_that_takes_an_object() -> None:
    body = "ودعا كل من الأمين العام للأمم المتحدة، ووزيرة الخارجية الأوروبية إلى إجراء تحقيق مستقل."
    out = process(body, published="2023-06-20", upto="statements").layers["statements"]
    assert len(out) == 1 and out[0]["content"] == "إلى إجراء تحقيق مستقل"
    assert "الأمين العام للأمم المتحدة" in out[0]["speaker"]["name"]


def test_a_contract_signed_or_a_deal_struck_is_an_agreement() -> None:
    assert events("ووقعت الشركة الروسية عقدا مع الحكومة لزيادة الإنتاج.")[0] == ("agreement", "ووقعت")
    assert events("وأبرمت الحكومة صفقة مع الشركة لشراء طائرات.") == [("agreement", "وأبرمت")]


def test_held_in_custody_is_an_arrest() -> None:
    assert events("وأعلنت الشرطة أن المشتبه به رهن الاحتجاز.") == [("arrest", "رهن الاحتجاز")]


def test_rockets_fired_with_a_long_subject_between() -> None:
    # wide: the phrase's next word may come past a subject twice as long as others
    body = "وأطلق عناصر من حركتي حماس والجهاد الإسلامي عشرات الصواريخ على إسرائيل الأسبوع الماضي."
    assert events(body) == [("attack", "وأطلق")]
    # but not across a new clause, a report or another trigger
    assert events("وأطلق الرئيس مبادرة جديدة للسلام وأكد أن الصواريخ لن تخيفه.") == []
    assert events("وأطلقت الحكومة حملة جديدة بعد أن أطلق المسلحون صواريخ على المدينة.") == [("attack", "أطلق")]


def test_rockets_that_were_fired_are_an_attack() -> None:
    # أطلقت (flag weapon): after a weapon word, the passive tells an attack
    assert events("وقالت إسرائيل إن صواريخ أُطلقت من غزة على أراضيها.") == [("attack", "أُطلقت")]
    assert events("وأطلقت الشرطة سراح المعتقلين.") == []
    body = 'وكانت الهيئة الوطنية لمسيرات العودة وكسر الحصار أطلقت "جمعة الشهداء" على مسيرة اليوم.'
    assert "attack" not in [t for t, _ in events(body)]  # مسيرات: marches here, and too far back


def test_a_reporting_noun_after_a_preposition_with_its_conjunction_is_no_cue() -> None:
    out = stmts("وفي وصف الحادث قال الشاهد إن النار اشتعلت.")
    assert out == [("قال", "indirect", "إن النار اشتعلت")]


def test_a_noun_of_an_act_after_the_speaker_is_the_object() -> None:
    # object_noun: الهجوم is never an adjective of الوزير
    body = "وأدان الوزير الهجوم ووصفه بالعمل الإرهابي."
    out = process(body, published="2023-06-20", upto="statements").layers["statements"]
    assert [(s["cue"], s["speaker"]["name"], s["content"]) for s in out] == [
        ("وأدان", "الوزير", "الهجوم"),
        ("ووصفه", "الوزير", "بالعمل الإرهابي"),  # وصف (comp_opens): its ب opens what it was called
    ]


def test_a_bare_verb_after_an_indefinite_noun_describes_it() -> None:
    body = "وقال مصدر طبي إن 7 أصيبوا بجروح وصفت بالطفيفة خلال الاقتحام."
    assert [x[0] for x in stmts(body)] == ["وقال"]


def test_a_passive_marked_by_its_damma_is_no_report() -> None:
    assert stmts("والذي أزيح من منصبه فيما وُصف بانقلاب عسكري في نوفمبر الماضي.") == []


def test_giving_oneself_up_is_an_arrest() -> None:
    assert ("arrest", "سلم نفسه") in events("وقتل عشرة أشخاص برصاص التلميذ الذي سلم نفسه إلى الشرطة بعد فعلته.")


def test_a_participle_of_pointing_opens_its_content_at_its_preposition() -> None:
    out = stmts("وأكد المصدر سقوط جرحى، فيما أصيب ثلاثة من القبائل، لافتا إلى تدخل وساطة قبلية.")
    assert ("لافتا", "indirect", "إلى تدخل وساطة قبلية") in out
    assert stmts("وشهد الحفل حضورا لافتا إلى جانب الوزراء.") == []  # إلى جانب: beside
    assert stmts("وفي تطور لافت، أعلنت الحكومة استقالتها.")[0][0] == "أعلنت"


def test_proposed_is_a_report() -> None:
    out = stmts("وكان الرئيس التركي قد اقترح الإفراج عن القس إذا سلمت واشنطن غولن.")
    assert [x[0] for x in out] == ["اقترح"]


def test_a_relative_clause_whose_verb_names_its_own_subject_is_a_report() -> None:
    body = 'وتتضمن الحصيلة السائق الذي قالت الشرطة المحلية في وقت سابق إنه "قتل نفسه بالرصاص".'
    out = process(body, published="2023-06-20", upto="statements").layers["statements"]
    assert [(s["cue"], s["speaker"]["name"]) for s in out] == [("قالت", "الشرطة المحلية")]
    assert stmts("وأشار الوزير إلى الحصيلة التي أعلنها الجيش.")[0][0] == "وأشار"


def test_banners_are_no_pointing_out() -> None:
    out = stmts("ورفع المحتجون لافتات تدعو إلى إقالة وزير الكهرباء.")
    assert "لافتات" not in [x[0] for x in out]


def test_a_proposed_truce_and_a_sunstroke_are_no_events() -> None:
    assert events("واقترح الوسيط هدنة لمدة أسبوع.") == []
    assert events("وباتت فرق الإنقاذ مهددة بالإصابة بضربة الشمس.") == []
    assert events("وشنت الطائرات ضربة على المدينة.") == [("attack", "ضربة")]


def test_a_toll_exceeding_its_mark_far_before_the_number() -> None:
    out = figs("تجاوزت حصيلة ضحايا الأمطار الغزيرة في اليابان المئة قتيل، في حصيلة أولية.")
    assert [(c["count"], c["qualifier"], c["new"]) for c in out] == [(100, "at_least", False)]
    out = figs("وتجاوز المتظاهرون الحواجز وقتل في الهجوم 20 شخصا.")
    assert [(c["count"], c["qualifier"], c["new"]) for c in out] == [(20, "exact", None)]


def test_what_the_incident_was_joins_the_act_told() -> None:
    body = "قتل أربعة أشخاص في عملية دهس بسيارة في مدينة مونستر. وتشير وسائل الإعلام إلى أن الحادث اعتداء."
    assert events(body) == [("attack", "عملية دهس")]


def test_pupils_in_their_other_plural_are_civilians() -> None:
    assert short("وكان عشرة أشخاص غالبيتهم من التلامذة قتلوا الجمعة في الثانوية.") == [(10, "killed", "civilian")]


def test_a_verb_after_a_conjunction_with_its_ba_still_reports() -> None:
    body = "وأكدت فرنسا أنها سترد، بعدما تحدث مسعفون عن سقوط عشرات القتلى في المدينة."
    assert "تحدث" in [x[0] for x in stmts(body)]
