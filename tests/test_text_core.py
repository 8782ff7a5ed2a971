"""The document model, normalization, clitics and segmentation."""

from marsad.doc import Doc
from marsad.text.clitics import split
from marsad.text.normalize import normalize, normalize_map
from marsad.text.segment import segment, split_sentences


def test_normalize_folds_and_maps_back():
    text = "أعلنَت الصحّة ٢٤ إصابةً"
    norm, offsets = normalize_map(text)
    assert norm == normalize(text) == "اعلنت الصحه 24 اصابه"
    # every normalized character points at the original one it came from
    for ch, i in zip(norm, offsets, strict=True):
        assert normalize(text[i]) == ch


def test_clitics_split_only_real_words():
    assert split("وقال") == ("و", "قال", "")
    assert split("لبوريل")[1] == "بوريل"
    assert split("بوتين") == ("", "بوتين", "")  # not ب + وتين
    assert split("وزاره") == ("", "وزاره", "")  # not و + زاره
    assert split("بعد") == ("", "بعد", "")  # exception list
    assert split("والقوات")[1] == "قوات"


def test_sentences_keep_quotes_whole():
    t = 'وقالت: "ندعو الطرفين.. نؤكد مجددا أن الحل سلمي". وأضاف المتحدث أن المحادثات مستمرة.'
    spans = [t[a:b] for a, b in split_sentences(t)]
    assert spans == ['وقالت: "ندعو الطرفين.. نؤكد مجددا أن الحل سلمي".', "وأضاف المتحدث أن المحادثات مستمرة."]


def test_unclosed_quote_ends_at_paragraph():
    t = 'وقال الوزير: "لا حل الآن. ربما لاحقا.\nوفي سياق آخر، وصل الوفد.'
    spans = [t[a:b] for a, b in split_sentences(t)]
    assert spans == ['وقال الوزير: "لا حل الآن. ربما لاحقا.', "وفي سياق آخر، وصل الوفد."]


def test_decimal_and_abbreviation_do_not_end_sentences():
    t = "ارتفع المؤشر 3.5 في المئة، بحسب د.ب.أ. ثم هبط."
    assert len(split_sentences(t)) == 2


def test_doc_title_and_tokens():
    doc = Doc.build("وقال باشينيان إن 5 آلاف قتلوا.", title="عنوان الخبر")
    segment(doc)
    assert doc.text.startswith("عنوان الخبر\n\n")
    assert doc.sentences[0].in_title and not doc.sentences[1].in_title
    first_body = doc.tokens_in(doc.body_start, len(doc.text))[0]
    assert first_body.text(doc) == "وقال"
    assert doc.text[first_body.stem_start : first_body.stem_end] == "قال"


def test_abbreviations_do_not_end_sentences():
    t = "وقال د. خالد العمري لقناة (إن.بي.سي) إن الوضع صعب. وغادر الوفد."
    assert [t[a:b] for a, b in split_sentences(t)] == [
        "وقال د. خالد العمري لقناة (إن.بي.سي) إن الوضع صعب.",
        "وغادر الوفد.",
    ]


def test_names_that_look_like_clitic_words_stay_whole():
    # كمال is not ك + مال, بسام not ب + سام, فيصل not ف + يصل; real clitics still split
    for name in ("كمال", "بسام", "فيصل", "كريم", "وليد"):
        assert split(name) == ("", name, "")
    assert split("بموسكو")[1] == "موسكو"
    assert split("كمتطوعين")[1] == "متطوعين"


def test_token_surfaces_are_the_normalized_whole_tokens():
    # clitics stay on (وقالت), diacritics and tatweel go (إنَّ → ان، الـــوزارة → الوزاره)
    doc = Doc.build("وقالت الـــوزارة إنَّ ٣ جنود قُتلوا.")
    segment(doc)
    expected = [normalize(doc.text[t.start : t.end]) for t in doc.tokens]
    assert doc.token_surfaces() == expected
    assert expected[:3] == ["وقالت", "الوزاره", "ان"]
    assert doc.token_surfaces() is doc.token_surfaces()  # computed once a document


def test_clitic_split_of_many_words_is_stable():
    # the proclitics tried are those the word starts with; the answer is the same on a second call
    words = ["وبالمدينة", "فالجيش", "للرئيس", "وسيعقد", "لبوريل", "حكومته", "جنودهم", "كما"]
    first = [split(normalize(w)) for w in words]
    assert first[0] == ("وبال", "مدينه", "")
    assert first[4] == ("ل", "بوريل", "")
    assert first[6] == ("", "جنود", "هم")
    assert [split(normalize(w)) for w in words] == first
