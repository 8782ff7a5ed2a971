"""Casualty figures: patterns of news Arabic that hold across outlets (marsad.claims.figures).

Parts named by a partitive ("اثنين منهم") or by a dual restated with اثنان ("صحافيان اثنان"); a
breakdown that names civilians and fighters together; a toll reached over a relative clause or
counted since a named month; sums and vehicles that are no people; freed prisoners; a source that
only points back ("البيان").
"""

from __future__ import annotations

import pytest

from marsad.pipeline import process
from tests.claims_helpers import figs, short

# -- parts


def test_a_partitive_number_is_a_part_of_the_figure_before() -> None:
    body = 'وأكد رئيس البلدية مقتل 9 أشخاص، مشيرا إلى أن "ثلاثة منهم عناصر في الشرطة".'
    out = short(body)
    assert (9, "killed", "unspecified") in out
    assert (3, "killed", "military") in out


def test_a_partitive_without_a_figure_before_is_nothing() -> None:
    assert figs("وقال إن ثلاثة منهم وصلوا إلى المدينة أمس.") == []


@pytest.mark.parametrize(
    "body, part",
    [
        ("وارتفع عدد القتلى إلى 23 شخصا بينهم صحافيان اثنان.", (2, "killed", "civilian")),
        ("وأصيب 14 شخصا، بينهم طفلان اثنان، في انفجار العبوة.", (2, "injured", "civilian")),
    ],
)
def test_a_dual_restated_by_two_is_one_part(body: str, part: tuple[int, str, str]) -> None:
    out = short(body)
    assert part in out
    assert len(out) == 2  # the whole and the part, not a third figure for اثنان


@pytest.mark.parametrize(
    "body, expected",
    [
        ("وقتل جهاديان في الغارة.", (2, "killed", "military")),
        ("وأصيب جنديان بجروح طفيفة.", (2, "injured", "military")),
    ],
)
def test_the_dual_of_a_nisba_noun_in_an(body: str, expected: tuple[int, str, str]) -> None:
    assert expected in short(body)


def test_the_plural_of_a_nisba_noun_is_not_two() -> None:
    assert all(count != 2 for count, _, _ in short("وقتل جهاديين في الغارة."))


# -- victims


@pytest.mark.parametrize(
    "body",
    [
        "قتل 18 شخصا بينهم مدنيون وعناصر من الشرطة في هجومين شمال البلاد.",
        "وأصيب 40 شخصا، من بينهم أطفال وجنود، في القصف.",
    ],
)
def test_a_breakdown_of_civilians_and_fighters_leaves_the_whole_unspecified(body: str) -> None:
    assert figs(body)[0]["victims"] == "unspecified"


def test_a_breakdown_of_civilians_only_still_tells_the_victims() -> None:
    assert figs("وأصيب 40 شخصا، من بينهم أطفال ونساء، في القصف.")[0]["victims"] == "civilian"


# -- new and since


def test_a_toll_reached_over_a_relative_clause_is_a_running_total() -> None:
    body = "وقالت السلطات إن عدد المفقودين جراء السيول التي ضربت الوادي بلغ 31 شخصا."
    (f,) = figs(body)
    assert (f["count"], f["outcome"], f["new"]) == (31, "missing", False)


def test_since_a_named_month_after_shahr_is_a_running_total() -> None:
    (f,) = figs("وقتل 260 مدنيا منذ شهر مارس الماضي في المدينة.")
    assert f["new"] is False and f["since"] is None  # a month with no day gives no date


def test_since_a_month_ago_is_no_running_total() -> None:
    (f,) = figs("وقتل 26 مدنيا منذ شهر في المدينة.")
    assert f["new"] is None


# -- not people, not harm


def test_a_number_of_something_given_to_people_is_not_a_figure() -> None:
    assert figs("ووزعت الجمعية 300 لمصابين في المخيم.") == []


def test_a_sum_given_to_the_victims_is_not_a_figure() -> None:
    body = "وتدفع الشركة 2.500 مليون دولار لأسر الضحايا و1.200 لأبناء الضحايا و3.100 للضحايا."
    assert figs(body) == []


def test_a_nisba_noun_with_lam_is_still_counted() -> None:
    assert (5, "killed", "unspecified") in short("وقتل 5 لبنانيين في الغارة.")


def test_vehicles_seized_are_not_people() -> None:
    assert figs("واحتجز المسلحون 6 حافلات على الطريق الساحلي.") == []


def test_prisoners_to_be_freed_are_not_captured() -> None:
    assert figs("وينص الاتفاق على إفراج الحكومة عن 700 معتقل في سجونها.") == []


# -- sources


def test_a_figure_restated_by_the_statement_is_listed_once() -> None:
    body = (
        "أعلنت الشرطة الإقليمية اعتقال أربعة أشخاص في المدينة. وكانت الشرطة تلقت شكوى، "
        "فبدأت تحقيقاتها التي انتهت بتوقيف أربعة من أفراد العصابة، بحسب البيان."
    )
    out = [(c["count"], c["outcome"], c["source"] and c["source"]["name"]) for c in figs(body)]
    assert out == [(4, "captured", "الشرطة الإقليمية")]


def test_a_restated_figure_keeps_the_named_source_over_the_statement() -> None:
    body = (
        "وقتل 11 شخصا في الهجوم، وفق البيان. وأعلنت وزارة الداخلية في بيان لاحق أن 11 شخصا قتلوا في الهجوم."
    )
    names = [c["source"] and c["source"]["name"] for c in figs(body) if c["count"] == 11]
    assert names == ["وزارة الداخلية"]


def test_a_casualty_verb_reaches_its_number_over_a_long_since_clause() -> None:
    body = (
        "وقتل في النزاع منذ أطلقت الحكومة المركزية حملتها العسكرية لاستعادة السيطرة على الإقليم "
        "الشمالي، عام 2019 نحو 8 آلاف شخص."
    )
    (f,) = figs(body)
    assert (f["count"], f["qualifier"], f["outcome"], f["new"]) == (8000, "approximate", "killed", False)


def test_a_war_in_another_clause_makes_no_running_total() -> None:
    body = (
        "في مثل هذا اليوم من عام 1945 انتهت الحرب في أوروبا، وبنفس اليوم من عام 2009، "
        "أسفر انهيار مبنى في المدينة عن مقتل 31 شخصا."
    )
    (f,) = figs(body, published="2024-05-08")
    assert f["new"] is None


def test_a_war_that_left_the_toll_is_a_running_total() -> None:
    (f,) = figs("وخلفت الحرب في الإقليم، التي اندلعت قبل سنوات، نحو 40 ألف قتيل.")
    assert f["new"] is False


def test_a_reporting_phrase_between_the_verb_and_its_number_gives_the_source() -> None:
    (f,) = figs("وأثارت معارك المدينة، التي قتل فيها حسب مصادر طبية، 212 شخصا، قلق المنظمات الدولية.")
    assert f["source"]["name"] == "مصادر طبية"


@pytest.mark.parametrize(
    "body",
    [
        "قتل 7 أشخاص في هجوم مسلح على القرية.",
        "عشرات القتلى والجرحى في تفجير انتحاري استهدف سوقا شعبيا",
        "وأصيب 12 شخصا في الهجوم الإرهابي على الكنيسة.",
    ],
)
def test_an_attack_described_as_armed_or_suicide_names_no_victims(body: str) -> None:
    assert figs(body)[0]["victims"] == "unspecified"


def test_soldiers_killed_in_a_suicide_attack_are_military() -> None:
    assert figs("قتل 4 جنود في هجوم انتحاري.")[0]["victims"] == "military"


def test_a_figure_in_the_outlets_voice_attributed_in_the_next_sentence_is_one() -> None:
    body = (
        "عاد الهدوء إلى البلدة صباح اليوم. وفتحت المحال أبوابها. "
        "وفي الريف الغربي قتل 9 أشخاص في هجوم على قرية نائية. "
        'وقال رئيس البلدية إن "مسلحين مجهولين قتلوا 9 أشخاص داخل منزل في القرية".'
    )
    out = [(c["count"], c["source"] and c["source"]["name"]) for c in figs(body)]
    assert out == [(9, "رئيس البلدية")]


def test_a_figure_with_its_own_attribution_is_not_merged_with_the_next() -> None:
    body = (
        "عاد الهدوء إلى البلدة صباح اليوم. وفتحت المحال أبوابها. "
        "وتضمن بيان للصليب الأحمر أن الغارة أوقعت 40 جريحا. "
        "وقال وزير الصحة إن 40 شخصا أصيبوا في الغارة."
    )
    assert [c["count"] for c in figs(body)] == [40, 40]


def test_the_source_keeps_the_whole_name_of_a_rights_body() -> None:
    (f,) = figs("أعلن مسؤول في المركز الإقليمي لحقوق الإنسان مقتل ثلاثة متظاهرين.")
    assert f["source"]["name"] == "مسؤول في المركز الإقليمي لحقوق الإنسان"


