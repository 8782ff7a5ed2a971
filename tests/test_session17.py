"""Patterns found in session 17, from reading Marsad's output on unseen news articles.

Each test shows the Arabic a rule handles, and the near case it leaves alone. The sentences were
written for these tests.
"""

from __future__ import annotations

from tests.claims_helpers import said, short, sources
from tests.events_helpers import events

# -- figures: a risen toll over a relative clause set off by commas


def test_a_risen_toll_over_a_relative_clause_between_commas() -> None:
    body = "ارتفع عدد ضحايا الهجوم، الذي وقع الجمعة في مدينة ساحلية، إلى أربعة."
    assert [(c, o) for c, o, _ in short(body)] == [(4, "killed")]
    assert [(c, o) for c, o, _ in short("ارتفع عدد القتلى، الذي أعلنته الوزارة، إلى 30 شخصا.")] == [(30, "killed")]
    # a comma with no relative after it still closes the clause: the number is no toll
    assert short("ارتفع عدد ضحايا الهجوم، وقالت الشرطة إنها تبحث عن 4.") == []


# -- figures: one toll told place by place


def test_a_second_number_told_for_another_place() -> None:
    body = "وتأكد مقتل 46 شخصا في الولاية الشمالية، و31 في ولاية أخرى غربا."
    assert [(c, o) for c, o, _ in short(body)] == [(46, "killed"), (31, "killed")]
    # a percentage after في is no second figure
    assert [(c, o) for c, o, _ in short("قتل 5 أشخاص في حلب، و3 في المئة منهم أطفال.")] == [(5, "killed")]


# -- figures: "their number is" after a comma sizes the harmed of the clause before


def test_their_number_after_a_comma_and_a_model_number() -> None:
    body = "وقد قتل جميع ركاب البوينغ 777 وطاقمها، وعددهم 298 شخصا، عندما انفجرت الطائرة."
    assert [(c, o) for c, o, _ in short(body)] == [(298, "killed")]
    body = "قتل جميع ركاب الطائرة وطاقمها، وعددهم 150 شخصا."
    assert [(c, o) for c, o, _ in short(body)] == [(150, "killed")]
    # a second group between the verb and "their number" is no part of those killed
    body = "قتل جندي، وأصيب 3 آخرون، وعددهم 10 في الدورية."
    assert [(c, o) for c, o, _ in short(body)] == [(1, "killed"), (3, "injured")]


# -- figures: an attack as the subject of a verb of killing, its object a number


def test_blasts_as_the_subject_of_a_killing_verb() -> None:
    assert [(c, o) for c, o, _ in short("وقتلت سلسلة تفجيرات بكابول العشرات في الشهر الأخير.")] == [(10, "killed")]
    assert [(c, o) for c, o, _ in short("وقتلت الغارات 12 في البلدة.")] == [(12, "killed")]
    # a unit's number after a noun that is no attack is still a label
    assert short("مقتل قائد كتيبة الاتصالات 481 في المعارك.") == [(1, "killed", "military")]


# -- sources and statements: فبحسب opens a source as وبحسب does


def test_according_to_with_fa() -> None:
    body = (
        "وأعربت برلين عن قلقها إزاء سياسة الحكومة، فبحسب وزارة الخارجية الألمانية هناك خمسة"
        " مواطنين ألمان اعتقلتهم تركيا."
    )
    assert sources(body) == ["وزارة الخارجية الألمانية"]
    assert said(body)[0][2] == "عن قلقها إزاء سياسة الحكومة"
    # فحسب ("only") is no phrase of attribution: the content goes on past it
    body = "وقال الوزير إن بلاده ستتحرك ضد إيران وليس ضد وكلائها فحسب في المنطقة."
    assert said(body) == [("الوزير", "وقال", "إن بلاده ستتحرك ضد إيران وليس ضد وكلائها فحسب في المنطقة")]


# -- statements: a subject before its verb with "known as" and a quoted name


def test_a_subject_known_by_a_quoted_name() -> None:
    body = 'لكن الدفاع المدني في المدينة والمعروف باسم "الخوذ البيضاء" أكد أن الهجوم أوقع نحو أربعين قتيلا.'
    assert said(body)[0][0] == "الدفاع المدني في المدينة"
    assert sources(body) == ["الدفاع المدني في المدينة"]
    body = 'لكن الدفاع المدني المعروف باسم "الخوذ البيضاء" أكد أن الهجوم أوقع نحو أربعين قتيلا.'
    assert said(body)[0][0] == "الدفاع المدني"
    # a quoted name after the speaker's head, with no subject over it: the speaker after the quote
    body = 'وفي تقرير نشرته صحيفة "الإندبندنت" البريطانية أشارت إلى أن الجزيرة هي الحلقة الأخيرة.'
    assert said(body)[0][0] == "صحيفة الإندبندنت البريطانية"


