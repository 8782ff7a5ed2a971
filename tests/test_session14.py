"""Patterns found in session 14, from reading Marsad's output on unseen news articles.

Each test shows the Arabic a rule handles, and the near case it leaves alone.
"""

from __future__ import annotations

from tests.claims_helpers import figs, said, short, sources

# -- figures: casualty words


def test_prisoners_held_are_captured_and_freed_ones_are_not() -> None:
    assert short("وقالت إن السجون الرسمية تضم نحو 6500 سجين.") == [(6500, "captured", "unspecified")]
    assert short("وقال التقرير إن السجن يضم 300 سجينا.") == [(300, "captured", "unspecified")]
    # released or pardoned prisoners are no figure (cue role release: أفرج، عفو)
    assert short("وأفرجت السلطات عن 50 سجينا.") == []
    assert short("أصدر الرئيس عفوا عن 712 سجينا.") == []
    assert short("السيسي يصدر عفوا عن مئات السجناء") == []


def test_executed_prisoners_are_killed_not_captured() -> None:
    assert short("أعدمت السلطات 12 سجينا.") == [(12, "killed", "unspecified")]
    assert short("وأعدموا ثلاثة رجال في الساحة.") == [(3, "killed", "unspecified")]


def test_the_treated_are_the_injured() -> None:
    assert short("وذكرت وزارة الصحة أنه تم علاج 136 شخصا ميدانيا، و106 آخرين بالمستشفيات.") == [
        (136, "injured", "unspecified"),
        (106, "injured", "unspecified"),
    ]
    assert short("وقالت المنظمة إن أكثر من 500 شخص عولجوا من أعراض الاختناق.") == [(500, "injured", "unspecified")]
    # with no people noun after its number, علاج counts nothing (sense "people")
    assert short("وخصصت الحكومة 5 ملايين دولار لعلاج المرضى.") == []


def test_people_fleeing_in_the_imperfect_are_displaced() -> None:
    assert short("مئات المدنيين يفرون من إدلب خوف هجوم وشيك") == [(100, "displaced", "civilian")]
    assert short("يفر آلاف الأشخاص من المدينة.") == [(1000, "displaced", "unspecified")]
    # with no number, no figure
    assert short("وتفر العائلات من القصف.") == []


def test_a_single_diplomat_arrested_is_one_captured() -> None:
    assert short("كما اعتقلت ألمانيا دبلوماسيا إيرانيا.") == [(1, "captured", "civilian")]
    # a diplomat named after a description and a comma is one only named
    assert (
        short("أعلنت الوكالة وفاة الدبلوماسي الغاني والأمين العام السابق للأمم المتحدة، كوفي عنان، أمس.")
        == []
    )


# -- figures: reading the number


def test_a_part_named_among_the_harmed_before_a_comma() -> None:
    # "من بين الموقوفين،": the number after the comma is a part of the harmed named before it
    assert short("ومن بين الموقوفين، حوالي 7500 عسكري.") == [(7500, "captured", "military")]
    assert short("ومن بين القتلى، 5 أطفال.") == [(5, "killed", "civilian")]
    # a comma after a word that is not the harmed still ends the reach
    assert short("ومن بين الحضور، 5 أطفال.") == []


def test_one_of_them_is_the_subject_of_the_verb_after_a_number() -> None:
    # "خمسة أشخاص قتل أحدهم": one of the five was killed, not the five
    assert short("واستهدف المهاجم خمسة أشخاص قتل أحدهم في حين أصيب أربعة آخرين.") == [
        (1, "killed", "unspecified"),
        (4, "injured", "unspecified"),
    ]
    assert short("أصيب ثلاثة أشخاص توفي أحدهم لاحقا.") == [
        (3, "injured", "unspecified"),
        (1, "killed", "unspecified"),
    ]
    # one of them as the noun's own breakdown is not the verb's subject
    assert short("قتل خمسة أشخاص أحدهم طفل.") == [(5, "killed", "unspecified")]


def test_one_of_the_two_makes_a_plural_in_ين_a_dual() -> None:
    assert short("وأعلنت الوزارة وفاة فلسطينيين السبت أحدهما صحفي.") == [(2, "killed", "unspecified")]
    assert short("وأصيب فلسطينيين كلاهما في حالة خطرة.") == [(2, "injured", "unspecified")]
    # with no "one of the two" it is a plural of no size
    assert short("وقتل فلسطينيين في غزة.") == []


def test_a_long_group_name_before_a_split_of_killed_and_injured() -> None:
    assert short("سقط 30 من القوات السورية الحكومية والميليشيات الإيرانية بين قتيل وجريح.") == [
        (30, "killed_or_injured", "military")
    ]
    assert short("وسقط العشرات من القوات السورية الحكومية والقوات والميليشيات الإيرانية بين قتيل وجريح.") == [
        (10, "killed_or_injured", "military")
    ]


