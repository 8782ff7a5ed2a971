"""Session 36.

Figures: "دون طيار" and "بدون طيار" (a craft with no pilot, lexicon role unmanned) negate no harm:
"أسفرت غارة لطائرة دون طيار عن مقتل 3 مسلحين" counts the three, where "انتهت المسيرة دون وقوع
إصابات" still counts nothing. حبس (remand in custody, a verbal noun like احتجاز) counts the
people held ("قررت النيابة حبس 12 متهما"), but not a term of prison ("بالحبس 6 أشهر") nor a court's
sentence ("قضت المحكمة بحبس 3 متهمين"). "في الأقل" and "على أقل تقدير" after a number or its noun
say "at least", as "على الأقل" does ("قتل 12 مدنيا على أقل تقدير"). Climbers and fans (متسلقين،
مشجعين) are civilians. Refugees who went home are counted as no one displaced also where a phrase
set off by commas stands between them and the verb ("نحو 9 آلاف لاجئ، في دول الجوار، عادوا إلى
ديارهم"); those who fled by a verb and then went home were displaced all the same. A prisoner or a
detainee (سجين، معتقل، محتجز) is a person a singular harm counts ("وفاة معتقل في السجن" = 1 killed).

Text: والدا (the two parents of), والدان and والديه are one word each, not و + ال + دا (lexicon
clitic_exceptions), so "وقال والدا الطفل" has the parents as its speaker.

Events: فقد cancels an act only as the verb "lost", with a word with the article right after it
(فقد الجيش السيطرة على البلدة: lexicon class cancel_noun); the particle فقد (ف + قد) opens the verb
of an act ("فقد قصفت المدفعية القرية"). A road accident written with the adjective (حادث مروري،
حادثة مرورية) is a disaster, as حادث سير is.

Dates: a day and month with الماضي or المقبل are the day itself before or after publication: "3
مارس الماضي" in an article of 20 March is this March's 3rd, "28 مارس المقبل" this March's 28th.
Figures: a sentence that opens with a day a week or more before the article tells another day's
act, whose figures restate none of the lead's ("قتل ثلاثة جنود … الأربعاء" … "وفي 3 مايو الماضي قتل
ثلاثة جنود في هجوم انتحاري آخر": two figures).

Statements: after a report, a participle of a verb that takes an object (اتهم، وصف: flag
obj_required) with its object and then its complement is a report of its own with no comma before it
("طالبت المنظمة بالإفراج عن الصحفي متهمة السلطات بالتعسف"، "واصفا إياه بالجاسوس": lexicon kind
object_pronoun), not part of the content before it; "وهي متهمة بالتلاعب" (accused) is none. "جاء فيه"
finds the record issued before it also past a comma and a phrase it sets off ("أصدر النادي بيانا، مساء
الخميس، جاء فيه أن"): the issuer is the speaker.
"""

from __future__ import annotations

from marsad.pipeline import process
from marsad.text.clitics import split
from tests.claims_helpers import figs, short, spoken
from tests.events_helpers import events


def test_a_drone_without_a_pilot_negates_no_harm() -> None:
    assert short("أسفرت غارة لطائرة دون طيار عن مقتل 3 مسلحين في الوادي.") == [(3, "killed", "military")]
    assert short("وقالت مصادر إن طائرة بدون طيار قتلت خمسة من عناصر التنظيم.") == [(5, "killed", "military")]


def test_without_still_negates_a_harm() -> None:
    assert short("انتهت المسيرة دون وقوع إصابات بين 300 مشارك.") == []
    assert short("سقطت قذيفة في الحي بدون أن تسفر عن إصابات.") == []


def test_remand_in_custody_counts_the_people_held() -> None:
    assert short("قررت النيابة العامة حبس 12 متهما أربعة أيام على ذمة التحقيق.") == [(12, "captured", "unspecified")]
    assert short("أمرت النيابة بحبس ضابطين و5 من أفراد الشرطة.") == [(2, "captured", "military"), (5, "captured", "military")]


def test_a_prison_term_or_a_court_sentence_is_no_custody_count() -> None:
    assert short("عاقبت المحكمة المتهم بالحبس 6 أشهر.") == []
    assert short("قضت المحكمة بحبس 3 متهمين خمس سنوات.") == []


def test_the_two_parents_keep_their_waw() -> None:
    assert split("والدا") == ("", "والدا", "")
    assert split("ووالدا") == ("و", "والدا", "")
    assert spoken("وقال والدا الطفل إن المدرسة لم تبلغهما بالحادث.") == [("والدا الطفل", "إن المدرسة لم تبلغهما بالحادث")]


def test_and_religion_still_splits() -> None:
    assert split("والدين") == ("وال", "دين", "")


def test_the_particle_fqad_opens_an_act() -> None:
    evs = events("وفي الشمال، فقد قصفت المدفعية قرية صغيرة قرب الحدود.")
    assert [(e["type"], e["trigger"]["text"]) for e in evs] == [("attack", "قصفت")]
    evs = events("فقد قامت قوات الأمن باعتقال خمسة من المشتبه بهم في المدينة.")
    assert [e["type"] for e in evs] == ["arrest"]


