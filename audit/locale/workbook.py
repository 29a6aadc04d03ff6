"""The exported workbook: sheet names, headers and labels."""

STRINGS: dict[str, dict[str, str]] = {
}
