"""A seeded generator of realistic news articles for scale tests: varied names, vocabulary, figures, dates,
hedges and sourcing; nothing is downloaded, and the same seed always writes the same files.

    python benchmarks/generate.py COUNT FOLDER [--seed N]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

_SYLLABLES = "ka lo mi ren tor va sel dun bri ar os ten mar il cor fen ga hul jor qui sta ven wex yor zan pel rid".split()
FIRST = "Ana Ben Carla David Elena Farid Grace Hiro Ines Jonas Kemi Luis Maya Nadia Omar Priya Quentin Rosa Sami Tara".split()
LAST = "Okafor Lindqvist Moreau Tanaka Petrov Alvarez Chen Novak Haddad Silva Kowalski Brennan Mensah Rossi Yilmaz".split()
ORG_KINDS = "Holdings Group Energy Bank Motors Pharma Logistics Telecom Airlines Foods Mining Systems".split()
BODIES = "ministry council regulator union court agency parliament committee board commission".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
TOPICS = {
    "energy": ("power plant", "grid", "tariff", "pipeline", "turbines", "megawatts", "households", "outage"),
    "transport": ("rail line", "fleet", "fares", "airport", "passengers", "routes", "delays", "terminal"),
    "health": ("hospital", "vaccine", "clinics", "patients", "trial", "doses", "nurses", "wards"),
    "finance": ("bond", "lender", "deposits", "shares", "dividend", "loans", "investors", "profit"),
    "farming": ("harvest", "drought", "wheat", "growers", "subsidy", "tonnes", "exports", "irrigation"),
    "housing": ("rents", "developers", "apartments", "mortgages", "permits", "tenants", "zoning", "builders"),
    "technology": ("chips", "data centre", "software", "licences", "servers", "users", "outage", "startup"),
}
HEDGES = (
    "It remains unclear whether {org} will {verb} the {noun} before the deadline.",
    "People familiar with the matter, who asked not to be named, said the {noun} could still be delayed.",
    "If the {body} rejects the plan, {org} may {verb} its {noun} instead, analysts said.",
    "The figures have not been independently verified, and the {body} is expected to rule later this month.",
    "{person} cautioned that the estimate was preliminary and might be revised.",
)
FACTS = (
    "{org} said on {weekday} it would {verb} {count} {things} in {place}, a move {person} called overdue.",
    "The {noun} rose {pct} percent to ${money} million in the {quarter} quarter, according to {org}.",
    "About {count} {things} were affected in {place}, the {body} said in a statement on {weekday}.",
    "{person}, a spokesperson for {org}, said the company had invested ${money} million in the {noun} since {year}.",
    "Officials in {place} expect the {noun} to be completed by {month} {year}, nearly {pct} percent later than planned.",
    "The {body} approved more than {count} {things} on {date}, up from {small} a year earlier.",
    "{org} shares fell {pct} percent on {weekday} after the {body} opened an inquiry into its {noun}.",
)
CONTEXT = (
    "{person} said the {noun} had long been a priority for residents of {place}.",
    "Critics argue that the {body} has moved too slowly, while supporters say the {noun} needs careful review.",
    "“We are confident the {noun} will serve {place} well,” {person} told reporters on {weekday}.",
    "The decision follows months of talks between {org} and the {body} over the future of the {noun}.",
    "Residents of {place} have complained about the {noun} for years, local officials said.",
    "{org} did not respond to a request for comment.",
    "The {body} is due to publish its findings on the {noun} after a public consultation.",
)
VERBS = "expand suspend review sell cut delay replace upgrade close fund".split()
QUESTIONS = (("What happens next?", "The {body} will vote on the {noun} on {weekday}."), ("Who is affected?", "Mostly {things} in {place}."))


class Writer:
    """Articles from one seeded random source."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.places = [self._name(2, 3) for _ in range(400)]
        self.orgs = [f"{self._name(2, 3)} {self.random.choice(ORG_KINDS)}" for _ in range(600)]
        self.people = [f"{self.random.choice(FIRST)} {self.random.choice(LAST)}" for _ in range(300)]

    def _name(self, low: int, high: int) -> str:
        return "".join(self.random.choice(_SYLLABLES) for _ in range(self.random.randint(low, high))).capitalize()

    def _fill(self, template: str, topic: tuple[str, ...], org: str, place: str) -> str:
        r = self.random
        return template.format(
            org=org if r.random() < 0.7 else r.choice(self.orgs),
            place=place,
            person=r.choice(self.people),
            body=r.choice(BODIES),
            verb=r.choice(VERBS),
            noun=r.choice(topic[:4]),
            things=r.choice(topic[4:]),
            weekday=r.choice(WEEKDAYS),
            count=f"{r.randint(2, 900) * 100:,}",
            small=f"{r.randint(2, 90) * 10:,}",
            pct=r.randint(2, 40),
            money=f"{r.randint(1, 950) / 10:g}",
            quarter=r.choice(("first", "second", "third", "fourth")),
            month=r.choice(MONTHS),
            year=r.randint(2019, 2027),
            date=f"{r.randint(1, 28)} {r.choice(MONTHS)}",
        )

    def article(self) -> str:
        r = self.random
        _name, topic = r.choice(list(TOPICS.items()))
        org, place = r.choice(self.orgs), r.choice(self.places)
        title = f"{org} to {r.choice(VERBS)} {r.choice(topic[:4])} in {place}"
        lines = [title, f"By {r.choice(self.people)} | {r.randint(1, 28)} {r.choice(MONTHS)} 2026", ""]
        for _ in range(r.randint(6, 12)):
            sentences = [self._fill(r.choice(FACTS if r.random() < 0.45 else CONTEXT), topic, org, place) for _ in range(r.randint(2, 4))]
            if r.random() < 0.35:
                sentences.append(self._fill(r.choice(HEDGES), topic, org, place))
            lines += [" ".join(sentences), ""]
        if r.random() < 0.2:
            question, answer = r.choice(QUESTIONS)
            lines += ["FAQ", "", question, self._fill(answer, topic, org, place), ""]
        return "\n".join(lines)


def write_articles(folder: Path, count: int, seed: int = 7) -> Path:
    """Write `count` articles under `folder` (100 per subfolder); the folder."""
    writer = Writer(seed)
    for number in range(count):
        sub = folder / f"batch-{number // 100:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"article-{number:05d}.txt").write_text(writer.article(), encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    write_articles(arguments.folder, arguments.count, arguments.seed)


if __name__ == "__main__":
    main()
