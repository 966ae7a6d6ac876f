"""Cross-references and stories on a library of real news about different events: the 115 CNN/Daily Mail
articles of ../shared/eval/news/cnndm_dev.jsonl loaded as one library, as a new user would.

    python benchmarks/links_on_news.py [--shared DIR]

Prints the links by kind and relation (a "conflicting" or "contradicts" link tells the reader that two
outlets disagree: each must be a true pair) and the stories found, with their articles' first words.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from briefings.extract import build_briefing
from briefings.library.linking import link_library
from briefings.readers.formats import read_article

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    arguments = parser.parse_args()
    lines = (arguments.shared / "eval" / "news" / "cnndm_dev.jsonl").read_text(encoding="utf-8").splitlines()
    briefings = {}
    for number, line in enumerate(lines):
        text = "\n\n".join(json.loads(line)["article_lines"]) + "\n"
        briefing = build_briefing(read_article(Path(f"cnndm-{number:03d}.txt"), text.encode("utf-8"))[0])
        briefings[briefing.id] = briefing
    links = link_library(briefings)
    counts = Counter(f"{link.kind} · {link.relation}" for link in links.crossrefs)
    print(f"{len(briefings)} articles: {len(links.crossrefs)} links, {len(links.stories)} stories")
    for kind, count in sorted(counts.items()):
        print(f"  {kind:<26}{count:>5}")
    for link in links.crossrefs:
        if link.relation in ("conflicting", "contradicts"):
            first, second = (briefings[end.briefing].article.passage(end.cite)[:70] for end in (link.a, link.b))
            print(f"  {link.relation}: {first!r} / {second!r}")
    for story in links.stories:
        print(f"  story of {len(story.briefings)}: " + " / ".join(briefings[b].article.display_title[:50] for b in story.briefings))


if __name__ == "__main__":
    main()
