"""The reader application: one main screen, loading in the background."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.screen import Screen

from briefings import DEFAULT_MAX_BYTES, __version__
from tui.screens.main import MainScreen

if TYPE_CHECKING:
    from briefings.library.state import State
    from briefings.readers.discovery import Notice
    from tui.commands import JumpProvider


def _jump_provider() -> type[JumpProvider]:
    """The palette's jumps, imported when the palette first opens rather than at startup."""
    from tui.commands import JumpProvider

    return JumpProvider


class BriefingApp(App[None]):
    """Opens on the main screen at once; the articles under `paths` load while it is shown."""

    CSS_PATH = "app.tcss"
    TITLE = "briefing"
    SUB_TITLE = f"{__version__} · loading"
    COMMANDS = App.COMMANDS | {_jump_provider}

    def __init__(self, paths: list[Path], max_bytes: int = DEFAULT_MAX_BYTES, cache: Path | None = None, state: State | None = None) -> None:
        super().__init__()
        self.main_screen = MainScreen(paths, max_bytes, cache, state)

    def get_default_screen(self) -> MainScreen:
        return self.main_screen

    def _handle_exception(self, error: Exception) -> None:
        """Textual shows an unhandled error and stops with status 1; its traceback goes to the log too."""
        from briefings.log import logger

        logger.error("the reader stopped on an unexpected error", exc_info=error)
        super()._handle_exception(error)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's own commands, and the reader's actions by name (each also has its key)."""
        yield from super().get_system_commands(screen)
        if screen is self.main_screen:
            main = self.main_screen
            yield SystemCommand("Search", "Search the library: words, \"phrases\", figure: caveat: entity: faq:", main.action_search)
            yield SystemCommand("Export", "Write the briefing shown to a Markdown file", main.action_export)
            yield SystemCommand("Copy passage", "Copy the passage shown in Source to the clipboard", main.action_copy_passage)
            yield SystemCommand("Toggle pane", "Give the focused pane the whole screen, or give the others back", main.action_toggle_pane)
            yield SystemCommand("Help", "The keys of the reader", main.action_help)
            yield SystemCommand("Bookmarks", "The places bookmarked in this library (s bookmarks one)", main.action_bookmarks)
            yield SystemCommand("Notices", "Files not loaded or skipped, and what befell the cache", main.action_notices)

    @property
    def notices(self) -> list[Notice]:
        """What could not be loaded, or was skipped (known once loading has finished)."""
        return self.main_screen.notices
