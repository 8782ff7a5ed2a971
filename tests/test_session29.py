"""Session 29.

Text: a relative day with its weekday (اليوم الخميس، أمس الأربعاء) is the day the weekday names
where the two disagree by a few days; a night told by its two days (ليل الأحد الاثنين) is its first day.
Figures: an attempted killing (الشروع في قتل 30، وشرعوا في قتل 14) kills no one; a verb reaches its number
over an aside between dashes (قتل - بحسب تقارير - 10 أشخاص).
Events: the act another came after (وتأتي هذه الضربات بعد إطلاق صاروخ) is another attack; من قبل is "by", no
sequence.
Entities: a noun with its pronoun (كلمته، رسالته) after a title is no name; المنتهية ولايته stays in the title.
Statements: closing with saying (وختم الرئيس رسالته بالقول إن) reports.
Events: people named by their nationality whom an arrest or a killing took (اعتقلت الشرطة 20
فلسطينيا) are whom it was done to, not who did it, in every telling of the event (a second trigger
after them, خلال حملة مداهمات, reads them as its subject).
"""

from __future__ import annotations

from marsad.pipeline import process
from tests.events_helpers import events, names


def test_people_of_a_nation_taken_by_an_arrest_are_its_targets_not_its_actors() -> None:
    ev = [e for e in events("واعتقلت الشرطة 20 أردنيا في مدينة إربد أمس.") if e["type"] == "arrest"]
    assert len(ev) == 1
    assert names(ev[0]["actors"]) == ["الشرطة"]
    assert "أردنيا" in names(ev[0]["targets"])


def test_a_second_telling_of_the_arrest_does_not_make_them_its_actors() -> None:
    text = "واعتقلت قوات الأمن 15 عراقيا خلال حملة مداهمات في محافظة ديالى."
    ev = [e for e in events(text) if e["type"] == "arrest"]
    assert len(ev) == 1 and len(ev[0]["triggers"]) == 2
    assert not {"عراقيا", "العراق"} & set(names(ev[0]["actors"]))
    assert "عراقيا" in names(ev[0]["targets"])


def test_people_of_a_nation_who_act_stay_its_actors() -> None:
    ev = [e for e in events("وتظاهر آلاف اللبنانيين في وسط بيروت مساء السبت.") if e["type"] == "protest"]
    assert len(ev) == 1
    assert "اللبنانيين" in names(ev[0]["actors"])


def test_a_strike_that_hits_a_vehicle_is_an_attack_not_an_accident() -> None:
    # the strike (or the shell) is the verb's subject; the bus it hit is no crash
    for text in (
        "وكان الركاب عائدين إلى قريتهم عندما استهدفت الغارة حافلتهم قرب مدينة تعز، الخميس.",
        "واستهدفت القذيفة سيارة مدنية قرب سوق المدينة.",
    ):
        ev = events(text)
        assert [e["type"] for e in ev] == ["attack"], text


def test_a_vehicle_that_rams_is_still_an_accident() -> None:
    ev = events("اقتحمت شاحنة رصيف المشاة في وسط المدينة مساء الجمعة.")
    assert [e["type"] for e in ev] == ["disaster"]


def test_an_indefinite_fight_with_its_own_day_is_a_clash() -> None:
    text = (
        "وقتل أربعة مسلحين في قتال استمر من ليل الاثنين حتى فجر الثلاثاء بين الجيش "
        "وعناصر حركة الشباب في جنوب الصومال."
    )
    ev = [e for e in events(text) if e["type"] == "clash"]
    assert len(ev) == 1
    assert ev[0]["trigger"]["text"] == "قتال"
    assert ev[0]["date"] is not None


def test_fighting_spoken_of_in_general_or_as_an_aim_is_no_clash() -> None:
    assert [e for e in events("ويستمر القتال في المنطقة منذ أشهر.") if e["type"] == "clash"] == []
    text = "واعتقلت الجماعة ليل الأحد ضباطا يرفضون التوجه للقتال في صفوفها."
    assert [e for e in events(text) if e["type"] == "clash"] == []


def test_a_mass_rally_is_a_protest() -> None:
    for text in (
        "ونظم أهالي الضحايا تجمعا حاشدا أمام مبنى البرلمان في العاصمة مدريد.",
        "وشهدت العاصمة تجمعات حاشدة للمعارضة يوم الجمعة.",
    ):
        assert [e["type"] for e in events(text)] == ["protest"], text


