"""String tables per area; audit.i18n merges them. Keys are dotted, values {"en", "id"}."""
