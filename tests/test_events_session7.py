"""Events: rules added in session 7, each with the Arabic it handles."""

from __future__ import annotations

from events_helpers import events


def _types(body: str) -> list[tuple[str, str]]:
    return [(e["type"], e["trigger"]["text"]) for e in events(body)]


def test_a_grip_is_no_arrest() -> None:
    # قبضة is no قبض + ه (arrested him): a noun, the grip of a force
    body = "وانتزعت القوات الحكومية ميناء عسكريا من قبضة المسلحين في جبهة الساحل الغربي."
    assert "arrest" not in [t[0] for t in _types(body)]


def test_a_word_ending_in_ta_marbuta_is_no_verb() -> None:
    # زارة is a place name: زار + ه (visited him) would be written زاره
    body = "وأضاف المسؤول أن السجناء فتحوا أبواب سجن عين زارة بالقوة ولم يتمكن الحراس من إيقافهم."
    assert not [t for t in _types(body) if t[0] == "meeting"]


def test_a_verb_with_its_object_pronoun_still_reads() -> None:
    body = "زاره الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه أمس."
    assert ("meeting", "زاره") in _types(body)


def test_a_preposition_makes_a_noun_not_a_verb() -> None:
    # بيدك: ب + يد + ك (in your hand), not the verb يدك (pounds)
    body = 'ونظمت مجموعة "غوري اسكو داغو" (الامر بيدك) الحدث الذي شارك فيه نحو 175 ألف شخص.'
    assert not [t for t in _types(body) if t[0] == "attack"]
    assert ("attack", "يدك") in _types("وكان الجيش يدك مواقع المسلحين في المدينة.")


def test_summoning_ones_own_ambassador_is_a_recall() -> None:
    assert not _types("واستدعت الكويت سفيرها لدى مانيلا للتشاور.")
    assert not _types("السلطة الفلسطينية تستدعي سفيرها في واشنطن")
    # للتشاور: the purpose of the recall, however far the envoy's posts run before it
    assert not _types("وقالت الوزارة إنها استدعت سفراءها في كل من رومانيا والتشيك وهنغاريا والنمسا للتشاور معهم.")
    assert [t[0] for t in _types("واستدعت الخارجية التركية السفير الأمريكي في أنقرة.")] == ["meeting"]


def test_an_act_named_as_a_predicate_is_a_figure_of_speech() -> None:
    body = "وقالت عشراوي إن قرار نقل السفارة يعتبر ضربة قوية إن لم يكن ضربة قاتلة لعملية السلام."
    assert not _types(body)
    body = "واعتبرت المنظمة الخطوة هجوما على الديمقراطية."
    assert not _types(body)
    # a definite noun after the copula is the subject: an act told before
    body = "وشن مسلحون هجوما على كنيسة في المدينة يوم الأحد. ويعتبر الهجوم هو الأعنف منذ عام 2005."
    assert [t[0] for t in _types(body)] == ["attack"]


def test_an_inspection_tour_is_no_meeting() -> None:
    body = "أثناء قيام الوزير بجولة تفقدية للاطلاع على انتظام سير القطارات في عدد من الاتجاهات."
    assert not _types(body)


def test_a_top_is_no_summit() -> None:
    assert not _types("ويعتبر الجبل وجهة سياحية بفضل المناظر الرائعة من على قمته.")
    assert not _types("ووصل المتسلقون إلى قمة جبل إيفرست أمس.")
    assert ("meeting", "قمته") in _types("وعقد الرئيس الأمريكي قمته مع بوتين في هلسنكي.")
    assert ("meeting", "قمتهما") in _types("وعقد الزعيمان قمتهما في سنغافورة.")


def test_an_outlet_named_in_quotes_is_no_march() -> None:
    body = 'في حين أعلن تلفزيون "المسيرة" التابع للحوثيين أن حصيلة القتلى بلغت 30 قتيلا في الغارة الجوية على المستشفى.'
    assert [t[0] for t in _types(body)] == ["attack"]


def test_work_coming_to_a_halt_is_no_arrest() -> None:
    body = "توقف العمل في ميناء أم قصر الرئيسي في العراق عقب اندلاع اشتباكات عنيفة بين محتجين وقوات الأمن."
    assert [t[0] for t in _types(body)] == ["clash"]
    assert [t[0] for t in _types("وتوقف الشرطة المشتبه بهم في باريس.")] == ["arrest"]


def test_attacks_on_a_right_are_words_and_regular_attacks_a_habit() -> None:
    assert not _types("وحذرت من أن التشريع الجديد يصعد الهجوم على حق حرية التعبير في مصر.")
    body = "ولا تزال مناطق خارج سيطرة القوات التي تستهدفها بشكل منتظم هجمات جهادية."
    assert not _types(body)
    assert [t[0] for t in _types("وشن المسلحون هجوما على حاجز للجيش في العريش.")] == ["attack"]


