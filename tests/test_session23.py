"""Patterns found in session 23, from reading Marsad's output on unseen news articles.

Each test shows the Arabic a rule handles, and the near case it leaves alone. The sentences were
written for these tests.
"""

from __future__ import annotations

from tests.claims_helpers import figs, said, short

# -- figures: a split after the number ("بين قتيل وجريح") says what befell them, over the word before


def test_a_split_after_the_number_names_the_harm() -> None:
    assert short("وشهدت المدينة تفجيرات راح ضحيتها العشرات بين قتيل وجريح.") == [(10, "killed_or_injured", "unspecified")]
    assert short("وراح ضحية القصف 40 شخصا بين قتيل وجريح.") == [(40, "killed_or_injured", "unspecified")]
    # a split of who they were, not of what befell them, leaves the verb's harm
    assert short("وقتل العشرات بين رجال ونساء.") == [(10, "killed", "civilian")]


# -- figures: a number right before a warrant counts warrants (figures_cues role warrant)


def test_a_number_of_warrants_is_no_arrest() -> None:
    assert short("وقال النائب العام إن لدينا 140 مذكرة توقيف بحق مهربين.") == []
    assert short("وأصدرت النيابة 60 مذكرة اعتقال في إطار التحقيق.") == []
    # the people a warrant names are not held either; an arrest of a number is
    assert short("وأصدرت النيابة مذكرات اعتقال بحق 60 ضابطا.") == []
    assert short("واعتقلت الشرطة 60 ضابطا في إطار التحقيق.") == [(60, "captured", "military")]


# -- figures: كانوا opens an indefinite relative clause after the people of a number (role were);
#    their casualty verb after the clause is theirs


def test_the_verb_after_a_kana_relative_clause() -> None:
    assert short("وقالت الشرطة إن 9 أشخاص كانوا داخل المبنى لقوا حتفهم.") == [(9, "killed", "unspecified")]
    assert short("ولقي 23 راكبا كانوا على متن الحافلة مصرعهم في الحادث.") == [(23, "killed", "civilian")]
    assert short("وقال إن 14 عاملا كانوا في المنجم أصيبوا بجروح.") == [(14, "injured", "civilian")]
    # a fleeing verb after the clause: they fled from where they were, no displacement
    assert short("وقال إن 14 عاملا كانوا في المصنع فروا.") == []
    # a casualty word inside the clause is the clause's own
    assert short("وقال إن 14 شخصا كانوا محتجزين في السجن.") == [(14, "captured", "unspecified")]


def test_a_rescue_word_before_lakin_does_not_reach_the_number() -> None:
    assert short("ونجا الحراس لكن 6 عمال لقوا حتفهم في الانفجار.") == [(6, "killed", "civilian")]
    assert short("وأنقذت فرق الدفاع المدني 6 عمال من تحت الأنقاض.") == []


# -- figures: a relative clause of occurring (الذي وقع، التي حدثت; role happened) between a casualty
#    verb and the people after it


def test_a_verb_reaches_its_people_over_a_clause_of_occurring() -> None:
    assert short("وقتل في الانفجار الذي وقع صباح الأحد 18 شخصا.") == [(18, "killed", "unspecified")]
    assert short("وأصيب في الحادث الذي وقع مساء أمس عشرات الأشخاص.") == [(10, "injured", "unspecified")]
    # another relative clause: the number is that clause's subject
    assert short("وقتل الضابط في الهجوم الذي نفذه 6 مسلحين.") == [(1, "killed", "military")]


# -- figures: "أفراد أسرهم" after a noun is their families, not a capture (أسر harms only a number
#    right after it: sense near)


def test_usra_after_a_noun_is_families() -> None:
    assert short("وكان 40 جنديا وأفراد أسرهم قد قتلوا في تحطم الطائرة.") == [(40, "killed", "military")]
    assert short("وأسر المقاتلون 7 جنود خلال الهجوم.") == [(7, "captured", "military")]


# -- figures: "some of them" after a number says it counts people (role some_of)


def test_some_of_them_makes_a_number_people() -> None:
    assert short("وقتلت القوات 30 محتجا وأصابت المئات بعضهم في حالة خطرة.") == [
        (30, "killed", "unspecified"),
        (100, "injured", "unspecified"),
    ]
    assert short("وأصابت الصواريخ 4 مبان بعضها حكومية.") == []


