"""The workbook and the template open in LibreOffice: headless conversion to PDF must work.

Page 1 of the audit (the Summary cover) is rendered to tests/artifacts/ so a person can
look at the layout; `make test` installs libreoffice-calc and poppler-utils.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from test_workbook import HOSTILE, sample_report

from audit.export.template import write_template
from audit.export.workbook import write_workbook

ARTIFACTS = Path(__file__).parent / "artifacts"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def to_pdf(xlsx: Path, tmp_path: Path) -> Path:
    profile = tmp_path / "lo-profile"  # a private profile: parallel runs do not collide
    done = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(xlsx)],
        capture_output=True, text=True, timeout=180)
    pdf = tmp_path / (xlsx.stem + ".pdf")
    assert done.returncode == 0 and pdf.exists() and pdf.stat().st_size > 1000, done.stderr
    return pdf


@pytest.mark.parametrize("lang", ["en", "id"])
def test_workbook_converts_and_page_one_renders(tmp_path, lang):
    xlsx = tmp_path / f"audit_{lang}.xlsx"
    write_workbook(sample_report(HOSTILE[0], n_assets=12), xlsx, lang)
    pdf = to_pdf(xlsx, tmp_path)
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    ARTIFACTS.mkdir(exist_ok=True)
    stem = ARTIFACTS / f"summary_{lang}"
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(stem)], check=True, timeout=60)
    assert stem.with_suffix(".png").stat().st_size > 5000


def test_template_converts(tmp_path):
    xlsx = tmp_path / "template.xlsx"
    write_template(xlsx, "id")
    to_pdf(xlsx, tmp_path)


def test_printed_tables_keep_text_at_eight_points_or_more(tmp_path):
    """Every page after the cover, as LibreOffice prints it: poppler's word boxes are the
    printed font size, so none may fall below 8 pt (the issue saw 4 pt before)."""
    import re

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    xlsx = tmp_path / "print.xlsx"
    write_workbook(sample_report(n_assets=30), xlsx, "id")
    pdf = to_pdf(xlsx, tmp_path)
    boxes = tmp_path / "boxes.html"
    subprocess.run(["pdftotext", "-f", "2", "-bbox", str(pdf), str(boxes)], check=True,
                   timeout=60)
    heights = [float(high) - float(low) for low, high in re.findall(
        r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', boxes.read_text())]
    assert len(heights) > 100
    assert min(heights) >= 7.9, sorted(heights)[:5]
