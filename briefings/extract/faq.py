"""FAQ: the article's own questions and answers, then questions answered by its sentences."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from briefings.extract.timeline import speaks_of_future
from briefings.model.article import Article, BlockKind, Sentence, Span
from briefings.model.briefing import (
    Caveat,
    CaveatKind,
    Cue,
    DateRole,
    Entity,
    EntityKind,
    FaqItem,
    FaqOrigin,
    Figure,
    FigureKind,
    TimelineEvent,
)
from briefings.readers.boilerplate import is_furniture_at
from briefings.text.lexicon import DEMONYMS, ORGANIZATIONS, PERSON_TITLES, PLACES
from briefings.text.words import word_classes

MAX_DERIVED = 8
_KEY_FIGURES = 4


def extract_faq(
    article: Article, figures: list[Figure], entities: list[Entity], caveats: list[Caveat], timeline: list[TimelineEvent]
) -> list[FaqItem]:
    """The article's own questions and answers, then up to eight questions its sentences answer, most
    important first: the key figures, the people the story names with their role, what things are,
    what is alleged, unclear or pending, when things happened, and what the most quoted people said. A question whose template cannot be
    filled grammatically from its answer sentence is not asked; no two share an answer."""
    explicit = _explicit(article)
    asked = {item.question.lower() for item in explicit}
    answered: set[Span] = set()
    derived: list[FaqItem] = []
    candidates = (
        *_amounts(article, figures),
        *_people(article, entities),
        *_definitions(article, entities),
        *_open_questions(article, caveats),
        *_dates(article, timeline),
        *_sayings(article, entities),
    )
    for item in candidates:
        if len(derived) == MAX_DERIVED:
            break
        if item.question.lower() in asked or item.cite in answered or _not_prose(article, item.cite):
            continue
        if any(own.cite.start <= item.cite.start and item.cite.end <= own.cite.end for own in explicit):
            continue  # the article's own answer says it already
        asked.add(item.question.lower())
        answered.add(item.cite)
        derived.append(item)
    return explicit + derived


def _not_prose(article: Article, cite: Span) -> bool:
    """A caption, a credit or a quotation: no answer to a question about the story."""
    return is_furniture_at(article.text, cite) or article.passage(cite).lstrip()[:1] in _QUOTES


_QUOTES = frozenset("\"'“‘«")


def _explicit(article: Article) -> list[FaqItem]:
    """Question blocks with the answer blocks that follow them, reproduced exactly; and a heading that asks a
    question ("What happens next?" over an explainer's section) with the paragraphs under it, which stay the
    article's paragraphs (the summary may quote them)."""
    items = []
    blocks = article.blocks
    for index, block in enumerate(blocks):
        answering: tuple[BlockKind, ...]
        if block.kind is BlockKind.QUESTION:
            answering = (BlockKind.ANSWER,)
        elif block.kind is BlockKind.HEADING and _ASKING_HEADING.fullmatch(article.passage(block.span).strip()):
            answering = (BlockKind.PARAGRAPH, BlockKind.BULLET)
        else:
            continue
        answers = []
        for following in blocks[index + 1 :]:
            if following.kind not in answering:
                break
            answers.append(following)
        if answers and block.kind is BlockKind.HEADING and _NO_ANSWER.match(article.passage(answers[0].span)):
            continue  # a quotation or a transcript under a rhetorical subheading ("What did she do for 36 hours?")
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


# A heading that asks a question of the story, as an explainer's do: a question word or an auxiliary first, three words
# or more, not shouted ("What happens next?", "How much will I pay?"; not "REALLY?", "But who knows?", "A crisis?").
_ASKING_HEADING = re.compile(
    r"(?:What|Why|How|When|Where|Who|Which|Whose|Will|Would|Can|Could|Is|Are|Was|Were|Do|Does|Did|Should|Has|Have)"
    r"(?: [^\s?]+){2,}\?"
)
_NO_ANSWER = re.compile(r"\s*(?:[\"'“‘«]|[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}:)")


def _derived(article: Article, question: str, cite: Span) -> FaqItem:
    return FaqItem(question=question, answer=article.passage(cite), origin=FaqOrigin.DERIVED, cite=cite)


def _body_sentences(article: Article) -> Iterator[Sentence]:
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
        if match and name and name not in asked:
            asked.add(name)
            items.append(_derived(article, f"What is {'the ' if match.group('the') else ''}{name}?", sentence.span))
    return items


_AUXILIARY = frozenset(
    "are were was is have has had will would could can may might did do does remain remained".split()
)
_PAST_VERBS = frozenset(
    "died fled left took went came fell rose won lost made told got saw ran grew became began held kept met paid sold "
    "spent stood sent brought bought fought found gave led hit shot".split()
)
# Irregular past tenses that are also the participle ("with five matches left", "with 200 jobs lost").
_PARTICIPLES = frozenset("left made told held kept paid sold spent sent brought bought fought found led hit shot won lost met".split())
_PREDICATE = re.compile(r"(?:[^,;:.!?\"“”()\[\]—–-]|(?<=[a-z0-9])-(?=[a-z]))+")  # a hyphen inside a word goes on: "kick-off", "100-member"
# Words a clause cut short cannot end on ("to serve food on the").
_DANGLING = frozenset("the a an of to on in at for with by from and or but his her its their this that as".split())
_PLAIN_WORDS = re.compile(r"[a-z][a-z’'-]*(?: [a-z][a-z’'-]*){0,3}")
_MOST_PREDICATE_WORDS = 10


def _amounts(article: Article, figures: list[Figure]) -> list[FaqItem]:
    """From the key figures, as the sentence puts them: "About 14 million voters are eligible to vote" asks
    "How many voters are eligible to vote?"; a fall or rise of a named thing asks "By how much did X fall?".
    A figure that is not the subject of its clause is not turned into a question."""
    items = []
    for figure in figures[:_KEY_FIGURES]:
        sentence = article.passage(figure.cite)
        named = _as_named(sentence, figure.subject) if figure.kind is FigureKind.PERCENT and figure.change else None
        named = named and _in_lower_case(named, sentence, article.text)
        if named is not None:
            verb = "rise" if figure.change == "up" else "fall"
            level = _WORD_BEFORE.search(article.text, max(0, figure.span.start - 12), figure.span.start)
            tense = _tense_of_the_change(sentence, figure.span.start - figure.cite.start)
            if level is not None and level.group(1).lower() == "to":  # "rose to 5.2%": where it got, not by how much
                items.append(_derived(article, f"What {tense} {named} {verb} to?", figure.cite))
            else:
                items.append(_derived(article, f"By how much {tense} {named} {verb}?", figure.cite))
            continue
        predicate = _predicate(article, figure.span.end, figure.cite.end)
        if predicate is None:
            continue
        if figure.kind is FigureKind.COUNT and figure.value != 1:
            counted = article.text[figure.amount.end : figure.span.end].strip()
            question = _how_many(article, figure, counted, predicate)
            if question is not None and _PLAIN_WORDS.fullmatch(counted) and counted.endswith("s"):
                items.append(_derived(article, question, figure.cite))
        elif figure.kind is FigureKind.MONEY and figure.span.end == figure.amount.end:
            items.append(_derived(article, f"How much {predicate}?", figure.cite))
    return items


def _tense_of_the_change(sentence: str, at: int) -> str:
    """The auxiliary a question about a change takes: "will" when the sentence puts it ahead ("will fall by 7%",
    "is set to rise"), the modal it is told with ("could fall"), else "did"."""
    ahead = _AHEAD.search(sentence, max(0, at - _AHEAD_REACH), at)
    if ahead is None:
        return "did"
    word = ahead.group(1).lower()
    return word if word in ("could", "would", "may", "might") else "will"


_AHEAD = re.compile(r"\b(will|could|would|may|might|(?:is|are) (?:set|expected|due|forecast) to)\b(?!.*\b(?:rose|fell|was|were)\b)", re.IGNORECASE)
_AHEAD_REACH = 60  # characters before the figure in which its verb's auxiliary is looked for


def _as_named(sentence: str, subject: str | None) -> str | None:
    """The subject as a question names it: with the determiner the sentence gives it ("the economy", "its forecast",
    "the Consumer Prices Index"); without one, as written when it is capitalised or in the plural ("Inflation",
    "Apple's shares", "rates"); None when it is not in the sentence or a common noun has none."""
    if not subject or subject not in sentence:
        return None
    before = _DETERMINER_BEFORE.search(sentence, 0, sentence.index(subject))
    if before is not None:
        return f"{before.group(1).lower()} {subject}"
    return subject if subject[0].isupper() or subject.endswith("s") else None


def _in_lower_case(named: str, sentence: str, text: str) -> str:
    """A subject that opens its sentence with a common word, as a question writes it mid-sentence ("By how much did
    average earnings rise?"); a name keeps its capital ("Apple's shares": the article writes "Apple" mid-sentence
    too, or no lexicon knows the word)."""
    first, _, rest = named.partition(" ")
    if not sentence.lstrip().startswith(named) or not first.isalpha() or not first[1:].islower() or not word_classes(first.lower()):
        return named  # ("Apple's" is no word of letters alone: a possessive names)
    if first in ORGANIZATIONS or first in PLACES or first in DEMONYMS:
        return named  # "Google shares", "China exports", "British exports"
    if re.search(rf"[a-z,] {re.escape(first)}\b", text):
        return named  # capitalised mid-sentence too: a name
    return " ".join(filter(None, (first.lower(), rest)))


_DETERMINER_BEFORE = re.compile(r"\b(the|its|their|his|her|our|this|that)\s+$", re.IGNORECASE)


def _how_many(article: Article, figure: Figure, counted: str, predicate: str) -> str | None:
    """The question a count of several answers when it is what the verb after it tells of: its subject ("About 14
    million voters are eligible" asks how many voters are eligible), or what a participle tells of after "with",
    "of" or a verb ("With over two million units ordered by domestic firms", "the trials of nine reporters accused
    of paying officials", "there were 10 games left": how many units were ordered, reporters were accused, games
    were left; not a verb with a clause after it, the verb of the noun before "of": "A survey of 140 councils found
    that"). None after another preposition ("allegations from two separate nurses is accused") or before a
    verb in the singular."""
    verb = predicate.split()[0].lower()
    before = _WORD_BEFORE.search(article.text, max(figure.cite.start, figure.span.start - 20), figure.span.start)
    word = before.group(1).lower() if before is not None else ""
    if word == "the" and before is not None:  # "short of the 60 votes needed to pass": a participle, as after "of"
        earlier = _WORD_BEFORE.search(article.text, max(figure.cite.start, before.start() - 20), before.start())
        word = "of" if earlier is not None and earlier.group(1).lower() in _PREPOSITIONS else word
    if verb in _SINGULAR_VERBS or word in _PREPOSITIONS - _BEFORE_A_PARTICIPLE:
        return None
    if word not in _BEFORE_A_PARTICIPLE:
        return f"How many {counted} {predicate}?"
    participle = (verb.endswith("ed") and verb not in _AUXILIARY) or verb in _PARTICIPLES
    words = predicate.split()
    if not participle or words[1:2] == ["that"]:  # "a survey of 140 councils found that ...": the survey's verb
        return None
    main = next((i for i, w in enumerate(words) if i > 1 and w.lower() in _PAST_VERBS), len(words))
    return f"How many {counted} were {' '.join(words[:main])}?"  # "reporters accused of paying officials began": not "began"


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_PREPOSITIONS = frozenset("from of with by to for in on at among against between into onto upon without".split())
_BEFORE_A_PARTICIPLE = frozenset("with of were are have had".split())  # "with N units ordered", "there were N games left"
_SINGULAR_VERBS = frozenset("is was has does".split())


def _predicate(article: Article, start: int, end: int) -> str | None:
    """The verb phrase that follows a clause's subject: from an auxiliary or a verb in the past to the end of
    the clause, at most ten words; None when the words after the subject are no verb phrase."""
    match = _PREDICATE.match(article.text, start, end)
    words = match.group().split() if match else []
    if not words:
        return None
    first = words[0].lower()
    if not first.isalpha() or (first not in _AUXILIARY and first not in _PAST_VERBS and not (first.endswith("ed") and len(first) > 3)):
        return None
    if len(words) > _MOST_PREDICATE_WORDS:
        words = _cut_short(words[:_MOST_PREDICATE_WORDS])
    return " ".join(words)


def _cut_short(words: list[str]) -> list[str]:
    """A verb phrase cut to its first words, ended where a phrase of its own begins ("missed the kick-off with some
    arriving as much as 20") or before a second verb ("have escaped from the force and revealed"), never on a
    word that leads on ("to serve food on the")."""
    lowered = [word.lower() for word in words]
    begins = next((i for i, word in enumerate(lowered) if i >= 3 and word in _PHRASE_OPENERS), None)
    if begins is not None:
        words, lowered = words[:begins], lowered[:begins]
    joined = [i for i, word in enumerate(lowered) if word in ("and", "or", "but")]
    if joined and joined[-1] > 1:
        words, lowered = words[: joined[-1]], lowered[: joined[-1]]
    while len(words) > 1 and (lowered[-1] in _DANGLING or lowered[-1][:1].isdigit()):
        words, lowered = words[:-1], lowered[:-1]
    return words


_PHRASE_OPENERS = frozenset("with while when after before because since which who whose as".split())


# Honorifics say who someone is no more than the name does.
_HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Dr", "Dr.", "Sir", "Dame", "Lady", "Lord"})
_ROLES = sorted((t for t in PERSON_TITLES if t not in _HONORIFICS), key=len, reverse=True)
_ROLE_BEFORE = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(t) for t in _ROLES) + r")\s+$")
# An apposition, within its sentence: a full stop goes on only inside an abbreviation ("a Washington D.C.-based reporter").
# "Jim Murphy, the SNP's Nicola Sturgeon and ...": a list of people, no role ("the Duchy's Estate Director at" is one)
_ANOTHER_S = re.compile(r"['’]s [A-Z][a-z]+ [A-Z][a-z]+ and\b")
_ROLE_AFTER = re.compile(r"^,\s+(?:a|an|the)\s+(?:[^,.;!?]|\.(?!\s+[A-Z\"“'‘]|\s*$)){2,140},")


