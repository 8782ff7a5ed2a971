"""Session 39.

Statements: an adverb of how or when, right after the reporting verb, is not its speaker
(statements_adjuncts kind manner): "وشدد شخصيا على براءته"، "وقال دائما إن"، "وأكد مرارا أن". (Not الآن: normalized,
it is the name آلان/ألان, "وقال ألان ستاين".)

A bare plural of people with where they are from says what its plural present verb reports: "لكن
دبلوماسيين من الأمم المتحدة يخشون من أن"، "مسؤولين في وزارة الدفاع يقولون إن".

A preposition with و opening a sentence is no verb whose subject could speak later: "ومن المقرر أن يجري
المبعوث محادثات" gives the envoy, not المقرر (a rapporteur elsewhere), for a pronoun after it.

A verb that reports only with إن/أن (رفض) finds none past a relative clause whose own verb has its own
subject: in "رفضت كرواتيا تسليم الرجل الذي قالت حماس إنه"، إنه is what Hamas said.

بحيث (so that) opens a clause of its own, like حيث (statements_adjuncts kind clause_link).

A verb whose subject is named after it, in a relative clause, says what follows, even where a noun
that could be the relative's antecedent stands before it; not a verb that takes an object (وصف،
اتهم): "الجماعة التي وصفت إسرائيل بأنها" is the group's description.

A reporting phrase set off by a comma and a colon before a quotation is an aside: 'وتابع، بحسب
الأناضول: "..."' is his, relayed by the agency. بلاغ (a communiqué) is a medium: "بحسب بلاغ لمكتب
نتنياهو" speaks for the office.

A country that opens a headline is the subject of the verbs after it: "روسيا تستدعي السفير البريطاني
وتصف الاتهامات بأنها هراء" is Russia's description, not the ambassador's.

A sentence opening with a record and the verb of issuing it ("وكانت إحصائية نشرها موقع الجيش اليمني،
الاثنين، قالت إن") speaks for who issued it.

A breakdown (حسب المناطق، حسب الجنسية) is no source (statements_phrases kind not_source): "وأشارت
المجموعة إلى أن القتلى توزعوا حسب المناطق: 35 شخصا قضوا في دمشق" is the group's.

A PhD or master's student (طالب الدكتوراه) is no one demanding (statements_phrases kind noun_phrase).

A quoted name after the speaker's own words, right before the verb's complement, is part of the
speaker: 'كشف المتحدث باسم قوات التحالف "تحالف دعم الشرعية" عن سبب الاستهداف' is the spokesman's, not a
quotation. A relay (نقلا عن) right after a quoted outlet's name, with no comma, still names who spoke:
'وفقا لما نقلته وكالة الأنباء السعودية "واس" نقلا عن المتحدث باسم التحالف'.

ورد before a speaker, with no medium after it, is و and رد (replied), not "ورد في" (came in): "ورد
الوزير بالقول إن"; بالقول is one of رد's complements. A strict verb's own preposition ends its speaker:
"ردت الحكومة على الاتهامات بالقول إن" is the government's. كرر (repeated) and لاحظ (noted) report with
إن/أن (statements_verbs, strict); كرر also with what it repeats ("وكرر دعوته إلى الحوار", like جدد), and what it
repeats is no part of its speaker (flag obj_own): a noun with its own pronoun or a noun of words said
(التأكيدات، lexicon kind said_object) opens it: "وكرر ترامب وعده الانتخابي بأن"، "وكرر لافروف التأكيدات
الروسية بأن". ورد is no
particle (only جاء is: "كما جاء في"), and it is رد only with a subject or رد's own preposition after it (not
"ورد فيه أن"): the subject of "ورد الأسقف، أرتورو باستيس، على الرئيس" speaks for the
participle after it.

The noun right before بمثابة is what is judged, not who judges: "واعتبرت التصريح بمثابة رسالة مفادها أن"
is the paper's, named before.

A relay in a phrase names who spoke after عن, even where that is itself a medium: "بحسب ما نقلت وكالة
أسوشيتد برس عن وسائل إعلام إيرانية" is the Iranian media's, relayed by the agency, for the statement and
for a figure it gives.

How many spoke, in digits right after the verb, is part of who spoke: "وقالت 12 منظمة غير حكومية إن".

A clitic written apart with a tatweel before a quoted name ('وفقاً للـ"بنتاغون"') is no word of the name:
the Pentagon gives the figure and says what the sentence tells (statements_phrases "وفقا لل").

Figures: a singular harmed after a verb whose subject is an indefinite noun with a definite genitive
("خطفت ميليشيات الحوثي مسؤولا حكوميا") counts one; the genitive is the subject's, not the harmed.

One of a group after a verb and its subject is one harmed: "واعتقلت الشرطة أحد المتظاهرين" = 1, and so
after أيضا: "واختطف الحوثيون أيضا أحد الطلاب" = 1.

A rising toll may reach its number over a relative clause set off by commas: "ارتفاع أعداد قتلى الضربات،
التي استهدفت منطقة الكسوة في القطاع الجنوبي الغربي من ريف دمشق، إلى 15" (TOLL_OVER_RELATIVE words).

A plural in ين before a dual verb is two: "أن فلسطينيين قتلا في غارات" = 2, and a word of wounds after
the verb shows it passive as a place or an agent does: "بأن شرطيين أصيبا بجروح" = 2.

A number right after a figure, its people noun and a comma, followed by في and a place, is the first
of its parts told place by place: "إصابة 15 فلسطينيا، اثنان في رفح و13 في غزة" gives 15, 2 and 13 (not
"5 في عام 2010", "40 في المئة").

A bare number after و followed by what caused it, like the figure before it, is another
part of the same toll: "إن 20 فلسطينيا قضوا نتيجة طلق ناري، و18 جراء القصف" (18 killed too; نتيجة
is a cause, figures_cues role agent). "لم يعرف مكان مقتلهم" tells the place of a killing unknown, not
the whereabouts: the three were killed, not missing.
"""

