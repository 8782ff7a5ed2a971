"""Session 40.

Figures: a split after بين that follows a victims noun (ضحايا) says what befell them, over the
number's qualifier and ما: "خمسة ضحايا على الأقل ما بين قتيل وجريح" counts the killed and the injured
(killed_or_injured), not the dead.

Two singular people nouns joined by و with a dual adjective of nation after them are one count of two:
"قتل ضابط وجندي إسرائيليان" = 2 (not 1 and 1).

A harm only called for is no harm done: a verb of demand right before the harm word, or over إلى or
the words of a sentence carried out (figures_cues role demand): "يطالبون بإعدام 5 متهمين"، "سيطلب
تنفيذ عقوبة الإعدام على المشتبه به"؛ but "طالبت بالتحقيق في مقتل 20 شخصا" counts the 20.

The indefinite masculine singular of a nationality right after a casualty noun is one person:
"اعتقال تركي لمحاولته بيع خنجر" = 1 captured, "مقتل أميركي في الهجوم" = 1 killed; not the first word
of a name ("اعتقال تركي الفيصل").

Statements: a masculine singular speaker head with the article after a feminine singular verb that
takes an object is its object, not its subject: "ونددت المنظمات بالمحاكمة، ودعت المجلس الأوروبي إلى"
is the organizations' call on the council; "وأبلغت الرئيس الأمريكي بأن" is the government's.

حكم reports only with أن bare or after its own complement (flag own_comp_an): in "حكم على 14 من
العاملين بالسجن …، على أن يبقوا خارج السجن", على أن is "provided that", no ruling.

كان before a named subject and the verb of what it did (lexicon adjunct kind was) makes the subject
a referent for a pronoun cue after it: "وكان الرئيس دوتيرتي فرض حظرا، وأعلن الأحد أن" is Duterte's.

An indefinite speaker noun with adjectives of origin or kind after it (a nationality, or lexicon kind
speaker_adjective: غربي، أمني) ends before a definite word, the object: "واستنكرت دول غربية وعربية
التصعيد الإسرائيلي"، "وأكد مصدر أمني عراقي العثور على جثث"; not a noun in construct of the same shape
("وزير خارجية جمهورية التشيك"), nor a title and a name ("العقيد تركي المالكي").

A quotation mark that alone parts two words of a speaker's name leaves a space: 'منظمة الأمم المتحدة
للطفولة"اليونيسيف"' is "... للطفولة اليونيسيف"; after a clitic written apart it leaves none ('الـ"غارديان"').

Figures: a body's head in construct names whom it serves, and its people word is no casualty word
that ends the source: "تشير تقديرات وكالة اللاجئين الأممية إلى أن" gives the agency whole.

A relative clause with عددهم sizes the harmed before it over a phrase of where they are from and a
comma, with a verb of estimating (figures_cues role estimate) or يبلغ: "النازحين من الغوطة الشرقية،
الذين يقدر عددهم بحوالي 50 ألف شخص" = 50000 displaced.

A bare number whose verb of flight follows it, with homes after the verb, counts the displaced: "إن 120
ألفا فروا من ديارهم" (not "20 فروا من السجن"). Two singular people nouns joined by و before a dual verb
are one count of two: "إن امرأة وطفلتها قتلتا" = 2. A casualty verb with و whose object is one of them or
one person tells of one, not of the number before it: "تم استدعاء 11 شخصا وألقي القبض على شخص" = 1
captured (the 11 were summoned).

A record with an adjective before its issuer with ل speaks for the issuer: "وفق حصيلة جديدة للمرصد
السوري" is the Observatory's (lexicon adjunct kind record_adjective, or a nisba: "بيان رسمي للجيش").

A verb of estimating (role estimate) before a number is no word that makes the number a count: "مقتل
رجل يبلغ الثمانين" is one man of eighty, not 80 killed.

Numbers: a year right after بين (numbers_cues kind span_open), before و and a part of a year, is a
year: "بين 2010 وأواخر 2012 قتل الصينيون 12 مصدرا" counts 12, not 2010.

Statements: a name the clitic layer read as و and a stem keeps its و where the whole word is the more
common in the news: "وقالت وايت" is White (not و + ايت). ب on a noun of an act written whole, not split
by the clitic layer, is the verb's complement: "وندد رئيس الوزراء الإيرلندي باستخدام الحملة". A noun of a
harmful act with the article right after a verb (lexicon adjunct kind act_noun) is never its speaker:
"يدين الهجوم الكيمياوي على عميل سابق".

A noun of a scene, a stand or a plan with the article after a definite speaker is the verb's object
(object_noun: مشهد، موقف، مقترح، مشروع، وضع، إجراء), though it has the shape of a participle in م:
"ووصف المسؤول المشهد بأنه مروع" is the official's.

The present of اعتبر (strict in the imperfect, which is mostly "is considered") reports where a name
stands right after it, then a definite object that is no relative, then within a few words an
indefinite noun in the accusative: "وتعتبر أنقرة الوحدات الكردية امتدادا لحزب العمال" is Ankara's; not
"ويعتبر بومبيو الذي كان ضابطا" nor "وتعتبر تركيا الدولة الأكثر استقبالا للاجئين" (the accusative of an
elative, adjunct kind elative).

Dates: an awaited event or one being readied for (dates_cues future_cue: المرتقبة، يتأهب، يستعد) puts the
weekday after it in the future: "يتأهب قطاع غزة لخروج مظاهرات جديدة الجمعة" is the coming Friday.
"""

