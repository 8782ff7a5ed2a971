"""The command line: optional parts that are not installed say what to install, in one line."""

import importlib

import pytest

from marsad import cli


def test_missing_optional_package_gives_one_line(monkeypatch, capsys):
    real = importlib.import_module

    def fake(name, *args):
        if name == "marsad.serve.cli":
            raise ImportError("No module named 'fastapi'", name="fastapi")
        return real(name, *args)

    monkeypatch.setattr(cli, "import_module", fake)
    assert cli.main(["serve", "--db", "x.db", "--port", "8001"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "pip install 'marsad[serve]'" in err[0]


def test_unknown_command_is_a_usage_error():
    with pytest.raises(SystemExit) as e:
        cli.main(["frobnicate"])
    assert e.value.code == 2