def test_a_verb_after_when_tells_how_the_title_s_event_happened() -> None:
    from marsad.pipeline import process

    title = "مقتل عائلة مسيحية برصاص الإرهاب في باكستان"
    body = (
        "قتل 4 أفراد من عائلة مسيحية بالرصاص، الاثنين، جنوب غربي باكستان. "
        "وكانت العائلة تستقل عربة عندما اعترض مسلحون على متن دراجة نارية مركبتهم وفتحوا النار في مدينة كويتا."
    )
    doc = process(body, title=title, published="2018-04-02", upto="events")
    assert [e["type"] for e in doc.layers["events"]] == ["attack"]
    # with no word of when, the verb may tell another act of a round-up the title sums up
    body = "قتل 4 أفراد من عائلة مسيحية بالرصاص، الاثنين. وأطلق مسلحون النار على حافلة في مدينة كويتا."
    doc = process(body, title=title, published="2018-04-02", upto="events")
    assert [e["type"] for e in doc.layers["events"]] == ["attack", "attack"]


def test_feigning_custody_and_wrecks_of_a_blast_are_no_events() -> None:
    feigned = "وأصيب الرجل بعدة طلقات نارية تظاهر معها بالوفاة خوفا من تصفيته."
    assert "protest" not in [t[0] for t in _types(feigned)]
    assert ("protest", "وتظاهر") in _types("وتظاهر الآلاف في بغداد يوم الجمعة.")
    assert not _types("ومثل 11 متهما، أربعة منهم قيد الاحتجاز، أمام محكمة في إسطنبول.")
    body = "وأضاف مصدر أمني أن ثلاث سيارات تحطمت في الانفجار الذي وقع في شارع المعسكر الروماني."
    assert "disaster" not in [t[0] for t in _types(body)]
    assert [t[0] for t in _types("وتحطمت طائرة ركاب قرب مطار كاتماندو.")] == ["disaster"]


def test_a_march_in_support_is_a_march_an_aim_of_a_plan_no_attack() -> None:
    # دعم after a verb of aiming is an aim (lexicon class goal), for attacks only
    assert [t[0] for t in _types("وخرجت مظاهرة لدعم المتهمين في نيودلهي.")] == ["protest"]
    assert not _types("وأعلنت الحكومة خطة تستهدف دعم الاقتصاد الوطني.")


def test_the_counted_after_an_arrest_word_are_whom_it_took() -> None:
    evs = events("وأكد المصدر أسر سبعة حوثيين في جبهة الساحل الغربي.")
    assert [e["type"] for e in evs] == ["arrest"]
    assert not [a for a in evs[0]["actors"] if "حوثي" in a["name"]]


def test_talking_with_a_named_person_is_a_call() -> None:
    body = "وتحدث الرئيس الفرنسي إيمانويل ماكرون مع نظيره الروسي فلاديمير بوتين يوم الجمعة."
    assert [t[0] for t in _types(body)] == ["meeting"]
    assert not _types("وتحدث الوزير مع الصحفيين عن الأزمة.")


def test_a_protest_with_no_one_named_in_its_clause_takes_the_protesters_of_its_sentence() -> None:
    body = "وتجددت المظاهرات صباح الخميس أمام مبنى الحكومة المحلية في قضاء الزبير، حيث أغلق المحتجون الطريق."
    ev = [e for e in events(body) if e["type"] == "protest"][0]
    assert [a["name"] for a in ev["actors"]] == ["المحتجون"]
    body = "وكانت الاحتجاجات بدأت في 8 يوليو عندما فتحت قوات الأمن النار على متظاهرين شباب في البصرة."
    ev = [e for e in events(body) if e["type"] == "protest"][0]
    assert [a["name"] for a in ev["actors"]] == ["متظاهرين شباب"]


def test_a_killing_verb_with_its_doer_named_is_an_attack() -> None:
    body = "بعدما قتلت القوات الإسرائيلية 62 فلسطينيا خلال احتجاجات عند الحدود مع غزة."
    ev = [e for e in events(body) if e["type"] == "attack"]
    assert len(ev) == 1 and "القوات الإسرائيلية" in [a["name"] for a in ev[0]["actors"]]
    ev = [e for e in events("وقتل الجيش السوري عشرات المسلحين في ريف حماة.") if e["type"] == "attack"]
    assert [a["name"] for a in ev[0]["actors"]][0] == "الجيش السوري"
    # a toll with no doer, or a people as subject, is no act of its own (the figures tell it)
    assert not _types("قتل 5 أشخاص في المدينة.")
    assert not _types("قتل فلسطينيان في المدينة أمس.")


def test_by_the_fire_of_is_an_attack_by_whom_it_names() -> None:
    body = "وبذلك يرتفع إلى 121 عدد الفلسطينيين الذين قتلوا بنيران الاحتلال الإسرائيلي منذ بدء الاحتجاجات."
    ev = [e for e in events(body) if e["type"] == "attack"]
    assert [a["name"] for a in ev[0]["actors"]] == ["الاحتلال الإسرائيلي"]
    assert not _types("والتهمت النيران المنازل.")


