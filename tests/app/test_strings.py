"""Every app string a page or chart asks for exists in English and Indonesian."""

from __future__ import annotations

import re
import string
from pathlib import Path

from audit.locale.app import STRINGS

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "streamlit_app.py", ROOT / "audit" / "charts.py",
           *sorted((ROOT / "pages").glob("*.py"))]
LITERAL_KEY = re.compile(r'"(app\.[a-z_.]+[a-z_])"')


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_literal_app_key_is_defined():
    used = {key for path in SOURCES for key in LITERAL_KEY.findall(path.read_text())}
    assert used and used <= STRINGS.keys(), sorted(used - STRINGS.keys())


def test_both_languages_with_the_same_placeholders():
    for key, entry in STRINGS.items():
        assert key.startswith("app.")
        assert entry["en"].strip() and entry["id"].strip(), key
        assert fields(entry["en"]) == fields(entry["id"]), key


def test_run_status_has_a_sentence_for_every_run_status():
    from audit.models import RUN_STATUSES

    assert {f"app.checks.run_status.{s}" for s in RUN_STATUSES} <= STRINGS.keys()
