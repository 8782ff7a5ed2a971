"""Session 45.

Figures: a toll told place by place goes on over a qualifier of its first part: "مقتل 4 أشخاص على
الأقل في ولاية أوهايو و5 في ولاية تينيسي" is 4 killed in one place and 5 more in the other. The one
who did the deed, definite, after a casualty verb and its subject, is one harmed: "وقتلت الشرطة
المهاجم"، "اعتقلت السلطات المشتبه به"، and the shooter (مطلق النار, a new perpetrator noun) too; not
where the verb has an object pronoun of its own ("كانت تحتجزهم الجماعة المتشددة"), nor one only
named after it. A word of "later" (لاحقا, cue role likewise) between القبض and على adds nothing:
"وألقت الشرطة القبض لاحقا على المسلح". A multiple (أضعاف, figures_units measure) counts no one: "يقارب
عدد النازحين ثلاثة أضعاف الرقم السابق". A people named by the definite plural of a nationality after
a number counts people for a verb of other senses: "وفر آلاف اليمنيين من المدينة" (فر needs people
after its number; not "ووفرت الحكومة آلاف الوظائف للسوريين"). A noun with ب or ل after a casualty verb
is no object of it: "بأن شخصا واحدا أصيب بالانفجار" tells of one hurt. One or two more told at another
place, a singular or dual people noun with و then في, are more of the same harm: "مقتل 12 شخصا في
البصرة وشخصين في الناصرية" (12 and 2 killed). A figure told "also" after its verb in a later sentence
restates none before it: "وقتل ستة من رجال الشرطة ... وأضاف أن ستة من المسلحين قتلوا أيضا" is six and
six more.

Statements: a time over which something was said (طوال، طيلة: classes prep and setting) is no part
of the speaker ("وقال الوزير طيلة الحملة إنه"). A reaction (رد فعل، رد الفعل) and a medical examination
(كشف طبي) are nouns (noun_phrase), and a bare past form right after a passive auxiliary or a noun of
carrying out or handing in (تم، يتم، جرى، إجراء، تقديم: new class noun_governor) is its verbal noun: "حتى
يتم كشف ما حدث"، "تقديم طلب لاستخراج رخصة" report nothing. A noun of words said (class said_object)
after a long speaker, or after a name or a day set off by commas, still makes رفض a report and ends the
speaker ("رفض وزير الخارجية الألماني هيكو ماس انتقادات"، "رفضت السلطات الروسية، الأربعاء، الاتهامات");
a word that goes with that noun (هذه، جميع: new class said_object_det) opens the content, and a manner
phrase before it (حتى الآن، بشكل قاطع: manner_phrase) is neither's. A comma and a word with و stop the
search: "وينفي ارتكاب أي مخالفات، ويقول إن الاتهامات" keeps its own clauses. A speaker named by a body
and then its own name in quotes keeps both: 'وذكرت وكالة الأنباء الرسمية "سبأ"' speaks as "وكالة
الأنباء الرسمية سبأ", not as the tagged body alone.
"""

from __future__ import annotations

from tests.claims_helpers import figs, said, short


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


def test_a_multiple_counts_no_one() -> None:
    assert figs("وقال المتحدث إن عدد النازحين يقارب ثلاثة أضعاف الرقم الذي أعلن الشهر الماضي.") == []
    # (a count still is one)
    assert short("ونزح نحو ثلاثة آلاف شخص من القرى الحدودية.") == [(3000, "displaced", "unspecified")]


def test_a_plural_nationality_counts_people_who_fled() -> None:
    assert short("وفر آلاف الصوماليين من المدينة بعد اشتداد القتال.") == [(1000, "displaced", "unspecified")]
    assert short("وفر نحو 3 آلاف من الليبيين إلى تونس.") == [(3000, "displaced", "unspecified")]
    assert figs("ووفرت الحكومة آلاف الوظائف للسوريين.") == []


def test_a_noun_with_a_preposition_is_no_object_of_the_verb() -> None:
    assert short("وذكرت الشرطة بأن شخصا واحدا أصيب بالانفجار.") == [(1, "injured", "unspecified")]
    # (a definite object still makes the one before it the doer)
    assert figs("وقالت الشرطة إن شرطيا أوقف السيارة عند الحاجز.") == []