def test_an_instructor_is_a_person() -> None:
    assert short("وأعلن الجيش مقتل مدرب أجنبي في تحطم الطائرة.") == [(1, "killed", "unspecified")]
    assert short("وقتل 4 مدربين في الهجوم على المعسكر.") == [(4, "killed", "unspecified")]


# -- statements


def test_diplomats_are_speakers() -> None:
    assert said("واتهم دبلوماسيون غربيون الحكومة بعرقلة التحقيق.") == [
        ("دبلوماسيون غربيون", "واتهم", "الحكومة بعرقلة التحقيق")
    ]
    assert said("وقال دبلوماسيون أوروبيون إن المحادثات تعثرت.") == [("دبلوماسيون أوروبيون", "وقال", "إن المحادثات تعثرت")]


def test_a_straight_quote_that_closes_opens_no_content() -> None:
    # the mark after "تهريب" closes the quoted word; the source ends at the clause opener هناك
    assert said('وبحسب المحققين هناك عمليات "تهريب" منظمة عبر الحدود.') == [
        ("المحققين", "وبحسب", 'هناك عمليات "تهريب" منظمة عبر الحدود')
    ]


def test_a_circumstantial_clause_after_the_verb_is_no_speaker() -> None:
    body = "وقال والد الضحية إن ابنه كان أعزل. وأضاف والحزن باد على وجهه أن العائلة ستقاضي الجيش."
    assert said(body) == [
        ("والد الضحية", "وقال", "إن ابنه كان أعزل"),
        ("والد الضحية", "وأضاف", "أن العائلة ستقاضي الجيش"),
    ]
    # a speaker with a title starting with وال (والدة) stays
    assert said("وقالت والدة الضحية إن ابنها كان أعزل.") == [("والدة الضحية", "وقالت", "إن ابنها كان أعزل")]


def test_a_definite_medium_then_its_adjectives_then_who_issued_it() -> None:
    assert said("وجاء في البيان الختامي للاجتماع أن الدول اتفقت على التعاون.") == [
        ("الاجتماع", "وجاء", "أن الدول اتفقت على التعاون")
    ]
    assert said("وجاء في التقرير السنوي أن الدول اتفقت على التعاون.") == [
        ("التقرير", "وجاء", "أن الدول اتفقت على التعاون")
    ]


# -- figures: مات (died) and the dual of common casualty verbs; منهما; "بينهم أحد" is a part of one


def test_mata_and_dual_verbs() -> None:
    assert short("وأكد المسؤول أن خمسة من العمال ماتوا في الانفجار.") == [(5, "killed", "civilian")]
    assert short("وأوضح المتحدث أن اثنين منهما أصيبا بجروح طفيفة.") == [(2, "injured", "unspecified")]


def test_one_of_them_in_a_breakdown_before_the_verb() -> None:
    assert short("وقالت الشرطة إن 14 شخصا بينهم أحد مسؤولي الحزب اعتقلوا في المداهمات.") == [
        (14, "captured", "unspecified")
    ]
    # a part of no size still says nothing of the whole
    assert short("وقالت الشرطة إن 14 شخصا بينهم مسؤولون في الحزب اعتقلوا في المداهمات.") == []


# -- statements: an adverb of how (رسميا، علنا) is no speaker; a relative clause's verb inside an according phrase has the relative for its subject


def test_an_adverb_after_the_verb_is_no_speaker() -> None:
    assert said("وقالت الوكالة إن الحكومة طلبت رسميا من فرنسا تسليم المتهم.") == [
        ("الوكالة", "وقالت", "إن الحكومة طلبت رسميا من فرنسا تسليم المتهم"),
        ("الحكومة", "طلبت", "من فرنسا تسليم المتهم"),
    ]


def test_a_relative_clause_inside_an_according_phrase() -> None:
    assert said("وتقدمت القوات في المدينة بحسب المرصد الذي أعلن أيضا مقتل 12 مدنيا.") == [
        ("المرصد", "بحسب", "وتقدمت القوات في المدينة"),
        ("المرصد", "أعلن", "مقتل 12 مدنيا"),
    ]


# -- figures: one of a nationality right after a casualty noun, joined by و to a number