def _people(article: Article, entities: list[Entity]) -> list[FaqItem]:
    """'Who is Jensen Huang?' answered by a sentence that gives the person a role: a title before the name
    ("CEO Jensen Huang") or an apposition after it ("Ana Ruiz, the mayor's spokeswoman,"). Full names only,
    the most mentioned first."""
    def has_role(mention: Span) -> bool:
        before = article.text[max(0, mention.start - 40) : mention.start]
        apposition = _ROLE_AFTER.match(article.text[mention.end : mention.end + 160])
        return bool(_ROLE_BEFORE.search(before)) or (apposition is not None and not _ANOTHER_S.search(apposition.group()))

    return _about_people(article, _people_by_mentions(entities), has_role, "Who is {}?")


def _people_by_mentions(entities: list[Entity]) -> list[Entity]:
    """The people named in full, the most mentioned first."""
    return sorted((e for e in entities if e.kind is EntityKind.PERSON and " " in e.name), key=lambda e: -e.count)


def _about_people(article: Article, people: list[Entity], fits: Callable[[Span], bool], question: str) -> list[FaqItem]:
    """For each person, the question answered by the sentence of the first mention by full name that fits."""
    items = []
    for entity in people:
        fitting = (m for m in entity.mentions if article.text[m.start : m.end] == entity.name and fits(m))
        sentences = (article.sentence_at(mention.start) for mention in fitting)  # a headline's mention has none
        sentence = next((s for s in sentences if s is not None), None)
        if sentence is not None:
            items.append(_derived(article, question.format(entity.name), sentence.span))
    return items


