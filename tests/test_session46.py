"""Session 46.

Events: rape is a violent act against a person, an attack ("اغتصب فتاة"، "جريمة اغتصاب"). Torture is
no trigger: mostly it is named as a practice ("ضحايا التعذيب"، "مكافحة التعذيب"). A comma and قبل
open a clause of its own (events_context boundary): "…، قبل أن تقتله الشرطة بالرصاص" is the police's
act, told by that clause, not by the attack's. The verb هاجم tells again the act the noun هجوم told
(a noun of the pattern فعول and a verb of the form فاعل are of one root): "قتل جنديان في هجوم على
قاعدة … وقال مسؤول إن مسلحين هاجموا القاعدة" is one attack.

Figures: "they are" (هم) after a toll's number, a qualifier between them ("إلى 27 على الأقل هم 6 جنود
و11 من المقاتلين"), opens its parts as it does after the people noun ("ثلاثين شخصا هم"). "One" right
after a second casualty word is that word's own count: "39 قتيلا ومفقود واحد" is 39 killed and 1
missing, not one number of both ("12 قتيلا وجريحا معظمهم من أسرة واحدة" still is). A definite number
after its people noun tells who they are before the verb too ("المهاجرين الأحد عشر غرقوا"، "الجنود
الثلاثة قتلوا"), as it does after it. Citizens in construct (مواطني، مواطنيه) and nationals (رعايا)
are civilians ("مقتل اثنين من مواطنيها").

Statements: the preposition of a verb of result (أسفر عن، نجم عن: phrase class governed) opens no
content of a reporting verb before it ("أعلنت كوبا الحداد الوطني، غداة حادث أسفر عن سقوط 107 قتلى":
Cuba announced the mourning). بعدها، قبلها، عندها after a reporting verb are time words, not its
speaker ("وصرحت الوزارة بعدها أن"، "وقال عندها إن"); nor is دوما, "always", written for دائما ("كان
يصر دوما على أنه"). The imperfect after "في حين" reports ("في حين تقول السلطات إن"): حين is a
conjunction there, not a noun that the verb describes. A verb of closing (ختم، اختتم) reports with a
colon right after it, its subject or its own object (flag colon_ok: "وختمت: "…""، "وختم حديثه: "…""),
not only with بالقول; a bare "ختم الجوازات:" is the noun, a stamp. "باسم" after a spokesman is part of
the speaker (np_link), not the ب complement of a verb that takes an object: "واتهم المتحدث باسم الجيش
الحوثيين بخرق الهدنة" says the spokesman accused the Houthis. Two or three words set off by commas
after a speaker phrase that opens with a head word are the person's name even where the entities layer
did not tag it: "واتهم المتحدث باسم الجيش الإسرائيلي، أفيخاي أدرعي، فيلق القدس بإطلاق" (not a word
with the article, a preposition, a number, nor an outlet after وفق).
"""

from __future__ import annotations

from tests.claims_helpers import figs, said, short
from tests.events_helpers import events, typed


def test_rape_is_an_attack() -> None:
    assert typed("واعتقلت الشرطة رجلا يشتبه في أنه اغتصب فتاة في قرية شمال البلاد.") == [
        ("arrest", "واعتقلت"),
        ("attack", "اغتصب"),
    ]
    assert typed("ووقعت جريمة اغتصاب فتاة في قرية شمال البلاد الأسبوع الماضي.") == [("attack", "اغتصاب")]


def test_torture_named_as_a_practice_is_none() -> None:
    assert typed("ونظمت المنظمة ندوة عن ضحايا التعذيب في العالم.") == []
    assert typed("وتعمل الجمعية على مكافحة التعذيب في السجون منذ سنوات.") == []


def test_they_are_after_a_qualified_toll_opens_its_parts() -> None:
    assert short("وأعلن المرصد ارتفاع حصيلة القتلى إلى 27 على الأقل هم 6 جنود و11 من المقاتلين الإيرانيين و10 آخرون.") == [
        (27, "killed", "unspecified"),
        (6, "killed", "military"),
        (11, "killed", "military"),
        (10, "killed", "military"),
    ]
    assert short("وقتل 12 هم 5 جنود و7 مدنيين.") == [
        (12, "killed", "unspecified"),
        (5, "killed", "military"),
        (7, "killed", "civilian"),
    ]


def test_a_verb_of_result_keeps_its_preposition() -> None:
    assert said(
        "أعلنت كوبا الحداد الوطني ليومين اعتبارا من السبت، غداة حادث تحطم طائرة ركاب أسفر عن سقوط 107 قتلى."
    ) == [("كوبا", "أعلنت", "الحداد الوطني ليومين اعتبارا من السبت، غداة حادث تحطم طائرة ركاب أسفر عن سقوط 107 قتلى")]
    # the complement of the reporting verb itself still opens the content
    assert said("وأعلن الجيش عن مقتل 5 مسلحين في اشتباك أسفر عن إصابة جندي.") == [
        ("الجيش", "وأعلن", "عن مقتل 5 مسلحين في اشتباك أسفر عن إصابة جندي")
    ]


