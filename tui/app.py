"""The reader application: one main screen, loading in the background."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from briefings import __version__
from briefings.config import Settings
from tui.keys import BINDING_IDS, normalized
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
    BINDINGS: ClassVar[list[BindingType]] = [
        *App.BINDINGS,
        Binding("ctrl+p", "command_palette", "palette", show=False, priority=True, id="palette"),
    ]

    def __init__(self, paths: list[Path], settings: Settings | None = None, state: State | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.state = state
        self.troubles: list[str] = []  # what in the settings could not be used, said once the screen is up
        unknown = sorted(set(self.settings.keys) - BINDING_IDS)
        self.troubles.extend(f"keys.{binding_id}: no such key binding (`briefing config` lists them); ignored" for binding_id in unknown)
        self.keymap = normalized({b: k for b, k in self.settings.keys.items() if b in BINDING_IDS})
        self.set_keymap(self.keymap)
        self.main_screen = MainScreen(paths, self.settings, state)

    def action_command_palette(self) -> None:
        """The command palette (tui/palette.py: its list made as soon as the providers have answered)."""
        from tui.palette import Palette

        if self.use_command_palette and not Palette.is_open(self):  # type: ignore[arg-type]  # App[None] is an App
            self.push_screen(Palette(id="--command-palette"))

    def on_mount(self) -> None:
        theme = self.settings.theme or (self.state.theme() if self.state is not None else None)
        if theme is not None and theme in self.available_themes:
            self.theme = theme
        elif self.settings.theme is not None:
            self.troubles.append(f"theme: no theme {self.settings.theme!r}; {self.theme} used")
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        for trouble in self.troubles:
            self.notify(trouble, severity="warning", markup=False, timeout=8)

    def _remember_theme(self, _: object) -> None:
        if self.state is not None and self.theme != self.settings.theme:  # a choice in the palette, not the config's
            self.state.set_theme(self.theme)

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
            yield SystemCommand("Bookmarks", "The places bookmarked in this library, and the notes (s bookmarks one)", main.action_bookmarks)
            yield SystemCommand("Note", "Write a note on the article or the item under the cursor", main.action_note)
            yield SystemCommand("Update feeds", "Fetch the new articles of the feeds followed (briefing feeds add URL)", main.action_update_feeds)
            yield SystemCommand("Notices", "Files not loaded or skipped, and what befell the cache", main.action_notices)

    @property
    def notices(self) -> list[Notice]:
        """What could not be loaded, or was skipped (known once loading has finished)."""
        return self.main_screen.notices