from __future__ import annotations

from marsad.pipeline import process
from tests.claims_helpers import counted, said, short, spoken, stmts


def test_an_adverb_after_the_verb_is_no_speaker() -> None:
    assert spoken("ونفى الوزير التهم. وشدد شخصيا على براءته من جميع الادعاءات.") == [
        ("الوزير", "التهم"),
        ("الوزير", "على براءته من جميع الادعاءات"),
    ]
    assert spoken("ونفى الرئيس ذلك. وقال دائما إن بلاده لن تتراجع.") == [("الرئيس", "ذلك"), ("الرئيس", "إن بلاده لن تتراجع")]
    assert spoken("وأعربت الوزارة عن قلقها. وأكدت مرارا أن الحدود آمنة.") == [
        ("الوزارة", "عن قلقها"),
        ("الوزارة", "أن الحدود آمنة"),
    ]


def test_alan_is_a_name() -> None:
    assert spoken("وقال ألان ستاين أستاذ علم النفس إن الدراسة مهمة.") == [("ألان ستاين أستاذ علم النفس", "إن الدراسة مهمة")]


def test_a_bare_plural_with_where_they_are_from_speaks() -> None:
    assert spoken("وقتل الآلاف في الحرب، لكن دبلوماسيين من الأمم المتحدة يخشون من أن يؤدي الهجوم إلى كارثة.") == [
        ("دبلوماسيين من الأمم المتحدة", "من أن يؤدي الهجوم إلى كارثة")
    ]
    assert spoken("لكن مسؤولين في وزارة الدفاع يقولون إن الهجوم فشل.") == [("مسؤولين في وزارة الدفاع", "إن الهجوم فشل")]


