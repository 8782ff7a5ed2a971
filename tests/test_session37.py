"""Session 37.

Figures: a plural casualty verb after a comma is the verb of the people counted before it also past
من- and في-phrases of up to eight words, and an aside in brackets, between them and the comma ("إن
أكثر من 40 مسلحا من جماعة متشددة في ريف المحافظة (قرب الحدود)، لقوا حتفهم"). Firefighters (رجال
الإطفاء، إطفائي) are civilians, and so are drivers of taxis, buses and lorries (سائق حافلة، سائقي
سيارات الأجرة); gendarmes in the plural (دركيين) are fighters, as دركي is. A part of no size after
بينهم, and a plural casualty verb after it, leaves the verb to the whole: "إن 25 شخصا بينهم أطفال
ونساء أصيبوا" is 25 injured (but "6 آلاف شخص بينهم ضحايا" counts no one). A word with ب right after
a reporting verb is its complement, never the source of a figure after a participle ("أفادت المنظمة
بتسجيل 40 إصابة، مشيرة إلى أن 6 أشخاص توفوا": the organization). A figure restated by a source named
again with more words between its words ("التحالف الدولي" … "التحالف الدولي لمحاربة الإرهاب بقيادة
واشنطن") is one figure; a source of "another" (مصدر أمني آخر) stays a second. "على الأقل" between
two who died and their fate (لقي عاملان على الأقل حتفهما) says "at least".

Statements: a participle after a comma with its ب complement reports even where the verb counts only
with إن/أن, a colon or a quote (flag strict_part): "طالبت النقابة بزيادة الأجور، مهددة بإضراب شامل"
is a threat made; "إن الجسر مهدد بالانهيار" is none, nor is a participle that is the predicate of
كان or a sister (بات، أصبح، ظل: lexicon kind kana) a few words before it. حذر takes an object
pronoun (flag suffix_ok): "وحذرهم من الإبحار" reports. After a definite noun, a definite word of no
adjective's shape (a nisba, a participle in م, فاعل، فعيل، أفعل، فعلاء, a number word, or lexicon
kind def_adjective: الحر، العام، العليا، الآخر) ends the speaker: it is the verb's object ("وطالبت
النقابة الوزارة بزيادة الأجور"); "الحزب الحاكم"، "الدول الخمس" and "المحكمة العليا" stay whole.
السابق after a title and its nisbas means "former", not a time: "وقال السفير الياباني السابق كينجي
ناكامورا". A book, a text, a draft, a decision, a list, a summary, an article or a declaration is a
document (statements_channels kind document) that "جاء في" reports from; with no issuer named
before, the document speaks, with the record it is a form of ("وجاء في مسودة الاتفاق أن"، "وجاء في
الكتاب أن"). After a closing quote and a comma, a phrase of the outlet's (ردا على، في إشارة إلى،
بعد، قبل، خلال: lexicon kind quote_tail; وهي، وهو، وكان) ends the content, unless a reporting phrase
closes the sentence and names the channel of all before it, or وهي/وهو open the speaker's apposition
before his إن. "، في الوقت الذي" is a contrast that ends a content (lexicon contrast_comma), but not
"في الوقت نفسه" nor "في الوقت الحالي" (hedge).

An accusing participle after a report is a report of its own also where its object runs on for a few
words before the complement ("متهمة الحكومة وحلفاءها في البرلمان بعرقلة الإصلاحات").

Events: وزارتا (two ministries) is no و + زارتا (two women visited): events_context exclude.
"""

from __future__ import annotations

from tests.claims_helpers import counted, figs, short, spoken
from tests.events_helpers import events


def test_a_verb_after_the_comma_past_phrases_of_where_and_of_whom() -> None:
    assert short("وقالت مصادر محلية إن أكثر من 40 مسلحا من جماعة متشددة في ريف المحافظة الشمالي (قرب الحدود)، لقوا حتفهم في الاشتباكات.") == [
        (40, "killed", "military")
    ]
    assert short("وأفاد الدفاع المدني بأن 85 شخصا في مناطق متفرقة من العاصمة، أصيبوا جراء العاصفة.") == [(85, "injured", "unspecified")]


def test_no_verb_of_theirs_past_the_comma() -> None:
    assert short("وأفاد الدفاع المدني بأن 85 شخصا في مناطق متفرقة من العاصمة، وأصيب شرطي بجروح.") == [(1, "injured", "military")]
    assert short("وقال المسؤول إن 600 عامل في مصانع المدينة الصناعية، أضربوا عن العمل.") == []


