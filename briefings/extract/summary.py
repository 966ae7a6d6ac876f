"""Summary: three to five sentences of the article, never rewritten.

The article's own summary section wins when it has one. Otherwise the lead
sentences (news puts the gist first), skipping fragments and near-repeats, plus
the sentence of the story's key figure when the article repeats that figure and
the lead does not carry it. On 115 CNN/Daily Mail articles, weighting
centrality or entity density into the choice lowered ROUGE-1; see the README.
"""

from __future__ import annotations

import re
from collections import Counter

from briefings.model.article import Article, BlockKind, Sentence
from briefings.model.briefing import Figure, SummaryItem
from briefings.text.words import word_classes

SUMMARY_HEADING = re.compile(
    r"^\s*(?:summary|key points|key takeaways|takeaways|tl;?\s?dr|highlights|at a glance|in brief|the bottom line|"
    r"in short|quick read|what we know)\b",
    re.IGNORECASE,
)
LEAD_ITEMS, MAX_ITEMS = 3, 5
KEY_FIGURES = 3  # the key figure is one of the three best-ranked
_WORD = re.compile(r"[A-Za-z][a-z’'-]+|\d[\d,.]*")
_STOP = frozenset(
    """the a an and or but of in on at to for from by with as is are was were be been has have had it its this that
    these those he she they we his her their our will would could can may might said says also than then there which
    who whom what when where while after before over into about more most not no so if such other some all any""".split()
)
_MIN_WORDS, _MAX_WORDS = 6, 70
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?:['’][a-z]+)?(?![\w-])")
_REPEAT = 0.5


def extract_summary(article: Article, figures: list[Figure], furniture: frozenset[int]) -> list[SummaryItem]:
    """The article's own summary when it has one; else its first sentences of prose that say different things
    (no credit or caption: `furniture`, where they start), and the sentence of a key figure said more than once."""
    own = _own_summary(article)
    if len(own) >= LEAD_ITEMS:
        return own[:MAX_ITEMS]
    candidates = [s for s in article.sentences if _eligible(article, s, furniture)]
    words = {s.span.start: set(_content_words(article.passage(s.span))) for s in candidates}
    chosen: list[Sentence] = []
    for sentence in candidates:
        if len(chosen) == LEAD_ITEMS:
            break
        if not _repeats(words, sentence, chosen):
            chosen.append(sentence)
    key = _key_figure_sentence(figures, chosen, {s.span.start: s for s in candidates})
    if key is not None and not _repeats(words, key, chosen):
        chosen.append(key)
    chosen.sort(key=lambda s: s.span.start)
    return [SummaryItem(text=article.passage(s.span), cite=s.span, origin="lead") for s in chosen]


def _key_figure_sentence(figures: list[Figure], chosen: list[Sentence], by_start: dict[int, Sentence]) -> Sentence | None:
    """The sentence of a top-ranked figure whose value the article states more than once, unless the lead has it."""
    counts = Counter(f.value for f in figures if f.value is not None)
    top = next((f for f in figures[:KEY_FIGURES] if f.value is not None and counts[f.value] > 1), None)
    if top is None or any(c.span.overlaps(f.cite) for c in chosen for f in figures if f.value == top.value):
        return None
    return by_start.get(top.cite.start)


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


def _eligible(article: Article, sentence: Sentence, furniture: frozenset[int]) -> bool:
    if article.blocks[sentence.block].kind not in (BlockKind.PARAGRAPH, BlockKind.BULLET):
        return False
    if sentence.span.start in furniture:
        return False
    passage = article.passage(sentence.span)
    return _MIN_WORDS <= len(passage.split()) <= _MAX_WORDS and _says_something(passage)


def _says_something(passage: str) -> bool:
    """Whether a sentence has a word in lower case that can be a verb, or a verb's clitic ("it's"): a title or a
    heading run on as a line of its own ("The Story of Katherine of Alexandria.") or a caption's label has none."""
    return any(
        ("'" in word or "’" in word) or not {"VERB", "AUX"}.isdisjoint(word_classes(word)) for word in _LOWER_WORD.findall(passage)
    )


def _content_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP]


def _repeats(words: dict[int, set[str]], sentence: Sentence, chosen: list[Sentence]) -> bool:
    """Whether the sentence shares most of its content words with one already chosen."""
    mine = words[sentence.span.start]
    return any(len(mine & words[c.span.start]) / (len(mine | words[c.span.start]) or 1) > _REPEAT for c in chosen)

