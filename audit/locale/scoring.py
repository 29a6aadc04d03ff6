"""Scores, findings, history comparison and the methodology text."""

STRINGS: dict[str, dict[str, str]] = {
}
