"""Every page of the real app through streamlit.testing, on a fresh DuckDB file."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from streamlit.testing.v1 import AppTest
from werkzeug import Request, Response

from audit import services
from audit.demo import demo_assets, demo_facts
from audit.i18n import t
from audit.models import Asset
from audit.runner import Runner
from pages._ui import md

PAGES = ("inventory", "questionnaire", "checks", "readiness", "findings", "campaigns", "export")
SUBMIT = "FormSubmitter:create_engagement-Create engagement"


def open_page(at: AppTest, engagement_id: int | None, page: str) -> AppTest:
    if engagement_id is not None:
        at.selectbox(key="engagement_picker").set_value(engagement_id).run()
    return at.switch_page(f"pages/{page}.py").run()


def texts(elements) -> list[str]:
    return [e.value for e in elements]


def wait_for_run(engagement_id: int) -> services.RunState:
    """The run works in a background thread; wait (bounded) until it has finished."""
    deadline = time.monotonic() + 60
    while (live := services.active_run(engagement_id)) and live.status == "running":
        assert time.monotonic() < deadline, "run did not finish"
        time.sleep(0.05)
    return live


@pytest.fixture
def demo(store: services.Store) -> int:
    return services.load_demo(store).id


@pytest.fixture
def acme(store: services.Store) -> int:
    return services.create_engagement(store, "Acme intake", client="PT Acme",
                                      domains=["acme.example"], language="en").id


# -- home and frame ----------------------------------------------------------------------
def test_first_launch_explains_siaga_and_offers_the_demo(app):
    at = app()
    assert not at.exception
    assert at.markdown[0].value == t("app.home.intro", "en")
    assert at.button(key="load_demo").label == t("app.home.demo.button", "en")
    assert t("app.picker.empty", "en") in texts(at.sidebar.caption)
    assert t("app.local_mode", "en") in texts(at.sidebar.caption)
    assert t("app.home.open.empty", "en") in texts(at.caption)


def test_load_demo_opens_it_and_keeps_the_interface_language(app, store):
    at = app()
    at.button(key="load_demo").click().run()
    demo = store.find_engagement(services.DEMO_NAME)
    assert demo is not None and store.list_runs(demo.id) and demo.language == "id"
    assert at.session_state["engagement_id"] == demo.id
    assert at.selectbox(key="engagement_picker").value == demo.id
    assert at.session_state["lang"] == "en"
    assert at.success[0].value == t("app.home.current", "en", name=md(demo.name))
    assert at.title[0].value == t("app.home.title", "en")


def test_picking_an_engagement_in_another_language_opens_that_one(app, store, acme):
    services.load_demo(store)
    klien = services.create_engagement(store, "PT Klien", language="id")
    at = app()
    at.selectbox(key="engagement_picker").set_value(klien.id).run()
    assert at.session_state["engagement_id"] == klien.id
    assert at.selectbox(key="engagement_picker").value == klien.id
    assert at.success[0].value == t("app.home.current", "en", name="PT Klien")
    at.radio(key="lang").set_value("id").run()  # a rerun with every label changed
    assert at.selectbox(key="engagement_picker").value == klien.id
    assert at.success[0].value == t("app.home.current", "id", name="PT Klien")


def test_the_address_names_the_engagement_and_language_and_reopens_them(app, store, acme):
    at = app()
    at.selectbox(key="engagement_picker").set_value(acme).run()
    at.radio(key="lang").set_value("id").run()
    assert at.query_params == {"engagement": str(acme), "lang": "id"}
    again = app(**at.query_params)  # a reload: a new session on the same address
    assert again.session_state["engagement_id"] == acme
    assert again.selectbox(key="engagement_picker").value == acme
    assert again.success[0].value == t("app.home.current", "id", name="Acme intake")


@pytest.mark.parametrize("page", PAGES)
def test_pages_without_an_engagement_say_what_to_do_first(app, page):
    at = open_page(app(), None, page)
    assert not at.exception
    assert texts(at.info) == [t("app.no_engagement", "en")]


def test_create_engagement_from_the_form(app, store):
    at = app()
    at.text_input(key="new_name").input("Bank Sejahtera 2025")
    at.text_input(key="new_client").input("PT Bank Sejahtera")
    at.text_input(key="new_domains").input("bank.co.id; Bank.com")
    at.selectbox(key="new_language").set_value("id")
    at.button(key=SUBMIT).click().run()
    created = store.find_engagement("Bank Sejahtera 2025")
    assert created is not None
    assert (created.client, created.domains, created.language) == (
        "PT Bank Sejahtera", ["bank.co.id", "bank.com"], "id")
    assert at.session_state["engagement_id"] == created.id
    assert at.selectbox(key="engagement_picker").value == created.id


def test_create_engagement_needs_a_name(app, store):
    at = app()
    at.button(key=SUBMIT).click().run()
    assert texts(at.error) == [t("app.home.create.need_name", "en")]
    assert store.list_engagements() == []


def test_duplicate_engagement_name_is_refused_with_the_reason(app, acme):
    at = app()
    at.text_input(key="new_name").input("Acme intake")
    at.button(key=SUBMIT).click().run()
    assert len(at.error) == 1 and "already exists" in at.error[0].value


def test_language_switch_shows_indonesian_and_leaves_the_deliverables_default(app, store,
                                                                             acme):
    at = open_page(app(), acme, "inventory")
    assert at.title[0].value == t("app.inventory.title", "en")
    at.radio(key="lang").set_value("id").run()
    assert at.title[0].value == t("app.inventory.title", "id") == "Inventaris aset"
    assert store.get_engagement(acme).language == "en"


def test_export_language_is_remembered_as_the_engagements_default(app, store, acme):
    at = open_page(app(), acme, "export")
    at.radio(key=f"export_lang_{acme}").set_value("id").run()
    assert store.get_engagement(acme).language == "id"


# -- inventory ---------------------------------------------------------------------------
def test_inventory_empty_state_says_what_to_do_first(app, acme):
    at = open_page(app(), acme, "inventory")
    assert texts(at.info) == [t("app.inventory.empty", "en")]
    assert len(at.data_editor) == 1 and at.data_editor[0].editing_mode == "dynamic"


def test_save_with_a_bad_row_shows_the_error_and_keeps_saved_data(app, store, acme):
    services.save_inventory(store, acme, [
        {"asset_id": "web", "platform": "website", "url": "https://acme.example/",
         "owner": "Rina"},
        {"asset_id": "ig", "platform": "instagram", "handle": "@acme", "owner": "Andi"},
    ])
    at = open_page(app(), acme, "inventory")
    editor = f"inventory_editor_{acme}_0"
    at.session_state[editor] = {
        "edited_rows": {0: {"owner": "Budi"}, 1: {"platform": "friendster"}},
        "added_rows": [{"asset_id": "tt", "platform": "tiktok", "handle": "@acme"}],
        "deleted_rows": [],
    }
    at.button(key="inventory_save").click().run()

    saved = {a.asset_id: a for a in store.list_assets(acme)}
    assert saved["web"].owner == "Budi"  # the valid edit is saved
    assert saved["ig"].platform == "instagram"  # the bad row keeps its saved version
    assert "tt" in saved  # the added valid row is saved
    assert any(t("app.inventory.draft", "en", count=1) == e for e in texts(at.error))
    problem = at.data_editor[0].value
    assert problem.loc[1, "problem"] and "friendster" in problem.loc[1, "problem"]
    assert problem.loc[0, "problem"] == ""


def test_save_keeps_an_asset_imported_while_the_table_was_open(app, store, acme):
    services.save_inventory(store, acme, [
        {"asset_id": "web", "platform": "website", "url": "https://acme.example/",
         "owner": "Rina"},
        {"asset_id": "ig", "platform": "instagram", "handle": "@acme", "owner": "Andi"}])
    at = open_page(app(), acme, "inventory")
    # another process imports a new asset and changes ig while the editor is open
    store.upsert_assets(acme, [Asset("tt", "tiktok", handle="acme", kind="social"),
                               Asset("ig", "instagram", handle="acme", owner="Dewi",
                                     kind="social")])
    at.session_state[f"inventory_editor_{acme}_0"] = {
        "edited_rows": {0: {"owner": "Budi"}, 1: {"owner": "Maya"}},
        "added_rows": [], "deleted_rows": []}
    at.button(key="inventory_save").click().run()

    saved = {a.asset_id: a for a in store.list_assets(acme)}
    assert sorted(saved) == ["ig", "tt", "web"]  # nothing the editor never showed is lost
    assert saved["web"].owner == "Budi" and saved["ig"].owner == "Dewi"
    problems = " ".join(texts(at.error)) + " ".join(
        str(v) for v in at.data_editor[0].value["problem"])
    assert "'ig' was changed elsewhere" in problems


def test_import_previews_row_errors_before_saving(app, store, acme):
    csv = (b"asset_id,platform,url,owner,two_factor\n"
           b"web,website,https://acme.example/,Rina,yes\n"
           b"ig,instagram,https://instagram.com/acme,Andi,maybe\n")
    at = open_page(app(), acme, "inventory")
    at.get("file_uploader")[0].set_value(("intake.csv", csv, "text/csv"))
    at.run()
    assert store.list_assets(acme) == []  # a preview saves nothing
    assert at.warning[0].value == t("app.inventory.import.errors", "en")
    button = at.button(key="inventory_import")
    assert button.label == t("app.inventory.import.button", "en", count=1)
    button.click().run()
    assert [a.asset_id for a in store.list_assets(acme)] == ["web"]
    assert t("app.inventory.import.done", "en", count=1, answers=0) in texts(at.success)


# -- questionnaire -------------------------------------------------------------------------
def test_questionnaire_answers_persist_as_you_go(app, store, acme):
    at = open_page(app(), acme, "questionnaire")
    total = len(at.radio) - 1  # the sidebar's language switch is a radio too
    assert total >= 11
    at.radio(key=f"q.{acme}.crisis.playbook.answer").set_value("yes").run()
    at.text_input(key=f"q.{acme}.crisis.playbook.note").input("Reviewed March").run()
    at.checkbox(key=f"q.{acme}.crisis.playbook.verified").check().run()
    answer = store.list_answers(acme)["crisis.playbook"]
    assert (answer.answer, answer.note, answer.verified) == ("yes", "Reviewed March", True)
    assert at.get("progress")[0].proto.text == t("app.questionnaire.progress", "en",
                                                  answered=1, total=total)


# -- checks ------------------------------------------------------------------------------
def test_checks_page_without_assets_explains_and_disables_run(app, acme):
    at = open_page(app(), acme, "checks")
    assert t("app.checks.no_assets", "en") in texts(at.info)
    assert at.button(key="checks_run").disabled


def test_checks_page_offers_the_platform_rule_canary(app, acme):
    at = open_page(app(), acme, "checks")
    assert t("canary.page.title", "en") in [e.label for e in at.expander]
    assert at.button(key="checks_canary").label == t("canary.page.run", "en")
    assert not at.exception  # not clicked: the canary needs the real platforms


def test_run_checks_against_a_local_server(app, store, acme, httpserver: HTTPServer):
    release = threading.Event()

    def page(request: Request) -> Response:
        release.wait(30)  # hold the run open until the test has seen it live
        return Response("<html><head><title>Acme</title></head></html>",
                        content_type="text/html")

    httpserver.expect_request("/").respond_with_handler(page)
    services.save_inventory(store, acme, [
        {"asset_id": "web", "platform": "website", "url": f"http://127.0.0.1:{httpserver.port}/",
         "owner": "Rina", "importance": "primary"}])
    at = open_page(app(), acme, "checks")
    at.checkbox(key="checks_private").check()
    at.number_input(key="checks_timeout").set_value(5.0)
    at.number_input(key="checks_per_host").set_value(3)
    at.button(key="checks_run").click().run()
    try:
        assert at.button(key="checks_run").disabled  # a second run cannot be started
        assert services.active_run(acme).status == "running"
    finally:
        release.set()
    assert wait_for_run(acme).status == "completed"

    at.run()
    runs = store.list_runs(acme)
    assert len(runs) == 1 and runs[0].settings["allow_private"] is True
    assert runs[0].settings["per_host"] == 3
    assert not at.button(key="checks_run").disabled
    table = at.dataframe[0].value
    assert len(table) == len(store.list_results(runs[0].id))
    at.multiselect(key="f_status").select("pass").run()
    statuses = set(at.dataframe[0].value[t("app.col.status", "en")])
    assert statuses == {t("status.pass", "en")}


def test_resume_button_continues_the_interrupted_run(
        app, store, acme, httpserver: HTTPServer):
    httpserver.expect_request("/").respond_with_data("<html><title>Acme</title></html>",
                                                     content_type="text/html")
    url = f"http://127.0.0.1:{httpserver.port}/"
    services.save_inventory(store, acme, [
        {"asset_id": f"web{i}", "platform": "website", "url": url, "owner": "Rina"}
        for i in range(3)])
    at = open_page(app(), acme, "checks")
    assert "checks_resume" not in [b.key for b in at.button]  # nothing interrupted
    run_id = store.start_run(acme, {}, "test")  # a run that stopped after the organization
    store.finish_run(run_id, "interrupted")
    at.run()
    assert at.button(key="checks_resume").label == t("app.checks.resume", "en", id=run_id)
    at.checkbox(key="checks_private").check()
    at.button(key="checks_resume").click().run()
    assert wait_for_run(acme).status == "completed"
    runs = store.list_runs(acme)
    assert [(r.id, r.status) for r in runs] == [(run_id, "completed")]
    assert {r.asset_id for r in store.list_results(run_id)} == {"", "web0", "web1", "web2"}
    at.run()
    assert "checks_resume" not in [b.key for b in at.button]


# -- readiness, findings, export ---------------------------------------------------------------
def score_charts(at: AppTest) -> list:
    """The Readiness page's score charts (keys chart_*), not the expiry timeline below."""
    return [c for c in at.get("plotly_chart") if c.key.startswith("chart_")]


