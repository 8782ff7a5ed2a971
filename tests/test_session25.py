"""Session 25. Events: a title's present-tense "targets" (يستهدف) with a target after it is an attack;
barrel bombs dropped are an attack; a bare plural of clashes after a verb of breaking out (اندلعت
مواجهات) is a particular clash; a dual (هجومين) does not join the one act the title tells; a word of
speech after a trigger makes only an attack verbal. Figures: takfiris are fighters; a killer named by
a surname before the people he killed; a singular describing the counted noun is no new subject."""

from __future__ import annotations

from tests.claims_helpers import figs, said, short, sources
from tests.events_helpers import events, names


def told(body: str, title: str | None = None) -> list[tuple[str, str]]:
    return [(e["type"], e["trigger"]["text"]) for e in events(body, title=title)]


# -- يستهدف in a title (lexicon flag title_act)


def test_a_title_that_targets_positions_tells_an_attack() -> None:
    body = "وقال مسؤول محلي إن الأضرار كانت مادية."
    evs = events(body, title="القوات الحكومية تستهدف مواقع للمسلحين شمال حماة")
    assert [(e["type"], e["trigger"]["text"]) for e in evs] == [("attack", "تستهدف")]
    assert "القوات الحكومية" in names(evs[0]["actors"])
    # a place right after it does too
    assert told(body, title="انتحاري يستهدف مدينة الحلة بحزام ناسف") == [("attack", "يستهدف")]


def test_targets_of_a_plan_or_after_a_noun_of_the_act_are_no_second_attack() -> None:
    body = "وقال مسؤول محلي إن الأضرار كانت مادية."
    assert told(body, title="الحكومة تستهدف خفض البطالة إلى النصف") == []
    # the noun tells the act; the verb refers back to it
    assert told(body, title="غارات جوية تستهدف مواقع للمسلحين شمال حماة") == [("attack", "غارات")]
    # in the body the verb still refers back and starts nothing
    assert told("وقال الناطق إن الجيش يستهدف مواقع المسلحين كل يوم.", title="مؤتمر صحفي للناطق العسكري") == []


# -- barrel bombs


def test_barrel_bombs_dropped_are_an_attack() -> None:
    evs = events("وأفاد ناشطون بأن مروحيات النظام ألقت أربعة براميل متفجرة على بلدة كفرزيتا.")
    assert [(e["type"], e["trigger"]["text"]) for e in evs] == [("attack", "ألقت")]
    assert names(evs[0]["places"]) == ["بلدة كفرزيتا"]
    assert told("وواصلت المروحيات إلقاء البراميل المتفجرة على الأحياء الشرقية للمدينة.") == [
        ("attack", "إلقاء البراميل المتفجرة")
    ]


def test_barrels_of_other_things_are_no_attack() -> None:
    assert told("وألقى العمال براميل النفط الفارغة في الساحة الخلفية للمصنع.") == []
    assert told("ورفض البلدية إلقاء براميل النفايات قرب النهر.") == []


# -- اندلعت مواجهات: a plural of clashes that broke out


def test_clashes_that_broke_out_are_a_clash_with_no_place_found() -> None:
    evs = events("واندلعت مواجهات بين قوات الأمن ومجموعة من الشبان الغاضبين.")
    assert [(e["type"], e["trigger"]["text"]) for e in evs] == [("clash", "مواجهات")]
    assert told("ودارت اشتباكات بين الجيش وعناصر التنظيم.") == [("clash", "اشتباكات")]


def test_a_bare_plural_of_clashes_without_such_a_verb_is_still_talk() -> None:
    assert told("وحذر الوزير من مواجهات بين قوات الأمن والشبان الغاضبين.") == []
    assert told("ويخشى السكان مواجهات جديدة بين العشيرتين.") == []


# -- a dual does not join the title's one act


