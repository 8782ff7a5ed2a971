"""Patterns found in session 13, from reading Marsad's output on unseen news articles.

Each test shows the Arabic a rule handles, and the near case it leaves alone.
"""

from __future__ import annotations

from tests.claims_helpers import figs, said, short, sources
from tests.events_helpers import events

# -- figures: the casualty word


def test_a_verb_of_hitting_after_a_killing_harms_people_with_no_noun() -> None:
    # أصاب (sense "people") needs a people noun after its number, unless the number ends the clause
    # and a word of killing comes before it in the sentence
    assert short("تصدت الميليشيات للمتظاهرين، فقتلت ثلاثة متظاهرين وأصابت العشرات.") == [
        (3, "killed", "unspecified"),
        (10, "injured", "unspecified"),
    ]
    assert short("فقتلت ثلاثة متظاهرين وأصابت 5، ثم انسحبت.")[1] == (5, "injured", "unspecified")
    # with no killing before it, a bare number after أصاب may be anything that was hit
    assert short("أطلقت الشرطة النار فأصابت 12.") == []
    # a thing after the number is what was hit
    assert short("قتل جندي وأصابت القذيفة 3 مبان.") == [(1, "killed", "military")]


def test_one_more_person_joined_after_one_of_a_group() -> None:
    # "أحد" with the group he belongs to, then و and a singular people noun: one more harmed
    assert short("وفي البصرة قتل أحد أفراد القوات الأمنية ومتظاهر خلال اشتباكات ليلية.") == [
        (1, "killed", "military"),
        (1, "killed", "unspecified"),
    ]
    assert short("قتل أحد عناصر الشرطة ومدني في الهجوم.") == [(1, "killed", "military"), (1, "killed", "civilian")]
    # a definite noun after و is one already known, not one more
    assert short("قتل أحد أفراد الأسرة والمسلح.") == [(1, "killed", "civilian")]


# -- figures: one figure told twice


def test_a_ministry_speaks_for_the_government_that_gave_the_figure_first() -> None:
    body = (
        "أعلنت حكومة مالي أن جيشها قتل 11 متشددا في وسط البلاد إثر كمين أسفر عن مقتل أحد جنوده. "
        "وقالت وزارة الدفاع في بيان إن الجيش قتل 11 متشددا خلال العملية."
    )
    assert [(c["count"], (c["source"] or {}).get("name")) for c in figs(body)] == [(11, "حكومة مالي"), (1, "حكومة مالي")]
    # a ministry of another nation is another speaker
    body = (
        "أعلنت حكومة مالي أن جيشها قتل 11 متشددا في وسط البلاد. "
        "وقالت وزارة الدفاع الفرنسية في بيان إن الجيش قتل 11 متشددا خلال العملية."
    )
    assert sources(body) == ["حكومة مالي", "وزارة الدفاع الفرنسية"]


# -- statements: the speaker


def test_a_person_then_a_body_after_a_verb_of_accusing_is_speaker_then_object() -> None:
    # statements_verbs flag obj: the last chunk is the object when it names an entity of another type
    got = said('اتهم رئيس السلطة الفلسطينية محمود عباس، الأربعاء، حركة "حماس" بأنها لا تريد المصالحة.')
    assert [g[0] for g in got] == ["رئيس السلطة الفلسطينية محمود عباس"]
    assert got[0][2].endswith("بأنها لا تريد المصالحة")
    # a title and the name of the same person stay one speaker
    got = said("واتهم الرئيس الروسي، فلاديمير بوتين، الولايات المتحدة بأنها تسعى للهيمنة.")
    assert [g[0] for g in got] == ["فلاديمير بوتين"]


