"""Found lookalike domains as rows: what each serves and the consultant's mark."""

from __future__ import annotations

from dataclasses import dataclass

from audit.models import Result

CHECK_ID = "presence.lookalike_domains"


@dataclass(frozen=True)
class LookalikeRow:
    domain: str
    base: str  # the main domain it imitates
    fuzzer: str  # dnstwist's name for the permutation (omission, homoglyph, ...)
    addresses: tuple[str, ...]
    mail_hosts: tuple[str, ...]
    mark: str  # open / own / handled
    note: str = ""

    @property
    def serves(self) -> tuple[str, ...]:
        """"website" and/or "mail": what an impostor could do with it today."""
        return tuple(label for label, present in (("website", self.addresses),
                                                  ("mail", self.mail_hosts)) if present)


def lookalike_rows(results: list[Result], marks: dict[str, str],
                   notes: dict[str, str]) -> list[LookalikeRow]:
    """The lookalikes the run found, open ones serving something first, then by name."""
    result = next((r for r in results if r.check_id == CHECK_ID), None)
    found = (result.evidence.get("found") if result else None) or []
    rows = [LookalikeRow(domain=str(e.get("domain", "")), base=str(e.get("base", "")),
                         fuzzer=str(e.get("fuzzer", "")),
                         addresses=tuple(e.get("a") or ()), mail_hosts=tuple(e.get("mx") or ()),
                         mark=marks.get(str(e.get("domain", "")), "open"),
                         note=notes.get(str(e.get("domain", "")), ""))
            for e in found if isinstance(e, dict) and e.get("domain")]
    return sorted(rows, key=lambda r: (r.mark != "open", not r.serves, r.domain))
