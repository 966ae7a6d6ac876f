"""Briefing time against input size, for the shapes that were once quadratic: one long sentence and many short lines.

    python benchmarks/hostile.py [--runs R] [--shapes]

Prints, for one sentence of 10, 20, 40, 80 and 160 KB and for files of 12,500 to 50,000 short lines, the CPU time
to read and brief each (median of R runs, in this process) and the growth per doubling of the input: linear work
grows 2x, the target is at most 2.2x. Then `briefing export` is run as a whole process on a 4.9 MB single-line
file and its CPU time printed (target: under 30 s). With --shapes, the same growth for a panel of other odd
inputs (headings, dates, bylines, quotes, brackets, markup…) in each format, at 40 and 160 KB.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from briefings.errors import ArticleError
from briefings.extract import build_briefing
from briefings.readers.formats import read_article

_WORDS = "the police said 400 people and 12 cars were moved in London on Monday while 3.5 million and 20 per cent".split()
_TARGET_GROWTH = 2.2
_TARGET_CPU_SECONDS = 30.0


def one_sentence(size: int, seed: int = 1) -> str:
    """A title and one sentence of about `size` characters: words and figures, no full stop until the end."""
    rnd = random.Random(seed)
    words: list[str] = []
    length = 0
    while length < size:
        words.append(rnd.choice(_WORDS))
        length += len(words[-1]) + 1
    return "A long sentence\n\n" + " ".join(words) + ".\n"


def short_lines(count: int) -> str:
    return "\n".join(f"Item {n} costs {n} dollars." for n in range(count)) + "\n"


def cpu_seconds(text: str, suffix: str = ".txt", runs: int = 3) -> float:
    """Median CPU time to read `text` as a file of `suffix` and brief it (a refusal counts as done)."""
    data = text.encode("utf-8")
    times = []
    for _ in range(runs):
        start = time.process_time()
        try:
            article, _ = read_article(Path(f"bench{suffix}"), data)
            build_briefing(article)
        except ArticleError:
            pass
        times.append(time.process_time() - start)
    return statistics.median(times)


def growth(label: str, sizes: list[int], make: Callable[[int], str], unit: str, runs: int, suffix: str = ".txt") -> float:
    """Print the time at each size and the growth per doubling; the largest growth."""
    seconds = [cpu_seconds(make(size), suffix, runs) for size in sizes]
    worst = 0.0
    print(f"{label}:")
    for n, (size, took) in enumerate(zip(sizes, seconds, strict=True)):
        ratio = ""
        if n:
            doublings = math.log2(size / sizes[n - 1])
            per_doubling = (took / max(seconds[n - 1], 1e-6)) ** (1 / doublings)
            worst = max(worst, per_doubling)
            ratio = f"  x{per_doubling:.2f} per doubling"
        print(f"  {size:>9,} {unit}: {took * 1000:9.1f} ms{ratio}")
    return worst


def whole_process_cpu(text: str) -> tuple[float, int]:
    """CPU seconds (user + system) and exit status of `briefing export` on one file holding `text`."""
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder, "one-line.txt")
        article.write_text(text, encoding="utf-8")
        command = [sys.executable, "-m", "briefings.cli", "export", "--format", "json", str(article), "-o", str(Path(folder, "out.json"))]
        environment = {**os.environ, "BRIEFING_CACHE": str(Path(folder, "cache"))}
        before = os.times()
        done = subprocess.run(command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        after = os.times()
    return (after.children_user - before.children_user) + (after.children_system - before.children_system), done.returncode


def _drawn(choices: list[str], count: int) -> list[str]:
    """`count` draws from `choices`, the same for any size (seeded): a larger input begins as the smaller did."""
    rnd = random.Random(7)
    return [rnd.choice(choices) for _ in range(count)]


SHAPES: dict[str, Callable[[int], str]] = {
    "headings": lambda n: "\n".join("# Heading number one" for _ in range(n // 21)),
    "dates": lambda n: " ".join("on 3 March 2024 and Monday" for _ in range(n // 27)),
    "bylines": lambda n: "\n".join("By Jo Smith | 3 March 2024" for _ in range(n // 27)),
    "date lines": lambda n: "\n".join("3 March 2024" for _ in range(n // 13)),
    "quotes": lambda n: '"A" ' * (n // 4),
    "capitals": lambda n: " ".join("Abc" for _ in range(n // 4)),
    "brackets": lambda n: "[a](b) " * (n // 7),
    "nesting": lambda n: "> " * (n // 4) + "* " * (n // 4) + "text here",
    "tags": lambda n: "<div><b>" * (n // 16) + "Text of the page" + "</b></div>" * (n // 16),
    "questions": lambda n: "\n".join("Q: What is it? A: It is 5 km." for _ in range(n // 30)),
    "hyphened digits": lambda n: "Call " + "-".join("9" for _ in range(n // 2)),
    "phone numbers": lambda n: "Call " + " or ".join("555-123-4567" for _ in range(n // 16)),
    "formations": lambda n: "They played " + " then ".join("4-2-3-1" for _ in range(n // 13)),
    "comparisons": lambda n: "They had " + ", ".join("5 goals, 7 up from 6" for _ in range(n // 22)),
    "hyphened qualifiers": lambda n: "It has 5" + "-plus" * (n // 5) + " users.",
    "numbers and no word": lambda n: ", ".join(str(i % 1000) for i in range(n // 5)),
    "number words": lambda n: " ".join(_drawn(["two", "hundred", "and", "million", "a", "half", "point"], n // 6)),
    "punctuation": lambda n: "".join(_drawn(list("aA1 ,.;:-()[]\"'?!\n$%"), n)),
    "distinct names": lambda n: " ".join(f"Officials said {a} {b} met {b} and the {a} Brotherhood." for a, b in _names(n // 70)),
}


def _names(count: int) -> list[tuple[str, str]]:
    """`count` first and last names, each drawn afresh (seeded): every person of an article a name of their own."""
    rnd = random.Random(7)
    return [tuple("".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(7)).capitalize() for _ in range(2)) for _ in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--shapes", action="store_true", help="also a panel of other odd inputs in each format")
    arguments = parser.parse_args()
    print(f"CPU time to read and brief, median of {arguments.runs} runs, one core")
    worst = growth("one sentence", [10 * 1024, 20 * 1024, 40 * 1024, 80 * 1024, 160 * 1024], one_sentence, "bytes", arguments.runs)
    worst = max(worst, growth("short lines", [12_500, 25_000, 50_000], short_lines, "lines", arguments.runs))
    if arguments.shapes:
        for name, make in SHAPES.items():
            for suffix in (".txt", ".md", ".html"):
                sizes = [40 * 1024, 160 * 1024]
                worst = max(worst, growth(f"{name} ({suffix})", sizes, lambda n, m=make: "Title\n\n" + m(n), "bytes", arguments.runs, suffix))
    verdict = "met" if worst <= _TARGET_GROWTH else "MISSED"
    print(f"largest growth per doubling: x{worst:.2f} (target x{_TARGET_GROWTH}: {verdict})")
    text = one_sentence(int(4.9 * 1024 * 1024))
    seconds, status = whole_process_cpu(text)
    verdict = "met" if seconds < _TARGET_CPU_SECONDS else "MISSED"
    print(f"`briefing export` of a 4.9 MB single-line file: {seconds:.1f} s of CPU, exit status {status} (target < {_TARGET_CPU_SECONDS:.0f} s: {verdict})")


if __name__ == "__main__":
    main()
