"""Evidence behind asset attestations (issue #16 item 7), over real DuckDB files: the verified
share moves with one verified asset answer (JSON score block, workbook, PDF), the template's
evidence columns import, hostile images are refused, verification survives re-audits and
lapses when the answer changes, and two processes write evidence to one file."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
import textwrap

import pytest
from openpyxl import load_workbook
from PIL import Image

from audit import services
from audit.evidence import IMAGE_MAX_BYTES, EvidenceError, image_type
from audit.i18n import t
from audit.models import Asset
from audit.runner import Runner
from audit.textformat import share_text
from tests.faults.helpers import ROOT


@pytest.fixture
def store(tmp_path):
    return services.open_store(tmp_path / "e.duckdb")


def audit(store, engagement_id: int) -> None:
    """A run with no network: attested checks judge the inventory, nothing else is probed."""
    Runner(store, services.ProbeSettings(), gather_facts=lambda *_, **__: {},
           gather_org=lambda *_, **__: {}).run(store.get_engagement(engagement_id))


def fresh(store) -> int:
    eid = services.create_engagement(store, "Fresh", client="PT Fresh",
                                     consultant="Rina Konsultan").id
    store.upsert_assets(eid, [
        Asset("ig", "instagram", "Brand IG", "brand", "https://www.instagram.com/brand",
              owner="Andi", two_factor="yes", shared_login="no", admins=3,
              importance="primary", kind="social"),
        Asset("web", "website", "brand.example", "", "https://brand.example/", owner="Budi",
              two_factor="no", kind="website")])
    audit(store, eid)
    return eid


def image(fmt: str, size: tuple[int, int] = (40, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, fmt)
    return buffer.getvalue()


def test_one_verified_asset_answer_lifts_the_verified_share_everywhere(store, tmp_path):
    eid = fresh(store)
    assert services.export_json(store, eid)["score"]["verified_share"] == 0.0
    services.save_asset_evidence(store, eid, "ig", "gov.two_factor", verified=True,
                                 note="Seen on a screen share",
                                 link="https://drive.example/2fa.png", image=image("PNG"))
    block = services.export_json(store, eid)["score"]
    assert block["verified_share"] > 0 and block["verified_share"] + \
        block["self_reported_share"] == pytest.approx(1.0)

    book = load_workbook(io.BytesIO(services.workbook_bytes(store, eid)))
    share = share_text(block["verified_share"])
    notes = [c.value for row in book["Summary"].iter_rows() for c in row
             if isinstance(c.value, str) and share in c.value]
    assert notes and share != "0%", "the Summary states the verified share"
    sheet = book[t("evidence.sheet", "en")]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    [row] = [r for r in rows if r[-1] == "gov.two_factor"]
    assert row[:6] == ["Brand IG", "Instagram", t("inventory.column.two_factor", "en"), "Yes",
                       "Verified", "Rina Konsultan"]
    assert row[7:10] == ["Seen on a screen share", "https://drive.example/2fa.png",
                         "PNG, 1 KB"]
    inventory = book[t("inventory.sheet.inventory", "en")]
    header = [c.value for c in inventory[1]]
    ig = next(r for r in inventory.iter_rows(min_row=2, values_only=True) if r[0] == "Brand IG")
    assert ig[header.index("Verified answers")] == t("inventory.column.two_factor", "en")

    if shutil.which("pdftotext"):
        pdf = tmp_path / "report.pdf"
        services.export_pdf(store, eid, pdf)
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True, timeout=60).stdout
        assert "1 asset answer (1 with a screenshot)" in " ".join(text.split())


def test_verification_survives_a_reaudit_and_lapses_when_the_answer_changes(store):
    eid = fresh(store)
    services.save_asset_evidence(store, eid, "ig", "gov.admins", verified=True, note="3 seen")
    verified = services.build_report(store, eid).score.verified_share
    audit(store, eid)
    assert services.build_report(store, eid).score.verified_share == verified > 0
    [row] = services.evidence_rows(store, eid, "en")
    assert (row.state, row.evidence.value, row.evidence.verified_by) == \
        ("verified", "3", "Rina Konsultan")

    changed = store.list_assets(eid)[0]
    changed.admins = 12
    store.upsert_assets(eid, [changed])
    assert services.build_report(store, eid).score.verified_share == 0.0
    [row] = services.evidence_rows(store, eid, "en")
    assert row.state == "stale" and row.evidence.note == "3 seen"  # kept, no longer counted


def test_a_blank_answer_cannot_be_verified_and_unknown_names_are_refused(store):
    eid = fresh(store)
    with pytest.raises(EvidenceError, match="blank"):
        services.save_asset_evidence(store, eid, "web", "gov.recovery_contact", verified=True)
    with pytest.raises(EvidenceError, match="does not take evidence"):
        services.save_asset_evidence(store, eid, "ig", "web.hsts", verified=True)
    with pytest.raises(EvidenceError, match="not a web address"):
        services.save_asset_evidence(store, eid, "ig", "gov.two_factor", verified=True,
                                     link="javascript:alert(1)")
    assert services.list_asset_evidence(store, eid) == []


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP"])
def test_png_jpeg_and_webp_are_stored_as_blobs_and_read_back(store, fmt):
    eid = fresh(store)
    data = image(fmt)
    services.save_asset_evidence(store, eid, "ig", "gov.shared_login", verified=False,
                                 image=data)
    stored = services.evidence_image(store, eid, "ig", "gov.shared_login")
    assert stored == (data, f"image/{fmt.lower()}")
    services.save_asset_evidence(store, eid, "ig", "gov.shared_login", verified=False,
                                 note="kept")  # a save without an image keeps the stored one
    assert services.evidence_image(store, eid, "ig", "gov.shared_login") == stored
    services.save_asset_evidence(store, eid, "ig", "gov.shared_login", verified=False,
                                 remove_image=True)
    assert services.evidence_image(store, eid, "ig", "gov.shared_login") is None


def _hostile() -> dict[str, bytes]:
    gif = io.BytesIO()
    Image.new("RGB", (4, 4)).save(gif, "GIF")
    return {
        "gif": gif.getvalue(),
        "html named .png": b"<html><script>alert(1)</script></html>",
        "svg": b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        "truncated png": image("PNG")[:40],
        "too large": b"\x89PNG\r\n\x1a\n" + b"\0" * IMAGE_MAX_BYTES,
        "pixel bomb": image("PNG", (9000, 9000)),
    }


@pytest.mark.parametrize("name", list(_hostile()))
def test_a_hostile_image_is_refused_with_a_clear_message_and_nothing_saved(store, name):
    eid = fresh(store)
    data = _hostile()[name]
    with pytest.raises(EvidenceError) as refused:
        services.save_asset_evidence(store, eid, "ig", "gov.two_factor", verified=True,
                                     note="x", image=data)
    expected = {"too large": "larger than 5 MB", "pixel bomb": "pixels",
                "truncated png": "could not be read"}.get(name, "Only PNG, JPEG or WebP")
    assert expected in refused.value.message("en")
    assert refused.value.message("id") != refused.value.message("en")
    assert services.list_asset_evidence(store, eid) == []  # nothing half-saved


def test_sniffing_trusts_bytes_not_names():
    assert image_type(image("PNG")) == "image/png"
    assert image_type(image("JPEG")) == "image/jpeg"
    assert image_type(image("WEBP")) == "image/webp"
    assert image_type(b"RIFF\0\0\0\0WAVEfmt ") == ""


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


def test_the_template_evidence_columns_import_and_old_files_still_do(store):
    eid = services.create_engagement(store, "Intake", consultant="Rina Konsultan").id
    header = ["asset_id", "platform", "handle", "owner", "two_factor", "shared_login",
              "admins", "Verified answers", "Evidence (note or link)", "Verified by"]
    data = _csv([header,
                 ["ig", "instagram", "brand", "Andi", "ya", "tidak", "3", "2FA; Admins",
                  "Dilihat via berbagi layar https://drive.example/a.png", "Dewi"],
                 ["tt", "tiktok", "brand", "Andi", "yes", "no", "", "semua", "", ""],
                 ["fb", "facebook", "brand", "Andi", "", "", "", "", "", ""]])
    result = services.import_inventory(store, eid, data, "intake.csv")
    assert result.ok, [e.message() for e in result.errors]
    rows = {(r.asset_id, r.check_id): r for r in services.evidence_rows(store, eid, "en")}
    assert set(rows) == {("ig", "gov.two_factor"), ("ig", "gov.admins"),
                         ("tt", "gov.two_factor"), ("tt", "gov.shared_login")}
    two_fa = rows[("ig", "gov.two_factor")].evidence
    assert (two_fa.note, two_fa.link, two_fa.verified_by) == \
        ("Dilihat via berbagi layar", "https://drive.example/a.png", "Dewi")
    assert rows[("tt", "gov.two_factor")].evidence.verified_by == "Rina Konsultan"
    first = two_fa.verified_at

    # importing the same file again keeps the verification's date; "no" unverifies
    services.import_inventory(store, eid, data, "intake.csv")
    again = {(r.asset_id, r.check_id): r for r in services.evidence_rows(store, eid, "en")}
    assert again[("ig", "gov.two_factor")].evidence.verified_at == first
    services.import_inventory(store, eid, _csv([header[:2] + header[7:8] + header[2:3],
                                                ["tt", "tiktok", "no", "brand"]]), "u.csv")
    states = {k: r.state for k, r in
              ((k, r) for k, r in ((r.asset_id, r) for r in
                                   services.evidence_rows(store, eid, "en")))}
    assert states == {"ig": "verified", "tt": "not_verified"}

    old = services.import_inventory(store, eid, _csv([header[:7], ["x", "x", "brand", "Andi",
                                                                   "yes", "no", "2"]]),
                                    "old.csv")
    assert old.ok and old.evidence == []  # a template without the columns imports as before


def test_evidence_columns_with_mistakes_reject_the_row_and_say_why(store):
    eid = services.create_engagement(store, "Intake").id
    header = ["asset_id", "platform", "handle", "two_factor", "recovery_contact",
              "Isian terverifikasi", "Bukti (catatan atau tautan)"]
    data = _csv([header,
                 ["a", "instagram", "a", "ya", "", "2FA, warna favorit", ""],
                 ["b", "instagram", "b", "ya", "", "", "lihat tangkapan layar"],
                 ["c", "instagram", "c", "ya", "", "recovery_contact", ""],
                 ["d", "instagram", "d", "ya", "", "2fa", ""]])
    result = services.import_inventory(store, eid, data, "intake.csv")
    assert [a.asset_id for a in result.assets] == ["d"]
    messages = [e.message("id") for e in result.errors]
    assert "'warna favorit' tidak menyebut isian" in messages[0]
    assert "sebutkan di 'Isian terverifikasi'" in messages[1]
    assert "'recovery_contact' masih kosong" in messages[2]


TWO_WRITERS = textwrap.dedent("""
    import sys
    from audit import services
    from audit.store import StoreBusy

    store = services.open_store(sys.argv[1])
    eid = store.find_engagement("Shared").id
    done = 0
    for i in range(int(sys.argv[3])):
        asset = f"a{i % 20:02d}"
        try:
            services.save_asset_evidence(store, eid, asset, sys.argv[2], verified=True,
                                         note=f"{sys.argv[2]} {i}")
        except StoreBusy as exc:
            print("BUSY", exc, file=sys.stderr)
            continue
        done = i
    print(done)
