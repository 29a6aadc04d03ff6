"""Strings of the client PDF report and of findings grouped by check."""

STRINGS: dict[str, dict[str, str]] = {
    # -- findings grouped by check ------------------------------------------------------------
    "findings.group.assets": {"en": "{count} assets: {names}", "id": "{count} aset: {names}"},
    "findings.group.more": {"en": "{names} and {count} more",
                            "id": "{names} dan {count} lainnya"},
}