from __future__ import annotations

from tests.claims_helpers import counted, short, spoken
from tests.test_dates import dates  # published on a Thursday, 2020-10-22


def test_a_split_after_victims_tells_what_befell_them() -> None:
    assert counted("ونقل المصور أنه يوجد خمسة ضحايا على الأقل ما بين قتيل وجريح نقلوا من موقع الانفجار.") == [
        (5, "killed_or_injured", "المصور")
    ]
    assert short("وأسفر الهجوم عن سقوط سبعة ضحايا بين قتيل وجريح.") == [(7, "killed_or_injured", "unspecified")]


def test_victims_with_no_split_are_the_dead() -> None:
    assert short("وأسفر الهجوم عن سقوط سبعة ضحايا في السوق.") == [(7, "killed", "unspecified")]


def test_two_nouns_with_a_dual_nation_are_one_count_of_two() -> None:
    assert short("قُتل ضابط وجندي إسرائيليان في عملية دهس قرب نابلس.") == [(2, "killed", "military")]
    assert short("وأعلن الجيش مقتل ضابط وجندي أردنيين في الاشتباك.") == [(2, "killed", "military")]


def test_two_nouns_with_no_dual_adjective_are_two_figures() -> None:
    assert short("وأعلن الجيش مقتل ضابط وجندي في الاشتباك.") == [(1, "killed", "military"), (1, "killed", "military")]


def test_a_harm_called_for_is_no_harm() -> None:
    assert short("وقال الوزير إنه سيطلب تنفيذ عقوبة الإعدام على المشتبه به وهدم منزله.") == []
    assert short("وخرج المتظاهرون يطالبون بإعدام 5 متهمين.") == []
    assert short("وقال إن التنظيم دعا إلى قتل 3 رهائن.") == []


def test_a_call_to_look_into_a_harm_keeps_it() -> None:
    assert counted("وطالبت المنظمة بالتحقيق في مقتل 20 شخصا.") == [(20, "killed", "المنظمة")]


def test_one_of_a_nation_after_a_casualty_noun() -> None:
    assert short("وأعلنت الشرطة اعتقال تركي لمحاولته بيع خنجر مسروق.") == [(1, "captured", "unspecified")]
    assert short("وأعلنت السفارة مقتل أميركي في الهجوم على الفندق.") == [(1, "killed", "unspecified")]


def test_a_name_opening_with_a_nation_is_no_count() -> None:
    assert short("وأعلنت الشرطة اعتقال تركي الفيصل في المدينة.") == []


def test_a_masculine_noun_after_a_feminine_verb_is_its_object() -> None:
    assert spoken("ونددت منظمة العفو بالمحاكمة، ودعت المجلس الأوروبي إلى تذكير تركيا بواجباتها.") == [
        ("منظمة العفو", "بالمحاكمة"),
        ("منظمة العفو", "المجلس الأوروبي إلى تذكير تركيا بواجباتها"),
    ]
    assert spoken("وقالت الحكومة إن الوضع خطير. وأبلغت الرئيس الأمريكي بأن القوات ستنسحب.") == [
        ("الحكومة", "إن الوضع خطير"),
        ("الحكومة", "الرئيس الأمريكي بأن القوات ستنسحب"),
    ]


