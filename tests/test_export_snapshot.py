"""The Markdown export of seed 002 as Textual's Markdown widget renders it: the figures table, and the footnotes."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Markdown
from textual.widgets._markdown import MarkdownTable

from briefings.export.as_markdown import briefing_markdown
from briefings.extract import build_briefing
from tests.helpers import SEED_002, read_text_article

SIZE = (120, 40)


class ExportPreview(App[None]):
    """The export in a scrolling Markdown widget, as a reader of the file would see it rendered."""

    def __init__(self, markdown: str) -> None:
        super().__init__()
        self.markdown = markdown

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Markdown(self.markdown)


@pytest.fixture(scope="module")
def export_002(seeds: Path) -> str:
    return briefing_markdown(build_briefing(read_text_article(seeds / SEED_002)))


async def _at_the_figures(pilot: Pilot) -> None:
    await pilot.pause()
    pilot.app.query_one(VerticalScroll).scroll_to_widget(pilot.app.query_one(MarkdownTable), animate=False, top=True)
    await pilot.pause()


async def _at_the_footnotes(pilot: Pilot) -> None:
    await pilot.pause()
    pilot.app.query_one(VerticalScroll).scroll_end(animate=False)
    await pilot.pause()


def test_the_figures_table(snap_compare, export_002: str) -> None:
    assert snap_compare(ExportPreview(export_002), terminal_size=SIZE, run_before=_at_the_figures)


def test_the_footnotes(snap_compare, export_002: str) -> None:
    assert snap_compare(ExportPreview(export_002), terminal_size=SIZE, run_before=_at_the_footnotes)
