"""Events, round 3: the same day told again, two days joined by و, days inside a span, victims of
an act are not its doers, an armed attack names no armed man, a verbal noun's subject between it
and its object, what was fired is no part of who fired it (marsad.events).

Each rule is shown with a sentence written for these tests (none is copied from a data set).
"""

from __future__ import annotations

from marsad.pipeline import process


def events(body: str, title: str | None = None, published: str = "2021-03-10") -> list[dict]:
    return process(body, title=title, published=published).layers["events"]


def names(parties: list[dict]) -> list[str]:
    return [p["name"] for p in parties]


def of_type(evs: list[dict], typ: str) -> list[dict]:
    return [e for e in evs if e["type"] == typ]


# -- dates ---------------------------------------------------------------------------------------


def test_same_day_of_another_year_is_not_today() -> None:
    evs = events(
        "في 12 مايو من عام 1940 عبرت القوات الألمانية نهر الميز، وبنفس اليوم من عام 2008 قتل مسلحون "
        "عشرين شخصا في هجوم على سوق في مدينة كركوك.",
        published="2021-05-12",
    )
    (attack,) = [e for e in of_type(evs, "attack") if "هجوم" in e["trigger"]["text"]]
    assert attack["date"] == "2008-05-12"


def test_same_day_told_later_is_the_day_named_before() -> None:
    evs = events(
        "قتل جندي في هجوم على حاجز يوم الثلاثاء في مدينة قندهار. وفي مساء اليوم نفسه تحطمت طائرة "
        "شحن قرب مطار المدينة.",
        published="2021-03-11",
    )
    (crash,) = of_type(evs, "disaster")
    assert crash["date"] == "2021-03-09"


def test_today_alone_is_still_the_publication_day() -> None:
    (ev,) = events("وقتل ثلاثة أشخاص اليوم في انفجار سيارة مفخخة في سوق مدينة الموصل.", published="2021-03-11")
    assert ev["date"] == "2021-03-11"


def test_today_in_a_telling_dated_the_day_before_is_that_day() -> None:
    evs = events(
        "أعلنت وزارة الصحة، الجمعة، مقتل شابين إثر إطلاق قوات الاحتلال النار عليهما في مظاهرات "
        "انطلقت بعد ظهر اليوم قرب مدينة نابلس.",
        published="2021-03-13",
    )
    assert {e["date"] for e in evs} == {"2021-03-12"}


def test_a_night_between_two_days_is_its_first() -> None:
    (ev,) = events(
        "وليل 7-8 شباط/فبراير، هاجمت طائرات مسيرة مطار المدينة الدولي دون أن تسفر عن ضحايا.",
        published="2021-03-10",
    )
    assert ev["date"] == "2021-02-07"


def test_two_days_joined_by_and_date_the_act_to_the_first() -> None:
    evs = events(
        "وقتل أكثر من 30 متظاهرا يومي الأحد والاثنين الماضيين خلال قمع قوات الأمن الاحتجاجات في الخرطوم.",
        published="2021-03-10",
    )
    (protest,) = of_type(evs, "protest")
    assert protest["date"] == "2021-03-07"


# -- who did it ----------------------------------------------------------------------------------


def test_the_killed_before_in_an_attack_are_its_victims() -> None:
    evs = events("وقالت الوزارة إن ستة من أفراد قوات الحرس الوطني قتلوا في هجوم على نقطة تفتيش شمال البلاد.")
    (attack,) = of_type(evs, "attack")
    assert not any("الحرس الوطني" in n for n in names(attack["actors"]))


def test_the_wounded_before_a_strike_are_its_victims_not_who_struck() -> None:
    evs = events("وأكد الجيش أن أربعة من عناصر قوات الأمن أصيبوا جراء غارة جوية على قاعدة قرب الحدود.")
    (attack,) = of_type(evs, "attack")
    assert not any("قوات الأمن" in n for n in names(attack["actors"]))
    assert any("قوات الأمن" in n for n in names(attack["targets"]))