def test_one_or_two_more_at_another_place_are_more_of_the_same() -> None:
    assert short("وقتل 12 شخصا في البصرة وشخصين في الناصرية.") == [
        (12, "killed", "unspecified"),
        (2, "killed", "unspecified"),
    ]
    # (the one named with ال is someone already told)
    assert short("وقتل 12 شخصا في البصرة والرجل في الناصرية.") == [(12, "killed", "unspecified")]


def test_a_toll_told_also_in_a_later_sentence_is_more() -> None:
    body = "وقتل ستة من رجال الشرطة في الهجوم، بحسب ما قال المحافظ. وأضاف أن ستة من المسلحين قتلوا أيضا."
    assert [(c["count"], c["outcome"]) for c in figs(body)] == [(6, "killed"), (6, "killed")]
    # (a toll told again without "also" is one)
    body = "وقتل ستة من رجال الشرطة في الهجوم. وقال المحافظ إن ستة من رجال الشرطة قتلوا في الهجوم."
    assert [(c["count"], c["outcome"]) for c in figs(body)] == [(6, "killed")]


def test_a_time_over_which_it_was_said_is_no_speaker() -> None:
    assert said("وقال الوزير طيلة الحملة إنه سيفوز بسهولة.") == [("الوزير", "وقال", "إنه سيفوز بسهولة")]
    assert said("وأكد الرئيس طوال الأسبوع أن الحكومة باقية.") == [("الرئيس", "وأكد", "أن الحكومة باقية")]


def test_a_reaction_is_no_reply() -> None:
    assert said("وقد أثار القرار رد فعل غاضبا لأن القانون يلزم الأبوين أن يقيما في البلاد.") == []
    assert said("ويمثل رد الفعل من جانب الحكومة أهمية كبرى، إذ إن الحلفاء مستعدون للمواجهة.") == []
    # (a reply is still one)
    assert said("ورد الوزير بأن الحكومة ستدرس الأمر.") == [("الوزير", "ورد", "بأن الحكومة ستدرس الأمر")]


def test_a_verbal_noun_after_a_passive_auxiliary_reports_nothing() -> None:
    assert said("وينتظر الأهالي حتى يتم كشف مصير المفقودين.") == []
    assert said("ويحق للمقيمات تقديم طلب لاستخراج رخصة محلية.") == []
    assert said("وطالبت الأسرة بإجراء كشف طبي على ابنها.") == [("الأسرة", "وطالبت", "بإجراء كشف طبي على ابنها")]


def test_words_rejected_after_a_long_speaker_make_a_report() -> None:
    assert said("رفض وزير الخارجية البلجيكي ديدييه ريندرز انتقادات وجهتها المعارضة لحكومته.") == [
        ("وزير الخارجية البلجيكي ديدييه ريندرز", "رفض", "انتقادات وجهتها المعارضة لحكومته")
    ]
    assert said("رفضت الحكومة الفنزويلية، الأربعاء، الاتهامات الموجهة إليها بقمع المتظاهرين.") == [
        ("الحكومة الفنزويلية", "رفضت", "الاتهامات الموجهة إليها بقمع المتظاهرين")
    ]


def test_the_words_that_go_with_what_was_rejected_are_its_own() -> None:
    assert said("ونفت الوزارة هذه المزاعم جملة وتفصيلا.") == [("الوزارة", "ونفت", "هذه المزاعم جملة وتفصيلا")]
    assert said("ورفض المسلحون حتى الآن دعوات الحكومة لإلقاء السلاح.") == [
        ("المسلحون", "ورفض", "دعوات الحكومة لإلقاء السلاح")
    ]
    assert said("وينفي نتنياهو ارتكاب أي مخالفات، ويقول إن الاتهامات ملفقة.") == [
        ("نتنياهو", "وينفي", "ارتكاب أي مخالفات"),
        ("نتنياهو", "ويقول", "إن الاتهامات ملفقة"),
    ]


def test_a_body_and_its_quoted_name_are_the_speaker_together() -> None:
    body = 'وذكرت وكالة الأنباء الرسمية "سبأ" أن الحوثيين قصفوا المدينة. وقالت الوكالة إن القصف مستمر.'
    assert [who for who, _, _ in said(body)] == ["وكالة الأنباء الرسمية سبأ", "وكالة الأنباء الرسمية سبأ"]