def test_an_aside_between_dashes_before_the_verb_leaves_the_subject_before_it() -> None:
    got = said("لكن حكومة الرئيس بشار الأسد - التي تتلقى دعما عسكريا من روسيا - تنفي المسؤولية عن الهجوم.")
    assert got == [("حكومة الرئيس بشار الأسد", "تنفي", "المسؤولية عن الهجوم")]
    # dashes that set off part of the content are no aside of a speaker
    got = said("وقالت الحكومة إن 5 أشخاص قتلوا - بينهم طفلان - قال مسؤول إن الحصيلة مرشحة للارتفاع.")
    assert [g[0] for g in got] == ["الحكومة", "مسؤول"]


def test_wa_and_a_pronoun_after_the_verb_tell_how_he_spoke() -> None:
    # statements_adjuncts kind circumstantial: وهو، وهي، وهم after the cue; the speaker is named before
    got = said(
        "وقال رئيس الجهاز فاسيل غريتساك إن العملية نجحت. "
        'وأضاف وهو يقف إلى جانب الصحافي "بفضل هذه العملية تمكنا من إحباط مؤامرة".'
    )
    assert [g[0] for g in got] == ["رئيس الجهاز فاسيل غريتساك"] * 2
    assert got[1][2] == "بفضل هذه العملية تمكنا من إحباط مؤامرة"


def test_a_passive_auxiliary_opens_the_clause_after_a_source_phrase() -> None:
    # statements_adjuncts clause_opener جرى، تم: the source ends before it, with no comma
    got = said("وبحسب الشرطة تم اعتقال خمسة أشخاص في المدينة.")
    assert got == [("الشرطة", "وبحسب", "تم اعتقال خمسة أشخاص في المدينة")]
    got = said("وبحسب وزارة البنى التحتية جرى مسح 3366 منشأة السبت بينها ألف تم تصنيفها على أنها غير قابلة للسكن.")
    assert [g[0] for g in got] == ["وزارة البنى التحتية"]
    assert got[0][2].startswith("جرى مسح 3366 منشأة")


# -- statements: more reporting verbs


def test_verbs_of_urging_asking_and_ascribing_report() -> None:
    # statements_verbs حض (like حث: an object, then على), تساءل (عن، عما, a colon), عزا (X إلى Y)
    assert said("وحض الباحث على استعادة الدور القيادي للولايات المتحدة.") == [
        ("الباحث", "وحض", "على استعادة الدور القيادي للولايات المتحدة")
    ]
    assert said("وتساءلت الوزارة عما إذا كان هدف الضربات التخلص من الأدلة.") == [
        ("الوزارة", "وتساءلت", "عما إذا كان هدف الضربات التخلص من الأدلة")
    ]
    assert said("وتساءل الكاتب: لماذا تأخر الرد؟") == [("الكاتب", "وتساءل", "لماذا تأخر الرد؟")]
    assert said("وعزت السلطات سبب الحرائق إلى الرياح العنيفة.") == [
        ("السلطات", "وعزت", "سبب الحرائق إلى الرياح العنيفة")
    ]
    # عزا needs its إلى; the name عزت is no verb
    assert said("وقال عزت الرشق إن الحركة ستعود إلى المفاوضات.") == [
        ("عزت الرشق", "وقال", "إن الحركة ستعود إلى المفاوضات")
    ]


# -- figures: an addition


def test_the_past_hours_make_a_figure_an_addition() -> None:
    # figures_cues period_new: الساعات الماضية، الساعات الأخيرة، "الـ24 ساعة الماضية" (الـ apart from 24)
    for body in (
        "قتل 46 مسلحا خلال الـ24 ساعة الماضية.",
        "لقي أكثر من 60 عنصراً من ميليشيات الحوثي مصرعهم خلال معارك الساعات الماضية.",
        "وقتل 12 شخصا في القصف خلال الساعات الأخيرة.",
    ):
        assert [c["new"] for c in figs(body)] == [True], body
    # a toll that rises over the past hours is still a running total
    assert [c["new"] for c in figs("وارتفعت حصيلة القتلى إلى 46 خلال الساعات الماضية.")] == [False]


# -- events


