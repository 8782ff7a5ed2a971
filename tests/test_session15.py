"""Patterns found in session 15, from reading Marsad's output on unseen news articles.

Each test shows the Arabic a rule handles, and the near case it leaves alone. The sentences were
written for these tests.
"""

from __future__ import annotations

from tests.claims_helpers import figs, short
from tests.events_helpers import events

# -- events: one ramming, one type


def _types(body: str, title: str | None = None) -> list[tuple[str, str]]:
    return [(e["type"], e["trigger"]["text"]) for e in events(body, title=title)]


def test_a_ramming_said_to_be_deliberate_anywhere_is_an_attack() -> None:
    body = (
        "قتل ثمانية أشخاص في حادث دهس بشاحنة صغيرة في وسط المدينة الاثنين. "
        "ويبدو أن الحادثة كانت متعمدة، بحسب ما قاله مسؤولون."
    )
    assert [t for t, _ in _types(body)] == ["attack"]
    # the word of intent after a comma, outside the trigger's clause (متعمدا with its tanween)
    body = "وقالت الشرطة إن حادث الدهس الذي وقع في وسط المدينة الاثنين، كان متعمدا."
    assert [t for t, _ in _types(body)] == ["attack"]


def test_a_ramming_told_as_an_attack_elsewhere_is_one() -> None:
    body = (
        "قتل ثمانية أشخاص في حادث دهس في وسط المدينة الاثنين. "
        "وأصيب عشرة آخرون في عملية الدهس."
    )
    assert "disaster" not in [t for t, _ in _types(body)]


def test_a_ramming_ruled_out_as_terror_stays_an_accident() -> None:
    body = (
        "قتل شخص في حادث دهس في وسط المدينة الأربعاء. "
        "واستبعدت السلطات فرضية العمل الإرهابي."
    )
    assert [t for t, _ in _types(body)] == ["disaster"]
    body = "قتل شخص في حادث دهس في وسط المدينة الأربعاء، وقالت الشرطة إن الحادث ليس متعمدا."
    assert [t for t, _ in _types(body)] == ["disaster"]
    # a witness's guess in a sentence that tells of no act does not make it one
    body = (
        "أصيب ثمانية أشخاص في حادث دهس في وسط المدينة السبت. "
        'وقالت شاهدة عيان: "أشعر أنه فعلها متعمدا لأنه كان وسط ازدحام مروري شديد".'
    )
    assert [t for t, _ in _types(body)] == ["disaster"]


def test_an_appeal_the_day_after_an_act_does_not_cancel_it() -> None:
    # غداة (the day after) parts the appeal from the act, as عقب and إثر do
    body = "دعا رئيس الوزراء مواطنيه إلى عدم العيش في الخوف غداة هجوم بشاحنة في أحد شوارع المدينة."
    assert [t for t, _ in _types(body)] == ["attack"]
    # with no such word between, the appeal is of the act: no event
    assert _types("دعا رئيس الوزراء إلى وقف الهجمات على المدينة.") == []


# -- events: what is wanted, owed or prepared is not done


def test_what_one_wants_or_must_do_is_no_event() -> None:
    assert _types("جون بولتون: الصقر الذي يريد قصف كوريا الشمالية") == []
    assert _types("وقال الوزير إنه يجب أن نرد بهجوم على مواقعهم.") == []
    # the act itself, told with no such word before it, is one
    assert [t for t, _ in _types("قصفت الطائرات مواقع المسلحين شمال المدينة.")] == ["attack"]


def test_readying_for_an_act_with_li_is_no_event() -> None:
    assert _types("فإن هذا لم يمنع الشبان من الاستنفار استعدادا للجمعة الثانية من المواجهات.") == []
    assert _types("وتستمر الاستعدادات لانطلاق معركة السيطرة على المدينة.") == []
    assert _types("وتجري القوات استعدادات عسكرية في أطراف المدينة تحضيرا لاستعادة السيطرة عليها.") == []
    # preparations that are the subject of a sentence do not stop the talks told with them
    evs = _types("وتترافق هذه الاستعدادات مع مفاوضات بين قوات النظام والفصائل المعارضة في دمشق الأحد.")
    assert evs == [("meeting", "مفاوضات")]


# -- events: a killing told with its doer after a verb whose object is the one killed


def test_a_killing_verb_with_its_object_pronoun_and_its_doer_is_an_attack() -> None:
    ev = events("وقتلته الشرطة في حصار بالقرب من كاراكاس في يناير الماضي.")
    assert [(e["type"], [a["name"] for a in e["actors"]]) for e in ev] == [("attack", ["الشرطة"])]
    assert [t for t, _ in _types("قتلتهم القوات الحكومية في المدينة.")] == ["attack"]
    # a toll: no doer named after the verb, or a clause describing a tally before it
    assert _types("قتل الشاب في المدينة.") == []
    assert _types("وأضاف أن نحو 85 في المئة من الضحايا قتلتهم قوات الحكومة وحلفاؤها.") == []


