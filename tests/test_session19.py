"""Patterns found in session 19, from reading Marsad's output on unseen news articles.

Each test shows the Arabic a rule handles, and the near case it leaves alone. The sentences were
written for these tests.
"""

from __future__ import annotations

from marsad.pipeline import process
from tests.claims_helpers import figs, said, short, sources
from tests.events_helpers import kinds

# -- events: a campaign of arrests is arrests made; a campaign's quoted name is no act


def test_a_campaign_of_arrests_is_an_arrest() -> None:
    assert kinds("ونفذت الشرطة، فجر الخميس، حملة اعتقالات كبيرة في مدينة الموصل.") == [("arrest", "اعتقالات")]
    # a bare plural after حملة needs no place or day: the campaign is one
    assert kinds("وكانت الميليشيا قد شنت حملة اعتقالات لعمال المصنع.") == [("arrest", "اعتقالات")]
    # the quoted name of a campaign is still no march
    assert kinds('وتبرعت لحملة "مسيرة من أجل حياتنا" بمبلغ كبير.') == []
    # and a campaign warned of is none made
    assert kinds("وحذرت المنظمة من حملة اعتقالات ضد الناشطين.") == []


# -- events: definite talks named by who holds them are talks, not a word referring back


def test_definite_talks_with_their_parties_are_a_meeting() -> None:
    body = "وأفاد شهود بأن المفاوضات مع حركة طالبان حول تبادل الأسرى لا تزال جارية."
    assert kinds(body) == [("meeting", "المفاوضات")]
    assert kinds("وتوقفت المفاوضات بين النقابة والوزارة مساء أمس.") == [("meeting", "المفاوضات")]
    # the talks alone refer back to talks told before: none here
    assert kinds("وقال إن المفاوضات ستستمر.") == []
    # and talks called for are none held
    assert kinds("ودعت الأمم المتحدة إلى الدخول في المفاوضات مع المعارضة.") == []


# -- figures: "among the dead of …" reaches its number over a relative clause


def test_among_the_dead_reaches_its_number_over_a_relative_clause() -> None:
    body = "وكان بين ضحايا الانفجار الذي هز الميناء في الثاني من أيار/مايو أربعة عمال."
    assert short(body) == [(4, "killed", "civilian")]
    assert short("ومن بين قتلى القصف الذي طال الحي سبعة أطفال.") == [(7, "killed", "civilian")]
    # a casualty verb with its own subject before the relative clause is another reading
    assert short("وقتل المسلحون الذين هاجموا القرية خمسة أطفال.") == []


# -- figures: فقد "went missing", not فـ + قد, nor a verb that lost a thing or a friend


def test_faqada_counts_the_missing_after_it() -> None:
    assert short("وبحسب خفر السواحل، فقد جراء العاصفة 12 صيادا.") == [(12, "missing", "civilian")]
    assert short("وفقد 14 شخصا في الفيضان.") == [(14, "missing", "unspecified")]
    # a force that lost its men lost them dead; so did a man who lost his family
    assert short("وفقد الجيش 20 جنديا في المعارك.") == [(20, "killed", "military")]
    assert short("وقال إنه فقد 5 من أفراد عائلته في الحرب.") == [(5, "killed", "civilian")]
    # فـ and قد before a verb; a lost job; a lost friend
    assert short("أما السائق الذي كان عمره 40 عاما فقد نقل إلى المستشفى.") == []
    assert short("فقد 3 آلاف عامل وظائفهم.") == []
    assert short("وقال إن الفريق فقد مدربا بارعا.") == []
    assert short("وفقد صحفي في سوريا منذ أسبوع.") == [(1, "missing", "civilian")]


# -- figures: a vague number after a verb of estimating sizes the toll; it names no source


def test_a_toll_estimated_in_hundreds() -> None:
    body = "وأوضح الضابط أن خسائر المتمردين من القتلى تقدر بالعشرات منذ بدء الهجوم."
    assert short(body) == [(10, "killed", "military")]
    assert sources("وعدد الجرحى يقدر بالمئات.") == [None]


# -- figures: an ordinal alone after a casualty word is one more person


