"""Plain-text articles: headline, byline, headings, bullets, FAQ blocks and paragraphs, one per line."""

from __future__ import annotations

import re

from briefings.budget import check
from briefings.model.article import ArticleFormat, BlockKind, RemovedLine
from briefings.readers.assemble import Draft, DraftBlock, word_count
from briefings.readers.boilerplate import article_part, is_furniture
from briefings.readers.structure import (
    ANSWER_MARKER,
    BULLET,
    FAQ_HEADING,
    MARKED_QUESTION,
    NUMBERED_QUESTION,
    looks_like_heading,
    looks_like_headline,
    parse_byline,
)

_OPENS_BLOCK = "\"'‘“(«[•·▪◦‣●■►*+-–"


def read_plain_text(text: str) -> Draft:
    """Classify each non-blank line of a plain-text article."""
    draft = Draft(format=ArticleFormat.TEXT)
    numbered = [(n, line.strip()) for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
    content: list[tuple[int, str]] = []
    for number, line in numbered:
        kept, removed = article_part(line)
        draft.removed.extend(RemovedLine(line=number, text=text, reason=reason) for text, reason in removed)
        if kept is not None:
            content.append((number, kept))
    content = _without_related_lists(content, draft)
    nonblank = {n for n, _ in numbered}
    in_faq = False
    run_on: dict[int, list[str]] = {}  # a paragraph's lines after its first, when its sentence runs on across lines
    for index, (number, line) in enumerate(content):
        check()
        following = content[index + 1][1] if index + 1 < len(content) else None
        previous = draft.blocks[-1].kind if draft.blocks else None
        kind, lead = _classify(line, following, previous, in_faq, draft, number + 1 not in nonblank)
        if kind is BlockKind.HEADING:
            in_faq = bool(FAQ_HEADING.match(line))
        if kind is BlockKind.PARAGRAPH is previous and content[index - 1][0] == number - 1 and _runs_on(content[index - 1][1], line):
            run_on.setdefault(len(draft.blocks) - 1, []).append(line)
            continue
        draft.blocks.append(DraftBlock(kind, line, lead))
    for index, lines in run_on.items():
        draft.blocks[index].line = "\n".join([draft.blocks[index].line, *lines])
    return draft


def _runs_on(line: str, following: str) -> bool:
    """Whether the next line goes on with the sentence `line` left open: the line ends on a word or a comma, with
    no sentence's punctuation, and the next starts in lower case or with a digit ("aged between" / "35 and 45 -
    were"); a paragraph broken inside a sentence is one paragraph."""
    open_end = line[-1:].isalnum() or line[-1:] in (",", ";", "-", "–", "—")
    return open_end and (following[:1].islower() or following[:1].isdigit())


_RELATED_WORDS = 12
_LAST_RELATED = 3  # bare lines in a row that end the article: a page's related links, not a closing list


def _without_related_lists(content: list[tuple[int, str]], draft: Draft) -> list[tuple[int, str]]:
    """Lines without a sentence's punctuation, two or more in a row amid the body, three or more ending it, or any
    before nothing but credits: a list of related stories' headlines ("Giant security gap at airports:" / "Lack of
    criminal background checks"; a last "Hidden cameras reveal airport workers stealing from luggage" before "CNN's
    Tony Marco contributed to this report."; "Related Topics" / "Flooding" / "More on this story" ending a page),
    not the article's words."""
    bare = [_bare_headline(line) for _, line in content]
    credits = len(content)
    while credits > 0 and is_furniture(content[credits - 1][1]) and not bare[credits - 1]:
        credits -= 1  # the credits that end the article
    first_sentence = next((i for i, (_, line) in enumerate(content) if not bare[i] and word_count(line) > _RELATED_WORDS), len(content))
    related: set[int] = set()
    index = first_sentence
    while index < len(content):
        end = index
        while end < len(content) and bare[end]:
            end += 1
        amid = end - index >= 2 and end < len(content)
        last = end - index >= _LAST_RELATED and end == len(content)  # "Related Topics" / "Flooding" / "More on this story" ...
        if amid or last or (end > index and end == credits < len(content)):
            related.update(range(index, end))
        index = end + 1
    draft.removed.extend(RemovedLine(line=content[i][0], text=content[i][1], reason="related-story list") for i in sorted(related))
    return [entry for i, entry in enumerate(content) if i not in related]


def _bare_headline(line: str) -> bool:
    stripped = line.rstrip()
    return (
        0 < word_count(stripped) <= _RELATED_WORDS
        and stripped[:1].isupper()
        and stripped[-1] not in ".!?\"'’”)"
        and not BULLET.match(stripped)
        and not MARKED_QUESTION.match(stripped)
    )


def _classify(
    line: str, following: str | None, previous: BlockKind | None, in_faq: bool, draft: Draft, blank_after: bool
) -> tuple[BlockKind, int]:
    """The kind of one line and where its content starts; records headline and byline metadata."""
    if previous is None and following is not None and _is_headline(line, following, blank_after):
        draft.title = line
        return BlockKind.HEADLINE, 0
    if previous is not BlockKind.QUESTION and following is not None and _is_heading(line, following, in_faq, draft):
        return BlockKind.HEADING, 0
    return classify_body_line(line, previous, in_faq, draft)


def _is_headline(line: str, following: str, blank_after: bool) -> bool:
    """A first line shaped like a headline and set apart: a byline or a blank line after it, or title case."""
    if not looks_like_headline(line) or parse_byline(line):
        return False
    return bool(parse_byline(following)) or blank_after or _title_case(line)


def _is_heading(line: str, following: str, in_faq: bool, draft: Draft) -> bool:
    """A short heading line opening a block, past the front matter, that is no question of an FAQ; a quoted one in
    title case too ("‘Chronic Problem’", a subhead quoting the words below it)."""
    quoted = _QUOTED_LINE.fullmatch(line.strip())
    shaped = looks_like_heading(line) or (quoted is not None and looks_like_heading(quoted.group(1)) and _title_case(quoted.group(1)))
    if not shaped or not _opens_block(following):
        return False
    return not MARKED_QUESTION.match(line) and not (in_faq and line.endswith("?")) and not _in_front(draft)


def classify_body_line(line: str, previous: BlockKind | None, in_faq: bool, draft: Draft) -> tuple[BlockKind, int]:
    """Byline, question, answer, bullet or paragraph; the content's start; byline metadata into `draft`."""
    if _in_front(draft) and (byline := parse_byline(line)):
        draft.author = draft.author or byline.author
        draft.published = draft.published or byline.published
        draft.outlet = draft.outlet or byline.outlet
        return BlockKind.BYLINE, 0
    if match := MARKED_QUESTION.match(line):
        return BlockKind.QUESTION, match.end()
    if in_faq and previous is not BlockKind.QUESTION and (match := NUMBERED_QUESTION.match(line)):
        return BlockKind.QUESTION, match.end()
    if previous is BlockKind.QUESTION:
        return BlockKind.ANSWER, _answer_lead(line)
    if match := BULLET.match(line):
        return BlockKind.BULLET, match.end()
    if previous is BlockKind.ANSWER:
        return BlockKind.ANSWER, _answer_lead(line)
    return BlockKind.PARAGRAPH, 0


def _in_front(draft: Draft) -> bool:
    """Whether only a headline and bylines have been read so far. Those come only first, so the last block tells."""
    return not draft.blocks or draft.blocks[-1].kind in (BlockKind.HEADLINE, BlockKind.BYLINE)


def _answer_lead(line: str) -> int:
    match = ANSWER_MARKER.match(line)
    return match.end() if match else 0


_QUOTED_LINE = re.compile(r"[‘“'\"]([^‘’“”'\"]+)[’”'\"]")


def _opens_block(line: str) -> bool:
    return line[0].isupper() or line[0].isdigit() or line[0] in _OPENS_BLOCK


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if w[0].isalpha()]
    capitalised = sum(w[0].isupper() for w in words if len(w) > 3)
    return bool(words) and capitalised >= max(2, 0.6 * sum(len(w) > 3 for w in words))
