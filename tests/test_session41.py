"""Session 41.

Figures: more ranks are people nouns of one soldier (figures_victims: عميد، ملازم): "مقتل عميد في
القوات الخاصة" = 1 killed, military; one only named ("مقتل العميد عصام زهر الدين") is still none. A rank
right after برتبة (figures_cues role rank_of) is no person: "ثلاثة ضباط برتبة عقيد قتلوا" = 3.

أسرت and أسروا are verbs of taking prisoner, with the sense "near" of أسر (a number or its people right
after them): "وأسرت القوات جنديا" = 1 captured; not "أسرت كأس العالم 3 ملايين مشاهد".

"للمستشفى" and "للمستشفيات" take the harmed to hospital as "إلى المستشفى" does: "إن 37 شخصا نقلوا
للمستشفى" = 37 injured.

The dual of a passive verb of harm is a figure of two by itself (figures_outcomes kind du: أصيبا،
اعتقلا، أوقفا، توفيا، استشهدا): "وسبق أن اعتقلا في إسبانيا" = 2 captured; with people right before it
the figure stands on them ("إن الرجلين أصيبا" = 2 injured, once, with the men's class).

Statements: a subject set off before its verb by a relative clause between commas may open with كان:
"وكانت الوزارة، التي ترفض الاتهامات، أعلنت أن" is the ministry's (and the head is found over a comma
before the relative).

A present verb in a relative clause reports for its antecedent where أن follows it at once, or, for a
verb whose content may be its object (flag content_obj, now on نفى and أنكر too), a noun: "جماعة النور
التي تنفي أن يكون لها دور"، "ويواجه الوزير، الذي نفى تلك الاتهامات، المحاكمة"; not "تصريح رئيس
الوزراء الذي يؤكد على أنه" (a preposition after it). A place set off by a comma is the antecedent that
speaks where it is a state, or opens its clause: "العقوبات على إيران، التي هددت بتقليل المعروض" is
Iran's; "عضوة مجلس الشيوخ عن ولاية ألاسكا، التي قالت" is not Alaska's. A definite noun before a body's
name is no construct with it: "وزار الوفد الأمم المتحدة، التي أعلنت" is the UN's, not "الوفد الأمم
المتحدة".

A speaker's name loses the ب of a verb's object ("التقى الوزير بالسفير الذي قال" is the ambassador's),
and the participle of asking with the words of anonymity after it ends the speaker (adjunct kind asking:
طالبا; anonymity: التكتم): "وقال دبلوماسي طالبا التكتم على هويته إن" is the diplomat's.

A body named after a linking preposition in a speaker's phrase is taken whole: "المفوض السامي لشؤون
اللاجئين في الأمم المتحدة، فيليبو غراندي، الجانبين" no longer cuts the speaker at الأمم. A negation
(لم، لا) is no verb whose subject is a referent: "ولم يؤكد المتحدث …. لكنه صرح" is the spokesman's, not
"يؤكد المتحدث". A verb with no إن/أن whose content would open after a comma with a reporting participle
says nothing of its own: "وفقا لما أعلن المتحدث الاثنين، واصفا القضية" is one report, the participle's,
and the verb's subject is still the participle's speaker.

Events: a verb of killing with its doer named reaches the people it killed over one phrase of when or
where opened by في: "وقتل الجيش في هذه التظاهرات 148 فلسطينيا" is the army's attack (not only the
protests); not over a relative on that phrase ("في المدينة التي يسكنها 5 آلاف").

A verbal noun of the shape إفعال in construct with a definite noun (إلقاء القبض، إلغاء القرار) is no
speaker, though its normalized إل reads as the article: "وأكدت إلقاء القبض على خمسة" is what she
confirmed; "وأكدت الوزيرة إلقاء القبض" ends the speaker at الوزيرة. A name (إلهام علييف) and إليهم are not it.

Entities: a word right after a person's name that the tagger cut short goes on the name where a
comma and a description (a title or a word with the article) follow it, on the same line: "منال
الشريف، الناشطة في مجال حقوق المرأة" is one name; not a day ("بوتين الجمعة، في مؤتمر").

Numbers: digits written with no space onto the word after the head of an outlet's name (numbers_cues
kind name_head: مراسل، قناة، موقع) end the name: "مراسل فرانس24 بمقتل قائد" is one commander killed,
not 24, and the speaker keeps the digits; "مقتل52 شخصا" (a space lost) is still 52. A brother (شقيق،
شقيقة، أشقاء) is one person: "باعتقال شقيق المتهم" = 1 captured.

A body's head without the article (statements_adjuncts kind quoted_name_head: تنظيم، موقع، صحيفة) with a
short name in quotation marks after it holds the name in the speaker: 'وأعلن تنظيم "الدولة الإسلامية"
مسؤوليته' is the organization's, not "تنظيم" with the content opening in the quote. So in a phrase
with a verb: 'حسب ما ذكرت صحيفة "لوموند" الفرنسية' is the paper's, named whole.

Figures: مسنة and عجوز are civilians, one each; راحت is the feminine of راح before ضحية (role fell):
"راحت ضحيتها مسنة" = 1 killed.
"""

