"""The library's entity index: each entity once, with every name the articles give it and all its mentions.

Two articles' entities are one when a name or alias of one is a name or alias of the other ("Nvidia" and
"Nvidia Corp." with the alias "Nvidia"), compared without case, a leading "the" or a possessive.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from briefings.briefing import Briefing, EntityKind
from briefings.crossref import End
from briefings.links import name_key


class LibraryEntity(BaseModel):
    """One entity across the library: its most used name, the other names, and every mention by article."""

    model_config = ConfigDict(frozen=True)

    name: str
    kind: EntityKind
    aliases: list[str]
    mentions: list[End]

    @property
    def briefings(self) -> list[str]:
        """The briefings that mention it, in library order."""
        return list(dict.fromkeys(mention.briefing for mention in self.mentions))

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


def entity_index(briefings: Sequence[Briefing]) -> EntityIndex:
    """Every entity of the library once, the most mentioned first."""
    groups = _Groups()
    for briefing in briefings:
        for entity in briefing.entities:
            groups.join([name_key(name) for name in (entity.name, *entity.aliases)])
    names: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, Counter[EntityKind]] = defaultdict(Counter)
    mentions: dict[str, list[End]] = defaultdict(list)
    for briefing in briefings:
        for entity in briefing.entities:
            root = groups.find(name_key(entity.name))
            names[root][entity.name] += entity.count
            for alias in entity.aliases:
                names[root][alias] += 0
            kinds[root][entity.kind] += entity.count
            mentions[root].extend(End(briefing=briefing.id, cite=span) for span in entity.mentions)
    found = []
    for root, counted in names.items():
        name = max(counted, key=lambda n: (counted[n], len(n), n))
        aliases = sorted(n for n in counted if n != name)
        found.append(LibraryEntity(name=name, kind=kinds[root].most_common(1)[0][0], aliases=aliases, mentions=mentions[root]))
    return EntityIndex(sorted(found, key=lambda e: (-len(e.mentions), e.name)))


class EntityIndex:
    """The library's entities, the most mentioned first, found by any of their names."""

    def __init__(self, entities: list[LibraryEntity]) -> None:
        self.entities = entities
        self._by_key = {name_key(name): entity for entity in entities for name in entity.names()}

    def find(self, name: str) -> LibraryEntity | None:
        """The entity that has `name` as its name or one of its aliases."""
        return self._by_key.get(name_key(name))
