"""The Source pane: the cleaned article, read-only, with the cited passage selected and in view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

if TYPE_CHECKING:
    from briefings.model.article import Article, Span
    from tui.widgets.source_text import SourceText


class SourcePane(Vertical):
    """The article and, on request, the lines removed from it as boilerplate.

    The text view (a TextArea) is mounted just after the first screen is painted: startup is a budget.
    """

    ALLOW_MAXIMIZE = True  # the pane, not its text view alone: Maximize keeps its title and removed lines

    def __init__(self) -> None:
        super().__init__(id="source")
        self.border_title = "Source"
        self.article: Article | None = None
        self._text: SourceText | None = None
        self._pending: tuple[Article, Span | None] | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="removed")

    def on_mount(self) -> None:
        self.call_after_refresh(self._mount_text)

    async def _mount_text(self) -> None:
        from tui.widgets.source_text import SourceText

        text = SourceText()
        await self.mount(text, before=0)
        self._text = text
        if self._pending is not None:
            self.show(*self._pending)

    def show(self, article: Article, span: Span | None = None) -> None:
        """Show `article` and select the passage at `span` (None: the top), scrolled to the middle of the pane."""
        if self._text is None:
            self._pending = (article, span)
            return
        if self.article is None or self.article.id != article.id:
            self.article = article
            self._text.show_text(article.text)
            self.border_title = Content(article.display_title)
            self.query_one("#removed", Static).update(_removed(article))
        self._text.select_passage(*((span.start, span.end) if span is not None else (0, 0)))

    @property
    def text(self) -> str:
        """The article text shown."""
        return self._text.text if self._text is not None else ""

    @property
    def passage(self) -> str:
        """The text now selected (the cited passage)."""
        return self._text.selected_text if self._text is not None else ""

    @property
    def text_scroll(self) -> int:
        """How many lines the text is scrolled down."""
        return round(self._text.scroll_y) if self._text is not None else 0

    def scroll_text_to(self, line: int) -> None:
        """Scroll the text to `line` once it is laid out (after the passage selected is brought into view)."""
        if self._text is not None:
            self._text.call_after_refresh(self._text.scroll_to, y=line, animate=False)

    def toggle_removed(self) -> bool:
        """Show or hide the removed lines; True when they are now shown."""
        self.toggle_class("show-removed")
        return self.has_class("show-removed")


def _removed(article: Article) -> Text:
    if not article.removed:
        return Text("No lines were removed from this article.", style="dim italic")
    text = Text("Removed as boilerplate:\n", style="bold")
    for line in article.removed:
        text.append(f"line {line.line}: ", style="dim")
        text.append(line.text)
        text.append(f"  ({line.reason})\n", style="italic dim")
    return text