def test_a_letter_or_note_of_protest_is_no_protest() -> None:
    # events_context document: خطاب، رسالة، مذكرة right before a trigger other than an agreement's
    assert events("بعث وزير الخارجية اليمني، خالد اليماني، بخطاب احتجاج شديد اللهجة إلى نظيره اللبناني.") == []
    assert events("وسلمت الخارجية مذكرة احتجاج للسفير.") == []
    # an arrest warrant is no arrest
    assert events("وأصدرت المحكمة الخاصة بلبنان خمس مذكرات توقيف بحق عناصر في حزب الله.") == []
    got = events("وشارك الآلاف الجمعة في احتجاج أمام البرلمان في بغداد.")
    assert [e["type"] for e in got] == ["protest"]
    # a memorandum of agreement is an agreement made
    got = events("وأسفر الاجتماع عن صياغة مذكرة اتفاق بين حكومتي الكويت والفلبين.")
    assert "agreement" in [e["type"] for e in got]


def test_lightning_and_storms_strike_no_one_attacks() -> None:
    # events_context hazard: the subject of a verb of striking or killing
    body = "وقضى 14 شخصا في ولاية أوتار براديش، التي ضربتها أكثر من 41 ألف صاعقة الثلاثاء الماضي."
    assert [e["type"] for e in events(body)] == []
    assert events("وتسبب الإعصار بخسائر كبيرة بعدما ضربها الإعصار لبان.") == []
    assert [e["type"] for e in events("عواصف عاتية تقتل العشرات في الهند", title=None)] == []
    # a storm as the setting of an attack, or a name that holds a hazard word, leaves the attack
    got = events("وقصفت الطائرات المدينة وسط العاصفة يوم الثلاثاء.")
    assert [e["type"] for e in got] == ["attack"]
    got = events("وذكرت مصادر عسكرية أن الجيش الوطني سيطر على معسكر الصاعقة، إثر مواجهات أسفرت عن سقوط قتلى.")
    assert [e["type"] for e in got] == ["clash"]  # (a taking told with fighting: tests/test_session21.py)
    got = events("وكانت وسائل إعلام تركية ذكرت أن القوات التركية وحلفاءها من الجيش السوري الحر سيطرت على بلدة جنديرس.")
    assert [e["type"] for e in got] == ["attack"]


def test_an_accusative_participle_after_the_verb_tells_how_he_spoke() -> None:
    # مقدما، مخاطبا، مرارا: indefinite accusatives never the subject; the speaker is named before
    got = said(
        "وقال العبادي إن القوات ستقتص. "
        'وأضاف مقدما التعازي إلى عائلات القتلى "وعد منا باننا سنقتل من ارتكبوا هذه الجريمة".'
    )
    assert [g[0] for g in got] == ["العبادي", "العبادي"]
    # a subject with a pronoun (مراسلنا), a name (ميليشيا الحوثي) or in the nominative stays the speaker
    assert [g[0] for g in said("وأفاد مراسلنا بأن القوات تقدمت.")] == ["مراسلنا"]
    assert [g[0] for g in said("وقالت ميليشيا الحوثي إن قواتها تقدمت.")] == ["ميليشيا الحوثي"]
    assert [g[0] for g in said("وقال متحدث عسكري إن القوات تقدمت.")] == ["متحدث عسكري"]


def test_at_a_time_when_after_a_comma_ends_the_content() -> None:
    # statements_adjuncts contrast_comma في وقت; hedge words after it (لاحق، سابق، قياسي) keep it a time
    got = said(
        'واتهم باسيل المفوضية "بتخويف النازحين" من العودة، في وقت حث مسؤولون لبنانيون مراراً اللاجئين على العودة.'
    )
    assert got[0] == ("باسيل", "واتهم", 'المفوضية "بتخويف النازحين" من العودة')
    assert got[1][0] == "مسؤولون لبنانيون"
    assert said("وقال الوزير إن الحكومة ستعمل في وقت لاحق على إعادة الإعمار.")[0][2] == (
        "إن الحكومة ستعمل في وقت لاحق على إعادة الإعمار"
    )
    assert said("وقال الوزير إن الجيش سيطر على المدينة، في وقت لاحق من اليوم.")[0][2].endswith("من اليوم")