def test_a_sentence_opening_with_a_preposition_gives_no_referent() -> None:
    assert spoken("ومن المقرر أن يجري المبعوث محادثات في جنيف. ويخشى من أن يؤدي الهجوم إلى كارثة.") == [
        ("المبعوث", "من أن يؤدي الهجوم إلى كارثة")
    ]


def test_a_strict_verb_finds_no_content_in_a_relative_clause_with_its_own_speaker() -> None:
    assert spoken("رفضت كرواتيا تسليم المواطن الذي قالت حركة حماس إنه كان أحد كوادرها.") == [
        ("حركة حماس", "إنه كان أحد كوادرها")
    ]


def test_so_that_opens_a_clause() -> None:
    assert spoken("جددت روسيا تأكيد دعمها للاتفاق بحيث أكد الوزير أن الاتفاق مهم.") == [
        ("روسيا", "تأكيد دعمها للاتفاق"),
        ("الوزير", "أن الاتفاق مهم"),
    ]


def test_a_record_and_who_issued_it_open_the_sentence() -> None:
    assert spoken("شنت الطائرات غارات على المدينة. وكانت إحصائية نشرها موقع الجيش اليمني، الاثنين، قالت إن المعارك مستمرة.") == [
        ("موقع الجيش اليمني", "إن المعارك مستمرة")
    ]
    assert spoken("وكان بيان أصدرته وزارة الخارجية، الإثنين، ذكر أن العمال بخير.") == [("وزارة الخارجية", "أن العمال بخير")]


def test_a_relative_verb_with_its_own_subject_speaks_not_one_with_an_object() -> None:
    assert spoken("وكتب المحرر عن المواطن الذي قالت الشرطة إنه فر إلى الخارج.") == [("الشرطة", "إنه فر إلى الخارج")]
    assert [sp for sp, _ in spoken("وحضر الوزير مأدبة جماعة غوداس، التي وصفت إسرائيل بأنها دولة عنصرية.")] != ["إسرائيل"]


def test_a_reporting_phrase_before_a_colon_is_an_aside() -> None:
    assert spoken('وقال أوكطار إن دخله قليل. وتابع، بحسب الأناضول: "أعيش مثل عامة الشعب".') == [
        ("أوكطار", "إن دخله قليل"),
        ("أوكطار", "أعيش مثل عامة الشعب"),
    ]


def test_a_communique_speaks_for_who_issued_it() -> None:
    assert spoken("وسيناقش الطرفان التطورات الإقليمية بحسب بلاغ لمكتب رئيس الوزراء.") == [
        ("مكتب رئيس الوزراء", "وسيناقش الطرفان التطورات الإقليمية")
    ]


def test_a_country_opening_a_headline_is_the_subject_of_its_verbs() -> None:
    doc = process("وقال الوزير إن البلاد لن ترد.", title="روسيا تستدعي السفير البريطاني وتصف الاتهامات بأنها هراء")
    first = doc.layers["statements"][0]
    assert (first["speaker"]["name"], first["content"]) == ("روسيا", "الاتهامات بأنها هراء")


def test_a_breakdown_by_region_is_no_source() -> None:
    assert counted("وأشارت المجموعة إلى أن القتلى توزعوا حسب المناطق على النحو التالي: 35 شخصا قضوا في دمشق.") == [
        (35, "killed", "المجموعة")
    ]


def test_parts_of_a_toll_told_by_their_cause() -> None:
    assert counted("وقالت المجموعة إن 20 فلسطينيا قضوا نتيجة طلق ناري، و18 جراء القصف.") == [
        (20, "killed", "المجموعة"),
        (18, "killed", "المجموعة"),
    ]
    assert counted("قتل 5 أشخاص بسبب الفيضانات، و3 جراء الانهيارات.") == [(5, "killed", None), (3, "killed", None)]
    assert counted("أصيب 12 شخصا بسبب القصف، و40 دولة أدانت الهجوم.") == [(12, "injured", None)]


