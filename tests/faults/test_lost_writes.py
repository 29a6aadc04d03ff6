"""The inventory editor's Save and `siaga import` in two real processes: nothing is lost.

Issue #10: Save replaced the whole inventory with the editor's rows, so assets imported
while the editor was open were deleted (29 of 50), and both sides exited 0. Here a
stand-in for the app (a process that loads the editor rows, then saves its own edits
through the same services the page calls) and the real CLI write one file in a loop.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from audit import services
from tests.faults.helpers import ROOT, run_siaga, siaga_cmd

ENGAGEMENT = "PT Loop"
ROUNDS = 12
IMPORT_ROWS = 4

# Each line read is one round: load the editor rows, say so, wait for "save", then add a
# row and edit the row added the round before, exactly as the page would, and print the
# conflicts. With `free` it does not wait: the two writers race.
APP = textwrap.dedent("""
    import json, sys
    from audit import app_support, services

    store = services.open_store(sys.argv[1])
    eid = store.find_engagement(sys.argv[2]).id
    free = sys.argv[3] == "free"
    for i in range(int(sys.argv[4])):
        if not free:
            sys.stdin.readline()
        records = app_support.rows_frame(app_support.asset_rows(store.list_assets(eid)))
        loaded = app_support.editor_rows(records.to_dict("records"))
        if not free:
            print("loaded", flush=True)
            sys.stdin.readline()
        rows = [dict(r) for r in loaded]
        for row in rows:
            if row["asset_id"] == f"app{i - 1:03d}":
                row["notes"] = f"edited by the app in round {i}"
        rows.append({"asset_id": f"app{i:03d}", "platform": "website",
                     "url": f"https://app{i}.example.co.id/", "owner": "Siti Rahma"})
        result = services.save_inventory(store, eid, rows, loaded)
        print(json.dumps([[e.code, e.values.get("asset_id")] for e in result.errors]),
              flush=True)
""")


def _inventory(path: Path, round_: int, touch_app_row: bool) -> Path:
    """Import file of one round: new assets, and sometimes the app's latest row changed."""
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["asset_id", "platform", "url", "owner", "notes"])
        for k in range(IMPORT_ROWS):
            out.writerow([f"imp{round_:03d}-{k}", "website",
                          f"https://imp{round_}-{k}.contoh.co.id/", "Dewi", ""])
        if touch_app_row:
            out.writerow([f"app{round_ - 1:03d}", "website",
                          f"https://app{round_ - 1}.example.co.id/", "Dewi", "from the import"])
    return path


@pytest.mark.timeout(300)
def test_save_and_import_take_turns_without_losing_a_write(tmp_path):
    db = tmp_path / "shared.duckdb"
    store = services.open_store(db)
    services.create_engagement(store, ENGAGEMENT)
    del store
    app = subprocess.Popen([sys.executable, "-c", APP, str(db), ENGAGEMENT, "turns",
                            str(ROUNDS)], cwd=ROOT, stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    conflicts = {}
    try:
        for i in range(ROUNDS):
            app.stdin.write("load\n")
            app.stdin.flush()
            assert app.stdout.readline().strip() == "loaded", app.stderr.read()
            touch = i > 0 and i % 3 == 0
            done = run_siaga("import", str(_inventory(tmp_path / f"r{i}.csv", i, touch)),
                             "--engagement", ENGAGEMENT, "--db", str(db))
            assert done.returncode == 0, done.stderr
            app.stdin.write("save\n")
            app.stdin.flush()
            conflicts[i] = json.loads(app.stdout.readline())
    finally:
        app.stdin.close()
        app.wait(60)
    assert app.returncode == 0, app.stderr.read()

    store = services.open_store(db)
    saved = {a.asset_id: a for a in store.list_assets(store.find_engagement(ENGAGEMENT).id)}
    imported = {f"imp{i:03d}-{k}" for i in range(ROUNDS) for k in range(IMPORT_ROWS)}
    added = {f"app{i:03d}" for i in range(ROUNDS)}
    lost = (imported | added) - saved.keys()
    assert lost == set(), f"{len(lost)} writes lost: {sorted(lost)}"
    for i, seen in conflicts.items():
        touched = i > 0 and i % 3 == 0
        # the row the import changed meanwhile is a conflict naming it, and keeps the
        # import's version; every other edit of the app is saved
        assert seen == ([["inventory.conflict_changed", f"app{i - 1:03d}"]] if touched
                        else []), i
        if i > 0:
            expected = "from the import" if touched else f"edited by the app in round {i}"
            assert saved[f"app{i - 1:03d}"].notes == expected


@pytest.mark.timeout(300)
def test_racing_save_and_import_lose_nothing(tmp_path):
    """No pacing: the app saves in a loop while imports run; count the lost writes."""
    db = tmp_path / "shared.duckdb"
    store = services.open_store(db)
    services.create_engagement(store, ENGAGEMENT)
    del store
    files = [_inventory(tmp_path / f"r{i}.csv", i, False) for i in range(ROUNDS)]
    app = subprocess.Popen([sys.executable, "-c", APP, str(db), ENGAGEMENT, "free",
                            str(ROUNDS * 2)], cwd=ROOT, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    imports = []
    for i, path in enumerate(files):
        imports.append((i, subprocess.run(
            siaga_cmd("import", str(path), "--engagement", ENGAGEMENT, "--db", str(db)),
            cwd=ROOT, capture_output=True, text=True, timeout=120)))
    out, err = app.communicate(timeout=200)
    assert app.returncode == 0, err
    store = services.open_store(db)
    saved = {a.asset_id for a in store.list_assets(store.find_engagement(ENGAGEMENT).id)}
    expected = {f"imp{i:03d}-{k}" for i, done in imports if done.returncode == 0
                for k in range(IMPORT_ROWS)}
    expected |= {f"app{i:03d}" for i, line in enumerate(out.splitlines())
                 if ["inventory.conflict_exists", f"app{i:03d}"] not in json.loads(line)}
    assert len(expected) > ROUNDS  # the writers really wrote
    lost = expected - saved
    assert lost == set(), f"{len(lost)} writes lost: {sorted(lost)}"