from __future__ import annotations

from marsad.pipeline import process
from tests.claims_helpers import counted, said, short, spoken


def test_a_brigadier_is_one_soldier() -> None:
    assert short("وأعلن مكتب رئيس الحكومة عن مقتل عميد في القوات الخاصة خلال اشتباك.") == [(1, "killed", "military")]
    assert short("وأصيب ملازم في الجيش بجروح طفيفة.") == [(1, "injured", "military")]


def test_a_brigadier_only_named_is_no_figure() -> None:
    assert short("وأعلن الجيش مقتل العميد عصام زهر الدين في دير الزور.") == []


def test_a_rank_after_bi_rutbat_is_no_one() -> None:
    assert short("وتظاهر أقارب ثلاثة ضباط برتبة عقيد قتلوا في الهجوم.") == [(3, "killed", "military")]
    assert short("وتظاهر أقارب ثلاثة ضباط برتبة عميد قتلوا في الهجوم.") == [(3, "killed", "military")]


def test_asarat_takes_prisoners() -> None:
    assert short("وأسرت القوات جنديا خلال المعارك.") == [(1, "captured", "military")]
    assert short("وأسرت القوات أحد عناصر الميليشيا قرب الجبهة.") == [(1, "captured", "military")]
    assert short("وقد أسروا ثلاثة من عناصر التنظيم.") == [(3, "captured", "military")]


def test_asarat_of_a_crowd_is_no_figure() -> None:
    assert short("وأسرت كأس العالم لكرة القدم 3 ملايين مشاهد.") == []


def test_taken_to_hospital_with_lil() -> None:
    assert short("وذكرت الوكالة أن 37 شخصا نقلوا للمستشفى.") == [(37, "injured", "unspecified")]


def test_a_dual_passive_verb_is_two() -> None:
    assert short("وسبق أن اعتقلا في إسبانيا الصيف الماضي.") == [(2, "captured", "unspecified")]
    assert short("وعثر في الحقيبة على مواد قابلة للاشتعال، فأوقفا مجددا.") == [(2, "captured", "unspecified")]
    assert short("وكانا في السيارة وأصيبا بجروح طفيفة.") == [(2, "injured", "unspecified")]


def test_a_dual_verb_after_its_people_is_one_figure() -> None:
    assert short("وقالت الشرطة إن الرجلين أصيبا بجروح.") == [(2, "injured", "unspecified")]
    assert short("وقال مسؤولون إن شخصين، أحدهما طفل، توفيا بسبب سقوط الأشجار.") == [(2, "killed", "civilian")]


def test_kana_a_subject_and_a_relative_between_commas() -> None:
    assert spoken("وكانت الوزارة، التي ترفض الاتهامات، أعلنت أن المنظمة لم تدعم طلبها.") == [
        ("الوزارة", "أن المنظمة لم تدعم طلبها")
    ]
    assert spoken("وكان الكرملين، الذي يرفض الاتهامات، أعلن أن المنظمة لم تدعم طلبه.") == [
        ("الكرملين", "أن المنظمة لم تدعم طلبه")
    ]