def test_a_sixth_who_died_is_one_more() -> None:
    body = "وأسفر الحريق عن مقتل 3 عمال في الحال، ثم أعلنت لاحقا وفاة رابع متأثرا بحروقه."
    assert short(body) == [(3, "killed", "civilian"), (1, "killed", "unspecified")]
    assert sources(body) == [None, None]  # لاحقا is no one who announced
    assert short("وأصيب ثالث بجروح.") == [(1, "injured", "unspecified")]
    # an ordinal of a rank, or a time, counts no one
    assert short("ومقتل ثاني أكبر قائد في التنظيم.") == []
    assert short("وأصيب للمرة الثالثة.") == []


def test_of_wounds_after_the_verb_leaves_it_no_subject() -> None:
    assert short("وتوفي متأثرا بجراحه 3 أشخاص.") == [(3, "killed", "unspecified")]


# -- figures: the toll of a count whose relative clause holds the harm, risen later in the clause


def test_a_count_of_those_arrested_risen_to_a_number() -> None:
    body = (
        'وأكد الناطق أن "عدد المهربين الذين تم القبض عليهم في حملة التفتيش على الحدود ارتفع إلى تسعة".'
    )
    assert [(c, o) for c, o, _ in short(body)] == [(9, "captured")]
    body = "وذكر أن عدد المقاتلين الذين قتلوا في الاشتباكات ارتفع إلى 26."
    assert [(c, o) for c, o, _ in short(body)] == [(26, "killed")]


def test_a_part_of_a_group_reaches_its_verb_over_a_longer_description() -> None:
    body = "وقال الجيش إن ثمانية من عناصر الخلية المسؤولة عن تهريب السلاح في الجنوب قد قتلوا خلال المداهمة."
    assert short(body) == [(8, "killed", "military")]


# -- figures: a correspondent is a civilian; عن after a wound is its cause, no relay


def test_a_correspondent_held_is_one_captured() -> None:
    assert short("وأعلنت القناة أن الشرطة أوقفت مراسلها لعدة ساعات.") == [(1, "captured", "civilian")]
    assert short("وقتل 3 مراسلين في القصف.") == [(3, "killed", "civilian")]


def test_the_cause_of_wounds_is_no_relayed_source() -> None:
    body = (
        'وقال الطبيب "استقبلنا 6 ضحايا نقلوا إلى الطوارئ مصابين بحروق ناجمة عن انفجار الغاز. '
        'وهناك شخص توفي متأثرا بحروقه".'
    )
    assert sources(body) == ["الطبيب", "الطبيب"]
    assert sources("ونقلت الوكالة عن مصدر طبي أن 5 أشخاص قتلوا.") == ["مصدر طبي"]


# -- dates: a night named by two weekdays joined by a hyphen


def test_a_night_of_two_weekdays_is_its_first_day() -> None:
    doc = process("وأعلن المكتب ليل الجمعة-السبت أن الوزيرين التقيا.", published="2018-04-10", upto="dates")
    assert [(d["text"], d["value"]) for d in doc.layers["dates"]] == [("ليل الجمعة-السبت", "2018-04-06")]


# -- statements: a palace speaks; a name ends before the في of a date; "not as he claims" says nothing


def test_a_palace_is_a_speaker_before_its_verb() -> None:
    body = "وكان قصر بعبدا قد أعلن مساء الجمعة أن الرئيس استقبل الوفد."
    assert [s for s, _, _ in said(body)] == ["قصر بعبدا"]
    assert [s for s, _, _ in said("وأكد الديوان الأميري أن الأمير عاد إلى البلاد.")] == ["الديوان الأميري"]


def test_a_speaker_name_ends_before_the_preposition_of_a_date() -> None:
    body = 'وذكرت مجلة "دير شبيغل" في 3 مارس أن الوزير استقال.'
    assert [s for s, _, _ in said(body)][0] == "مجلة دير شبيغل"


def test_not_as_he_claims_is_no_statement() -> None:
    assert said("والحقيقة ليست كما يدعي، بل العكس تماما.") == []
    # "as the minister says" still reports
    assert said("والطريق مغلق كما يقول السكان.") == [("السكان", "كما يقول", "والطريق مغلق")]