def test_organizing_a_protest_names_no_organization() -> None:
    ev = events("وقام مئات الطلاب بتنظيم مظاهرة أمام مبنى الوزارة في عمان.")
    assert [e["type"] for e in ev] == ["protest"]
    assert "تنظيم" not in names(ev[0]["actors"])
    ev = events("وتبنى تنظيم داعش هجوما على الكنيسة.")
    assert "تنظيم داعش" in names(ev[0]["actors"])


def test_a_described_place_ends_before_a_word_of_when() -> None:
    ev = events("وكانت الحافلة متوقفة في سوق عندما ضربتها غارة جوية قرب مدينة صعدة.")
    assert ev and not any("عندما" in n for e in ev for n in names(e["places"]))


def _figures(text: str) -> list[tuple[int, str]]:
    doc = process(text, published="2018-07-30", upto="casualties")
    return [(f["count"], f["outcome"]) for f in doc.layers["casualties"]]


def test_an_attempted_killing_is_no_death() -> None:
    assert _figures("وأسفر الهجوم عن قتل 12 شخصا والشروع في قتل 30 آخرين.") == [(12, "killed")]
    assert _figures("واستهدفوا كمينا للشرطة، مما أسفر عن قتل 5، وشرعوا في قتل 9 من رجال الشرطة.") == [(5, "killed")]


def test_a_day_right_after_a_verb_of_appeal_dates_the_appeal_not_the_act() -> None:
    text = "دعت منظمة العفو الدولية الجمعة إلى تحقيق مستقل في القصف الذي استهدف سوقا في مدينة تعز."
    ev = [e for e in events(text, published="2018-08-11") if e["type"] == "attack"]
    assert len(ev) == 1
    assert ev[0]["date"] is None


def test_who_called_for_talks_is_a_party_to_them_not_their_speaker() -> None:
    text = "وأعربت الحكومة عن دعمها للمشاورات التي دعت إليها الأمم المتحدة في جنيف الشهر المقبل."
    ev = [e for e in events(text) if e["type"] == "meeting"]
    assert len(ev) == 1
    assert "الأمم المتحدة" in names(ev[0]["actors"])


def test_who_appeals_or_condemns_did_not_strike() -> None:
    for text in (
        "دعت منظمة العفو الدولية إلى تحقيق مستقل في الغارة التي استهدفت سوقا في مدينة تعز.",
        "ومنظمة العفو الدولية تدين الغارة على سوق في مدينة تعز.",
        "ودان الكرملين الضربات الجوية على مدينة حمص.",
    ):
        ev = [e for e in events(text) if e["type"] == "attack"]
        assert len(ev) == 1, text
        assert not {"منظمة العفو الدولية", "الكرملين"} & set(names(ev[0]["actors"])), text



def test_a_day_after_a_described_place_is_no_part_of_it() -> None:
    ev = events("وقتل شرطي في هجوم استهدف دورية أمنية في غرب عمان الجمعة.")
    assert [e["type"] for e in ev] == ["attack"]
    assert not any("الجمعة" in n for n in names(ev[0]["places"]))


def test_a_party_ends_before_a_relative_pronoun() -> None:
    ev = events("وقالت المصادر إن القذيفة أطلقتها إحدى الميليشيات التي تخوض اشتباكات في العاصمة.")
    assert ev
    assert not any("التي" in n for e in ev for n in names(e["actors"]))


def test_the_party_after_the_force_that_arrests_is_whom_it_took() -> None:
    ev = [e for e in events("واعتقلت قوات الأمن العراقية المسلحين في مدينة الموصل.") if e["type"] == "arrest"]
    assert len(ev) == 1
    assert "المسلحين" in names(ev[0]["targets"])
    assert not any("المسلحين" in n for n in names(ev[0]["actors"]))


def test_an_act_after_a_particle_of_condition_is_only_supposed() -> None:
    text = 'وقال الوزير إنه إذا شنت القوات الحكومية والميليشيات المتحالفة معها هجوما على المدينة "فلن نقف مكتوفي الأيدي".'
    assert [e for e in events(text) if e["type"] == "attack"] == []
    # a comma closes the condition: the act after it was done
    ev = events("وإذا لم تنسحب القوات، قصفت الطائرات مواقعها في المدينة.")
    assert [e["type"] for e in ev] == ["attack"]


