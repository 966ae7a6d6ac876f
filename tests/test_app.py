"""The reader, driven through Textual's Pilot."""

from textual.widgets import DataTable

from briefings.library import load_library
from tui.app import BriefingApp


async def test_lists_loaded_articles_by_title_outlet_and_date(seeds) -> None:
    app = BriefingApp(load_library([seeds]))
    async with app.run_test(size=(120, 40)) as pilot:
        table = app.query_one("#library", DataTable)
        rows = [table.get_row_at(i) for i in range(table.row_count)]
        assert ["China has authorized three of its largest technology firms", "—", "—"] in rows
        assert ["China clears first Nvidia H200 AI chip imports in policy shift, sources say", "—", "2026-01-28"] in rows
        await pilot.press("q")
    assert app.return_code == 0
