"""The domain's layers: every module imports only from its own layer or those below it, and no two modules
import each other, directly or through others. Imports inside functions and under TYPE_CHECKING count too:
they hide a cycle from Python, not from a reader of the code."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "briefings"

# Lowest first. A module of a layer may import from its own layer and the layers before it.
LAYERS = [
    ("briefings", "briefings.errors", "briefings.log", "briefings.terminal", "briefings.budget"),
    ("briefings.model",),
    ("briefings.text",),
    ("briefings.readers",),
    ("briefings.extract",),
    ("briefings.linking",),
    ("briefings.search",),
    ("briefings.cache",),
    ("briefings.library",),
    ("briefings.export",),
    ("briefings.sources",),
    ("briefings.cli",),
]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> int:
    """The layer of `module`: the one whose longest prefix names it."""
    best, rank = -1, -1
    for number, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, rank = len(prefix), number
    assert rank >= 0, f"{module} belongs to no layer: add it to LAYERS"
    return rank


def imports() -> dict[str, set[str]]:
    """Every module of the package and the package modules it imports, wherever in it the import is."""
    found: dict[str, set[str]] = {}
    modules = {module_name(path) for path in PACKAGE.rglob("*.py")}
    for path in PACKAGE.rglob("*.py"):
        name = module_name(path)
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # "from briefings.x import y" imports the module briefings.x.y when there is one
                targets.update(f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in modules else node.module for alias in node.names)
        found[name] = {t for t in targets if t in modules and t != name}
    return found


def cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle of `graph`, as the modules along it, or None."""
    state: dict[str, int] = {}  # 1: on the path being walked, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_every_module_imports_only_its_own_layer_and_those_below() -> None:
    upward = [
        f"{module} imports {target}"
        for module, targets in sorted(imports().items())
        for target in sorted(targets)
        if layer_of(target) > layer_of(module)
    ]
    assert not upward, "\n".join(upward)


def test_no_modules_import_each_other() -> None:
    graph = imports()
    # A package's __init__ re-exporting its own modules is no cycle when they do not import it back.
    assert cycle(graph) is None, " -> ".join(cycle(graph) or [])


def test_the_cycle_finder_finds_a_cycle_through_three_modules() -> None:
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_every_module_has_a_layer() -> None:
    for module in imports():
        layer_of(module)