def test_not_the_first_time_tells_of_no_act_in_particular() -> None:
    for text in (
        "وهذه ليست أول مرة يتم فيها شن غارات على الأسواق في مدينة تعز.",
        "وليست المرة الأولى التي تشن فيها الطائرات غارات على الأسواق في المدينة.",
    ):
        assert [e for e in events(text) if e["type"] == "attack"] == [], text
    # the first time is this time: an act told
    ev = events("وهذه المرة الأولى التي تشن فيها الطائرات غارات على المدينة منذ أشهر.")
    assert [e["type"] for e in ev] == ["attack"]


def test_who_intensifies_an_act_did_it() -> None:
    ev = [e for e in events("وقالت مصادر محلية إن تركيا كثفت القصف الجوي على البلدة السورية.") if e["type"] == "attack"]
    assert len(ev) == 1
    assert names(ev[0]["actors"])[0] == "تركيا"


def test_each_party_of_a_list_after_a_light_verb_did_it() -> None:
    text = "ونفذت كل من الولايات المتحدة وبريطانيا وفرنسا ضربة صاروخية على مواقع للنظام السوري."
    ev = [e for e in events(text) if e["type"] == "attack"]
    assert len(ev) == 1
    assert {"الولايات المتحدة", "بريطانيا", "فرنسا"} <= set(names(ev[0]["actors"]))
    assert not {"الولايات المتحدة", "بريطانيا", "فرنسا"} & set(names(ev[0]["places"]))


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    doc = process(text, published=published, upto="dates")
    return [(d["text"], d["value"]) for d in doc.layers["dates"]]


def test_a_relative_day_with_its_weekday_is_the_day_the_weekday_names() -> None:
    # written on Thursday, published on Saturday 2018-08-25: "today, Thursday" is the 23rd
    assert _dates("وقال إن غارة أخرى اليوم الخميس قتلت أربعة أطفال.", "2018-08-25") == [("اليوم الخميس", "2018-08-23")]
    # published on Friday 2018-08-24, "yesterday, Wednesday" is the 22nd
    assert _dates("ووقع الهجوم أمس الأربعاء.", "2018-08-24") == [("أمس الأربعاء", "2018-08-22")]
    # where they agree, nothing changes (2018-08-23 is a Thursday)
    assert _dates("ووقع الهجوم اليوم الخميس.", "2018-08-23") == [("اليوم الخميس", "2018-08-23")]
    assert _dates("ويصل الوزير غدا الجمعة إلى باريس.", "2018-08-23") == [("غدا الجمعة", "2018-08-24")]


def test_a_slide_is_a_disaster_only_of_earth_or_a_plane() -> None:
    text = "وكان الهجوم أحد أسوأ الهجمات منذ انزلاق البلاد إلى حرب أهلية في 2013."
    assert [e for e in events(text) if e["type"] == "disaster"] == []
    for text in ("ووقعت انزلاقات أرضية في الإقليم أمس.", "ولقي شخصان حتفهما في انزلاق طائرة ركاب على المدرج في مطار سوتشي."):
        assert [e["type"] for e in events(text)] == ["disaster"], text


def test_closing_with_saying_reports() -> None:
    st = process("وختم الرئيس رسالته بالقول إن على الطرف الآخر أن يطلب اللقاء.", published="2018-05-24").layers["statements"]
    assert len(st) == 1
    assert st[0]["speaker"]["name"] == "الرئيس"
    assert "على الطرف الآخر" in st[0]["content"]
    # a closing with no saying reports nothing
    assert process("واختتم المؤتمر أعماله أمس في الرياض.", published="2018-05-24").layers["statements"] == []


def _entities(text: str) -> list[tuple[str, str]]:
    doc = process(text, published="2018-06-18", upto="entities")
    return [(e["type"], e["name"]) for e in doc.layers["entities"]]


def test_a_noun_with_its_pronoun_after_a_title_is_no_name() -> None:
    # كلمته، رسالته: the stem ends in ت (ة), then the pronoun: no person named كلمته
    assert _entities("وألقى الرئيس كلمته أمام البرلمان.") == []
    assert ("PER", "دونالد ترامب") in _entities("وجدد الرئيس دونالد ترامب تهديداته للحكومة الإيرانية.")


def test_the_outgoing_title_keeps_its_term() -> None:
    doc = process("وقال الرئيس المنتهية ولايته خوان مانويل سانتوس إن الاتفاق صامد.", published="2018-06-18", upto="entities")
    per = [e for e in doc.layers["entities"] if e["type"] == "PER"]
    assert [e["name"] for e in per] == ["خوان مانويل سانتوس"]
    assert per[0]["roles"] == ["الرئيس المنتهية ولايته"]