def test_readiness_without_a_run_says_run_the_checks(app, acme):
    at = open_page(app(), acme, "readiness")
    assert texts(at.info) == [t("app.readiness.empty", "en")]


def test_readiness_renders_score_and_charts(app, store, demo):
    at = open_page(app(), demo, "readiness")
    assert not at.exception
    assert len(score_charts(at)) == 5  # the demo has two runs, so the trend shows
    assert [c.key for c in at.get("plotly_chart")][-1] == "expiry_timeline"
    assert t("app.readiness.trend_empty", "en") not in texts(at.caption)
    score = services.build_report(store, demo).score
    assert at.metric[0].value == f"{score.overall:.1f} / 100"


def test_readiness_trend_waits_for_a_second_run(app, store, acme):
    store.upsert_assets(acme, demo_assets()[:3])
    replay = Runner(store, services.ProbeSettings(),
                    gather_facts=lambda asset, *_, **__: demo_facts(asset))
    replay.run(store.get_engagement(acme))
    at = open_page(app(), acme, "readiness")
    assert not at.exception
    assert len(score_charts(at)) == 4
    assert t("app.readiness.trend_empty", "en") in texts(at.caption)
    replay.run(store.get_engagement(acme))
    at.run()
    assert len(score_charts(at)) == 5


