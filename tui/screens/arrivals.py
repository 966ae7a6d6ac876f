"""What arrives while the reader runs: files added, changed or removed in the folders it opened (watched), and the
feeds' new articles (`r`). The main screen builds on this one."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message

from briefings.model.location import Location
from briefings.terminal import escaped
from tui.screens.memory import MemoryScreen
from tui.widgets.briefing_pane import BriefingPane
from tui.widgets.library_pane import LibraryPane

if TYPE_CHECKING:
    from briefings.config import Settings
    from briefings.library.session import Changes, LibrarySession
    from briefings.search.names import NameIndex
    from briefings.sources.follow import Update

NOTICES_SHOWN = 3  # notices shown as they come; `!` lists them all


class ArrivalsScreen(MemoryScreen):
    """The library kept up with its folders and feeds; the main screen shows it (`go`), links it (`cross_reference`)
    and says what befell it (`_show_notices`)."""

    settings: Settings
    session: LibrarySession | None
    loaded: bool
    history: list[Location]
    names: NameIndex | None
    _stop_watching: threading.Event

    class FilesChanged(Message):
        """Article files were added, changed or removed in the folders the library was opened on."""

    class LibraryChanged(Message):
        """The library took in the files that changed."""

        def __init__(self, changes: Changes) -> None:
            super().__init__()
            self.changes = changes

    class FeedsUpdated(Message):
        """A feeds update ended: what it saved, and what went wrong."""

        def __init__(self, update: Update, folder: Path) -> None:
            super().__init__()
            self.update = update
            self.folder = folder


    # Watching: files added, changed or removed in the library's folders are taken in without a restart.

    @work(thread=True, exclusive=True, group="watch")
    def watch_files(self) -> None:
        """Watch the library's folders and files (watchfiles, in a thread) and say when article files change."""
        from watchfiles import watch

        from briefings.readers.discovery import is_article_path

        watched = [path for path in self.paths if path.exists()]
        if not watched:
            return

        def article(_: object, path: str) -> bool:
            file = Path(path)
            return is_article_path(file) and not any(part.startswith(".") for part in file.parts[-2:])

        for _ in watch(*watched, watch_filter=article, debounce=400, stop_event=self._stop_watching, rust_timeout=500):
            self.post_message(self.FilesChanged())

    def on_arrivals_screen_files_changed(self, _: FilesChanged) -> None:
        if self.session is not None and self.loaded:
            self.take_in_changes()

    @work(thread=True, exclusive=True, group="refresh")
    def take_in_changes(self) -> None:
        assert self.session is not None
        changes = self.session.refresh()
        if changes.added or changes.removed:
            self.post_message(self.LibraryChanged(changes))

    def on_arrivals_screen_library_changed(self, event: LibraryChanged) -> None:
        """Show the articles added, take out those removed, and link the library again."""
        added, removed = event.changes.added, event.changes.removed
        library = self.query_one(LibraryPane)
        library.remove_cards(removed)
        self.listed.difference_update(removed)
        new = [card for card in added if card.id not in self.listed]
        self.listed.update(card.id for card in new)
        library.add_cards(new)
        if self.names is not None:
            from briefings.search.names import NameKind

            self.names.add(NameKind.ARTICLE, ((card.display_title, card.id) for card in new))
        count = len(self.briefings)
        self.app.sub_title = f"{count} article{'s' if count != 1 else ''}"
        said = [f"{len(new)} article(s) added" if new else "", f"{len(removed)} removed" if removed else ""]
        self.notify("The library changed: " + ", ".join(part for part in said if part) + ".", timeout=4)
        self._show_notices()
        if self.current is not None and self.current.briefing in removed:
            self.history = [place for place in self.history if place.briefing not in removed]
            first = next((card.id for card in self.briefings.cards()), None)  # the library's first article
            if first is not None:
                self.go(Location(first), remember=False)
            else:
                self.current = None
                self.query_one(BriefingPane).show_message("Every article of the library is gone.")
        if count > 1:
            self.cross_reference()

    # Feeds: r updates them in a thread; their new pages land in the library folder (and in the library, when it is
    # among the folders opened: the watcher takes them in). On a server's whole library, r also lists it again.

    def action_update_feeds(self) -> None:
        self.notify("Updating the feeds…", timeout=3)
        self.update_feeds()

    @work(thread=True, exclusive=True, group="feeds")
    def update_feeds(self) -> None:
        from briefings.library.state import State
        from briefings.sources.follow import update
        from briefings.sources.pages import library_folder

        folder = library_folder(self.settings.library)  # the command line's, or the config's unless $BRIEFING_LIBRARY
        state = self.state if self.state is not None else State.open()[0]  # a reader without a memory still has feeds

        def progress(done: int, total: int, title: str) -> None:
            if title:
                self.app.call_from_thread(self.notify, f"Feed {done + 1} of {total}: {title}", markup=False, timeout=2)

        try:
            self.post_message(self.FeedsUpdated(update(state, folder, progress=progress), folder))
        finally:
            if state is not self.state:
                state.close()

    def on_arrivals_screen_feeds_updated(self, event: FeedsUpdated) -> None:
        update, folder = event.update, event.folder
        for trouble in update.troubles[:NOTICES_SHOWN]:
            self.notify(escaped(trouble), severity="warning", markup=False, timeout=8)
        inside = any(folder.resolve().is_relative_to(path.resolve()) for path in self.paths if path.is_dir())
        where = "" if inside or not update.saved else f" in {folder} (open it: briefing {folder})"
        self.notify(escaped(f"{len(update.saved)} new article(s){where}; {len(update.troubles)} problem(s)."), markup=False, timeout=6)
        if self.session is not None and self.session.whole_store and self.loaded:
            self.take_in_changes()  # a server's whole library: what its builders stored since

    def cross_reference(self) -> object:
        """Link the library again (the main screen's: a worker)."""
        raise NotImplementedError

    def _show_notices(self) -> None:
        """Show the notices not shown yet (the main screen's)."""
        raise NotImplementedError