_ALLEGED = re.compile(r"accus|alleg|charged with|faces? \w* ?charges|facing \w* ?charges|pleaded not guilty", re.IGNORECASE)
_UNKNOWN = re.compile(
    r"unclear|uncertain|unknown|unconfirmed|unverified|not (?:\w+ )?(?:known|clear|confirmed|verified|identified|released|"
    r"disclosed|available|say)|no (?:further |more |other )?(?:details|information|indication|explanation)|little detail",
    re.IGNORECASE,
)
_OPEN_QUESTIONS: tuple[tuple[str, Callable[[Cue], bool]], ...] = (
    ("What is alleged?", lambda cue: cue.kind is CaveatKind.DISPUTE and _ALLEGED.search(cue.text) is not None),
    ("What remains unclear?", lambda cue: cue.kind is CaveatKind.UNCERTAINTY and _UNKNOWN.search(cue.text) is not None),
    ("What is still pending?", lambda cue: cue.kind is CaveatKind.PENDING),
)


def _open_questions(article: Article, caveats: list[Caveat]) -> list[FaqItem]:
    """'What is alleged?', 'What remains unclear?', 'What is still pending?' from the caveats, each answered
    by the first sentence of the article with such a cue that is not a quotation."""
    items = []
    for question, fits in _OPEN_QUESTIONS:
        caveat = next((c for c in caveats if any(fits(cue) for cue in c.cues) and not _not_prose(article, c.cite)), None)
        if caveat is not None:
            items.append(_derived(article, question, caveat.cite))
    return items


