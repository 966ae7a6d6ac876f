"""What the reader looks like at 120x40: the main screen, search and help (pytest-textual-snapshot)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from tui.app import BriefingApp

SIZE = (120, 40)


def _after_loading(*keys: str) -> Callable[[Pilot], Awaitable[None]]:
    """Wait for the library and its cross-references, press `keys`, and let the screen settle (cursor steady)."""

    async def run_before(pilot: Pilot) -> None:
        while not (pilot.app.main_screen.loaded and pilot.app.main_screen.links_ready):
            await pilot.pause(0.02)
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        await pilot.pause(0.2)  # the cross-references just re-laid the Briefing pane out
        await pilot.press(*keys)
        await pilot.wait_for_scheduled_animations()
        await pilot.pause(0.1)

    return run_before


def test_main_screen(snap_compare, seeds: Path) -> None:
    assert snap_compare(BriefingApp([seeds]), terminal_size=SIZE, run_before=_after_loading("tab", "j", "j"))


def test_search(snap_compare, seeds: Path) -> None:
    assert snap_compare(BriefingApp([seeds]), terminal_size=SIZE, run_before=_after_loading("slash", *"400,000"))


def test_help(snap_compare, seeds: Path) -> None:
    assert snap_compare(BriefingApp([seeds]), terminal_size=SIZE, run_before=_after_loading("question_mark"))
