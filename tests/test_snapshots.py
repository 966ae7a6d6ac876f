"""What the reader looks like at 80x24, 120x40 and 200x60: the main screen, search and help (pytest-textual-snapshot)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tui.app import BriefingApp

SIZE = (120, 40)
SIZES = [(80, 24), SIZE, (200, 60)]


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


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_main_screen(snap_compare, seeds: Path, size: tuple[int, int]) -> None:
    """Three panes from 100 columns (wider Library at 200), two below: Briefing and Source, Library a Tab away."""
    assert snap_compare(BriefingApp([seeds]), terminal_size=size, run_before=_after_loading("tab", "j", "j"))


def test_library_on_a_narrow_screen(snap_compare, seeds: Path) -> None:
    """Below 100 columns, Library focused shows beside Briefing."""
    assert snap_compare(BriefingApp([seeds]), terminal_size=SIZES[0], run_before=_after_loading("tab", "tab", "tab", "j"))


def test_search(snap_compare, seeds: Path) -> None:
    assert snap_compare(BriefingApp([seeds]), terminal_size=SIZE, run_before=_after_loading("slash", *"400,000"))


def test_after_a_search_jump(snap_compare, seeds: Path) -> None:
    """Enter on a hit: the footer offers n (next hit) and Esc (back), the Source pane says which hit."""
    assert snap_compare(BriefingApp([seeds]), terminal_size=SIZES[0], run_before=_after_loading("slash", *"chips", "enter"))


def test_after_closing_search(snap_compare, seeds: Path) -> None:
    """Esc closes the search and its hits: n is gone from the footer."""
    assert snap_compare(BriefingApp([seeds]), terminal_size=SIZES[0], run_before=_after_loading("slash", *"chips", "escape"))


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_help(snap_compare, seeds: Path, size: tuple[int, int]) -> None:
    assert snap_compare(BriefingApp([seeds]), terminal_size=size, run_before=_after_loading("question_mark"))
