"""Command palette entries: jump to any story, article or entity by name (found in the library's name index as
you type, at any library size), or to a section of the briefing shown."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from briefings.model.section import STORY_SECTIONS, Section
from briefings.search.names import NamedPlace, NameKind

if TYPE_CHECKING:
    from tui.screens.main import MainScreen

_SHOWN = 40  # names listed at most: the reader types on rather than scrolls
_VERBS = {NameKind.STORY: "Story", NameKind.ARTICLE: "Open", NameKind.ENTITY: "Entity"}
_KINDS = {verb.lower(): kind for kind, verb in _VERBS.items()}
_HELP = {NameKind.STORY: "story", NameKind.ARTICLE: "article", NameKind.ENTITY: "mentions across the library"}


class JumpProvider(Provider):
    """'Story …' for stories, 'Open …' for articles, 'Entity …' for entities, 'Section …' for the sections shown."""

    @property
    def _screen(self) -> MainScreen:
        return self.screen  # type: ignore[return-value]  # the palette opens over the main screen

    def _sections(self) -> list[tuple[str, Callable[[], object], str]]:
        screen = self._screen
        return [(f"Section {s.label}", partial(screen.jump_to_section, s), "in this briefing") for s in (*STORY_SECTIONS, Section.CROSSREFS)]

    def _entities_of_this_article(self) -> list[tuple[str, Callable[[], object], str]]:
        """Until the library is linked, the palette knows the entities of the article shown."""
        screen = self._screen
        if screen.links_ready:
            return []
        return [(f"Entity {name}", partial(screen.show_mentions, name), "mentions in this article") for name in screen.current_entity_names()]

    async def discover(self) -> Hits:
        screen = self._screen
        found: list[tuple[str, Callable[[], object], str]] = [(f"Story {c.title}", partial(screen.open_story, c.id), f"{len(c.briefings)} sources") for c in screen.library_stories()[:_SHOWN]]
        found += [(f"Open {c.display_title}", partial(screen.open_article, c.id), "article") for c in screen.library_cards()[: _SHOWN - len(found)]]
        for name, callback, help_text in [*found, *self._sections()]:
            yield DiscoveryHit(Content(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        screen = self._screen
        words, kind = query, None
        verb, _, rest = query.partition(" ")
        if rest.strip() and verb.lower() in _KINDS:  # "open …", "entity …" as the entries read: that kind only
            words, kind = rest, _KINDS[verb.lower()]
        places = screen.names.find(words, _SHOWN, kind) if screen.names is not None else []
        for rank, place in enumerate(places):
            name = f"{_VERBS[place.kind]} {place.name}"
            yield Hit(1.0 - rank / (2 * _SHOWN), _highlight(matcher, name), self._going(place), text=name, help=_HELP[place.kind])
        for name, callback, help_text in [*self._sections(), *self._entities_of_this_article()]:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, _highlight(matcher, name), callback, text=name, help=help_text)

    def _going(self, place: NamedPlace) -> Callable[[], object]:
        screen = self._screen
        if place.kind is NameKind.STORY:
            return partial(screen.open_story, place.target)
        if place.kind is NameKind.ARTICLE:
            return partial(screen.open_article, place.target)
        return partial(screen.show_mentions, place.target)


def _highlight(matcher: Matcher, name: str) -> Content:
    """`name` taken literally (article titles are untrusted), with the fuzzy-matched letters styled."""
    content = Content(name)
    _, offsets = matcher.fuzzy_search.match(matcher.query, name)
    for offset in offsets:
        content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