def test_a_charge_of_killing_keeps_its_subject_as_the_doer() -> None:
    evs = events("ودان محلفون الأسبوع الماضي أحمد حسن بتهمة الشروع في القتل في هجوم على محطة قطارات في مدينة ليدز.")
    (attack,) = of_type(evs, "attack")
    assert "أحمد حسن" in names(attack["actors"])


def test_the_dead_named_after_a_death_word_are_victims_and_the_teller_no_actor() -> None:
    evs = events("أعلنت وزارة الصحة مقتل شابين اثنين إثر إطلاق قوات الاحتلال النار عليهما شرق مدينة نابلس.")
    (attack,) = of_type(evs, "attack")
    got = names(attack["actors"])
    assert "قوات الاحتلال" in got
    assert "وزارة الصحة" not in got


def test_an_armed_attack_names_no_armed_man() -> None:
    (ev,) = events("قتل ثلاثة جنود في هجوم مسلح على حاجز عسكري في ولاية بورنو.")
    assert "مسلح" not in names(ev["actors"])


def test_an_armed_man_who_did_it_stays() -> None:
    (ev,) = events("قتل ثلاثة جنود في هجوم شنه مسلح على حاجز عسكري في ولاية بورنو.")
    assert "مسلح" in names(ev["actors"])


def test_what_is_joined_to_the_bullets_is_another_weapon() -> None:
    evs = events("وأصيب نحو ألف متظاهر بالرصاص والغاز المسيل للدموع في ساحة التحرير ببغداد.")
    for ev in of_type(evs, "attack"):
        assert not any("الغاز" in n for n in names(ev["actors"]))


def test_shooting_told_with_its_subject_between_is_an_attack() -> None:
    evs = events("وقتل شاب إثر إطلاق قوات الأمن النار على المحتجين في مدينة البصرة.")
    attacks = of_type(evs, "attack")
    assert attacks
    assert any("قوات الأمن" in names(a["actors"]) for a in attacks)


def test_what_was_fired_is_no_part_of_who_fired() -> None:
    (ev,) = events("وأطلقت قوات الأمن النار على المحتجين قرب مبنى البرلمان في بيروت.")
    assert "قوات الأمن" in names(ev["actors"])
    assert not any(n.endswith("النار") for n in names(ev["actors"]))


def test_a_project_between_launch_and_its_object_is_no_shooting() -> None:
    evs = events("أعلنت الحكومة إطلاق مشروع لتطوير الصواريخ في مدينة أصفهان.")
    assert not of_type(evs, "attack")


# -- what is no event, or one -----------------------------------------------------------------------


def test_a_protest_voiced_is_no_demonstration() -> None:
    evs = events("وعبرت منظمة العفو الدولية عن احتجاجها على ترحيل عشرات اللاجئين إلى بلادهم.")
    assert not of_type(evs, "protest")


def test_a_protest_lodged_is_no_demonstration() -> None:
    evs = events("وقدمت الخارجية احتجاجا رسميا لدى سفير البلد الجار على القرار.")
    assert not of_type(evs, "protest")


def test_a_demonstration_stays() -> None:
    evs = events("وشارك الآلاف في مظاهرة حاشدة أمام مبنى البرلمان في العاصمة الأردنية عمان.")
    assert len(of_type(evs, "protest")) == 1


def test_a_car_bomb_that_went_off_is_one_attack() -> None:
    evs = events("وانفجرت سيارة مفخخة قرب مبنى البلدية في مدينة الباب، ما أدى إلى مقتل خمسة أشخاص.")
    assert [e["type"] for e in evs] == ["attack"]


def test_a_car_that_ran_into_people_is_still_an_accident() -> None:
    evs = events("اقتحمت سيارة رصيف المشاة في وسط مدينة ملبورن وأصيب عدد من المارة.")
    assert [e["type"] for e in evs] == ["disaster"]
