"""Summary: three to five sentences of the article, never rewritten.

The article's own summary section wins when it has one; otherwise the lede,
then the sentences that score best on position, centrality and entity density,
then the sentences that carry the key figures, with near-repeats left out.
"""

from __future__ import annotations

import re
from collections import Counter

from briefings.briefing import Entity, Figure, SummaryItem
from briefings.models import Article, BlockKind, Sentence

SUMMARY_HEADING = re.compile(
    r"^\s*(?:summary|key points|key takeaways|takeaways|tl;?\s?dr|highlights|at a glance|in brief|the bottom line|"
    r"in short|quick read|what we know)\b",
    re.IGNORECASE,
)
MIN_ITEMS, MAX_ITEMS = 3, 5
_WORD = re.compile(r"[A-Za-z][a-z’'-]+|\d[\d,.]*")
_STOP = frozenset(
    """the a an and or but of in on at to for from by with as is are was were be been has have had it its this that
    these those he she they we his her their our will would could can may might said says also than then there which
    who whom what when where while after before over into about more most not no so if such other some all any""".split()
)
_MIN_WORDS, _MAX_WORDS = 6, 70
_REPEAT = 0.5


def extract_summary(article: Article, figures: list[Figure], entities: list[Entity]) -> list[SummaryItem]:
    own = _own_summary(article)
    if len(own) >= MIN_ITEMS:
        return own[:MAX_ITEMS]
    candidates = [s for s in article.sentences if _eligible(article, s)]
    if not candidates:
        return []
    words = {id(s): _content_words(article.passage(s.span)) for s in candidates}
    frequency = Counter(w for ws in words.values() for w in set(ws))
    mentions = sorted(m.start for e in entities for m in e.mentions)
    chosen: list[Sentence] = [candidates[0]]

    def score(rank: int, sentence: Sentence) -> float:
        content = words[id(sentence)]
        centrality = sum(frequency[w] - 1 for w in set(content)) / (len(set(content)) or 1)
        entities_in = sum(1 for m in mentions if sentence.span.start <= m < sentence.span.end)
        return 1.0 / (1 + 0.35 * rank) + 0.08 * centrality + 0.1 * min(entities_in, 3)

    ranked = sorted(enumerate(candidates[1:], start=1), key=lambda pair: -score(*pair))
    for _, sentence in ranked:
        if len(chosen) >= MIN_ITEMS:
            break
        if not _repeats(words[id(sentence)], [words[id(c)] for c in chosen]):
            chosen.append(sentence)
    by_start = {s.span.start: s for s in candidates}
    covered_values = {f.value for f in figures if any(c.span.overlaps(f.cite) for c in chosen)}
    for figure in figures[:3]:
        sentence = by_start.get(figure.cite.start)
        if len(chosen) >= MAX_ITEMS or sentence is None or sentence in chosen or figure.value in covered_values:
            continue
        if not _repeats(words[id(sentence)], [words[id(c)] for c in chosen]):
            chosen.append(sentence)
            covered_values.add(figure.value)
    chosen.sort(key=lambda s: s.span.start)
    return [SummaryItem(text=article.passage(s.span), cite=s.span, origin="selected") for s in chosen]


def _own_summary(article: Article) -> list[SummaryItem]:
    """Sentences of the article's own 'Summary' / 'Key points' / 'TL;DR' section."""
    items: list[SummaryItem] = []
    inside = False
    for index, block in enumerate(article.blocks):
        if block.kind is BlockKind.HEADING:
            if items:
                break
            inside = bool(SUMMARY_HEADING.match(article.passage(block.span)))
        elif inside and block.kind in (BlockKind.BULLET, BlockKind.PARAGRAPH):
            items.extend(
                SummaryItem(text=article.passage(s.span), cite=s.span, origin="article summary")
                for s in article.sentences
                if s.block == index
            )
    return items


def _eligible(article: Article, sentence: Sentence) -> bool:
    if article.blocks[sentence.block].kind not in (BlockKind.PARAGRAPH, BlockKind.BULLET):
        return False
    count = len(article.passage(sentence.span).split())
    return _MIN_WORDS <= count <= _MAX_WORDS


def _content_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP]


def _repeats(words: list[str], chosen: list[list[str]]) -> bool:
    mine = set(words)
    return any(len(mine & set(other)) / (len(mine | set(other)) or 1) > _REPEAT for other in chosen)
