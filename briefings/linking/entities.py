"""The library's entity index: each entity once, with every name the articles give it and all its mentions.

Two articles' entities are one when a name or alias of one is a name or alias of the other ("Nvidia" and
"Nvidia Corp." with the alias "Nvidia"), compared without case, a leading "the" or a possessive.
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from pydantic.dataclasses import dataclass

from briefings.linking.crossref import End
from briefings.model.briefing import Briefing, EntityKind
from briefings.model.location import name_key
from briefings.model.span import Span


@dataclass(frozen=True, slots=True)
class LibraryEntity:
    """One entity across the library: its most used name, the other names, the briefings that mention it (in
    library order) and every mention (none in an index made without them).

    A slotted dataclass: a library of 10,000 articles has some 90,000 of them."""

    name: str
    kind: EntityKind
    aliases: list[str]
    briefings: list[str]
    mentions: list[End]

    def names(self) -> set[str]:
        return {self.name, *self.aliases}


class _Groups:
    """Union-find over name keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        root = self.parent.setdefault(key, key)
        while root != self.parent[root]:
            self.parent[root] = self.parent[self.parent[root]]
            root = self.parent[root]
        return root

    def join(self, keys: list[str]) -> None:
        roots = [self.find(key) for key in keys]
        for root in roots[1:]:
            self.parent[root] = roots[0]


def entity_index(briefings: Iterable[Briefing], mentions: bool = True) -> EntityIndex:
    """Every entity of the library once, the most mentioned first. Without `mentions`, an entity keeps only the
    briefings that mention it: the reader's index, light at thousands of articles. `briefings` is read once."""
    collector = EntityCollector(mentions)
    for briefing in briefings:
        collector.add(briefing)
    return EntityIndex(list(collector.entities()))


class EntityCollector:
    """The entity index gathered one briefing at a time, so that no briefing need be held: of each entity of each
    briefing it keeps the names, kind and count, and (with `mentions`) its mentions as a flat array of offsets."""

    def __init__(self, mentions: bool = True) -> None:
        self.mentions = mentions
        self._found: list[tuple[str, str, list[str], EntityKind, int, array[int]]] = []

    def add(self, briefing: Briefing) -> None:
        for entity in briefing.entities:
            spans = array("q", [offset for span in entity.mentions for offset in (span.start, span.end)] if self.mentions else ())
            names = [sys.intern(alias) for alias in entity.aliases]  # a library repeats its names
            self._found.append((sys.intern(briefing.id), sys.intern(entity.name), names, entity.kind, entity.count, spans))

    def entities(self) -> Iterator[LibraryEntity]:
        """Each entity once, the most mentioned first; made as it is asked for (its mentions are many)."""
        groups = _Groups()
        for _, name, aliases, *_ in self._found:
            groups.join([name_key(n) for n in (name, *aliases)])
        names: dict[str, Counter[str]] = defaultdict(Counter)
        kinds: dict[str, Counter[EntityKind]] = defaultdict(Counter)
        members: dict[str, list[int]] = defaultdict(list)  # root -> its rows of `_found`
        for row, (_, name, aliases, kind, count, _) in enumerate(self._found):
            root = groups.find(name_key(name))
            names[root][name] += count
            for alias in aliases:
                names[root][alias] += 0
            kinds[root][kind] += count
            members[root].append(row)
        ranked = sorted((-sum(kinds[root].values()), max(counted, key=lambda n: (counted[n], len(n), n)), root) for root, counted in names.items())
        for _, name, root in ranked:
            rows = [self._found[row] for row in members[root]]
            yield LibraryEntity(
                name=name,
                kind=kinds[root].most_common(1)[0][0],
                aliases=sorted(n for n in names[root] if n != name),
                briefings=list(dict.fromkeys(briefing for briefing, *_ in rows)),
                mentions=[End(briefing=row[0], cite=Span(spans[i], spans[i + 1])) for row in rows for spans in (row[5],) for i in range(0, len(spans), 2)],
            )


class EntityIndex:
    """The library's entities, the most mentioned first, found by any of their names."""

    def __init__(self, entities: list[LibraryEntity]) -> None:
        self.entities = entities
        self._by_key = {name_key(name): entity for entity in entities for name in entity.names()}

    def find(self, name: str) -> LibraryEntity | None:
        """The entity that has `name` as its name or one of its aliases."""
        return self._by_key.get(name_key(name))
