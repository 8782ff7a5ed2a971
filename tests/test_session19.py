"""Patterns found in session 19, from reading Marsad's output on unseen news articles.

Each test shows the Arabic a rule handles, and the near case it leaves alone. The sentences were
written for these tests.
"""

from __future__ import annotations

from marsad.pipeline import process
from tests.claims_helpers import said, short, sources
from tests.events_helpers import events


def _kinds(body: str) -> list[tuple[str, str]]:
    return [(e["type"], e["trigger"]["text"]) for e in events(body)]


# -- events: a campaign of arrests is arrests made; a campaign's quoted name is no act


def test_a_campaign_of_arrests_is_an_arrest() -> None:
    assert _kinds("وشنت القوات الأمنية، مساء الأحد، حملة اعتقالات واسعة في البصرة.") == [("arrest", "اعتقالات")]
    # a bare plural after حملة needs no place or day: the campaign is one
    assert _kinds("وكان الحوثيون قد نفذوا حملة اعتقالات لجنود الجيش.") == [("arrest", "اعتقالات")]
    # the quoted name of a campaign is still no march
    assert _kinds('وتبرعت لحملة "مسيرة من أجل حياتنا" بمبلغ كبير.') == []
    # and a campaign warned of is none made
    assert _kinds("وحذرت المنظمة من حملة اعتقالات ضد الناشطين.") == []


# -- events: definite talks named by who holds them are talks, not a word referring back


def test_definite_talks_with_their_parties_are_a_meeting() -> None:
    body = 'ووردت تقارير عن أن المفاوضات مع جماعة "جيش الإسلام" بشأن دوما ما زالت مستمرة.'
    assert _kinds(body) == [("meeting", "المفاوضات")]
    assert _kinds("جاءت الخطوة بعد تعثر المفاوضات بين التنظيم والحكومة.") == [("meeting", "المفاوضات")]
    # the talks alone refer back to talks told before: none here
    assert _kinds("وقال إن المفاوضات ستستمر.") == []
    # and talks called for are none held
    assert _kinds("ودعت الأمم المتحدة إلى الدخول في المفاوضات مع المعارضة.") == []


# -- figures: "among the dead of …" reaches its number over a relative clause


def test_among_the_dead_reaches_its_number_over_a_relative_clause() -> None:
    body = "وكان بين قتلى التفجيرين اللذين وقعا في العاصمة بتاريخ 30 نيسان/أبريل تسعة صحافيين."
    assert short(body) == [(9, "killed", "civilian")]
    assert short("ومن بين ضحايا الهجوم الذي استهدف السوق خمسة أطفال.") == [(5, "killed", "civilian")]
    # a casualty verb with its own subject before the relative clause is another reading
    assert short("وقتل المسلحون الذين هاجموا القرية خمسة أطفال.") == []


# -- figures: فقد "went missing", not فـ + قد, nor a verb that lost a thing or a friend


def test_faqada_counts_the_missing_after_it() -> None:
    assert short("وحسب المصادر، فقد جراء الإعصار المدمر 17 يمنيا.") == [(17, "missing", "unspecified")]
    assert short("وفقد 20 شخصا في البحر.") == [(20, "missing", "unspecified")]
    # a force that lost its men lost them dead; so did a man who lost his family
    assert short("وفقد الجيش 20 جنديا في المعارك.") == [(20, "killed", "military")]
    assert short("وقال إنه فقد 5 من أفراد عائلته في الحرب.") == [(5, "killed", "civilian")]
    # فـ and قد before a verb; a lost job; a lost friend
    assert short("أما المتهم الثاني الذي كان في 17 فقد حكم عليه بالسجن خمس سنوات.") == []
    assert short("فقد 3 آلاف عامل وظائفهم.") == []
    assert short("قال إن العالم العربي فقد صديقا متعاطفا مع قضاياه.") == []
    assert short("وفقد صحفي في سوريا منذ أسبوع.") == [(1, "missing", "civilian")]


# -- figures: a vague number after a verb of estimating sizes the toll; it names no source