def test_justified_with_reports() -> None:
    body = "وبرر الوزير القرار بأنه ضروري لحماية الاقتصاد."
    assert said(body) == [("الوزير", "وبرر", "القرار بأنه ضروري لحماية الاقتصاد")]
    assert said("وأقر المجلس الميزانية الجديدة.") == []


# -- events: a hazard withstood, a bridge that fell, a grip held, acts that may come or recur


def test_a_bridge_built_to_withstand_a_storm_tells_no_storm() -> None:
    assert kinds("وقالت الشركة إن البرج مصمم ليتحمل إعصارا من الدرجة الخامسة.") == []
    assert kinds("وأظهر الفيديو لحظة سقوط جسر للمشاة فوق الطريق السريع في ولاية تكساس.") == [
        ("disaster", "سقوط جسر")
    ]


def test_a_grip_is_no_arrest() -> None:
    assert kinds("وأحكمت قوات الجيش والمقاومة الشعبية، قبضتها على الطريق الساحلي.") == []
    # the verb with its preposition still arrests
    assert kinds("وقبضت الشرطة على ثلاثة مهربين في ميناء عدن.") == [("arrest", "وقبضت")]


def test_acts_that_may_come_or_recur_are_no_events() -> None:
    assert kinds("وتوقع خبراء أن يشن المتمردون هجمات في الشمال خلال الشتاء.") == []
    assert kinds("وشن المتمردون هجمات في الشمال خلال الشتاء.") == [("attack", "هجمات")]
    assert kinds("وتقصف الطائرات بانتظام مواقع المتمردين في الشمال.") == []
    assert kinds("ولطالما قصفت الطائرات مواقع المتمردين في الشمال.") == []
    assert kinds("وقصفت الطائرات مواقع المتمردين في الشمال.") == [("attack", "وقصفت")]
    # a present verb after its own subject tells acts going on
    assert kinds("وأعلن الجيش أن طائراته تشن غارات على مواقع المتمردين في حجة.") == [("attack", "غارات")]


# -- figures: the authorities as the subject before a far number; two more; a pair of brothers


def test_the_authorities_before_a_far_number_did_the_arrests() -> None:
    body = "واعتقلت السلطات على خلفية أعمال الشغب أكثر من 120 شخصا."
    assert short(body) == [(120, "captured", "unspecified")]


def test_two_more_after_a_casualty_verb() -> None:
    body = "وقتل مدني في القصف وأصيب آخران."
    assert short(body) == [(1, "killed", "civilian"), (2, "injured", "civilian")]
    assert short("وتوفي عامل وجرح آخر.") == [(1, "killed", "civilian"), (1, "injured", "civilian")]


def test_a_pair_of_brothers_is_two() -> None:
    assert short("واندلعت الاحتجاجات بعد غرق شقيقين في بئر مهجورة.")[0][0] == 2


def test_a_verb_after_the_people_it_hit() -> None:
    body = "وقالت الشرطة إن رجلا دهس بشاحنته 4 من المارة فأصابهم بجروح."
    assert [(c, o) for c, o, _ in short(body)] == [(4, "injured")]
    # a thing hit is no one
    assert short("واشترى 3 سيارات فأصابها عطل.") == []


def test_an_agency_named_in_brackets_is_the_source() -> None:
    body = "وقتل شخص في سقوط قذيفة على الحي، حسب ما نقلت وكالة (واع) الرسمية."
    assert sources(body) == ["وكالة (واع) الرسمية"]


# -- statements: a time phrase after the verb is no speaker; whom he told; a quoted name in a source


def test_the_eve_or_morrow_of_something_is_no_speaker() -> None:
    assert [s for s, _, _ in said("وأكد غداة الاجتماع أن المفاوضات ستستمر.")] == [None]
    body = 'وهذا الحارس هو مانويل نوير، والذي أعلن عشية النهائي: "نحن جاهزون".'
    assert said(body) == [("مانويل نوير", "أعلن", "نحن جاهزون")]