def test_one_of_a_nationality_before_a_number() -> None:
    assert short("وأسفرت الغارة عن مقتل بريطاني و3 فرنسيين.") == [
        (1, "killed", "unspecified"),
        (3, "killed", "unspecified"),
    ]
    # with no casualty noun before it, a nationality is a description
    assert short("وزار وفد إيراني و3 وزراء المدينة.") == []


# -- statements: an indefinite plural subject ends before a noun with a third-person pronoun


def test_an_owned_noun_after_an_indefinite_plural_subject() -> None:
    assert said("وأعلن ناشطون أكراد مسؤوليتهم عن الهجوم.") == [("ناشطون أكراد", "وأعلن", "مسؤوليتهم عن الهجوم")]
    # a preposition's phrase goes on with the subject
    assert said("وقال مسؤولون بقطاعي الصحة والتعليم إن المدارس أغلقت.") == [
        ("مسؤولون بقطاعي الصحة والتعليم", "وقال", "إن المدارس أغلقت")
    ]


# -- figures: "على الأقل" before the number qualifies it; reports are no people; قياديي (construct)


def test_at_least_before_the_number() -> None:
    assert short("وقتل على الأقل 9 أشخاص في الانفجار.") == [(9, "killed", "unspecified")]
    assert [c["qualifier"] for c in figs("وقتل على الأقل 9 أشخاص في الانفجار.")] == ["at_least"]
    assert [c["qualifier"] for c in figs("وفقدت الجماعة على الأقل خمسة من قيادييها.")] == ["at_least"]
    # after a count of its own it is that count's: "قتل 5 أشخاص على الأقل 3 منهم أطفال"
    assert [(c["count"], c["qualifier"]) for c in figs("وقتل 6 أشخاص على الأقل 2 منهم أطفال.")] == [
        (6, "at_least"),
        (2, "exact"),
    ]


def test_a_force_that_lost_its_leaders_lost_them_killed() -> None:
    assert short("وفقدت الجماعة خمسة من قيادييها البارزين.") == [(5, "killed", "military")]


def test_a_number_of_reports_is_no_people() -> None:
    assert short("وراجعت اللجنة 40 تقريرا عن سقوط ضحايا مدنيين.") == []


def test_time_words_before_an_according_aside_leave_the_report_after_it() -> None:
    # "أيضا" and a day before ", وفق X،" are no words of the report: it goes on after the aside
    assert said("وأصيب الأحد، أيضا وفق المستشفى، 6 مدنيين بينهم طفلان.") == [
        ("المستشفى", "وفق", "6 مدنيين بينهم طفلان")
    ]
    # a clause of its own before the aside is the report
    assert said("وقتل الجنود في الهجوم، وفق المرصد، ثم انسحب المسلحون.") == [("المرصد", "وفق", "وقتل الجنود في الهجوم")]


def test_first_after_the_subject_is_no_part_of_it() -> None:
    assert said("وتحدث الجنود أولا عن احتمال استخدام الغاز.") == [("الجنود", "وتحدث", "عن احتمال استخدام الغاز")]


# -- figures: a nisba noun after the number counts people (feminine too); "هما" makes a ين-noun dual


def test_a_feminine_nisba_after_the_number_counts_people() -> None:
    assert short("وقال النادي إن السلطات تحتجز في سجونها 40 فلسطينية.") == [(40, "captured", "unspecified")]
    # a word that is no people after the number leaves it a label
    assert short("وقتل قائد كتيبة الاتصالات 481 في الهجوم.") == [(1, "killed", "military")]


def test_they_two_makes_a_dual() -> None:
    assert short("وأعلنت الوكالة مقتل مدنيين هما رجل وابنه.") == [(2, "killed", "civilian")]
    assert short("وتمكنت الشرطة من قتل المهاجمين وهما شقيقان.") == [(2, "killed", "military")]
    # a ين-noun with nothing after it is a plural of no size
    assert short("وأعلنت الوكالة مقتل مدنيين في الغارة.") == []


def test_one_of_another_nation_after_a_counted_group() -> None:
    assert short("وأسفر الهجوم عن إصابة خمسة عسكريين أميركيين وجندي صومالي بجروح.") == [
        (5, "injured", "military"),
        (1, "injured", "military"),
    ]
    # of the same nation, the number counts both nouns
    assert short("وأسفر الهجوم عن إصابة خمسة عسكريين أميركيين وجندي أميركي.") == [(5, "injured", "military")]
