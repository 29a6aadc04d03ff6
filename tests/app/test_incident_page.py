"""The Incident desk in the real app (streamlit.testing), in both languages."""

from __future__ import annotations

import pytest

from audit import services
from audit.i18n import t
from tests.app.test_pages import open_page, texts


@pytest.fixture
def demo(store: services.Store) -> int:
    return services.load_demo(store).id


def desk(app, engagement_id: int, lang: str):
    at = open_page(app(), engagement_id, "incident")
    at.radio(key="lang").set_value(lang).run()
    return at


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_demo_drill_shows_its_checklist_log_and_reports(app, demo, lang):
    at = desk(app, demo, lang)
    assert not at.exception
    assert at.title[0].value == t("incident.app.title", lang)
    assert t("incident.app.checklist", lang) in texts(at.subheader)
    assert at.metric[1].value == t("incident.status.closed", lang)
    assert any(t("incident.step_state.late", lang) in c.value for c in at.caption)
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == [t("incident.app.report_xlsx", lang), t("incident.app.report_pdf", lang)]
    assert len(at.dataframe[0].value) == 4  # the drill's log


def test_open_an_incident_work_a_step_and_log(app, store, demo):
    at = desk(app, demo, "en")
    at.text_input(key="inc_title").input("**Boikot** campaign")
    at.radio(key="inc_tier").set_value(1)
    at.button(key=f"FormSubmitter:incident_open-{t('incident.app.open', 'en')}").click().run()
    assert not at.exception
    opened = services.list_incidents(store, demo)[0]
    assert opened.title == "**Boikot** campaign" and opened.tier == 1
    assert any(s.step_id == "org.legal" for s in opened.steps)
    assert at.selectbox(key="inc_pick").value == opened.id
    at.button(key=f"inc_step_{opened.id}_org.verify").click().run()
    assert services.get_incident(store, demo, opened.id).steps[0].done_at is not None
    at.text_input(key="inc_log_text").input("Statement posted on X")
    at.button(key=f"FormSubmitter:inc_log-{t('incident.app.log_add', 'en')}").click().run()
    assert [e.text for e in services.get_incident(store, demo, opened.id).log] == [
        "Statement posted on X"]


def test_opening_needs_a_title(app, store, demo):
    at = desk(app, demo, "id")
    before = len(services.list_incidents(store, demo))
    at.button(key=f"FormSubmitter:incident_open-{t('incident.app.open', 'id')}").click().run()
    assert texts(at.error) == [t("incident.app.need_title", "id")]
    assert len(services.list_incidents(store, demo)) == before