def test_a_dual_in_the_body_is_not_the_one_act_of_the_title() -> None:
    title = "غارات جوية على مواقع للمسلحين شمال حماة"
    body = (
        "قصف الطيران الحربي فجر الأحد مواقع للمسلحين في ريف حماة الشمالي. "
        "وبعد طرد التنظيم من معظم المحافظة في هجومين منفصلين للقوات الحكومية، تراجع نفوذه."
    )
    evs = events(body, title=title)
    assert len(evs) == 2, [(e["type"], e["trigger"]["text"]) for e in evs]
    assert [e["trigger"]["text"] for e in evs][1] == "هجومين"


# -- a word of speech after the trigger makes an attack verbal, not an arrest


def test_a_word_of_speech_after_an_arrest_does_not_cancel_it() -> None:
    assert told("وأعلنت الشرطة اعتقال 12 شخصا من بين 20 متهما في قضية التهريب.") == [("arrest", "اعتقال")]
    # an attack in words still is none
    assert told("وهاجم الوزير الصحيفة متهما إياها بنشر الأكاذيب.") == []


# -- figures


def test_takfiris_are_fighters() -> None:
    assert short("وأعلن الجيش مقتل 14 تكفيريا في مداهمات شمال سيناء.") == [(14, "killed", "military")]
    # and the others after them are of their kind
    assert short("وأعلن الجيش مقتل 30 شخصا من التكفيريين والقبض على ثلاثة آخرين.") == [
        (30, "killed", "military"),
        (3, "captured", "military"),
    ]


def test_a_singular_describing_the_counted_noun_is_no_new_subject() -> None:
    assert short("وقال البيان إن 5 من عناصر الشرطة و40 مسلحا متطرفا قتلوا في المعارك.") == [
        (5, "killed", "military"),
        (40, "killed", "military"),
    ]
    assert short('وقال البيان إن 3 جنود و25 "عنصرا تكفيريا" قتلوا في الهجوم.') == [
        (3, "killed", "military"),
        (25, "killed", "military"),
    ]


def test_a_named_killer_before_the_people_he_killed() -> None:
    assert short("وقتل جون سميث رجلين في الشارع قبل أن يفر.") == [(2, "killed", "unspecified")]
    # told again by the surname alone, the name is still the killer
    body = "وقالت الشرطة إن المهاجم يدعى كارلوس مندوزا. وقتل مندوزا شخصين قبل أن يحتجز رهائن."
    assert short(body) == [(2, "killed", "unspecified")]
    # a name alone after the verb is the one killed, and no figure (a person only named)
    assert short("وقتل كارلوس مندوزا في الشارع قبل أن يصل إلى المتجر.") == []


# -- actors


def test_a_militia_spelled_with_one_ya_is_an_actor() -> None:
    evs = events("وقال مصدر إن القتال اندلع إثر هجوم شنته المليشيا الحوثية على مواقع الجيش في المديرية.")
    attack = next(e for e in evs if e["type"] == "attack")
    assert "المليشيا الحوثية" in names(attack["actors"])
    evs = events("وقصفت ميلشيات الحوثي أحياء سكنية في مدينة تعز.")
    assert names(evs[0]["actors"])[0] == "ميلشيات الحوثي"


def test_people_counted_right_after_an_attack_verb_did_it() -> None:
    evs = events("وهاجم خمسة أشخاص ملثمين حافلة للركاب في وسط المدينة بالعصي.")
    assert [(e["type"], e["trigger"]["text"]) for e in evs] == [("attack", "وهاجم")]
    assert names(evs[0]["actors"])[0] == "خمسة أشخاص"
    # what was hit, counted after a verb whose subject is left out, did not do it
    evs = events("واستهدفت الغارات الليلة الماضية مواقع عسكرية، ثم استهدفت عشرات المنازل في الحي الشرقي.")
    assert not any("المنازل" in n for e in evs for n in names(e["actors"]))


def test_a_bare_plural_doer_ends_before_the_noun_it_acts_on() -> None:
    evs = events("وهاجم مسلحون مقر البلدية في المدينة ليلا.")
    assert names(evs[0]["actors"])[0] == "مسلحون"
    # its plural adjective is part of it
    evs = events("وأطلق مسلحين موالين للحكومة النار على المتظاهرين.")
    assert names(evs[0]["actors"])[0].startswith("مسلحين موالين")


