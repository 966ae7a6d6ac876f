"""The Library pane: the stories (once found) above the articles; one entry per story or article."""

from __future__ import annotations

import contextlib
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from tui.widgets.lists import KeyedList

if TYPE_CHECKING:
    from briefings.linking.stories import StoryCard
    from briefings.model.cards import Card

STORY_PREFIX = "story:"
SORTS = ("library", "date", "outlet", "title")  # the orders the articles are listed in, S moving to the next


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

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("S", "sort", "Sort", show=False, id="library_sort"),
        Binding("U", "only('unread')", "Unread only", show=False, id="library_unread"),
        Binding("asterisk", "only('bookmarked')", "Bookmarked only", show=False, id="library_bookmarked"),
    ]

    def __init__(self) -> None:
        super().__init__(id="library")
        self.border_title = "Library"
        self._cards: dict[str, Card] = {}  # in library order
        self._article_options: dict[str, Option] = {}
        self._stories: list[StoryCard] = []
        self.read: set[str] | None = None  # the articles read, when the reader remembers it; None: no marks
        self.bookmarked: set[str] = set()  # the articles bookmarked (a star before the title)
        self.sort = SORTS[0]
        self.only: str | None = None  # "unread" or "bookmarked": the articles listed

    def add_cards(self, cards: list[Card]) -> None:
        options = [Option(self._label(card), id=card.id) for card in cards]
        self._cards.update((card.id, card) for card in cards)
        self._article_options.update((card.id, option) for card, option in zip(cards, options, strict=True))
        if self.sort == SORTS[0] and self.only is None:
            self.add_options(options)
        else:
            self._rebuild()

    def remove_cards(self, briefing_ids: list[str]) -> None:
        """Take articles out of the list (their files are gone)."""
        for briefing_id in briefing_ids:
            self._cards.pop(briefing_id, None)
            self._article_options.pop(briefing_id, None)
        if briefing_ids:
            self._rebuild()

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
        if briefing_id not in self._cards:
            return
        self._article_options[briefing_id] = Option(self._label(self._cards[briefing_id]), id=briefing_id)
        with contextlib.suppress(OptionDoesNotExist):  # not listed now (filtered out)
            self.replace_option_prompt(briefing_id, self._article_options[briefing_id].prompt)

    def _label(self, card: Card) -> Text:
        label = _label(card)
        if card.id in self.bookmarked:
            label = Text("★ ", style="bold") + label
        if self.read is not None:
            label = Text("  " if card.id in self.read else "• ", style="bold") + label
        return label

    def action_sort(self) -> None:
        """List the articles in the next order: the library's, by date (newest first), by outlet, by title."""
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self._rebuild()

    def action_only(self, kind: str) -> None:
        """List only the unread or only the bookmarked articles; the same key again lists them all."""
        self.only = None if self.only == kind else kind
        self._rebuild()

    def show_stories(self, stories: list[StoryCard]) -> None:
        """List `stories` above the articles, under headings, keeping the entry the reader is on."""
        if stories:
            self._stories = stories
            self._rebuild()

    def _shown(self) -> list[Card]:
        cards = list(self._cards.values())
        if self.only == "unread" and self.read is not None:
            cards = [card for card in cards if card.id not in self.read]
        elif self.only == "bookmarked":
            cards = [card for card in cards if card.id in self.bookmarked]
        if self.sort == "date":
            cards.sort(key=lambda card: card.published or date.min, reverse=True)
        elif self.sort == "outlet":
            cards.sort(key=lambda card: ((card.outlet or "").casefold() == "", (card.outlet or "").casefold()))
        elif self.sort == "title":
            cards.sort(key=lambda card: card.display_title.casefold())
        return cards

    def _rebuild(self) -> None:
        """List the stories, then the articles as sorted and filtered, keeping the entry the reader is on."""
        current = self.highlighted_option.id if self.highlighted_option is not None else None
        view = [part for part in (f"by {self.sort}" if self.sort != SORTS[0] else "", f"{self.only} only" if self.only else "") if part]
        self.border_title = " · ".join(["Library", *view])
        with self.prevent(OptionList.OptionHighlighted):
            self.clear_options()
            if self._stories:
                self.add_option(Option(Text("Stories", style="bold reverse"), disabled=True))
                self.add_options([Option(_story_label(s), id=STORY_PREFIX + s.id) for s in self._stories])
                self.add_option(Option(Text("Articles", style="bold reverse"), disabled=True))
            self.add_options([self._article_options[card.id] for card in self._shown()])
            if current is not None:
                with contextlib.suppress(OptionDoesNotExist):
                    self.highlighted = self.get_option_index(current)

    def select(self, option_id: str) -> None:
        """Highlight the article (its briefing id) or story (`STORY_PREFIX` and its id), quietly."""
        index = self.get_option_index(option_id)
        if self.highlighted != index:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = index

    def moved_past(self, option_id: str) -> bool:
        """Whether the highlight has moved on from `option_id` since it was chosen (its message is stale)."""
        highlighted = self.highlighted_option
        return highlighted is not None and highlighted.id != option_id

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