def test_whom_the_speaker_told_with_a_pronoun_is_no_part_of_him() -> None:
    assert [s for s, _, _ in said("وقال الوزير لنظيره الألماني إن الحدود ستفتح.")] == ["الوزير"]
    # a body after لل is part of a title
    assert [s for s, _, _ in said("وقال المبعوث الأممي لليبيا إن الحوار سيستأنف.")] == ["المبعوث الأممي لليبيا"]


def test_a_quoted_outlet_name_ends_at_a_preposition_of_the_verb() -> None:
    body = 'ورفضت الشرطة التعليق، وسعت، بحسب صحيفة "الوطن" إلى إغلاق الملف.'
    assert said(body) == [("صحيفة الوطن", "بحسب", "ورفضت الشرطة التعليق، وسعت")]
    body = 'وتم إنقاذ 12 صبيا، حسبما أعلنت وحدة "الضفادع" من البحرية.'
    assert [s for s, _, _ in said(body)] == ["وحدة الضفادع من البحرية"]


# -- figures: a toll that does not exceed its number (a negation before a verb of exceeding)


def test_a_toll_that_does_not_exceed_a_number_is_at_most() -> None:
    body = "وقال مسؤول إن أعداد النازحين من البلدة لايتعدى 3 آلاف."
    assert [(f["count"], f["qualifier"], f["outcome"]) for f in figs(body)] == [(3000, "at_most", "displaced")]
    body = "وقال الطبيب إن عدد الجرحى لم يتجاوز 15."
    assert [(f["count"], f["qualifier"], f["outcome"]) for f in figs(body)] == [(15, "at_most", "injured")]
    body = "وقال الطبيب إن عدد الجرحى يتجاوز 15."
    assert [(f["count"], f["qualifier"]) for f in figs(body)] == [(15, "at_least")]


# -- events: a pause of fire is no shooting; توقف is "stopped", no arrest; دكا is a city


def test_a_pause_of_fire_is_no_shooting_and_no_arrest() -> None:
    assert kinds("ونقلت قوات الأمن المصابين خلال فترات توقف إطلاق النار.") == []


def test_the_verb_pounded_has_no_dual_that_names_a_city() -> None:
    assert kinds("وتحطمت طائرة قادمة من دكا قرب مطار كاتماندو.") == [("disaster", "وتحطمت")]
    assert kinds("ودك الجيش مواقع المتمردين في الجبل.") == [("attack", "ودك")]


def test_a_period_of_stopping_is_no_arrest() -> None:
    # with police in the clause, توقف after a word that takes a noun is the noun "stopping"
    assert kinds("وتقصف قوات الأمن البلدة دون توقف إطلاق النار.") == [("attack", "وتقصف")]
    assert kinds("وقالت الشرطة إنها توقف المشتبه بهم عند الحاجز.") == [("arrest", "توقف")]


def test_one_arrested_after_the_subject_and_a_day_set_off_by_commas() -> None:
    body = "اعتقلت الشرطة الفرنسية، الخميس، متشددا جزائريا كان يخطط لهجوم."
    assert short(body) == [(1, "captured", "military")]
    assert short("واعتقلت الشرطة الخميس متشددا جزائريا.") == [(1, "captured", "military")]


def test_strongly_is_how_he_spoke_not_who() -> None:
    assert said("ونفى بشدة أن يكون الجيش قد قصف المستشفى.") == [(None, "ونفى", "أن يكون الجيش قد قصف المستشفى")]
    assert [s for s, _, _ in said("ونفى الوزير بشدة أن يكون الجيش قد قصف المستشفى.")] == ["الوزير"]


def test_a_family_is_no_capture() -> None:
    assert kinds("وقتل خمسة من أسرة واحدة في قصف للجيش على دوما.") == [("attack", "قصف")]
    # a bullet is one shot: its ة makes it no less an attack
    assert kinds("وقتل الشاب برصاصة في الرأس أطلقها جندي.")[0][0] == "attack"
    assert kinds("وأعلن الجيش أسره 5 مقاتلين.") == [("arrest", "أسره")]