# -- figures: refugees counted are displaced


def test_refugees_counted_after_their_number_are_displaced() -> None:
    assert short("ويستضيف الأردن نحو 650 ألف لاجئ سوري مسجلين لدى الأمم المتحدة.") == [
        (650000, "displaced", "civilian")
    ]
    assert short("ويعيش في المخيم 3 آلاف لاجئ.") == [(3000, "displaced", "civilian")]
    # refugees who went home, or go home, are not displaced any more (cue role return)
    assert short("رجع مئات اللاجئين السوريين إلى الوطن قادمين من لبنان السبت.") == []
    assert short("تؤمن عودة نحو 900 ألف لاجئ موجودين في لبنان.") == []
    # a refugee word before the number names a body, not the people counted (sense stock)
    assert short("وقالت المفوضية السامية لشؤون اللاجئين إن نحو 87 ألف مهاجر وصلوا إلى اليمن.") == []


def test_a_body_named_by_the_people_it_serves_is_a_source() -> None:
    # "لشؤون اللاجئين": a casualty word after a body word (attribution role body) is part of its name
    found = figs("وقالت مفوضية الأمم المتحدة السامية لشؤون اللاجئين إن عدد النازحين تجاوز 270 ألفا.")
    assert [(f["count"], (f["source"] or {}).get("name")) for f in found] == [
        (270000, "مفوضية الأمم المتحدة السامية لشؤون اللاجئين")
    ]


# -- events: parties described by their kind


def test_a_group_named_by_its_kind_is_the_actor() -> None:
    ev = events("وقال ناشطون إن التنظيم هاجم مخيما للنازحين الجمعة.")
    assert [(e["type"], [a["name"] for a in e["actors"]]) for e in ev] == [("attack", ["التنظيم"])]
    ev = events("وقالت الوزارة إن دورية وقعت ضحية كمين نصبه إرهابيون في غابة سموني صباح الأحد.")
    assert [a["name"] for e in ev for a in e["actors"]] == ["إرهابيون"]
    # where the group's name follows, the name is the party, not the head and the words after it
    ev = events("وهاجمت جماعة الحوثي مواقع الجيش الجمعة.")
    assert [a["name"] for e in ev for a in e["actors"]] == ["جماعة الحوثي"]
    # a bound head names a party only with the words after it: عناصر المخابرات, not عناصر alone
    ev = events("وأطلقت عناصر المخابرات النار على المتظاهرين الجمعة.")
    assert [a["name"] for e in ev for a in e["actors"]] == ["عناصر المخابرات"]
    assert [a["name"] for e in events("وقال إن عناصر قتلوا في الاشتباكات الجمعة.") for a in e["actors"]] == []


# -- events: words that tell no occurrence


def test_an_interview_with_an_outlet_is_no_meeting() -> None:
    assert _types("في لقاء مع سكاي نيوز عربية، أكد الوزير أن المملكة مستمرة في حربها ضد الإرهاب.") == []
    assert _types("وقالت الوزيرة في اتصال هاتفي مع بي بي سي إن السياح غادروا المدينة.") == []
    # a meeting with a person is one
    assert [t for t, _ in _types("والتقى الوزير في لقاء مع نظيره الروسي في موسكو الأحد.")] == ["meeting"]


def test_a_sociologist_is_no_meeting() -> None:
    assert _types("وقال عالم الاجتماع أوسكار فارغاس إن الرئيس لن يتخلى عن الحكم.") == []


def test_intents_and_charges_are_no_acts() -> None:
    assert _types("وأوضحت مصادر أن المعتقلين كانوا ينوون استهداف سجناء متشددين في باريس.") == []
    assert _types("وتقول الشكوى إن ولي العهد ووزير الدفاع متهمان باستهداف مدنيين في اليمن.") == []


def test_cases_counted_are_no_one_act() -> None:
    assert _types("كما رصد التقرير 197 حالة اختطاف في المحافظة العام الماضي.") == []
    # حالة with no number before it is a state: the eruption is told
    assert [t for t, _ in _types("وقتل 99 شخصا إثر دخول البركان في حالة ثوران الأحد.")] == ["disaster"]


def test_a_protest_movement_is_no_protest_but_a_wave_of_protests_is() -> None:
    assert [t for t, _ in _types("بعد اعتقال زعيم حركة الاحتجاج نيكول باشينيان في يريفان الأحد.")] == ["arrest"]
    body = "وتشهد البصرة حركة احتجاج منذ الثلاثاء الماضي أسفرت عن مقتل 12 متظاهرا."
    assert [t for t, _ in _types(body)] == ["protest"]


