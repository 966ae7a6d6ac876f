"""The README's two commands stay true: CI runs the test command exactly as written."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    return re.findall(r"^    (python3 -m venv .+)$", (ROOT / "README.md").read_text(encoding="utf-8"), re.MULTILINE)


def test_readme_gives_exactly_two_setup_commands() -> None:
    reader, tests = readme_commands()
    assert reader.endswith(".venv/bin/briefing seeds")  # named: without a PATH the reader reopens the last library
    assert tests.endswith("-m pytest")


def test_ci_runs_the_readme_test_command() -> None:
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert readme_commands()[1] in ci_lines
