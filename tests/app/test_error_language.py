"""The app says store refusals in the reader's language (AppTest, a real DuckDB file)."""

from __future__ import annotations

from audit import services
from audit.i18n import t


def test_the_app_says_a_store_refusal_in_indonesian(app, store) -> None:
    services.create_engagement(store, "Acme intake", language="id")
    at = app()
    at.radio(key="lang").set_value("id").run()
    at.text_input(key="new_name").input("Acme intake")
    submit = f"FormSubmitter:create_engagement-{t('app.home.create.button', 'id')}"
    at.button(key=submit).click().run()
    assert [e.value.replace("\\", "") for e in at.error] == [
        t("app.error", "id", error='Proyek audit bernama "Acme intake" sudah ada.')]


def test_indonesian_pages_show_probe_errors_platforms_and_numbers_in_indonesian(app, store):
    demo = services.load_demo(store).id
    at = app()
    at.radio(key="lang").set_value("id").run()
    at.selectbox(key="engagement_picker").set_value(demo).run()
    at = at.switch_page("pages/checks.py").run()
    assert not at.exception
    table = at.dataframe[0].value
    cells = {str(v) for column in table.columns for v in table[column]}
    assert "Tidak dapat diperiksa: sertifikat TLS karir.kopisenja.example sudah kedaluwarsa " \
           "(TLS handshake gagal)." in cells
    assert not [c for c in cells if "handshake with" in c or "certificate has" in c]
    at = at.switch_page("pages/readiness.py").run()
    assert not at.exception
    score = services.build_report(store, demo).score
    assert at.metric[0].value == f"{score.overall:.1f} / 100".replace(".", ",")
