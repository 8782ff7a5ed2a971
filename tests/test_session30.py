"""Session 30.

Events: an act with a month or year written beside it (وفي آذار/مارس 2016، قتل 90 شخصا في غارة
استهدفت …) is another occurrence than the act of the day, though another trigger (استهدفت) shares its
clause; a month or year written right after a trigger (إثر حادث سقوط طائرة في سيناء عام 2015) dates
the act, not the day of the clause's other verb (استقبل المطار، الخميس).
Events, parties: a weapon joined by و after a nationality adjective (بالرصاص الإسرائيلي والغاز) is no part
of the party; the place name a verb of witnessing has as subject (وتشهد بنغازي اشتباكات) is where it
happened; a country between a verbal noun and its object with لـ (قصف روسيا لمواقع المعارضة) did it.
Figures: one person told by a verb and its noun (إن مدنيا لقي مصرعه) is one figure, not two; "ما يقدر بـ" before a number is an
approximation in the writer's voice, no one's report (وقتل ما يقدر بنحو 300 ألف شخص); a word that
is also a verb of saying, with لـ after it and no report made (انتحاري تابع لتنظيم داعش), names no source; a verb
that needs its object (أصاب) counts "another" as one (قتل المسلح رجلا وأصاب آخر).
Events, triggers: a launcher (منصات إطلاق صواريخ) is no launch; a word of taking ground inside a group's
name (جبهة تحرير سوريا، الجبهة الوطنية للتحرير) is no act; a meeting an attack hit (ضربة جوية لاجتماع
لقادة الحزب) is no meeting, and whose it was are the attack's targets; a car after a verb whose doers
are its subject (مهاجمين فجروا سيارة) is what they blew up, no accident.
Events, dates: a day written without its year takes the year of a later day of a later month in its
clause (في 20 حزيران/يونيو … في 3 تموز/يوليو 2013); where a day before the verb of reporting is the
report's (والاثنين، أعلنت الوكالة), a day after the death it reports is the act's (استشهاد القائد ظهر
الخميس 19 نيسان).
Statements: the passive written with ى (تلميذة تدعى جوليا، شركة تدعى فاغنر: is named) reports nothing;
تدعي with ي (وتدعي روسيا أنه) still does; a noun written with the accusative's tanween (أصدروا تقريراً)
is an object, never the speaker a later pronoun cue refers to; a relative clause whose verb carries
the relative's pronoun and names its own subject (الذي تعتبره تركيا منظمة إرهابية) reports that subject's
view, up to the comma that closes the clause.
Text, dates: "the past night" (الليلة الماضية، الليلة قبل الماضية) is the day before the publication day
(two days before); an act told with it is one of its own, not the act of the publication day.
"""

from __future__ import annotations

from marsad.pipeline import process
from tests.events_helpers import events, names, only


def test_a_strike_of_an_earlier_year_beside_its_trigger_is_an_event_of_its_own() -> None:
    text = (
        "قتل 12 شخصا على الأقل مساء السبت في غارة جوية على سوق شعبي في مدينة صعدة. "
        "وفي آذار/مارس 2016، قتل 90 شخصا في غارة استهدفت سوقا مكتظة."
    )
    ev = [e for e in events(text, published="2018-06-10") if e["type"] == "attack"]
    assert len(ev) == 2
    assert ev[0]["date"] == "2018-06-09"
    assert ev[1]["date"] is None


def test_a_later_telling_of_the_strike_of_the_day_still_joins_it() -> None:
    text = (
        "قتل 12 شخصا على الأقل مساء السبت في غارة جوية على سوق شعبي في مدينة صعدة. "
        "وقال مسؤول محلي إن الغارة التي استهدفت السوق أصابت 30 آخرين."
    )
    ev = [e for e in events(text, published="2018-06-10") if e["type"] == "attack"]
    assert len(ev) == 1


