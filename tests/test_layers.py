"""The two lines STYLE.md says must never be crossed, enforced by reading the imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RULES = {
    "pages": {"duckdb", "requests", "openpyxl", "checks", "socket", "dns"},
    "checks": {"requests", "socket", "dns", "duckdb", "streamlit", "urllib3", "openpyxl"},
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_rule_scanner_sees_imports(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("import duckdb\nfrom requests.adapters import HTTPAdapter\n")
    assert imported_modules(sample) == {"duckdb", "requests"}


@pytest.mark.parametrize("folder", sorted(RULES))
def test_layer_does_not_import_forbidden_modules(folder):
    files = sorted((ROOT / folder).rglob("*.py"))
    assert files, f"{folder}/ has no Python files"
    offenders = {str(f.relative_to(ROOT)): sorted(imported_modules(f) & RULES[folder])
                 for f in files}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_streamlit_entrypoint_stays_thin():
    assert not imported_modules(ROOT / "streamlit_app.py") & RULES["pages"]
