"""Session 44.

Events: a verb of holding ground (احتل) is an attack where its object is a place: a place word right
after it ("احتلت مدينة عفرين"), or a place after the party or the place name that is its subject
("احتلت إسرائيل القدس الشرقية في حرب 1967"). A rank after it is no ground ("احتلت مصر المركز 117 في
مؤشر الفساد"، "احتل الفريق المرتبة الثانية"; lexicon class rank). A phone, a battery, a charger, an
engine, a gas cylinder or an e-cigarette that blows up is an accident ("انفجر الهاتف مثل القنبلة"،
"انفجار أسطوانة غاز بمطعم"), not an attack. A vehicle after an attack verb is no accident where its
driver stands before it ("هاجم قائد شاحنة سوقا لعيد الميلاد": lexicon class driver), and a train is a
vehicle ("واقتحم قطار رصيف المحطة": an accident). A fight with an illness is no fight ("بعد معركة مع مرض
السرطان").

Statements: the إن inside an outlet's name (سي إن إن، إن بي سي; entities_agencies.tsv) opens no
content: "وذكرت شبكة سي إن إن أن" says what follows أن, and "لشبكة سي إن إن إن" names the channel
whole. A body after a bare title with ل, then a person's name between commas, is the title's body, not
the channel: "وقال المدير العام لوكالة الأنباء الفرنسية، فابريس فريس، إن" is the director's, told to
no one ("وقال المتحدث لوكالة فرانس برس إن" still names the agency as the channel). A ب on the verbal
noun شن opens a threat's content ("وتوعد الرئيس الأمريكي بشن ضربات": not "الرئيس الأمريكي بشن"). A noun
of words said (الاتهامات، المزاعم) right after نفى، انتقد or استنكر is what was answered, not the speaker
("وقد نفى الاتهامات ووصفها بأنها مخزية": he, named before). Subjects joined by و before the object of
a verb that takes one are all its speakers ("واتهمت سوريا وروسيا وإيران إسرائيل بتنفيذ هجوم"). أقر with
its ب complement right after it or after its subject is an admission ("وأقر بالذنب في اتهام"، "وأقر
الحوثي بوجود انهيارات"; flags comp_opens, comp_close), not an approval ("وأقر البرلمان القانون الجديد"،
"وأقرت مقاطعة كيبيك السماح بالقتل الرحيم": an object between); a word of how a vote went or of
"already" (بالإجماع، بأغلبية، بالفعل: class manner) is no ب complement.

Figures: a verb read only before its people (أسر) that carries a pronoun of its own is the families
or a verb whose people are that pronoun: none after it are its people ("إلى أسرهم الخمسة"، "طردت 23
دبلوماسيا وأسرهم"), while "أسر 5 جنود" and "وأسرت القوات 12 مسلحا" still count.
"""

from __future__ import annotations

from marsad.pipeline import process
from tests.claims_helpers import figs, said_via
from tests.events_helpers import typed


def test_a_country_holding_a_city_is_an_attack() -> None:
    doc = process("واحتلت إسرائيل القدس الشرقية في حرب 1967.", published="2018-05-03")
    [ev] = doc.layers["events"]
    assert (ev["type"], ev["trigger"]["text"]) == ("attack", "واحتلت")
    assert [a["name"] for a in ev["actors"]] == ["إسرائيل"]
    assert [p["name"] for p in ev["places"]] == ["القدس الشرقية"]


def test_a_place_word_right_after_the_verb_is_held() -> None:
    assert typed("وكانت تركيا قد احتلت مدينة عفرين السورية في مارس الماضي.") == [("attack", "احتلت")]


def test_a_rank_held_is_no_attack() -> None:
    assert typed("واحتلت مصر المركز 117 في مؤشر الفساد من بين 180 دولة.") == []
    assert typed("واحتل الفريق المرتبة الثانية في جدول الدوري.") == []
    assert typed("وقد احتلت جنوب إفريقيا المرتبة الثانية في القارة.") == []


def test_their_families_are_no_captives() -> None:
    assert figs("وسلمت الشرطة الأطفال إلى أسرهم الخمسة.") == []
    assert figs("وطردت بريطانيا 23 دبلوماسيا روسيا وأسرهم.") == []


def test_a_capture_with_its_people_after_it_still_counts() -> None:
    assert [(f["count"], f["outcome"]) for f in figs("وأعلنت الحركة أسر 5 جنود.")] == [(5, "captured")]
    assert [(f["count"], f["outcome"]) for f in figs("وأسرت القوات 12 مسلحا في الجبهة.")] == [(12, "captured")]


