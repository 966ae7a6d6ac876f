"""Time and peak memory to cross-reference a library of 1,000 and 10,000 articles and group it into stories,
and how the cost grows.

    python benchmarks/crossrefs.py [--sizes 1000 10000]

The library is the 115 real news articles of ../shared/eval/news, briefed once and repeated with
variations: each story's copies get other words (letters of every longer word shifted, lengths kept
so that every cited span stays valid), and three copies share one story's words, like one story
told by three outlets. Each size runs in a fresh process; prints the time (cross-references, then stories), the
peak resident memory that both added, the links and stories found, and the time per article relative to the
first size.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import news_articles
from briefings.extract import build_briefing
from briefings.linking.crossref import Linker
from briefings.linking.stories import link_stories
from briefings.model.briefing import Briefing
from briefings.readers.formats import read_article

_WORD = re.compile(r"\b[A-Za-z][a-z]{2,}")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
STORY_SIZE = 3


def renamed(text: str, variant: int) -> str:
    """`text` with the second to fourth letters of each word of three letters or more shifted by `variant`."""
    shifts = (variant % 26, variant // 26 % 26, variant // 676 % 26)

    def shift(match: re.Match[str]) -> str:
        word = match.group()
        middle = "".join(_LETTERS[(_LETTERS.index(c) + s) % 26] for c, s in zip(word[1:4], shifts, strict=False))
        return word[0] + middle + word[4:]

    return _WORD.sub(shift, text)


def library(size: int, originals: list[Briefing]) -> list[Briefing]:
    """`size` briefings: the originals in turn, renamed per story of STORY_SIZE copies."""
    copies = []
    for number in range(size):
        original = originals[number % len(originals)]
        variant = number // (len(originals) * STORY_SIZE) * len(originals) + number % len(originals) + 1
        article = original.article.model_copy(update={"text": renamed(original.article.text, variant)})
        copies.append(original.model_copy(update={"id": f"{number:06d}", "article": article}))
    return copies


def measure(size: int) -> tuple[float, float, float, int, int]:
    """Read a library of `size` for linking, then find its stories and the links inside them (in this process):
    seconds for each, peak memory added (MiB), links, stories."""
    originals = [build_briefing(read_article(Path(f"news-{n}.txt"), text.encode())[0]) for n, text in enumerate(news_articles())]
    briefings = library(size, originals)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    linker = Linker(briefings)
    middle = time.perf_counter()
    links, stories = link_stories(linker)
    end = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return middle - start, end - middle, (peak - before) / 1024, len(links), len(stories)


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(measure(int(sys.argv[2]))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    arguments = parser.parse_args()
    print(f"real news articles, briefed once; copies renamed in stories of {STORY_SIZE}; one fresh process per size")
    baseline = None
    for size in arguments.sizes:
        result = subprocess.run([sys.executable, __file__, "--child", str(size)], capture_output=True, text=True, check=True)
        linking, grouping, memory, links, stories = json.loads(result.stdout)
        per_article = (linking + grouping) / size
        baseline = baseline or per_article
        print(
            f"  {size:>6} articles: {linking:7.2f} s to read + {grouping:6.2f} s for stories and links, peak memory added "
            f"{memory:7.1f} MiB, {links} links, {stories} stories; time per article {per_article / baseline:.2f}x "
            "the first size's (1.00 is linear)"
        )


if __name__ == "__main__":
    main()
