"""Events: rules added in session 8, each with the Arabic it handles."""

from __future__ import annotations

from events_helpers import events, only


def _types(body: str) -> list[tuple[str, str]]:
    return [(e["type"], e["trigger"]["text"]) for e in events(body)]


def _date(e: dict) -> str | None:
    d = e.get("date")
    return d.get("value") if isinstance(d, dict) else d


def test_a_day_before_a_word_of_sequence_dates_the_later_act() -> None:
    # Monday is the day the search resumed, Sunday the day of the rescue; the sinking was Saturday
    # night: the three mentions are one sinking, dated by the only day told of it
    body = (
        "عادت السلطات التونسية صباح الاثنين لتستأنف عمليات البحث عن مفقودين إثر غرق مركب مهاجرين "
        "على سواحل صفاقس. ويذكر أن خفر السواحل أنقذ الأحد 68 شخصا إثر غرق مركب المهاجرين قبالة "
        "ولاية صفاقس. وقالت الوزارة إن مركبا لمهاجرين كان بصدد الغرق ليل السبت الأحد قبالة سواحل "
        "محافظة صفاقس."
    )
    e = only(body, published="2018-06-04")
    assert e["type"] == "disaster"
    assert _date(e) == "2018-06-02"


def test_the_dead_of_a_day_date_the_act_that_killed_them() -> None:
    # the harm told with the day is the blast's: the day dates the blast too
    e = only("قتل ثلاثة أشخاص الجمعة إثر انفجار عبوة ناسفة في بغداد.", published="2018-05-10")
    assert (e["type"], _date(e)) == ("attack", "2018-05-04")


def test_talks_before_an_accord_share_its_night() -> None:
    body = "توصل زعماء الاتحاد الأوروبي، ليل الخميس، إلى اتفاق بشأن الهجرة بعد محادثات استمرت نحو 10 ساعات في بروكسل."
    evs = events(body, published="2018-06-29")
    assert {(e["type"], _date(e)) for e in evs} >= {("meeting", "2018-06-28")}


def test_undergoing_reaches_past_its_subject() -> None:
    # تعرضت … لقصف: the لـ is the verb's, not a purpose, with the subject between
    e = only("تعرضت محافظة إدلب لقصف جوي من قبل مقاتلات روسية، السبت.")
    assert (e["type"], e["trigger"]["text"]) == ("attack", "لقصف")
    # the لـ of purpose with no word of undergoing still tells an aim
    assert not _types("وأرسلت الحكومة قوات إضافية إلى المدينة لاقتحام الحي.")


def test_a_verb_of_capture_counts_past_its_subject() -> None:
    body = "وأسرت المقاومة اليمنية بمشاركة وإسناد من القوات المسلحة الإماراتية 21 عنصرا من ميليشيات الحوثي."
    assert ("arrest", "وأسرت") in _types(body)
    assert ("arrest", "أسرت") in _types("أسرت القوات 21 عنصرا.")
    # أسر is also families (أسر الضحايا، أسرته): no count, or no verb ending, no capture
    assert not _types("وقالت أسر الضحايا إن 3 قتلوا.")
    assert not _types("وقالت أسرته إن 3 من أبنائها قتلوا.")


def test_a_final_hamza_on_its_seat_before_a_pronoun() -> None:
    # لقائه، لقاؤه: لقاء with the pronoun, the hamza written on a seat
    e = only("وجاء ذلك خلال لقائه بالرئيس الروسي في موسكو.")
    assert (e["type"], e["trigger"]["text"]) == ("meeting", "لقائه")


def test_a_pledge_before_a_word_of_sequence_does_not_reach_past_it() -> None:
    # the pledge is of ending the drills; the meeting before it took place
    body = "وفاجأ ترامب المسؤولين عندما تعهد بإنهاء المناورات العسكرية بعد لقائه بزعيم كوريا الشمالية في سنغافورة."
    assert ("meeting", "لقائه") in _types(body)
    assert not _types("تعهد الرئيس بإنهاء المناورات العسكرية.")


def test_a_meeting_with_a_channel_is_an_interview() -> None:
    assert not _types("وقال ترامب خلال لقائه مع قناة بلومبرغ، الخميس، إنه يتطلع للقاء قادة إيران.")


def test_after_a_word_that_takes_a_noun_no_verb_reads() -> None:
    # أثناء توقفه: while the column stopped (a verbal noun), not توقفه (she stops him)
    body = "وأكد المرصد أن مقاتلين من تنظيم داعش هاجموا الأربعاء رتلا لقوات النظام أثناء توقفه في نقطة جنوب غرب مدينة الميادين."
    assert [t[0] for t in _types(body)] == ["attack"]
    assert ("arrest", "توقف") in _types("وقالت الشرطة إنها توقف المشتبه بهم عند الحاجز.")


def test_cases_counted_are_no_act() -> None:
    body = "وقالت الجماعة إن 21 في المئة من كل حالات الاعتقال المسجلة في الصين في 2017 حدثت في منطقة شينجيانغ."
    assert not _types(body)


