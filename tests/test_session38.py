"""Session 38.

Statements: ما before a bare past reporting verb whose subject runs to إن/أن within a few words is
"what", not "not": "قصفت الطائرات ما قال ناشطون إنه مخزن سلاح" reports what the activists said; "ما
قال الوزير شيئا" stays a negation and reports nothing.

A noun with its own pronoun right after a reporting verb and right before the verb's complement is
what was announced, not who spoke: "وأعلنت مسؤوليتها عن التفجير" is the group's claim, said by the
group named before; but a speaker head ("وأعلن محاميه عن"، "أعلن ناديه عن"), a participle in م
("اعترف منافسه بالهزيمة") or a plural in construct ("خلص معدوها إلى") is the speaker. A club (نادي) heads a
speaker phrase: "أعلن نادي الوحدة الإماراتي إقالة مدربه". بخصوص، حيال and إزاء (regarding) open what was
spoken about, never a speaker (statements_adjuncts kinds prep and not_speaker): "وأضاف بخصوص الصفقة
أن" is the speaker named before.

Figures: a definite number after a definite people noun is its adjective, and the noun tells the
victims even after the verb ("وقتل الجنود الستة"، "أصيب المدنيون الـ3"); not where the number has its own
noun after it ("اعتقلت قوات الأمن الـ5 المشتبه بهم": the forces made the arrest).

A long phrase of when he spoke may open after a short clause on where he spoke, and what was said
may open after it with a colon and a quotation mark as well as with إن/أن: 'وقال المحافظ في مؤتمر عقده
مساء الأحد، بعد الفيضانات التي ...: "..."' quotes him; a noun of relaying on the way ("على خلفية نقل
المقر") does not stop the search. A figure in that phrase, before what the statement says, is the
writer's, not the speaker's.

وجّه reports words directed at someone: a letter, an appeal, thanks, accusations, a charge, a
warning, criticism, questions or a greeting, not an invitation (statements_verbs, its complements, flags
comp_required and comp_opens): "ووجه الوزير رسالة إلى نظيره" reports; "ووجه الجيش ضربة" and "على وجه
السرعة" do not. An إلى phrase or a relative clause between the speaker and what was directed is not
the speaker (flag addressee: "ووجهت النيابة إلى المتهمين اتهامات"), and إليه/له right before it makes
the passive, with no speaker (lexicon kind addressee_pronoun: "ووجهت إليه تهمة القتل").

عبّر (flag comp_near) finds its عن farther on after an indefinite singular speaker head, as after a
person's title: "عبر مصدر مسؤول في وزارة الخارجية، الجمعة، عن رفض"؛ "عبر الحدود" stays a preposition.

A definite body named again ("وقالت الشرطة") is not a person who heads it, named before ("مدير شرطة
الولاية جون سميث"): only a speaker whose own name holds the body's word, not after a person's title
(but a family name with the article, "عبد الملك الحوثي" for "الحوثي", still names him).

The subject of a verb after فقد stands before فقد, after لكن and with its apposition between commas:
"لكن وزير المالية، أحمد سالم، فقد أكد أن"؛ "لكن وزير المالية فقد أكد أن".

A field with ل and a definite word after it belongs to the name of a body or an office (lexicon kind
li_domain: حقوق، شؤون، مكافحة، إغاثة، تشغيل، رعاية، حماية، تنسيق): "أدان مفوض الأمم المتحدة لحقوق
الإنسان الهجوم" is the commissioner's condemnation of the attack.

A medium named again ("وادعى البيان") speaks for who issued it, not for one it relayed: after "ونقل
البيان عن نائب الوزير"، the statement is still the ministry's that issued it.

Events: parties that agreed on a thing to do made an agreement (events_triggers اتفق, flag agreed_on:
على within a few words, not على أن): "واتفق البلدان على إنشاء منطقة تجارة حرة"; "اتفقا على أن الحل
سياسي" shares a view, and "لا يتفق مع" is none.
"""

from __future__ import annotations

from tests.claims_helpers import counted, short, spoken
from tests.events_helpers import events


def test_what_a_speaker_said_a_thing_was() -> None:
    assert spoken("وقصفت الطائرات ما قال ناشطون إنه مخزن سلاح قرب الجسر.") == [("ناشطون", "إنه مخزن سلاح قرب الجسر")]
    assert spoken("وبث التلفزيون صورا تظهر ما قالت الشرطة المحلية إنها شحنة مهربة.") == [
        ("الشرطة المحلية", "إنها شحنة مهربة")
    ]