def test_a_phone_that_blows_up_is_an_accident() -> None:
    assert typed("وقال أحد الركاب: انفجر الهاتف مثل القنبلة وتصاعد الدخان في الطائرة.") == [
        ("disaster", "انفجر الهاتف")
    ]
    assert typed("وأصيب ثلاثة أشخاص في انفجار أسطوانة غاز بمطعم في القاهرة.") == [("disaster", "انفجار أسطوانة")]


def test_a_car_bomb_is_still_an_attack() -> None:
    assert typed("وقتل شخصان في انفجار سيارة مفخخة في بغداد.") == [("attack", "انفجار")]


def test_the_that_inside_cnn_opens_no_content() -> None:
    assert said_via("وذكرت شبكة سي إن إن أن الرئيس سيزور المنطقة.") == [
        ("شبكة سي إن إن", "أن الرئيس سيزور المنطقة", [])
    ]
    assert said_via("وقال مسؤول أمريكي لشبكة سي إن إن إن الرئيس سيزور المنطقة.") == [
        ("مسؤول أمريكي", "إن الرئيس سيزور المنطقة", ["شبكة سي إن إن"])
    ]
    assert said_via("وقال الوزير لشبكة إن بي سي إن الوضع خطير.") == [("الوزير", "إن الوضع خطير", ["شبكة إن بي سي"])]


def test_the_body_of_a_title_before_the_name_is_no_channel() -> None:
    [(speaker, content, via)] = said_via("وقال المدير العام لوكالة الأنباء الفرنسية، فابريس فريس، إن الوكالة ستواصل عملها.")
    assert "فابريس فريس" in speaker and via == []
    assert said_via("وقال المتحدث لوكالة فرانس برس إن الوكالة ستواصل عملها.") == [
        ("المتحدث", "إن الوكالة ستواصل عملها", ["وكالة فرانس برس"])
    ]


def test_a_threat_to_launch_strikes_opens_at_bishann() -> None:
    assert said_via("وتوعد الرئيس الأمريكي بشن ضربات صاروخية ضد دمشق.") == [
        ("الرئيس الأمريكي", "بشن ضربات صاروخية ضد دمشق", [])
    ]


def test_the_accusations_denied_are_no_speaker() -> None:
    assert said_via("وقد نفى الاتهامات ووصفها بأنها مخزية.") == [
        (None, "الاتهامات", []),
        (None, "بأنها مخزية", []),
    ]
    assert said_via("ونفى المتحدث الاتهامات.") == [("المتحدث", "الاتهامات", [])]


def test_three_accusers_before_the_accused() -> None:
    assert said_via("واتهمت سوريا وروسيا وإيران إسرائيل بتنفيذ هجوم على المطار.") == [
        ("سوريا وروسيا وإيران", "إسرائيل بتنفيذ هجوم على المطار", [])
    ]


def test_the_driver_of_a_truck_attacks() -> None:
    assert typed("عندما هاجم قائد شاحنة سوقا لعيد الميلاد في العاصمة برلين.") == [("attack", "هاجم")]
    assert typed("واقتحمت سيارة رصيف المشاة في لندن.") == [("disaster", "واقتحمت")]
    assert typed("واقتحم قطار رصيف المحطة في القاهرة.") == [("disaster", "واقتحم")]


def test_a_battle_with_cancer_is_no_clash() -> None:
    assert typed("2013 - وفاة الرئيس تشافيز بعد معركة مع مرض السرطان.") == []
    assert typed("وقتل 5 جنود في معركة مع المسلحين في المدينة.") == [("clash", "معركة")]


def test_pleading_guilty_is_a_statement() -> None:
    assert said_via("وأقر الحوثي بوجود انهيارات في صفوف قواته.") == [
        ("الحوثي", "بوجود انهيارات في صفوف قواته", [])
    ]
    assert [c for _, c, _ in said_via("وأقر بالذنب في اتهام بمحاولة توفير دعم مادي لجماعة إرهابية.")] == [
        "بالذنب في اتهام بمحاولة توفير دعم مادي لجماعة إرهابية"
    ]


def test_a_law_passed_is_no_statement() -> None:
    assert said_via("وأقر البرلمان القانون الجديد بأغلبية كبيرة.") == []
    assert said_via("وأقر مجلس الوزراء بالإجماع خطة الموازنة.") == []
    assert said_via("وأقرت مقاطعة كيبيك في كندا السماح بالقتل الرحيم في عام 2016.") == []
    assert said_via("وكانت هولندا أقرت بالفعل قانونا يسمح بالموت الرحيم.") == []
