"""Reading articles (marsad.io): each format, encodings, folders, stdin and bad input."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from marsad.io import Article, ReadError, formats, read
from marsad.io.decode import EncodingError, decode, looks_arabic
from marsad.io.webpage import extract_html, trusted_date

TITLE = "مقتل ثلاثة أشخاص في قصف على المدينة"
BODY = "قال المتحدث باسم الدفاع المدني إن ثلاثة أشخاص قتلوا في القصف.\nوأضاف أن فرق الإنقاذ ما زالت تبحث عن مفقودين."


def articles(items: list) -> list[Article]:
    return [x for x in items if isinstance(x, Article)]


def errors(items: list) -> list[ReadError]:
    return [x for x in items if isinstance(x, ReadError)]


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# -- plain text ----------------------------------------------------------------------------------------


def test_txt_first_nonempty_line_is_title(tmp_path):
    p = write(tmp_path / "qasf-2021.txt", f"\n\n{TITLE} \n\n{BODY}\n")
    [a] = read([p], published="2021-05-01")
    assert (a.id, a.title, a.body, a.published) == ("qasf-2021", TITLE, BODY, "2021-05-01")


def test_txt_with_bom_and_crlf(tmp_path):
    p = write(tmp_path / "a.txt", b"\xef\xbb\xbf" + f"{TITLE}\r\n{BODY}".encode())
    [a] = read([p])
    assert a.title == TITLE and "\ufeff" not in a.title
    assert a.body.startswith("قال المتحدث")


# -- encodings -----------------------------------------------------------------------------------------


def test_windows_1256_detected(tmp_path):
    data = f"{TITLE}\n{BODY}".encode("cp1256")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    [a] = read([write(tmp_path / "cp.txt", data)])
    assert a.title == TITLE and a.body == BODY


def test_windows_1256_with_quotes_and_arabic_punctuation():
    text = "قال الوزير: «لن نتراجع»، وأضاف؛ هل من حل؟"
    assert decode(text.encode("cp1256")) == text


def test_latin1_and_other_encodings_refused(tmp_path):
    french = "Le ministre a déclaré à la presse que la trêve était rompue, écrit l'agence.".encode("latin-1")
    with pytest.raises(EncodingError, match="unknown encoding"):
        decode(french)
    # Arabic in ISO-8859-6 reads as a mix of Arabic and French letters in Windows-1256
    with pytest.raises(EncodingError):
        decode("قال الوزير في بيان له إن الحكومة ملتزمة بالهدنة".encode("iso-8859-6"))
    [e] = read([write(tmp_path / "fr.txt", french)])
    assert isinstance(e, ReadError) and str(e) == f"{tmp_path / 'fr.txt'}: unknown encoding (not UTF-8 or Windows-1256)"


def test_mojibake_does_not_look_arabic():
    # UTF-8 Arabic read as Windows-1252 is not Arabic text
    assert not looks_arabic("Ø§Ù„Ù‚Ø¯Ø³")
    assert looks_arabic("القدس «مدينة»")


# -- JSON Lines ----------------------------------------------------------------------------------------


def test_jsonl_fields_ids_and_meta(tmp_path):
    lines = [
        {"id": "x1", "title": TITLE, "body": BODY, "published": "2021-05-01", "url": "https://a.example/1",
         "source": "وكالة الأنباء", "section": "أخبار"},
        {"title": "بلا معرف", "text": "قال الوزير إن الوضع هادئ.", "published": "2021-05-02T09:30:00+03:00"},
        {"id": 17, "body": "نص قصير."},
    ]
    p = write(tmp_path / "feed.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    a, b, c = read([p], published="2020-01-31")
    assert (a.id, a.title, a.published) == ("x1", TITLE, "2021-05-01")
    assert a.meta == {"url": "https://a.example/1", "source": "وكالة الأنباء", "section": "أخبار"}
    assert (b.id, b.body, b.published) == ("feed:2", "قال الوزير إن الوضع هادئ.", "2021-05-02")
    assert (c.id, c.title, c.published) == ("17", "", "2020-01-31")


def test_jsonl_bad_lines_are_reported_and_the_rest_read(tmp_path):
    good = json.dumps({"body": "قال الوزير إن الوضع هادئ."}, ensure_ascii=False)
    lines = [
        good,
        '{"body": "نص بلا نهاية',  # invalid JSON
        json.dumps({"title": "عنوان بلا نص"}, ensure_ascii=False),  # not an article
        "[1, 2]",  # not an object
        "",  # blank lines are skipped
        json.dumps({"body": "نص", "published": "أمس"}, ensure_ascii=False),  # bad date
        good,
    ]
    p = write(tmp_path / "mixed.jsonl", "\n".join(lines) + "\n")
    items = list(read([p]))
    assert [a.id for a in articles(items)] == ["mixed:1", "mixed:7"]
    errs = errors(items)
    assert [e.line for e in errs] == [2, 3, 4, 6]
    assert "invalid JSON" in errs[0].message
    assert errs[1].message == "not an article (no body or text)"
    assert "not an object" in errs[2].message
    assert "published is not a date" in errs[3].message
    assert str(errs[0]).startswith(f"{p}:2: ")


def test_jsonl_windows_1256_and_bom_lines(tmp_path):
    line = json.dumps({"id": "c", "body": BODY}, ensure_ascii=False).encode("cp1256")
    [a] = read([write(tmp_path / "cp.jsonl", line + b"\n")])
    assert a.body == BODY
    [b] = read([write(tmp_path / "bom.jsonl", b"\xef\xbb\xbf" + json.dumps({"body": "نص"}).encode() + b"\n")])
    assert b.body == "نص"


def test_jsonl_line_too_large_is_skipped(tmp_path, monkeypatch):
    monkeypatch.setattr(formats, "MAX_BYTES", 200)
    big = json.dumps({"body": "قتل " * 200}, ensure_ascii=False)
    small = json.dumps({"body": "نص قصير."}, ensure_ascii=False)
    items = list(read([write(tmp_path / "big.jsonl", f"{big}\n{small}\n")]))
    assert [str(e).split(": ", 1)[1] for e in errors(items)] == ["line too large (over 0.000191 MB)"]
    assert errors(items)[0].line == 1
    assert [a.id for a in articles(items)] == ["big:2"]


def test_jsonl_of_garbage_gives_up(tmp_path):
    items = list(read([write(tmp_path / "junk.jsonl", "ليس JSON\n" * 500)]))
    assert not articles(items)
    assert len(items) == formats.MAX_BAD_RUN + 1
    assert "giving up" in items[-1].message


# -- JSON --------------------------------------------------------------------------------------------------


def test_json_one_article_or_a_list(tmp_path):
    one = write(tmp_path / "one.json", json.dumps({"title": TITLE, "body": BODY}, ensure_ascii=False))
    [a] = read([one])
    assert (a.id, a.title) == ("one", TITLE)
    many = write(tmp_path / "many.json", json.dumps([{"body": "نص أول."}, {"id": "b", "body": "نص ثان."}]))
    assert [a.id for a in read([many])] == ["many:1", "b"]


def test_json_errors(tmp_path):
    [e] = read([write(tmp_path / "bad.json", '{"title": "عنوان",\n "body": "نص"')])
    assert e.line == 2 and "invalid JSON" in e.message
    items = list(read([write(tmp_path / "list.json", json.dumps([{"body": "نص"}, {"title": "لا نص"}, {"body": "ب"}]))]))
    assert [a.id for a in articles(items)] == ["list:1", "list:3"]
    assert [e.message for e in errors(items)] == ["item 2: not an article (no body or text)"]
    [e] = read([write(tmp_path / "num.json", "42")])
    assert "not an article" in e.message


# -- HTML ----------------------------------------------------------------------------------------------------

PAGE = """<html><head><title>{title}</title>{meta}</head><body>
<nav><a href="/">الرئيسية</a></nav>
<article><h1>{title}</h1><p>{date}</p>
<p>قال المتحدث باسم الدفاع المدني إن ثلاثة أشخاص قتلوا في القصف الذي استهدف حيا سكنيا في وسط المدينة صباح اليوم.</p>
<p>وأضاف أن فرق الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض، وأن المستشفيات استقبلت عشرات الجرحى.</p>
</article></body></html>"""


def test_html_title_body_and_metadata_date(tmp_path):
    meta = '<meta property="article:published_time" content="2021-05-01T08:00:00Z">'
    p = write(tmp_path / "page.html", PAGE.format(title=TITLE, meta=meta, date=""))
    [a] = read([p], published="2000-01-01")
    assert (a.id, a.title, a.published) == ("page", TITLE, "2021-05-01")
    assert a.body.startswith("قال المتحدث") and "فرق الإنقاذ" in a.body
    assert "الرئيسية" not in a.body


def test_html_date_in_arabic_words_is_not_trusted(tmp_path):
    # trafilatura makes 2021-01-01 out of the year alone; the page has no numeric date
    page = PAGE.format(title=TITLE, meta="", date="نشر يوم السبت الأول من مايو عام 2021")
    p = write(tmp_path / "page.htm", page)
    [a] = read([p], published="2021-05-01")
    assert a.published == "2021-05-01"  # the --published date, not one trafilatura invented
    title, body, date = extract_html(page)
    assert date is None


def test_html_numeric_date_in_text_is_trusted():
    page = PAGE.format(title=TITLE, meta="", date="نشر في ٠١/٠٥/٢٠٢١")
    assert trusted_date("2021-05-01", page) == "2021-05-01"
    assert trusted_date("2020-01-01", page) is None
    assert trusted_date("2021-05-01", "https://a.example/2021/05/01/qasf") == "2021-05-01"
    assert trusted_date(None, page) is None


def test_html_without_article(tmp_path):
    [e] = read([write(tmp_path / "empty.html", "<html><body></body></html>")])
    assert isinstance(e, ReadError) and "no article text" in e.message


# -- folders and files of unknown type ---------------------------------------------------------------------


def test_folder_recursive_sorted_known_extensions(tmp_path):
    write(tmp_path / "b.txt", f"{TITLE}\n{BODY}")
    write(tmp_path / "a" / "z.jsonl", json.dumps({"body": "نص."}) + "\n")
    write(tmp_path / "a" / "y.json", json.dumps({"body": "نص."}))
    write(tmp_path / "notes.md", "ملاحظات")
    write(tmp_path / ".git" / "x.txt", "مخفي\nنص")
    assert [a.id for a in read([tmp_path])] == ["y", "z:1", "b"]


def test_empty_folder_and_missing_file(tmp_path):
    (tmp_path / "empty").mkdir()
    [e] = read([tmp_path / "empty"])
    assert e.message.startswith("no articles found")
    [e] = read([tmp_path / "missing.txt"])
    assert e.message == "no such file or directory"


def test_unknown_extension_is_sniffed(tmp_path):
    [a] = read([write(tmp_path / "feed.ndjson", json.dumps({"id": "n", "body": "نص."}) + "\n")])
    assert a.id == "n"
    [a] = read([write(tmp_path / "article.md", f"{TITLE}\n{BODY}")])
    assert a.title == TITLE


# -- bad input ---------------------------------------------------------------------------------------------


def test_empty_and_blank_files(tmp_path):
    for name in ("e.txt", "e.json", "e.html"):
        [e] = read([write(tmp_path / name, " \n")])
        assert e.message == "empty file", name
    [e] = read([write(tmp_path / "e.jsonl", "\n\n")])
    assert e.message == "no articles found"


def test_binary_files(tmp_path):
    for name in ("b.txt", "b.jsonl", "b.json"):
        [e] = read([write(tmp_path / name, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")])
        assert e.message == "binary file (NUL bytes), not text", name


def test_too_large_file_is_not_read(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(formats.MAX_BYTES + 1)  # sparse: nothing is written, nothing should be read
    [e] = read([p])
    assert e.message.startswith("too large")


def test_one_bad_input_does_not_stop_the_rest(tmp_path):
    good = write(tmp_path / "good.txt", f"{TITLE}\n{BODY}")
    items = list(read([tmp_path / "missing.txt", write(tmp_path / "e.txt", ""), good]))
    assert [type(x).__name__ for x in items] == ["ReadError", "ReadError", "Article"]


# -- stdin -------------------------------------------------------------------------------------------------


def set_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_text(monkeypatch):
    set_stdin(monkeypatch, f"{TITLE}\n{BODY}".encode())
    [a] = read(["-"], published="2021-05-01")
    assert (a.id, a.title, a.published) == ("stdin", TITLE, "2021-05-01")


def test_stdin_jsonl(monkeypatch):
    lines = [json.dumps({"body": "نص أول."}), "{bad", json.dumps({"id": "k", "body": "نص ثان."})]
    set_stdin(monkeypatch, ("\n" + "\n".join(lines) + "\n").encode())
    items = list(read(["-"]))
    assert [a.id for a in articles(items)] == ["stdin:2", "k"]
    assert [(e.path, e.line) for e in errors(items)] == [("<stdin>", 3)]


def test_stdin_pretty_json_and_cp1256(monkeypatch):
    set_stdin(monkeypatch, json.dumps({"id": "p", "body": BODY}, ensure_ascii=False, indent=2).encode())
    [a] = read(["-"])
    assert (a.id, a.body) == ("p", BODY)
    set_stdin(monkeypatch, f"{TITLE}\n{BODY}".encode("cp1256"))
    [a] = read(["-"])
    assert a.title == TITLE


def test_stdin_empty(monkeypatch):
    set_stdin(monkeypatch, b"")
    [e] = read(["-"])
    assert (e.path, e.message) == ("<stdin>", "empty input")


def test_utf16_is_named(tmp_path):
    data = f"{TITLE}\n{BODY}".encode("utf-16")
    for name in ("u.txt", "u.jsonl"):
        [e] = read([write(tmp_path / name, data)])
        assert e.message == "unknown encoding (UTF-16; not UTF-8 or Windows-1256)", name


def test_blank_jsonl_inside_a_folder_is_reported(tmp_path):
    write(tmp_path / "a.txt", f"{TITLE}\n{BODY}")
    write(tmp_path / "b.jsonl", "\n \n")
    items = list(read([tmp_path]))
    assert [a.id for a in articles(items)] == ["a"]
    assert [(Path(e.path).name, e.message) for e in errors(items)] == [("b.jsonl", "no articles found")]


def test_jsonl_date_field_when_there_is_no_published(tmp_path):
    lines = [
        {"id": "d1", "body": "نص.", "date": "2018-02-18", "time": "Sun, 18 Feb 2018 01:00:09 GMT"},
        {"id": "d2", "body": "نص.", "published": "Sun, 18 Feb 2018 01:00:09 GMT"},
        {"id": "d3", "body": "نص.", "date": "الأحد"},  # not a date: kept in meta, no error
        {"id": "d4", "body": "نص.", "published": "2018-03-01", "date": "2018-02-18"},
    ]
    p = write(tmp_path / "ant.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    got = {a.id: a for a in read([p], published="2020-01-01")}
    assert {k: a.published for k, a in got.items()} == {
        "d1": "2018-02-18", "d2": "2018-02-18", "d3": "2020-01-01", "d4": "2018-03-01"
    }
    assert got["d3"].meta == {"date": "الأحد"}
