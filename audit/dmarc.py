"""DMARC records read the way a receiver reads them (RFC 7489 6.3, 6.4, 6.6.3). Pure.

The mail probe uses `is_dmarc1` to decide whether to look at the organisational
domain; checks/mail.py parses and judges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

POLICIES = frozenset({"none", "quarantine", "reject"})  # RFC 7489 6.3 p= and sp=
_PCT = re.compile(r"[0-9]{1,3}")  # RFC 7489 6.4: dmarc-percent = 1*3DIGIT, 0..100
_TAG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def is_dmarc1(text: str) -> bool:
    """RFC 7489 6.6.3: a record starts with the tag v=DMARC1 (exact value, no leading space)."""
    name, _, value = text.split(";", 1)[0].partition("=")
    return name.rstrip() == "v" and value.strip() == "DMARC1"


@dataclass(frozen=True)
class Record:
    tags: dict[str, str]  # names lower-cased, values stripped; first occurrence
    repeated: str = ""  # the first tag seen twice ("" if none): the record is invalid
    malformed: str = ""  # the first part that is not name=value


def parse(text: str) -> Record:
    """Tags of one v=DMARC1 record; repeats and malformed parts are reported, not hidden."""
    tags: dict[str, str] = {}
    repeated = malformed = ""
    for part in text.split(";"):
        if not part.strip():
            continue  # "p=reject;" and "; ;" are allowed separators
        name, sep, value = part.partition("=")
        name = name.strip().lower()
        if not sep or not _TAG_NAME.fullmatch(name):
            malformed = malformed or part.strip()
            continue
        if name in tags:
            repeated = repeated or name
            continue
        tags[name] = value.strip()
    return Record(tags, repeated, malformed)


def pct(record: Record) -> int:
    """pct as a receiver applies it: 100 when absent or not a number from 0 to 100 (6.3)."""
    value = record.tags.get("pct", "")
    return int(value) if _PCT.fullmatch(value) and int(value) <= 100 else 100
