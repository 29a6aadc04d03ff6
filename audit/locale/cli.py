"""The siaga command line: help, progress, summaries and errors."""

STRINGS: dict[str, dict[str, str]] = {
}
