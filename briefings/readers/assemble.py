"""What every reader produces (a draft) and how a draft becomes an Article."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from briefings.errors import ArticleError
from briefings.model.article import (
    BODY_KINDS,
    Article,
    ArticleFormat,
    Block,
    BlockKind,
    Dateline,
    RemovedLine,
    Sentence,
    Span,
)
from briefings.readers.boilerplate import CREDIT
from briefings.readers.dateline import find_dateline
from briefings.readers.discovery import path_text
from briefings.readers.provenance import Source
from briefings.readers.structure import derive_title
from briefings.text.sentences import split_spans

# Pairs of consecutive blocks laid out without a blank line between them.
_TIGHT = {
    (BlockKind.BULLET, BlockKind.BULLET),
    (BlockKind.QUESTION, BlockKind.ANSWER),
    (BlockKind.ANSWER, BlockKind.ANSWER),
    (BlockKind.HEADLINE, BlockKind.BYLINE),
}


MIN_BODY_WORDS = 5


@dataclass
class DraftBlock:
    """One block as read: `line` goes into the text; its content starts `lead` characters in."""

    kind: BlockKind
    line: str
    lead: int = 0


@dataclass
class Draft:
    """A reader's result before offsets are computed."""

    format: ArticleFormat
    blocks: list[DraftBlock] = field(default_factory=list)
    removed: list[RemovedLine] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: date | None = None


def word_count(line: str) -> int:
    """Words separated by spaces; in scripts written without spaces (Chinese, Japanese), a word per two characters."""
    unspaced = sum(1 for ch in line if "\u3040" <= ch <= "\u9fff")
    return len(line.split()) + unspaced // 2


def content_id(data: bytes) -> str:
    """The stable id of an article: a hash of its file's bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def build_article(path: Path, data: bytes, draft: Draft, source: Source | None = None) -> Article:
    """Lay the draft's blocks out as text and compute every span; `source` says where a fetched page came from."""
    body_words = sum(word_count(b.line) for b in draft.blocks if b.kind in BODY_KINDS)
    if body_words < MIN_BODY_WORDS:
        found = "no article text found" if not body_words else f"too little text for an article ({body_words} words)"
        raise ArticleError(found + (" besides boilerplate" if draft.removed else ""))
    text, blocks, datelines = _laid_out(draft)
    sentences = [
        Sentence(span=Span(start=s, end=e), block=index)
        for index, block in enumerate(blocks)
        if block.kind in BODY_KINDS
        for s, e in split_spans(text, block.span.start, block.span.end)
    ]
    title, derived = draft.title, False
    if not title:
        title, derived = _derived_title(text, blocks, sentences), True
    return Article(
        id=content_id(data),
        path=path_text(path),
        url=source.url if source is not None else None,
        format=draft.format,
        title=title,
        title_derived=derived and title is not None,
        author=draft.author,
        outlet=draft.outlet or next((d.outlet for d in datelines if d.outlet), None) or (source.feed if source is not None else None),
        published=draft.published,
        text=text,
        blocks=blocks,
        sentences=sentences,
        removed=draft.removed,
        datelines=datelines,
    )


def _laid_out(draft: Draft) -> tuple[str, list[Block], list[Dateline]]:
    """The draft's lines joined into the article's text, with each block's span and the datelines found."""
    pieces: list[str] = []
    blocks: list[Block] = []
    datelines: list[Dateline] = []
    offset = 0
    previous: BlockKind | None = None
    for draft_block in draft.blocks:
        if pieces:
            gap = "\n" if (previous, draft_block.kind) in _TIGHT else "\n\n"
            pieces.append(gap)
            offset += len(gap)
        start = offset + draft_block.lead
        end = offset + len(draft_block.line.rstrip())
        if draft_block.kind is BlockKind.PARAGRAPH and (opening := find_dateline(draft_block.line, draft_block.lead, end - offset, offset)):
            dateline, start = opening
            datelines.append(dateline)
        blocks.append(Block(kind=draft_block.kind, span=Span(start=start, end=end)))
        pieces.append(draft_block.line)
        offset += len(draft_block.line)
        previous = draft_block.kind
    return "".join(pieces), blocks, datelines


def _derived_title(text: str, blocks: list[Block], sentences: list[Sentence]) -> str | None:
    """A title from the lede: the first sentence of a paragraph that is no credit line (None when none is)."""
    ledes = [s for s in sentences if not CREDIT.search(text[s.span.start : s.span.end])]
    lede = next((s for s in ledes if blocks[s.block].kind is BlockKind.PARAGRAPH), ledes[0] if ledes else None)
    return derive_title(text[lede.span.start : lede.span.end]) if lede else None
