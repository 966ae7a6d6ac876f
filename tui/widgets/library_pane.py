"""The Library pane: the stories (once found) above the articles; one entry per story or article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.widgets.lists import KeyedList

if TYPE_CHECKING:
    from briefings.linking.stories import StoryCard
    from briefings.model.cards import Card

STORY_PREFIX = "story:"


class LibraryPane(KeyedList):
    """Moving over an article or a story opens its briefing."""

    class ArticleChosen(Message):
        def __init__(self, briefing_id: str) -> None:
            super().__init__()
            self.briefing_id = briefing_id

    class StoryChosen(Message):
        def __init__(self, story_id: str) -> None:
            super().__init__()
            self.story_id = story_id

    def __init__(self) -> None:
        super().__init__(id="library")
        self.border_title = "Library"
        self._articles: list[Option] = []
        self._cards: dict[str, Card] = {}
        self.read: set[str] | None = None  # the articles read, when the reader remembers it; None: no marks
        self.bookmarked: set[str] = set()  # the articles bookmarked (a star before the title)

    def add_cards(self, cards: list[Card]) -> None:
        options = [Option(self._label(card), id=card.id) for card in cards]
        self._cards.update((card.id, card) for card in cards)
        self._articles += options
        self.add_options(options)

    def mark(self, briefing_id: str, read: bool) -> None:
        """Show the article as read (no mark) or unread (a dot before its title)."""
        if self.read is None:
            return
        if read:
            self.read.add(briefing_id)
        else:
            self.read.discard(briefing_id)
        self._relabel(briefing_id)

    def star(self, briefing_id: str, bookmarked: bool) -> None:
        """Show the article as bookmarked (a star before its title) or not."""
        if bookmarked:
            self.bookmarked.add(briefing_id)
        else:
            self.bookmarked.discard(briefing_id)
        self._relabel(briefing_id)

    def _relabel(self, briefing_id: str) -> None:
        if briefing_id in self._cards:
            self.replace_option_prompt(briefing_id, self._label(self._cards[briefing_id]))

    def _label(self, card: Card) -> Text:
        label = _label(card)
        if card.id in self.bookmarked:
            label = Text("★ ", style="bold") + label
        if self.read is not None:
            label = Text("  " if card.id in self.read else "• ", style="bold") + label
        return label

    def show_stories(self, stories: list[StoryCard]) -> None:
        """List `stories` above the articles, under headings, keeping the entry the reader is on."""
        if not stories:
            return
        current = self.highlighted_option.id if self.highlighted_option is not None else None
        with self.prevent(OptionList.OptionHighlighted):
            self.clear_options()
            self.add_option(Option(Text("Stories", style="bold reverse"), disabled=True))
            self.add_options([Option(_story_label(s), id=STORY_PREFIX + s.id) for s in stories])
            self.add_option(Option(Text("Articles", style="bold reverse"), disabled=True))
            self.add_options(self._articles)
            if current is not None:
                self.highlighted = self.get_option_index(current)

    def select(self, option_id: str) -> None:
        """Highlight the article (its briefing id) or story (`STORY_PREFIX` and its id), quietly."""
        index = self.get_option_index(option_id)
        if self.highlighted != index:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = index

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith(STORY_PREFIX):
            self.post_message(self.StoryChosen(option_id.removeprefix(STORY_PREFIX)))
        elif option_id:
            self.post_message(self.ArticleChosen(option_id))


def _label(card: Card) -> Text:
    label = Text(card.display_title, style="bold" if not card.title_derived else "")
    details = " · ".join(p for p in (card.outlet, card.published.isoformat() if card.published else None) if p)
    if details:
        label.append("\n" + details, style="dim")
    return label


def _story_label(story: StoryCard) -> Text:
    label = Text(story.title, style="bold")
    label.append(f"\n{len(story.briefings)} sources" + (f" · {story.first_date}" if story.first_date else ""), style="dim")
    return label