def test_findings_filter_and_follow_up(app, store, demo):
    at = open_page(app(lang="id"), demo, "findings")
    report = services.build_report(store, demo)
    groups = at.dataframe[0].value  # one line per check
    assert len(groups) == len(report.groups) > 5
    # one expander and table per group; the watch's sections follow below them
    expanders = [e for e in at.expander if e.label != t("watch.app.add_impostor", "id")]
    assert len(expanders) == len(report.groups)
    rows = at.dataframe[1:1 + len(report.groups)]
    assert sum(len(d.value) for d in rows) == len(report.findings)
    count = t("app.col.count", "id")
    assert list(groups[count]) == [g.count for g in report.groups]
    at.multiselect(key="ff_severity").select("critical").run()
    shown = at.dataframe[0].value
    assert 0 < len(shown) < len(groups)
    assert set(shown[t("app.col.severity", "id")]) == {t("severity.critical", "id")}

    key = at.selectbox(key="ff_pick").value
    at.radio(key=f"fs_{key}").set_value("accepted")
    at.text_input(key=f"fn_{key}").input("Agreed with client")
    at.text_input(key=f"fa_{key}").input("Budi")
    at.button(key=f"FormSubmitter:finding_state-{t('app.findings.save', 'id')}").click().run()
    asset_id, check_id = key.split("|")
    assert store.finding_states(demo)[(asset_id, check_id)] == ("accepted", "Agreed with client")
    assert store.finding_plans(demo)[(asset_id, check_id)] == ("Budi", None)
    at.multiselect(key="ff_state").select("accepted").run()
    assert len(at.dataframe[0].value) == 1 and len(at.dataframe[1].value) == 1