def test_the_place_of_a_killing_unknown_is_no_missing() -> None:
    assert counted("وقالت المجموعة إن 3 لم يعرف مكان مقتلهم.") == [(3, "killed", "المجموعة")]
    assert counted("ولا يعرف مكان 30 مختطفا.") == [(30, "missing", None)]
    assert counted("ووثق التقرير 1202 معتقل، موزعين على 59 مكان احتجاز.") == [(1202, "captured", "التقرير")]


def test_a_phd_student_demands_nothing() -> None:
    assert spoken("وأضاف البيان أن التسجيلات لم يظهر فيها طالب الدكتوراه الإيطالي (28 عاما) الذي اختفى.") == [
        ("البيان", "أن التسجيلات لم يظهر فيها طالب الدكتوراه الإيطالي (28 عاما) الذي اختفى")
    ]


def test_a_quoted_name_before_the_complement_is_the_speakers() -> None:
    assert spoken('كشف المتحدث باسم قوات التحالف "تحالف دعم الشرعية في اليمن" عن سبب الاستهداف في صعدة.') == [
        ("المتحدث باسم قوات التحالف تحالف دعم الشرعية في اليمن", "عن سبب الاستهداف في صعدة")
    ]


def test_a_relay_after_a_quoted_outlet_name() -> None:
    assert said('اعترضت الدفاعات صاروخا، وفقا لما نقلته وكالة الأنباء السعودية "واس" نقلا عن المتحدث باسم التحالف.') == [
        ("المتحدث باسم التحالف", "وفقا لما نقلته", "اعترضت الدفاعات صاروخا")
    ]


def test_one_harmed_after_a_subject_with_its_genitive() -> None:
    assert short("خطفت ميليشيات الحوثي مسؤولا حكوميا في محافظة حجة.") == [(1, "captured", "unspecified")]


def test_wa_radda_replied() -> None:
    assert spoken("ورد الوزير بالقول إن الشمال مستعد للحوار.") == [("الوزير", "بالقول إن الشمال مستعد للحوار")]
    assert spoken("ورد في البيان أن الهجوم فشل.") == [("البيان", "أن الهجوم فشل")]
    assert spoken("وردت أنباء عن سقوط قتلى في القصف.") == []


def test_a_strict_verbs_preposition_ends_its_speaker() -> None:
    assert spoken("ردت الحكومة على الاتهامات بالقول إن الجيش لم يقصف المدينة.") == [
        ("الحكومة", "بالقول إن الجيش لم يقصف المدينة")
    ]
    assert spoken("وعلق الوزير على القرار بأنه خاطئ.") == [("الوزير", "بأنه خاطئ")]


def test_repeated_and_noted() -> None:
    assert spoken("وكرر الوزير أن بلاده مستعدة للحوار.") == [("الوزير", "أن بلاده مستعدة للحوار")]
    assert spoken("ولاحظت الصحيفة أن السياسة ساهمت في ارتفاع الجرائم.") == [
        ("الصحيفة", "أن السياسة ساهمت في ارتفاع الجرائم")
    ]
    assert spoken("وكرر الفريق الفوز على منافسه.") == []


def test_the_noun_before_bimathabat_is_judged() -> None:
    assert spoken(
        "ونشرت الصحيفة التصريح على صفحتها الأولى. واعتبرت التصريح بمثابة رسالة واضحة مفادها أن الحرب قادمة."
    ) == [("الصحيفة", "أن الحرب قادمة")]


def test_repeated_a_call() -> None:
    assert spoken("وأعرب الاتحاد الأوروبي عن قلقه. وكرر دعوته إلى حل سياسي.") == [
        ("الاتحاد الأوروبي", "عن قلقه"),
        ("الاتحاد الأوروبي", "دعوته إلى حل سياسي"),
    ]


def test_the_one_who_replied_speaks_for_the_participle() -> None:
    assert [sp for sp, _ in spoken('ورد الأسقف، أرتورو باستيس، على الرئيس واصفا إياه بأنه "رجل مجنون".')] == [
        "أرتورو باستيس"
    ]


