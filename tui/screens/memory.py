"""What the reader remembers between runs, as the main screen uses it: the place it was left, read marks,
bookmarks and notes. The main screen builds on this one; the state itself is `briefings.library.state`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.screen import Screen

from briefings.library.state import Place, State
from briefings.model.location import Location
from tui.screens.mentions import MentionsScreen
from tui.widgets.briefing_pane import BriefingPane
from tui.widgets.library_pane import STORY_PREFIX, LibraryPane
from tui.widgets.source_pane import SourcePane

if TYPE_CHECKING:
    from briefings.library.shelf import Shelf

PANES = ("library", "briefing", "source")  # the panes' ids


class MemoryScreen(Screen[None]):
    """The remembering half of the main screen; the main screen shows places (`go`) and their passages."""

    paths: list[Path]
    state: State | None  # None: nothing is remembered
    current: Location | None
    listed: set[str]  # the articles in Library so far
    briefings: Shelf
    notes: dict[Location, str]  # the notes on this library's places, by place (its passage left out)
    _pane: str | None  # the id of the pane focused last
    _source: SourcePane  # kept: where it was scrolled is remembered once the panes are gone

    def go(self, location: Location, remember: bool = True) -> None:
        """Show `location` (the main screen's)."""
        raise NotImplementedError

    def _show_passage(self, location: Location) -> None:
        """Show the passage of `location` in Source (the main screen's)."""
        raise NotImplementedError

    def _return_to(self, place: Place) -> None:
        """Back where the last run left: the article, its item (while its briefing still has it), the pane focused,
        Source's scroll."""
        self.go(Location(place.location.briefing), remember=False)
        item = self.query_one(BriefingPane).location_of(place.location)
        if item is not None:
            self.go(item, remember=False)
        for pane in self.query(f"#{place.pane}") if place.pane in PANES else ():
            (self.query_one("#source-text") if pane.id == "source" else pane).focus()
        if place.scroll:
            self.query_one(SourcePane).scroll_text_to(place.scroll)

    def _remember_place(self) -> None:
        """Keep where the reader is (article, item, pane focused, Source's scroll) for the next run."""
        if self.state is None or self.current is None:
            return
        at = self.current if self.current.story is None else Location(self.current.briefing)
        self.state.showing(self.paths, Place(at, self._pane, self._source.text_scroll))

    def _read(self, briefing_id: str) -> None:
        """Mark the article read once it has been shown for a moment (still shown after READ_AFTER seconds)."""
        if self.state is not None and self.current is not None and self.current.briefing == briefing_id:
            library = self.query_one(LibraryPane)
            if library.read is not None and briefing_id not in library.read:
                self.state.mark_read(briefing_id)
                library.mark(briefing_id, read=True)

    def action_toggle_read(self) -> None:
        """Mark the article highlighted in Library (else the one shown) read or unread."""
        library = self.query_one(LibraryPane)
        option = library.highlighted_option
        briefing_id = option.id if option is not None and option.id and not option.id.startswith(STORY_PREFIX) else None
        briefing_id = briefing_id or (self.current.briefing if self.current is not None else None)
        if self.state is None or library.read is None or briefing_id is None:
            return
        read = briefing_id not in library.read
        self.state.mark_read(briefing_id, read)
        library.mark(briefing_id, read)

    def action_bookmark(self) -> None:
        """Bookmark the article (from Library) or the briefing item under the cursor, or take the bookmark away."""
        if self.state is None or self.current is None or self.current.story is not None:
            return
        library = self.query_one(LibraryPane)
        place = Location(self.current.briefing) if library.has_focus else self.current
        bookmarked = self.state.toggle_bookmark(place)
        if place.section is None:
            library.star(place.briefing, bookmarked)
        what = "the article" if place.section is None else f"this {place.section.label} item"
        self.notify(f"Bookmarked {what}." if bookmarked else f"Bookmark on {what} taken away.", timeout=2)

    def action_bookmarks(self) -> None:
        """List the bookmarks and notes of this library, each with its passage (and note); the one chosen opens."""
        if self.state is None:
            return
        bookmarks = [place for place in self.state.bookmarks() if place.briefing in self.listed]
        noted = [place for place, _ in self.state.notes() if place.briefing in self.listed and place not in bookmarks]
        places, notes = [], []
        for place in [*bookmarks, *noted]:
            top = self.briefings[place.briefing].article.blocks[0].span if place.span is None else place.span
            places.append(Location(place.briefing, top, place.section, place.item))
            notes.append(self.notes.get(unplaced(place), ""))

        def opened(location: Location | None) -> None:
            if location is not None:
                self.go(location)
                self.query_one(BriefingPane).focus()

        keys = "s bookmarks, a writes a note on, the article or the item under the cursor"
        heading = f"{len(bookmarks)} bookmark(s) and {len(noted) + sum(map(bool, notes[: len(bookmarks)]))} note(s) in this library ({keys})"
        self.app.push_screen(MentionsScreen("Bookmarks", places, self.briefings, "", heading, notes), opened)

    def action_note(self) -> None:
        """Write the note on the article (from Library) or the briefing item under the cursor."""
        if self.state is None or self.current is None or self.current.story is not None:
            return
        from tui.screens.note import NoteScreen

        place = Location(self.current.briefing) if self.query_one(LibraryPane).has_focus else self.current
        what = "the article" if place.section is None else f"this {place.section.label} item"

        def written(text: str | None) -> None:
            if text is None or self.state is None:
                return
            self.state.write_note(place, text)
            if text:
                self.notes[unplaced(place)] = text
            else:
                self.notes.pop(unplaced(place), None)
            if self.current is not None:
                self._show_passage(self.current)
            self.notify(f"Note on {what} kept." if text else f"Note on {what} taken away.", timeout=2)

        self.app.push_screen(NoteScreen(what, self.notes.get(unplaced(place), "")), written)


def unplaced(place: Location) -> Location:
    """`place` as notes are kept by: its article and item, without its passage."""
    return Location(place.briefing, None, place.section, place.item)
