"""The top of the import graph: one service layer, a CLI nothing imports back from, and a
briefing package that is pure domain. Checked on the source (lazy imports included),
following imports through the project's own modules."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("reader", "briefing")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")}


@cache  # parsed once per run: the cycle check walks the graph from every module it reaches
def imports(path: Path) -> frozenset[str]:
    """Every module named by an import in the file (``from a import b`` gives a and a.b)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return frozenset(names)


def reachable(start: str, known: dict[str, Path]) -> set[str]:
    """Modules (and third-party top names) reached from ``start``, through project modules
    (as import-linter counts them: the module named, not the packages around it)."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if name not in known:
            continue
        for target in imports(known[name]):
            parts = target.split(".")
            found = [".".join(parts[:n]) for n in range(len(parts), 0, -1)]
            todo.append(next((m for m in found if m in known), parts[0]))
    return seen


def test_briefing_is_domain_only() -> None:
    known = modules()
    for name in known:
        if name.startswith("briefing") and name != "briefing.__main__":  # the entry-point shim
            reached = reachable(name, known)
            assert "textual" not in reached, name
            assert not {r for r in reached if r == "reader.cli" or r.startswith("reader.cli.")}
            assert "reader.tui" not in reached and "reader.desk" not in reached, name


def test_nothing_imports_back_from_the_dispatcher() -> None:
    known = modules()
    for name, path in known.items():
        if name in ("reader.cli", "reader.__main__", "briefing.__main__"):
            continue
        assert "reader.cli" not in imports(path), f"{name} imports the dispatcher"


def test_no_command_module_is_imported_outside_the_cli() -> None:
    known = modules()
    commands = {"reader.cli.read", "reader.cli.stories", "reader.cli.brief", "reader.cli.common"}
    for name, path in known.items():
        if not name.startswith("reader.cli"):
            assert not imports(path) & commands, name
    # the reader's workers reach the service, never a command
    reached = reachable("reader.tui.workers", known)
    assert not {r for r in reached if r == "reader.cli" or r.startswith("reader.cli.")}


def test_only_the_service_drives_the_pipeline_over_files_and_opens_the_library() -> None:
    known = modules()
    for name, path in known.items():
        if name in ("reader.desk", "reader.ingest", "reader.ingest_work"):  # the service layer
            continue
        assert "reader.ingest_work" not in imports(path), f"{name} orchestrates ingest"
        source = path.read_text(encoding="utf-8")
        if name not in ("reader.library.store",):
            assert "Library.open(" not in source and "Library.memory(" not in source, name


def test_no_import_cycle_at_the_top() -> None:
    known = modules()
    top = ["reader.cli", "reader.cli.common", "reader.cli.read", "reader.cli.stories"]
    top += ["reader.cli.brief", "reader.desk", "reader.tui.launch", "reader.tui.workers"]
    for name in top:
        for other in reachable(name, known) - {name}:
            assert name not in reachable(other, known), f"{name} -> {other} -> {name}"
