"""Work and storage bounded by the timeout and the cap (issue #10): a gzip-bomb page was
stored twice per website (22.9 MB of JSON), and a <title> of 490,000 `x<b>` cost 12 s of
CPU in the title parser. A real run against a local server, a real DuckDB file."""

from __future__ import annotations

import gzip
import json

import pytest
from werkzeug import Response

from audit import services
from audit.store import EVIDENCE_MAX_BYTES
from checks.web import TITLE_MAX_CHARS, _parse

pytestmark = pytest.mark.timeout(120)

HOSTILE_TITLE = "<html><head><title>" + "x<b>" * 490_000 + "</title></head></html>"


def test_a_huge_title_is_parsed_within_its_cap():
    page = _parse(HOSTILE_TITLE + '<meta property="og:title" content="Brand">')
    assert 0 < len(page.title) <= TITLE_MAX_CHARS
    assert page.meta.get("og:title") == "Brand"  # the rest of the page is still read


def test_a_gzip_bomb_page_is_stored_once_and_capped(tmp_path, httpserver):
    bomb = gzip.compress(b"<html><title>Bomb</title>" + b"A" * 1_900_000 + b"</html>")
    httpserver.expect_request("/").respond_with_handler(lambda request: Response(
        bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}))
    store = services.open_store(tmp_path / "s.duckdb")
    eid = services.create_engagement(store, "PT Bomb").id
    services.save_inventory(store, eid, [{"asset_id": "bomb", "platform": "website",
                                         "url": f"http://127.0.0.1:{httpserver.port}/"}])
    state = services.run_audit(store, eid, services.ProbeSettings(allow_private=True,
                                                                  timeout_s=10),
                               concurrency=1)
    rows = store.query("SELECT check_id, evidence FROM results WHERE run_id = ? "
                       "AND asset_id = 'bomb'", [state.run_id])
    sizes = {r["check_id"]: len(r["evidence"].encode()) for r in rows}
    assert max(sizes.values()) <= EVIDENCE_MAX_BYTES, sizes
    assert sum(sizes.values()) < 4 * EVIDENCE_MAX_BYTES, sizes
    evidence = {r["check_id"]: json.loads(r["evidence"]) for r in rows}
    reachable = evidence["web.reachable"]
    assert reachable["_cap"]["capped"].startswith("evidence cut to 64 KB of")
    assert reachable["main"]["html"].startswith("<html><title>Bomb</title>AAAA")
    # the same body, fetched again for the http:// entry, points to the one stored copy
    again = json.dumps(evidence["web.https_redirect"])
    assert '"same_as": "web.reachable: main.html"' in again
