"""Markdown articles, read from markdown-it-py's block tokens, with optional YAML front matter."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from briefings.budget import check
from briefings.model.article import ArticleFormat, BlockKind, RemovedLine
from briefings.readers.assemble import Draft, DraftBlock
from briefings.readers.boilerplate import article_part
from briefings.readers.decoding import clean
from briefings.readers.plaintext import classify_body_line
from briefings.readers.structure import FAQ_HEADING
from briefings.text.dates import parse_date

_PARSER = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)
_SKIPPED = {"fence": "code block", "code_block": "code block", "html_block": "raw HTML"}
_TITLE_KEYS = ("title", "headline")
_AUTHOR_KEYS = ("author", "authors", "byline")
_DATE_KEYS = ("date", "published", "pubdate", "published_at", "datePublished")
_OUTLET_KEYS = ("outlet", "source", "publisher", "site", "site_name", "sitename")
_FRONT_MATTER_CHARACTERS = 64 * 1024  # more is not metadata: such front matter is left unread
_MOST_ALIASES = 16  # YAML aliases can expand a few lines into gigabytes; metadata needs few, if any
_VALUE_CHARACTERS = 500  # a title, author or outlet longer than this is not one


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML that keeps dates as text (`parse_date` reads and checks them: "2024-02-30" is no date) and
    refuses documents with more than a few aliases."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:  # PyYAML's own signature
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > _MOST_ALIASES:
                raise yaml.YAMLError(f"more than {_MOST_ALIASES} aliases")
        return super().compose_node(parent, index)


def _timestamp_as_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    """A YAML timestamp kept as its text: dates are checked by the reader, not guessed by PyYAML."""
    return loader.construct_yaml_str(node)


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def read_markdown(text: str, article_format: ArticleFormat = ArticleFormat.MARKDOWN) -> Draft:
    """Turn Markdown block tokens into draft blocks; front matter gives the metadata."""
    draft = Draft(format=article_format)
    tokens = _PARSER.parse(text)
    in_list = 0
    in_faq = False
    for index, token in enumerate(tokens):
        check()
        line_number = token.map[0] + 1 if token.map else 0
        if token.type == "front_matter":
            _apply_front_matter(draft, token.content)
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            in_list += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            in_list -= 1
        elif token.type in _SKIPPED:
            first = token.content.strip().splitlines()[:1]
            draft.removed.append(RemovedLine(line=line_number, text=first[0] if first else "", reason=_SKIPPED[token.type]))
        elif token.type == "heading_open":
            line = inline_text(tokens[index + 1])
            kind = _heading_kind(draft, token, line, in_faq)
            if kind is BlockKind.HEADING:
                in_faq = bool(FAQ_HEADING.match(line))
            _add(draft, kind, line, line_number)
        elif token.type == "paragraph_open" or token.type == "tr_open":
            line = inline_text(tokens[index + 1]) if token.type == "paragraph_open" else _row_text(tokens, index)
            if not line:
                continue
            kept, removed = article_part(line)
            draft.removed.extend(RemovedLine(line=line_number, text=text, reason=reason) for text, reason in removed)
            if kept is None:
                continue
            line = kept
            if in_list and token.type == "paragraph_open":
                _add(draft, BlockKind.BULLET, line, line_number)
                continue
            previous = draft.blocks[-1].kind if draft.blocks else None
            kind, lead = classify_body_line(line, previous, in_faq, draft)
            draft.blocks.append(DraftBlock(kind, line, lead))
    return draft


def _heading_kind(draft: Draft, token: Token, line: str, in_faq: bool) -> BlockKind:
    if token.tag == "h1" and not draft.blocks:
        draft.title = draft.title or line
        return BlockKind.HEADLINE
    if in_faq and line.endswith("?"):
        return BlockKind.QUESTION
    return BlockKind.HEADING


def _add(draft: Draft, kind: BlockKind, line: str, line_number: int) -> None:
    if line:
        draft.blocks.append(DraftBlock(kind, line))


def inline_text(token: Token) -> str:
    """The plain words of an inline token: emphasis, link targets, images and raw HTML dropped."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())


def _row_text(tokens: list[Token], start: int) -> str:
    cells: list[str] = []
    for token in tokens[start + 1 :]:
        if token.type == "tr_close":
            break
        if token.type == "inline":
            cells.append(inline_text(token))
    return " | ".join(c for c in cells if c)


def _apply_front_matter(draft: Draft, content: str) -> None:
    if len(content) > _FRONT_MATTER_CHARACTERS:
        return
    try:
        meta = yaml.load(content, Loader=_FrontMatterLoader)  # a safe loader, made stricter
    except (yaml.YAMLError, ValueError, RecursionError):
        return
    if not isinstance(meta, dict):
        return
    lowered = {str(k).lower(): v for k, v in meta.items()}
    draft.title = _first_text(lowered, _TITLE_KEYS) or draft.title
    draft.author = _first_text(lowered, _AUTHOR_KEYS) or draft.author
    draft.outlet = _first_text(lowered, _OUTLET_KEYS) or draft.outlet
    draft.published = _first_date(lowered) or draft.published


def _first_text(meta: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = meta.get(key.lower())
        if isinstance(value, dict):
            value = value.get("name")
        parts = value if isinstance(value, list) else [value]
        # YAML escapes ("\e[31m") make control characters: they go, as they do from the text.
        text = ", ".join(" ".join(clean(str(p)).split()) for p in parts if isinstance(p, str | int | float) and not isinstance(p, bool))
        if text.strip(", ") and len(text) <= _VALUE_CHARACTERS:
            return text
    return None


def _first_date(meta: dict[str, Any]) -> date | None:
    for key in _DATE_KEYS:
        value = meta.get(key.lower())
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str) and (parsed := parse_date(value)):
            return parsed
    return None