_ON = re.compile(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)
_IN = re.compile(r"^(?:early |late |mid-)?(?:january|february|march|april|june|july|august|september|october|november|december|\d{4})$", re.IGNORECASE)
_AS_IS = re.compile(r"^(?:(?:in|on|during) |today|tonight|yesterday|tomorrow|this |last |next |earlier |later |\w+ (?:days?|weeks?|months?|years?) ago)", re.IGNORECASE)
_MOST_DATE_QUESTIONS = 2


def _dates(article: Article, timeline: list[TimelineEvent]) -> list[FaqItem]:
    """'What happened on Tuesday?' (or 'What is expected on Thursday?' when the sentence speaks of the
    future) from the events the article tells first (the story's own, not the history behind it that the
    timeline puts first), the date's words as the article writes them, given "on" or "in" when they have none.
    The start or end of a state ("since March") asks nothing."""
    items: list[FaqItem] = []
    for event in sorted(timeline, key=lambda e: e.when_span.start):
        if len(items) == _MOST_DATE_QUESTIONS:
            break
        when = _when(event.when)
        if event.role is not DateRole.EVENT or when is None:
            continue
        past = event.date is not None and article.published is not None and event.date < article.published.replace(day=1)
        future = speaks_of_future(event.text, event.when_span.start - event.cite.start, whole_clause=event.relative)
        ahead = not past and (when.split(" ", 1)[0] in ("next", "tomorrow") or future)
        verb = "is expected" if ahead else "happened"
        items.append(_derived(article, f"What {verb} {when}?", event.cite))
    return items