def test_after_it_is_no_speaker() -> None:
    assert said("وقال الجيش إن قواته استهدفت مواقع للمسلحين، وأعلن بعدها أن العملية انتهت.") == [
        ("الجيش", "وقال", "إن قواته استهدفت مواقع للمسلحين"),
        ("الجيش", "وأعلن", "أن العملية انتهت"),
    ]
    assert said("والتقى الوزير بنظيره الفرنسي، وقال عندها إن المحادثات كانت مثمرة.") == [
        ("الوزير", "وقال", "إن المحادثات كانت مثمرة")
    ]


def test_one_after_a_second_casualty_word_is_its_own_count() -> None:
    assert short("وأسفر الزلزال عن 39 قتيلا ومفقود واحد.") == [
        (39, "killed", "unspecified"),
        (1, "missing", "unspecified"),
    ]
    assert [(f["count"], f["outcome"]) for f in figs("وقالت الشرطة إن الحصيلة هي 39 قتيلا وجريح واحد.")] == [
        (39, "killed"),
        (1, "injured"),
    ]
    assert [(f["count"], f["outcome"]) for f in figs("وأسفر القصف عن 12 قتيلا وجريحا معظمهم من أسرة واحدة.")] == [
        (12, "killed_or_injured")
    ]


def test_always_is_no_speaker() -> None:
    assert said("وهو ما يخالف تصريحات الرئيس الذي كان يصر دوما على أنه سيتحكم بالسياسة النقدية.") == [
        ("الرئيس", "يصر", "على أنه سيتحكم بالسياسة النقدية")
    ]


def test_whereas_opens_a_report() -> None:
    assert said("وذكرت وسائل إعلام أن عدد القتلى بلغ 42، في حين تقول السلطات المحلية إن الحصيلة هي 39 قتيلا.") == [
        ("وسائل إعلام", "وذكرت", "أن عدد القتلى بلغ 42"),
        ("السلطات المحلية", "تقول", "إن الحصيلة هي 39 قتيلا"),
    ]


def test_closing_with_a_colon_reports() -> None:
    assert said('وختم الأشرفي: "اليمن لن يركع".') == [("الأشرفي", "وختم", "اليمن لن يركع")]
    assert said('وختم الوزير حديثه: "كلنا مع الوطن".') == [("الوزير", "وختم", "كلنا مع الوطن")]
    assert said("ختم الجوازات: إجراء جديد في المطار.") == []


def test_before_opens_a_clause_of_its_own() -> None:
    evs = events(
        "وذكرت السلطات أن مهاجما قتل أحد المارة في هجوم بسكين أصاب خلاله أيضا 4 آخرين في قلب المدينة"
        " في ساعة متأخرة من مساء السبت، قبل أن تقتله الشرطة بالرصاص."
    )
    assert [(e["type"], e["trigger"]["text"]) for e in evs] == [("attack", "هجوم بسكين"), ("attack", "بالرصاص")]
    assert evs[1]["evidence"]["text"] == "قبل أن تقتله الشرطة بالرصاص"
    assert evs[0]["evidence"]["text"].endswith("في ساعة متأخرة من مساء السبت")


def test_attacked_tells_the_attack_again() -> None:
    evs = events(
        "قتل جنديان في هجوم على قاعدة عسكرية في جنوب البلاد فجر الاثنين."
        " وقال مسؤول محلي إن مسلحين هاجموا القاعدة من ثلاث جهات."
    )
    assert [(e["type"], e["trigger"]["text"]) for e in evs] == [("attack", "هجوم")]


def test_a_definite_number_after_its_noun_before_the_verb() -> None:
    assert short("وقالت الشرطة إن الجنود الثلاثة قتلوا.") == [(3, "killed", "military")]
    assert short('وقال المصدر إن "المهاجرين الأحد عشر غرقوا بعد أن انقلب زورقهم".') == [(11, "killed", "civilian")]


def test_citizens_and_nationals_are_civilians() -> None:
    assert short("وأكدت الحكومة مقتل اثنين من مواطنيها في الحادث.") == [(2, "killed", "civilian")]
    assert short("وأكد الرئيس مقتل اثنين من مواطنيه في الحادث.") == [(2, "killed", "civilian")]
    assert short("وقتل ثلاثة من رعايا الدول الأجنبية.") == [(3, "killed", "civilian")]


def test_in_the_name_of_is_no_complement() -> None:
    assert said("واتهم المتحدث باسم الجيش الحوثيين بخرق الهدنة.") == [
        ("المتحدث باسم الجيش", "واتهم", "الحوثيين بخرق الهدنة")
    ]
    assert said("واتهمت المتحدثة باسم الخارجية النائب سلوتسكي بالتحرش.") == [
        ("المتحدثة باسم الخارجية", "واتهمت", "النائب سلوتسكي بالتحرش")
    ]


def test_an_untagged_name_between_commas_is_the_speakers() -> None:
    [(speaker, cue, content)] = said(
        "واتهم المتحدث باسم الجيش الإسرائيلي، أفيخاي أدرعي، فيلق القدس الإيراني بإطلاق 20 قذيفة."
    )
    assert (cue, content) == ("واتهم", "فيلق القدس الإيراني بإطلاق 20 قذيفة")
    assert speaker is not None and "أفيخاي أدرعي" in speaker
    # an outlet after وفق is no name: the ministry said it, according to the agency
    assert ("وزارة الصحة", "أعلنت") in [(sp, c) for sp, c, _ in said("أعلنت وزارة الصحة، وفق وفا، مقتل طفل من بلدة جباليا.")]
