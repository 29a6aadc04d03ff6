"""`siaga canary` against a local server at the platforms' real host names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from platform_server import Answer, PlatformServer

from audit import canary, services
from audit.platforms import get

pytestmark = pytest.mark.timeout(60)

IG_PAGE = '<meta content="9 Posts - See Instagram photos and videos from Cristiano">'
X_API = "https://api.x.com/i/users/username_available.json"
TAKEN = '{"valid":false,"reason":"taken"}'


@pytest.fixture(scope="module")
def server(ca) -> Iterator[PlatformServer]:
    served = PlatformServer(ca)
    served.serve([
        ("https://www.instagram.com/cristiano/", Answer(body=IG_PAGE)),
        ("https://www.instagram.com/noonewouldeverusethis77777/",
         Answer(body='<script>{"routePath":null}</script>')),
        # X decayed: the API says "taken" for every name, also the one nobody uses
        (X_API, Answer(body=TAKEN, content_type="application/json")),
        # TikTok only serves its bot challenge from here
        ("https://www.tiktok.com/oembed", Answer(body="<!-- SlardarWAF -->")),
    ])
    yield served
    served.close()


def rows(server: PlatformServer, ca_file: str, platform: str) -> list[services.CanaryRow]:
    return services.run_canary(server.settings(ca_file), platform)


def test_a_rule_that_still_holds(server, ca_file) -> None:
    found = rows(server, ca_file, "instagram")
    assert [(r.handle, r.status, r.holds) for r in found] == [
        ("cristiano", "pass", True), ("noonewouldeverusethis77777", "fail", True)]
    assert {r.platform_state for r in found} == {"holds"}


def test_a_decayed_rule_is_broken_when_a_missing_account_reads_as_present(server,
                                                                          ca_file) -> None:
    found = rows(server, ca_file, "x")
    assert [(r.expect, r.status, r.holds) for r in found] == [
        ("exists", "pass", True), ("missing", "pass", False)]
    assert {r.platform_state for r in found} == {"broken"}


def test_a_challenge_leaves_the_rule_unverified(server, ca_file) -> None:
    found = rows(server, ca_file, "tiktok")
    assert {(r.status, r.reason) for r in found} == {
        ("unknown", "social.profile_exists.challenge")}
    assert {r.platform_state for r in found} == {"unverified"}
    assert "bot challenge" in found[0].detail


def test_rows_are_in_the_language_asked_for(server, ca_file) -> None:
    found = services.run_canary(server.settings(ca_file), "tiktok", "id")
    assert "tantangan anti-bot" in found[0].detail


def test_every_known_account_fits_its_platform_and_every_rule_that_can_prove_is_covered():
    accounts = canary.load_accounts()
    covered = {a.platform for a in accounts}
    provable = {pid for pid in covered if get(pid).profile_rules[0].proves_existence}
    assert {"instagram", "facebook", "x", "tiktok", "youtube", "telegram", "threads", "line",
            "play_store", "app_store"} <= provable
    for pid in provable - {"threads"}:  # Threads never fails, so only its exists side
        assert {a.expect for a in accounts if a.platform == pid} >= {"exists"}, pid


def test_a_malformed_entry_is_refused(tmp_path) -> None:
    path = tmp_path / "canary.json"
    path.write_text('{"accounts": [{"platform": "x", "handle": "has space", "expect": "exists",'
                    ' "source": "s"}]}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a X"):
        canary.load_accounts(path)
