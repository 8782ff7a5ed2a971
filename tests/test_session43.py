"""Session 43.

Statements: a reporting phrase right after the speaker with no comma runs to إن/أن and names the
channel, as it did between commas: "وقال مصدر أمني وفقا لوكالة الأنباء الرسمية إن" is the source's,
through the agency (before, the agency took the statement, or a three-word speaker was cut and its
last word became the content). A phrase with a verb (وفقا لما نقلته، حسبما نشرت، بحسب ما نقلت عنه)
names the outlet after its verb, not "ما". A channel named twice is listed once. A person named
after his title ends the speaker before a noun with his pronoun, the one he told ("وأبلغ الوزير سيرغي
شويغو رئيسه، الثلاثاء، أن": not "الوزير سيرغي شويغو رئيسه"). A noun with its own pronoun right after
the verb and before قائلا is what he went on with, not who spoke ("وتابع حديثه قائلا: ...").

Figures: a person titled head of a body ("مدير المرصد رامي عبد الرحمن") speaks for that body: his
figure restates the body's. A verb of jailing (سجن، سجنت، سجنوا) reports people captured when its
people follow it ("سجن بموجبها 80 ألف شخص"); a verb read only before its people is a noun with the
article ("أمام السجن العشرات": the prison) or with the accusative alif after a count ("6 أعوام سجنا":
a prison term; "قتل طعنا": stabbed to death, no one injured), but the dual verb stays a verb
("وأصابا 15 شخصا"). Dollars in the plural (دولارات، الدولارات) are money, not people. A casualty
word joined by و to one a court passed ("بإعدام 17 متهما وسجن 29 آخرين") is part of the sentence.

Events: sniping (قنص، قنصت) is an attack. A present verb after وأن is joined to the أن before it in
its sentence and is planned when that one is ("ومن المتوقع أن يحضر مأدبة غداء، وأن يلتقي").
"""

from __future__ import annotations

from marsad.pipeline import process
from tests.claims_helpers import counted, figs, said_via, short, stmts


def test_an_agency_after_the_speaker_with_no_comma_is_the_channel() -> None:
    assert said_via("وقال مصدر أمني وفقا لوكالة الأنباء الرسمية إن القذائف سقطت على منازل.") == [
        ("مصدر أمني", "إن القذائف سقطت على منازل", ["وكالة الأنباء الرسمية"])
    ]


def test_a_three_word_speaker_before_the_agency_is_whole() -> None:
    assert said_via("وقال مصدر محلي يمني وفقا لوكالة سبأ إن القذائف سقطت على منازل.") == [
        ("مصدر محلي يمني", "إن القذائف سقطت على منازل", ["وكالة سبأ"])
    ]


def test_the_figure_of_that_speaker_is_his() -> None:
    out = figs("وقال مصدر محلي وفقا لوكالة الأنباء الرسمية إن القذائف تسببت في مقتل سبعة أشخاص.")
    assert [(c["count"], c["outcome"], (c["source"] or {}).get("name")) for c in out] == [(7, "killed", "مصدر محلي")]


def test_according_to_after_the_speaker_keeps_the_content_clean() -> None:
    assert said_via("وقال مسؤول عسكري بحسب وكالة رويترز إن الهجوم فشل.") == [
        ("مسؤول عسكري", "إن الهجوم فشل", ["وكالة رويترز"])
    ]


def test_the_outlet_of_a_phrase_with_a_verb_is_named_past_the_verb() -> None:
    assert said_via("وقال قاسمي وفقا لما نقلته وكالة الأنباء الإيرانية الرسمية إن بلاده لن تتراجع.") == [
        ("قاسمي", "إن بلاده لن تتراجع", ["وكالة الأنباء الإيرانية الرسمية"])
    ]
    assert said_via("وأضاف المتحدث، بحسب ما نقلت عنه فرانس برس، أن المضربين يهدفون إلى التنديد.") == [
        ("المتحدث", "أن المضربين يهدفون إلى التنديد", ["فرانس برس"])
    ]


def test_a_phrase_with_a_verb_between_commas_is_no_part_of_the_speaker() -> None:
    assert said_via("وقال الأسد، حسبما نشرت وكالة الأنباء الرسمية، إن العدوان لن ينجح.") == [
        ("الأسد", "إن العدوان لن ينجح", ["وكالة الأنباء الرسمية"])
    ]


def test_a_relay_after_an_outlet_still_names_the_one_relayed() -> None:
    assert said_via("قالت وكالة تاس للأنباء نقلا عن اللجنة المعنية بالتحقيقات إن الطائرة سقطت.") == [
        ("اللجنة المعنية بالتحقيقات", "إن الطائرة سقطت", ["وكالة تاس"])
    ]


_OBSERVATORY = (
    "وقال مسؤول إن الوضع صعب. وأضاف أن المساعدات لم تصل. ولقي 26 مدنيا حتفهم في قصف، وفق ما أعلن "
    "المرصد السوري لحقوق الإنسان.\nوقال مدير المرصد رامي عبد الرحمن إن القصف أسفر عن مقتل 26 مدنيا."
)


