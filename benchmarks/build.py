"""Briefings built per second on one core: 1,000 articles of about 800 words (the seeds, varied).

    python benchmarks/build.py [--articles N] [--runs R] [--news]
    python benchmarks/build.py --workers 1 2 [--articles N] [--runs R] [--news]

Prints the median over runs of reading (text -> Article) and building
(Article -> Briefing) separately and together. Target: 200 briefings/s or more.

With --workers: `briefing build --workers N` as a whole process over the same articles written to a folder, each run
into a fresh cache: briefings per second of wall time for each N, and the speed-up over the first N.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import news_articles
from briefings import bundled_seeds
from briefings.extract import build_briefing
from briefings.readers.formats import read_article


def corpus(count: int, news: bool = False) -> list[tuple[Path, bytes]]:
    """`count` distinct articles: the seeds (or the real news articles) in turn, each with a numbered closing line."""
    texts = news_articles() if news else [p.read_text(encoding="utf-8") for p in sorted(bundled_seeds().glob("*.txt"))]
    return [
        (Path(f"article-{i}.txt"), (texts[i % len(texts)] + f"\nArticle {i} was filed by desk {i % 7}.\n").encode())
        for i in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--news", action="store_true", help="the 115 real news articles of ../shared/eval/news instead of the seeds")
    parser.add_argument("--workers", type=int, nargs="+", metavar="N", help="time `briefing build --workers N` for each N")
    arguments = parser.parse_args()
    files = corpus(arguments.articles, arguments.news)
    if arguments.workers:
        fan_out(files, arguments.workers, arguments.runs)
        return
    words = statistics.mean(len(data.split()) for _, data in files)
    reading, building = [], []
    for _ in range(arguments.runs):
        start = time.perf_counter()
        articles = [read_article(path, data)[0] for path, data in files]
        middle = time.perf_counter()
        for article in articles:
            build_briefing(article)
        end = time.perf_counter()
        reading.append(middle - start)
        building.append(end - middle)
    n = arguments.articles
    read_s, build_s = statistics.median(reading), statistics.median(building)
    print(f"articles: {n} {'real news' if arguments.news else 'seeds'} of {words:.0f} words on average, median of {arguments.runs} runs, one core")
    print(f"read:  {n / read_s:8.1f} articles/s")
    print(f"build: {n / build_s:8.1f} briefings/s")
    print(f"both:  {n / (read_s + build_s):8.1f} briefings/s (target 200)")


def fan_out(files: list[tuple[Path, bytes]], workers: list[int], runs: int) -> None:
    """`briefing build --workers N` as a user runs it, for each N, each run into a fresh cache."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        library = Path(folder) / "library"
        library.mkdir()
        for path, data in files:
            (library / path.name).write_bytes(data)
        rates: dict[int, float] = {}
        for count in workers:
            times = []
            for run in range(runs):
                cache = Path(folder) / f"cache-{count}-{run}"
                start = time.perf_counter()
                command = [sys.executable, "-m", "briefings.cli", "build", "--workers", str(count), "--cache", str(cache), str(library)]
                subprocess.run(command, check=True, capture_output=True, env={**os.environ, "BRIEFING_CONFIG": str(Path(folder) / "none.toml")})
                times.append(time.perf_counter() - start)
            rates[count] = len(files) / statistics.median(times)
        print(f"`briefing build` of {len(files)} articles into a fresh cache, whole process, median of {runs} runs ({os.cpu_count()} CPUs):")
        for count, rate in rates.items():
            print(f"  {count} worker(s): {rate:7.1f} briefings/s   {rate / rates[workers[0]]:.2f}x")


if __name__ == "__main__":
    main()
