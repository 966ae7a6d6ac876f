"""Briefings built per second on one core: 1,000 articles of about 800 words (the seeds, varied).

    python benchmarks/build.py [--articles N] [--runs R]

Prints the median over runs of reading (text -> Article) and building
(Article -> Briefing) separately and together. Target: 200 briefings/s or more.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from briefings import bundled_seeds
from briefings.extract import build_briefing
from briefings.readers.formats import read_article


def corpus(count: int) -> list[tuple[Path, bytes]]:
    """`count` distinct articles: the seeds in turn, each with a numbered closing line."""
    seeds = sorted(bundled_seeds().glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    return [
        (Path(f"article-{i}.txt"), (texts[i % len(texts)] + f"\nArticle {i} was filed by desk {i % 7}.\n").encode())
        for i in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    files = corpus(arguments.articles)
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
    print(f"articles: {n} of {words:.0f} words on average, median of {arguments.runs} runs, one core")
    print(f"read:  {n / read_s:8.1f} articles/s")
    print(f"build: {n / build_s:8.1f} briefings/s")
    print(f"both:  {n / (read_s + build_s):8.1f} briefings/s (target 200)")


if __name__ == "__main__":
    main()