# -- sources: what a text was about is no one who gave the figure


def test_about_is_no_source() -> None:
    body = 'واعتمد تقرير المنظمة على "بحوث نشرتها حول الإخفاءات القسرية ومقابلات مع أسر 78 شخصا مختفين قسرا".'
    assert sources(body) != ["حول الإخفاءات القسرية"]
    assert all(s is None or not s.startswith("حول") for s in sources(body))


# -- statements: a phrase of attribution after a comma and ف leads its clause


def test_fa_according_to_leads_the_clause_after_it() -> None:
    body = "وأعربت برلين عن قلقها، فبحسب وزارة الخارجية هناك خمسة مواطنين معتقلين."
    assert said(body) == [
        ("برلين", "وأعربت", "عن قلقها"),
        ("وزارة الخارجية", "فبحسب", "هناك خمسة مواطنين معتقلين"),
    ]


# -- reading: a conjunction typed apart from its word


def test_a_lone_waw_is_joined_to_the_next_word() -> None:
    from marsad.text.repair import repair

    raw = "هذا و أعلنت الشرطة، و أضاف أن 3 و 4 أصيبوا"
    text, offsets = repair(raw)
    assert text == "هذا وأعلنت الشرطة، وأضاف أن 3 و 4 أصيبوا"  # not before a digit
    assert [raw[offsets[i]] for i in range(len(text))] == [c for c in text]  # each letter maps back
    body = "و قال مصدر أمني إن دركيا تعرض للطعن، و أضاف أن رجال الأمن ألقوا القبض على الفاعل."
    assert [(s, c) for s, c, _ in said(body)] == [("مصدر أمني", "وقال"), ("مصدر أمني", "وأضاف")]
    # a doubled conjunction is left as typed
    assert repair("و وتقول المفوضية")[0] == "و وتقول المفوضية"


# -- statements: a record with no issuer of its own, and who published it


def test_a_record_published_by_a_body_is_that_body_s() -> None:
    body = "وذكرت إحصاءات نشرتها وزارة حقوق الإنسان أن 30 شخصا قتلوا."
    assert said(body)[0][0] == "إحصاءات نشرتها وزارة حقوق الإنسان"
    assert sources(body) == ["إحصاءات نشرتها وزارة حقوق الإنسان"]
    # a record with its issuer keeps the publisher as its channel; a time after the verb names no one
    assert said("وذكر بيان للتحالف نشرته وكالة الأنباء أن 30 شخصا قتلوا.")[0][0] == "التحالف"
    assert said("وذكر بيان نشرته مساء السبت أن 30 شخصا قتلوا.")[0][0] == "بيان"


# -- events: a booby-trapped car, and a call for comment


def test_a_booby_trapped_car_is_an_attack() -> None:
    assert {e["type"] for e in events("انفجرت سيارة ملغمة قرب القصر الرئاسي في العاصمة.")} == {"attack"}


def test_a_call_for_comment_is_no_meeting() -> None:
    assert events("ولم يرد متحدث باسم الشرطة على اتصال هاتفي للتعليق.") == []
    assert [e["type"] for e in events("أجرى الرئيس اتصالا هاتفيا مع نظيره الفرنسي.")] == ["meeting"]


# -- figures: rescue workers who speak, and two leaders


def test_rescue_workers_as_speakers_rescue_no_one() -> None:
    body = "ويقول نشطاء وعمال إنقاذ ومسعفون إن عشرات الأشخاص قتلوا جراء الهجوم."
    assert [(c, o) for c, o, _ in short(body)] == [(10, "killed")]
    # people saved right after a word of rescue are not harmed
    assert short("تم إنقاذ نحو 40 ألف شخص من الغرق.") == []


def test_two_leaders_killed() -> None:
    body = "وقالت القناة إن ضربات التحالف الجوية قتلت زعيمين بالجماعة في العاصمة."
    assert [(c, o) for c, o, _ in short(body)] == [(2, "killed")]
    # one leader named is no figure
    assert short("وقال مسؤول إن زعيم الحركة الملا فضل الله قتل في غارة.") == []


# -- figures: a subject set off by a comma between a killing verb and its object


def test_a_subject_between_the_verb_and_a_comma() -> None:
    body = "وقتل المهاجم المغربي الأصل، 4 أشخاص خلال الهجوم، منهم 3 داخل متجر."
    assert [(c, o) for c, o, _ in short(body)] == [(4, "killed"), (3, "killed")]
    # an age after the comma is no count; people with their own verb after them keep it
    assert [(c, o) for c, o, _ in short("وقتل الجندي، 35 عاما، في الهجوم.")] == [(1, "killed")]
    assert [(c, o) for c, o, _ in short("وأصيب الرئيس، 3 أشخاص من حرسه قتلوا.")] == [(3, "killed")]