def test_who_tells_of_an_act_after_it_did_not_do_it() -> None:
    evs = events("قتل خمسة مدنيين في غارة جوية على بلدة كفرنبل، وفق وزارة الصحة السورية.")
    assert [e["type"] for e in evs] == ["attack"]
    assert "وزارة الصحة السورية" not in names(evs[0]["actors"])
    evs = events("قصفت القوات الروسية مدينة خاركيف ليلا، بحسب وزارة الدفاع الأوكرانية.")
    assert names(evs[0]["actors"])[0] == "القوات الروسية"
    assert "وزارة الدفاع الأوكرانية" not in names(evs[0]["actors"])


# -- statements


def test_an_acronym_in_brackets_that_reads_as_a_verb_is_part_of_the_source() -> None:
    # آفاد reads as أفاد (reported); in brackets after the body's name it is the body's acronym
    body = "وارتفع عدد القتلى إلى 45 شخصا، وفق إدارة الكوارث والطوارئ التركية (آفاد)."
    assert [(sp, cue) for sp, cue, _ in said(body)] == [("إدارة الكوارث والطوارئ التركية (آفاد)", "وفق")]
    assert sources(body) == ["إدارة الكوارث والطوارئ التركية"]


def test_a_possessed_noun_after_a_definite_speaker_is_the_object() -> None:
    # untagged or tagged, the body claims "its responsibility": the noun is what it announced
    assert [sp for sp, _, _ in said("وأعلنت جماعة المرابطين مسؤوليتها عن الهجوم على الفندق.")] == ["جماعة المرابطين"]
    assert [sp for sp, _, _ in said("وأعلن المجلس العسكري استعداده للحوار مع المعارضة.")] == ["المجلس العسكري"]
    # a possessed word that is part of who speaks stays (an indefinite head, a preposition, و)
    assert [sp for sp, _, _ in said("وأكد وزير خارجيتها أن الاتفاق صامد.")] == ["وزير خارجيتها"]
    assert [sp for sp, _, _ in said("وقال المتحدث باسمها إن الوضع هادئ.")] == ["المتحدث باسمها"]


def test_eliminating_people_is_killing_them() -> None:
    assert short("وأعلن الجيش القضاء على 15 مسلحا في عملية أمنية شمال البلاد.") == [(15, "killed", "military")]
    body = "وقالت الوزارة إن قواتها قضت على أكثر من 300 جندي خلال اليومين الماضيين."
    assert [(c["count"], c["outcome"], c["qualifier"]) for c in figs(body)] == [(300, "killed", "at_least")]
    # the speaker is who announced it, not "the army the elimination"
    assert [sp for sp, _, _ in said("وأعلن الجيش القضاء على 15 مسلحا في عملية أمنية.")] == ["الجيش"]
    # eliminating a thing, or a court's ruling, is none
    assert short("وتعهد الرئيس بالقضاء على الفساد خلال 3 سنوات.") == []
    assert short("وقضت المحكمة بسجن 12 متهما خمس سنوات.") == []


def test_prisoners_swapped_for_hostages_are_freed_too() -> None:
    assert short("وتم خلال الهدنة الإفراج عن 50 رهينة مقابل 150 أسيرا من السجون.") == []
    # those captured in exchange are still a capture
    assert short("وأطلقت السلطات سراح الصحفي مقابل ثلاثة عملاء قبض عليهم العام الماضي.") == [(3, "captured", "unspecified")]


def test_a_force_before_a_verb_of_killing_and_whom_it_killed_after_is_an_attack() -> None:
    evs = events("وقال المتحدث إن قواته قتلت 12 مسلحا خلال عمليات في مدينة الرقة.")
    assert ("attack", "قتلت") in [(e["type"], e["trigger"]["text"]) for e in evs]
    # a bare stem after its subject is the verb, at the head of the sentence or after إن
    assert told("وقال البيان إن الجيش قتل خمسة مسلحين قرب الحدود.") == [("attack", "قتل")]
    assert told("الجيش قتل خمسة مسلحين قرب الحدود.") == [("attack", "قتل")]
    # but the killing a verb before takes as its object is no act of the subject
    assert told("وأدانت الحكومة قتل خمسة متظاهرين.") == []
    # with no one counted after the verb, a toll
    assert told("وقال المرصد إن 3 من عناصر الشرطة قتلوا مساء السبت.") == []