def test_a_part_of_no_size_leaves_the_verb_to_the_whole() -> None:
    assert short("وذكر الدفاع المدني أن 25 شخصا بينهم أطفال ونساء أصيبوا جراء سقوط القذائف.") == [(25, "injured", "civilian")]
    assert short("وقال المرصد إن عشرات المدنيين بينهم مسعفون قتلوا في الغارات.") == [(10, "killed", "civilian")]


def test_a_part_that_is_no_harm_says_nothing_of_the_whole() -> None:
    assert short("ووصل إلى المخيم 400 شخص بينهم أطفال قدموا من القرى المجاورة.") == []


def test_firefighters_are_civilians_and_gendarmes_fighters() -> None:
    assert short("وأصيب خمسة من رجال الإطفاء أثناء إخماد النيران في المستودع.") == [(5, "injured", "civilian")]
    assert short("ولقي إطفائي حتفه وأصيب اثنان من زملائه.")[0] == (1, "killed", "civilian")
    assert short("وخطف المسلحون ستة دركيين على الطريق الجبلي.") == [(6, "captured", "military")]


def test_a_threat_after_a_comma_is_a_statement() -> None:
    assert spoken("وطالبت النقابة بزيادة الأجور، مهددة بإضراب شامل في المستشفيات.") == [
        ("النقابة", "بزيادة الأجور"),
        ("النقابة", "بإضراب شامل في المستشفيات"),
    ]


def test_threatened_as_a_predicate_is_no_statement() -> None:
    assert spoken("وقال المهندس إن الجسر القديم مهدد بالانهيار.") == [("المهندس", "إن الجسر القديم مهدد بالانهيار")]
    assert spoken("وأصبح النادي، صاحب اللقب الموسم الماضي، مهددا بالهبوط إلى الدرجة الثانية.") == []


def test_a_warning_with_an_object_pronoun_reports() -> None:
    assert spoken("وجمع المحافظ الصيادين وحذرهم من الإبحار في أثناء العاصفة.") == [("المحافظ", "من الإبحار في أثناء العاصفة")]
    assert spoken("وحذر وزير الصحة الأردني من موجة حر قادمة.") == [("وزير الصحة الأردني", "من موجة حر قادمة")]


def test_a_definite_noun_after_the_speaker_is_the_object() -> None:
    assert spoken("وطالبت النقابة الوزارة بزيادة الأجور.") == [("النقابة", "الوزارة بزيادة الأجور")]
    assert spoken("ودعا الأمين العام الأطراف إلى ضبط النفس.") == [("الأمين العام", "الأطراف إلى ضبط النفس")]


def test_definite_adjectives_stay_in_the_speaker() -> None:
    for name in ("الحزب الحاكم", "الدول الخمس", "المحكمة العليا", "الحكومة المؤقتة", "الخوذ البيضاء", "الجيش الحر"):
        assert spoken(f"وقال {name} إن الاتفاق سيوقع قريبا.") == [(name, "إن الاتفاق سيوقع قريبا")]
    assert spoken("وقال المسؤولون الآخرون إن الاتفاق سيوقع قريبا.") == [("المسؤولون الآخرون", "إن الاتفاق سيوقع قريبا")]


def test_former_after_a_title_and_its_nisba_is_no_time() -> None:
    body = "ووصل السفير الياباني السابق كينجي ناكامورا إلى العاصمة أمس. وقال السفير إن الزيارة ناجحة."
    assert spoken(body) == [("السفير الياباني السابق كينجي ناكامورا", "إن الزيارة ناجحة")]


def test_a_document_after_came_in_speaks_when_no_issuer_is_named() -> None:
    assert spoken("وجاء في الكتاب أن الوزير السابق أخفى عددا من الوثائق.") == [("الكتاب", "أن الوزير السابق أخفى عددا من الوثائق")]
    assert spoken("وجاء في مسودة البيان أن الأطراف ستلتزم بالهدنة.") == [("مسودة البيان", "أن الأطراف ستلتزم بالهدنة")]


def test_the_issuer_of_a_record_named_before_speaks_for_its_text() -> None:
    body = "وأصدرت اللجنة الأولمبية بيانا مساء الأحد. وجاء في نص البيان أن الألعاب ستقام في موعدها."
    assert spoken(body)[-1] == ("اللجنة الأولمبية", "أن الألعاب ستقام في موعدها")


def test_a_definite_document_in_ta_marbuta_is_not_his() -> None:
    body = "وقال السفير إن المفاوضات متعثرة. وجاء في المذكرة أيضا أن الموعد النهائي سيؤجل."
    assert spoken(body)[-1] == ("المذكرة", "أن الموعد النهائي سيؤجل")


