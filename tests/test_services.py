"""Use cases over a real DuckDB file: the guarantees the CLI and the app both rely on."""

from __future__ import annotations

import threading

import pytest
from werkzeug import Response

from audit import app_support, services
from audit.demo import DEMO_NAME, demo_facts
from audit.models import Asset
from audit.runner import Runner


@pytest.fixture
def store(tmp_path):
    return services.open_store(tmp_path / "s.duckdb")


def rerun_demo(store, engagement_id: int) -> int:
    replay = Runner(store, services.ProbeSettings(),
                    gather_facts=lambda asset, *_, **__: demo_facts(asset))
    return replay.run(store.get_engagement(engagement_id)).run_id


def test_demo_loads_once_with_an_intake_run_and_a_current_run(store):
    first = services.load_demo(store)
    again = services.load_demo(store)
    assert first.id == again.id and [e.name for e in store.list_engagements()] == [DEMO_NAME]
    runs = store.list_runs(first.id)
    assert [r.status for r in runs] == ["completed", "completed"]
    assert (runs[1].started - runs[0].started).days == 90
    report = services.build_report(store, first.id)
    assert report.previous_run.id == runs[0].id
    assert ("web-main", "web.hsts") in report.changes.fixed


def test_finding_state_and_note_survive_a_reaudit(store):
    demo = services.load_demo(store).id
    finding = services.build_report(store, demo).findings[0]
    services.set_finding_state(store, demo, finding.asset_id, finding.check_id, "accepted",
                               "Owner accepts until the Q1 migration")
    rerun_demo(store, demo)
    again = next(f for f in services.build_report(store, demo).findings
                 if (f.asset_id, f.check_id) == (finding.asset_id, finding.check_id))
    assert (again.state, again.note) == ("accepted", "Owner accepts until the Q1 migration")
    with pytest.raises(ValueError):
        services.set_finding_state(store, demo, "x", "gov.owner", "ignored")


def _editor(store, eid):
    """What the inventory editor loads: rows remembering their versions, and those versions."""
    rows = app_support.editor_rows(app_support.rows_frame(
        app_support.asset_rows(store.list_assets(eid))).to_dict("records"))
    return rows, [dict(r) for r in rows]


def test_saving_the_editor_keeps_the_saved_version_of_a_broken_row(store):
    eid = services.create_engagement(store, "PT A").id
    rows = [{"asset_id": "ig", "platform": "instagram", "handle": "brand", "owner": "Rina"},
            {"asset_id": "fb", "platform": "facebook", "handle": "brand", "owner": "Andi"}]
    assert services.save_inventory(store, eid, rows).ok
    rows, loaded = _editor(store, eid)
    rows[0]["owner"] = "Maya"  # a valid edit
    rows[1]["last_post"] = "31/02/2026"  # an impossible date on the other row
    result = services.save_inventory(store, eid, rows, loaded)
    assert [(e.row, e.column) for e in result.errors] == [(3, "last_post")]
    saved = {a.asset_id: a for a in store.list_assets(eid)}
    assert saved["ig"].owner == "Maya"  # valid rows saved
    assert saved["fb"].owner == "Andi" and saved["fb"].last_post is None  # old version kept


def test_saving_untouched_rows_writes_nothing(store):
    """An untouched row is no change, even where the editor shows a value differently."""
    demo = services.load_demo(store).id
    rows, loaded = _editor(store, demo)
    first = store.list_assets(demo)[0]
    first.owner = "Changed elsewhere"
    store.upsert_assets(demo, [first])
    result = services.save_inventory(store, demo, rows, loaded)
    assert result.ok
    assert store.list_assets(demo)[0].owner == "Changed elsewhere"
    assert len(store.list_assets(demo)) == len(rows)


def test_save_leaves_assets_added_elsewhere_and_names_a_conflict(store):
    eid = services.create_engagement(store, "PT A").id
    services.save_inventory(store, eid, [
        {"asset_id": "ig", "platform": "instagram", "handle": "brand", "owner": "Rina"},
        {"asset_id": "fb", "platform": "facebook", "handle": "brand", "owner": "Andi"},
        {"asset_id": "x", "platform": "x", "handle": "brand", "owner": "Andi"}])
    rows, loaded = _editor(store, eid)
    # meanwhile another process imports a new asset and changes fb
    store.upsert_assets(eid, [Asset("tt", "tiktok", handle="brand", kind="social"),
                              Asset("fb", "facebook", handle="brand", owner="Dewi",
                                    kind="social")])
    rows[0]["owner"] = "Maya"
    rows[1]["owner"] = "Budi"  # fb: changed elsewhere since it was loaded
    del rows[2]  # x: deleted by the user
    result = services.save_inventory(store, eid, rows, loaded)
    saved = {a.asset_id: a for a in store.list_assets(eid)}
    assert sorted(saved) == ["fb", "ig", "tt"]  # tt is kept, x is gone
    assert saved["ig"].owner == "Maya" and saved["fb"].owner == "Dewi"
    assert [(e.row, e.code) for e in result.errors] == [(3, "inventory.conflict_changed")]
    assert "'fb'" in result.errors[0].message("en")
    # the kept draft saves again against the versions now stored: ig is not a conflict
    again = services.save_inventory(store, eid, result.rows, result.loaded)
    assert [e.code for e in again.errors] == ["inventory.conflict_changed"]


