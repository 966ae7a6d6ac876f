"""The Library pane: one line per article (title, outlet, date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.widgets.lists import KeyedList

if TYPE_CHECKING:
    from briefings.briefing import Briefing


class LibraryPane(KeyedList):
    """Moving over an article opens its briefing."""

    class ArticleChosen(Message):
        def __init__(self, briefing_id: str) -> None:
            super().__init__()
            self.briefing_id = briefing_id

    def __init__(self) -> None:
        super().__init__(id="library")
        self.border_title = "Library"

    def add_briefings(self, briefings: list[Briefing]) -> None:
        self.add_options([Option(_label(b), id=b.id) for b in briefings])

    def select(self, briefing_id: str) -> None:
        index = self.get_option_index(briefing_id)
        if self.highlighted != index:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = index

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.ArticleChosen(event.option.id))


def _label(briefing: Briefing) -> Text:
    article = briefing.article
    label = Text(article.display_title, style="bold" if not article.title_derived else "")
    details = " · ".join(p for p in (article.outlet, article.published.isoformat() if article.published else None) if p)
    if details:
        label.append("\n" + details, style="dim")
    return label
