"""An OptionList with vim keys and literal (never markup) prompts."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList


class KeyedList(OptionList):
    """OptionList that also moves with j/k and g/G, and pages with Space, Ctrl+F and Ctrl+B (less and vim habits)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
        Binding("space,ctrl+f", "page_down", "Page down", show=False, id="page_down"),
        Binding("ctrl+b", "page_up", "Page up", show=False, id="page_up"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)

    def action_page_up(self) -> None:
        """A page up; at the top, the first item (a page up from there finds only headings, and no item)."""
        super().action_page_up()
        if self.highlighted is None:
            self.action_first()
