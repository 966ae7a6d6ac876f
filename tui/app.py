"""The reader application."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header

from briefings import __version__
from briefings.library import Library


class BriefingApp(App[None]):
    """Lists the loaded articles by title, outlet and date."""

    CSS_PATH = "app.tcss"
    TITLE = "briefing"
    SUB_TITLE = __version__
    BINDINGS = [Binding("q", "quit", "Quit")]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="library", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#library", DataTable)
        table.add_columns("Title", "Outlet", "Date")
        for article in self.library.articles:
            table.add_row(
                article.display_title,
                article.outlet or "—",
                article.published.isoformat() if article.published else "—",
                key=article.id,
            )
        self.sub_title = f"{len(self.library.articles)} article(s)"
        for notice in self.library.notices:
            self.notify(str(notice), severity="warning" if notice.error else "information", markup=False)
