"""Caveats: accuracy on the labelled sentences of tests/caveat_cases.py, precision and recall on the
real-news dev set (../shared), and the time the grammar takes per article.

    python benchmarks/caveats.py [--shared DIR]

A labelled sentence is right when it gets no caveat and is labelled none, or gets a caveat with a cue
of the labelled kind. On the dev set a caveat counts as score.py counts it: right when its sentence
overlaps a gold caveat (must or allowed); recall is over the must-have ones; both averaged by article.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from briefings.extract.caveats import extract_caveats, find_cues
from briefings.model.article import Article, Span
from briefings.readers.formats import read_article

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from caveat_cases import CASES  # noqa: E402


def labelled() -> None:
    right = kind_right = caveats = flagged = true_flags = 0
    wrong = []
    for sentence, kind in CASES:
        kinds = {cue.kind for cue in find_cues(sentence, Span(start=0, end=len(sentence)))}
        caveats += kind is not None
        flagged += bool(kinds)
        true_flags += bool(kinds) and kind is not None
        ok = not kinds if kind is None else kind in kinds
        right += ok
        kind_right += ok and kind is not None
        if not ok:
            wrong.append(sentence)
    print(f"labelled sentences: {right}/{len(CASES)} right ({right / len(CASES):.1%}); "
          f"caveat precision {true_flags / max(flagged, 1):.3f}, recall {true_flags / max(caveats, 1):.3f}, "
          f"right kind {kind_right}/{caveats}")
    for sentence in wrong:
        print(f"  wrong: {sentence}")


def dev_set(shared: Path) -> list[Article]:
    sources, gold = shared / "eval" / "news" / "dev", shared / "gold" / "dev"
    sys.path.insert(0, str(shared / "eval"))
    import score  # the scorer's own quote matching

    articles, precision, recall = [], [], []
    for path in sorted(sources.iterdir()):
        answer = gold / f"{path.stem}.json"
        if not answer.exists():
            continue
        article, _ = read_article(path, path.read_bytes())
        articles.append(article)
        document, wanted = score.Doc(article.text), json.loads(answer.read_text(encoding="utf-8")).get("caveats", {})
        must = [document.find(quote) for quote in wanted.get("must", [])]
        known = must + [document.find(quote) for quote in wanted.get("allowed", [])]
        cites = [(c.cite.start, c.cite.end) for c in extract_caveats(article)]
        if cites:
            precision.append(sum(any(k and score.overlaps(k, c) for k in known) for c in cites) / len(cites))
        if must:
            recall.append(sum(any(m and score.overlaps(m, c) for c in cites) for m in must) / len(must))
    print(f"dev set ({len(articles)} articles): caveats precision {statistics.mean(precision):.3f}, "
          f"recall {statistics.mean(recall):.3f}")
    return articles


def speed(articles: list[Article], runs: int = 5) -> None:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for article in articles:
            extract_caveats(article)
        times.append(time.perf_counter() - start)
    print(f"time: {statistics.median(times) / len(articles) * 1000:.2f} ms per article (median of {runs} runs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    arguments = parser.parse_args()
    labelled()
    if (arguments.shared / "gold" / "dev").is_dir():
        speed(dev_set(arguments.shared))


if __name__ == "__main__":
    main()