def test_a_shell_or_missile_that_fell_or_hit_is_an_attack() -> None:
    assert [t[0] for t in _types("كما أصاب صاروخ فندق الودان في وسط طرابلس.")] == ["attack"]
    assert [t[0] for t in _types("وسقطت قذيفة على منزل في حي الميدان بدمشق.")] == ["attack"]
    assert not _types("وسقط الرئيس في الانتخابات.")


def test_a_day_after_the_report_s_own_day_and_a_word_of_harm_dates_the_act() -> None:
    body = "أعلنت هيئة الأركان الفرنسية الخميس مقتل 30 جهاديا الأحد في اشتباكات بين قوة برخان والقوات المالية."
    ev = [e for e in events(body, published="2018-05-10") if e["type"] == "clash"][0]
    assert ev["date"] == "2018-05-06"  # published on Thursday 2018-05-10: the Sunday before
    ev = [e for e in events("أعلنت الشرطة، السبت، اعتقال 5 أشخاص.") if e["type"] == "arrest"][0]
    assert ev["date"] is None  # the report's day


def test_the_act_that_names_a_battle_is_the_battle() -> None:
    body = "وقتل في معركة تحرير مطار الحديدة، الثلاثاء، أكثر من 250 عنصراً من ميليشيات الحوثي."
    assert [t[0] for t in _types(body)] == ["clash"]


def test_destroying_arms_is_an_attack_destroying_else_is_not() -> None:
    assert [t[0] for t in _types("عشرات القتلى الحوثيين.. وتدمير دبابات مخبأة بالتحيتا")] == ["attack"]
    assert [t[0] for t in _types("كما دمرت مقاتلات التحالف مخزن سلاح للميليشيات في جبهة ميدي.")] == ["attack"]
    assert not _types("وحذر من تدمير البيئة في المنطقة.")
    assert not _types("ودمرت الأمطار أكثر من 20 منزلا.")
    # one's own arsenal destroyed is disarmament, no attack
    assert not _types("مؤكدا أن موسكو دمرت كل أسلحتها الكيميائية.")


def test_a_sweep_is_an_attack() -> None:
    body = "ونفذت ألوية العمالقة عمليات تمشيط واسعة في مديرية التحيتا."
    assert [t[0] for t in _types(body)] == ["attack"]


def test_a_negation_reaches_only_its_own_verb() -> None:
    assert [t[0] for t in _types("ولم يصب أحد وقامت الشرطة باعتقال شقيق فايد.")] == ["arrest"]
    assert not _types("ولم يتم اعتقال أي من المشتبه بهم.")
    assert not _types("ولم توقع إسرائيل وسوريا على معاهدة سلام رسمية.")


def test_heat_waves_and_dust_storms_are_disasters_forecasts_are_not() -> None:
    assert [t[0] for t in _types("موجة حر تحصد عشرات القتلى في أوروبا")] == ["disaster"]
    assert [t[0] for t in _types("وضربت عواصف الغبار ولاية راجستان في الهند.")] == ["disaster"]
    assert not _types("وتوقع خبراء الأرصاد موجة حر جديدة الأسبوع المقبل.")


def test_a_force_retaking_a_place_is_an_attack() -> None:
    evs = events("واستعادت القوات الحكومية مدينة الخوخة من الحوثيين.")
    assert [e["type"] for e in evs] == ["attack"]
    assert "القوات الحكومية" in [a["name"] for a in evs[0]["actors"]]
    assert [p["name"] for p in evs[0]["places"]][0] == "مدينة الخوخة"
    assert not _types("واستعاد الرئيس ثقة الناخبين في المدينة.")
    assert not _types("وأصر على أحقية أذربيجان في استعادة أراضيها بالقوة.")


def test_new_talks_are_a_meeting_talks_told_before_or_called_for_are_not() -> None:
    body = "وجاء ذلك بعد مفاوضات شملت ممثلين لروسيا وجماعة جيش الإسلام في دوما السبت."
    assert [t[0] for t in _types(body)] == ["meeting"]
    assert not _types("ودعتها للكف عن محاولتها تضليل المجتمع الدولي والدخول في مفاوضات لحل النزاع.")
    assert not _types("وتكمن نقطة الخلاف الرئيسية في المفاوضات في كيفية تلبية المطالب.")


def test_an_act_threatened_is_none() -> None:
    body = "وهددت فرنسا والولايات المتحدة في الأيام الأخيرة دمشق بضربات انتقامية."
    assert not _types(body)
    assert not _types("وأغلقت المنافذ بعدما هدد تنظيم الدولة الإسلامية باستهداف مراكز الاقتراع.")


def test_a_hazard_that_kills_in_a_title_is_no_attack() -> None:
    from marsad.pipeline import process

    doc = process(
        "تسببت الموجة الحارة الشديدة في اليابان في مقتل 14 شخصا.",
        title="الحر يقتل 14 شخصاً في اليابان خلال 3 أيام",
        published="2018-07-17",
        upto="events",
    )
    assert [e["type"] for e in doc.layers["events"]] == ["disaster"]