# -- figures: people who fled, named by a singular nisba after a large number; driven to flee with لـ


def test_fled_counted_by_a_singular_nisba() -> None:
    assert short("وفر ما يزيد على 5.6 مليون سوري من البلاد.") == [(5600000, "displaced", "unspecified")]
    assert [(c, o) for c, o, _ in short("ولجأ 700 ألف روهينغي إلى بنغلادش.")] == [(700000, "displaced")]
    # a government that provided jobs displaced no one; a small number takes a plural, not a nisba
    assert short("وفرت الحكومة 5000 وظيفة.") == []
    assert short("وفر 3 سوري من البلاد.") == []


def test_driven_to_flee_with_la() -> None:
    body = "والحرب أسقطت نحو نصف مليون قتيل ودفعت حوالي 11 مليونا للنزوح عن ديارهم."
    assert [(c, o) for c, o, _ in short(body)] == [(500000, "killed"), (11000000, "displaced")]
    # a sum given to the displaced counts no one
    assert short("وخصصت الحكومة 500 دولار للمهجرين.") == []


# -- figures and sources: one who "will be" a martyr; the killed a sentence was passed for; in their name


def test_one_who_will_be_a_martyr_is_not_one_yet() -> None:
    assert short('وقال "اليوم أنا سأكون شهيدا، سأدخل السياج الفاصل".') == []
    assert [(c, o) for c, o, _ in short("وقال إن شابا استشهد برصاص الجيش.")] == [(1, "killed")]


def test_the_killed_a_sentence_was_passed_for() -> None:
    body = "فقد حكم على سبعة جنود فقط بتهم قتل عشرة قرويين من الروهينغا."
    assert short(body) == [(10, "killed", "civilian")]
    # those sentenced are no figure
    assert short("وحكمت المحكمة على 300 بالإعدام.") == []


def test_a_plural_verb_after_a_comma_is_the_numbers() -> None:
    body = "ومن بين القتلى نازحون، إضافة إلى 16 مدنيا، قتلوا إثر قصف المشفى."
    assert short(body) == [(16, "killed", "civilian")]


def test_a_channel_in_their_name_names_no_speaker() -> None:
    body = 'وكان الحوثيون قد تحدثوا عن غارتين، وقالوا عبر قناة "المسيرة" المتحدثة باسمهم إنهما أديتا إلى مقتل 55 شخصا.'
    assert sources(body) == ["الحوثيون"]
    assert said("وقال المتحدث باسمه إن 5 أشخاص قتلوا.")[0][0] == "المتحدث باسمه"


# -- figures from held-out set 46


def test_killed_and_injured_of_one_family() -> None:
    body = "أوقعت قذائف المليشيات 11 قتيلا وجريحا معظمهم من أسرة واحدة."
    assert short(body) == [(11, "killed_or_injured", "civilian")]
    # "one" after a people noun is still a number of its own
    assert [(c, o) for c, o, _ in short("قتل 12 مدنيا وأصيب رجل واحد.")] == [(12, "killed"), (1, "injured")]


def test_rule_is_no_sentence() -> None:
    body = "وكان ضباط قادوا تمردا على حكم الرئيس، رجب طيب أردوغان، أدى إلى مقتل 250 من المحتجين المدنيين."
    assert short(body) == [(250, "killed", "civilian")]
    assert short("وصدر حكم على 300 بالإعدام.") == []


def test_stabbed_and_living_in_the_open() -> None:
    body = "وسابقا هذا الشهر، طعن أربعة أشخاص في هجومين بالسلاح الأبيض في العاصمة."
    assert [(c, o) for c, o, _ in short(body)] == [(4, "injured")]
    assert short("وطعن المحامي في الحكم.") == []
    assert short("هذا فيما يعيش أكثر من 150 ألف شخص في العراء.") == [(150000, "displaced", "unspecified")]
    body = "زلزال إندونيسيا: حصيلة الضحايا تصل إلى 131 قتيلا وعشرات الآلاف يعيشون في العراء"
    assert [(c, o) for c, o, _ in short(body)] == [(131, "killed"), (10000, "displaced")]


# -- sources: a toll told as a call's occasion is the outlet's


def test_a_toll_after_a_call_is_the_outlets() -> None:
    body = 'طالب رئيس الحكومة الكندية الأربعاء بـ"تحقيق مستقل" بعد قتل نحو 60 فلسطينيا برصاص الجيش في غزة.'
    assert sources(body) == [None]
    body = 'أدان الرئيس الفلسطيني الاثنين "المجازر" في قطاع غزة، بعد مقتل 52 فلسطينيا على الأقل.'
    assert sources(body) == [None]
    # what was said after إن/أن stays the speaker's, a word of time or not
    assert sources("وقال الوزير إن القصف استمر بعد مقتل 60 فلسطينيا.") == ["الوزير"]