def test_a_harm_only_foreseen_is_no_figure() -> None:
    # قد + an imperfect verb of bringing about, or its future with س (cue role may_cause)
    assert short("مشيرا إلى أنه قد يسفر عن مقتل مئات الآلاف من الأشخاص.") == []
    assert short("وحذر من أن الهجوم سيؤدي إلى مقتل الآلاف.") == []
    # the perfect is a harm done, with قد or not
    assert short("وقد أسفر الهجوم عن مقتل 5 أشخاص.") == [(5, "killed", "unspecified")]


# -- figures: sources


def test_the_antecedent_of_a_relative_clause_that_announced_the_harm_is_its_source() -> None:
    text = 'رفضت إيران ما أسمتها "مزاعم" وزارة الداخلية البحرينية، التي أعلنت القبض على 14 إيرانيا.'
    assert sources(text) == ["وزارة الداخلية البحرينية"]
    assert said(text)[-1] == ("وزارة الداخلية البحرينية", "أعلنت", "القبض على 14 إيرانيا")


def test_the_harmed_named_by_their_kin_stay_in_the_source() -> None:
    text = "قال نشطاء وأقارب سجناء إن أعمال شغب اجتاحت مركز احتجاز يضم عشرات المعارضين."
    assert sources(text) == ["نشطاء وأقارب سجناء"]
    assert sources("وقال أهالي الضحايا إن 5 أشخاص قتلوا.") == ["أهالي الضحايا"]


# -- statements


def test_a_relative_clause_with_its_content_as_object_reports_the_antecedent() -> None:
    # أعلن and أكد (flag content_obj): "التي أعلنت القبض على" is a report of the body before
    assert said("ونفت الحكومة رواية الشرطة التي أكدت مقتل المتظاهرين.")[-1] == (
        "الشرطة",
        "أكدت",
        "مقتل المتظاهرين",
    )
    assert said("ورفضت الحكومة رواية وزارة الداخلية التي أكدت مقتل المتظاهرين.")[-1] == (
        "وزارة الداخلية",
        "أكدت",
        "مقتل المتظاهرين",
    )
    # set off by commas, the content ends at the comma that closes the clause
    assert said("وكانت الشرطة، التي أكدت مقتل المتظاهرين، قد فتحت تحقيقا.") == [
        ("الشرطة", "أكدت", "مقتل المتظاهرين")
    ]
    # a verb with its own subject after it: the subject speaks ("التي أعلنت الشرطة أنها")
    assert said("وهي الحصيلة التي أعلنت الشرطة أنها نهائية.") == [("الشرطة", "أعلنت", "أنها نهائية")]
    # past a time word, the object; a preposition there means no object (and a passive verb)
    assert said("وتتزامن الزيارة مع قرار المحكمة الدستورية التي أعلنت السبت الماضي إلغاء الأحكام.") == [
        ("المحكمة الدستورية", "أعلنت", "إلغاء الأحكام")
    ]
    assert said("وأيدت الجامعة قرار المغرب الذي أعلن الثلاثاء بعد الاتهامات.") == []
    # a noun with the antecedent's pronoun after the verb is its subject, no object ("أكد قائده")
    assert said("وسارع الجيش، الذي أكد قائده العماد جوزيف عون، إلى نفي الأخبار.") == []
    # after the closing comma, لكن carries the words said on
    assert said("لوزارة الدفاع الروسية، التي قالت إن 103 صواريخ أطلقت، لكن الدفاعات أسقطت 71 منها.") == [
        ("وزارة الدفاع الروسية", "قالت", "إن 103 صواريخ أطلقت، لكن الدفاعات أسقطت 71 منها")
    ]


def test_the_claim_of_a_pretext_is_not_the_content_of_the_verb_before() -> None:
    # "بزعم أن": the أن is the pretext's; the verb's content is its object
    assert said("أعلن الجيش الإسرائيلي قتل فلسطيني، الأحد، بزعم أنه كان يحاول التسلل.") == [
        ("الجيش الإسرائيلي", "أعلن", "قتل فلسطيني، الأحد، بزعم أنه كان يحاول التسلل")
    ]


def test_a_definite_word_after_lil_keeps_its_own_lam() -> None:
    # "للجنة" is لـ + اللجنة (the article lost its alif and its lam): the name is اللجنة, not الجنة
    assert said("وقال تقرير للجنة المشكلة إن المحافظ غاب عن الأزمة.")[0][0] == "اللجنة المشكلة"
    # "للمصدر" is لـ + المصدر
    assert said("ووفقا للمصدر فإن الهجوم وقع ليلا.")[0][0] == "المصدر"


