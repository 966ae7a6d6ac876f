"""FAQ: the article's own questions and answers, then questions answered by its sentences."""

from __future__ import annotations

import re

from briefings.briefing import (
    Caveat,
    CaveatKind,
    Entity,
    EntityKind,
    FaqItem,
    FaqOrigin,
    Figure,
    FigureKind,
    TimelineEvent,
)
from briefings.lexicon import PERSON_TITLES
from briefings.models import Article, BlockKind, Span

MAX_DERIVED = 8
_TITLE_BEFORE = re.compile(r"(?:^|\s)(" + "|".join(re.escape(t) for t in sorted(PERSON_TITLES, key=len, reverse=True)) + r")\s+$")


def extract_faq(
    article: Article, figures: list[Figure], entities: list[Entity], caveats: list[Caveat], timeline: list[TimelineEvent]
) -> list[FaqItem]:
    explicit = _explicit(article)
    asked = {item.question.lower() for item in explicit}
    derived: list[FaqItem] = []
    for item in (
        *_definitions(article, entities),
        *_amounts(article, figures),
        *_people(article, entities),
        *_dates(article, timeline),
        *_open_questions(article, caveats),
    ):
        if item.question.lower() not in asked and len(derived) < MAX_DERIVED:
            asked.add(item.question.lower())
            derived.append(item)
    return explicit + derived


def _explicit(article: Article) -> list[FaqItem]:
    """Question blocks with the answer blocks that follow them, reproduced exactly."""
    items = []
    blocks = article.blocks
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.QUESTION:
            continue
        answers = []
        for following in blocks[index + 1 :]:
            if following.kind is not BlockKind.ANSWER:
                break
            answers.append(following)
        if not answers:
            continue
        answer = Span(start=answers[0].span.start, end=answers[-1].span.end)
        items.append(
            FaqItem(
                question=article.passage(block.span),
                answer=article.passage(answer),
                origin=FaqOrigin.EXPLICIT,
                cite=Span(start=block.span.start, end=answer.end),
            )
        )
    return items


def _derived(article: Article, question: str, cite: Span) -> FaqItem:
    return FaqItem(question=question, answer=article.passage(cite), origin=FaqOrigin.DERIVED, cite=cite)


def _body_sentences(article: Article):
    return (s for s in article.sentences if article.blocks[s.block].kind in (BlockKind.PARAGRAPH, BlockKind.BULLET))


_DEFINITION = re.compile(r"^(?P<the>The )?(?P<name>[A-Z][\w’'.&-]*(?: [A-Z][\w’'.&-]*){0,3}) (?:is|are) (?:a|an|the|one of|\w+[’']s)\b")


def _definitions(article: Article, entities: list[Entity]) -> list[FaqItem]:
    """'What is the H200?' from a sentence that opens 'The H200 is ...'."""
    kinds = (EntityKind.PRODUCT, EntityKind.ORGANIZATION, EntityKind.OTHER)
    names = {alias: e.name for e in entities if e.kind in kinds for alias in (e.name, *e.aliases)}
    items, asked = [], set()
    for sentence in _body_sentences(article):
        match = _DEFINITION.match(article.passage(sentence.span))
        name = names.get(match.group("name")) if match else None
        if name and name not in asked:
            asked.add(name)
            items.append(_derived(article, f"What is {'the ' if match.group('the') else ''}{name}?", sentence.span))
    return items


def _amounts(article: Article, figures: list[Figure]) -> list[FaqItem]:
    """'How many chips are reported?' from the key figures."""
    items = []
    asked: set[float | None] = set()
    for figure in figures[:4]:
        if figure.value in asked:
            continue
        asked.add(figure.value)
        if figure.kind is FigureKind.COUNT and figure.unit and figure.unit.isalpha() and figure.unit.endswith("s"):
            question = f"How many {figure.unit} are reported?"
        elif figure.kind is FigureKind.MONEY:
            question = f"How much money is involved{' in ' + figure.subject if figure.subject else ''}?"
        elif figure.kind is FigureKind.PERCENT and figure.change and figure.subject:
            question = f"How much did {figure.subject} {'rise' if figure.change == 'up' else 'fall'}?"
        else:
            continue
        items.append(_derived(article, question, figure.cite))
    return items


def _people(article: Article, entities: list[Entity]) -> list[FaqItem]:
    """'Who is Jensen Huang?' when the text gives the person a role ('CEO Jensen Huang')."""
    items = []
    for entity in entities:
        if entity.kind is not EntityKind.PERSON:
            continue
        for mention in entity.mentions:
            if _TITLE_BEFORE.search(article.text[max(0, mention.start - 30) : mention.start]):
                sentence = next((s for s in article.sentences if s.span.start <= mention.start < s.span.end), None)
                if sentence is not None:
                    items.append(_derived(article, f"Who is {entity.name}?", sentence.span))
                break
    return items


def _dates(article: Article, timeline: list[TimelineEvent]) -> list[FaqItem]:
    """'What happened this week?' from the timeline."""
    items = []
    for event in timeline[:2]:
        when = event.when if event.relative or event.when.split()[0].lower() in ("in", "on", "since", "by") else f"on {event.when}"
        items.append(_derived(article, f"What happened {when}?", event.cite))
    return items


def _open_questions(article: Article, caveats: list[Caveat]) -> list[FaqItem]:
    """'What remains uncertain?' and 'What is still pending?' from the caveats."""
    questions = {CaveatKind.UNCERTAINTY: "What remains uncertain?", CaveatKind.PENDING: "What is still pending?"}
    items = []
    for kind, question in questions.items():
        caveat = next((c for c in caveats if c.kind is kind), None) or next(
            (c for c in caveats if any(cue.kind is kind for cue in c.cues)), None
        )
        if caveat is not None:
            items.append(_derived(article, question, caveat.cite))
    return items