def test_a_toll_estimated_in_hundreds() -> None:
    body = "وكشف العميد أن خسائر الحوثيين من القتلى تقدر بالمئات منذ انطلاق المعارك."
    assert short(body) == [(100, "killed", "military")]
    assert sources("وعدد القتلى يقدر بالعشرات.") == [None]


# -- figures: an ordinal alone after a casualty word is one more person


def test_a_sixth_who_died_is_one_more() -> None:
    body = "وأدى سقوط الجسر إلى مقتل 5 أشخاص على الفور، فيما أعلنت لاحقا وفاة سادس متأثرا بجراحه."
    assert short(body) == [(5, "killed", "unspecified"), (1, "killed", "unspecified")]
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
        'وقالت إن "عدد الإرهابيين الذين تم إلقاء القبض عليهم خلال عملية المداهمة في السلط ارتفع إلى خمسة".'
    )
    assert [(c, o) for c, o, _ in short(body)] == [(5, "captured")]
    body = "وقالت إن عدد المسلحين الذين قتلوا في المعارك ارتفع إلى 40."
    assert [(c, o) for c, o, _ in short(body)] == [(40, "killed")]


def test_a_part_of_a_group_reaches_its_verb_over_a_longer_description() -> None:
    body = "وقال التحالف إن ستة من قادة تنظيم داعش مرتبطين باعتداءات في الخارج قد قتلوا في سوريا."
    assert short(body) == [(6, "killed", "military")]


# -- figures: a correspondent is a civilian; عن after a wound is its cause, no relay


def test_a_correspondent_held_is_one_captured() -> None:
    assert short("وذكرت الصحيفة أن السلطات احتجزت مراسلتها لمدة 7 ساعات.") == [(1, "captured", "civilian")]
    assert short("وقتل 3 مراسلين في القصف.") == [(3, "killed", "civilian")]


def test_the_cause_of_wounds_is_no_relayed_source() -> None:
    body = (
        'وقال المسؤول "لدينا 4 ضحايا نقلوا جميعا إلى المستشفى مصابين بجروح ناجمة عن سلاح ناري. '
        'لدينا شخص توفي متأثرا بجروح تسبب بها لنفسه".'
    )
    assert sources(body) == ["المسؤول", "المسؤول"]
    assert sources("ونقلت الوكالة عن مصدر طبي أن 5 أشخاص قتلوا.") == ["مصدر طبي"]


# -- dates: a night named by two weekdays joined by a hyphen


def test_a_night_of_two_weekdays_is_its_first_day() -> None:
    doc = process("وأعلن القصر ليل الاثنين-الثلاثاء أن الرئيسين بحثا.", published="2018-04-10", upto="dates")
    assert [(d["text"], d["value"]) for d in doc.layers["dates"]] == [("ليل الاثنين-الثلاثاء", "2018-04-09")]


# -- statements: a palace speaks; a name ends before the في of a date; "not as he claims" says nothing


def test_a_palace_is_a_speaker_before_its_verb() -> None:
    body = "وكان قصر الإليزيه قد أعلن ليل الاثنين-الثلاثاء أن الرئيسين بحثا الهجوم."
    assert [s for s, _, _ in said(body)] == ["قصر الإليزيه"]
    assert [s for s, _, _ in said("وأعلن الديوان الملكي أن الملك سافر.")] == ["الديوان الملكي"]


def test_a_speaker_name_ends_before_the_preposition_of_a_date() -> None:
    body = 'وذكر موقع "سويس إنفو" في 20 أبريل أن حفيد مؤسس التنظيم اعترف.'
    assert [s for s, _, _ in said(body)][0] == "موقع سويس إنفو"


def test_not_as_he_claims_is_no_statement() -> None:
    assert said("والأمر ليس كما يقول، بل هو أسوأ.") == []
    # "as the minister says" still reports
    assert said("والوضع خطير كما يقول الوزير.") == [("الوزير", "كما يقول", "والوضع خطير")]


def test_justified_with_reports() -> None:
    body = "وبرر المتحدث ذلك بأنها إجراءات أمنية."
    assert said(body) == [("المتحدث", "وبرر", "ذلك بأنها إجراءات أمنية")]
    assert said("وأقر البرلمان القانون الجديد.") == []