def test_the_force_that_launched_the_attack_is_not_its_victims() -> None:
    assert short("وقالت اللجان إن 40 شخصا قتلوا في هجوم شنته قوات الدعم السريع على القرية.") == [
        (40, "killed", "unspecified")
    ]
    assert short("وقتل 6 مدنيين في قصف نفذته القوات الحكومية على البلدة.") == [(6, "killed", "civilian")]


def test_up_to_is_at_most() -> None:
    body = "وقدرت منظمات إنسانية عدد القتلى بما يصل إلى 150 ألف شخص منذ بداية الحرب."
    assert [(c["count"], c["qualifier"]) for c in figs(body)] == [(150000, "at_most")]
    # the toll rising to a number is no "up to"
    assert [c["qualifier"] for c in figs("وارتفعت الحصيلة ليصل عدد القتلى إلى 50 شخصا.")] == ["exact"]


def test_a_hospital_and_someone_in_it_can_give_a_toll() -> None:
    assert sources("وأعلن مستشفى الأقصى وصول 12 قتيلا و30 جريحا.") == ["مستشفى الأقصى", "مستشفى الأقصى"]
    body = "وأكد مصدر طبي في مستشفى الشفاء لوكالة الأناضول وصول 9 جثث."
    assert sources(body) == ["مصدر طبي في مستشفى الشفاء"]
    assert [sp for sp, _, _ in said(body)] == ["مصدر طبي في مستشفى الشفاء"]


def test_drones_launched_are_an_attack() -> None:
    evs = events("وأطلقت جماعة الحوثي مسيرات على سفينة تجارية في البحر الأحمر.")
    assert [(e["type"], e["trigger"]["text"]) for e in evs] == [("attack", "وأطلقت")]
    assert told("وأطلق الجيش طائرات مسيرة باتجاه مواقع المسلحين قرب الحدود.") == [("attack", "وأطلق")]


def test_rounds_fired_are_an_attack_and_live_rounds_no_place() -> None:
    evs = events("وأطلق مسلح الرصاص على مصلين داخل مسجد في بلدة صغيرة.")
    assert [(e["type"], e["trigger"]["text"]) for e in evs] == [("attack", "وأطلق")]
    assert names(evs[0]["actors"]) == ["مسلح"]
    # a call to stop it is none
    assert told("وطالب المتظاهرون بوقف إطلاق الرصاص على المحتجين.") == []
    # "الحي" after الرصاص is live (ammunition), not a neighbourhood
    evs = events("وقال المسعفون إن 4 أصيبوا بالرصاص الحي قرب السياج.")
    assert all("الحي" not in names(e["places"]) for e in evs)


# -- entities


def test_a_place_word_the_tagger_cut_from_its_name_joins_it() -> None:
    from marsad.pipeline import process

    doc = process("وقتل 5 جنود في هجوم في شبه جزيرة سيناء.")  # tagged شبه جزيرة + سيناء
    assert ("شبه جزيرة سيناء", "LOC") in [(e["name"], e["type"]) for e in doc.layers["entities"]]
    assert "شبه جزيرة سيناء" in names(doc.layers["events"][0]["places"])


def test_the_condition_a_source_spoke_on_is_no_report_of_its_own() -> None:
    body = "وقال مسؤول عسكري، طلب عدم الكشف عن هويته، إن القوات ستنسحب غدا."
    assert said(body) == [("مسؤول عسكري", "وقال", "إن القوات ستنسحب غدا")]
    body = "وقال الدبلوماسي، مشترطا عدم ذكر اسمه، إن المحادثات متعثرة."
    assert said(body) == [("الدبلوماسي", "وقال", "إن المحادثات متعثرة")]
    # a report of a negation stays one
    assert said("وأكد الوزير عدم صحة التقارير.") == [("الوزير", "وأكد", "عدم صحة التقارير")]


