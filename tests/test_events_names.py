"""Events, round 2: the fullest written form of a place or a person, the protesters as a people,
and nouns after "any" (أي) that name no occurrence. Sentences written for these tests."""

from marsad.pipeline import process


def events(text: str, published: str | None = None) -> list[dict]:
    return process(text, published=published).layers["events"]


def only(text: str) -> dict:
    found = events(text)
    assert len(found) == 1, [(e["type"], e["trigger"]["text"]) for e in found]
    return found[0]


def names(parties: list[dict]) -> list[str]:
    return [p["name"] for p in parties]


# -- places: the head word that names them --------------------------------------------------


def test_a_place_takes_the_head_word_before_its_name() -> None:
    ev = only("قتل ثلاثة أشخاص في قصف على قطاع غزة مساء الأحد.")
    assert names(ev["places"]) == ["قطاع غزة"]
    assert "غزة" in ev["places"][0]["names"]  # the short form stays among the names


def test_the_head_a_place_has_elsewhere_in_the_article() -> None:
    text = "وصلت شاحنات الوقود إلى قطاع غزة صباح اليوم. وتظاهر المئات في غزة ضد الحصار."
    protest = next(e for e in events(text) if e["type"] == "protest")
    assert names(protest["places"]) == ["قطاع غزة"]


def test_a_direction_elsewhere_is_no_head_of_the_place() -> None:
    text = "سقطت قذائف شمال غزة فجر اليوم. وتظاهر المئات في غزة ضد الحصار."
    protest = next(e for e in events(text) if e["type"] == "protest")
    assert names(protest["places"]) == ["غزة"]


def test_a_capital_and_its_adjective_before_the_name() -> None:
    ev = only("وقتل خمسة أشخاص في هجوم في العاصمة الصومالية مقديشو صباح الاثنين.")
    assert "العاصمة الصومالية مقديشو" in names(ev["places"])


def test_a_region_word_heads_a_name_only() -> None:
    ev = only("واندلعت اشتباكات بين عمال قطاع النفط والشرطة في مدينة البصرة.")
    assert "قطاع النفط" not in names(ev["places"])
    assert "مدينة البصرة" in names(ev["places"])


def test_an_adjective_read_as_a_country_takes_no_head() -> None:
    ev = only("واندلعت اشتباكات عنيفة في العاصمة الليبية طرابلس أمس.")
    assert "العاصمة ليبيا" not in names(ev["places"])


def test_a_definite_head_before_a_person_is_no_head() -> None:
    text = "قتل زعيم التنظيم في المدينة عبد الله الحسن في غارة جوية على درنة."
    for ev in events(text):
        assert not any(n.startswith("المدينة عبد") for n in names(ev["places"]) if n != "المدينة عبد الله الحسن")


def test_a_half_island_keeps_its_first_word() -> None:
    ev = only("شن الجيش هجوما واسعا على مواقع المسلحين في شبه جزيرة سيناء.")
    assert any(n.startswith("شبه جزيرة") for n in names(ev["places"]))


# -- persons: the title before the name ----------------------------------------------------


def test_a_person_takes_the_title_right_before_the_name() -> None:
    ev = only("واستقبل الملك سلمان بن عبد العزيز الرئيس الأمريكي في الرياض أمس.")
    assert "الملك سلمان بن عبد العزيز" in names(ev["actors"])


def test_a_title_with_its_nationality_before_the_name() -> None:
    ev = only("والتقى الرئيس الروسي فلاديمير بوتين نظيره التركي في سوتشي أمس.")
    assert any(n.endswith("فلاديمير بوتين") and n.startswith("الرئيس") for n in names(ev["actors"]))


def test_an_indefinite_word_before_a_name_is_no_title() -> None:
    ev = only("وقصفت طائرات الجيش مواقع في ملك خاص شمال المدينة أمس.")
    assert not any(n.startswith("ملك ") for n in names(ev["actors"]))


# -- protesters: the people --------------------------------------------------------------------


def test_protesters_named_by_their_nationality_are_the_people() -> None:
    ev = only("وتظاهر آلاف المصريين في ميدان التحرير أمس.")
    assert names(ev["actors"])[:2] == ["المصريين", "مصر"]


def test_a_nationality_noun_in_another_case_adds_the_people() -> None:
    ev = only("وقتل 17 فلسطينيا خلال مسيرة العودة قرب السياج الحدودي يوم الجمعة.")
    assert names(ev["actors"]) == ["فلسطينيا", "فلسطين", "الفلسطينيين"]


def test_a_nationality_plural_after_a_verb_names_people() -> None:
    ev = only("وشارك فلسطينيون في مسيرة العودة قرب السياج الحدودي يوم الجمعة.")
    assert "فلسطينيون" in names(ev["actors"])


def test_a_nationality_plural_after_a_noun_describes_it() -> None:
    ev = only("وتظاهر جنود إسرائيليون أمام مقر الحكومة.")
    assert "جنود إسرائيليون" in names(ev["actors"])
    assert "إسرائيليون" not in names(ev["actors"])


def test_only_protests_add_the_people() -> None:
    ev = only("وهاجم مسلحون فلسطينيون موقعا عسكريا قرب الحدود.")
    assert "الفلسطينيين" not in names(ev["actors"])


def test_a_madda_is_no_article() -> None:
    ev = only("وشارك آلاف العراقيين في مسيرة حاشدة وسط بغداد.")
    assert "العراقيين" in names(ev["actors"])


# -- "any" and intentions ----------------------------------------------------------------------