def test_losing_control_is_still_no_seizure() -> None:
    assert events("وقال المتحدث إن التنظيم فقد السيطرة على البلدة.") == []


def test_an_accusing_participle_after_a_report_is_a_report_of_its_own() -> None:
    text = "وطالبت المنظمة بالإفراج عن الصحفي متهمة السلطات بالتعسف في استخدام القانون."
    assert spoken(text) == [
        ("المنظمة", "بالإفراج عن الصحفي"),
        ("المنظمة", "السلطات بالتعسف في استخدام القانون"),
    ]
    text = "وأضاف الوزير أن المفاوضات تعثرت بسبب شروط مستحيلة متهما المعارضة بالمماطلة."
    assert spoken(text) == [("الوزير", "أن المفاوضات تعثرت بسبب شروط مستحيلة"), ("الوزير", "المعارضة بالمماطلة")]
    assert spoken("وانتقد الوزير القرار واصفا إياه بالمتسرع.") == [("الوزير", "القرار"), ("الوزير", "إياه بالمتسرع")]


def test_an_accused_person_is_no_report() -> None:
    assert spoken("وقال المحامي إن موكلته متهمة بالتلاعب بالأصوات.") == [("المحامي", "إن موكلته متهمة بالتلاعب بالأصوات")]


def test_other_words_of_at_least_after_the_number() -> None:
    for text in ("وأدت المواجهات إلى مقتل 14 شخصا في الأقل.", "قتل 12 مدنيا على أقل تقدير في القصف."):
        assert [c["qualifier"] for c in figs(text)] == ["at_least"], text


def test_climbers_and_fans_are_civilians() -> None:
    assert short("لقي ثلاثة متسلقين حتفهم في انهيار ثلجي.") == [(3, "killed", "civilian")]
    assert short("أصيب 15 مشجعا في تدافع عند بوابة الملعب.") == [(15, "injured", "civilian")]


def test_a_day_of_this_month_with_last_is_this_year() -> None:
    doc = process("وفي 8 مايو الماضي أغلقت المدارس، وتفتح في 28 مايو المقبل.", published="2019-05-22", upto="dates")
    assert [d["value"] for d in doc.layers["dates"]] == ["2019-05-08", "2019-05-28"]
    doc = process("وفي 25 مايو الماضي أغلقت المدارس.", published="2019-05-22", upto="dates")
    assert [d["value"] for d in doc.layers["dates"]] == ["2018-05-25"]


def test_a_toll_of_another_day_is_no_restatement_of_the_lead() -> None:
    text = (
        "قتل ثلاثة جنود في هجوم على حاجز عسكري شمال المدينة، الأربعاء.\n"
        "وكان الحاجز قد تعرض لهجوم مماثل العام الماضي.\n"
        "وفي 3 مايو الماضي قتل ثلاثة جنود في هجوم انتحاري آخر على حاجز قرب الميناء."
    )
    got = [(c["count"], c["outcome"]) for c in figs(text, published="2019-05-22")]
    assert got == [(3, "killed"), (3, "killed")]


def test_came_in_it_past_a_comma_has_the_issuer_as_speaker() -> None:
    text = "وأصدر النادي بيانا، مساء الخميس، جاء فيه أن المدرب باق في منصبه."
    assert spoken(text) == [("النادي", "أن المدرب باق في منصبه")]
    text = "وأصدرت الوزارة بيانا، جاء فيه: \"لن نسمح بتكرار ما حدث\"."
    assert spoken(text) == [("الوزارة", "لن نسمح بتكرار ما حدث")]


def test_refugees_who_went_home_past_a_phrase_are_no_displaced() -> None:
    assert short("وقالت المفوضية إن نحو 9 آلاف لاجئ، في دول الجوار، عادوا إلى ديارهم هذا العام.") == []
    assert short("وأعلنت المنظمة أن 4 آلاف لاجئ في المخيمات الحدودية عادوا إلى قراهم.") == []


def test_people_who_fled_then_went_home_were_displaced() -> None:
    assert short("وقالت المنظمة إن 20 ألفا نزحوا إلى الجبال، عاد أكثرهم لاحقا.") == [(20000, "displaced", "unspecified")]
    assert short("فر 5 آلاف شخص من القرية قبل أن يعود بعضهم.") == [(5000, "displaced", "unspecified")]


def test_a_road_accident_with_the_adjective_is_a_disaster() -> None:
    evs = events("لقي شخصان حتفهما في حادث مروري على الطريق الساحلي.")
    assert [(e["type"], e["trigger"]["text"]) for e in evs] == [("disaster", "حادث مروري")]


def test_the_death_of_a_detainee_is_one_killed() -> None:
    assert [(c["count"], c["outcome"]) for c in figs("أعلنت المنظمة وفاة معتقل في السجن المركزي.")] == [(1, "killed")]
    assert [(c["count"], c["outcome"]) for c in figs("قالت الأسرة إن سجينا قتل في زنزانته.")] == [(1, "killed")]
    assert figs("وأفرجت السلطات عن معتقل بعد التحقيق معه.") == []