def test_findings_without_a_run(app, acme):
    at = open_page(app(), acme, "findings")
    assert texts(at.info) == [t("app.findings.no_run", "en")]


def test_export_offers_every_download(app, acme):
    at = open_page(app(), acme, "export")
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == [t("app.export.workbook_button", "en"), t("app.export.pdf_button", "en"),
                      t("app.export.json_button", "en"), t("app.export.template_button", "en"),
                      t("watch.app.download_calendar", "en")]
    assert texts(at.info) == [t("app.export.no_run", "en")]


def test_an_oidc_provider_in_secrets_requires_login(db, app):
    at = AppTest.from_file(str(Path(__file__).resolve().parents[2] / "streamlit_app.py"))
    at.secrets["auth"] = {"redirect_uri": "http://localhost:8501/oauth2callback",
                          "cookie_secret": "x", "client_id": "id", "client_secret": "s",
                          "server_metadata_url": "https://idp.example/.well-known/openid"}
    at.run()
    assert not at.exception
    assert at.button[0].label == t("app.login.button", "en")
    assert len(at.selectbox) == 0 and not at.get("plotly_chart")  # nothing else is shown


def test_readiness_compares_with_the_previous_run(app, demo):
    at = open_page(app(lang="id"), demo, "readiness")
    assert not at.exception
    assert any(h.value.startswith("Sejak audit #1") for h in at.subheader)
    changes = at.dataframe[0].value
    assert "web-main" in " ".join(changes["Aset"])
    assert "Sudah diperbaiki" in set(changes["Perubahan"])  # web.hsts, fixed since the intake


