"""The client PDF report, read back as text with poppler's pdftotext (`make system-deps`)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from audit import services
from audit.demo import DEMO_NAME, demo_facts
from audit.i18n import t
from audit.models import Asset
from audit.report.pdf import MAX_GROUPS
from audit.runner import Runner

PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils is not installed")


def pages(pdf: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    done = subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True, timeout=60)
    return done.stdout.split("\f")[:-1]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = services.open_store(tmp_path_factory.mktemp("pdf") / "s.duckdb")
    return store, services.load_demo(store).id


@pytest.mark.parametrize("lang", ["en", "id"])
def test_demo_report_shows_score_band_groups_and_page_numbers(demo, tmp_path, lang):
    store, eid = demo
    out = tmp_path / f"report-{lang}.pdf"
    services.export_pdf(store, eid, out, lang=lang)
    report = services.build_report(store, eid)
    text = pages(out)
    assert len(text) >= 5
    client = report.engagement.client
    for number, page in enumerate(text, start=1):
        assert flat(t("report.footer", lang, client=client, page=number,
                      pages=len(text))) in flat(page)
    score_page = flat(text[1])
    overall = f"{report.score.overall:.1f}"
    assert (overall.replace(".", ",") if lang == "id" else overall) in score_page
    crisis = f'{report.score.dimensions["crisis"].score:.1f}'  # a chart label and a cell
    assert score_page.count(crisis.replace(".", ",") if lang == "id" else crisis) >= 2
    assert t(f"band.{report.score.band}", lang) in score_page
    cap = report.score.cap
    key = "report.score.cap_binding" if cap.binding else "report.score.cap_standing"
    opening = t(key, lang, band=t(f"band.{cap.band}", lang), check="", asset="", count=0)
    assert flat(opening.split('"')[0]) in score_page  # the cap in words, binding or not
    body = flat(" ".join(text))
    first = report.groups[0]
    assert f"1. {first.findings[0] and flat(_title(first.check_id, lang))}" in body
    assert t("findings.group.assets", lang, count=first.count, names="").strip() in body
    # one block per check: a check title does not repeat as a block heading
    headings = [g for g in report.groups if f". {flat(_title(g.check_id, lang))}" in body]
    shown = min(len(report.groups), MAX_GROUPS)
    assert len(headings) >= shown and f"{shown}. " in body and f"{shown + 1}. " not in body
    if len(report.groups) > shown:
        assert flat(t("report.findings.shown", lang, shown=shown,
                      rest=len(report.groups) - shown)) in body
    assert t("report.roster.title", lang) in body and t("report.methodology.title", lang) in body


def _title(check_id: str, lang: str) -> str:
    from checks.registry import BY_ID

    return BY_ID[check_id].title[lang]


def test_the_call_sheet_fits_one_page_for_thirty_channels(tmp_path):
    store = services.open_store(tmp_path / "s.duckdb")
    eid = services.create_engagement(store, "Thirty", client="PT Tiga Puluh").id
    store.upsert_assets(eid, [Asset(
        f"ch-{i:02d}", "instagram", kind="social", name=f"Instagram kota {i:02d}",
        handle=f"brand{i}", owner="Nama Penanggung Jawab", owner_phone="0812-0000-0000",
        backup_owner="Nama PIC Cadangan", backup_phone="0812-0000-0001",
        agency="Agensi Kreatif Nusantara", two_factor="unknown") for i in range(30)])
    Runner(store, services.ProbeSettings(),
           gather_facts=lambda asset, *_, **__: demo_facts(asset)).run(store.get_engagement(eid))
    out = tmp_path / "r.pdf"
    services.export_pdf(store, eid, out, lang="id")
    text = pages(out)
    [sheet] = [i for i, page in enumerate(text) if t("report.roster.title", "id") in page]
    assert all(f"Instagram kota {i:02d}" in text[sheet] for i in range(30))
    assert text[sheet].count("0812-0000-0001") == 30


def test_cli_report_writes_the_pdf(demo, tmp_path, capsys):
    from audit.cli import main

    store, _ = demo
    out = tmp_path / "cli.pdf"
    assert main(["report", "--engagement", DEMO_NAME, "--out", str(out), "--db",
                 str(store.path), "--lang", "en"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "Vera" in fonts
    assert "Helvetica" not in fonts  # every font named in the file is embedded
    assert main(["report", "--engagement", "nobody", "--out", str(out), "--db",
                 str(store.path)]) == 2


def _png(width: int = 40, height: int = 20) -> bytes:
    """A small solid PNG written by hand (no imaging library needed)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    rows = b"".join(b"\x00" + b"\x1f\x4e\x79" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def test_the_engagement_logo_goes_on_the_cover_and_a_non_image_is_refused(tmp_path):
    store = services.open_store(tmp_path / "s.duckdb")
    eid = services.create_engagement(store, "Logo", client="PT Logo").id
    with pytest.raises(services.StoreError):
        services.set_logo(store, eid, b"<svg/>")
    services.set_logo(store, eid, _png())
    out = tmp_path / "r.pdf"
    services.export_pdf(store, eid, out, lang="en")
    listed = subprocess.run(["pdfimages", "-f", "1", "-l", "1", "-list", str(out)],
                            capture_output=True, text=True, check=True).stdout
    assert " 40    20 " in listed  # the logo, on page 1
    services.set_logo(store, eid, None)
    services.export_pdf(store, eid, out, lang="en")
    listed = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True,
                            check=True).stdout
    assert len(listed.strip().splitlines()) == 2  # the header lines only
