"""Command palette entries: jump to any story, article, entity or section."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from briefings.model.section import STORY_SECTIONS, Section

if TYPE_CHECKING:
    from tui.screens.main import MainScreen


class JumpProvider(Provider):
    """'Story …' for stories, 'Open …' for articles, 'Entity …' for entities, 'Section …' for the sections shown."""

    _DISCOVERY_LIMIT = 40

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        screen: MainScreen = self.screen  # type: ignore[assignment]
        commands: list[tuple[str, Callable[[], object], str]] = []
        for story in screen.library_stories():
            commands.append((f"Story {story.title}", partial(screen.open_story, story.id), f"{len(story.briefings)} sources"))
        for card in screen.library_cards():
            commands.append((f"Open {card.display_title}", partial(screen.open_article, card.id), "article"))
        for name in screen.entity_names():
            commands.append((f"Entity {name}", partial(screen.show_mentions, name), "mentions across the library"))
        for section in (*STORY_SECTIONS, Section.CROSSREFS):
            commands.append((f"Section {section.label}", partial(screen.jump_to_section, section), "in this briefing"))
        return commands

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands()[: self._DISCOVERY_LIMIT]:
            yield DiscoveryHit(Content(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, _highlight(matcher, name), callback, text=name, help=help_text)


def _highlight(matcher: Matcher, name: str) -> Content:
    """`name` taken literally (article titles are untrusted), with the fuzzy-matched letters styled."""
    content = Content(name)
    _, offsets = matcher.fuzzy_search.match(matcher.query, name)
    for offset in offsets:
        content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
