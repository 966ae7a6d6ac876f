"""An OptionList with vim keys and literal (never markup) prompts."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList


class KeyedList(OptionList):
    """OptionList that also moves with j/k and g/G, pages with Space/Ctrl+F and b/Ctrl+B, half a page with Ctrl+D and
    Ctrl+U (less and vim habits)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False, id="cursor_down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="cursor_up"),
        Binding("home,g", "first", "First", show=False, id="first"),
        Binding("end,G", "last", "Last", show=False, id="last"),
        Binding("space,ctrl+f,pagedown", "page_down", "Page down", show=False, id="page_down"),
        Binding("b,ctrl+b,pageup", "page_up", "Page up", show=False, id="page_up"),
        Binding("ctrl+d", "half_page(1)", "Half a page down", show=False, id="half_page_down"),
        Binding("ctrl+u", "half_page(-1)", "Half a page up", show=False, id="half_page_up"),
        Binding("enter", "select", "Open", show=False, id="open"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)

    def action_page_up(self) -> None:
        """A page up; at the top, the first item (a page up from there finds only headings, and no item)."""
        super().action_page_up()
        if self.highlighted is None:
            self.action_first()

    def action_half_page(self, direction: int) -> None:
        """Move half a page down (1) or up (-1)."""
        step = max(1, self.scrollable_content_region.height // 2)
        for _ in range(step):
            if direction > 0:
                self.action_cursor_down()
            else:
                self.action_cursor_up()
