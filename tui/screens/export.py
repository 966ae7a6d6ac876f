"""Asks where to export the briefing, with a default, and writes it there; an existing file is replaced only when
confirmed, and a path that cannot be written is said in the dialog, which stays open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class ExportScreen(ModalScreen[Path | None]):
    """Writes with `write` (which gives the reason it could not, or None) to the path typed (a folder gets the default
    file name); dismissed with the path written, or None when cancelled. A path that cannot be written keeps the
    dialog open, the path as typed and the reason under it."""

    AUTO_FOCUS = "#export-path"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss_none", "Cancel")]

    def __init__(self, default: Path, write: Callable[[Path], str | None]) -> None:
        super().__init__()
        self.default = default
        self.write = write
        self._confirmed: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Static("Export this briefing to Markdown. Enter writes, Esc cancels.")
            yield Input(str(self.default), id="export-path")
            yield Static("", id="export-warning")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        warning = self.query_one("#export-warning", Static)
        if not event.value.strip():
            warning.update("Type the path of the file to write.")
            return
        path = Path(event.value.strip()).expanduser()
        if path.is_dir():
            path = path / self.default.name
        if path.exists() and self._confirmed != path:
            self._confirmed = path
            warning.update(Text(f"{path} exists. Press Enter again to replace it."))
            return
        trouble = self.write(path)
        if trouble is not None:
            self._confirmed = None
            warning.update(Text(f"{trouble} Change the path, or Esc to cancel."))
            return
        self.dismiss(path)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
