"""The Streamlit app: pages, widgets, empty states and messages."""

STRINGS: dict[str, dict[str, str]] = {
}