def test_ma_before_a_verb_with_no_complement_still_negates() -> None:
    assert spoken("ما قال المدرب شيئا عن الخسارة.") == []
    assert spoken("ما قال المدرب، إن صح الخبر، شيئا عن الخسارة.") == []


def test_what_came_in_a_document_is_not_said_by_it() -> None:
    assert spoken("ووصف الوزير ما جاء في التقرير بأنه مليء بالأخطاء.") == [("الوزير", "ما جاء في التقرير بأنه مليء بالأخطاء")]


def test_a_noun_with_its_pronoun_before_the_complement_is_what_was_announced() -> None:
    assert spoken("وتنشط الجماعة في شمال البلاد، وأعلنت مسؤوليتها عن التفجير الذي هز السوق.") == [
        ("الجماعة", "مسؤوليتها عن التفجير الذي هز السوق")
    ]
    assert spoken("وعقد الوزير مؤتمرا صحفيا، وأكد قدرته على إنهاء الأزمة.") == [("الوزير", "قدرته على إنهاء الأزمة")]


def test_a_speaker_with_a_pronoun_before_the_complement_still_speaks() -> None:
    assert spoken("وأعلن محاميه عن تقديم طعن في الحكم.") == [("محاميه", "عن تقديم طعن في الحكم")]
    assert spoken("واعترف منافسه بالهزيمة في الانتخابات.") == [("منافسه", "بالهزيمة في الانتخابات")]
    assert spoken("وخلص معدوها إلى أن النوم مهم للذاكرة.") == [("معدوها", "إلى أن النوم مهم للذاكرة")]


def test_a_club_heads_a_speaker() -> None:
    assert spoken("أعلن نادي الوحدة الإماراتي إقالة مدربه.") == [("نادي الوحدة الإماراتي", "إقالة مدربه")]


def test_regarding_opens_no_speaker() -> None:
    assert spoken("وقالت الوزيرة إن الاقتصاد يتعافى. وأضافت بخصوص صفقة الغاز مع الجارة أن التوقيع قريب.") == [
        ("الوزيرة", "إن الاقتصاد يتعافى"),
        ("الوزيرة", "أن التوقيع قريب"),
    ]
    assert spoken("وقال المحافظ إن المياه انحسرت. وأضاف حيال المتضررين أن التعويضات ستصرف.") == [
        ("المحافظ", "إن المياه انحسرت"),
        ("المحافظ", "أن التعويضات ستصرف"),
    ]


def test_a_definite_number_after_its_people_noun() -> None:
    assert short("وقتل الحراس الأربعة في الهجوم على المصرف.") == [(4, "killed", "military")]
    assert short("وأصيب المدنيون الـ3 بجروح خطيرة في القصف.") == [(3, "injured", "civilian")]
    assert short("واعتقلت قوات الأمن الـ5 المطلوبين في الحي.") == [(5, "captured", "unspecified")]


_SETTING = (
    "وقال المحافظ في مؤتمر عقده مساء الأحد، بعد الفيضانات التي ضربت القرى الجنوبية على خلفية نقل مجرى النهر، "
    'والتي أسفرت عن مقتل 14 شخصا: "سنعوض كل المتضررين".'
)


def test_what_was_said_after_a_clause_on_where_and_a_long_setting() -> None:
    assert spoken(_SETTING) == [("المحافظ", "سنعوض كل المتضررين")]
    assert spoken(
        "وأعلن الوزير في كلمة ألقاها أمس، خلال افتتاح المؤتمر الدولي الذي تستضيفه العاصمة بمشاركة وفود من عشرين دولة، "
        "أن الحكومة ستضاعف الاستثمارات."
    ) == [("الوزير", "أن الحكومة ستضاعف الاستثمارات")]


def test_a_figure_in_the_setting_is_the_writers() -> None:
    assert counted(_SETTING) == [(14, "killed", None)]


def test_words_directed_at_someone() -> None:
    assert spoken("ووجه الوزير رسالة إلى نظيره الإيطالي يدعوه فيها إلى زيارة البلاد.") == [
        ("الوزير", "رسالة إلى نظيره الإيطالي يدعوه فيها إلى زيارة البلاد")
    ]
    assert spoken("ووجهت المعلمة نداء إلى الأهالي لإرسال أبنائهم إلى المدرسة.") == [
        ("المعلمة", "نداء إلى الأهالي لإرسال أبنائهم إلى المدرسة")
    ]
    assert spoken("ووجهت النيابة إلى الموظفين الثلاثة اتهامات بالاختلاس.") == [("النيابة", "اتهامات بالاختلاس")]
    assert spoken("ووجه المدرب الذي قاد الفريق إلى اللقب الشكر للجماهير.") == [("المدرب", "الشكر للجماهير")]


