"""The library's entity index: each entity once, with every name the articles give it and all its mentions.

Two articles' entities are one when a name or alias of one is a name or alias of the other ("Nvidia" and
"Nvidia Corp." with the alias "Nvidia"), compared without case, a leading "the" or a possessive.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from pydantic.dataclasses import dataclass

from briefings.linking.crossref import End
from briefings.model.briefing import Briefing, EntityKind
from briefings.model.location import name_key


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
    found = [
        (briefing.id, entity.name, entity.aliases, entity.kind, entity.count, entity.mentions if mentions else [])
        for briefing in briefings
        for entity in briefing.entities
    ]
    groups = _Groups()
    for _, name, aliases, *_ in found:
        groups.join([name_key(n) for n in (name, *aliases)])
    names: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, Counter[EntityKind]] = defaultdict(Counter)
    where: dict[str, dict[str, None]] = defaultdict(dict)
    spans: dict[str, list[End]] = defaultdict(list)
    for briefing, name, aliases, kind, count, cited in found:
        root = groups.find(name_key(name))
        names[root][name] += count
        for alias in aliases:
            names[root][alias] += 0
        kinds[root][kind] += count
        where[root][briefing] = None
        spans[root].extend(End(briefing=briefing, cite=span) for span in cited)
    made = []
    for root, counted in names.items():
        name = max(counted, key=lambda n: (counted[n], len(n), n))
        aliases = sorted(n for n in counted if n != name)
        entity = LibraryEntity(name=name, kind=kinds[root].most_common(1)[0][0], aliases=aliases, briefings=list(where[root]), mentions=spans[root])
        made.append((-sum(kinds[root].values()), name, entity))
    return EntityIndex([entity for *_, entity in sorted(made, key=lambda m: m[:2])])


class EntityIndex:
    """The library's entities, the most mentioned first, found by any of their names."""

    def __init__(self, entities: list[LibraryEntity]) -> None:
        self.entities = entities
        self._by_key = {name_key(name): entity for entity in entities for name in entity.names()}

    def find(self, name: str) -> LibraryEntity | None:
        """The entity that has `name` as its name or one of its aliases."""
        return self._by_key.get(name_key(name))