# -- singular and dual objects


@pytest.mark.parametrize(
    "body, expected",
    [
        ("اعتقلت قوات الأمن مواطنا في الحي الشرقي.", (1, "captured", "civilian")),
        ("قتلت القوات الحكومية مسلحا قرب الحدود.", (1, "killed", "military")),
        ("واعتقلت الشرطة رجلين في المدينة.", (2, "captured", "unspecified")),
        ("وقد أوقفت الشرطة المحلية والديه للتحقيق معهما.", (2, "captured", "civilian")),
    ],
)
def test_one_or_two_people_as_the_object_after_the_subject(body: str, expected: tuple[int, str, str]) -> None:
    assert short(body) == [expected]


def test_a_definite_object_is_one_already_known() -> None:
    assert figs("واعتقلت الشرطة المحلية الشاب بعد ساعات.") == []


# -- victims shared with the figure before


def test_another_person_does_not_share_the_victims_of_the_figure_before() -> None:
    out = short("وذكر متحدث أن مزارعا قتل، وأصيب شخص آخر، بقذيفة.")
    assert out == [(1, "killed", "civilian"), (1, "injured", "unspecified")]


def test_others_share_the_victims_of_the_figure_before() -> None:
    out = short("وقتل 4 من عناصر الشرطة، كما أصيب 6 آخرين.")
    assert out == [(4, "killed", "military"), (6, "injured", "military")]


@pytest.mark.parametrize(
    "body, victims",
    [
        ("أسفر الكمين عن استشهاد ستة أعوان من الحرس الوطني.", "military"),
        ("وأصيب 3 من أعوان الحماية المدنية أثناء إخماد الحريق.", "civilian"),
    ],
)
def test_maghreb_security_agents_and_civil_defence(body: str, victims: str) -> None:
    assert figs(body)[0]["victims"] == victims


def test_a_channel_after_the_source_is_not_part_of_its_name() -> None:
    (f,) = figs("أعلنت مصادر متطابقة لوكالة فرانس برس أن نحو 20 مدنيا قتلوا في القرية.")
    assert f["source"]["name"] == "مصادر متطابقة"


def test_some_of_them_freed_are_not_captured() -> None:
    out = short("وألقي القبض على خمسة أشخاص في المدينة، لكن أفرج عن اثنين منهم.")
    assert out == [(5, "captured", "unspecified")]


@pytest.mark.parametrize(
    "body",
    [
        "وأصيب نحو خمسين آخرين من بينهم شرطيان في المواجهات.",
        "وقتل 7 أشخاص بينهم امرأة في القصف.",
    ],
)
def test_one_or_two_singled_out_do_not_tell_the_victims_of_all(body: str) -> None:
    assert figs(body)[0]["victims"] == "unspecified"


def test_one_body_with_and_without_its_country_adjective_is_one_source() -> None:
    body = (
        "ذكرت قوى الأمن اللبنانية في بيان أنها اعتقلت ثلاثة أشخاص يشتبه في تكوينهم عصابة. "
        "وكانت الشرطة قد تلقت شكوى. وجاء في بيان صادر عن قوى الأمن الداخلي أنها أوقفت ثلاثة أشخاص."
    )
    assert [(c["count"], c["source"]["name"]) for c in figs(body)] == [(3, "قوى الأمن اللبنانية")]


def test_two_countries_ministries_are_two_sources() -> None:
    body = (
        "قالت وزارة الصحة الفلسطينية إن 5 أشخاص قتلوا. وتابعت الوزارة عملها. "
        "وقالت وزارة الصحة الإسرائيلية إن 5 أشخاص قتلوا."
    )
    assert len(figs(body)) == 2


def test_another_one_is_not_the_one_before_told_again() -> None:
    body = (
        "تحدثت وسائل إعلام محلية عن مقتل قيادي في الجماعة المسلحة. "
        "كما أعلنت وسائل إعلام موالية للجماعة في وقت سابق مقتل قيادي بارز آخر بهجوم على مواقعها."
    )
    assert [c["count"] for c in figs(body)] == [1, 1]


def test_two_kinds_of_media_are_two_sources() -> None:
    body = (
        "قالت وسائل إعلام لبنانية إن 4 مسلحين قتلوا في الاشتباك. وتواصلت المعارك ليلا. "
        "وقالت وسائل إعلام موالية للحكومة السورية إن 4 مسلحين قتلوا في الاشتباك."
    )
    assert len(figs(body)) == 2


def test_a_toll_after_a_narrative_time_adverb_is_the_outlets() -> None:
    body = "وهاجم الرئيس خصمه الثلاثاء قائلا إنه يقود حكومة متطرفة، غداة مقتل 23 متظاهرا برصاص الشرطة."
    (f,) = figs(body)
    assert (f["count"], f["source"]) == (23, None)


def test_a_narrative_adverb_before_the_speech_keeps_the_speaker() -> None:
    (f,) = figs("وقالت الوزارة، غداة الهجوم، إن 5 أشخاص قتلوا.")
    assert f["source"]["name"] == "الوزارة"


def test_two_speakers_of_one_body_giving_one_toll_are_one_source() -> None:
    body = (
        "أعلن مسؤول في المركز الوطني لحقوق الإنسان مقتل شخصين في أعمال عنف. وتواصلت الاحتجاجات. "
        'وأكد خوان بيريز من المركز الوطني لحقوق الإنسان "قتل شخصان، شرطي ومتظاهر".'
    )
    assert [c["count"] for c in figs(body)] == [2]


def test_speakers_of_two_bodies_giving_one_toll_are_two_sources() -> None:
    body = (
        "أعلن مسؤول في المركز الوطني لحقوق الإنسان مقتل شخصين في أعمال عنف. وتواصلت الاحتجاجات. "
        "وأكد مسؤول في وزارة الداخلية مقتل شخصين في المدينة."
    )
    assert [c["count"] for c in figs(body)] == [2, 2]


def test_others_in_the_body_restate_the_title() -> None:
    doc = process(
        "قالت الشرطة إن 4 أشخاص قتلوا وأصيب 12 آخرون بجروح في حادث الدهس.",
        title="مقتل 4 أشخاص وإصابة 12 بجروح في حادث دهس",
        published="2023-06-20",
        upto="casualties",
    )
    assert sorted(c["count"] for c in doc.layers["casualties"]) == [4, 12]


@pytest.mark.parametrize(
    "body", ["تسبب لغم أرضي بمقتل أسرة كاملة في المديرية.", "ونعت القرية عائلتين قتلتا في القصف."]
)
def test_a_family_is_a_group_of_no_size(body: str) -> None:
    assert figs(body) == []


def test_families_count_with_a_number() -> None:
    assert short("وقتل 5 من أسرة واحدة في القصف.") == [(5, "killed", "civilian")]


@pytest.mark.parametrize(
    "body",
    ["أحيا الآلاف الذكرى الـ40 لوفاة الشاعر في مسقط رأسه.", "افتتحت الدورة 12 للمهرجان بعد وفاة مؤسسه."],
)
def test_an_anniversary_or_a_session_number_is_a_label(body: str) -> None:
    assert figs(body) == []


def test_a_toll_within_an_anniversary_is_still_counted() -> None:
    assert [(c["count"], c["outcome"]) for c in figs("وفي الذكرى 20 لمقتل 30 شخصا في المجزرة.")] == [
        (30, "killed")
    ]


def test_a_since_clause_before_an_added_figure_holds_for_both() -> None:
    body = "وقتل 44 متظاهرا برصاص الشرطة في ساحات العاصمة وضواحيها منذ الاثنين إلى جانب أكثر من 900 جريح."
    out = [(c["count"], c["new"], c["since"]) for c in figs(body)]
    assert out == [(44, False, "2023-06-19"), (900, False, "2023-06-19")]


@pytest.mark.parametrize(
    "body, expected",
    [
        ("وقال المدرب إن 3 لاعبين أصيبوا في المباراة.", (3, "injured")),
        ("وذكرت الشرطة أن 4 لصوص قتلوا في الاشتباك.", (4, "killed")),
    ],
)
def test_a_noun_that_begins_with_lam_is_still_the_counted_noun(body: str, expected: tuple[int, str]) -> None:
    assert [(c["count"], c["outcome"]) for c in figs(body)] == [expected]


def test_the_article_is_no_preposition() -> None:
    body = "فضلا عن الحرب التي أجبرت ملايين العراقيين على النزوح عن منازلهم."
    assert [(c["count"], c["outcome"]) for c in figs(body)] == [(1000000, "displaced")]


