"""The app and the CLI writing one database at once: both succeed or one says it is busy.

DuckDB lets one process at a time hold the file (FIELD-NOTES); the store takes turns
with short connections and a bounded wait. Here a stand-in for the app (a process
saving assets one by one, as the inventory editor does) and `siaga import` run
together, and every write each of them reports as done must be in the file.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from audit import services
from tests.faults.helpers import ROOT, siaga_cmd, write_inventory

APP_WRITES = 60
IMPORT_ROWS = 300
IMPORTS = 3

APP = textwrap.dedent("""
    import sys
    from audit import services
    from audit.models import Asset
    from audit.store import StoreBusy

    store = services.open_store(sys.argv[1])
    engagement = store.find_engagement("App")
    saved = 0
    for i in range(int(sys.argv[2])):
        asset = Asset(asset_id=f"app{i:03d}", platform="website", kind="website",
                      url=f"https://app{i}.example.co.id/", owner="Siti Rahma")
        try:
            store.upsert_assets(engagement.id, [asset])
        except StoreBusy as exc:
            print("BUSY", exc, file=sys.stderr)
            continue
        saved += 1
    print(saved)
""")


@pytest.mark.timeout(240)
def test_app_and_cli_write_one_database_together(tmp_path):
    db = tmp_path / "shared.duckdb"
    store = services.open_store(db)
    services.create_engagement(store, "App")
    inventory = write_inventory(tmp_path / "inventory.csv",
                                [f"https://site{i}.contoh.co.id/" for i in range(IMPORT_ROWS)])

    app = subprocess.Popen([sys.executable, "-c", APP, str(db), str(APP_WRITES)], cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    imports = [subprocess.Popen(
        siaga_cmd("import", str(inventory), "--engagement", f"CLI {n}", "--db", str(db)),
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n in range(IMPORTS)]
    app_out, app_err = app.communicate(timeout=200)
    outcomes = [(p, *p.communicate(timeout=200)) for p in imports]

    assert app.returncode == 0, app_err
    saved = int(app_out.strip())
    if saved < APP_WRITES:  # a wait that ran out must say why
        assert "in use by another process" in app_err, app_err

    store = services.open_store(db)  # the file still opens: nothing corrupted
    app_assets = store.list_assets(store.find_engagement("App").id)
    assert len(app_assets) == saved, "a save the app reported as done is missing"
    for n, (proc, out, err) in enumerate(outcomes):
        engagement = store.find_engagement(f"CLI {n}")
        if proc.returncode == 0:
            assert engagement is not None, out
            assert len(store.list_assets(engagement.id)) == IMPORT_ROWS, \
                "an import that reported success lost rows"
        else:
            assert "in use by another process" in err, err
    assert saved + sum(p.returncode == 0 for p, _, _ in outcomes) > 0