def test_any_before_a_noun_names_no_occurrence() -> None:
    assert events("وقال الوزير إنه لا توجد نية لعقد أي اجتماعات مع الجانب الآخر.") == []
    assert events("ونفى المسؤول وقوع أية اشتباكات في المنطقة.") == []


def test_a_particular_meeting_stays() -> None:
    assert [e["type"] for e in events("وعقد الوزيران اجتماعا في القاهرة أمس.")] == ["meeting"]


# -- who was arrested ----------------------------------------------------------------------------


def test_a_person_right_after_a_bare_arrest_verb_was_arrested() -> None:
    ev = only("واعتقل الناشط محمد علي في القاهرة أمس.")
    assert "محمد علي" not in names(ev["actors"])
    assert "محمد علي" in names(ev["targets"])  # (علي with ي is his name, no على)


def test_a_person_after_the_force_that_arrests_is_whom_it_took() -> None:
    ev = only("واعتقلت الشرطة محمد علي في القاهرة.")
    assert names(ev["actors"]) == ["الشرطة"]
    assert "محمد علي" in names(ev["targets"])


def test_supporters_of_a_person_stay_one_party() -> None:
    ev = only("وأطلق أنصار أورتيغا النار على المحتجين في مسايا.")
    assert any(n.startswith("أنصار أورتيغا") for n in names(ev["actors"]))


def test_the_nationality_of_whom_a_passive_act_took_is_no_actor() -> None:
    ev = only("وفي العام 2006، اغتيل العميل الروسي السابق ألكسندر ليتفيننكو في لندن.")
    assert "روسيا" not in names(ev["actors"])
    assert "روسيا" in names(ev["targets"])


def test_aircraft_alone_name_no_one() -> None:
    ev = only("وهاجمت طائرات بدون طيار قاعدة عسكرية قرب المدينة ليلة الجمعة.")
    assert "طائرات" not in names(ev["actors"])


def test_aircraft_with_their_owner_are_a_party() -> None:
    ev = only("وشنت طائرات التحالف غارات على مواقع في صعدة.")
    assert "طائرات التحالف" in names(ev["actors"])


def test_a_nationality_word_alone_adds_its_country() -> None:
    ev = only("وأطلق الإسرائيلي النار على شاب قرب الحاجز.")
    assert names(ev["actors"])[:2] == ["الإسرائيلي", "إسرائيل"]


def test_receiving_a_count_of_people_is_hosting() -> None:
    assert events("وبحسب أرقام رسمية، تستقبل بلدة فيليكا كلادوسا 350 مهاجرا.") == []
    assert events("واستقبلت تركيا مئات اللاجئين السوريين العام الماضي.") == []


def test_receiving_a_named_guest_is_a_meeting() -> None:
    ev = only("واستقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي في القاهرة أمس.")
    assert ev["type"] == "meeting"


def test_whom_an_act_was_done_to_is_no_actor_of_it() -> None:
    text = "وفي العام 2006، اغتيل العميل السابق ألكسندر ليتفيننكو في لندن، في اعتداء اتهمت بريطانيا موسكو بتدبيره."
    ev = only(text)
    assert "ألكسندر ليتفيننكو" in names(ev["targets"])
    assert "ألكسندر ليتفيننكو" not in names(ev["actors"])


# -- borders: the sides they part are a place ---------------------------------------------------


def test_a_border_between_two_sides_is_one_place() -> None:
    ev = only("واندلعت اشتباكات عنيفة على الحدود بين الهند وباكستان أمس.")
    assert names(ev["places"]) == ["الحدود بين الهند وباكستان"]
    assert ev["actors"] == []


def test_the_sides_of_a_fence_are_no_protesters() -> None:
    found = events("إثر تظاهرات عند السياج الفاصل بين إسرائيل والقطاع يوم الجمعة.")
    protest = next(e for e in found if e["type"] == "protest")
    assert "إسرائيل" not in names(protest["actors"])
    assert "السياج الفاصل بين إسرائيل والقطاع" in names(protest["places"])


def test_a_building_named_after_a_place_gives_it_no_head() -> None:
    text = "وتجمع الطلاب أمام جامعة القاهرة صباحا. واندلعت اشتباكات عنيفة في القاهرة مساء الأحد."
    clash = next(e for e in events(text) if e["type"] == "clash")
    assert names(clash["places"]) == ["القاهرة"]


def test_armed_after_a_head_and_its_nationality_is_part_of_the_party() -> None:
    ev = only("وأفاد شهود عيان أن فصائل فلسطينية مسلحة أطلقت عددا من القذائف على جنوب إسرائيل.")
    assert "فصائل فلسطينية مسلحة" in names(ev["actors"])


def test_a_country_takes_no_head_from_elsewhere() -> None:
    text = "وتجمع السكان في حي مصر الجديدة بالقاهرة. واندلعت اشتباكات في مصر أمس."
    clash = next(e for e in events(text) if e["type"] == "clash")
    assert "حي مصر" not in names(clash["places"])


def test_whom_a_protest_was_against_is_none_of_its_actors() -> None:
    found = process(
        "وخرجت احتجاجات واسعة ضد نظام الرئيس دانييل أورتيغا في العاصمة ماناغوا.",
        title="قتيلان في مظاهرة والرئيس أورتيغا يدعو للسلام",
    ).layers["events"]
    assert [e["type"] for e in found] == ["protest"]
    assert not any("أورتيغا" in n for n in names(found[0]["actors"]))
