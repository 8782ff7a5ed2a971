"""Session 27.

Events: the people counted with من after an arrest or a killing (القبض على 5 من المسلحين) are whom
it took; what a reporting verb says of the act's object (اعتقلت الشرطة رجلا قالت إنه مؤيد لتنظيم
داعش) takes no part in the act; a sentence that opens with كما and a verb, or with من جانب آخر or
وفي حادث آخر, tells another act; a name that owns what was hit (مواقع الحوثيين) is a target; an
adjective of a side after a place (ريف درعا الشرقي، المنطقة الحدودية) is part of its name; an act
told as N days before the sentence (يأتي ذلك بعد يوم من) is dated from the sentence's day; an
indefinite word after a definite party head (اعتقال الشرطة أحد المطلوبين) is its object; a battle one
side launches (أطلقت القوات معركة، يشن الجيش معارك ضد التنظيم) is an attack, not a clash; two
bombers or attackers (مفجران انتحاريان، مهاجمان) are a described party; a protest whose sentences
name no one is by the protesters the article names elsewhere; a party counted with من after a word
of harm before an arrest (قتلى وجرحى من المسلحين وأسر اثنين) lost people, it did not take them; a
noun with "his" after في (في ارتكابه) is no place name the tagger missed; a place that hosts a
meeting (الخرطوم تستضيف لقاء، القمة التي استضافتها كندا) is where it is, and a country a party too."""

from __future__ import annotations

from tests.events_helpers import events, names


def test_people_counted_with_min_after_an_arrest_are_whom_it_took() -> None:
    ev = [e for e in events("وقال المتحدث إن الشرطة ألقت القبض على 5 من المسلحين قرب الحدود.") if e["type"] == "arrest"]
    assert len(ev) == 1
    assert "المسلحين" not in names(ev[0]["actors"])
    assert "المسلحين" in names(ev[0]["targets"])
    assert "الشرطة" in names(ev[0]["actors"])
    ev = [e for e in events("وتمكنت القوات من إلقاء القبض على عدد كبير من المهربين.") if e["type"] == "arrest"]
    assert "المهربين" not in names(ev[0]["actors"])
    assert "المهربين" in names(ev[0]["targets"])


def test_what_a_reporting_verb_says_of_the_object_takes_no_part_in_the_act() -> None:
    ev = [e for e in events("واعتقلت الشرطة الأربعاء رجلا قالت إنه مؤيد لتنظيم داعش وكان يخطط لهجوم.") if e["type"] == "arrest"]
    assert len(ev) == 1
    assert "داعش" not in names(ev[0]["actors"])
    assert "الشرطة" in names(ev[0]["actors"])
    # without a verb of reporting between, the name after the arrest word is still read
    ev = [e for e in events("واعتقلت قوات الأمن التركية ثلاثة أشخاص في إسطنبول.") if e["type"] == "arrest"]
    assert "إسطنبول" in names(ev[0]["places"])


def test_a_name_that_owns_what_was_hit_is_a_target() -> None:
    ev = [e for e in events("وقصفت المدفعية التركية مواقع حزب العمال الكردستاني في شمال العراق.") if e["type"] == "attack"]
    assert len(ev) == 1
    assert "حزب العمال الكردستاني" not in names(ev[0]["actors"])
    assert "حزب العمال الكردستاني" in names(ev[0]["targets"])


def test_an_adjective_of_a_side_after_a_place_is_part_of_its_name() -> None:
    ev = events("وقال المرصد إن غارات جوية استهدفت بلدات في ريف حماة الشمالي.")
    assert "ريف حماة الشمالي" in names(ev[0]["places"])
    ev = events("وشهدت المنطقة الحدودية الجمعة مواجهات أسفرت عن إصابة عشرة أشخاص.")
    assert "المنطقة الحدودية" in names(ev[0]["places"])


def test_an_act_told_as_a_day_before_the_sentence_is_dated_that_day() -> None:
    # published 2021-03-10: "it comes a day after" sets the act one day before the article
    ev = events("وتأتي هذه التصريحات بعد يوم من شن مقاتلات حربية غارات على مواقع في شمال سوريا.")
    assert [(e["type"], e["date"]) for e in ev] == [("attack", "2021-03-09")]
    ev = events("يأتي ذلك بعد يومين من مقتل سبعة أشخاص في انفجار عبوة ناسفة في مدينة الباب.")
    assert [(e["type"], e["date"]) for e in ev] == [("attack", "2021-03-08")]
    # the sentence's own day, where it writes one (Monday 2021-03-08), is what the lapse counts from
    ev = events("وأعلن الجيش الاثنين مقتل خمسة مسلحين، وذلك بعد ثلاثة أيام من اعتقال الشرطة أحد المطلوبين.")
    arrest = [e for e in ev if e["type"] == "arrest"]
    assert arrest[0]["date"] == "2021-03-05"
    # with no day and no frame (a past act after بعد يوم), nothing says which day it was
    ev = events("ووصل الوزير إلى المدينة بعد يوم من انفجار سيارة مفخخة في سوقها.")
    assert all(e["date"] is None for e in ev if e["type"] == "attack")