def test_a_participle_right_after_a_verb_with_its_content_is_one_act() -> None:
    text = 'شككت شاهدة عيان في رواية السائق. وأضافت متسائلة "كيف لأحد أن يفقد السيطرة".'
    assert said(text)[1] == ("شاهدة عيان", "وأضافت متسائلة", "كيف لأحد أن يفقد السيطرة")
    # a participle that is a noun (مدعية: a prosecutor) opens the speaker
    assert said("حذرت مدعية المحكمة الجنائية الدولية فاتو بنسودا من أن المحكمة قد تحاكم المسؤولين.") == [
        ("مدعية المحكمة الجنائية الدولية فاتو بنسودا", "حذرت", "من أن المحكمة قد تحاكم المسؤولين")
    ]


def test_his_father_is_one_word() -> None:
    # والده is not و + الده (lexicon clitic_exceptions)
    assert said("إلا أن والده أعلن عفوه عن ابنه.") == [("والده", "أعلن", "عفوه عن ابنه")]


# -- figures: qualifier, since, source (more)


def test_a_number_joined_by_wa_shares_the_qualifier_before_the_first() -> None:
    assert [(c["count"], c["qualifier"]) for c in figs("أدى التدخل إلى سقوط أكثر من 10 آلاف قتيل و50 ألف جريح.")] == [
        (10000, "at_least"),
        (50000, "at_least"),
    ]
    text = 'وأحصى المرصد ضحايا المعركة بنحو 176 من "قوات سوريا الديمقراطية" و325 من تنظيم الدولة.'
    assert [(c["count"], c["qualifier"]) for c in figs(text)] == [(176, "approximate"), (325, "approximate")]
    # a casualty word of its own after و: its own figure, its own qualifier
    assert [(c["count"], c["qualifier"]) for c in figs("أسفر القصف عن مقتل نحو 10 أشخاص وإصابة 20 آخرين.")] == [
        (10, "approximate"),
        (20, "exact"),
    ]


def test_a_period_of_two_dates_closed_by_a_comma_gives_the_start() -> None:
    text = "وقال المركز إن فرقه رصدت خلال الفترة من 21 مارس 2015 إلى 31 مارس 2018، مقتل 3021 مدنيا."
    assert [(c["count"], c["new"], c["since"]) for c in figs(text, published="2018-05-02")] == [
        (3021, False, "2015-03-21")
    ]


def test_a_word_of_rise_ends_the_source_name() -> None:
    assert sources("وذكرت مصادر عسكرية وطبية ارتفاع عدد القتلى إلى نحو 255 قتيل.") == ["مصادر عسكرية وطبية"]


def test_a_foreseen_harm_over_a_quotation_mark() -> None:
    assert short('مشيرا إلى أنه قد "يسفر عن مقتل مئات الآلاف من الأشخاص".') == []


def test_a_ministry_named_by_its_country_then_by_its_seat_is_one_source() -> None:
    text = (
        "أعلنت وزارة الصحة في غزة السبت وفاة فلسطينيين أحدهما صحافي. "
        "وأعلنت وزارة الصحة الفلسطينية وفاة فلسطينيين السبت أحدهما صحفي."
    )
    assert [(c["count"], (c["source"] or {}).get("name")) for c in figs(text)] == [(2, "وزارة الصحة في غزة")]
    # two ministries of two countries stay apart
    text = "أعلنت وزارة الصحة السورية مقتل 5 أشخاص. وأعلنت وزارة الصحة العراقية مقتل 5 أشخاص."
    assert len(figs(text)) == 2


def test_a_report_made_in_a_record_just_issued_is_its_issuers() -> None:
    # "جاء فيه" after a record issued (channels kind issue): the verb's subject speaks
    assert said("وأصدرت وزارة الخارجية الأمريكية بيانا جاء فيه أن العنف أدى إلى وفيات.") == [
        ("وزارة الخارجية الأمريكية", "جاء", "أن العنف أدى إلى وفيات")
    ]
    assert said("لكن الوزارة أصدرت بيانا جاء فيه أن العنف أدى إلى وفيات.") == [
        ("الوزارة", "جاء", "أن العنف أدى إلى وفيات")
    ]
    # with قال فيه, the subject before the verb of issuing, without the verb and the record
    assert said("لكن وزارة الخارجية أصدرت بيانا قالت فيه إن العنف أدى إلى وفيات.") == [
        ("وزارة الخارجية", "قالت", "إن العنف أدى إلى وفيات")
    ]
    # "جاء فيه" with no record issued before it is no report
    assert said("وهو ما جاء فيه الكثير.") == []