""")


@pytest.mark.timeout(240)
def test_two_processes_write_evidence_to_one_file(tmp_path):
    db = tmp_path / "shared.duckdb"
    store = services.open_store(db)
    eid = services.create_engagement(store, "Shared").id
    store.upsert_assets(eid, [Asset(f"a{i:02d}", "instagram", handle=f"a{i}", kind="social",
                                    two_factor="yes", shared_login="no")
                              for i in range(20)])
    writers = [subprocess.Popen([sys.executable, "-c", TWO_WRITERS, str(db), check, "40"],
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True) for check in ("gov.two_factor", "gov.shared_login")]
    outcomes = [(w, *w.communicate(timeout=200)) for w in writers]
    store = services.open_store(db)  # the file still opens: nothing corrupted
    stored = {(e.asset_id, e.check_id): e for e in store.list_asset_evidence(eid)}
    for (writer, out, err), check in zip(outcomes, ("gov.two_factor", "gov.shared_login"),
                                         strict=True):
        assert writer.returncode == 0, err
        if "BUSY" in err:
            assert "in use by another process" in err
        last = int(out.strip())
        # the last write each process reported as done is in the file, as written
        assert stored[(f"a{last % 20:02d}", check)].note == f"{check} {last}"
    assert len(stored) == 40 and all(e.verified for e in stored.values())
    audit(store, eid)
    assert services.build_report(store, eid).score.verified_share > 0


def test_a_small_verified_share_never_reads_as_none():
    assert [share_text(v) for v in (0.0, 0.003, 0.25, 0.996, 1.0)] == \
        ["0%", "0.3%", "25%", "99.6%", "100%"]
    assert share_text(0.003, "id") == "0,3%"
