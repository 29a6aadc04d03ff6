"""The lines STYLE.md and ARCHITECTURE.md say must never be crossed, enforced by reading
the code: pages and checks keep off the forbidden libraries, and the UI and the CLI reach
storage, runs and probes only through audit/services.py."""

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


# The UI and the CLI call audit/services.py only: none of the layers below it.
UI_AND_CLI = ("pages", "streamlit_app.py", "audit/cli.py")
BELOW_SERVICES = ("audit.store", "audit.runner", "audit.writer", "audit.probes")


def imported_paths(path: Path) -> set[str]:
    """Every dotted module a file imports, `from audit import store` as audit.store."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def store_calls(path: Path) -> list[str]:
    """Method calls on a Store object (`store.x()`, `store().x()`, `ui.store().x()`)."""
    def is_store(node: ast.expr) -> bool:
        if isinstance(node, ast.Call):
            node = node.func
        return (isinstance(node, ast.Name) and node.id == "store") or \
            (isinstance(node, ast.Attribute) and node.attr == "store")

    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [f"{path.name}:{node.lineno} store.{node.func.attr}()" for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and is_store(node.func.value)]


def _ui_and_cli_files() -> list[Path]:
    files = [f for name in UI_AND_CLI for f in
             ([ROOT / name] if name.endswith(".py") else sorted((ROOT / name).rglob("*.py")))]
    assert len(files) > 3
    return files


def test_call_scanners_see_store_calls_and_nested_imports(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("from audit import store\nfrom audit.probes.net import fetch\n"
                      "s = ui.store().list_runs(1)\nstore.add_results(1, [])\n"
                      "services.list_runs(store, 1)\n")
    assert {"audit.store", "audit.probes.net"} <= imported_paths(sample)
    assert store_calls(sample) == ["x.py:3 store.list_runs()", "x.py:4 store.add_results()"]


def test_ui_and_cli_reach_the_store_runner_and_probes_only_through_services():
    offenders = {str(f.relative_to(ROOT)): sorted(
        m for m in imported_paths(f) if m.startswith(BELOW_SERVICES)
        or m.split(".")[0] in {"duckdb", "requests", "socket", "dns"})
        for f in _ui_and_cli_files()}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_ui_and_cli_never_call_the_store_themselves():
    calls = [c for f in _ui_and_cli_files() for c in store_calls(f)]
    assert calls == [], "call the audit.services function instead (add one if missing)"