# -- figures: more of the harmed


def test_two_of_a_people_in_a_breakdown_do_not_stop_the_verb() -> None:
    body = "لقي ثمانية أشخاص على الأقل بينهم بريطانيان حتفهم، جراء الأمطار الغزيرة والفيضانات."
    assert (8, "killed", "unspecified") in short(body)


def test_people_who_fled_their_homes_are_displaced() -> None:
    assert short("تجتاح عاصفة سواحل كاليفورنيا حيث فر الآلاف من منازلهم.") == [(1000, "displaced", "unspecified")]
    # with no homes and no people noun after its number, فر/وفر counts nothing (sense people)
    assert short("وفرت الحكومة 5000 من الوظائف.") == []


def test_females_are_civilians() -> None:
    assert short("ومن بين القتلى 27 طفلا و3 إناث.") == [(27, "killed", "civilian"), (3, "killed", "civilian")]


def test_peoples_in_broken_plurals_are_people() -> None:
    assert short("أعلنت السلطات عن اعتقال 11 سوريا و3 مغاربة يشتبه في دعمهم جبهة النصرة.") == [
        (11, "captured", "unspecified"),
        (3, "captured", "unspecified"),
    ]
    assert short("وتم اعتقال الأتراك الستة في كوسوفو الخميس الماضي.") == [(6, "captured", "unspecified")]


# -- events: an act of another month is another act


def test_an_undated_noun_of_another_month_does_not_join_a_dated_act() -> None:
    body = (
        "قال مصدر إن مسلحي بوكو حرام هاجموا قرية في جنوب دابوا الخميس وقتلوا 18 شخصا. "
        "ويعود آخر هجوم كبير لبوكو حرام على الجانب التشادي من بحيرة تشاد إلى أيار/مايو 2018 وقتل فيه ستة أشخاص."
    )
    evs = events(body, published="2018-07-22")
    assert [(e["type"], e["trigger"]["text"], e["date"]) for e in evs] == [
        ("attack", "هاجموا", "2018-07-19"),
        ("attack", "هجوم", None),
    ]
    # a definite noun refers back whatever month its clause names (التسميم … في شباط: the poisoning told)
    body = (
        "تعرض العميل السابق للتسميم في مدينة سالزبري الأحد. "
        "وذكرت صحيفة أن التسميم حصل عبر غاز الأعصاب الذي استخدم في قتل الأخ غير الشقيق لزعيم كوريا الشمالية في شباط."
    )
    assert [e["trigger"]["text"] for e in events(body, published="2018-03-07") if e["type"] == "attack"] == ["للتسميم"]


def test_a_number_of_them_after_a_place_or_a_subject_counts_people() -> None:
    # "منهم" after the number says it counts people (not a label like "الكتيبة 481")
    assert short("وقد جرح في العملية أربعة منهم.") == [(4, "injured", "unspecified")]
    assert short("واعتقلت السلطات تسعة منهم، ويقول الحزب إن الانتخابات ستجرى.") == [(9, "captured", "unspecified")]
    # a number after a word that is nothing to a figure, with no people after it, is a label
    assert short("وقتل قائد الكتيبة 481 في المعارك.") == [(1, "killed", "military")]


def test_one_or_two_joined_to_a_number_before_the_verb_are_a_figure() -> None:
    body = "وأوردت وسائل إعلام تركية السبت، أن جنديين وخمسة مقاتلين سوريين أصيبوا جراء قذيفة هاون."
    assert short(body) == [(2, "injured", "military"), (5, "injured", "military")]
    assert short("مقتل جندي وثلاثة مدنيين في القصف.") == [(1, "killed", "military"), (3, "killed", "civilian")]
    # واحد is the number of the noun before it, not و and one more
    assert short("شهد الإقليم مقتل شخص واحد بهجوم بقنبلة يدوية.") == [(1, "killed", "unspecified")]


def test_a_place_after_the_people_does_not_stop_the_verb_after_them() -> None:
    # a unit word (مدينة) after في is a place, not the thing counted
    assert short("وقال إن 20 شخصا في المدينة قتلوا.") == [(20, "killed", "unspecified")]
    # a thing after في is no place: "السيارة المحتجزة" is a car held, no one captured
    body = "العناصر الأربعة التحقوا إثر عملية السطو بالإرهابيين السبعة في السيارة المحتجزة ليلوذوا بالفرار."
    assert short(body) == []
    # the number before a unit word of its own counts the units: no figure
    assert short("وسيطر الجيش على 20 مدينة قتل فيها المئات.") == [(100, "killed", "unspecified")]