@pytest.mark.parametrize(
    "body, expected",
    [
        ("أصاب المسلح 4 أشخاص بجروح قبل أن يفر.", [(4, "injured")]),
        ("لكن بصقته أصابت الفتاة التي كانت برفقة والدها.", []),
        ("أصاب الصاروخ 3 منازل في الحي.", []),
        ("وأصاب المهاجم 20 هدفا هذا الموسم.", []),
    ],
)
def test_asaba_injures_people_only(body: str, expected: list[tuple[int, str]]) -> None:
    assert [(c["count"], c["outcome"]) for c in figs(body)] == expected


def test_a_hashtag_joins_its_words_with_underscores() -> None:
    assert short("وكانت الميليشيا ارتكبت جريمة مماثلة بـ #قتل_طفل في المنطقة.") == [(1, "killed", "civilian")]


@pytest.mark.parametrize(
    "body",
    [
        "ونزح عشرات الآلاف من المدنيين ومقاتلي المعارضة عن البلدة.",
        "وقتل 20 من المسلحين والمدنيين في المعارك.",
        "غادر آلاف المدنيين ومقاتلي المعارضة المدينة بعد قصف أودى بحياة 900 شخص.",
    ],
)
def test_civilians_joined_to_fighters_are_a_mixed_group(body: str) -> None:
    assert all(c["victims"] == "unspecified" for c in figs(body))


@pytest.mark.parametrize(
    ("body", "count", "outcome"),
    [
        ("وقال المسؤول إنه حتى الآن بلغ عدد الجثث التي تسلمها المستشفى 48 جثة.", 48, "killed"),
        ("وبلغ عدد القتلى الذين سقطوا في الهجوم 30 شخصا.", 30, "killed"),
    ],
)
def test_a_toll_reached_with_a_relative_clause_before_the_number(body: str, count: int, outcome: str) -> None:
    (f,) = figs(body)
    assert (f["count"], f["outcome"], f["new"]) == (count, outcome, False)


@pytest.mark.parametrize(
    "body",
    ["احتجز مسلح رهائن في مصرف وسط المدينة.", "خطف مسلح أطفالا من المدرسة."],
)
def test_one_who_did_the_harm_before_its_object_is_no_figure(body: str) -> None:
    assert figs(body) == []


def test_one_harmed_with_an_adjective_after_is_still_one() -> None:
    assert [(f["count"], f["outcome"]) for f in figs("وقتل فتى فلسطيني برصاص الجيش.")] == [(1, "killed")]


def test_those_aboard_sized_after_a_comma_by_wahum() -> None:
    body = "وقتل في التحطم جميع من كانوا على متن المروحية، وهم 9 ركاب."
    assert [(f["count"], f["outcome"]) for f in figs(body)] == [(9, "killed")]


def test_wahum_with_no_harm_before_is_no_figure() -> None:
    assert figs("وقال الشهود إن المحتجين، وهم 300 شخص، ساروا إلى القصر.") == []


@pytest.mark.parametrize(
    "body",
    [
        "وقالت النقابة إن أكثر من 900 عامل فقدوا وظائفهم.",  # lost their jobs
        "وقال الشاهد: تمكنت خمس نساء منهم من الفرار ليلا.",  # escaped their captors
        "وتراجعت البلاد 12 مرتبة في مؤشر حرية الصحافة.",  # ranks
        "وتكبد المسلحون خسائر إذ سقط عدد كبير منهم بين قتيل وجريح.",  # a split with no number
    ],
)
def test_not_figures_of_people_harmed(body: str) -> None:
    assert figs(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("وقال إن 14 شخصا فقدوا حياتهم في الفيضان.", (14, "killed")),
        ("وقال إن 9 صيادين فقدوا في البحر.", (9, "missing")),
        ("وكانت الخلية مسؤولة عن إعدامات بحق ثمانية رهائن.", (8, "killed")),
    ],
)
def test_lost_lives_lost_at_sea_and_executions(body: str, expected: tuple) -> None:
    assert [(f["count"], f["outcome"]) for f in figs(body)] == [expected]


def test_a_dual_with_its_own_verb_is_not_lumped_with_the_next_verb() -> None:
    body = "وذكرت الوكالة أن شخصين آخرين قتلا وأصيب 18 في العاصمة."
    assert [(f["count"], f["outcome"]) for f in figs(body)] == [(2, "killed"), (18, "injured")]


@pytest.mark.parametrize(
    "body",
    [
        "وقالت المنظمة إن النيابة العامة تطالب بعقوبة الإعدام بحق ستة معارضين.",  # a penalty sought
        "ونقل 2000 شخص إلى المستشفيات بعد أن تسمموا بالمياه الملوثة.",  # poisoned water
    ],
)
def test_penalties_and_poisonings_are_not_figures(body: str) -> None:
    assert figs(body) == []


@pytest.mark.parametrize(
    ("body", "new"),
    [
        ("وقتل أكثر من 300 ألف شخص سقطوا بالحرب الأهلية.", False),
        ("وقتل 10 آلاف شخص في النزاع.", False),
        ("وقتل 12 مدنيا في غارة جوية خلال الحرب.", None),  # the strike's toll
    ],
)
def test_a_war_right_after_the_figure_makes_a_running_total(body: str, new: bool | None) -> None:
    (f,) = figs(body)
    assert f["new"] is new


def test_a_phrase_before_the_casualty_word_and_its_conjunct_share_the_source() -> None:
    body = 'وتسببت الغارات وفق المرصد "بمقتل مقاتل وإصابة 9 آخرين".'
    assert [(f["count"], f["source"]["name"]) for f in figs(body)] == [(1, "المرصد"), (9, "المرصد")]


def test_a_report_that_documents_a_figure_is_its_source() -> None:
    (f,) = figs("ورصد التقرير 140 حالة اختطاف في المدينة.")
    assert (f["count"], f["outcome"], f["source"]["name"]) == (140, "captured", "التقرير")


def test_a_title_figure_restated_in_the_body_by_another_name_of_its_source_is_one() -> None:
    doc = process(
        "وقال المتحدث باسم القوات المسلحة إن 30 مسلحا قتلوا في سيناء.",
        title="الجيش يعلن مقتل 30 مسلحا",
        upto="casualties",
    )
    (f,) = doc.layers["casualties"]
    assert (f["count"], f["source"]["name"]) == (30, "المتحدث باسم القوات المسلحة")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("وقال التقرير إن الألغام حصدت أرواح 300 مدني.", (300, "killed", "civilian")),
        ("ووثقت المنظمة 120 حالة إخفاء قسري.", (120, "missing", "unspecified")),
        ("واعتقلت السلطات 5 علماء في العاصمة.", (5, "captured", "civilian")),
    ],
)
def test_lives_reaped_enforced_disappearance_and_scholars(body: str, expected: tuple) -> None:
    assert [(f["count"], f["outcome"], f["victims"]) for f in figs(body)] == [expected]


def test_people_barred_from_leaving_are_not_displaced() -> None:
    assert figs("ومنعت السلطات أكثر من 200 موظف من مغادرة البلاد.") == []


@pytest.mark.parametrize(
    "body",
    [
        "ويودي التدخين بحياة نحو 6 ملايين شخص كل عام.",  # a yearly rate
        "ويغرق المئات من المهاجرين سنويا في البحر.",  # a yearly rate
        "وأعدمت السلطات البيطرية 8000 خنزير بعد تفشي الحمى.",  # animals
        "وتوفي 20 شخصا بالكوليرا خلال الشهر.",  # a disease is no event
        "وأصيب 53 شخصا بالبكتيريا المعوية في 16 ولاية.",  # nor an infection
        "ويتطلع الفريق لخطف الثلاث نقاط.",  # points won
    ],
)
def test_rates_diseases_animals_and_points_are_not_figures(body: str) -> None:
    assert figs(body) == []


def test_deaths_in_a_heatwave_are_a_figure() -> None:
    assert [(f["count"], f["outcome"]) for f in figs("وتوفي 54 شخصا بسبب موجة حر.")] == [(54, "killed")]


@pytest.mark.parametrize(
    "body",
    [
        "وقال إنهم فقدوا مزارعهم ومنازلهم في القصف.",  # lost their farms
        "وتقول الصحيفة إن أكثر من ثلاثة آلاف لاجئ يستعدون لمغادرة لبنان.",  # only preparing to leave
        "السودان يفرج عن عشرات من المعتقلين",  # freed
        "وانهار عقار مؤلف من خمسة طوابق في القاهرة.",  # floors
        "قتل مرض الحصبة، وأزمة سوء التغذية، 72 شخصا على الأقل.",  # a disease
    ],
)
def test_more_that_is_not_harm(body: str) -> None:
    assert figs(body) == []


def test_a_source_name_ends_before_a_qualifier_and_camps_are_no_people() -> None:
    (f,) = figs("وأحصت السلطات أكثر من 150 ألف مشرد لجأوا إلى 1300 مخيم.")
    assert (f["count"], f["outcome"], f["source"]["name"]) == (150000, "displaced", "السلطات")


