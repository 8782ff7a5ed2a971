"""Patterns found in session 16, from reading Marsad's output on unseen news articles.

Each test shows the Arabic a rule handles, and the near case it leaves alone. The sentences were
written for these tests.
"""

from __future__ import annotations

from tests.claims_helpers import said, short, sources
from tests.events_helpers import events

# -- figures: cases of choking counted


def test_cases_of_choking_counted_are_injured() -> None:
    assert short("وقالت المجموعة إن أكثر من 30 حالة اختناق سجلت في البلدة.") == [(30, "injured", "unspecified")]
    assert short("وأفاد الأطباء بتسجيل 20 حالة اختناق جراء القصف.") == [(20, "injured", "unspecified")]
    # choking as the manner of a death is the death alone, and a traffic jam harms no one
    assert short("وقضى ستة أطفال اختناقا داخل سيارة مغلقة.") == [(6, "killed", "civilian")]
    assert short("وشهدت المدينة اختناقا مروريا كبيرا بعد 3 حوادث.") == []


# -- figures: one person, named with a nationality, before the verb that harmed him


def test_a_single_person_with_a_nationality_before_a_passive_verb() -> None:
    assert short("وكان شرطي أردني قتل، السبت، في هجوم استهدف حافلة.") == [(1, "killed", "military")]
    assert short("وكانت امرأة أردنية قتلت برصاص مجهولين.") == [(1, "killed", "civilian")]
    # the definite one was told before; one who killed someone is not the one killed
    assert short("وكان الشرطي الأردني قتل في الهجوم.") == []
    assert short("وكان شرطي أردني قتل زوجته.") == [(1, "killed", "civilian")]  # the wife


# -- figures: a span of time after a split of the harmed is no number of its own


def test_killed_or_injured_before_a_span_of_time() -> None:
    body = "وذكرت المنظمة أن 8050 مدنيا سقطوا بين قتيل وجريح في الأشهر التسعة الأولى من العام."
    assert short(body) == [(8050, "killed_or_injured", "civilian")]
    # each verb with its own number stays apart
    assert short("قتل 12 مدنيا وأصيب نحو 30.") == [(12, "killed", "civilian"), (30, "injured", "civilian")]


# -- statements: what is disclosed ends the speaker; to tighten is no report


def test_details_disclosed_open_the_content() -> None:
    assert said("كشفت وسائل إعلام غربية تفاصيل جديدة عن الهجوم.") == [
        ("وسائل إعلام غربية", "كشفت", "تفاصيل جديدة عن الهجوم")
    ]
    assert said("كشف مصدر أمني معلومات عن الهجوم.") == [("مصدر أمني", "كشف", "معلومات عن الهجوم")]
    # with عن first the details are in the content, and a definite المعلومات may be in a name
    assert said("وكشف مسؤول أمريكي عن تفاصيل الهجوم.") == [("مسؤول أمريكي", "وكشف", "عن تفاصيل الهجوم")]
    assert said("وقال مدير مركز المعلومات إن الوضع هادئ.") == [("مدير مركز المعلومات", "وقال", "إن الوضع هادئ")]


def test_to_tighten_measures_is_no_report() -> None:
    assert said("وشددت السلطات من إجراءاتها الأمنية.") == []
    assert said("وشددت الشرطة الحراسة حول السفارة.") == []
    # stressing is: with على, with أن
    assert said("وشدد الرئيس على ضرورة الحوار.") == [("الرئيس", "وشدد", "على ضرورة الحوار")]
    assert said("وشددت الهيئة أن الانتخابات ستجري في موعدها.") == [
        ("الهيئة", "وشددت", "أن الانتخابات ستجري في موعدها")
    ]


# -- sources: a source that keeps its name back


def test_a_source_refusing_to_be_named_gives_the_figure() -> None:
    body = (
        "قتل خمسة مدنيين في هجوم جديد في الكاميرون. "
        "وقال مصدر قريب من السلطات في الحدود الشمالية للكاميرون رفض كشف هويته إن المسلحين توغلوا، "
        'مضيفا أن "المهاجمين قتلوا خمسة أشخاص".'
    )
    assert sources(body) == ["مصدر قريب من السلطات في الحدود الشمالية للكاميرون"]


# -- events: to control a place, in the present, is a state; a title's present is the news


def test_controlling_a_place_in_the_body_is_no_event() -> None:
    body = "ويسيطر على هذه المنطقة فصيل مسلح يحمل اسم جيش خالد بن الوليد."
    assert events(body) == []
    title = "جماعة مسلحة تسيطر على بلدة قرب الحدود الأردنية"
    assert [e["type"] for e in events("وقال المرصد إن الجماعة باتت في البلدة.", title=title)] == ["attack"]
    assert [e["type"] for e in events("وسيطرت الجماعة على بلدة قرب الحدود الأردنية.")] == ["attack"]