def test_deleting_a_row_changed_elsewhere_is_refused(store):
    eid = services.create_engagement(store, "PT A").id
    services.save_inventory(store, eid, [
        {"asset_id": "ig", "platform": "instagram", "handle": "brand", "owner": "Rina"}])
    rows, loaded = _editor(store, eid)
    store.upsert_assets(eid, [Asset("ig", "instagram", handle="brand", owner="Dewi",
                                    kind="social")])
    result = services.save_inventory(store, eid, [], loaded)
    assert [(e.row, e.code) for e in result.errors] == [(0, "inventory.conflict_not_deleted")]
    assert [a.owner for a in store.list_assets(eid)] == ["Dewi"]


def test_a_new_row_with_an_id_taken_meanwhile_is_a_conflict(store):
    eid = services.create_engagement(store, "PT A").id
    rows, loaded = _editor(store, eid)
    store.upsert_assets(eid, [Asset("ig", "instagram", handle="other", kind="social")])
    rows.append({"asset_id": "ig", "platform": "instagram", "handle": "brand"})
    result = services.save_inventory(store, eid, rows, loaded)
    assert [(e.row, e.code) for e in result.errors] == [(2, "inventory.conflict_exists")]
    assert [a.handle for a in store.list_assets(eid)] == ["other"]


def test_a_live_run_cannot_be_started_twice(store, httpserver):
    release = threading.Event()

    def slow(request):
        release.wait(10)
        return Response("<html><title>x</title></html>", content_type="text/html")

    httpserver.expect_request("/").respond_with_handler(slow)
    eid = services.create_engagement(store, "PT Slow").id
    services.save_inventory(store, eid, [{"asset_id": "site", "platform": "website",
                                         "url": httpserver.url_for("/").replace("localhost",
                                                                                "127.0.0.1")}])
    settings = services.ProbeSettings(allow_private=True, timeout_s=15)
    state = services.start_audit(store, eid, settings, concurrency=2)
    try:
        with pytest.raises(services.StoreError, match="already in progress"):
            services.start_audit(store, eid, settings, concurrency=2)
    finally:
        release.set()
    for _ in range(200):
        if state.status != "running":
            break
        threading.Event().wait(0.1)
    assert state.status == "completed"
    assert store.get_run(state.run_id).status == "completed"


class _NotingStore(services.Store):
    """A real store that notes what the live run state said when asked to store the end."""

    live: list = []
    said_at_finish: list[str] = []

    def finish_run(self, run_id, status, *args, **kwargs):
        self.said_at_finish.append(self.live[0].status)
        super().finish_run(run_id, status, *args, **kwargs)
        self.said_at_finish.append(self.live[0].status)


def test_a_run_is_seen_to_end_only_after_its_end_is_stored(tmp_path):
    store = _NotingStore(tmp_path / "s.duckdb")
    store.live, store.said_at_finish = [], []
    store.migrate()
    eid = services.create_engagement(store, "PT Noted").id
    state = Runner(store, services.ProbeSettings()).run(store.get_engagement(eid),
                                                         on_start=store.live.append)
    assert store.said_at_finish == ["running", "running"]  # the end was not yet published
    assert (state.status, store.get_run(state.run_id).status) == ("completed", "completed")


def test_demo_summary_top_ten_is_grouped_by_check(store, tmp_path):
    from openpyxl import load_workbook

    from audit.i18n import t

    demo = services.load_demo(store).id
    report = services.build_report(store, demo)
    assert len(report.groups) == len({f.check_id for f in report.findings})
    assert sum(g.count for g in report.groups) == len(report.findings)
    services.export_workbook(store, demo, tmp_path / "demo.xlsx", lang="en")
    ws = load_workbook(tmp_path / "demo.xlsx")[t("workbook.sheet.summary", "en")]
    rows = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    start = next(i for i, r in enumerate(rows) if r[0] == t("workbook.summary.top_findings"))
    top = [r[0] for r in rows[start + 2:start + 12]]
    assert len(top) == 10 and all(top)
    assert max(top.count(title) for title in top) <= 2
    # a group over several assets says how many, in one line
    assert any(r[2] and "assets:" in r[2] for r in rows[start + 2:start + 12])


