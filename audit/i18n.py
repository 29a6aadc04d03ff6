"""Every user-facing UI/CLI/workbook string, in English and Bahasa Indonesia.

Check titles, reasons and remediation live in their check spec; everything else
lives here under a dotted key, each entry holding both languages side by side so
a reviewer reads them together. `t()` renders either; a test asserts both
languages exist with the same placeholders for every key.

Indonesian is written as an Indonesian consultant would say it, not translated
word by word.
"""

from __future__ import annotations

from typing import Any

LANGUAGES = ("en", "id")

STRINGS: dict[str, dict[str, str]] = {
    # -- common ------------------------------------------------------------
    "lang.en": {"en": "English", "id": "English"},
    "lang.id": {"en": "Bahasa Indonesia", "id": "Bahasa Indonesia"},
    "status.pass": {"en": "Pass", "id": "Lulus"},
    "status.warn": {"en": "Warning", "id": "Peringatan"},
    "status.fail": {"en": "Fail", "id": "Gagal"},
    "status.unknown": {"en": "Unknown", "id": "Belum diketahui"},
    "status.error": {"en": "Error", "id": "Galat"},
    "status.not_applicable": {"en": "Not applicable", "id": "Tidak berlaku"},
    "band.vulnerable": {"en": "Vulnerable", "id": "Rentan"},
    "band.developing": {"en": "Developing", "id": "Berkembang"},
    "band.prepared": {"en": "Prepared", "id": "Siap"},
    "band.resilient": {"en": "Resilient", "id": "Tangguh"},
    "dimension.governance": {"en": "Governance", "id": "Tata kelola"},
    "dimension.access": {"en": "Access security", "id": "Keamanan akses"},
    "dimension.technical": {"en": "Technical health", "id": "Kesehatan teknis"},
    "dimension.presence": {"en": "Brand presence", "id": "Kehadiran merek"},
    "dimension.crisis": {"en": "Crisis preparedness", "id": "Kesiapan krisis"},
    "severity.critical": {"en": "Critical", "id": "Kritis"},
    "severity.high": {"en": "High", "id": "Tinggi"},
    "severity.medium": {"en": "Medium", "id": "Sedang"},
    "severity.low": {"en": "Low", "id": "Rendah"},
    "answer.yes": {"en": "Yes", "id": "Ya"},
    "answer.partial": {"en": "Partly", "id": "Sebagian"},
    "answer.no": {"en": "No", "id": "Tidak"},
    "answer.unknown": {"en": "Don't know", "id": "Tidak tahu"},
    "kind.social": {"en": "Social account", "id": "Akun media sosial"},
    "kind.website": {"en": "Website", "id": "Situs web"},
    "kind.email": {"en": "Email domain", "id": "Domain email"},
    "kind.messaging": {"en": "Messaging channel", "id": "Kanal pesan"},
    "kind.listing": {"en": "Store / marketplace listing", "id": "Toko / lapak marketplace"},
    "finding_state.open": {"en": "Open", "id": "Terbuka"},
    "finding_state.accepted": {"en": "Accepted risk", "id": "Risiko diterima"},
    "finding_state.fixed": {"en": "Fixed", "id": "Sudah diperbaiki"},
    "org.asset": {"en": "Organisation", "id": "Organisasi"},
    # -- cli ---------------------------------------------------------------
    # -- app ---------------------------------------------------------------
    # -- workbook ------------------------------------------------------------
}


def t(key: str, lang: str = "en", **values: Any) -> str:
    """Render one string; unknown keys come back as the key so a gap is visible, not fatal."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text