def test_a_way_to_stop_attacks_tells_none() -> None:
    body = "قال الوزير إن السبيل الأمثل لإيقاف الهجمات على المواطنين هو التوسع في بناء المستوطنات."
    assert not _types(body)


def test_ones_own_envoys_with_a_seated_hamza_are_recalled() -> None:
    # سفرائها: سفراء + ها, the hamza on its seat; the ministry's own envoys, no summons
    assert not _types("قالت الوزارة إنها استدعت عددا من سفرائها لدى بعض الدول الأوروبية.")
    assert [t[0] for t in _types("استدعت الخارجية سفراء الدول الأوروبية.")] == ["meeting"]


def test_a_strike_noun_with_its_adjective_is_the_subject_of_its_verb() -> None:
    # ضربة جوية استهدفت حافلة: the bus was hit, no road accident
    body = "وقتل 29 طفلا جراء ضربة جوية استهدفت حافلة كانت تقلهم في سوق شعبي بمنطقة صعدة."
    assert [t[0] for t in _types(body)] == ["attack"]


def test_until_they_cease_shelling_tells_no_shelling() -> None:
    assert not _types('وقال المبعوث: "سنواصل هذا الطلب حتى تتوقف الأطراف المعنية عن قصف بعضها".')


def test_an_attempt_to_infiltrate_is_an_attack() -> None:
    e = only("وتصدت قوات الجيش الوطني لمحاولة تسلل على مواقعها في منطقة الحسينية.")
    assert (e["type"], e["trigger"]["text"]) == ("attack", "لمحاولة تسلل")


def test_a_year_beside_a_noun_anchors_it() -> None:
    # وتم توقيف المرأة سنة 2011: an arrest of that year, though no one else is named
    assert [t[0] for t in _types("وتم توقيف المرأة المدانة سنة 2011.")] == ["arrest"]
    # with no year, no one and nowhere, a noun told once is talk
    assert not _types("وطال القتال.")


def test_who_repels_an_act_did_not_do_it() -> None:
    e = only("وتصدت قوات الجيش الوطني لمحاولة تسلل على مواقعها في منطقة الحسينية.")
    assert not e["actors"]
    body = "وأحبط الجيش اليمني بدعم من القوات المسلحة الإماراتية محاولة تسلل لميليشيات الحوثي جنوبي الحديدة."
    e = only(body)
    assert e["actors"] and all("الجيش" not in a["name"] for a in e["actors"])


def test_the_day_of_a_funeral_is_not_the_day_of_the_strike() -> None:
    # Monday is the funeral's; the strike that killed them is told on Thursday
    body = (
        "قتل 29 طفلا في غارة على حافلة في صعدة الخميس. "
        "وشيع آلاف اليمنيين الاثنين جثامين 29 طفلا قتلوا في القصف الجوي الذي استهدف حافلة."
    )
    e = only(body, published="2018-08-13")
    assert _date(e) == "2018-08-09"
    # the day before those harmed, with nothing between, is theirs
    assert _date(only("الجمعة، قتل 29 طفلا في غارة على حافلة في صعدة.", published="2018-08-13")) == "2018-08-10"


def test_a_plot_to_attack_is_no_attack() -> None:
    body = "اعتقلت السلطات الألمانية الأحد ستة أشخاص يشتبه في أنهم كانوا يخططون لشن هجوم أثناء سباق نصف الماراثون."
    assert [t[0] for t in _types(body)] == ["arrest"]
    # a march planned is still a planned march
    e = only("ويخطط الفلسطينيون لتنظيم مسيرة الجمعة المقبلة.")
    assert (e["type"], e["status"]) == ("protest", "planned")


def test_clashes_between_two_sides() -> None:
    e = only("ووقعت صدامات بين أنصار نافالني ونشطاء مؤيدين للكرملين في ساحة بوشكين في موسكو.")
    assert (e["type"], e["trigger"]["text"]) == ("clash", "صدامات")


def test_a_tightened_grip_is_no_arrest() -> None:
    # قبضتها: her grip (قبضة + ها), after أحكمت; not قبضت + ها (she arrested her)
    assert not _types("وقال الموقع الرسمي للجيش اليمني إن قواته أحكمت قبضتها على أحياء متفرقة.")
    assert [t[0] for t in _types("وقبضت الشرطة على المتهم.")] == ["arrest"]


def test_fighting_alone_is_a_state_not_an_occurrence() -> None:
    # القتال starts no event: the fighting that goes on, that people flee, that one joins
    assert not _types("وتقول الأمم المتحدة إن أكثر من 60 ألفا من السكان فروا بسبب القتال الدائر في عموم سوريا.")
    assert not _types("وشارك زغبية في القتال في صفوف مجلس شورى ثوار بنغازي.")
    # clashes told as such still are
    assert [t[0] for t in _types("واندلعت اشتباكات بين الجيش والمسلحين في درعا الاثنين.")] == ["clash"]


def test_a_foiled_attempt_is_no_attack() -> None:
    assert not _types("وقال وزير الداخلية إنه تم إفشال محاولة اعتداء بعبوة ناسفة في باريس.")
    assert not _types("وأفشلت السلطات ما مجمله 51 محاولة اعتداء منذ كانون الثاني/يناير 2015.")