def test_a_phrase_between_the_verb_and_its_complement_attributes_the_figure() -> None:
    (f,) = figs("واستهدفت الفصائل ضاحية قريبة، ما أسفر وفق الشرطة المحلية عن مقتل أربعة أشخاص.")
    assert (f["count"], f["source"]["name"]) == (4, "الشرطة المحلية")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("شارك الآلاف في تشييع جثمان صحافي قتل برصاص الجيش.", (1, "killed", "civilian")),
        ("وقتل 12 متظاهرا في مواجهات مع الشرطة.", (12, "killed", "unspecified")),
        ("وأصيب عامل في انفجار بالمصنع.", (1, "injured", "civilian")),
    ],
)
def test_trades_and_protesters(body: str, expected: tuple) -> None:
    assert [(f["count"], f["outcome"], f["victims"]) for f in figs(body)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("واحتجزت الميليشيات عشرات النازحين العائدين إلى المدينة.", (10, "captured")),
        ("وأحدثت الألغام بتر أطراف المئات من السكان.", (100, "injured")),
        ("أسفر القصف عن مقتل 10 نازحين.", (10, "killed")),
    ],
)
def test_harm_done_to_people_a_status_noun_names(body: str, expected: tuple) -> None:
    assert [(f["count"], f["outcome"]) for f in figs(body)] == [expected]


def test_a_person_the_entities_layer_names_after_a_title_is_no_figure() -> None:
    assert figs("عقب وفاة المهندس سيمنيو بيكيلي في حادث.") == []


def test_a_breakdown_after_a_place_still_tells_the_victims() -> None:
    body = "وقال المرصد إن ضربات جوية قتلت عشرات الأشخاص في الريف الشرقي، بينهم أطفال ونساء."
    assert [(f["count"], f["victims"]) for f in figs(body)] == [(10, "civilian")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("وقال إن شرطيا أوقف السيارة عند الحاجز.", []),  # the one who stopped it
        ("وقال إن جنديا قتل الليلة الماضية.", [(1, "killed")]),
    ],
)
def test_a_reported_subject_with_an_object_did_it(body: str, expected: list) -> None:
    assert [(f["count"], f["outcome"]) for f in figs(body)] == expected


def test_weapons_are_not_people() -> None:
    assert figs("كان المتهم يحمل ثلاثة سكاكين عندما اعتقلته الشرطة.") == []
    assert [(f["count"], f["outcome"]) for f in figs("وضبطت الشرطة 5 بنادق واعتقلت 4 أشخاص.")] == [(4, "captured")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("وذكر المتحدث أن أحد رجال الشرطة قتل وأصيب خمسة آخرون.", [(1, "killed"), (5, "injured")]),
        ("أعلنت الوزارة ارتفاع الحصيلة إلى 15 قتيلا ونحو 190 جريحا.", [(15, "killed"), (190, "injured")]),
        ("ملالا تعود إلى بلادها للمرة الأولى منذ محاولة طالبان قتلها", []),
    ],
)
def test_one_of_a_group_a_qualified_conjunct_and_the_taliban(body: str, expected: list) -> None:
    assert [(f["count"], f["outcome"]) for f in figs(body)] == expected


@pytest.mark.parametrize(
    ("body", "victims"),
    [
        ("واعتقلت الشرطة مسلحين اثنين في الموقع.", "military"),  # two follows its noun
        ("مقتل 30 من رهائن احتجزهم متمردون في مدرسة.", "civilian"),  # hostages
    ],
)
def test_the_noun_before_two_and_hostages_tell_the_victims(body: str, victims: str) -> None:
    (f,) = figs(body)
    assert f["victims"] == victims


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("وأفادت منظمة إغاثية دولية بمقتل 15 شخصا. وتقول منظمة أطباء بلا حدود إنها أبلغت بمقتل 15 شخصا.", 1),
        ("قتل 5 أشخاص بحسب مصدر أمني. وقال مصدر طبي إن 5 أشخاص قتلوا.", 2),  # two sources
    ],
)
def test_a_described_body_named_later_gives_one_figure(body: str, count: int) -> None:
    assert len(figs(body)) == count


def test_a_joint_source_shares_each_of_its_parties() -> None:
    body = (
        "قتل 32 شخصا في هجوم السبت، حسب منظمة الرعاة المتحدة وعضو المجلس البلدي في المنطقة. "
        "وقال رئيس منظمة الرعاة المتحدة أحمد سالم إن المهاجمين قتلوا 32 مدنيا."
    )
    assert [f["count"] for f in figs(body)] == [32]


def test_the_figures_of_a_report_are_running_totals() -> None:
    body = "كشف تقرير حقوقي عن مقتل 3021 مدنيا في المدينة. ورصد التقرير 197 حالة اختطاف."
    assert [(f["count"], f["new"]) for f in figs(body)] == [(3021, False), (197, False)]
    assert [f["new"] for f in figs("وقالت الشرطة إن 5 أشخاص قتلوا في الهجوم.")] == [None]


def test_leaders_are_fighters() -> None:
    assert [(f["count"], f["victims"]) for f in figs("وقتل 5 قادة من التنظيم في الغارة.")] == [(5, "military")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("لقي اثنان من حراس القرى حتفهم، فيما أصيب 3 بجروح.", [(2, "killed"), (3, "injured")]),
        ("قتل فلسطينيان برصاص الجيش. وقالت مصادر طبية إن أحد الشابين قتل بطلق ناري.", [(2, "killed")]),
        ("بعد وفاة نحو 10 أشخاص بسبب فيروس نادر.", []),
    ],
)
def test_a_number_word_of_a_group_one_of_two_and_a_virus(body: str, expected: list) -> None:
    assert [(f["count"], f["outcome"]) for f in figs(body)] == expected


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("وأدى القصف إلى سقوط عشرات الضحايا في أحياء المدينة.", "killed_or_injured"),
        ("وخلفت الغارات مئات الضحايا في صفوف المدنيين.", "killed_or_injured"),
        ("وشيع الأهالي عشرات الضحايا في مقبرة البلدة.", "killed"),
        ("وقتل وغرق عشرات الضحايا في الفيضانات.", "killed"),
    ],
)
def test_victims_after_a_vague_number_are_killed_or_injured_unless_the_dead_are_named(body: str, outcome: str) -> None:
    assert [(c["count"], c["outcome"]) for c in figs(body)] == [(10 if "عشرات" in body else 100, outcome)]


def test_a_toll_of_victims_stays_the_killed() -> None:
    assert [(c["count"], c["outcome"]) for c in figs("وارتفع عدد الضحايا إلى 30 شخصا.")] == [(30, "killed")]


def test_an_age_in_the_years_of_ones_life_is_no_count() -> None:
    out = short("قتلت امرأة في الـ92 من عمرها ابنها البالغ 72 عاما بإطلاق النار عليه.")
    assert (92, "killed", "civilian") not in out and all(c != 92 for c, _, _ in out)


def test_victims_of_a_fraud_are_no_casualties() -> None:
    assert figs("قضت المحكمة بسجن رجلي أعمال لاحتيالهما على 500 ضحية.") == []
    assert figs("أغرى المتهمان عشرات الضحايا بالاستثمار في عملية نصب واسعة.") == []


def test_migrants_are_civilians() -> None:
    assert short("غرق 46 مهاجرا على الأقل قبالة السواحل.") == [(46, "killed", "civilian")]