def test_occasion_words_are_normalized_single_words() -> None:
    from marsad import lexicon
    from marsad.text.normalize import normalize

    rows = lexicon.table("figures_occasions")
    assert rows and all(len(r) == 1 and " " not in r[0] and normalize(r[0]) == r[0] for r in rows)


# -- statements: a channel whose quoted name ends in a number


def test_a_channel_named_with_a_number() -> None:
    body = (
        "وانتقدت زخاروفا الحكومة البريطانية. وصرحت في برنامج حواري على قناة \"روسيا 1\" الحكومية"
        ' "من الصعب أن نجد مكانا أكبر من لندن".'
    )
    assert said(body)[1] == ("زخاروفا", "وصرحت", "من الصعب أن نجد مكانا أكبر من لندن")
    # a number in what follows a channel, not closing a quoted name, is no part of it
    body = "وأكد المتحدث في حصيلة سابقة مقتل 11 شخصا في اعتداءات."
    assert said(body) == [("المتحدث", "وأكد", "في حصيلة سابقة مقتل 11 شخصا في اعتداءات")]


def test_two_suicide_operations_are_an_attack() -> None:
    evs = events("ووقعت عمليتان انتحاريتان متتاليتان في كابول في وقت سابق.")
    assert [(e["type"], e["trigger"]["text"]) for e in evs] == [("attack", "عمليتان انتحاريتان")]


# -- statements: reports that spoke, in a relative clause with no relative pronoun


def test_reports_that_spoke() -> None:
    body = "وقالت عائلته إنها تلقت تهديدات. جاء ذلك في أعقاب تقارير تحدثت عن وفاة شخصين في السجن."
    assert said(body)[1][:2] == ("تقارير", "تحدثت")
    assert sources(body) == ["تقارير"]
    # a record keeps its issuer's reading ("بعد تقرير نشرته المنظمة")
    assert said("وقالت المنظمة إن 5 قتلوا. وجاء ذلك بعد بيان أكدت فيه الوزارة الحصيلة.")[0][0] == "المنظمة"


# -- figures: the ranks named in a toll tell who the harmed are


def test_ranks_named_in_the_toll() -> None:
    body = "وذكرت مصادر ارتفاع عدد القتلى في صفوف المتمردين منذ انطلاق العملية، إلى نحو 255 قتيل و500 جريح."
    assert short(body) == [(255, "killed", "military"), (500, "injured", "military")]
    assert short("ترتفع خسائر الجيش الروسي إلى 88 قتيلا.") == [(88, "killed", "military")]
    # a count between the ranks and the figure has ranks of its own
    body = "قتل 3 في صفوف الجيش، وأصيب 5 مدنيين."
    assert [(c, v) for c, _, v in short(body)] == [(3, "military"), (5, "civilian")]


# -- events: a day inside the clause a verb of reporting opens dates the event


def test_a_day_inside_a_reported_clause() -> None:
    evs = events("وقال ناشطون إن مدينة أصفهان شهدت، اليوم السبت، مظاهرات حاشدة.", published="2018-04-07")
    assert [(e["type"], e["date"]) for e in evs] == [("protest", "2018-04-07")]
    # a day right after the verb of reporting dates the report
    evs = events("أعلنت الشرطة، السبت، اعتقال 5 أشخاص.", published="2018-04-07")
    assert [(e["type"], e["date"]) for e in evs] == [("arrest", None)]


# -- figures: two parts of a toll told alike; a gendarme


def test_two_parts_told_alike_further_apart() -> None:
    body = "أسفرت الضربات عن مقتل 23 مقاتلا على الأقل، بينهم 5 من قوات النظام السوري، و18 من المقاتلين الموالين لها."
    assert [(c, o) for c, o, _ in short(body)] == [(23, "killed"), (5, "killed"), (18, "killed")]


def test_a_gendarme_is_a_member_of_the_forces() -> None:
    assert short("وأعلنت قوات الدرك عن إصابة دركي بأداة حادة.") == [(1, "injured", "military")]
    assert short("وقتل دركيان في الهجوم.") == [(2, "killed", "military")]


# -- figures: a second group with its own number after the first, joined by و


def test_a_second_group_with_its_own_number() -> None:
    body = "أدت الاعتداءات إلى مقتل أربعة مدنيين والمهاجمين الأربعة."
    assert short(body) == [(4, "killed", "civilian"), (4, "killed", "military")]
    # one number over both groups tells neither class
    assert short("قتل 20 من المسلحين والمدنيين.") == [(20, "killed", "unspecified")]
    assert short("وقتلت القوات الأمنية ثلاثة من المهاجمين.") == [(3, "killed", "military")]
