"""Repair of scraping damage (marsad.text.repair): each rule, and the map back to the raw text."""

from __future__ import annotations

import pytest

from marsad.doc import Doc
from marsad.text.repair import repair


def fixed(raw: str) -> str:
    return repair(raw)[0]


def check_offsets(raw: str) -> tuple[str, list[int]]:
    """The invariants of the offsets: one a character plus the end, increasing, inside ``raw``."""
    text, offsets = repair(raw)
    assert len(offsets) == len(text) + 1
    assert offsets[-1] == len(raw)
    assert all(0 <= o < len(raw) for o in offsets[:-1])
    assert offsets == sorted(offsets)
    return text, offsets


# -- paragraphs joined by "., " ------------------------------------------------------------


def test_paragraphs_joined_by_period_comma():
    raw = "قتل ثلاثة أشخاص في القصف., وقال المتحدث إن التحقيق جار"
    assert fixed(raw) == "قتل ثلاثة أشخاص في القصف.\n\nوقال المتحدث إن التحقيق جار"


def test_paragraph_after_quote_number_and_question():
    assert fixed('وقال الوزير: "الوضع صعب"., وأضاف أن') == 'وقال الوزير: "الوضع صعب".\n\nوأضاف أن'
    assert fixed("وأصيب 12 شخصا., وقالت الشرطة") == "وأصيب 12 شخصا.\n\nوقالت الشرطة"
    assert fixed("وأصيب 292., واشترط الرئيس") == "وأصيب 292.\n\nواشترط الرئيس"
    assert fixed("هل تنتهي الحرب؟, يقول المحللون إن") == "هل تنتهي الحرب؟\n\nيقول المحللون إن"
    assert fixed('انتهى الاجتماع., "لا حل قريبا" قال الوسيط') == 'انتهى الاجتماع.\n\n"لا حل قريبا" قال الوسيط'
    # the next paragraph opens with a number
    assert fixed("انتهت الجولة., 15 قتيلا سقطوا أمس") == "انتهت الجولة.\n\n15 قتيلا سقطوا أمس"


def test_period_comma_that_is_not_a_paragraph_break():
    # between numbers, and in Latin text, "., " stays
    assert fixed("راجع البندين 3., 4 من الاتفاق") == "راجع البندين 3., 4 من الاتفاق"
    assert fixed("قال مسؤول في U.S., and others") == "قال مسؤول في U.S., and others"
    # an Arabic comma after a period is not the scraper's join
    assert fixed("انتهى الاجتماع.، ثم") == "انتهى الاجتماع.، ثم"


# -- HTML entities and their leftovers ----------------------------------------------------------


def test_html_entities():
    assert fixed("قال &quot;نرفض الهدنة&quot; أمس") == 'قال "نرفض الهدنة" أمس'
    assert fixed("وزارة الدفاع &amp; الداخلية") == "وزارة الدفاع & الداخلية"
    assert fixed("&#1575;&#1604;&#1602;&#1583;&#1587;") == "القدس"
    assert fixed("&#x627;&#x644;&#x642;&#x62F;&#x633;") == "القدس"
    assert fixed("&laquo;نعم&raquo;") == "«نعم»"


def test_entity_leftovers_and_double_escaping():
    # the "&" lost by the scraper, the ";" lost, and an entity escaped twice
    assert fixed("قال quot;نرفض الهدنةquot; أمس") == 'قال "نرفض الهدنة" أمس'
    assert fixed("قال &quotنرفض الهدنة&quot أمس") == 'قال "نرفض الهدنة" أمس'
    assert fixed("قال &amp;quot;نرفض&amp;quot;") == 'قال "نرفض"'
    assert fixed("#1575;#1604;#1602;#1583;#1587;") == "القدس"


def test_nbsp_entity_and_character_become_one_space():
    assert fixed("قال&nbsp;الوزير") == "قال الوزير"
    assert fixed("قال\u00a0\u00a0الوزير &nbsp; إن") == "قال الوزير إن"


def test_things_that_look_like_entities_stay():
    assert fixed("شركة AT&T ومختبر R&D") == "شركة AT&T ومختبر R&D"
    assert fixed("رمز &foo; غير معروف") == "رمز &foo; غير معروف"
    assert fixed("الساعة 10; ثم") == "الساعة 10; ثم"


# -- invisible characters, tatweel, presentation forms -------------------------------------------------


@pytest.mark.parametrize(
    "ch", ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d",
           "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\u061c", "\u00ad"]
)
def test_zero_width_and_bidi_controls_dropped(ch):
    assert fixed(f"قال{ch} الرئيس{ch}{ch} إن") == "قال الرئيس إن"


def test_tatweel_dropped():
    assert fixed("الأمــــم المتحـدة") == "الأمم المتحدة"
    assert fixed("&#1600;&#1600;جيش") == "جيش"


def test_presentation_forms_folded():
    # a PDF or old page may hold the shaped forms of letters
    assert fixed("\ufedf\ufe8e \ufefb") == "لا لا"


# -- spaces and lines ----------------------------------------------------------------------------------