def test_civilians_only_named_in_the_title_tell_nothing_of_the_victims() -> None:
    title = "إلغاء مئات الرحلات وإجلاء سكان القرى المجاورة إثر ثوران بركان"
    doc = process("وكان آخر ثوران للبركان قد تسبب في مصرع 1600 شخص في العام 1963.", title=title, upto="casualties")
    assert [(c["count"], c["victims"]) for c in doc.layers["casualties"]] == [(1600, "unspecified")]
    title = "مقتل 5 مدنيين في قصف على البلدة"
    doc = process("وقتل 5 أشخاص في قصف استهدف السوق.", title=title, upto="casualties")
    assert ("civilian" in {c["victims"] for c in doc.layers["casualties"]})


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a verb of exceeding reaches the toll word before it; a new clause has its own count
        (
            "وكان عدد القتلى منذ الأحد الماضي قد تجاوز 500 شخص فيما بلغ عدد المصابين 2500 شخص.",
            [(500, "killed"), (2500, "injured")],
        ),
        # a force that lost its fighters lost them killed; a trace lost is missing
        ("إذ فقدت الميليشيات اثنين من أبرز قادتها في غارة للتحالف.", [(2, "killed")]),
        ("أقر الرئيس بفقدان مئات المقاتلين في العملية.", [(100, "killed")]),
        ("وتابعت أن 19 من بين هؤلاء فقد أثرهم.", [(19, "missing")]),
        # those held then freed are not captured; those still held are
        (
            "وأضافت النيابة أن ثمانية من المعتقلين أطلق سراحهم، بينما يظل تسعة آخرين قيد الاعتقال.",
            [(9, "captured")],
        ),
        # relatives of the dead are not the dead
        ("أمر الملك باستضافة 1500 حاج من ذوي شهداء الجيش.", []),
        ("وشارك المئات من أهالي الضحايا في التشييع.", []),
        ("قتل 5 من أهالي القرية في القصف.", [(5, "killed")]),
        # a battle's name frees no one; a day between commas; the force that killed
        (
            "وقتل في معركة تحرير مطار الحديدة، الثلاثاء، أكثر من 250 عنصرا من المسلحين.",
            [(250, "killed")],
        ),
        ("وقتل الجيش الإسرائيلي يوم الجمعة الماضي، 16 فلسطينيا بينما جرح نحو 1500 آخرين.", [(16, "killed"), (1500, "injured")]),
    ],
)
def test_tolls_losses_releases_and_relatives(body: str, expected: list) -> None:
    assert [(c["count"], c["outcome"]) for c in figs(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("ودليل على التشنجات، محاولة اغتيال نائب الرئيس منذ أسبوع.", []),  # only tried
        ("ونشرت الوكالة فيديو تهدد فيه عناصر من التنظيم بإعدام 6 أشخاص.", []),  # only threatened
        ("وأحبطت الشرطة محاولة لقتل الوزير واعتقلت 3 أشخاص.", [(3, "captured")]),
        ("وقتل 5 أشخاص في محاولة اقتحام السجن.", [(5, "killed")]),
        ("ويعد واحدا من بين 18 شخصا يشتبه في قتلهم الطيار.", [(1, "killed")]),  # suspects; the pilot died
        ("في لندن يقتل شخص كل ثلاثة أيام بسبب العنف.", []),  # a rate
        ("بإمكان نحو مليون نازح التصويت في 166 مركزا انتخابيا.", [(1000000, "displaced")]),
    ],
)
def test_harm_tried_threatened_or_suspected_rates_and_centres(body: str, expected: list) -> None:
    assert [(c["count"], c["outcome"]) for c in figs(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("قتل 39 من المعارضة المسلحة.", [(39, "killed", "military")]),
        ("وقتل اثنان من قوة مكافحة الإرهاب في مالي.", [(2, "killed", "military")]),
        ("قتل الجنود نحو 10 متطرفين.", [(10, "killed", "military")]),
        ("حادث مروري يقتل ويصيب 30 عاملا", [(30, "killed_or_injured", "civilian")]),
        ("الصاروخ يصيب الهدف بدقة.", []),
    ],
)
def test_armed_opposition_forces_extremists_and_kill_and_wound(body: str, expected: list) -> None:
    assert short(body) == expected


def test_yudhkar_an_is_the_outlets_own_voice() -> None:
    body = "وقالت الوكالة إن 18 شخصا أصيبوا. يذكر أن حرائق الغابات العام الماضي أسفرت عن مقتل 114 شخصا."
    sources = [(c["count"], (c["source"] or {}).get("name")) for c in figs(body)]
    assert sources == [(18, "الوكالة"), (114, None)]


def test_those_who_confess_a_killing_are_not_killed() -> None:
    assert figs("وذكرت الوكالة أن المتهمين الـ 18 اعترفوا بالقتل العمد لعمر.") == []


def test_the_people_of_another_figure_after_wa_are_not_this_ones() -> None:
    assert short("مقتل شخصين بإطلاق نار واعتقال المنفذ") == [(2, "killed", "unspecified"), (1, "captured", "military")]
    assert short("وسقط عشرات القتلى والجرحى من الانقلابيين في المواجهات.") == [(10, "killed_or_injured", "military")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("وكان على رأس قائمة من 13 صدرت أحكام بإعدامهم بسبب الهجمات.", []),  # sentenced
        ("يتوزع المعتقلون على 643 سجنا غير قانوني.", []),  # prisons
        ("لم يتعد عدد الهجمات 13 هجوما، أدى 10 منها إلى مقتل 135 شخصا.", [(135, None)]),  # ten attacks
        ("إلا أن الهجوم على الحفل، الذي قتل فيه 22 شخصا، مرتبط بخلايا إرهابية.", [(22, None)]),  # no lead
        (
            "دخلت الهدنة التي أعلنت عنها روسيا حيز التنفيذ، بعد أيام من القصف الذي أودى بحياة أكثر من 560 مدنياً.",
            [(560, None)],
        ),
    ],
)
def test_sentences_prisons_parts_of_things_and_no_false_sources(body: str, expected: list) -> None:
    assert [(c["count"], (c["source"] or {}).get("name")) for c in figs(body)] == expected


def test_a_part_among_the_harmed_just_told_shares_its_source() -> None:
    out = figs("وقتل 20 شخصا، بحسب الشرطة. وكان بين القتلى 5 أطفال.")
    assert [(c["count"], c["victims"], (c["source"] or {}).get("name")) for c in out] == [
        (20, "unspecified", "الشرطة"),
        (5, "civilian", "الشرطة"),
    ]


def test_a_court_sentence_far_before_its_number() -> None:
    assert figs("قضت المحكمة العسكرية بمحافظة الإسكندرية في مصر، الخميس، بإعدام 17 متهما وسجن 29 آخرين.") == []


@pytest.mark.parametrize(
    ("body", "new"),
    [
        ("وما يزال مكان أكثر من 100 من هؤلاء الفتيات مجهولا.", False),
        ("قال نشطاء إن أعمال شغب اجتاحت مركز احتجاز يضم عشرات المعارضين.", False),
        ("بينما يظل تسعة آخرين قيد الاعتقال.", False),
        ("اعتقلت السلطات 3 علماء بيئة لأسباب لاتزال مجهولة.", None),
    ],
)
def test_those_held_or_missing_now_are_a_standing_count(body: str, new: bool | None) -> None:
    assert [c["new"] for c in figs(body)] == [new]


def test_a_verb_with_her_pronoun_and_a_plan_to_kill() -> None:
    assert short("وأضافت أن 8 علماء بيئة آخرين اعتقلتهم طهران مطلع العام.") == [(8, "captured", "civilian")]
    assert figs("ووجهت السلطات تهمة التخطيط لقتل النائبة لستة أعضاء آخرين في الجماعة.") == []


def test_a_while_clause_of_the_same_report_keeps_its_source() -> None:
    body = "قال المكتب الأممي إن أكثر من 14 ألف شخص قتلوا في السودان، فيما أصيب أكثر من 33 ألفا آخرين."
    assert [(c["count"], (c["source"] or {}).get("name")) for c in figs(body)] == [(14000, "المكتب الأممي"), (33000, "المكتب الأممي")]
    body = "قالت الشرطة إن الحادث وقع ليلا، فيما قتل 5 أشخاص في هجوم آخر بحسب مصادر طبية."
    assert [(c["count"], (c["source"] or {}).get("name")) for c in figs(body)] == [(5, "مصادر طبية")]


def test_its_dead_with_a_pronoun() -> None:
    out = figs("وأعلن الجيش مقتل جنديين في معارك جنوب القطاع، ليرتفع عدد قتلاه إلى 310.")
    assert [(c["count"], c["outcome"]) for c in out] == [(2, "killed"), (310, "killed")]


def test_settlers_and_a_part_freed_at_once() -> None:
    assert short("أعلن الجيش أن مستوطنا قتل وأصيب اثنان آخران في هجوم بسكين.") == [
        (1, "killed", "civilian"),
        (2, "injured", "civilian"),
    ]
    assert [c["count"] for c in figs("احتجز السجناء 7 حراس رهائن، من بينهم 3 أطلقوا سراحهم لاحقا.")] == [7]
    assert [c["count"] for c in figs("اعتقلت الشرطة 30 شخصا أطلق سراحهم لاحقا.")] == [30]


def test_lives_lost_a_day_of_the_month_and_rivers() -> None:
    assert short("وقال الحاكم إننا فقدنا عشرة أرواح وأصيب عشرة آخرون.") == [(10, "killed", "unspecified"), (10, "injured", "unspecified")]
    assert figs("كما قتلت في 25 من الشهر الجاري الناشطة سعاد العلي بإطلاق نار.") == []
    assert [c["count"] for c in figs("ولاية الـ44 نهرا تشرد الآلاف من سكانها")] == [1000]


