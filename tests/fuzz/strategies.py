"""Shared fuzz settings and input generators.

SIAGA_FUZZ_EXAMPLES sets the examples per test: small in `make test`, 10,000 in `make fuzz`.
"""

from __future__ import annotations

import os
from datetime import date, datetime, time

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from audit.models import ASSET_COLUMNS
from audit.platforms import load_catalog

FUZZ = settings(max_examples=int(os.environ.get("SIAGA_FUZZ_EXAMPLES", 200)), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
                database=None)

# Every character class that has broken parsers somewhere: controls, bidi marks, BOM,
# NUL, surrogates excluded (they cannot be encoded), wide and combining characters.
NASTY = st.sampled_from(["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85",
                         "\u200b", "\u200e", "\u202e", "\ufeff", "\ufffd", "\r", "\n", "\t",
                         "é", "\u0301", "😀", "中", '"', "'", "<", ">", "&", ";", ",", "=",
                         "+", "-", "@", "%", "\\", "/", "?", "#", ":"])
TEXT = st.text(st.one_of(st.characters(exclude_categories=("Cs",)), NASTY), max_size=60)
HUGE = st.builds(lambda ch, n: ch * n, st.sampled_from(["a", "é", "=", "\u202e"]),
                 st.integers(1_000, 40_000))
FORMULA = st.builds(lambda body: "=" + body,
                    st.sampled_from(["SUM(A1:A9)", 'HYPERLINK("http://x","y")', "1+1",
                                     "cmd|' /C calc'!A0", "A1", "NOW()"]))
HOSTS = sorted({h for p in load_catalog().values() for h in p.hosts})
HEADER_NAMES = st.one_of(st.sampled_from([*ASSET_COLUMNS, "Pemilik akun", "2FA", "password",
                                          "Kata sandi", "", "url", "URL "]), TEXT)

CELL = st.one_of(
    st.none(), TEXT, HUGE, FORMULA, st.booleans(),
    st.integers(-(2**63), 2**63 - 1), st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 31)),
    st.times(), st.sampled_from(["yes", "no", "ya", "tidak", "unknown", "primary", "website",
                                 "instagram", "@brand", "https://instagram.com/brand",
                                 "12", "-3", "1e9", "2025-13-45", "31/12/2024"]),
)
_ = time  # st.times() yields datetime.time values: openpyxl must take them too

URL_LIKE = st.builds(
    lambda scheme, user, host, port, path, query: f"{scheme}{user}{host}{port}{path}{query}",
    st.sampled_from(["", "http://", "https://", "HTTPS://", "//", "ftp://", "javascript:",
                     "mailto:", "hxxp://", "http:/", "https:///"]),
    st.sampled_from(["", "user@", "a:b@", "@"]),
    st.one_of(st.sampled_from(HOSTS), TEXT, st.sampled_from(
        ["127.0.0.1", "[::1]", "0x7f.1", "017700000001", "xn--80ak6aa92e.com", "localhost",
         "www.instagram.com.evil.id", "instagram.com.", "ＩＮＳＴＡＧＲＡＭ.com"])),
    st.sampled_from(["", ":80", ":0", ":99999", ":abc", ":"]),
    st.one_of(st.builds(lambda parts: "/" + "/".join(parts), st.lists(TEXT, max_size=4)),
              st.sampled_from(["", "/", "//", "/@brand", "/profile.php?id=123", "/../.."])),
    st.sampled_from(["", "?", "?id=1&id=2", "#frag", "?utm_source=x#y"]),
)
