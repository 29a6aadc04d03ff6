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