def test_the_outlet_a_statement_was_told_to_is_not_part_of_the_source() -> None:
    from marsad.claims.figures import _longer

    party = {"name": "مدير مركز الدفاع المدني", "span": {"start": 5, "end": 28}}
    own = {"name": "مدير مركز الدفاع المدني لسكاي نيوز", "span": {"start": 5, "end": 40}}
    assert _longer(own, party, ["سكاي نيوز عربية"])["name"] == "مدير مركز الدفاع المدني"
    body = {"name": "مسؤول في المركز الفلسطيني لحقوق الإنسان", "span": {"start": 5, "end": 44}}
    short = {"name": "مسؤول في المركز الفلسطيني", "span": {"start": 5, "end": 30}}
    assert _longer(body, short, [])["name"] == "مسؤول في المركز الفلسطيني لحقوق الإنسان"


def test_a_number_by_the_hand_of_counts_the_doers() -> None:
    assert figs("تعتقد مصادر تركية أنه قتل على يد مجموعة من 15 سعوديا.") == []
    assert figs("وتزعم مصادر أنه قُتل على أيدي 15 سعوديا.") == []
    assert short("قتل 3 أشخاص على أيدي مسلحين.") == [(3, "killed", "unspecified")]


def test_a_casualty_word_does_not_reach_back_over_a_new_clause() -> None:
    body = "وأسفر النزاع عن سقوط أكثر من عشرة آلاف قتيل بينما يواجه ملايين الأشخاص خطر المجاعة."
    assert [c["count"] for c in figs(body)] == [10000]
    assert [c["count"] for c in figs("وخلف النزاع ألف قتيل فيما يعيش 8 ملايين شخص في الخيام.")] == [1000]


def test_qada_with_a_penalty_or_a_spell_of_time_is_served_not_died() -> None:
    assert figs("وقضى الأربعة عقوبة حبسية بلغت 15 يوما بعد أن تسببوا في توقف مباراة.") == []
    assert figs("وقضى الأربعة 15 يوما في السجن.") == []
    assert short("وقضى 5 أشخاص في الحادث.") == [(5, "killed", "unspecified")]
    body = "قالت الوكالة إن ستة أشخاص على الأقل من قوات الحرس الوطني قضوا اليوم الأحد في هجوم."
    assert short(body) == [(6, "killed", "military")]


def test_fighters_who_flee_are_not_displaced() -> None:
    assert figs("وتواصل الألوية تقدمها وسط فرار عشرات المقاتلين الحوثيين إلى جنوب المدينة.") == []
    assert short("ونزح 300 ألف مدني من المدينة.") == [(300000, "displaced", "civilian")]


def test_a_force_carried_by_li_after_an_attack_noun_attacked() -> None:
    assert short("أكثر من 40 قتيلا في قصف للجيش التركي على عفرين.") == [(40, "killed", "unspecified")]
    assert short("قتل 12 شخصا في غارة لطائرات التحالف.") == [(12, "killed", "unspecified")]
    assert short("وقتل مدني وأصيب 3 آخرون في قصف للحوثيين على المدينة.") == [(1, "killed", "civilian"), (3, "injured", "civilian")]
    assert short("قتل 5 جنود في هجوم لمسلحين.") == [(5, "killed", "military")]
    body = "في باريس (130 قتيلا في 2015) وبروكسل (32 قتيلا في 2016) كما في مدريد (162 في 2004)."
    assert [c["count"] for c in figs(body)] == [130, 32, 162]


def test_a_list_of_soldiers_and_civilians_is_mixed() -> None:
    assert short("وقتل المئات من أفراد الجيش والشرطة والمدنيين في هجمات.") == [(100, "killed", "unspecified")]
    assert short("قتل 12 جنديا في الهجوم.") == [(12, "killed", "military")]


def test_perpetrators_are_fighters() -> None:
    body = "وقال إنه تم تحديد هوية عدد من المتورطين والقبض على اثنين منهما."
    assert short(body) == [(2, "captured", "military")]
    assert short("اعتقلت الشرطة 3 من منفذي الهجوم.") == [(3, "captured", "military")]


def test_one_man_with_his_own_verb_before_a_lumped_looking_pair() -> None:
    body = "وقال إن رجلا واحدا على الأقل قتل وأصيب 6 مدنيين في الغارات."
    assert short(body) == [(1, "killed", "unspecified"), (6, "injured", "civilian")]
    assert short("قتل وأصيب 6 مدنيين في الغارات.") == [(6, "killed_or_injured", "civilian")]


def test_shurridat_families_are_displaced() -> None:
    assert short("وقال إن أكثر من 8900 عائلة قد شردت.") == [(8900, "displaced", "civilian")]
    body = "الحرب الأهلية التي أوقعت عشرات آلاف القتلى، وشردت الملايين في هذا البلد."
    assert [(c["count"], c["outcome"]) for c in figs(body)] == [(10000, "killed"), (1000000, "displaced")]


def test_a_number_after_bayna_is_a_side_of_the_fight() -> None:
    body = "وقال إن 30 جهاديا قتلوا في مواجهة مسلحة بين 60 جهاديا والقوات الفرنسية."
    assert short(body) == [(30, "killed", "military")]
    assert [(c["count"], c["count_max"]) for c in figs("قتل بين 10 و15 شخصا.")] == [(10, 15)]


def test_pages_are_no_people() -> None:
    # the 13 pages are no people; her brother killed is one (شقيق is a people noun since session 41)
    assert [(c["count"], c["outcome"]) for c in figs("ونشرت الصحيفة 13 صفحة من شهادة الضحية التي قتل شقيقها.")] == [
        (1, "killed")
    ]


def test_a_supposed_or_risked_harm_is_no_figure() -> None:
    body = "ويصرح للقوات باستخدام المدفعية إذا تم اختطاف جندي حتى وإن كان ذلك يعني المخاطرة بمقتل الجندي المخطوف."
    assert figs(body) == []
    assert short("وقال إنه إذا لم تتوقف الغارات فإن الحصيلة سترتفع، وقد قتل 20 شخصا.") == [(20, "killed", "unspecified")]


def test_the_return_of_the_displaced_is_no_displacement() -> None:
    assert figs("ويرتقب أن تشهد الفترة المقبلة عودة آلاف النازحين من لبنان إلى ديارهم.") == []
    assert short("ونزح آلاف المدنيين من المدينة.") == [(1000, "displaced", "civilian")]


def test_bullets_and_samples_are_no_people() -> None:
    assert figs("خمس رصاصات قتلت سارة.") == []
    assert figs("واستخرج الفريق جثثا وجمع أكثر من مئة عينة من المكان.") == []


def test_a_new_act_after_wa_names_no_victims() -> None:
    body = "مما أسفر عن مقتل المئات وسيطرة القوات الحكومية على معظم مناطق الغوطة."
    assert short(body) == [(100, "killed", "unspecified")]
    assert short("وكانت مصادر طبية قد تحدثت عن وصول عشرات القتلى والجرحى من الميليشيات.") == [
        (10, "killed_or_injured", "military")
    ]


def test_a_plural_subject_of_masra_uha_is_no_single_death() -> None:
    assert figs("كما لقيت قيادات حوثية أخرى مصرعها، خلال اليومين الماضيين، بغارات التحالف.") == []
    assert short("لقي رجل أمن أردني حتفه وأصيب عدد من رجال الأمن.") == [(1, "killed", "military")]


def test_provinces_schools_and_rapes_are_no_people() -> None:
    body = "ونقل حوالي 460 شخصا إلى مستشفيات في خمس محافظات على مدار الأسابيع الثلاثة الماضية."
    assert short(body) == [(460, "injured", "unspecified")]
    assert figs("راهبات يطالبن باعتقال أسقف متهم بـ13 اغتصابا في عامين") == []
    assert figs("وقال الوزير إن هناك جثثا كثيرة في 6 مستشفيات مختلفة.") == []


def test_a_new_verb_after_a_verb_with_its_subject_has_its_own_object() -> None:
    body = "وأضافت أن 2295 مدرسا قتلوا ودمرت أكثر من 1400 مدرسة خلال الصراع."
    assert [c["count"] for c in figs(body)] == [2295]
    assert short("فاعتقلت وسرحت من العمل 10 آلاف موظف.") == [(10000, "captured", "unspecified")]


def test_a_warrant_holds_no_one_yet() -> None:
    assert figs("أصدر النائب العام مذكرات اعتقال بحق 20 ضابطا في سلاح الجو.") == []
    assert figs("وأصدرت المحكمة مذكرة توقيف بحق الرئيس السابق وخمسة من مساعديه.") == []
    assert figs("محكمة تقضي بإعدام 16 امرأة.") == []
    body = "وكانت السلطات ألقت القبض على رجل بناء على مذكرة توقيف أوروبية، وجاء ذلك بعد القبض على الزوجين في بلجيكا."
    assert short(body) == [(1, "captured", "unspecified"), (2, "captured", "civilian")]
    assert short("واعتقلت الشرطة 20 ضابطا.") == [(20, "captured", "military")]


