"""Session 45.

Figures: a toll told place by place goes on over a qualifier of its first part: "مقتل 4 أشخاص على
الأقل في ولاية أوهايو و5 في ولاية تينيسي" is 4 killed in one place and 5 more in the other. The one
who did the deed, definite, after a casualty verb and its subject, is one harmed: "وقتلت الشرطة
المهاجم"، "اعتقلت السلطات المشتبه به"، and the shooter (مطلق النار, a new perpetrator noun) too; not
where the verb has an object pronoun of its own ("كانت تحتجزهم الجماعة المتشددة"), nor one only
named after it. A word of "later" (لاحقا, cue role likewise) between القبض and على adds nothing:
"وألقت الشرطة القبض لاحقا على المسلح".
"""

from __future__ import annotations

from tests.claims_helpers import figs, short


def test_a_toll_place_by_place_goes_on_over_a_qualifier() -> None:
    assert short("وأدت العاصفة إلى مقتل 4 أشخاص على الأقل في ولاية أوهايو و6 في ولاية تينيسي.") == [
        (4, "killed", "unspecified"),
        (6, "killed", "unspecified"),
    ]
    # (a share after it is no second part: "و7 في المئة")
    assert short("وقتل 12 شخصا على الأقل في المدينة و7 في المئة منهم أطفال.") == [(12, "killed", "unspecified")]


def test_the_doer_after_the_verb_and_its_subject_is_one_harmed() -> None:
    assert short("وقالت الشرطة إنها قتلت المهاجم بعد مطاردة قصيرة.") == [(1, "killed", "military")]
    assert short("واعتقلت السلطات المشتبه به قرب الحدود.") == [(1, "captured", "unspecified")]
    assert short("وقد اعتقلت الشرطة مطلق النار في موقف السيارات.") == [(1, "captured", "military")]
    assert short("وأصيب مطلق النار بجروح خطيرة.") == [(1, "injured", "military")]


def test_a_verb_with_its_own_object_pronoun_has_no_doer_object() -> None:
    assert [(c["count"], c["outcome"]) for c in figs("وتوفي ثلاثة رهائن بينما كانت تحتجزهم الجماعة المتشددة.")] == [
        (3, "killed")
    ]
    # (a man only named is no figure)
    assert figs("واعتقلت الشرطة المهاجم علي حسن الأحمد.") == []


def test_later_between_the_arrest_and_its_on_adds_nothing() -> None:
    assert short("وفر المسلح من المكان، وألقت الشرطة القبض لاحقا على المسلح.") == [(1, "captured", "military")]