def test_a_year_right_after_the_trigger_dates_the_act_not_the_day_of_the_clause() -> None:
    # Thursday is the flight's day; the crash that stopped the flights was in 2015
    text = (
        "استقبل مطار شرم الشيخ، الخميس، أول رحلة قادمة من لندن، بعد توقف طويل "
        "إثر حادث تحطم طائرة بريطانية في سيناء عام 2015."
    )
    ev = [e for e in events(text, published="2018-04-13") if e["type"] == "disaster"]
    assert len(ev) == 1
    assert ev[0]["date"] != "2018-04-12"


def test_the_day_of_the_clause_still_dates_an_act_with_no_year_after_it() -> None:
    text = "استقبل مطار شرم الشيخ، الخميس، طائرة أصيب ركابها إثر حادث تصادم على المدرج."
    ev = [e for e in events(text, published="2018-04-13") if e["type"] == "disaster"]
    assert len(ev) == 1
    assert ev[0]["date"] == "2018-04-12"


def test_a_weapon_joined_after_a_nationality_adjective_is_no_part_of_the_party() -> None:
    text = "وأصيب 40 متظاهرا بالرصاص الإسرائيلي والغاز المسيل للدموع قرب السياج."
    ev = [e for e in events(text) if e["type"] == "attack"]
    assert len(ev) == 1
    assert not any("الغاز" in n for n in names(ev[0]["actors"]))
    assert "إسرائيل" in names(ev[0]["actors"])


def test_two_nationality_adjectives_joined_by_and_stay_one_party() -> None:
    ev = only("واعتقلت القوات العراقية والكردية عشرات المسلحين.")
    assert "القوات العراقية والكردية" in names(ev["actors"])


def test_the_place_that_witnessed_an_event_is_its_place_not_its_actor() -> None:
    for text, place in (
        ("وتشهد بنغازي اشتباكات عنيفة منذ أيام.", "بنغازي"),
        ("وشهدت إسطنبول مظاهرات حاشدة مساء الجمعة.", "إسطنبول"),
    ):
        ev = only(text)
        assert place in names(ev["places"]), text
        assert place not in names(ev["actors"]), text


def test_a_country_between_a_verbal_noun_and_its_object_with_lam_did_it() -> None:
    ev = only("وتحدثت تقارير عن قصف روسيا لمواقع المعارضة في ريف إدلب.")
    assert "روسيا" in names(ev["actors"])
    assert "روسيا" not in names(ev["places"])


def test_a_name_after_a_noun_trigger_with_no_object_after_it_stays_a_place() -> None:
    ev = only("وقتل ثلاثة في هجوم باريس للمرة الثانية هذا العام.")
    assert "باريس" in names(ev["places"])
    assert "باريس" not in names(ev["actors"])


def _figures(text: str) -> list[tuple[int, str]]:
    return [(f["count"], f["outcome"]) for f in process(text, published="2018-05-01").layers["casualties"]]


def test_one_person_who_met_his_death_is_one_figure() -> None:
    assert _figures("وقال مسؤول محلي إن مدنيا لقي مصرعه وجرح شرطي في الانفجار.") == [(1, "killed"), (1, "injured")]


def test_two_people_each_told_once_stay_two_figures() -> None:
    assert _figures("لقي مدني مصرعه ولقي شرطي حتفه في الانفجار.") == [(1, "killed"), (1, "killed")]


def test_a_verb_of_wounding_counts_another_as_one_more() -> None:
    assert _figures("قتل المسلح رجلا وأصاب آخر قرب المحطة.") == [(1, "killed"), (1, "injured")]
    assert (1, "injured") in _figures("أطلق المهاجم الرصاص على سائق شاحنة وأصاب آخر قبل أن يفر.")


def test_another_that_is_no_person_is_no_figure() -> None:
    assert _figures("وأصابت القذيفة آخر مبنى في الحي.") == []


def test_a_launcher_is_no_launch() -> None:
    assert events("ونقلت الميليشيا منصات إطلاق صواريخ إلى منطقة جبلية.") == []


