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
"""

from __future__ import annotations

from tests.claims_helpers import counted, short, spoken


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
