"""Where the ANT news corpus is, for the bench scripts (``--data``, ``$MARSAD_SHARED`` or ../shared)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def ant_dir(arg: str | None, script: str) -> Path:
    """The ``ant_news`` folder: ``arg`` if given, else under ``$MARSAD_SHARED``, else ../shared/data;
    exits with one line naming ``script`` when none exists."""
    for cand in [
        arg,
        os.environ.get("MARSAD_SHARED") and os.environ["MARSAD_SHARED"] + "/data/ant_news",
        str(ROOT.parent / "shared" / "data" / "ant_news"),
    ]:
        if cand and Path(cand).is_dir():
            return Path(cand)
    sys.exit(f"{script}: ANT data not found (pass --data DIR)")
