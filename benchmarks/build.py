"""Briefings built per second on one core: 1,000 articles of about 800 words (the seeds, varied).

    python benchmarks/build.py [--articles N] [--runs R] [--news]

Prints the median over runs of reading (text -> Article) and building
(Article -> Briefing) separately and together. Target: 200 briefings/s or more.
"""

from __future__ import annotations

import argparse
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
    arguments = parser.parse_args()
    files = corpus(arguments.articles, arguments.news)
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


if __name__ == "__main__":
    main()
