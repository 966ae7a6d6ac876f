"""Sentences as sets of concepts: content words folded to a stem, and common news synonyms to one concept.

Two outlets rarely use the same words for the same fact ("other firms remain in a queue for future
approvals" / "additional companies are awaiting clearance in later rounds"); a small thesaurus of
everyday news vocabulary lets their sentences meet. It holds general words only, never names.
"""

from __future__ import annotations

import re
from functools import cache

_WORD = re.compile(r"[a-z0-9]+(?:[.'’][a-z0-9]+)*")

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below between
    both but by can could did do does doing down during each few for from further had has have having he her here hers
    him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our out
    over own same she should so some such than that the their them then there these they this those through to too
    under until up very was we were what when where which while who whom why will with would you your said says say
    according told tell year years month months week weeks day days time new one two three first last many much
    however meanwhile since though although yet still even well may might must shall""".split()
)

# Everyday news words that say the same thing; each group becomes its first word.
SYNONYMS = [
    "company firm business group corporation enterprise",
    "approval clearance authorization authorisation permission license licence permit consent go-ahead",
    "approve clear authorize authorise permit allow sanction",
    "future later upcoming coming subsequent next",
    "await wait queue pending",
    "additional other further extra",
    "round batch tranche wave phase stage",
    "buy purchase acquire order",
    "sale export shipment shipments",
    "chipmaker manufacturer maker producer",
    "chip processor semiconductor",
    "rival compete competing competitor rivalling",
    "behind trail trailing lag lagging",
    "performance throughput power capability",
    "domestic homegrown local national",
    "government authority authorities regulator regulators official officials administration",
    "visit trip tour",
    "rise increase grow climb jump gain",
    "fall decline drop decrease slump cut reduce reduction",
    "barrier obstacle hurdle",
    "demand appetite",
    "kill die dead death",
    "country nation",
    "province governorate prefecture",
    "injure injured injury injuries hurt wound wounded",
    "resume restart renew reopen",
    "lose lost loss",
    "court courtroom courthouse",
    "tyrant dictator despot autocrat tyrannical dictatorial despotic autocratic",
    "tariff levy",
    "investigation inquiry probe",
]
_CONCEPT = {word: group.split()[0] for group in SYNONYMS for word in group.split()}
NEGATIONS = frozenset({"not", "no", "never", "none", "neither", "nor", "denied", "deny", "denies"})


def stem(word: str) -> str:
    """A crude English stem: plural and verb endings off, so that "approvals"/"approval" and "cleared"/"clear" meet."""
    if word in _CONCEPT or len(word) <= 3 or not word.isalpha():
        return word
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            candidate = word[: -len(suffix)] + replacement
            if suffix in ("ing", "ed") and _undoubled(candidate) != candidate:
                return _undoubled(candidate)  # "cut" of "cutting"
            if suffix in ("ing", "ed") and candidate + "e" in _CONCEPT:
                return candidate + "e"  # "reduce" of "reduced"
            return candidate if candidate in _CONCEPT or suffix != "ing" or len(candidate) >= 4 else word
    return word


def _undoubled(stem: str) -> str:
    """A stem without the consonant doubled before "-ing" or "-ed" ("cutt" of "cutting", "stopp" of "stopped"; not
    "fall", "add", "pass")."""
    if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprt":
        return stem[:-1]
    return stem


@cache
def concept(word: str) -> str:
    word = word.removesuffix("’s").removesuffix("'s")
    folded = _CONCEPT.get(word)
    if folded is not None:
        return folded
    stemmed = stem(word)
    return _CONCEPT.get(stemmed, stemmed)


def concepts(text: str) -> list[str]:
    """The concepts of `text` in order (stop words left out)."""
    found = (concept(w) for w in _WORD.findall(text.lower()) if (w in _CONCEPT or w not in STOP_WORDS) and not w.isdigit())
    return [c for c in found if c not in STOP_WORDS]  # "it’s" folds to "it"


GENERIC_COUNTERS = frozenset({"unit", "item", "piece", "copy"})
# Words of numbers and ranks: shared by two sentences, they say nothing of what the sentences are about.
NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand
    million billion trillion dozen dozens hundreds thousands millions billions half third quarter first second fourth
    fifth sixth seventh eighth ninth tenth once twice double triple percent per cent""".split()
)
# Nouns that count people: a count of any of them is a count of people ("846 people" and "800 protesters" may be one
# figure; "300 people" and "300 homes" are not).
PEOPLE = frozenset(
    """people person man men woman women child children boy boys girl girls adult adults juvenile juveniles teenager
    teenagers resident residents civilian civilians protester protesters demonstrator demonstrators victim victims
    passenger passengers student students worker workers employee employees soldier soldiers patient patients voter
    voters citizen citizens migrant migrants refugee refugees prisoner prisoners inmate inmates survivor survivors
    spectator spectators""".split()
)


def phrases(text: str) -> frozenset[tuple[str, ...]]:
    """Runs of three words as written (stop words included): two outlets sharing one often share wording."""
    words = _WORD.findall(text.lower())
    return frozenset(zip(words, words[1:], words[2:], strict=False))


def negated(text: str) -> bool:
    return any(w in NEGATIONS or w.endswith("n't") for w in _WORD.findall(text.lower()))


# Sentences about the reporting rather than the event: the same in every story, never a claim to link.
NO_CLAIM = re.compile(
    r"\b(?:did\s+not|didn[’']t|has\s+not|hasn[’']t|have\s+not|declined\s+to|refused\s+to|could\s+not\s+be\s+reached)\s+"
    r"(?:immediately\s+)?(?:(?:respond|reply|comment)(?:ed)?\b|return(?:ed)?\s+(?:calls|messages|emails|requests)|be\s+reached)|"
    r"\brequests?\s+for\s+comment\b|"
    r"\bcontributed\s+to\s+this\s+(?:report|story|article)\b",
    re.IGNORECASE,
)
_GOVERNED = 4  # words after a negation that it governs ("did not confirm a tunnel collapse")


def negates_one_of(text: str, wanted: frozenset[str] | set[str]) -> bool:
    """Whether a negation in `text` governs one of the `wanted` concepts: one of them follows it closely."""
    words = _WORD.findall(text.lower())
    return any(
        (word in NEGATIONS or word.endswith("n't"))
        and any(concept(w) in wanted for w in words[position + 1 : position + 1 + _GOVERNED] if w not in STOP_WORDS)
        for position, word in enumerate(words)
    )


_AS_WRITTEN = re.compile(r"[A-Za-z0-9]+(?:[.'’][A-Za-z0-9]+)*")


def written_forms(text: str) -> dict[str, str]:
    """Each concept of `text` with the word that first stands for it, as the text writes it."""
    found: dict[str, str] = {}
    for word in _AS_WRITTEN.findall(text):
        word = word.removesuffix("’s").removesuffix("'s")
        found.setdefault(concept(word.lower()), word)
    return found