def test_the_dead_whose_number_reached_a_count() -> None:
    # "القتلى الذين بلغ عددهم 853": casualty word, relative, verb of reaching, عدد with a pronoun
    assert [(c["count"], c["outcome"], c["new"]) for c in figs("وأشار إلى القتلى الذين بلغ عددهم 853.")] == [
        (853, "killed", False)
    ]
    assert short("وأشار إلى الجرحى الذين وصل عددهم إلى 120 شخصا.") == [(120, "injured", "unspecified")]
    assert [(c["count"], c["qualifier"]) for c in figs("وأشار إلى المعتقلين الذين تجاوز عددهم 500.")] == [
        (500, "at_least")
    ]
    # people not harmed whose number reached a count are no figure
    assert figs("وأشار إلى اللاجئين الذين بلغ عددهم 853 ألفا.") == []
    assert figs("وأشار إلى الطلاب الذين بلغ عددهم 853.") == []


# -- sources named again


def test_the_verb_after_ma_with_its_pronoun_is_no_part_of_the_source() -> None:
    # "بحسب ما قاله X"، "بحسب ما ذكره X": the verb carries the pronoun of ما; X gives the figure
    for verb in ("قاله", "ذكره", "قال"):
        body = f"وقتل في الهجوم 60 شخصا على الأقل، بحسب ما {verb} اتحاد منظمات الرعاية الطبية."
        assert sources(body) == ["اتحاد منظمات الرعاية الطبية"], body


def test_the_same_source_said_again_is_the_one_named_before() -> None:
    # figures_attribution anaphor: المصدر نفسه، المصدر ذاته، نفس المصدر; the nearest source of its head
    body = (
        "أعلن مصدر أمني الأحد مقتل 18 شخصاً مساء الخميس على الضفة التشادية من بحيرة تشاد. "
        'وقال المصدر نفسه لوكالة فرانس برس إن مسلحي بوكو حرام قاموا "بذبح 18 شخصا وجرح شخصين آخرين وخطف عشر نساء".'
    )
    assert [(c["count"], c["outcome"], c["source"]["name"]) for c in figs(body)] == [
        (18, "killed", "مصدر أمني"),
        (2, "injured", "مصدر أمني"),
        (10, "captured", "مصدر أمني"),
    ]


def test_a_noun_with_the_subjects_pronoun_after_a_name_is_the_object() -> None:
    # أعلن X مسؤوليته، ولاءها: the object opens the content; a title with a pronoun stays the speaker
    got = said('أعلن تنظيم "داعش" مسؤوليته عن تنفيذ هجوم على مقر المفوضية.')
    assert got == [("تنظيم داعش", "أعلن", "مسؤوليته عن تنفيذ هجوم على مقر المفوضية")]
    assert said("وأعلنت حركة الشباب ولاءها لتنظيم القاعدة.") == [("حركة الشباب", "وأعلنت", "ولاءها لتنظيم القاعدة")]
    assert [g[0] for g in said("وأعلن وزير خارجيتها أن البلاد ستقاطع القمة.")] == ["وزير خارجيتها"]


