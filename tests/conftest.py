"""Shared fixtures: where ../shared is, and a processed example article."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "karabakh-2020-10-22.txt"


def _shared() -> Path | None:
    env = os.environ.get("MARSAD_SHARED")
    for cand in ([Path(env)] if env else []) + [ROOT.parent / "shared", ROOT.parent.parent / "shared"]:
        if (cand / "data").is_dir():
            return cand
    return None


SHARED = _shared()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder with the data sets; tests that need it skip where it is absent."""
    if SHARED is None:
        pytest.skip("../shared/data is not beside this checkout (set MARSAD_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def example_record() -> dict:
    """The example article run through the whole pipeline (published 2020-10-22)."""
    import marsad

    title, _, body = EXAMPLE.read_text(encoding="utf-8").partition("\n")
    return marsad.extract(body, title=title.strip(), published="2020-10-22", id="karabakh-2020-10-22")