def test_a_complement_with_b_after_the_verb_is_no_source() -> None:
    body = "لكن المنظمة أفادت بتسجيل 40 إصابة في صفوف المدنيين، مشيرة إلى أن 6 أشخاص توفوا في المستشفى."
    assert counted(body) == [(40, "injured", "المنظمة"), (6, "killed", "المنظمة")]


def test_the_outlets_words_after_a_closing_quote_end_the_content() -> None:
    body = 'وقال المتحدث إن حكومته "لن تقف مكتوفة الأيدي"، ردا على قرار البرلمان الأوروبي فرض قيود جديدة.'
    assert spoken(body) == [("المتحدث", 'إن حكومته "لن تقف مكتوفة الأيدي"')]
    body = 'وأكد المدرب أن فريقه "يمر بمرحلة صعبة"، في إشارة إلى سلسلة الهزائم الأخيرة.'
    assert spoken(body) == [("المدرب", 'أن فريقه "يمر بمرحلة صعبة"')]


def test_a_closing_reporting_phrase_keeps_the_tail_in_the_content() -> None:
    body = 'وقال المدرب إن اللاعب "فقد ثقته"، في إشارة إلى تراجع مستواه، وفقا لصحيفة محلية.'
    assert [c for _, c in spoken(body)] == ['إن اللاعب "فقد ثقته"، في إشارة إلى تراجع مستواه']


def test_at_the_time_when_ends_the_content_but_at_the_same_time_does_not() -> None:
    body = "وقال الوزير إن الحكومة ستخفض الضرائب، في الوقت الذي تواجه فيه البلاد عجزا كبيرا في الموازنة."
    assert spoken(body) == [("الوزير", "إن الحكومة ستخفض الضرائب")]
    body = "وقال الوزير إن الحكومة ستخفض الضرائب، في الوقت نفسه، على الشركات الصغيرة."
    assert spoken(body) == [("الوزير", "إن الحكومة ستخفض الضرائب، في الوقت نفسه، على الشركات الصغيرة")]


def test_an_aside_after_a_quoted_word_ends_the_content_but_not_the_speakers() -> None:
    body = 'وانتقد النائب "قانون الجمعيات"، وهو قانون أقره البرلمان العام الماضي.'
    assert spoken(body) == [("النائب", "قانون الجمعيات")]
    body = 'وقالت "رابطة الصيادين"، وهي جمعية أهلية، إن الموسم كان سيئا.'
    [(name, content)] = spoken(body)
    assert name.startswith("رابطة الصيادين") and content == "إن الموسم كان سيئا"


def test_two_ministries_are_no_visit() -> None:
    assert [e["type"] for e in events("وأصدرت وزارتا الصحة والتعليم تعليمات جديدة للمدارس.")] == []
    assert [e["type"] for e in events("وزارت الوزيرة مخيم اللاجئين أمس.")] == ["meeting"]


def test_an_accusing_participle_with_a_longer_object() -> None:
    body = "وطالبت المعارضة بإلغاء الجلسة متهمة الحكومة وحلفاءها في البرلمان بعرقلة الإصلاحات."
    assert spoken(body)[-1] == ("المعارضة", "الحكومة وحلفاءها في البرلمان بعرقلة الإصلاحات")


def test_one_source_named_again_with_more_words_gives_one_figure() -> None:
    body = (
        "وأعلن التحالف الدولي الثلاثاء أنه قتل 14 مسلحا في غارة على الحدود. "
        "وكان التحالف العسكري الدولي بقيادة واشنطن قد أعلن مقتل 14 مسلحا في الغارة نفسها."
    )
    assert counted(body) == [(14, "killed", "التحالف الدولي")]


def test_another_source_of_one_kind_gives_a_second_figure() -> None:
    body = "وقال مصدر أمني عراقي إن 9 جنود قتلوا في الكمين. وأكد مصدر أمني عراقي آخر أن 9 جنود قتلوا في الكمين."
    assert [c for c, _, _ in counted(body)] == [9, 9]


def test_at_least_before_a_dual_fate() -> None:
    [fig] = figs("ولقي عاملان على الأقل حتفهما إثر انهيار سقف المصنع.")
    assert (fig["count"], fig["outcome"], fig["qualifier"]) == (2, "killed", "at_least")


def test_drivers_of_taxis_and_buses_are_civilians() -> None:
    assert short("وقتل مسلحون 6 من سائقي سيارات الأجرة في المدينة.") == [(6, "killed", "civilian")]
    assert short("ولقي سائق حافلة مصرعه في الانفجار.") == [(1, "killed", "civilian")]
