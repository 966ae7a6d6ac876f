"""Story summaries against the human multi-document references of the dev set's five stories, side by side
with Lead-3 of the story's first article.

    python benchmarks/story_summaries.py [--shared DIR]

Each story's articles (../shared/eval/news/dev/dev_cK_*.txt) are loaded alone, as a user would load them, and
linked; the story's summary (its points' passages, joined) and the first three sentences of its first article
are scored with ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (rouge-score, stemmed, as ../shared/eval/summaries.py does)
against dev-references/dev_cK_reference.txt. Needs `pip install rouge-score`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from briefings.extract import build_briefing
from briefings.library.linking import link_library
from briefings.linking.stories import Story
from briefings.model.briefing import Briefing
from briefings.readers.formats import read_article

ROOT = Path(__file__).resolve().parent.parent
KEYS = ("rouge1", "rouge2", "rougeLsum")


def story_of(files: list[Path]) -> tuple[list[Briefing], Story | None]:
    briefings = [build_briefing(read_article(file, file.read_bytes())[0]) for file in files]
    stories = link_library({b.id: b for b in briefings}).stories
    return briefings, stories[0] if len(stories) == 1 and len(stories[0].briefings) == len(files) else None


def summary_text(story: Story, briefings: list[Briefing]) -> str:
    by_id = {b.id: b for b in briefings}
    return "\n".join(by_id[point.briefing].article.passage(point.cite) for point in story.summary)


def lead3(briefing: Briefing) -> str:
    article = briefing.article
    return "\n".join(article.passage(sentence.span) for sentence in article.sentences[:3])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    arguments = parser.parse_args()
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        print("needs rouge-score: pip install rouge-score", file=sys.stderr)
        return 2
    scorer = rouge_scorer.RougeScorer(list(KEYS), use_stemmer=True)
    scores: dict[str, list[dict[str, float]]] = {"story": [], "lead3": []}
    for reference_file in sorted((arguments.shared / "eval" / "news" / "dev-references").glob("dev_c*_reference.txt")):
        name = reference_file.name.removesuffix("_reference.txt")
        files = sorted((arguments.shared / "eval" / "news" / "dev").glob(f"{name}_*.txt"))
        briefings, story = story_of(files)
        if story is None:
            print(f"  {name}: its {len(files)} articles form no single story")
            continue
        reference = reference_file.read_text(encoding="utf-8")
        for kind, text in (("story", summary_text(story, briefings)), ("lead3", lead3(briefings[0]))):
            result = scorer.score(reference, text)
            scores[kind].append({key: 100 * result[key].fmeasure for key in KEYS})
        print(f"  {name}: {len(files)} articles, story ROUGE-1 {scores['story'][-1]['rouge1']:.2f}, Lead-3 {scores['lead3'][-1]['rouge1']:.2f}")
    print(f"{'':8}{'R-1':>8}{'R-2':>8}{'R-Lsum':>8}")
    for kind, rows in scores.items():
        print(f"{kind:8}" + "".join(f"{statistics.mean(row[key] for row in rows):8.2f}" for key in KEYS))
    gap = statistics.mean(r["rouge1"] for r in scores["story"]) - statistics.mean(r["rouge1"] for r in scores["lead3"])
    print(f"stories {len(scores['story'])}, ROUGE-1 story minus Lead-3: {gap:+.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