def test_the_head_of_a_body_restates_its_figure() -> None:
    out = figs(_OBSERVATORY, title="قصف على بلدة")
    assert [(c["count"], (c["source"] or {}).get("name")) for c in out] == [(26, "المرصد السوري لحقوق الإنسان")]


def test_a_head_of_another_body_gives_a_figure_of_his_own() -> None:
    body = _OBSERVATORY.replace("مدير المرصد", "مدير المستشفى")
    assert [c["count"] for c in figs(body, title="قصف على بلدة")] == [26, 26]


def test_jailed_people_are_captured() -> None:
    assert counted("رفعت الحكومة حالة الطوارئ التي دامت عامين، سجن بموجبها 80 ألف شخص.") == [
        (80000, "captured", None)
    ]
    assert short("وشددت السلطات قبضتها وسجنت المئات من المعارضين.") == [(100, "captured", "civilian")]


def test_the_prison_with_the_article_jails_no_one() -> None:
    body = "وخرج المفرج عنهم من سجن المدينة، وكان في انتظارهم أمام السجن العشرات من أفراد عائلاتهم."
    assert figs(body) == []


def test_a_prison_term_after_its_years_is_no_capture() -> None:
    assert figs("حكم بستة أعوام سجنا لزوجين بتهمة النصب على شركة.") == []
    assert figs("سجن 13 عاما في روسيا بتهمة التجسس.") == []


def test_stabbed_to_death_is_no_injury() -> None:
    assert short("وقتل طعنا 3 أشخاص في الحي.") == [(3, "killed", "civilian")]


def test_the_dual_verb_of_injuring_still_injures() -> None:
    assert [(c["count"], c["outcome"]) for c in figs("فجر رجلان عبوة في مطعم، وأصابا 15 شخصا ثم لاذا بالفرار.")] == [
        (15, "injured")
    ]


def test_tens_of_millions_of_dollars_lost_are_no_people() -> None:
    assert figs("مما كلف البلاد عشرات الملايين من الدولارات من الصادرات المفقودة.") == []
    assert figs("وخسرت الشركة 3 ملايين دولارات من الصادرات المفقودة.") == []


def test_sniping_is_an_attack() -> None:
    doc = process("كما قنصت ميليشيات الحوثي المتمركزة على الجبل طفلا أثناء تواجده بمزرعته.", published="2018-05-03")
    assert [(e["type"], e["trigger"]["text"]) for e in doc.layers["events"]] == [("attack", "قنصت")]


def test_hunting_with_falcons_is_no_attack() -> None:
    assert process("وشارك في مسابقة القنص بالصقور.", published="2018-05-03").layers["events"] == []


def test_a_meeting_joined_to_a_planned_one_by_wa_an_is_planned() -> None:
    body = "ومن المتوقع أن يحضر الرئيس مأدبة غداء مع رئيس الحكومة، وأن يلتقي عددا من كبار المسؤولين."
    doc = process(body, published="2018-09-03")
    assert [(e["type"], e["status"]) for e in doc.layers["events"]] == [("meeting", "planned")]


def test_a_meeting_after_wa_an_with_nothing_planned_before_is_told() -> None:
    body = "وذكرت الصحيفة أن الوزير وصل إلى القاهرة، وأن يلتقي نظيره اليوم."
    assert [e["status"] for e in process(body, published="2018-09-03").layers["events"]] == ["occurred"]


def test_the_one_told_after_a_named_minister_is_no_part_of_him() -> None:
    body = "وأبلغ الوزير سيرغي شويغو رئيسه، الثلاثاء، أن العمل انتهى."
    assert [(s["speaker"] or {}).get("name") for s in stmts(body)] == ["الوزير سيرغي شويغو"]


def test_a_title_and_a_name_the_tagger_missed_still_end_at_the_comma() -> None:
    body = "وقال قائد الجيش الوطني الليبي المشير خليفة حفتر، مساء الخميس، إن العمل انتهى."
    assert [(s["speaker"] or {}).get("name") for s in stmts(body)] == ["قائد الجيش الوطني الليبي المشير خليفة حفتر"]


def test_his_own_talk_before_saying_is_no_speaker() -> None:
    body = 'وقال الرئيس إن الوضع صعب. وتابع حديثه قائلا: "لن نتراجع".'
    assert [((s["speaker"] or {}).get("name"), s["cue"], s["kind"], s["content"]) for s in stmts(body)] == [
        ("الرئيس", "وقال", "indirect", "إن الوضع صعب"),
        ("الرئيس", "وتابع", "direct", "لن نتراجع"),
    ]


def test_his_aide_before_saying_still_speaks() -> None:
    body = 'وقال الرئيس إن الوضع صعب. وتابع مساعده قائلا: "لن نتراجع".'
    assert [(s["speaker"] or {}).get("name") for s in stmts(body)] == ["الرئيس", "مساعده"]
