"""Harlequin's rule: only the app package imports textual, so the pipeline and briefing stay
headless. Checked on the source, so a lazy import inside a function is caught too."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_only_reader_tui_imports_textual() -> None:
    offenders = []
    for package in ("reader", "briefing"):
        for path in (ROOT / package).rglob("*.py"):
            if (ROOT / "reader" / "tui") in path.parents:
                continue
            if "textual" in _imports(path):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_layering_check_sees_textual_imports(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("def f():\n    from textual.app import App\n")
    assert "textual" in _imports(probe)
