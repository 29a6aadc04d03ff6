"""`--allow-host HOST` lifts the SSRF guard for the named hosts only (issue #10): a local
RDAP mirror or one intranet server no longer needs `--allow-private` for every target.
Two real local servers (127.0.0.1 and 127.0.0.2) and the real `siaga audit`."""

from __future__ import annotations

import json

import pytest
from pytest_httpserver import HTTPServer

from audit import services
from tests.test_cli import siaga, write_csv

PAGE = "<html><head><title>Intranet</title></head></html>"


@pytest.fixture
def second_loopback():
    server = HTTPServer(host="127.0.0.2", port=0)
    server.expect_request("/").respond_with_data(PAGE, content_type="text/html")
    server.start()
    yield server
    server.stop()


@pytest.mark.timeout(240)
def test_only_the_allowed_host_is_reached(tmp_path, httpserver, second_loopback):
    httpserver.expect_request("/").respond_with_data(PAGE, content_type="text/html")
    inventory = write_csv(tmp_path / "intranet.csv", [
        {"asset_id": "allowed", "platform": "website", "owner": "Rina",
         "url": f"http://127.0.0.1:{httpserver.port}/"},
        {"asset_id": "other", "platform": "website", "owner": "Rina",
         "url": f"http://127.0.0.2:{second_loopback.port}/"}])
    out = tmp_path / "results.json"
    done = siaga("audit", str(inventory), "--allow-host", "127.0.0.1", "--timeout", "5",
                 "--json", str(out), db=tmp_path / "s.duckdb")
    assert done.returncode == 0, done.stderr
    assert httpserver.log, "the allowed host was never reached"
    assert second_loopback.log == [], "a host that was not allowed was reached"
    results = {(a["asset_id"], r["check_id"]): r for a in json.loads(out.read_text())["assets"]
               for r in a["checks"]}
    assert results[("allowed", "web.reachable")]["status"] == "pass"
    assert results[("other", "web.reachable")]["status"] != "pass"


def test_allowed_hosts_are_read_from_a_list():
    assert services.allowed_hosts("Intranet.Local., [::1] 10.0.0.5;,") == frozenset(
        {"intranet.local", "::1", "10.0.0.5"})
    assert services.allowed_hosts("") == frozenset()