def test_the_lead_paragraph_runs_to_its_third_sentence() -> None:
    # a figure of the first paragraph told again later with its source is one figure
    body = (
        "قالت الشرطة إن حادث الدهس الذي وقع وسط المدينة الاثنين كان متعمدا. "
        "وكشفت الشرطة عن شخصية المشتبه به. وأسفر الحادث عن مقتل 10 أشخاص وإصابة 15 آخرين.\n"
        "لقي 10 أشخاص على الأقل مصرعهم عندما صدمت شاحنة صغيرة الاثنين عددا من المارة.\n"
        "ووقع الحادث نهارا على بعد 16 كيلومترا من مركز للمؤتمرات.\n"
        'وأعلن رئيس الشرطة مارك سوندرز أن السائق أقدم على فعلته بشكل "متعمد"، ما أسفر عن مقتل 10 أشخاص وإصابة 15 آخرين.'
    )
    assert [(c["count"], c["outcome"], (c["source"] or {}).get("name")) for c in figs(body)] == [
        (10, "killed", "رئيس الشرطة مارك سوندرز"),
        (15, "injured", "رئيس الشرطة مارك سوندرز"),
    ]
    # the same toll in two paragraphs deeper in the body, in the outlet's voice, may be two events
    body = (
        "قالت الشرطة إن الحادث كان متعمدا.\nوكشفت الشرطة عن شخصية المشتبه به.\n"
        "وقتل 3 أشخاص في انفجار بالسوق.\nوفي حادث آخر قتل 3 أشخاص في انفجار بالمرفأ."
    )
    assert [c["count"] for c in figs(body)] == [3, 3]


def test_former_after_a_persons_title_is_part_of_the_speaker() -> None:
    # statements_adjuncts former: سابق after a person's title is an adjective, not a time
    got = said("وكان ميناسيان يواظب في مدرسة للطلاب في شمال تورنتو، بحسب ما قاله زميل سابق له.")
    assert [g[0] for g in got] == ["زميل سابق له"]
    assert [g[0] for g in said("وقال مسؤول سابق في الوزارة إن البلاد تمر بأزمة.")] == ["مسؤول سابق في الوزارة"]
    # after a time noun it is still a time
    assert [g[0] for g in said("وكانت الوزارة قد أعلنت في وقت سابق أن البلاد تمر بأزمة.")] == ["الوزارة"]
    # a friend and a colleague head a speaker (statements_speakers)
    assert [g[0] for g in said("وقالت صديقة للضحية إنها سمعت إطلاق نار.")] == ["صديقة للضحية"]


def test_during_it_names_no_one() -> None:
    # statements_adjuncts not_speaker خلالها: "تصريحات له أشار خلالها إلى" is his
    got = said("وقال جونسون في تصريحات له أشار خلالها إلى أنها كانت تدرب صحفيين في إيران.")
    assert "خلالها" not in [g[0] for g in got]


def test_a_weapon_system_is_no_one_killed() -> None:
    # figures_units weapon: نظام، منظومة، سلاح after the number (over a quote mark)
    body = 'وأعلنت الوزارة أنها وافقت على بيع 5 آلاف "نظام سلاح القتل الدقيق المتقدم" إلى الدوحة.'
    assert figs(body) == []
    assert short("وقتل 5 أشخاص بسلاح أبيض.") == [(5, "killed", "unspecified")]


def test_high_explosive_is_no_explosion() -> None:
    # events_context compound شديد، شديدة right before انفجار: a kind of charge
    assert events("وافقت الوزارة على بيع 5 آلاف رأس حربي شديد الانفجار إلى الدوحة.") == []
    got = events("وقتل 5 أشخاص في انفجار شديد هز العاصمة.")
    assert [e["type"] for e in got] == ["attack"]


def test_a_bare_head_word_names_the_body_named_before_in_full() -> None:
    # marsad.entities.head_back: "المرصد" after "المرصد السوري لحقوق الإنسان" is that body; its full
    # name holds the word, for sources and speakers alike
    body = "قال المرصد السوري لحقوق الإنسان إن 5 قتلوا في القصف. وأضاف المرصد أن 3 أصيبوا."
    assert sources(body) == ["المرصد السوري لحقوق الإنسان"] * 2
    assert [g[0] for g in said(body)] == ["المرصد السوري لحقوق الإنسان"] * 2
    assert sources("وقتل 5 أشخاص بحسب المرصد السوري لحقوق الإنسان. وأصيب 3 آخرون، وفقا للمرصد.") == [
        "المرصد السوري لحقوق الإنسان"
    ] * 2
    # with no such body named before, the word stays as written
    assert sources("وقالت الشرطة إن 10 أشخاص قتلوا. وأضاف المرصد أن 3 أصيبوا.") == ["الشرطة", "المرصد"]
