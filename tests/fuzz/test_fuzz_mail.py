"""Fuzz the SPF walk and the DMARC parser with records built from their own grammar's pieces.

Whatever a zone holds (the records are the audited domain's, i.e. untrusted), the checks
return a well-formed outcome and the walk stays inside its lookup cap.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from audit import spf
from audit.models import STATUSES, Asset
from checks.base import Context
from checks.registry import BY_ID
from tests.fuzz.strategies import FUZZ, HUGE, TEXT

ASSET = Asset(asset_id="mail", platform="email", kind="email", handle="contoh.co.id")
CTX = Context(today=date(2026, 6, 1))
NAMES = ["contoh.co.id", "a.contoh.co.id", "b.contoh.co.id", "x.test", "%{d}", "%{i}.x.test",
         "%{l}.contoh.co.id", "%{ir}.%{v}._spf.x.test", ""]
SPF_TERM = st.one_of(
    st.builds(lambda q, m, n, c: f"{q}{m}{n}{c}",
              st.sampled_from(["", "+", "-", "~", "?", "!"]),
              st.sampled_from(["all", "include", "a", "mx", "ptr", "exists", "ip4", "ip6",
                               "redirect=", "exp=", "INCLUDE", "inculde", "A"]),
              st.sampled_from(["", ":"]).flatmap(
                  lambda sep: st.sampled_from(NAMES + ["192.0.2.1", "2001:db8::1", "1.2.3"])
                  .map(lambda n: sep + n)),
              st.sampled_from(["", "/24", "//64", "/24//64", "/33", "/0", "/", "//"])),
    TEXT)
SPF_RECORD = st.one_of(
    st.lists(SPF_TERM, max_size=12).map(lambda ts: " ".join(["v=spf1", *ts])), TEXT, HUGE)
ANSWER = st.one_of(st.lists(SPF_RECORD, max_size=2), st.just("NXDOMAIN"),
                   st.just({"error": "timed out"}), st.lists(st.just("192.0.2.1"), max_size=1),
                   st.lists(st.just("10 mx.x.test"), max_size=11))
ZONE = st.dictionaries(
    st.builds(lambda t, n: f"{t} {n}", st.sampled_from(["TXT", "A", "AAAA", "MX"]),
              st.sampled_from([n for n in NAMES if n and "%" not in n])), ANSWER, max_size=12)
DMARC_TAG = st.builds(lambda n, v: f"{n}={v}",
                      st.sampled_from(["p", "sp", "pct", "rua", "v", "P", "fo", "", " p "]),
                      st.one_of(st.sampled_from(["reject", "none", "quarantine", "100", "0",
                                                 "-1", "DMARC1", ""]), TEXT))
DMARC_RECORD = st.one_of(
    st.lists(DMARC_TAG, max_size=8).map(lambda ts: "; ".join(["v=DMARC1", *ts])), TEXT, HUGE)


def judge(check_id: str, mail: dict) -> None:
    outcome = BY_ID[check_id].evaluate({"mail": mail}, ASSET, CTX)
    assert outcome.status in STATUSES
    BY_ID[check_id].render(outcome.reason, outcome.values, "id")


@FUZZ
@given(top=SPF_RECORD, zone=ZONE)
def test_spf_check_survives_any_tree(top, zone) -> None:
    mail = {"domain": "contoh.co.id", "mx": [], "spf": [top], "dmarc": [], "errors": {},
            "dns": {"TXT contoh.co.id": [top], **zone}}
    judge("mail.spf", mail)
    found = spf.evaluate(spf.replay(mail["dns"]), "contoh.co.id")
    assert found.lookups <= spf.AUDIT_LOOKUP_CAP


@FUZZ
@given(records=st.lists(DMARC_RECORD, max_size=3), zone=ZONE)
def test_dmarc_and_mx_checks_survive_any_record(records, zone) -> None:
    mail = {"domain": "contoh.co.id", "mx": [{"preference": 10, "exchange": "x.test"}],
            "spf": [], "dmarc": records, "errors": {}, "dns": zone}
    judge("mail.dmarc", mail)
    judge("mail.mx", mail)