def test_directed_blows_and_the_passive_charge_report_nothing() -> None:
    assert spoken("ووجه الطيران ضربة قوية لمواقع المسلحين.") == []
    assert spoken("ووجه الرئيس الدعوة إلى نظيره لزيارة العاصمة.") == []
    assert spoken("وطالب النائب بالتحرك على وجه السرعة.") == [("النائب", "بالتحرك على وجه السرعة")]
    assert spoken("وأوقف الموظف عن العمل ووجهت إليه تهمة الاختلاس.") == []


def test_expressed_after_a_long_source_phrase() -> None:
    assert spoken("عبر مصدر مسؤول في وزارة الزراعة، مساء الأحد، عن ارتياحه لنتائج الموسم.") == [
        ("مصدر مسؤول في وزارة الزراعة", "عن ارتياحه لنتائج الموسم")
    ]
    assert spoken("ونقلت الشاحنات عبر المعبر الحدودي أطنانا من القمح عن طريق البحر.") == []


def test_a_body_named_again_is_not_the_person_who_heads_it() -> None:
    assert spoken("وقال مدير شرطة الولاية جون سميث إن التحقيق مستمر. وقالت الشرطة إن المشتبه به فر إلى الغابة.") == [
        ("مدير شرطة الولاية جون سميث", "إن التحقيق مستمر"),
        ("الشرطة", "إن المشتبه به فر إلى الغابة"),
    ]
    assert spoken("وتوقع رئيس هيئة الأرصاد الجوية أمطارا غزيرة. وقالت الهيئة إن العاصفة ستصل مساء.") == [
        ("رئيس هيئة الأرصاد الجوية", "أمطارا غزيرة"),
        ("الهيئة", "إن العاصفة ستصل مساء"),
    ]
    assert spoken("قالت وزارة الدفاع الأذربيجانية إن القصف مستمر. وقالت الدفاع إن قواتها تقدمت.")[1][0] == (
        "وزارة الدفاع الأذربيجانية"
    )


def test_the_subject_before_faqad() -> None:
    assert spoken("وقال المحافظ إن المياه انحسرت. لكن وزير الزراعة فقد أكد أن المحاصيل تضررت.") == [
        ("المحافظ", "إن المياه انحسرت"),
        ("وزير الزراعة", "أن المحاصيل تضررت"),
    ]
    assert spoken("وقال المحافظ إن المياه انحسرت. لكن الناطق باسم الوزارة، خالد يوسف، فقد أكد أن المحاصيل تضررت.")[1] == (
        "الناطق باسم الوزارة، خالد يوسف",
        "أن المحاصيل تضررت",
    )


def test_a_field_with_li_is_part_of_the_speakers_name() -> None:
    assert spoken("أدان مفوض الاتحاد الأفريقي لحقوق الإنسان الاعتداء على الصحفيين.") == [
        ("مفوض الاتحاد الأفريقي لحقوق الإنسان", "الاعتداء على الصحفيين")
    ]
    assert spoken("حثت الهيئة الوطنية لمكافحة الفساد الوزارات على نشر عقودها.") == [
        ("الهيئة الوطنية لمكافحة الفساد", "الوزارات على نشر عقودها")
    ]
    assert spoken("حث منسق الأمم المتحدة لشؤون الإغاثة الأطراف على وقف القتال.") == [
        ("منسق الأمم المتحدة لشؤون الإغاثة", "الأطراف على وقف القتال")
    ]


def test_a_medium_that_relayed_another_still_speaks_for_its_issuer() -> None:
    body = (
        "أصدرت وزارة الصحة بيانا، الأحد، أعلنت فيه أن الوباء انحسر. ونقل البيان عن مدير المستشفى، "
        "سامر حداد، أن الأسرة شاغرة. وأكد البيان أن التطعيم مستمر."
    )
    assert [sp for sp, _ in spoken(body)] == ["وزارة الصحة", "مدير المستشفى، سامر حداد", "وزارة الصحة"]


def test_parties_that_agreed_on_a_thing_to_do() -> None:
    found = events("واتفق البلدان، مساء الثلاثاء، على إنشاء منطقة تجارة حرة على الحدود.")
    assert [e["type"] for e in found] == ["agreement"]
    assert events("واتفق الوزيران على أن الحل السياسي هو الطريق الوحيد.") == []
    assert events("وقال النائب إنه لا يتفق مع قرار الحكومة.") == []
