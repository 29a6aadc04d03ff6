"""Fuzz URL and handle recognition with arbitrary text and URL-like strings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from audit.platforms import Recognised, platform_ids, recognise
from tests.fuzz.strategies import FUZZ, TEXT, URL_LIKE

PLATFORM = st.one_of(st.none(), st.sampled_from(platform_ids()))


def _check(found: Recognised | None, platform: str | None) -> None:
    assert found is None or isinstance(found, Recognised)
    if found is not None:
        assert found.platform in platform_ids()
        if platform is not None:
            assert found.platform == platform, "a given platform must win over the host"


@FUZZ
@given(TEXT, PLATFORM)
def test_arbitrary_text(text, platform):
    _check(recognise(text, platform), platform)


@FUZZ
@given(URL_LIKE, PLATFORM)
def test_url_like(url, platform):
    _check(recognise(url, platform), platform)
