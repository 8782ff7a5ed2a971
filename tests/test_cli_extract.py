"""``marsad extract`` end to end: formats, stdin, and every kind of bad input (never a traceback)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "karabakh-2020-10-22.txt"

TITLE = "اشتباكات عنيفة على الحدود"
BODY = "قال المتحدث باسم الجيش إن اشتباكات عنيفة اندلعت فجر اليوم., وأضاف أن الهدوء عاد إلى المنطقة."


def run(capsys, *args: str) -> tuple[int, list[dict], list[str]]:
    code = main(["extract", *map(str, args)])
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    return code, records, [line for line in err.splitlines() if line.strip()]


def test_txt_record_is_repaired(tmp_path, capsys):
    p = tmp_path / "clash.txt"
    p.write_text(f"{TITLE}\n{BODY}", encoding="utf-8")
    code, [rec], err = run(capsys, p, "--published", "2022-03-04")
    assert code == 0 and err == []
    assert (rec["id"], rec["title"], rec["published"]) == ("clash", TITLE, "2022-03-04")
    assert rec["text"] == f"{TITLE}\n\nقال المتحدث باسم الجيش إن اشتباكات عنيفة اندلعت فجر اليوم.\n\nوأضاف أن الهدوء عاد إلى المنطقة."


def test_example_article_json(capsys):
    code = main(["extract", str(EXAMPLE), "--published", "2020-10-22", "--format", "json"])
    out, err = capsys.readouterr()
    rec = json.loads(out)
    first_line = EXAMPLE.read_text(encoding="utf-8").partition("\n")[0].strip()
    assert code == 0 and "Traceback" not in err
    assert rec["title"] == first_line and rec["published"] == "2020-10-22"
    assert "., " not in rec["text"] and rec["text"].count("\n\n") > 10


def test_bad_inputs_each_get_one_line_and_the_rest_is_read(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(f"{TITLE}\n{BODY}", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00")
    (tmp_path / "latin.txt").write_bytes("Déclaration du ministère à propos de la trêve".encode("latin-1"))
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "ok", "body": BODY}, ensure_ascii=False) + "\n{oops\n" + json.dumps({"title": "x"}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "nothing").mkdir()
    with open(tmp_path / "huge.txt", "wb") as f:
        f.truncate(25 * 2**20)
    args = ["empty.txt", "binary.txt", "latin.txt", "feed.jsonl", "nothing", "missing.txt", "huge.txt", "good.txt"]
    code, records, err = run(capsys, *(tmp_path / a for a in args))
    assert code == 1
    assert [r["id"] for r in records] == ["ok", "good"]
    expected = [
        "empty.txt: empty file",
        "binary.txt: binary file (NUL bytes), not text",
        "latin.txt: unknown encoding (not UTF-8 or Windows-1256)",
        "feed.jsonl:2: invalid JSON",
        "feed.jsonl:3: not an article (no body or text)",
        "nothing: no articles found",
        "missing.txt: no such file or directory",
        "huge.txt: too large",
    ]
    assert len(err) == len(expected)
    for line, want in zip(err, expected, strict=True):
        assert line.startswith(f"marsad: {tmp_path}/{want}"), line


def test_all_good_exits_zero_and_json_format_lists_records(tmp_path, capsys):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"{TITLE}\n{BODY}", encoding="utf-8")
    code = main(["extract", str(tmp_path), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    assert [r["id"] for r in json.loads(out)] == ["a", "b"]


def cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "marsad.cli", "extract", *args], input=stdin, capture_output=True, timeout=120
    )


def test_stdin_text_and_jsonl():
    proc = cli("-", "--published", "2020-10-22", stdin=EXAMPLE.read_bytes())
    assert proc.returncode == 0, proc.stderr.decode()
    [rec] = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert (rec["id"], rec["published"]) == ("stdin", "2020-10-22")
    lines = [json.dumps({"body": BODY}, ensure_ascii=False), "not json", json.dumps({"id": "z", "body": BODY})]
    proc = cli("-", stdin="\n".join(lines).encode())
    assert proc.returncode == 1
    assert [json.loads(x)["id"] for x in proc.stdout.decode().splitlines()] == ["stdin:1", "z"]
    assert proc.stderr.decode().strip() == "marsad: <stdin>:2: invalid JSON (Expecting value, column 1)"


@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02\x03", "Ceci n'est pas de l'arabe: été".encode("latin-1")])
def test_bad_stdin_is_one_line_never_a_traceback(data):
    proc = cli("-", stdin=data)
    err = proc.stderr.decode()
    assert proc.returncode == 1
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1 and err.startswith("marsad: <stdin>: ")


def test_a_stage_that_fails_on_one_article_does_not_stop_the_rest(tmp_path, capsys, monkeypatch):
    import marsad.pipeline

    real = marsad.pipeline.process

    def process(body, **kw):
        if kw.get("id") == "bad":
            raise OverflowError("date out of range")
        return real(body, **kw)

    monkeypatch.setattr(marsad.pipeline, "process", process)
    for name in ("bad", "good"):
        (tmp_path / f"{name}.txt").write_text(f"{TITLE}\n{BODY}", encoding="utf-8")
    code, records, err = run(capsys, tmp_path)
    assert code == 1 and [r["id"] for r in records] == ["good"]
    assert err == ["marsad: bad: extraction failed (OverflowError: date out of range)"]
