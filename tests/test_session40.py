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
"""

from __future__ import annotations

from tests.claims_helpers import counted, short


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