def test_a_round_of_an_election_is_no_tour() -> None:
    assert events("وأشاد الرئيس بانطلاقة جديدة بعد فوزه في الجولة الأولى للسباق الرئاسي.") == []
    assert [e["trigger"]["text"] for e in events("وتنطلق الجولة الثانية من المحادثات في جنيف.")] == ["المحادثات"]
    # a tour, and one's first tour
    assert [e["type"] for e in events("بدأت الوزيرة جولة في المنطقة تشمل مصر والأردن.")] == ["meeting"]
    # (a place named: the minister alone, a title with no name, is no party the stage keeps)
    assert [e["type"] for e in events("واختتم الوزير جولته الأولى في أوروبا.")] == ["meeting"]


def test_a_present_verb_form_after_a_preposition_is_a_noun() -> None:
    body = "وتجددت الاشتباكات بين القوات والمسلحين شرقي المدينة، بعد أيام من توقفها."
    assert [e["type"] for e in events(body)] == ["clash"]  # توقفها: their halting, no arrest
    assert [e["type"] for e in events("وقالت الشرطة إنها توقف المشتبه بهم.")] == ["arrest"]


def test_a_meeting_struck_a_few_words_after_the_strike_is_its_target() -> None:
    body = "وقال المركز إن طائرات عراقية نفذت ضربة جوية استهدفت خلالها اجتماعا لقيادات التنظيم."
    assert [e["type"] for e in events(body)] == ["attack"]
    body = "وعقد وزير الخارجية اجتماعا مع نظيره الروسي بعد يوم من قصف استهدف مدينة حلب."
    assert sorted(e["type"] for e in events(body)) == ["attack", "meeting"]


# -- entities: the head of a body after a person's name is no family name


def test_a_body_after_a_name_is_not_its_family_name() -> None:
    from marsad.pipeline import process

    doc = process("في حين طالب الرئيس التركي رجب طيب أردوغان القنصلية السعودية بإثبات خروج الصحفي.")
    assert ("رجب طيب أردوغان", "PER") in [(e["name"], e["type"]) for e in doc.layers["entities"]]
    assert said("وطالب الرئيس التركي رجب طيب أردوغان القنصلية السعودية بإثبات خروج الصحفي.")[0][0] == (
        "الرئيس التركي رجب طيب أردوغان"
    )
    # a family name with the article stays on the name
    doc = process("وقال الرئيس السوري بشار الأسد إن الحرب انتهت.")
    assert [(e["name"], e["type"]) for e in doc.layers["entities"]] == [("بشار الأسد", "PER")]


# -- figures: people evacuated are displaced


def test_people_evacuated_are_displaced() -> None:
    assert short("وأجلت السلطات 300 شخص كإجراء احترازي من موقع للتخييم.") == [(300, "displaced", "unspecified")]
    assert short("وأدى الحريق إلى إجلاء 3271 شخصا من منازلهم.") == [(3271, "displaced", "unspecified")]
    assert short("واستهدف الهجوم البلدة وأدى إلى إجلاء العشرات من سكانها.") == [(10, "displaced", "civilian")]
    # the rescued are not harmed, and the wounded moved are counted as wounded, not as displaced
    assert short("وتم إنقاذ نحو 40 ألف شخص من الغرق.") == []
    assert [o for _, o, _ in short("وتم إجلاء 20 جريحا إلى مستشفيات تركيا.")] != ["displaced"]


def test_still_between_the_harmed_and_their_verb_costs_nothing() -> None:
    body = 'وأفاد الوزير أن "14 صحافيا في اليمن لا يزالون يقبعون في سجون الميليشيات".'
    assert short(body) == [(14, "captured", "civilian")]
    assert short("وقال إن 20 شخصا في المدينة لا يزالون مفقودين.") == [(20, "missing", "unspecified")]


# -- sources: a part "among the dead" is of the last toll of its harm, and keeps its source


def test_a_part_among_the_harmed_takes_the_source_of_the_toll_of_its_harm() -> None:
    body = (
        "وحسب آخر إحصاء لوزارة الصحة في غزة، فإن عدد القتلى بلغ 168 قتيلا و18006 مصابين. "
        "ومن بين القتلى 27 طفلا، ومن بين مجمل الإصابات 3540 طفلا."
    )
    assert sources(body) == ["وزارة الصحة في غزة"] * 4
    assert [c for c, _, _ in short(body)] == [168, 18006, 27, 3540]
    # a part told in its own voice two sentences later is the outlet's
    body = "وقالت الوزارة إن 168 شخصا قتلوا. وتستمر المظاهرات منذ أسابيع. ومن بين القتلى 27 طفلا."
    assert sources(body) == ["الوزارة", None]


