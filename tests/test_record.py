"""Every record that Marsad writes follows the JSON Schema kept in the repository."""

import json

import pytest

import marsad
from marsad.cli import main
from marsad.record import schema, validate


def test_schema_is_valid_json_schema():
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(schema())


def test_example_record_follows_schema(example_record):
    validate(example_record)
    assert example_record["published"] == "2020-10-22"
    text = example_record["text"]
    # every span in every layer points into the text it claims to cover
    for layer in ("numbers", "dates"):
        for item in example_record[layer]:
            assert text[item["start"] : item["end"]] == item["text"]
    for ent in example_record["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    for fig in example_record["casualties"]:
        ev = fig["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["text"]
    for st in example_record["statements"]:
        ev = st["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["text"]
        if st.get("content_span"):
            cs = st["content_span"]
            assert text[cs["start"] : cs["end"]] == st["content"]


@pytest.mark.parametrize(
    "body",
    ["", "Latin text only, no Arabic at all.", "قتل " * 2000, "x" * 10000, "«" * 50 + "قال", "١٢٣٤٥٦٧٨٩٠"],
)
def test_odd_inputs_give_valid_records(body):
    validate(marsad.extract(body, title="عنوان", published="2021-01-01"))


def test_cli_jsonl_records_follow_schema(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("عنوان تجريبي\nقال المتحدث إن ثلاثة أشخاص قتلوا في القصف أمس.", encoding="utf-8")
    assert main(["extract", str(src), "--published", "2022-05-04"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 1 and lines[0]["id"] == "a"
    validate(lines[0])