def test_the_attack_an_act_came_after_is_another_one() -> None:
    body = (
        "وقصفت طائرات إسرائيلية مبنى من خمسة طوابق غرب مدينة غزة مساء الخميس. "
        "وتأتي هذه الضربات بعد إطلاق صاروخ من غزة سقط قرب بئر السبع."
    )
    att = [e for e in events(body, title="غزة.. إصابة 18 فلسطينيا في قصف إسرائيلي") if e["type"] == "attack"]
    assert [[t["text"] for t in e["triggers"]] for e in att] == [["قصف", "وقصفت", "الضربات"], ["إطلاق صاروخ"]]


def test_by_whom_is_no_sequence() -> None:
    # من قبل: by (its doers); the shooting is the attack told again, not one after it
    text = "وتعرضت القرية لهجوم من قبل مسلحين بدأوا بإطلاق النار عشوائيا على السكان."
    att = [e for e in events(text) if e["type"] == "attack"]
    assert len(att) == 1


def test_a_person_a_place_is_named_for_is_no_party() -> None:
    for text in (
        "وجرح أكثر من 20 شخصا بانفجار سيارة مفخخة بشارع جمال عبد الناصر وسط مدينة بنغازي.",
        "وقتل شخصان في هجوم على مستشفى الملك فهد في مدينة جدة.",
    ):
        ev = [e for e in events(text) if e["type"] == "attack"]
        assert len(ev) == 1, text
        assert ev[0]["actors"] == [] and not any("فهد" in n for n in names(ev[0]["targets"])), text


def test_dealing_a_strike_names_who_struck() -> None:
    text = "ووجهت كل من الولايات المتحدة وبريطانيا وفرنسا ضربة صاروخية إلى مواقع تابعة للنظام السوري."
    ev = [e for e in events(text) if e["type"] == "attack"]
    assert len(ev) == 1
    assert {"الولايات المتحدة", "بريطانيا", "فرنسا"} <= set(names(ev[0]["actors"]))
    # وجه is a root of its own: a clause after a comma that opens with it goes on with its subject
    ev = events("وخلال زيارته إلى باريس، وجه الرئيس ماكرون نداء إلى الأطراف لوقف القتال.")
    assert all("ماكرون" in " ".join(names(e["actors"])) for e in ev if e["type"] == "meeting")


def test_a_verb_reaches_its_number_over_an_aside_between_dashes() -> None:
    assert _figures("وأدت الغارات إلى أضرار في البلدة، حيث قتل - بحسب تقارير - 12 شخصا.") == [(12, "killed")]
    # a dash between two numbers is still a range, no aside
    doc = process("وقتل 5 - 10 أشخاص في القصف.", published="2018-07-30", upto="casualties")
    assert [(f["count"], f["count_max"]) for f in doc.layers["casualties"]] == [(5, 10)]


def test_a_night_told_by_its_two_days_is_its_first_day() -> None:
    # 2018-06-04 is a Monday
    assert _dates("شنت الميليشيات ليل الأحد الاثنين حملة مداهمات.", "2018-06-04") == [("ليل الأحد الاثنين", "2018-06-03")]
    assert _dates("شن الطيران ليلة الاثنين- الثلاثاء غارات.", "2018-06-05") == [("ليلة الاثنين- الثلاثاء", "2018-06-04")]
    # two days set apart by a comma are two dates
    assert len(_dates("وقع الهجوم الأحد، الاثنين وصل الوزير.", "2018-06-04")) == 2


def test_concluding_a_contract_is_an_agreement() -> None:
    ev = events("وكانت موسكو أبرمت عقدا مع دمشق لبيع منظومات دفاع جوي.")
    assert [e["type"] for e in ev] == ["agreement"]
    assert {"موسكو", "دمشق"} <= set(names(ev[0]["actors"]))


def test_the_names_joined_to_a_light_verbs_subject_did_it_too() -> None:
    ev = [e for e in events("وشنت الولايات المتحدة وبريطانيا وفرنسا ضربات على مواقع عسكرية في حمص.") if e["type"] == "attack"]
    assert len(ev) == 1
    assert names(ev[0]["actors"])[:3] == ["الولايات المتحدة", "بريطانيا", "فرنسا"]
    assert not {"بريطانيا", "فرنسا"} & set(names(ev[0]["places"]))