def test_a_masculine_verb_keeps_its_subject() -> None:
    assert spoken("ودعا المجلس الأوروبي إلى التحرك.") == [("المجلس الأوروبي", "إلى التحرك")]


def test_a_condition_after_a_sentence_is_no_ruling() -> None:
    text = "وحكم على 14 من العاملين في الصحيفة بالسجن لفترات طويلة بتهمة مساعدة منظمات، على أن يبقوا خارج السجن حتى الاستئناف."
    assert spoken(text) == []
    assert spoken("وحكمت المحكمة بأن القرار باطل.") == [("المحكمة", "بأن القرار باطل")]


def test_the_subject_after_was_speaks_for_a_pronoun() -> None:
    text = (
        "ونقلت الوكالة عن القنصل العام وصفه للبادرة بأنها جيدة. وكانت الوزيرة سوزان رايس زارت المدينة، "
        "وأكدت أن الوضع صعب."
    )
    assert spoken(text) == [("القنصل العام", "بأنها جيدة"), ("الوزيرة سوزان رايس", "أن الوضع صعب")]


def test_an_indefinite_speaker_with_adjectives_ends_before_the_object() -> None:
    assert spoken("واستنكرت دول غربية وعربية التصعيد الإسرائيلي في القطاع.") == [("دول غربية وعربية", "التصعيد الإسرائيلي في القطاع")]
    assert spoken("وأكد مصدر أمني عراقي العثور على جثث في الموقع.") == [("مصدر أمني عراقي", "العثور على جثث في الموقع")]


def test_a_noun_in_construct_or_a_name_goes_on() -> None:
    assert spoken("وقال وزير خارجية جمهورية التشيك إن الاتهامات باطلة.") == [("وزير خارجية جمهورية التشيك", "إن الاتهامات باطلة")]
    assert spoken("وأوضح العقيد تركي المالكي أن الحوثيين يسببون المشكلات.") == [
        ("العقيد تركي المالكي", "أن الحوثيين يسببون المشكلات")
    ]
    assert spoken("ونفت وحدات حماية الشعب الكردي أي صلات مع الحزب.") == [("وحدات حماية الشعب الكردي", "أي صلات مع الحزب")]


def test_a_quotation_mark_between_two_words_leaves_a_space() -> None:
    assert spoken('وحذرت منظمة الأمم المتحدة للطفولة"اليونيسيف" من أن الأطفال في خطر.') == [
        ("منظمة الأمم المتحدة للطفولة اليونيسيف", "من أن الأطفال في خطر")
    ]
    assert spoken('وقالت صحيفة الـ"غارديان" إن الوضع مستقر.') == [("صحيفة الـغارديان", "إن الوضع مستقر")]


def test_a_body_named_for_whom_it_serves_is_a_whole_source() -> None:
    text = "وتشير تقديرات وكالة اللاجئين الأممية إلى أن أكثر من 100000 شخص نزحوا من منازلهم."
    assert counted(text) == [(100000, "displaced", "تقديرات وكالة اللاجئين الأممية")]


def test_a_relative_with_their_number_sizes_the_harmed_over_where_they_are_from() -> None:
    text = "وحذرت المنظمة من أن الأطفال يمثلون 70 في المئة من النازحين من الغوطة الشرقية، الذين يقدر عددهم بحوالي 50 ألف شخص."
    assert counted(text) == [(50000, "displaced", "المنظمة")]
    assert short("وتحدث عن أوضاع النازحين من الغوطة الذين يبلغ عددهم 50 ألف شخص.") == [(50000, "displaced", "unspecified")]


def test_a_verb_of_flight_with_homes_after_a_bare_number() -> None:
    assert counted("وقال المرصد إن 120 ألفا فروا من ديارهم في الجنوب.") == [(120000, "displaced", "المرصد")]
    assert short("وقال الحارس إن 20 فروا من السجن.") == []


