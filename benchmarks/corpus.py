"""Libraries of any size for the benchmarks, made of real news articles (../shared/eval/news), varied.

Each copy of an article gets a numbered closing line, so that no two files have the same content
(identical files load once).
"""

from __future__ import annotations

import json
from pathlib import Path

NEWS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "news" / "cnndm_dev.jsonl"


def news_articles() -> list[str]:
    """The real articles of the summary evaluation, one text each (lines joined as paragraphs)."""
    with NEWS.open(encoding="utf-8") as lines:
        return ["\n\n".join(json.loads(line)["article_lines"]) + "\n" for line in lines if line.strip()]


def write_library(folder: Path, count: int) -> Path:
    """Write `count` distinct article files under `folder` (100 per subfolder); the folder."""
    texts = news_articles()
    for number in range(count):
        sub = folder / f"batch-{number // 100:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        text = texts[number % len(texts)] + f"\nArticle {number} was filed by desk {number % 7}.\n"
        (sub / f"article-{number:05d}.txt").write_text(text, encoding="utf-8")
    return folder
