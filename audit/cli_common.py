"""What every `siaga` command module shares: the invalid-input error and the default language.

Its own module so command modules beside audit/cli.py need not import the entry point (run
as `python -m audit.cli`, that would load a second copy with a second InvalidInput)."""

from __future__ import annotations

import os


class InvalidInput(Exception):
    """Bad flags or files: reported with exit code 2."""


def env_lang() -> str:
    """The language when --lang is not given: $SIAGA_LANG, else English."""
    return os.environ.get("SIAGA_LANG", "en")