def test_a_present_verb_of_denial_in_a_relative() -> None:
    assert said("وينتمي المتهمون إلى جماعة النور التي تنفي أن يكون لها دور في الهجوم.") == [
        ("جماعة النور", "تنفي", "أن يكون لها دور في الهجوم")
    ]
    assert said("ويواجه الوزير، الذي نفى تلك الاتهامات، المحاكمة.") == [("الوزير", "نفى", "تلك الاتهامات")]


def test_a_present_verb_with_its_preposition_in_a_relative_is_no_report() -> None:
    text = "واعتبرت الوزارة أن تصريح رئيس الوزراء الذي يؤكد على أنه لا يوجد حل للصراع بمثابة صدمة."
    assert [c for _, c, _ in said(text)] == ["واعتبرت"]


def test_a_state_set_off_by_a_comma_speaks() -> None:
    assert said("واستقرت الأسعار مع العقوبات على إيران، التي هددت بتقليل المعروض.") == [
        ("إيران", "هددت", "بتقليل المعروض")
    ]
    assert spoken("وزار الوفد الأمم المتحدة، التي أعلنت أنها سترحب بالمبادرة.") == [
        ("الأمم المتحدة", "أنها سترحب بالمبادرة")
    ]


def test_a_place_after_a_preposition_does_not_speak() -> None:
    text = "وصوتت ضد القاضي عضوة مجلس الشيوخ عن ولاية ألاسكا، التي قالت إن القاضي رجل صالح."
    assert all(name != "ألاسكا" for name, _ in spoken(text))


def test_the_b_of_an_object_is_no_part_of_the_speaker() -> None:
    assert spoken("والتقى الوزير بالسفير الذي قال إن بلاده تدعم الحل.") == [("السفير", "إن بلاده تدعم الحل")]


def test_asking_to_stay_unnamed_ends_the_speaker() -> None:
    assert spoken("وقال دبلوماسي طالبا التكتم على هويته إن الوفد سيناقش الخطة.") == [("دبلوماسي", "إن الوفد سيناقش الخطة")]
    assert spoken("وقال مسؤول أمني، طالبا عدم كشف هويته، إن الهجوم وقع فجرا.") == [("مسؤول أمني", "إن الهجوم وقع فجرا")]


def test_a_body_after_fi_is_named_whole_in_the_speaker() -> None:
    # the body's name after في runs to its end, so the object after the commas is not cut into it
    assert said("وحض المفوض السامي لشؤون اللاجئين في الأمم المتحدة، فيليبو غراندي، الجانبين على التفاوض.") == [
        ("فيليبو غراندي", "وحض", "الجانبين على التفاوض")
    ]


def test_a_negation_is_no_verb_of_a_subject() -> None:
    text = 'ولم يؤكد المتحدث باسم الأمم المتحدة ستيفان دوجاريك ما إذا كان التقرير سينشر. لكنه صرح للصحيفة قائلا: "الرسالة واضحة".'
    assert [name for name, _ in spoken(text)] == ["المتحدث باسم الأمم المتحدة ستيفان دوجاريك"]


def test_a_participle_after_a_comma_is_the_report() -> None:
    text = 'يواجه جنود اتهامات خطيرة. وفقا لما أعلن المتحدث باسم الجيش الاثنين، واصفا القضية بـ"الشنيعة".'
    assert said(text) == [("المتحدث باسم الجيش", "واصفا", 'القضية بـ"الشنيعة"')]
    assert said("وأدان الوزير، مؤكدا أن بلاده لن تسكت.") == [("الوزير", "مؤكدا", "أن بلاده لن تسكت")]


def test_a_participle_right_after_the_subject_keeps_the_verb() -> None:
    assert [c for _, c, _ in said("وغردت الوزيرة قائلة إن الخطة نجحت.")] == ["وغردت", "قائلة"]


