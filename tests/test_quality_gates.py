"""The quality gates run with the tests, so that the README's test command checks what CI checks: ruff's
lint rules and mypy's types (settings in pyproject.toml: strict on `briefings/`, normal on `tui/`)."""

import subprocess
import sys
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
