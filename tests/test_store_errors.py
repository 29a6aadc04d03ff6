"""Store refusals in the reader's language: a code and values, rendered through the locale
tables in the CLI (its language from --lang or $SIAGA_LANG) and the app; str() stays the
English sentence. Real DuckDB files, the real CLI process, the real app under AppTest."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from audit import services
from audit.i18n import t
from audit.store import StoreError

# "engagements" stays: it is the name of a CLI command
ENGLISH = re.compile(r"already exists|already in progress|\bengagement\b|Wait for|database", re.I)


def test_a_taken_name_and_a_live_run_are_refused_in_either_language(tmp_path: Path) -> None:
    store = services.open_store(tmp_path / "s.duckdb")
    acme = services.create_engagement(store, "Acme", language="id")
    with pytest.raises(StoreError) as taken:
        services.create_engagement(store, "Acme")
    assert taken.value.code == "store.error.engagement_exists"
    assert str(taken.value) == 'An engagement named "Acme" already exists.'
    assert taken.value.message("id") == 'Proyek audit bernama "Acme" sudah ada.'

    store.start_run(acme.id, {}, "test")  # this process is alive: the run is live
    with pytest.raises(StoreError) as busy:
        store.start_run(acme.id, {}, "test")
    assert busy.value.message("id") == ("Audit #1 untuk proyek ini masih berjalan. Tunggu "
                                        "sampai selesai atau hentikan dulu.")
    assert busy.value.message("en").startswith("A run (#1) is already in progress")
    with pytest.raises(StoreError) as missing:
        store.get_engagement(999)
    assert missing.value.message("id") == "Tidak ada proyek audit dengan id 999."


def test_every_store_error_code_has_both_languages() -> None:
    source = (Path(__file__).parents[1] / "audit").rglob("*.py")
    codes = {m for f in source for m in re.findall(r'"(store\.error\.\w+)"', f.read_text())}
    assert len(codes) >= 20
    for code in codes:
        indonesian = t(code, "id")
        assert indonesian != code, code
        assert not ENGLISH.search(indonesian), (code, indonesian)


def _siaga(*args: str, db: Path, lang: str) -> subprocess.CompletedProcess:
    env = {"SIAGA_DB": str(db), "SIAGA_LANG": lang, "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "audit.cli", *args], capture_output=True,
                          text=True, env=env, timeout=240, cwd=Path(__file__).parents[1])


def test_the_cli_says_a_store_refusal_in_its_language(tmp_path: Path) -> None:
    db = tmp_path / "cli.duckdb"
    store = services.open_store(db)
    services.create_engagement(store, "Acme")
    services.create_engagement(store, "Beta")
    del store
    out = _siaga("engagement", "rename", "Beta", "Acme", db=db, lang="id")
    assert out.returncode == 1
    assert out.stderr.strip() == 'siaga: Proyek audit bernama "Acme" sudah ada.'
    out = _siaga("engagement", "rename", "Beta", "Acme", db=db, lang="en")
    assert out.stderr.strip() == 'siaga: An engagement named "Acme" already exists.'
