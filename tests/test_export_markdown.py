"""Markdown export: the layout parses back into the briefing, and nothing in an article becomes markup."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from briefings.export.as_markdown import briefing_markdown, escape
from briefings.extract import build_briefing
from briefings.model.briefing import Briefing
from briefings.model.location import sentence_around
from briefings.model.section import BRIEFING_SECTIONS, Section
from tests.helpers import SEED_000, SEED_002, read_text_article

PARSER = MarkdownIt("commonmark").enable("table").use(footnote_plugin)


SECTION_TITLES = [section.label for section in (*BRIEFING_SECTIONS, Section.SOURCES)]


def plain(inline: Token) -> str:
    """The text an inline token shows, markup aside."""
    return "".join(c.content if c.type in ("text", "code_inline") else " " if c.type == "softbreak" else "" for c in inline.children or [])


@dataclass
class Parsed:
    """What a reader of the rendered export sees, section by section."""

    title: str = ""
    sections: list[str] = field(default_factory=list)
    items: dict[str, list[str]] = field(default_factory=dict)
    rows: list[list[str]] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)


def parse(markdown: str) -> Parsed:
    tokens = PARSER.parse(markdown)
    parsed = Parsed(tokens=tokens)
    section, row, depth, in_footnote = "", [], 0, False
    for number, token in enumerate(tokens):
        following = tokens[number + 1] if number + 1 < len(tokens) else None
        if token.type == "heading_open" and following is not None:
            if token.tag == "h1":
                parsed.title = plain(following)
            else:
                section = plain(following)
                parsed.sections.append(section)
                parsed.items[section] = []
        elif token.type == "footnote_open":
            in_footnote = True
        elif token.type == "footnote_close":
            in_footnote = False
        elif token.type == "list_item_open" and following is not None:
            parsed.items[section].append(plain(tokens[number + 2]))
        elif token.type == "tr_open":
            row, depth = [], depth + 1
        elif token.type in ("td_open",) and following is not None:
            row.append(plain(following))
        elif token.type == "tr_close" and row:
            parsed.rows.append(row)
        elif token.type == "inline" and in_footnote:
            parsed.footnotes.append(plain(token))
        elif token.type == "inline" and section == "FAQ" and _starts_strong(token):
            parsed.questions.append(plain(token))
    return parsed


def _starts_strong(inline: Token) -> bool:
    shown = [c for c in inline.children or [] if c.type != "text" or c.content]
    return bool(shown) and shown[0].type == "strong_open"


@pytest.fixture(scope="module")
def seed_briefings(seeds: Path) -> dict[str, Briefing]:
    return {name: build_briefing(read_text_article(seeds / name)) for name in (SEED_000, SEED_002)}


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", [SEED_000, SEED_002])
def test_the_export_parses_back_into_its_briefing(seed_briefings: dict[str, Briefing], name: str) -> None:
    briefing = seed_briefings[name]
    parsed = parse(briefing_markdown(briefing))
    assert parsed.title == flat(briefing.article.display_title)
    assert parsed.sections == SECTION_TITLES
    assert [i.removesuffix(" ") for i in parsed.items["Summary"]] == [flat(s.text) for s in briefing.summary]
    assert [row[:1] for row in parsed.rows] == [[flat(f.text) + " "] for f in briefing.figures]
    assert [row[1:] for row in parsed.rows] == [[f.value_text, f.qualifier or "", f.subject or ""] for f in briefing.figures]
    assert [q.removesuffix(" (a question the text answers)") for q in parsed.questions] == [flat(q.question) for q in briefing.faq]
    assert len(parsed.items["Caveats"]) == len(briefing.caveats)
    for shown, caveat in zip(parsed.items["Caveats"], briefing.caveats, strict=True):
        assert shown == f"{caveat.kind.value}: {flat(caveat.text)} "
    assert len(parsed.items["Entities"]) == len(briefing.entities)
    assert len(parsed.items["Timeline"]) == len(briefing.timeline)
    spans = [item.cite for item in (*briefing.summary, *briefing.figures, *briefing.faq, *briefing.caveats)]
    spans += [sentence_around(briefing, entity.mentions[0]) for entity in briefing.entities]
    spans += [event.cite for event in briefing.timeline]
    # One footnote per passage, in order of first reference: a sentence cited by several items is one.
    assert parsed.footnotes == [flat(briefing.article.passage(span)) for span in dict.fromkeys(spans)]
    assert len(parsed.footnotes) < len(spans)


HOSTILE = """\
# *Breaking* <script>alert(1)</script> [click](javascript:alert(1)) | `rm -rf`

> Not a quote, and ## not a heading

The _agency_ said **profits** rose to $5 million, a `code` [link](https://evil.example) <img src=x onerror=alert(1)> rise.

- Officials may raise costs by 12% | table | break, sources said, according to <b>people</b> at www.evil.example.

1) Analysts expect 3 * 4 = 12 deals & more &amp; <!-- comment --> if approved.

## FAQs

Q1. Is <em>this</em> **safe** [x](javascript:void(0))?
It may be: ![img](http://evil.example/x.png) reportedly `costs` rose 7% to $2 billion.

Q2. What about # headings and > quotes?
- Nothing | here | should | become markup, officials said.
"""


def test_nothing_in_an_article_becomes_markup(write) -> None:
    briefing = build_briefing(read_text_article(write("hostile.md", HOSTILE)))
    assert briefing.figures and briefing.faq and briefing.caveats
    parsed = parse(briefing_markdown(briefing))
    types = {t.type for t in parsed.tokens} | {c.type for t in parsed.tokens for c in t.children or []}
    assert not types & {"link_open", "image", "html_block", "html_inline", "code_inline", "code_block", "fence", "blockquote_open"}
    assert [t.tag for t in parsed.tokens if t.type == "heading_open"] == ["h1"] + ["h2"] * len(SECTION_TITLES)
    assert parsed.sections == SECTION_TITLES
    ours = {flat(q.question) for q in briefing.faq} | {flat(c.text) for c in briefing.caveats for c in c.cues}
    for token in parsed.tokens:
        children = token.children or []
        for number, child in enumerate(children):
            if child.type in ("em_open", "strong_open"):
                assert children[number + 1].content in ours, "emphasis only where the exporter puts it"
    assert parsed.title == flat(briefing.article.display_title)
    assert len(parsed.rows) == len(briefing.figures)


@pytest.mark.parametrize(
    "text",
    ["*a* _b_ `c`", "# not a heading", "> not a quote", "- not a list", "1. not a list", "a | b", "[x](javascript:y)", "<script>", "http://x.example", "&amp;"],
)
def test_escaped_text_renders_as_itself(text: str) -> None:
    tokens = PARSER.parse(escape(text))
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    assert plain(tokens[1]) == text