# -- statements: a long titled subject before عن; رجل heads a speaker; عن طريق is no complement


def test_a_titled_subject_may_run_long_before_an_ann() -> None:
    body = "وعبر المرجع الشيعي الأعلى في العراق آية الله علي السيستاني عن تضامنه مع المحتجين."
    assert said(body) == [
        ("المرجع الشيعي الأعلى في العراق آية الله علي السيستاني", "وعبر", "عن تضامنه مع المحتجين")
    ]
    assert said("وعبر الوزير عن قلقه.") == [("الوزير", "وعبر", "عن قلقه")]
    # "via" officials, and "by way of": no report
    assert said("ونقلت الصور عبر المسؤولين الحكوميين في المنطقة الحدودية عن طريق البريد.") == []
    assert said("وأرسلت الرسالة عبر الرئيس الفرنسي إلى نظيره عن طريق السفارة.") == []


def test_a_man_of_a_calling_heads_a_speaker() -> None:
    assert said("واتهم رجل الأعمال الحكومة بالفساد.") == [("رجل الأعمال", "واتهم", "الحكومة بالفساد")]


# -- events: a described party ends before the object it hit; a border's nationality is a place


def test_a_described_party_ends_before_the_positions_it_hit() -> None:
    (e,) = events("وقصفت مقاتلات التحالف مواقع للحوثيين في صعدة.")
    actors = [a["name"] for a in e["actors"]]
    assert "مقاتلات التحالف" in actors and not any("مواقع" in a for a in actors)
    (e,) = events("شنت طائرات تحالف دعم الشرعية غارات على مواقع في الحديدة.")
    assert [a["name"] for a in e["actors"]][:1] == ["طائرات تحالف دعم الشرعية"]


def test_the_nationality_of_a_border_names_no_actor() -> None:
    (e,) = events("وقتل جنديان في هجوم على الحدود الأردنية.")
    assert e["actors"] == []


def test_an_age_after_a_name_is_no_part_of_it() -> None:
    from marsad.pipeline import process

    doc = process("يقول ناصر البالغ من العمر 39 عاما، عن نفسه إنه مواطن عادي.")
    assert [e["name"] for e in doc.layers["entities"]] == ["ناصر"]
    assert said("وقال ناصر الزفزافي البالغ من العمر 39 عاما إنه مواطن عادي.") == [
        ("ناصر الزفزافي", "وقال", "إنه مواطن عادي")
    ]
    assert said("وقال الرجل البالغ 40 عاما إن الشرطة اعتقلته.")[0][0] == "الرجل"


def test_a_date_after_until_is_not_the_acts_day() -> None:
    body = "اعتقلت في 13 من يوليو/تموز واحتجزت في السجن لحين جلسة الاستماع في 18 يوليو/تموز."
    assert [(e["type"], e["date"]) for e in events(body, published="2018-09-03")] == [("arrest", "2018-07-13")]


def test_repeated_acts_and_a_price_are_no_occurrence() -> None:
    assert events("ومنذ بدء النزاع في سوريا في 2011، قصفت إسرائيل مرارا أهدافا عسكرية للجيش السوري.") == []
    assert events("وباتت عمليات الخطف لقاء فدية وسرقة الماشية شائعة في المناطق الريفية.") == []
    assert [e["type"] for e in events("وعقد الوزير لقاء مع نظيره الفرنسي في باريس.")] == ["meeting"]


def test_where_they_came_back_from_is_not_where_it_happened() -> None:
    body = (
        "اعتقلت السلطات الهولندية شخصين لدى عودتهما من إسطنبول. "
        'وقالت النيابة العامة في بيان إن المواطنين "اعتقلا لدى وصولهما إلى مطار شيبهول".'
    )
    evs = events(body)
    assert [e["type"] for e in evs] == ["arrest"]
    assert "إسطنبول" not in [p["name"] for p in evs[0]["places"]]


def test_fire_set_to_tires_is_no_attack() -> None:
    assert events("وسد المحتجون الطرق وأشعلوا النيران في إطارات السيارات في أرجاء المحافظة.") == []
    assert [e["type"] for e in events("وأشعل مسلحون النيران في مبنى البلدية.")] == ["attack"]
