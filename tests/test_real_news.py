"""The dev set of real news (../shared/eval/news/dev): no briefing item or title is page chrome."""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from pathlib import Path

import pytest

from tests.extract_helpers import briefing_of

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = SHARED / "eval" / "news" / "dev"
GOLD = SHARED / "gold" / "dev"
DATELINE = re.compile(r"^(?:\(CNN\)|[A-Z]{3,}[A-Z ,.]*(?:\([A-Z][\w/]*\))?\s*[—–-])")


def folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).replace("’", "'").split()).lower()


@pytest.mark.skipif(not DEV.exists(), reason="needs ../shared beside the project")
def test_no_summary_faq_timeline_item_or_title_is_a_caption_credit_dateline_or_widget() -> None:
    checked = 0
    for path in sorted(DEV.iterdir()):
        gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))
        chrome = [folded(line) for line in gold.get("boilerplate", []) if line.strip()]
        briefing = briefing_of(path.read_text(encoding="utf-8"), path.name)
        shown = [item.text for item in briefing.summary] + [item.answer for item in briefing.faq]
        shown += [event.text for event in briefing.timeline] + [briefing.article.title or ""]
        for text in filter(None, shown):
            checked += 1
            assert not any(folded(text) in line or line in folded(text) for line in chrome), (path.name, text)
            assert not DATELINE.match(text), (path.name, text)
    assert checked > 300


QUESTION = re.compile(r"^(?:What|Who|How many|How much|By how much|When|Where|Which) [^?]+\?$")
# The words the question templates bring; every other word of a question comes from its answer.
TEMPLATE = frozenset(
    "what who how many much by did is are was were happened expected alleged remains unclear still pending say "
    "on in rise fall the".split()
)


@pytest.mark.skipif(not DEV.exists(), reason="needs ../shared beside the project")
def test_derived_questions_read_well_and_rest_on_their_answer() -> None:
    counts = []
    for path in sorted(DEV.iterdir()):
        gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))
        chrome = [folded(line) for line in gold.get("boilerplate", []) if line.strip()]
        briefing = briefing_of(path.read_text(encoding="utf-8"), path.name)
        derived = [item for item in briefing.faq if item.origin == "derived"]
        counts.append(len(derived))
        for item in derived:
            question = item.question
            assert QUESTION.match(question), question
            words = re.findall(r"[\w’'.-]+", question.lower().rstrip("?"))
            assert all(a != b for a, b in itertools.pairwise(words)), question  # no doubled word
            answer = folded(item.answer)
            assert all(folded(word) in answer for word in words if word not in TEMPLATE), (question, item.answer)
            assert not any(folded(item.answer) in line or line in folded(item.answer) for line in chrome), item.answer
            assert item.answer == briefing.article.passage(item.cite)
    assert sum(counts) / len(counts) >= 3 and max(counts) <= 8
