"""Key figures on real news: units on the 115 CNN/Daily Mail articles, ranking on the dev set.

    python benchmarks/figure_quality.py [--shared DIR]

Units: the share of figures that have a unit, and the share whose unit is a word that is no noun
(a verb, adverb, preposition: "40 metres away" read as unit "away"), by LemmInflect's lexicon; currency
codes, percent and measures count as nouns, and so does a word the lexicon lacks ("Britons", "apps").
Ranking: for each dev article with gold must-have figures, the share of its top three key figures that
are gold must-have figures (as score.py matches them: the figure's words overlap the gold quote). Beside it,
a second yardstick from articles outside the dev set, so that a change of the ranking can be checked against
text it was not fitted to: for each CNN/DM article of cnndm_dev.jsonl not in the dev set whose human
highlights state a value one of its figures has, the share of its top three key figures whose value (or an
end of its range, within 1%) the highlights state, with its ceiling (the distinct such values, three at most).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

from lemminflect import getAllLemmas

from briefings.extract.figures import extract_figures
from briefings.extract.numbers import find_numbers, tokenize
from briefings.model.briefing import Figure
from briefings.readers.formats import read_article

ROOT = Path(__file__).resolve().parent.parent
_ALWAYS_UNITS = {"percent", "percentage points", "basis points", "times", "points"}


def is_noun(unit: str) -> bool:
    word = unit.split()[-1]
    if unit in _ALWAYS_UNITS or unit.isupper() or len(word) <= 3:
        return True  # currency codes, "km", "kg"
    classes = getAllLemmas(word.lower())
    return not classes or "NOUN" in classes or "PROPN" in classes  # a word the lexicon lacks is given the benefit


def units(shared: Path) -> None:
    rows = [json.loads(line) for line in (shared / "eval" / "news" / "cnndm_dev.jsonl").read_text(encoding="utf-8").splitlines()]
    figures = []
    for index, row in enumerate(rows):
        text = "\n\n".join(row["article_lines"])
        article, _ = read_article(Path(f"cnndm_{index}.txt"), text.encode("utf-8"))
        figures += extract_figures(article)
    with_unit = [f for f in figures if f.unit]
    not_nouns = [f for f in with_unit if not is_noun(f.unit)]
    print(f"units ({len(rows)} CNN/DM articles, {len(figures)} figures): {len(with_unit) / len(figures):.1%} with a unit, "
          f"{len(not_nouns) / len(figures):.1%} with a unit that is no noun")
    for figure in not_nouns[:10]:
        print(f"  no noun: {figure.unit!r} in {figure.text!r}")


def ranking(shared: Path) -> None:
    sys.path.insert(0, str(shared / "eval"))
    import score

    shares, ceilings = [], []
    for gold_file in sorted((shared / "gold" / "dev").glob("dev_*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        must = gold.get("figures", {}).get("must", [])
        source = shared / "eval" / "news" / "dev" / f"{gold_file.stem}.txt"
        if not must or not source.exists():
            continue
        article, _ = read_article(source, source.read_bytes())
        document = score.Doc(article.text)
        quotes = [q for q in (document.find(f["quote"]) for f in must) if q]
        top = extract_figures(article)[:3]
        if top:
            shares.append(sum(any(score.overlaps(q, (f.span.start, f.span.end)) for q in quotes) for f in top) / len(top))
            ceilings.append(min(len(quotes), len(top)) / len(top))  # an article with one must-have figure: 1/3 at best
    print(f"ranking ({len(shares)} dev articles with gold must-have figures): "
          f"{statistics.mean(shares):.3f} of the top three key figures are must-have figures "
          f"(a perfect ranking: {statistics.mean(ceilings):.3f})")


def _stated(figure: Figure, stated: list[float]) -> bool:
    """Whether the figure's value, or an end of its range, is one of the values stated (within 1%)."""
    ends = [v for v in (figure.value, figure.low, figure.high) if v is not None]
    return any(abs(v - s) <= 0.01 * max(abs(s), 1e-9) for v in ends for s in stated)


def highlighted(shared: Path) -> None:
    dev = {
        next(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()).strip()
        for path in (shared / "eval" / "news" / "dev").glob("dev_cnndm_*.txt")
    }
    rows = [json.loads(line) for line in (shared / "eval" / "news" / "cnndm_dev.jsonl").read_text(encoding="utf-8").splitlines()]
    shares, ceilings = [], []
    for index, row in enumerate(rows):
        stated = [n.value for n in find_numbers(tokenize(row["reference"])) if n.value is not None]
        if row["article_lines"][0].strip() in dev or not stated:
            continue
        article, _ = read_article(Path(f"cnndm_{index}.txt"), "\n\n".join(row["article_lines"]).encode("utf-8"))
        figures = extract_figures(article)
        values = {figure.value_text for figure in figures if _stated(figure, stated)}
        if values:
            shares.append(min(sum(_stated(figure, stated) for figure in figures[:3]), len(values), 3) / 3)
            ceilings.append(min(len(values), 3) / 3)
    print(f"ranking against human highlights ({len(shares)} CNN/DM articles outside the dev set): "
          f"{statistics.mean(shares):.3f} of the top three key figures are stated in the highlights "
          f"(a perfect ranking: {statistics.mean(ceilings):.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    arguments = parser.parse_args()
    units(arguments.shared)
    ranking(arguments.shared)
    highlighted(arguments.shared)


if __name__ == "__main__":
    main()