def test_a_killer_with_when_before_whom_is_an_attack() -> None:
    doc = process("وقتل الجيش في هذه التظاهرات 148 فلسطينيا.", published="2018-05-20")
    assert [(e["type"], e["trigger"]["text"]) for e in doc.layers["events"]] == [("attack", "وقتل"), ("protest", "التظاهرات")]


def test_a_killer_in_a_place_that_holds_people_is_no_attack() -> None:
    doc = process("وقتل الجيش في المدينة التي يسكنها 5 آلاف شخص.", published="2018-05-20")
    assert [e["type"] for e in doc.layers["events"]] == []


def test_old_women_are_civilians() -> None:
    assert short("شهدت الولاية جريمة قتل، راحت ضحيتها مسنة تبلغ من العمر 89 عاما.") == [(1, "killed", "civilian")]
    assert short("وقتل مسلحون عجوزا في منزله.") == [(1, "killed", "civilian")]


def test_a_verbal_noun_in_il_is_what_was_said() -> None:
    assert said("وبينت الوزيرة أن النتائج جيدة. وأكدت إلقاء القبض على خمسة مسلحين.") == [
        ("الوزيرة", "وبينت", "أن النتائج جيدة"),
        ("الوزيرة", "وأكدت", "إلقاء القبض على خمسة مسلحين"),
    ]
    assert said("وأكدت الوزيرة إلقاء القبض على خمسة.") == [("الوزيرة", "وأكدت", "إلقاء القبض على خمسة")]


def test_a_name_in_il_still_speaks() -> None:
    assert said("وأكد إلهام علييف أن القوات تقدمت.") == [("إلهام علييف", "وأكد", "أن القوات تقدمت")]
    assert [name for name, _ in spoken("ووجهت إليهم النيابة العامة اتهامات بالفساد.")] != ["إليهم"]


def _people(text: str) -> list[str]:
    return [e["name"] for e in process(text, published="2018-05-20").layers["entities"] if e["type"] == "PER"]


def test_a_surname_before_a_comma_and_a_description() -> None:
    assert "منال الشريف" in _people("وتقدمت منال الشريف، الناشطة في مجال حقوق المرأة، بالشكر لكندا.")


def test_a_day_after_a_name_is_no_surname() -> None:
    assert _people("وقال بوتين الجمعة، في مؤتمر صحفي، إن روسيا مستعدة.") == ["بوتين"]


def test_digits_on_an_outlet_name_are_no_count() -> None:
    assert counted("وأفاد مراسل فرانس24 بمقتل قائد عسكري رفيع في مأرب.") == [(1, "killed", "مراسل فرانس24")]


def test_digits_written_onto_a_casualty_word_still_count() -> None:
    assert short("وأحصى المرصد مقتل52 شخصا في الغارات.") == [(52, "killed", "unspecified")]


def test_a_brother_is_one_person() -> None:
    assert short("ولم يصب أحد وقامت الشرطة باعتقال شقيق المتهم.") == [(1, "captured", "civilian")]
    assert short("ورحب الوزير بالشعب الشقيق.") == []


def test_a_quoted_name_after_a_bodys_head_is_the_speaker() -> None:
    assert said('وأعلن تنظيم "الدولة الإسلامية" مسؤوليته عن التفجيرين.') == [
        ("تنظيم الدولة الإسلامية", "وأعلن", "مسؤوليته عن التفجيرين")
    ]
    assert said('وهدد تنظيم "جند الحق"، الذي ينشط في الجبال، بشن هجمات جديدة.')[0][:2] == ("تنظيم جند الحق", "وهدد")


def test_a_quoted_name_after_the_verb_of_a_phrase() -> None:
    assert said('وتقضي الخطة بتقسيم الولاية، حسب ما ذكرت صحيفة "لوموند" الفرنسية.') == [
        ("صحيفة لوموند الفرنسية", "حسب ما ذكرت", "وتقضي الخطة بتقسيم الولاية")
    ]
    text = 'وتقضي الخطة بتقسيم الولاية في نوفمبر، حسب ما ذكر موقع "إن بي سي نيوز". وتبدأ الحملة غدا.'
    assert said(text)[0][:2] == ("موقع إن بي سي نيوز", "حسب ما ذكر")