def test_a_charge_of_killing_is_no_killing() -> None:
    assert figs("وأعلنت الشرطة أنها وجهت لثلاثة رجال تهمة القتل غير العمد.") == []
    assert figs("ووجه قاض 5 اتهامات بالقتل لشخص اقتحم صحيفة.") == []
    assert figs("ووجهت الشرطة تهمة القتل لرجل في المدينة.") == []
    assert figs("السجن 20 عاما للمتهم بعد إدانته بالقتل الإرهابي") == []
    assert short("واقتحم صحيفة وقتل فيها بالرصاص 5 أشخاص.") == [(5, "killed", "unspecified")]
    assert short("ألقت الشرطة القبض على الرجل.") == [(1, "captured", "unspecified")]
    assert short("اعتقال اثنين بتهمة الضلوع في هجوم.") == [(2, "captured", "unspecified")]


def test_killed_or_injured_joined_by_aw_is_one_lumped_number() -> None:
    assert short("واعترفت موسكو بأن العشرات من المواطنين الروس قتلوا أو أصيبوا.") == [(10, "killed_or_injured", "civilian")]
    assert short("وأسفر الهجوم عن مقتل أو إصابة 15 جنديا.") == [(15, "killed_or_injured", "military")]
    assert short("ويعتقد أن 400 ألف شخص قتلوا أو فقدوا.") == [(400000, "killed", "unspecified")]


def test_a_number_right_after_fi_is_no_one_harmed() -> None:
    body = "وقال إن 73 ألف طفل قتلوا أو جرحوا في 25 نزاعا منذ عام 2005."
    assert [(c["count"], c["outcome"]) for c in figs(body)] == [(73000, "killed_or_injured")]
    assert figs("ولا يزال البحث جاريا عن مفقودين في واحدة من أعنف حرائق الغابات.") == []
    assert figs("والضحية صحفية في الثلاثين") == []
    assert short("قتل 12 مدنيا وأصيب في الهجوم 30 آخرون.") == [(12, "killed", "civilian"), (30, "injured", "civilian")]


def test_a_people_word_after_a_thing_and_its_preposition_is_its_adjective() -> None:
    assert short("غارات جوية أسفرت عن مقتل اثنين في موقع عسكري في غرب سوريا.") == [(2, "killed", "unspecified")]
    body = "هجوم تسبب في مقتل 25 شخصا وإصابة العشرات خلال عرض عسكري أقيم في البلاد."
    assert short(body) == [(25, "killed", "unspecified"), (10, "injured", "unspecified")]
    assert short("لقي جندي حتفه في الهجوم.") == [(1, "killed", "military")]
    assert short("قتل 3 من الجنود في موقع عسكري.") == [(3, "killed", "military")]


def test_a_spell_of_time_after_qada_and_sexual_assault_and_evacuation_are_no_casualties() -> None:
    assert figs("ووصل مليونا شخص وقضوا شهر رمضان في المخيمات.") == []
    assert figs("واتهم بالاعتداء جنسيا على 14 ضحية.") == []
    assert figs("وتم إنقاذ 3271 شخصا من الحريق.") == []  # (evacuated people are displaced: test_session16)


def test_soldiers_among_a_toll_do_not_make_it_military() -> None:
    assert short("قتل 346 شخصا بينهم جنود.") == [(346, "killed", "unspecified")]
    # (the dual of the breakdown is a part of its own: two officers)
    assert short("قتل 12 جنديا بينهم ضابطان.") == [(12, "killed", "military"), (2, "killed", "military")]
    assert short("فقالت إن هناك 88 قتيلا وجريحا بينهم نساء وأطفال.") == [(88, "killed_or_injured", "civilian")]


def test_a_bare_year_after_a_noun_is_no_count() -> None:
    assert figs("وضعت لوحة في المكان الذي رميت فيه جثث الثوار الذين قتلوا في محاولة 1953 الفاشلة.") == []
    assert short("قتل 1953 شخصا في الزلزال.") == [(1953, "killed", "unspecified")]
    assert [c["count"] for c in figs("وبلغت الحصيلة 1950 قتيلا.")] == [1950]


def test_a_sergeant_is_a_soldier() -> None:
    body = "أكدت مصادر طبية وأمنية مقتل رقيب شرطة على الأقل وإصابة أربعة آخرين من قوات الأمن في انفجار."
    assert short(body)[0] == (1, "killed", "military")
    assert short("مقتل رقيب وإصابة 6 من أفراد الدورية.") == [(1, "killed", "military"), (6, "injured", "military")]
    body = "والمدعون هم آباء وأمهات أربعة ضباط برتبة ملازم قتلوا خلال عمليات في شمال سيناء."
    assert short(body) == [(4, "killed", "military")]


def test_a_name_in_brackets_costs_nothing() -> None:
    body = "وأكدت حركة حماس أن خمسة من أعضاء جناحها المسلح (كتائب القسام) من بين القتلى."
    assert short(body) == [(5, "killed", "military")]


def test_a_single_harmed_person_quoted_after_an() -> None:
    body = 'ونقلت الوكالة عن مصدر طبي قوله إن "متظاهرا مدنيا في العشرين من العمر توفي في المستشفى".'
    assert short(body) == [(1, "killed", "civilian")]


def test_one_of_them_after_a_casualty_word() -> None:
    body = "ووفق مصادر ميدانية فإن أحدث هذه العمليات تمثلت بقتل أحد العناصر في مديرية الحداء."
    assert short(body) == [(1, "killed", "military")]
    assert short("وأصيب أحد أفراد الأمن في وجهه بعدما رمى المحتجون الحجارة.") == [(1, "injured", "military")]
    assert [(c["count"], c["outcome"]) for c in figs("وقال إن الشرطة فقدت أحد أفرادها في الاشتباك.")] == [(1, "killed")]


def test_a_clause_after_the_figure_names_no_victims() -> None:
    assert short("قتل 5 أشخاص حين هاجم مسلحون القرية.") == [(5, "killed", "unspecified")]
    body = "ومنذ ذلك التاريخ، قتل 167 فلسطينيا فيما قتل جندي اسرائيلي واحد في 20 تموز."
    assert short(body)[0] == (167, "killed", "unspecified")
    assert short("مقتل 3 من الجنود الذين كانوا في الدورية.") == [(3, "killed", "military")]


def test_a_pair_after_the_number_names_the_harm_over_dahaya_before() -> None:
    body = "وشنت الطائرات غارات راح ضحيتها عشرات القتلى والجرحى من المدنيين."
    assert short(body) == [(10, "killed_or_injured", "civilian")]
    assert short("وراح ضحيتها 15 قتيلا.") == [(15, "killed", "unspecified")]


def test_each_item_of_a_list_is_a_figure_with_its_own_victims() -> None:
    # a singular or dual noun joined by و counts by itself: not half of a mixed group
    body = "وأفادت مصادر طبية بمقتل ثلاثة من رجال الأمن وامرأة وطفلين في الهجوم."
    assert short(body) == [(3, "killed", "military"), (1, "killed", "civilian"), (2, "killed", "civilian")]
    assert short("قتل ثلاثة جنود وطفلين في القصف.") == [(3, "killed", "military"), (2, "killed", "civilian")]
    assert short("قتل ثلاثة جنود وامرأة في القصف.") == [(3, "killed", "military"), (1, "killed", "civilian")]
    # the number counts both nouns of one class: no list
    assert short("اعتقلت الشرطة نحو 30 امرأة وشابا.") == [(30, "captured", "civilian")]
    # two plurals of both classes are one mixed group
    assert short("قتل 5 من المسلحين والمدنيين في القصف.") == [(5, "killed", "unspecified")]


def test_policemen_in_the_sound_plural() -> None:
    body = "أعدم هذا الاسبوع رجل أدين بقتل ثلاثة شرطيين في طهران."
    assert (3, "killed", "military") in short(body)


def test_the_side_made_to_suffer_losses_is_the_victim() -> None:
    body = "وحققت القوات الشرعية انتصارات عدة، مكبدة الميليشيات الإيرانية مئات القتلى."
    assert short(body) == [(100, "killed", "military")]
    assert short("وكبدت القوات الحوثيين عشرات القتلى في المعارك.") == [(10, "killed", "military")]


def test_a_share_for_every_so_many_is_no_count() -> None:
    assert figs("وقامت إدارة السجن اليوم بتوزيع بطيخة لكل ستة أسرى.") == []
    assert short("ولقي كل الـ 30 راكبا حتفهم.") == [(30, "killed", "civilian")]


def test_a_number_after_in_the_wake_of_is_in_a_clause_of_its_own() -> None:
    assert figs("قبض على الزعيم الروحي في 2013 في أعقاب رفع اثنين من أتباعه قضية عليه.") == []
    assert short("اعتقلت الشرطة 5 أشخاص في أعقاب الهجوم.") == [(5, "captured", "unspecified")]