def test_two_of_eleven_answers_leave_the_crisis_score_provisional(store):
    from audit.models import Answer

    eid = services.create_engagement(store, "Fresh client").id
    store.upsert_assets(eid, demo_assets_for_fresh())
    services.save_answers(store, eid, [Answer("crisis.playbook", "yes"),
                                       Answer("crisis.escalation", "no"),
                                       Answer("crisis.training", "", note="ask HR")])
    Runner(store, services.ProbeSettings(),
           gather_facts=lambda asset, *_, **__: demo_facts(asset)).run(store.get_engagement(eid))
    scored = services.export_json(store, eid)["score"]
    crisis = scored["dimensions"]["crisis"]
    assert crisis["coverage"] <= 0.3 and crisis["score"] == 50.0  # 5 of 10, nine left out
    assert scored["provisional"] is True and scored["unanswered_questions"] == 9
    # "don't know" is an answer, and it scores 0
    services.save_answers(store, eid, [Answer("crisis.training", "unknown")])
    Runner(store, services.ProbeSettings(),
           gather_facts=lambda asset, *_, **__: demo_facts(asset)).run(store.get_engagement(eid))
    crisis = services.export_json(store, eid)["score"]["dimensions"]["crisis"]
    assert crisis["score"] == round(100 * 5 / 13, 1)


def demo_assets_for_fresh():
    from audit.demo import demo_assets

    return [a for a in demo_assets() if a.asset_id == "web-main"]


def test_verifying_one_answer_moves_the_verified_share(store):
    from audit.models import Answer

    demo = services.load_demo(store).id
    before = services.build_report(store, demo).score.verified_share
    services.save_answers(store, demo, [Answer("crisis.escalation", "no", verified=True)])
    after = services.build_report(store, demo).score.verified_share
    assert after > before


def test_assignee_and_due_date_survive_a_reaudit_and_overdue_is_marked(store):
    from datetime import date

    from audit import app_support

    demo = services.load_demo(store).id
    finding = services.build_report(store, demo).findings[0]
    key = (finding.asset_id, finding.check_id)
    services.set_finding_plan(store, demo, *key, " Budi Santoso ", date(2026, 1, 31))
    services.set_finding_state(store, demo, *key, "accepted", "until Q1")  # keeps the plan
    rerun_demo(store, demo)
    report = services.build_report(store, demo)
    again = next(f for f in report.findings if (f.asset_id, f.check_id) == key)
    assert (again.assignee, again.due, again.state, again.note) == \
        ("Budi Santoso", date(2026, 1, 31), "accepted", "until Q1")
    rows = {(r["asset_id"], r["check_id"]): r
            for r in app_support.finding_rows(report, "en", today=date(2026, 2, 1))}
    assert rows[key]["due"] == "⚠ overdue (2026-01-31)"
    on_time = app_support.finding_rows(report, "en", today=date(2026, 1, 31))
    assert next(r for r in on_time if (r["asset_id"], r["check_id"]) == key)["due"] == \
        "2026-01-31"
    services.set_finding_state(store, demo, *key, "fixed")
    fixed = app_support.finding_rows(services.build_report(store, demo), "en",
                                     today=date(2026, 2, 1))
    assert next(r for r in fixed if (r["asset_id"], r["check_id"]) == key)["due"] == \
        "2026-01-31"  # a fixed finding is not overdue


def test_a_report_from_the_results_the_run_held_is_the_report_from_the_store(store):
    eid = services.load_demo(store).id
    replay = Runner(store, services.ProbeSettings(),
                    gather_facts=lambda asset, *_, **__: demo_facts(asset))
    state = replay.run(store.get_engagement(eid), keep_results=True)
    assert state.results and len(state.results) == len(store.list_results(state.run_id))
    held = services.build_report(store, eid, state.run_id, results=state.results)
    read = services.build_report(store, eid, state.run_id)

    def seen(report):
        return ([(r.asset_id, r.check_id, r.status, r.reason, r.values) for r in report.results],
                [(f.asset_id, f.check_id, f.status, f.severity, f.state) for f in report.findings],
                report.score, report.changes)

    assert seen(held) == seen(read)
    resumed_like = Runner(store, services.ProbeSettings(),
                          gather_facts=lambda asset, *_, **__: demo_facts(asset))
    assert resumed_like.run(store.get_engagement(eid)).results is None  # not asked for