def test_a_people_noun_before_its_numeral_two() -> None:
    # أصاب (sense "people") with the harmed before their numeral "اثنين"
    assert short("وأصاب المهاجم إسرائيليين اثنين.") == [(2, "injured", "unspecified")]
    # (and the attacker shot dead is one killed, as in "وأردي المهاجم قتيلا": the number before the
    # comma does not count him; session 42)
    out = short("كما أردي المهاجم الفلسطيني، الذي أصاب كذلك إسرائيليين اثنين، قتيلا بالرصاص.")
    assert [(c, o) for c, o, _ in out] == [(2, "injured"), (1, "killed")]
    # things hit are no people
    assert short("وأصابت الرصاصة هدفين اثنين.") == []
    # a unit's number after a title is still no count
    assert short("مقتل قائد كتيبة الاتصالات 481.") == [(1, "killed", "military")]


def test_the_held_behind_bars_on_either_side_of_the_verb() -> None:
    # يقبع (sense "persons"): the number may come after it with its people noun
    assert short("يقبع في السجن 50 ناشطا.") == [(50, "captured", "civilian")]


def test_a_pair_counted_once_is_not_counted_again_by_its_definite_noun() -> None:
    text = (
        "أعلنت السلطات المصرية أن بكتيريا إيكولاي هي سبب وفاة زوجين من بريطانيا في منتجع. "
        "وقال النائب العام إن التشريح أثبت أن البكتيريا هي سبب وفاة الزوج والسبب المرجح وراء وفاة الزوجة. "
        "ونفى البيان أي علاقة بين وفاة الزوجين والمبيد."
    )
    assert short(text) == [(2, "killed", "civilian")]
    # a definite single of another noun is someone else ("مقتل المهاجم" after "قتل ثلاثة أشخاص")
    text = "وكان المسلح قد قتل ثلاثة أشخاص في المتجر. وأعلن التنظيم مسؤوليته بعد مقتل المهاجم."
    assert [f[0] for f in short(text)] == [3, 1]


def test_a_source_asking_to_stay_unnamed_is_an_aside() -> None:
    # after a verb of asking or refusing, التحفظ / الكشف / عدم open the condition (adjunct kind anonymity)
    assert said("وقال دبلوماسيان ومسؤولان يمنيان، طلبوا التحفظ على هوياتهم، إن المتحدث تواصل مع مسؤولين.") == [
        ("دبلوماسيان ومسؤولان يمنيان", "وقال", "إن المتحدث تواصل مع مسؤولين")
    ]
    # its عن opens no content of a verb that takes عن (كشف عن)
    assert said("وكشف مصدر من داخل المفوضية، رفض الكشف عن اسمه، أن الحادث هو الثاني.") == [
        ("مصدر من داخل المفوضية", "وكشف", "أن الحادث هو الثاني")
    ]
    assert said("وقال مسؤول طلب عدم ذكر اسمه إن الهجوم فشل.") == [("مسؤول", "وقال", "إن الهجوم فشل")]


def test_the_occasion_of_a_statement_is_no_speaker() -> None:
    text = "دعت وزارة حقوق الإنسان إلى حملة. وأشارت في بيان، بمناسبة اليوم العالمي للصحافة، إلى العداء للصحافيين."
    assert said(text)[1] == ("وزارة حقوق الإنسان", "وأشارت", "إلى العداء للصحافيين")


def test_one_who_fell_victim() -> None:
    # "راح ضحيته" (cue role fell) before an indefinite singular or dual people noun
    assert short("غداة تفجير استهدف دورية للدرك راح ضحيته رجل أمن يوم الجمعة.") == [(1, "killed", "military")]
    assert short("هجوم راح ضحيته طفلان.") == [(2, "killed", "civilian")]
    # a definite one is someone already told
    assert short("هجوم راح ضحيته الرجل.") == []


def test_the_feminine_plural_of_the_held() -> None:
    assert short("وتضم المخيمات 40 امرأة محتجزات منذ عام.") == [(40, "captured", "civilian")]
    assert short("وأفرجت السلطات عن 20 معتقلات.") == []


def test_people_who_fled_before_the_plural_verb() -> None:
    # فروا (sense persons): the number may stand before the verb with its people noun
    assert short("وأكدت الأمم المتحدة أن ما لا يقل عن 45 ألف شخص فروا جراء القتال.") == [
        (45000, "displaced", "unspecified")
    ]
    # "وفروا لهم وظائف": provided, no people counted
    assert short("وفروا لهم 5000 وظيفة.") == []


def test_the_present_of_arresting_holds_people() -> None:
    assert short("وتقول المنظمة إن السلطات المصرية تعتقل 31 صحفيا على الأقل.") == [(31, "captured", "civilian")]


def test_a_name_that_looks_like_a_clitic_and_a_word() -> None:
    # فراس is a name, not ف + راس (lexicon clitic_exceptions)
    assert said("وقال فراس الدومي، أحد السكان، إن القصف كان عنيفا.") == [
        ("فراس الدومي", "وقال", "إن القصف كان عنيفا")
    ]
