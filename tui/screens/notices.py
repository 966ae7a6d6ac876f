"""What could not be loaded, was skipped, or befell the cache: every notice of the run, each on its lines."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.widgets.lists import KeyedList

if TYPE_CHECKING:
    from briefings.readers.discovery import Notice


class NoticesScreen(ModalScreen[None]):
    """The notices, errors first marked as such; Esc closes."""

    AUTO_FOCUS = "#notices"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,backspace,q,exclamation_mark", "close", "Close")]

    def __init__(self, notices: list[Notice]) -> None:
        super().__init__()
        self.notices = notices

    def compose(self) -> ComposeResult:
        errors = sum(notice.error for notice in self.notices)
        title = f"{len(self.notices)} notice(s), {errors} error(s)" if self.notices else "Nothing to report: every file loaded."
        with Vertical(id="notices-box"):
            yield Static(Text(title, style="bold"))
            yield KeyedList(id="notices")

    def on_mount(self) -> None:
        options = [Option(Text("error  " if notice.error else "note   ", style="bold" if notice.error else "dim") + Text(str(notice))) for notice in self.notices]
        notices = self.query_one("#notices", OptionList)
        notices.add_options(options)
        notices.display = bool(options)
        if options:
            notices.highlighted = 0

    def action_close(self) -> None:
        self.dismiss()
