"""The article model: cleaned text plus the structure found in it, all by character spans."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Span(BaseModel):
    """A half-open range [start, end) of code points in an article's text."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class BlockKind(StrEnum):
    HEADLINE = "headline"
    BYLINE = "byline"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    BULLET = "bullet"
    QUESTION = "question"
    ANSWER = "answer"


BODY_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.BULLET, BlockKind.QUESTION, BlockKind.ANSWER})


class Block(BaseModel):
    """One structural unit; `span` covers its content (list and question markers excluded)."""

    model_config = ConfigDict(frozen=True)

    kind: BlockKind
    span: Span


class Sentence(BaseModel):
    """A sentence of a body block."""

    model_config = ConfigDict(frozen=True)

    span: Span
    block: int


class RemovedLine(BaseModel):
    """A source line left out of the cleaned text, and why."""

    model_config = ConfigDict(frozen=True)

    line: int
    text: str
    reason: str


class ArticleFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


class Article(BaseModel):
    """An article as read from one file: metadata, cleaned text and its structure."""

    model_config = ConfigDict(frozen=True)

    id: str
    path: str
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

    def passage(self, span: Span) -> str:
        """The words of the text under `span`."""
        return self.text[span.start : span.end]

    @property
    def headings(self) -> list[str]:
        return [self.passage(b.span) for b in self.blocks if b.kind is BlockKind.HEADING]

    @property
    def display_title(self) -> str:
        """The title, or the file name when the article has none."""
        return self.title or self.path.rsplit("/", 1)[-1]