def test_spaces_and_tabs_collapse():
    assert fixed("قال   الوزير\t\tإن  الوضع\tهادئ") == "قال الوزير إن الوضع هادئ"


def test_blank_lines_and_line_ends():
    assert fixed("الفقرة الأولى.  \n\n\n\n  الفقرة الثانية.") == "الفقرة الأولى.\n\nالفقرة الثانية."
    assert fixed("السطر الأول\nالسطر الثاني") == "السطر الأول\nالسطر الثاني"
    assert fixed("السطر الأول \n \tالسطر الثاني") == "السطر الأول\nالسطر الثاني"


def test_crlf_and_cr():
    assert fixed("الفقرة الأولى.\r\n\r\nالفقرة الثانية.\rالثالثة") == "الفقرة الأولى.\n\nالفقرة الثانية.\nالثالثة"


def test_ends_stripped_and_empty_input():
    assert repair("") == ("", [0])
    assert repair(" \n\t ") == ("", [4])
    assert fixed("\n\n  قال الوزير  \n") == "قال الوزير"


# -- the offsets -------------------------------------------------------------------------------------------


DIRTY = (
    "\ufeff  عنوان  الخبر \r\n\r\n"
    "قال&nbsp;الوزير\u200f quot;الوضــع صعبquot;., وأضاف &amp;quot;نعم&amp;quot;\t\t أمس.,  "
    "وقتل 3., 4 \u202bأشخاص\u202c &#1575;لآن\n\n\n\n"
)


def test_offsets_invariants_on_dirty_text():
    text, offsets = check_offsets(DIRTY)
    assert "\u200f" not in text and "ـ" not in text and "quot" not in text
    # every character left as it was maps to the same character in the raw text
    for i, ch in enumerate(text):
        if ch not in "\n \"&ا":
            assert DIRTY[offsets[i]] == ch, (i, ch)


def test_offsets_of_words_point_at_the_words():
    raw = "قال\u200f  الرئيس\u0640 إن &quot;المعارك&quot; مستمرة., وأضاف"
    text, offsets = check_offsets(raw)
    for word in ("الرئيس", "المعارك", "مستمرة", "وأضاف"):
        i = text.index(word)
        start, end = offsets[i], offsets[i + len(word) - 1] + 1
        assert raw[start:end] == word


def test_repair_is_idempotent():
    once = fixed(DIRTY)
    assert fixed(once) == once


def test_doc_build_uses_repair():
    doc = Doc.build("قال  الوزير&nbsp;إن., وأضاف", title="عنوان\u200f الخبر ")
    assert doc.text == "عنوان الخبر\n\nقال الوزير إن.\n\nوأضاف"
    assert len(doc.raw_offsets) == len(doc.text)


def test_tatweel_after_a_clitic_before_a_number_or_quote_stays():
    # one tatweel holding a clitic apart from what follows is writing, not stretching
    assert fixed("فوق الـ30 من العمر") == "فوق الـ30 من العمر"
    assert fixed('وصفه بـــ"العبقري" أمس') == 'وصفه بـ"العبقري" أمس'
    assert fixed("مرشحا لـ 12 جائزة") == "مرشحا لـ 12 جائزة"
    # stretching at the end of a longer word goes
    assert fixed("نعمــــ قالها بقوة") == "نعم قالها بقوة"


def test_unknown_entity_escaped_twice_is_unescaped_once():
    assert fixed("رمز &amp;foo; هنا") == "رمز &foo; هنا"


def test_tatweel_clitic_at_start_and_in_groups():
    assert fixed("بـ 5 أصوات فاز") == "بـ 5 أصوات فاز"
    assert fixed("وبالـ 3 نقاط") == "وبالـ 3 نقاط"
    assert fixed("جميعـ 5") == "جميع 5"


# -- mojibake ----------------------------------------------------------------------------------------------

SENTENCE = 'قال المتحدث إن 3 أشخاص قتلوا في القصف، وأضاف: "لا هدنة".'


def test_utf8_read_as_windows_1256_is_decoded_back():
    garbled = SENTENCE.encode("utf-8").decode("cp1256")
    assert garbled.startswith("ظ‚ط§ظ„")
    text, offsets = check_offsets(garbled)
    assert text == SENTENCE
    # each letter maps to the first of the two characters it had become
    assert [garbled[offsets[i]] for i in range(3)] == ["ظ", "ط", "ظ"]


def test_utf8_read_as_windows_1252_is_decoded_back():
    garbled = "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
                      for b in SENTENCE.encode("utf-8"))
    assert garbled.startswith("Ù‚Ø§Ù„")
    assert fixed(garbled) == SENTENCE


def test_mixed_text_keeps_real_arabic():
    garbled = "قال الوزير: " + "الوضع صعب".encode().decode("cp1256")
    assert fixed(garbled) == "قال الوزير: الوضع صعب"
    # real Arabic with ط or ظ before punctuation is left alone
    assert fixed("ارتفع الضغط؟ نعم، وظل الوضع هادئا») ظ«") == "ارتفع الضغط؟ نعم، وظل الوضع هادئا») ظ«"
