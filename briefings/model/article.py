"""The article model: cleaned text plus the structure found in it, all by character spans."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from briefings.model.span import Span as Span  # at home in model.span, which search reads without pydantic


class BlockKind(StrEnum):
    HEADLINE = "headline"
    BYLINE = "byline"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    BULLET = "bullet"
    QUESTION = "question"
    ANSWER = "answer"


BODY_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.BULLET, BlockKind.QUESTION, BlockKind.ANSWER})


@dataclass(frozen=True, slots=True)
class Block:
    """One structural unit; `span` covers its content (list and question markers excluded)."""

    kind: BlockKind
    span: Span


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a body block."""

    span: Span
    block: int


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A source line left out of the cleaned text, and why."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place and wire credit opening a paragraph ("ROME (AP) —", "(CNN)"): kept in the text, outside its
    sentences."""

    span: Span
    place: str | None
    outlet: str | None


class ArticleFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


class Article(BaseModel):
    """An article as read from one file: metadata, cleaned text and its structure."""

    model_config = ConfigDict(frozen=True)

    id: str
    path: str
    url: str | None = None  # the page's address, when the file was fetched from one
    format: ArticleFormat
    title: str | None = None
    title_derived: bool = False
    author: str | None = None
    outlet: str | None = None
    published: date | None = None
    text: str
    blocks: list[Block] = []
    sentences: list[Sentence] = []
    removed: list[RemovedLine] = []
    datelines: list[Dateline] = []

    def passage(self, span: Span) -> str:
        """The words of the text under `span`."""
        return self.text[span.start : span.end]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds `offset`, if any (a title's or a heading's offset has none), found by bisection:
        the sentences are in text order."""
        index = bisect.bisect_right(self.sentences, offset, key=lambda sentence: sentence.span.start) - 1
        found = self.sentences[index] if index >= 0 else None
        return found if found is not None and offset < found.span.end else None

    @property
    def headings(self) -> list[str]:
        return [self.passage(b.span) for b in self.blocks if b.kind is BlockKind.HEADING]

    @property
    def display_title(self) -> str:
        """The title, or the file name when the article has none."""
        return self.title or self.path.rsplit("/", 1)[-1]
