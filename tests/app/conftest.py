"""AppTest fixtures: the real app on a fresh DuckDB file per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from streamlit import config
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from audit import services

APP = str(Path(__file__).resolve().parents[2] / "streamlit_app.py")


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "app.duckdb"
    monkeypatch.setenv("SIAGA_DB", str(path))
    monkeypatch.delenv("SIAGA_CA_BUNDLE", raising=False)
    return path


@pytest.fixture
def store(db: Path) -> services.Store:
    return services.open_store(db)


@pytest.fixture
def server_address() -> Iterator[None]:
    """The address the server listens on, as `make run` sets it (AppTest runs no server);
    a test may set another, restored afterwards."""
    previous = config.get_option("server.address")
    config.set_option("server.address", "127.0.0.1")
    yield
    config.set_option("server.address", previous)


@pytest.fixture
def app(db: Path, monkeypatch: pytest.MonkeyPatch,
        server_address: None) -> Callable[..., AppTest]:
    """A fresh AppTest of streamlit_app.py, already run once (Home).

    AppTest resets `PagesManager.uses_pages_directory` before every run, so with a
    `pages/` folder each rerun after the first would execute the page file alone, in
    the legacy multipage mode, skipping the frame. A real server sets the flag to
    False the first time st.navigation runs and keeps it; we do the same here.
    """
    original = PagesManager.__init__

    def init(self: PagesManager, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init)

    def make(**query: str) -> AppTest:
        """`query`: the address's query parameters, as a reload or a bookmark brings them."""
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params.update(query)
        return at.run()

    return make