def test_an_indefinite_word_after_a_definite_party_is_its_object() -> None:
    ev = [e for e in events("وجاء ذلك بعد اعتقال الشرطة أحد المطلوبين في العاصمة.") if e["type"] == "arrest"]
    assert "الشرطة" in names(ev[0]["actors"])
    assert not any("المطلوبين" in n for n in names(ev[0]["actors"]))


def test_a_sentence_that_opens_with_also_and_a_verb_tells_one_more_act() -> None:
    ev = events(
        "قصفت مقاتلات التحالف الجمعة مواقع للمتمردين في مديرية حيس. "
        "كما قصفت المقاتلات الجمعة تجمعات للمسلحين في مديرية الخوخة."
    )
    attacks = [e for e in ev if e["type"] == "attack"]
    assert len(attacks) == 2
    assert [names(e["places"]) for e in attacks] == [["مديرية حيس"], ["مديرية الخوخة"]]
    # (the second strike is the same planes': the round-up gives it their name)
    assert "مقاتلات التحالف" in names(attacks[1]["actors"])


def test_on_another_side_or_in_another_incident_turns_to_another_act() -> None:
    ev = events("اعتقلت الشرطة ثلاثة أشخاص في العاصمة. ومن جانب آخر، اعتقلت الشرطة مهربا قرب الحدود.")
    assert len([e for e in ev if e["type"] == "arrest"]) == 2
    ev = events("اعتقلت الشرطة ثلاثة أشخاص في العاصمة الجمعة. وفي حادث آخر، اعتقلت الشرطة الجمعة مهربا في العاصمة.")
    assert len([e for e in ev if e["type"] == "arrest"]) == 2


def test_a_battle_one_side_launches_is_an_attack() -> None:
    # a battle one side launches is its offensive (not "قتل في معركة تحرير المطار": no side is named)
    ev = events("وأطلقت قوات الجيش معركة تحرير مدينة الباب من قبضة التنظيم.")
    assert [e["type"] for e in ev] == ["attack"]
    assert "قوات الجيش" in names(ev[0]["actors"])
    # launched by one side, or waged against another
    assert [e["type"] for e in events("ومن المتوقع أن يشن الجيش، مدعوما بغطاء جوي، معارك ضد التنظيم على عدة محاور.")] == ["attack"]
    # fighting between two sides stays a clash
    assert [e["type"] for e in events("ودارت معارك عنيفة بين الجيش والمسلحين في ريف المدينة.")] == ["clash"]


def test_two_bombers_are_the_actors() -> None:
    ev = events("واقتحم مفجران انتحاريان مسجدا في البلدة وأطلقا النار على المصلين.")
    assert [e["type"] for e in ev] == ["attack"]
    assert "مفجران انتحاريان" in names(ev[0]["actors"])
    ev = events("وهاجم مهاجمان مركزا للشرطة في البلدة.")
    assert "مهاجمان" in names(ev[0]["actors"])


def test_a_protest_whose_sentence_names_no_one_takes_the_protesters_the_article_names() -> None:
    ev = events(
        "وخرجت مظاهرات الجمعة في وسط المدينة احتجاجا على انقطاع الكهرباء. "
        "وقال شهود إن الشرطة استخدمت الغاز المسيل للدموع لتفريق المحتجين."
    )
    protests = [e for e in ev if e["type"] == "protest"]
    assert names(protests[0]["actors"]) == ["المحتجين"]


def test_a_party_told_as_harmed_before_an_arrest_is_whom_it_was_done_to() -> None:
    ev = events("وأسفرت الاشتباكات عن سقوط قتلى وجرحى من المهربين وأسر ثلاثة آخرين.")
    arrest = [e for e in ev if e["type"] == "arrest"]
    assert "المهربين" not in names(arrest[0]["actors"])
    ev = events("وأفادت مصادر أمنية بمقتل وإصابة 12 من عناصر العصابة واعتقال خمسة آخرين.")
    arrest = [e for e in ev if e["type"] == "arrest"]
    assert not any("العصابة" in n for n in names(arrest[0]["actors"]))


def test_a_noun_with_his_after_fi_is_no_place_name() -> None:
    ev = events("وقالت النيابة إن الشرطة تحتجز شابا للاشتباه في ارتكابه جريمة قتل.")
    assert all("ارتكابه" not in names(e["places"]) for e in ev)
    # a name that ends in ة is still one (no "غزها" in news)
    ev = events("واعتقلت القوات الإسرائيلية خمسة شبان في غزة.")
    assert "غزة" in names(ev[0]["places"])


def test_a_place_that_hosts_a_meeting_is_where_it_is() -> None:
    ev = [e for e in events("وتستضيف الدوحة الأحد محادثات بين الحكومة والمعارضة.") if e["trigger"]["text"] == "وتستضيف"]
    assert "الدوحة" in names(ev[0]["places"])
    assert "الدوحة" not in names(ev[0]["actors"])
    # a country that hosts is a party to it too
    ev = events("وجاء في البيان الختامي للقمة التي استضافتها فرنسا أن الدول ستواصل دعم أوكرانيا.")
    host = [e for e in ev if e["type"] == "meeting"][0]
    assert "فرنسا" in names(host["places"]) and "فرنسا" in names(host["actors"])