def test_checks_results_fill_the_page_and_filter_by_search_owner_and_severity(app, store,
                                                                               demo):
    at = open_page(app(), demo, "checks")
    total = len(at.dataframe[0].value)
    assert total > 200  # its height is checked in the browser (tests/e2e)
    at.text_input(key="f_search").input("ig-main").run()
    shown = at.dataframe[0].value
    assert 0 < len(shown) < total
    assert all("ig-main" in a.casefold() for a in shown[t("app.col.asset", "en")])
    at.text_input(key="f_search").input("").run()
    at.multiselect(key="f_severity").select("critical").run()
    assert set(at.dataframe[0].value[t("app.col.severity", "en")]) == {
        t("severity.critical", "en")}
    owner = next(a.owner for a in store.list_assets(demo) if a.owner)
    at.multiselect(key="f_owner").select(owner).run()
    assert set(at.dataframe[0].value[t("app.col.owner", "en")]) == {owner}


def test_findings_search_and_kind_filter(app, demo):
    at = open_page(app(), demo, "findings")
    total = len(at.dataframe[0].value)
    at.multiselect(key="ff_kind").select("website").run()
    assert 0 < len(at.dataframe[0].value) < total
    at.text_input(key="ff_search").input("no such words anywhere").run()
    assert any(c.startswith("Showing 0 of ") for c in texts(at.caption))
