"""No English inside the Indonesian deliverables (issue 17).

The demo workbook (every sheet, every cell, every dropdown's message) and the PDF report
(read back with pdftotext) are exported in Indonesian and searched for English phrases that
used to leak: probe error sentences, English platform labels, store errors, glossary words.
The evidence column is left out on purpose: it keeps the probes' raw English facts for the
consultant. Product names, "2FA", "DNS", "TLS", "HTTPS", record names and the CLI's command
names are allowed: they are not in the list.

Besides the demo's recorded facts (one site with an expired certificate), a real run against
local servers that refuse, stay silent or never answer DNS puts live probe errors into a
second workbook and report.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from audit import services
from audit.i18n import t
from audit.models import Asset
from audit.probes.config import ProbeSettings
from audit.runner import Runner

PDFTOTEXT = shutil.which("pdftotext")

LEAKS = [
    # probe errors, as the probes write them in English
    r"handshake with", r"handshake failed", r"\bfailed\b", r"certificate has expired",
    r"certificate verify", r"Connection refused", r"refused the connection", r"timed out",
    r"does not resolve", r"did not answer", r"did not finish", r"Could not", r"not trusted",
    r"No answer from", r"Nothing accepts", r"no facts from", r"not sent:",
    # platform labels
    r"\bWebsite\b", r"Email domain", r"\bOther\b", r"Google Business Profile",
    r"LINE Official Account",
    # store errors
    r"already exists", r"already in progress", r"Wait for it", r"\bdatabase\b",
    # glossary (issue 17, item 3): "engagements" (a CLI command name) stays
    r"\b[Ee]ngagement\b", r"\bOwner\b",
]
LEAK = re.compile("|".join(f"(?:{p})" for p in LEAKS))


def workbook_text(path: Path) -> Iterator[tuple[str, str]]:
    """(where, text) of every cell but the evidence column, and every validation message."""
    evidence = t("workbook.col.evidence", "id")
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        skipped: set[int] = set()
        for row in ws.iter_rows():
            for cell in row:
                if cell.value == evidence:
                    skipped.add(cell.column)
                elif isinstance(cell.value, str) and cell.column not in skipped:
                    yield f"{ws.title}!{cell.coordinate}", cell.value
        for validation in ws.data_validations.dataValidation:
            for text in (validation.error, validation.prompt, validation.formula1):
                if text:
                    yield f"{ws.title} validation {validation.sqref}", str(text)


def pdf_text(path: Path) -> str:
    done = subprocess.run([PDFTOTEXT, "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True, timeout=60)
    return " ".join(done.stdout.split())


def leaks(texts: Iterator[tuple[str, str]]) -> list[tuple[str, str, str]]:
    return [(where, m.group(0), text[:160]) for where, text in texts
            for m in [LEAK.search(text)] if m]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> services.Store:
    return services.open_store(tmp_path_factory.mktemp("leaks") / "s.duckdb")


@pytest.fixture(scope="module")
def demo(store: services.Store) -> int:
    return services.load_demo(store).id


@pytest.fixture(scope="module")
def failing(store: services.Store) -> Iterator[int]:
    """An engagement run for real against local servers that fail in three ways."""
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        refused_port = closed.getsockname()[1]
    silent = socket.socket()  # accepts, never answers: a timeout
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        silent.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(silent.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    dns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # DNS questions, no answers
    dns.bind(("127.0.0.1", 0))
    eid = services.create_engagement(store, "PT Gagal Terhubung", language="id").id
    store.upsert_assets(eid, [
        Asset("web-refused", "website", "Situs lama", url=f"http://127.0.0.1:{refused_port}/",
              kind="website"),
        Asset("web-silent", "website", "Situs promo",
              url=f"http://127.0.0.1:{silent.getsockname()[1]}/", kind="website"),
        Asset("mail", "email", "Domain email", handle="gagal.example", kind="email"),
    ])
    settings = ProbeSettings(allow_private=True, timeout_s=1.5, dns_server=dns.getsockname(),
                             rdap_url=f"http://127.0.0.1:{refused_port}/")
    Runner(store, settings).run(store.get_engagement(eid))
    yield eid
    stop.set()
    thread.join()
    for sock in (silent, dns, *held):
        sock.close()


def test_the_demo_workbook_in_indonesian_has_no_english(store, demo, tmp_path) -> None:
    out = tmp_path / "demo-id.xlsx"
    services.export_workbook(store, demo, out, lang="id")
    texts = list(workbook_text(out))
    probe_error = t("probe.error.tls_expired", "id", host="karir.kopisenja.example")
    assert any(probe_error in text for _, text in texts)  # the leak test sees a probe error
    assert leaks(iter(texts)) == []


def test_a_real_failing_run_in_indonesian_has_no_english(store, failing, tmp_path) -> None:
    out = tmp_path / "failing-id.xlsx"
    services.export_workbook(store, failing, out, lang="id")
    texts = list(workbook_text(out))
    joined = "\n".join(text for _, text in texts)
    assert "127.0.0.1 menolak koneksi" in joined
    assert "tidak merespons dalam 1,5 detik" in joined
    assert "1.5" not in joined
    assert leaks(iter(texts)) == []


@pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize("which", ["demo", "failing"])
def test_the_pdf_report_in_indonesian_has_no_english(store, which, request, tmp_path) -> None:
    eid = request.getfixturevalue(which)
    out = tmp_path / f"{which}-id.pdf"
    services.export_pdf(store, eid, out, lang="id")
    text = pdf_text(out)
    assert [m.group(0) for m in LEAK.finditer(text)] == [], text[:2000]


def test_the_intake_template_in_indonesian_has_no_english(tmp_path) -> None:
    out = tmp_path / "template-id.xlsx"
    services.write_template(out, "id")
    texts = list(workbook_text(out))
    assert any("Profil Bisnis Google" in text for _, text in texts)  # labels in the dropdown
    assert leaks(iter(texts)) == []