def test_a_spokesman_described_then_named_is_one_source() -> None:
    body = (
        "أعلن متحدث باسم الشرطة في نيبال الاثنين مقتل 40 شخصا وإصابة 23 آخرين بجروح في تحطم طائرة ركاب. "
        'وقال مانوج بيوباين المتحدث باسم الشرطة: "لقد قتل 31 شخصا في المكان، وأصيب 23 شخصا".'
    )
    assert [(c["count"], c["outcome"]) for c in figs(body)] == [(40, "killed"), (23, "injured"), (31, "killed")]


def test_an_agency_that_relays_no_one_gives_the_figure() -> None:
    src = [(c["source"] or {}).get("name") for c in figs("وقتل ثلاثة أشخاص، حسب وكالة رويترز.")]
    assert src == ["وكالة رويترز"]
    # it relays a speaker: the speaker gives it
    src = [(c["source"] or {}).get("name") for c in figs("ونقلت وكالة وفا عن مصدر طبي قوله إن 7 أصيبوا.")]
    assert src == ["مصدر طبي"]
    # a lead told by an agency and the body's speaker: one figure, the speaker's
    body = (
        "قتل 19 شخصا في اشتباكات في ولاية شان، حسب وكالة فرانس برس. "
        'وأكد مصدر عسكري أن "19 شخصا قتلوا في اشتباكات".'
    )
    assert [(c["count"], (c["source"] or {}).get("name")) for c in figs(body)] == [(19, "مصدر عسكري")]


def test_a_count_risen_to_over_a_long_noun_phrase() -> None:
    body = "وبذلك، يرتفع إلى 96 عدد عناصر قوات النظام والمسلحين الموالين لها الذين قتلوا منذ بدء التصعيد."
    assert [(c["count"], c["outcome"], c["new"]) for c in figs(body)] == [(96, "killed", False)]


def test_a_campaign_s_toll_is_a_running_total() -> None:
    body = "وأدت العملية العسكرية في الغوطة الشرقية إلى مقتل أكثر من 1600 شخص."
    assert [c["new"] for c in figs(body)] == [False]
    # one raid, or a campaign only in a speaker's title: a toll of its own
    assert [c["new"] for c in figs("وقتل 3 مسلحين في العملية العسكرية التي نفذها الجيش فجر اليوم.")] == [None]
    body = 'وقال المتحدث باسم العمليات العسكرية للحركة لرويترز "قتلنا 40 جنديا في القاعدة".'
    assert [c["new"] for c in figs(body)] == [None]


def test_the_poisoned_are_injured() -> None:
    assert short("تسمم أكثر من 800 شخص بعد أكل نوع سام من الفطر البري في غرب إيران.") == [(800, "injured", "unspecified")]
    assert figs("وأدى تسمم المياه إلى نفوق 500 رأس من الماشية.") == []


def test_a_toll_only_foreseen_is_no_figure() -> None:
    assert figs('وذكر لرويترز عبر الهاتف "سيصبح عدد القتلى خمسة عندما نعثر على جثة المفقود".') == []
    assert [c["count"] for c in figs("وارتفع عدد القتلى إلى خمسة.")] == [5]


def test_a_head_count_takes_the_verb_past_its_part() -> None:
    # the whole (35) and its part (9) share the verb after the part; the part is no new toll
    body = (
        "أفاد المرصد السوري لحقوق الإنسان الأحد أن 35 مقاتلا من قوات النظام السوري والموالين له "
        "بينهم تسعة مقاتلين روس لقوا حتفهم في هجمات."
    )
    assert short(body) == [(35, "killed", "military"), (9, "killed", "military")]
    body = "قال المرصد إن 20 شخصا من سكان القرية بينهم خمسة أطفال قتلوا في الغارة."
    assert [c["count"] for c in figs(body)] == [20, 5]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("قتل شخص وأصيب آخر في انفجار.", [(1, "killed", "unspecified"), (1, "injured", "unspecified")]),
        ("أسفر الانفجار عن مقتل جندي وإصابة آخر.", [(1, "killed", "military"), (1, "injured", "military")]),
        ("فيما توفي آخر إثر إصابته باختناق.", [(1, "killed", "unspecified")]),
        ("وأصيب آخر بجروح خطيرة.", [(1, "injured", "unspecified")]),
        # آخر before a noun is "the last", أخرى after a verbal noun describes it
        ("الدولة الإسلامية التي توشك على فقدان آخر جيب لها.", []),
        ("ونقل المئات من المهاجرين المحاصرين بسبب القتال إلى مراكز احتجاز أخرى.", []),
    ],
)
def test_another_standing_alone_is_one_more_person(body: str, expected: list[tuple[int, str, str]]) -> None:
    assert short(body) == expected


def test_one_of_them_met_his_death() -> None:
    # لقي أحد المتظاهرين مصرعه: one of the protesters (not لقيت قيادات أخرى مصرعها: no size)
    assert [c["count"] for c in figs("كما لقي أحد المتظاهرين مصرعه بعد إصابته برصاص الشرطة.")] == [1]
    assert figs("لقيت قيادات حوثية أخرى مصرعها.") == []


def test_a_spokesman_speaks_for_the_body_named_before() -> None:
    # the ministry's spokesman restates the ministry's one wounded: one figure
    body = (
        "قتل فلسطيني وأصيب آخر بجروح في قصف إسرائيلي على شمال قطاع غزة الاثنين، وفقا لما أعلنته وزارة الصحة في غزة. "
        'وأعلن المتحدث باسم الوزارة أشرف القدرة في بيان "مقتل المواطن محمد الرضيع وإصابة مواطن آخر بجروح مختلفة".'
    )
    assert [(c["count"], c["outcome"]) for c in figs(body)] == [(1, "killed"), (1, "injured")]


def test_putschists_are_fighters() -> None:
    # انقلابيا: the putschists (Yemen's rebels in Yemeni army statements) are fighters
    assert short("وقالت إحصائية إن 130 انقلابياً قتلوا في المعارك.") == [(130, "killed", "military")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # على الأقل between the number and its people costs nothing
        ("ويشار إلى أن 122 على الأقل فلسطينيا قتلوا بنيران إسرائيلية.", [(122, "killed", "unspecified")]),
        # a short aside between commas stands between the people and the verb
        ("وتقول وكالات الأنباء إن نحو 300 فلسطيني، حسب الإحصاءات، قتلوا على أيدي قوات الأمن.", [(300, "killed", "unspecified")]),
        # two ages joined by و are no toll: the dual is
        ("شن الجيش غارات جوية، موقعا قتيلين في الـ15 والـ16 من عمرهما في القطاع.", [(2, "killed", "unspecified")]),
    ],
)
def test_words_between_a_count_and_its_verb(body: str, expected: list[tuple[int, str, str]]) -> None:
    assert short(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("قتل 9 مسلحين بالإضافة إلى مقاتلين اثنين.", [(9, "killed", "military"), (2, "killed", "military")]),
        ("قتل 9 مسلحين إضافة إلى جنديين.", [(9, "killed", "military"), (2, "killed", "military")]),
        (
            "وأوضح أن من بين القتلى 9 مسلحين تابعين لميليشيات موالية لإيران بالإضافة إلى مقاتلين اثنين.",
            [(9, "killed", "military"), (2, "killed", "military")],
        ),
        # a plural with no size added says nothing of how many
        ("قتل 9 مسلحين بالإضافة إلى مقاتلين من الفصائل.", [(9, "killed", "military")]),
    ],
)
def test_one_or_two_more_added(body: str, expected: list[tuple[int, str, str]]) -> None:
    assert short(body) == expected


def test_fled_takes_its_people_after_min() -> None:
    # فر (fled) counts people only: "الآلاف من سكان" names them after من
    assert short("وفر الآلاف من سكان المنطقة المحاصرة خلال الأيام الماضية.") == [(1000, "displaced", "civilian")]
    assert figs("ووفرت الحكومة الآلاف من فرص العمل.") == []


def test_treated_in_hospital_with_an_indefinite_treatment() -> None:
    # تلقوا علاجا (received treatment) as تلقوا العلاج: the injured
    assert short("قالت الشرطة إن 33 شخصا تلقوا علاجاً في المستشفى.") == [(33, "injured", "unspecified")]


def test_a_woman_and_a_man_are_two_people() -> None:
    # one death each, told apart by the sex of the noun: not one figure told twice
    body = "لقيت امرأة حتفها على قضبان القطار في بانكوك. وفي يناير الماضي، لقي رجل حتفه حينما كان يلتقط فيديو لنفسه."
    assert [c["count"] for c in figs(body)] == [1, 1]
    # the same man told twice is one figure
    assert [c["count"] for c in figs("قتل رجل في الحادث. وقالت الشرطة إن رجلا قتل في الحادث.")] == [1]