def test_two_nouns_before_a_dual_verb_are_two() -> None:
    assert short("وقالوا إن امرأة وطفلتها قتلتا في القصف.") == [(2, "killed", "civilian")]
    assert short("وقتل رجل وابنه في القصف.") == [(1, "killed", "civilian"), (1, "killed", "civilian")]


def test_a_verb_whose_object_is_one_tells_of_one() -> None:
    assert short("وقال المتحدث إنه تم استدعاء 11 شخصا وألقي القبض على شخص منهم.") == [(1, "captured", "unspecified")]
    assert short("وأصيب 5 أشخاص وقتل أحدهم لاحقا.") == [(5, "injured", "unspecified"), (1, "killed", "unspecified")]


def test_a_record_with_an_adjective_speaks_for_its_issuer() -> None:
    assert counted("قتل 39 مدنيا في انفجار مستودع، وفق حصيلة جديدة للمرصد السوري لحقوق الإنسان.") == [
        (39, "killed", "المرصد السوري لحقوق الإنسان")
    ]
    assert spoken("قتل 39 مدنيا، وفق بيان رسمي للجيش.") == [("الجيش", "قتل 39 مدنيا")]


def test_an_age_after_a_verb_of_reaching_is_no_count() -> None:
    assert short("وأوردت وسائل إعلام محلية خبر مقتل رجل يبلغ الثمانين.") == [(1, "killed", "unspecified")]


def test_a_year_opening_a_span_is_no_count() -> None:
    assert short("وأفاد التقرير أن بين 2010 وأواخر 2012 قتل 12 شخصا.") == [(12, "killed", "unspecified")]
    assert short("وتراوح عدد القتلى بين 2000 و3000 شخص.") == [(2000, "killed", "unspecified")]


def test_a_name_written_with_waw_keeps_it() -> None:
    text = "صرحت المتحدثة دانا وايت الجمعة بأن واشنطن قررت التعليق. وقالت وايت إن التعليق يشمل التمرين."
    assert spoken(text) == [("المتحدثة دانا وايت", "بأن واشنطن قررت التعليق"), ("وايت", "إن التعليق يشمل التمرين")]


def test_bi_on_a_noun_of_an_act_opens_the_complement() -> None:
    assert spoken("وندد رئيس الوزراء الإيرلندي باستخدام الحملة صور الأطفال.") == [
        ("رئيس الوزراء الإيرلندي", "باستخدام الحملة صور الأطفال")
    ]


def test_an_act_after_the_verb_is_never_its_speaker() -> None:
    assert spoken("أصدر القادة بيانا مشتركا، اليوم الخميس، يدين الهجوم الكيمياوي على عميل سابق.") == [
        (None, "الهجوم الكيمياوي على عميل سابق")
    ]


def test_a_scene_after_the_speaker_is_the_object() -> None:
    assert spoken("ووصف المسؤول المشهد بأنه مروع.") == [("المسؤول", "المشهد بأنه مروع")]
    assert spoken("ووصف النشطاء الوضع بأنه كارثي.") == [("النشطاء", "الوضع بأنه كارثي")]


def test_an_awaited_event_is_in_the_future() -> None:
    assert dates("وتأتي المظاهرات المرتقبة الجمعة بعد أسبوع دام.") == [("الجمعة", "2020-10-23")]
    assert dates("في وقت يتأهب فيه القطاع لخروج مظاهرات جديدة الجمعة.") == [("الجمعة", "2020-10-23")]
    assert dates("وخرجت مظاهرات الجمعة في غزة.") == [("الجمعة", "2020-10-16")]


def test_a_present_verb_of_judging_with_a_named_subject_reports() -> None:
    assert spoken("وتعتبر أنقرة الوحدات الكردية امتدادا لحزب العمال الكردستاني.") == [
        ("أنقرة", "الوحدات الكردية امتدادا لحزب العمال الكردستاني")
    ]
    assert spoken("ويعتبر المغرب الصحراء الغربية جزءا من ترابه الوطني.") == [("المغرب", "الصحراء الغربية جزءا من ترابه الوطني")]


def test_a_present_verb_of_judging_read_as_passive_is_no_report() -> None:
    assert spoken("ويعتبر بومبيو الذي كان ضابطا في الجيش من الأنصار.") == []
    assert spoken("وتعتبر تركيا الدولة الأكثر استقبالا للاجئين.") == []
