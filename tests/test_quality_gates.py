"""The quality gates run with the tests, so that the README's test command checks what CI checks: ruff's
lint rules and mypy's types (settings in pyproject.toml: strict on `briefings/`, normal on `tui/`), radon's
complexity, and each module's top-level names bound once."""

import ast
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_finds_nothing() -> None:
    result = _run(str(BIN / "ruff"), "check", "--no-cache", "briefings", "tui", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing() -> None:
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_function_of_the_domain_is_of_rank_d_or_worse() -> None:
    """radon's cyclomatic complexity: a chain of conditions long enough for rank D becomes named checks."""
    result = _run(str(BIN / "radon"), "cc", "--min", "D", "--show-complexity", "briefings")
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def _bound_twice(source: str) -> list[str]:
    """The names a module binds more than once at its top level (assigned, or defined as a function or a class)."""
    bound: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            bound.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound[node.name] += 1
    return sorted(name for name, count in bound.items() if count > 1)


def test_no_module_binds_a_name_twice_at_its_top_level() -> None:
    """A pattern or a helper defined twice in one module replaces the first for every function that used it, above
    the second too (a name of a regex reused in a long module silently changed what an earlier rule matched)."""
    assert _bound_twice("A = 1\ndef f(): pass\nA = 2\n") == ["A"]
    modules = [path for package in ("briefings", "tui") for path in sorted((ROOT / package).rglob("*.py"))]
    twice = {str(path.relative_to(ROOT)): names for path in modules if (names := _bound_twice(path.read_text(encoding="utf-8")))}
    assert not twice