def test_what_was_repeated_is_no_part_of_the_speaker() -> None:
    assert spoken("وكرر الرئيس وعده الانتخابي بأن الجار سيدفع تكلفة الجدار.") == [("الرئيس", "بأن الجار سيدفع تكلفة الجدار")]
    assert spoken("وكرر الوزير التأكيدات الروسية السابقة بأن الصواريخ فشلت.") == [("الوزير", "بأن الصواريخ فشلت")]
    assert spoken("وختم الرئيس الأمريكي كلمته بالقول إن الحرب انتهت.") == [("الرئيس الأمريكي", "بالقول إن الحرب انتهت")]


def test_came_in_it_is_no_reply() -> None:
    assert spoken("وكان مقال نشر في الصحيفة ورد فيه أن الإدارة تعمل على تشكيل قوة.") == []


def test_a_plural_before_a_dual_verb_is_two() -> None:
    assert counted("ويذكر أن فلسطينيين قتلا في غارات جوية إسرائيلية.") == [(2, "killed", None)]
    assert counted("وأفادت الشرطة بأن شرطيين أصيبا بجروح.") == [(2, "injured", "الشرطة")]
    assert counted("وقال إن رجلا أصاب زوجته بجروح.") == []


def test_parts_told_place_by_place_after_a_comma() -> None:
    assert counted("وأسفرت الغارات عن إصابة 15 فلسطينيا، اثنان في رفح جنوب القطاع و13 في مدينة غزة.") == [
        (15, "injured", None),
        (2, "injured", None),
        (13, "injured", None),
    ]
    assert counted("قتل 20 شخصا، 5 في عام 2010.") == [(20, "killed", None)]
    assert counted("أصيب 12 شخصا، 40 في المئة منهم أطفال.") == [(12, "injured", None)]


def test_one_of_them_after_a_verb_and_its_subject() -> None:
    assert short("واعتقلت الشرطة أحد المتظاهرين.") == [(1, "captured", "unspecified")]
    assert short("واختطف الحوثيون أيضا أحد الطلاب.") == [(1, "captured", "civilian")]
    assert short("وأصاب القصف أحد المنازل.") == []


def test_a_relayed_medium_speaks() -> None:
    text = "قتل عناصر الأمن اثنين من المسلحين، بحسب ما نقلت وكالة أسوشيتد برس عن وسائل إعلام إيرانية."
    assert counted(text) == [(2, "killed", "وسائل إعلام إيرانية")]
    [st] = stmts(text)
    assert (st["speaker"]["name"], st["via"]) == ("وسائل إعلام إيرانية", ["وكالة أسوشيتد برس"])
    assert counted("قتل 3 أشخاص، بحسب ما نقلت وكالة رويترز عن مسؤول أمني.") == [(3, "killed", "مسؤول أمني")]


def test_a_toll_over_a_relative_clause_between_commas() -> None:
    assert counted(
        "وأعلن المرصد عن ارتفاع أعداد قتلى الضربات الصاروخية، التي استهدفت منطقة الكسوة في القطاع الجنوبي الغربي "
        "من ريف دمشق، إلى 15 على الأقل."
    ) == [(15, "killed", "المرصد")]


def test_how_many_spoke_is_part_of_the_speaker() -> None:
    assert spoken("وقالت 12 منظمة غير حكومية إن الوضع خطير.") == [("12 منظمة غير حكومية", "إن الوضع خطير")]
    assert spoken("وأعلنت وزارة الصحة 5 وفيات جديدة.") == [("وزارة الصحة", "5 وفيات جديدة")]


def test_a_clitic_with_a_tatweel_before_a_quoted_source() -> None:
    text = 'قتل قائد في الغارة، وفقاً للـ"بنتاغون".'
    assert counted(text) == [(1, "killed", "بنتاغون")]
    assert spoken(text) == [("بنتاغون", "قتل قائد في الغارة")]