def test_a_channel_number_is_part_of_its_name() -> None:
    assert said("وقالت القناة 14 الإسرائيلية إن الحكومة ستجتمع الليلة.") == [
        ("القناة 14 الإسرائيلية", "وقالت", "إن الحكومة ستجتمع الليلة")
    ]


# -- text: an underscore after a space closes a round-up item


def test_an_underscore_after_a_space_closes_a_list_item() -> None:
    from marsad.text.segment import split_sentences

    text = "أبرز الأخبار: _الجيش يعلن مقتل 3 جنود _وزير الخارجية يزور القاهرة _ الطقس بارد"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "أبرز الأخبار: _",
        "الجيش يعلن مقتل 3 جنود _",
        "وزير الخارجية يزور القاهرة _",
        "الطقس بارد",
    ]
    # the words of a hashtag, even split by a space, stay together
    for whole in ("كبديل لـ #مبادرة_الحزام _و_الطريق الصينية", "عرس #ولي_العهد_الأمير _تشارلز وديانا"):
        assert [whole[a:b] for a, b in split_sentences(whole)] == [whole]
    # so the speaker of an item is its own subject, and its content stops at the next item
    body = "عاجل: _الوزير يناشد الدول المانحة دعم الوكالة _الرئيس يدعو لوقف الحرب فورا"
    assert [(sp, c) for sp, _, c in said(body)] == [
        ("الوزير", "الدول المانحة دعم الوكالة"),
        ("الرئيس", "لوقف الحرب فورا"),
    ]


def test_a_son_killed_is_one_killed() -> None:
    assert short("وتلقى القيادي في الحركة نبأ استشهاد نجله في غارة على المخيم.") == [(1, "killed", "civilian")]
    assert short("وقتل نجلا المسؤول المحلي في القصف.") == [(2, "killed", "civilian")]
    assert short("وقال نجل الرئيس الراحل إن العائلة ستقاضي الصحيفة.") == []


def test_arms_destroyed_past_a_long_subject_and_a_day_are_an_attack() -> None:
    body = "وفي محافظة مأرب، دمرت طائرات تحالف دعم الشرعية في اليمن، الأحد، عربة صواريخ للحوثيين."
    assert told(body) == [("attack", "دمرت")]
    # destroying no arms is none
    assert told("ودمرت الأزمة الاقتصادية آمال آلاف الأسر في المدينة خلال عام واحد.") == []


def test_attacked_in_the_passive_is_an_attack() -> None:
    assert told("وهوجمت قافلة للمساعدات الإنسانية قرب الحدود مع تشاد.") == [("attack", "وهوجمت")]


def test_a_summit_scheduled_in_the_feminine_is_planned() -> None:
    evs = events("وصدر البيان قبيل القمة المقررة الاثنين بين الرئيسين في العاصمة الفنلندية هلسنكي.", published="2018-05-01")
    assert [(e["type"], e["status"], e["date"]) for e in evs] == [("meeting", "planned", "2018-05-07")]
    evs = events("وتصاعد التوتر قبل الضربة المتوقعة على المواقع العسكرية في البلاد.")
    assert [(e["type"], e["status"]) for e in evs] == [("attack", "planned")]


def test_a_phone_call_is_a_meeting() -> None:
    evs = events("وتحدث الرئيس الفرنسي إيمانويل ماكرون هاتفيا مع نظيره الأميركي دونالد ترامب مساء الأحد.")
    assert [e["type"] for e in evs] == ["meeting"]
    evs = events("وأشار البيت الأبيض إلى أن ترامب والرئيس الفرنسي إيمانويل ماكرون تحدثا هاتفيا.")
    assert [(e["type"], e["trigger"]["text"]) for e in evs] == [("meeting", "تحدثا هاتفيا")]