def test_a_launch_of_missiles_is_still_an_attack() -> None:
    assert [e["type"] for e in events("وأطلقت الميليشيا صواريخ من منصة قرب الحدود.")] == ["attack"]


def test_liberation_in_a_group_name_is_no_taking_of_ground() -> None:
    for text in (
        "وأعلنت جبهة تحرير سوريا اندماجها مع فصائل أخرى.",
        "وقالت الجبهة الوطنية للتحرير إن مقاتليها مستعدون.",
    ):
        assert events(text) == [], text


def test_a_group_that_takes_a_city_still_acts() -> None:
    ev = only("وأعلنت الجبهة تحرير مدينة الباب من المسلحين.")
    assert ev["type"] == "attack"


def test_a_meeting_an_air_strike_hit_is_no_meeting() -> None:
    ev = events("وقال الجيش إن طائراته وجهت ضربة جوية لاجتماع لقادة الحزب في الجبال.")
    assert [e["type"] for e in ev] == ["attack"]
    assert "قادة الحزب" in names(ev[0]["targets"])


def test_a_meeting_held_after_an_attack_stays_a_meeting() -> None:
    ev = events("وبعد الهجوم عقد وزراء الداخلية اجتماعا طارئا في العاصمة.")
    assert "meeting" in [e["type"] for e in ev]


def test_a_day_without_its_year_takes_the_year_of_a_later_day_in_its_clause() -> None:
    text = (
        "وكان قد دعم التظاهرات الحاشدة في 20 حزيران/يونيو المطالبة بتنحي الرئيس، "
        "الذي أطاحه الجيش في 3 تموز/يوليو 2013."
    )
    ev = [e for e in events(text, published="2018-02-15") if e["type"] == "protest"]
    assert [e["date"] for e in ev] == ["2013-06-20"]


def test_a_later_day_of_an_earlier_month_gives_no_year() -> None:
    text = "وقتل ثلاثة في هجوم في 20 ديسمبر قبل الاتفاق الذي وقع في 3 يناير 2017."
    ev = [e for e in events(text, published="2018-05-01") if e["type"] == "attack"]
    assert [e["date"] for e in ev] == ["2017-12-20"]


def test_the_day_after_a_reported_death_is_the_act_s_when_the_report_has_its_own() -> None:
    text = (
        "والاثنين، أعلنت الوكالة في بيان استشهاد القائد ظهر الخميس 19 نيسان/أبريل "
        "في غارة جوية على محافظة الحديدة."
    )
    ev = only(text, published="2018-04-25")
    assert ev["date"] == "2018-04-19"


def test_a_day_right_after_the_verb_of_reporting_is_still_the_report_s() -> None:
    ev = only("أعلنت الشرطة، السبت، اعتقال ثلاثة أشخاص في المدينة.", published="2018-05-01")
    assert ev["date"] is None


def _cues(text: str) -> list[str]:
    return [st["cue"] for st in process(text, published="2018-05-01").layers["statements"]]


def test_the_passive_is_named_reports_nothing() -> None:
    assert "تدعى" not in _cues('وطلبت منه تلميذة تدعى ليلى حسن "اتخاذ القرارات الجيدة".')
    assert _cues("وقال مصدر إن شركة أمنية تدعى النجم الأزرق نقلت المقاتلين.") == ["وقال"]


def test_claims_written_with_ya_still_report() -> None:
    assert "وتدعي" in _cues('وتدعي موسكو أنه "مدبر" الهجوم.')


def _speakers(text: str) -> list[str | None]:
    return [(st.get("speaker") or {}).get("name") for st in process(text, published="2018-05-01").layers["statements"]]


def test_a_report_written_with_tanween_is_no_speaker() -> None:
    text = "ويتابع القضية محامون أصدروا تقريراً مفصلاً، حيث أكدوا أن الإجراءات لم تتبع."
    assert not any(sp and "تقرير" in sp for sp in _speakers(text))


