"""The app is private by default (issue #10): `make run` listened on every interface with
no login. Now the server binds 127.0.0.1 unless told otherwise, and when told otherwise
without a login, every page says so (tests/app/test_privacy.py)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.e2e.test_browser import ROOT, streamlit_server


def _listening(port: int) -> set[str]:
    """Local addresses (hex, as the kernel writes them) of sockets listening on `port`."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, _, hex_port = local.partition(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


@pytest.mark.timeout(120)
def test_the_server_listens_on_loopback_only(tmp_path):
    with streamlit_server(tmp_path, {"SIAGA_DB": str(tmp_path / "s.duckdb")}) as url:
        addresses = _listening(int(url.rsplit(":", 1)[1]))
    # 127.0.0.1 in /proc/net/tcp's little-endian hex; never 00000000 (every interface)
    assert addresses == {"0100007F"}, addresses


def test_make_run_binds_loopback_unless_asked():
    dry = subprocess.run(["make", "-n", "run"], cwd=ROOT, capture_output=True, text=True)
    assert "--server.address 127.0.0.1" in dry.stdout, dry.stdout
    wide = subprocess.run(["make", "-n", "run", "ADDRESS=0.0.0.0"], cwd=ROOT,
                          capture_output=True, text=True)
    assert "--server.address 0.0.0.0" in wide.stdout, wide.stdout
