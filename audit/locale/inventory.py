"""Inventory and questionnaire import: column names, validation errors, template instructions."""

STRINGS: dict[str, dict[str, str]] = {
}