def test_a_named_subject_after_the_verb_still_speaks() -> None:
    assert _speakers("وأصدرت الوزارة بيانا قالت فيه إن الوضع مستقر.") == ["الوزارة"]


def test_a_relative_clause_with_its_own_subject_reports_its_view() -> None:
    text = (
        "ويقاتل الحزب، الذي تعتبره تركيا والاتحاد الأوروبي منظمة إرهابية، "
        "منذ ثلاثة عقود في جنوب شرق البلاد."
    )
    st = [x for x in process(text, published="2018-05-01").layers["statements"] if x["cue"] == "تعتبره"]
    assert len(st) == 1
    assert "تركيا" in st[0]["speaker"]["name"]
    assert st[0]["content"] == "منظمة إرهابية"


def test_a_relative_clause_about_the_antecedent_with_no_subject_is_no_report() -> None:
    assert _cues("وقرأ الكتاب الذي يعتبره محاولة لفهم التاريخ.") == []


def _figure_rows(text: str) -> list[tuple[int, str, str | None]]:
    doc = process(text, published="2018-05-01")
    return [(f["count"], f["qualifier"], (f.get("source") or {}).get("name")) for f in doc.layers["casualties"]]


def test_what_is_estimated_at_is_an_approximation_with_no_source() -> None:
    assert _figure_rows("وخلفت الحرب الأهلية دمارا واسعا وقتلت ما يقدر بـ200 ألف شخص.") == [(200000, "approximate", None)]
    assert _figure_rows("وكان الإعصار قد ضرب الجزيرة عام 2010 وقتل ما يقدر بنحو 300 شخص.") == [(300, "approximate", None)]


def test_a_body_that_estimates_still_is_the_source() -> None:
    assert _figure_rows("وتقدر المنظمة عدد النازحين بـ300 ألف شخص.") == [(300000, "exact", "المنظمة")]


def test_affiliated_with_names_no_source() -> None:
    text = "وهاجم انتحاري تابع لتنظيم داعش، الأحد، مركزا انتخابيا في المدينة، مما أسفر عن مقتل 40 شخصا."
    assert _figure_rows(text) == [(40, "exact", None)]


def test_a_speaker_who_told_an_agency_is_still_the_source() -> None:
    assert _figure_rows("وقال مسؤول محلي لرويترز إن 18 شخصا قتلوا في الانفجار.") == [(18, "exact", "مسؤول محلي")]


def test_a_car_the_attackers_blew_up_is_no_accident() -> None:
    ev = events("وأفاد شهود بأن مسلحين فجروا سيارة قرب موقع عسكري في المدينة.")
    assert [e["type"] for e in ev] == ["attack"]


def test_a_car_that_rams_pedestrians_is_still_an_accident() -> None:
    assert [e["type"] for e in events("واقتحمت سيارة رصيف المشاة في وسط المدينة.")] == ["disaster"]


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    return [(d["text"], d["value"]) for d in process(text, published=published).layers["dates"]]


def test_last_night_is_the_day_before() -> None:
    assert _dates("قصفت الطائرات موقعين في ساعة متأخرة الليلة الماضية.", "2018-05-27") == [
        ("الليلة الماضية", "2018-05-26")
    ]
    assert _dates("وقعت الاشتباكات الليلة قبل الماضية.", "2018-05-27") == [("الليلة قبل الماضية", "2018-05-25")]


def test_tonight_alone_is_no_date() -> None:
    assert _dates("ويعقد المجلس اجتماعه الليلة.", "2018-05-27") == []


def test_a_strike_of_last_night_is_not_the_strike_of_the_day() -> None:
    text = (
        "قتل فلسطينيان في قصف إسرائيلي، صباح الأحد، على مواقع قرب رفح. "
        "وكان الطيران الحربي قد قصف موقعين غرب المدينة الليلة الماضية دون وقوع إصابات."
    )
    ev = [e for e in events(text, published="2018-05-27") if e["type"] == "attack"]
    assert [e["date"] for e in ev] == ["2018-05-27", "2018-05-26"]