def _when(words: str) -> str | None:
    """The date's words as a question's adverbial: "Tuesday" as "on Tuesday", "2004" as "in 2004", "On
    Monday" as "on Monday", "Sunday's" (of "Sunday's derby") as "on Sunday"; None for words that make none ("of
    2011", "from 1980")."""
    words = words.removesuffix("'s").removesuffix("’s")
    first, _, rest = words.partition(" ")
    if first.lower() in _LOWER_FIRST:
        words = " ".join((first.lower(), rest)).strip()
    if _AS_IS.match(words):
        return words
    if _IN.match(words):
        return f"in {words}"
    if _ON.match(words):
        return f"on {words}"
    return None


_LOWER_FIRST = frozenset("in on during today tonight yesterday tomorrow this last next earlier later".split())


_SAID_AFTER = re.compile(r"^\s+(?:said|says|told)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says)\s+$")
_ENDS_ATTRIBUTION = re.compile(r"[,.;:!?”\"’']|\s*$")  # "..., said Ana Ruiz." (not "Redwood said Ana Ruiz was ill")
_MOST_SAYINGS = 2


def _sayings(article: Article, entities: list[Entity]) -> list[FaqItem]:
    """'What did Ana Ruiz say?' answered by the first sentence that quotes or reports the person by full
    name ("Ana Ruiz said", "..., said Ana Ruiz."; not "Redwood said Ana Ruiz was ill": what is said of her), for
    the two people the article names most."""
    def quoted(mention: Span) -> bool:
        before = article.text[max(0, mention.start - 12) : mention.start]
        inverted = _SAID_BEFORE.search(before) is not None and _ENDS_ATTRIBUTION.match(article.text, mention.end) is not None
        return bool(_SAID_AFTER.match(article.text, mention.end)) or inverted

    return _about_people(article, _people_by_mentions(entities)[:_MOST_SAYINGS], quoted, "What did {} say?")
