"""The main screen: it coordinates the three linked panes, the search bar and the history Back walks.

Startup is a budget: the extraction, search and export modules are imported by the loading worker, after the
first screen is painted, and by the export action, never when this module is imported.
"""

from __future__ import annotations

import gc
import threading
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Footer, Header, Label, OptionList
from textual.worker import get_current_worker

from briefings.export.files import WriteRefused, write_atomic
from briefings.export.names import slug
from briefings.library.shelf import CrossrefShelf, Shelf, StoryShelf
from briefings.library.state import Place, State
from briefings.model.location import Location, entity_mentions, sentence_around
from briefings.model.section import Section
from briefings.readers.discovery import Notice
from briefings.terminal import escaped
from tui.screens.arrivals import NOTICES_SHOWN, ArrivalsScreen
from tui.screens.export import ExportScreen
from tui.screens.help import HelpScreen
from tui.screens.memory import PANES, unplaced
from tui.screens.mentions import MentionsScreen
from tui.widgets.briefing_pane import BriefingPane
from tui.widgets.library_pane import STORY_PREFIX, LibraryPane
from tui.widgets.source_pane import SourcePane

if TYPE_CHECKING:
    from briefings.config import Settings
    from briefings.library.session import Batch, LibrarySession, Linked
    from briefings.linking.entities import EntityIndex
    from briefings.linking.stories import StoryCard
    from briefings.model.briefing import Briefing
    from briefings.model.cards import Card
    from briefings.search.hits import SearchHit, Tally
    from briefings.search.names import NameIndex
    from tui.widgets.search_bar import SearchBar

READ_AFTER = 2.0  # seconds an article is shown before it counts as read
_HITS = 20  # the best hits a search lists; a reader refines the query rather than page further


class MainScreen(ArrivalsScreen):
    """Library, Briefing and Source side by side (two of them on a narrow screen); every jump is a Location, so Back
    can return to it."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (100, "-wide")]  # type: ignore[misc]  # a class setting

    BINDINGS: ClassVar[list[BindingType]] = [
        # A priority binding acts as the key arrives, so that the keys typed right after it reach the search field.
        Binding("slash", "search", "Search", priority=True, id="search"),
        Binding("n", "next_hit", "Next hit", id="next_hit"),
        Binding("N", "previous_hit", "Previous hit", show=False, id="previous_hit"),
        Binding("escape", "back", "Back", id="back"),
        Binding("backspace", "back", "Back", show=False, id="back"),
        Binding("tab", "next_pane(1)", "Next pane", show=False, id="next_pane"),
        Binding("shift+tab", "next_pane(-1)", "Previous pane", show=False, id="previous_pane"),
        Binding("z", "toggle_pane", "Zoom", show=False, id="toggle_pane"),
        Binding("e", "export", "Export", id="export"),
        Binding("x", "toggle_removed", "Removed lines", show=False, id="removed_lines"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("exclamation_mark", "notices", "Notices", show=False, id="notices"),
        Binding("m", "toggle_read", "Read/unread", show=False, id="toggle_read"),
        Binding("s", "bookmark", "Bookmark", show=False, id="bookmark"),
        Binding("apostrophe", "bookmarks", "Bookmarks", show=False, id="bookmarks"),
        Binding("a", "note", "Note", show=False, id="note"),
        Binding("y", "copy_item", "Copy", show=False, id="copy"),
        Binding("o", "open_source", "Open source", show=False, id="open_source"),
        Binding("r", "update_feeds", "Update feeds", show=False, id="update_feeds"),
        Binding("q", "app.quit", "Quit", id="quit"),
    ]

    class LibraryOpened(Message):
        """The library's files are found and its cache is open: `session` is the library from now on."""

        def __init__(self, session: LibrarySession) -> None:
            super().__init__()
            self.session = session

    class LibraryBatch(Message):
        """Articles just loaded, and how far loading is. A batch of progress alone gives way to a newer one."""

        def __init__(self, batch: Batch) -> None:
            super().__init__()
            self.batch = batch

        def can_replace(self, message: Message) -> bool:
            """Whether the newer `message`, queued behind this one, may be handled in its place (Textual then drops
            this one): only when this one carries no cards."""
            return isinstance(message, MainScreen.LibraryBatch) and not self.batch.cards

    class LibraryLoaded(Message):
        """Every file is loaded, or said to be unreadable."""

    class LinksReady(Message):
        """The library is linked: its cross-references, stories and entities."""

        def __init__(self, linked: Linked) -> None:
            super().__init__()
            self.linked = linked

    class SearchDone(Message):
        """The hits of the query typed last, and how many passages and articles it matches in all."""

        def __init__(self, hits: list[SearchHit], tally: Tally) -> None:
            super().__init__()
            self.hits = hits
            self.tally = tally

    def __init__(self, paths: list[Path], settings: Settings, state: State | None = None) -> None:
        super().__init__()
        self.paths = paths
        self.state = state  # what the reader remembers between runs; None: nothing
        self._restore = state.last_place(paths) if state is not None else None  # where the last run left, shown first
        self._source = SourcePane()  # kept: where it was scrolled is remembered once the panes are gone
        self._pane: str | None = None  # the id of the pane focused last
        self.notes: dict[Location, str] = {}  # the notes on this library's places, by place (its passage left out)
        self._stop_watching = threading.Event()  # set when the reader closes: the watcher then stops
        self.settings = settings
        self.session: LibrarySession | None = None  # from when loading begins
        self.briefings = Shelf(None)  # the library's, from when loading begins
        self.listed: set[str] = set()  # the articles in Library so far
        self.current: Location | None = None
        self.history: list[Location] = []
        self.hits: list[SearchHit] = []
        self.hit_number = 0
        self.searching = False  # a search is running or its hits are on their way
        self.loaded = False
        self.links_ready = False
        self.links = CrossrefShelf()
        self.stories = StoryShelf([])
        self.entities: EntityIndex | None = None
        self.names: NameIndex | None = None  # what the palette finds by name, filled as the library loads and links
        self._notices_shown = 0

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            yield LibraryPane()
            yield BriefingPane()
            yield self._source
        with Horizontal(id="loading"):
            yield Label("Reading articles…", id="loading-label")
        yield Footer()

    def on_mount(self) -> None:
        self.add_class("-at-library")  # shown, on a narrow screen, before it can take the focus
        self.query_one(LibraryPane).focus()
        self.call_after_refresh(self._after_first_paint)

    async def _after_first_paint(self) -> None:
        """What the first screen can do without: the search bar (mounted now) and the loading (started now)."""
        from tui.widgets.search_bar import SearchBar

        await self.mount(SearchBar(id="search"), before=self.query_one("#loading"))
        self.load()

    # Loading: a worker reads and builds through the library's session, and posts each batch as it comes.

    @property
    def notices(self) -> list[Notice]:
        """What could not be loaded, or was skipped, and what befell the cache."""
        return self.session.notices if self.session is not None else []

    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        """Read and build every article in a thread (through the cache), posting them in batches."""
        from briefings.library.session import LibrarySession
        from briefings.search.names import NameIndex, NameKind

        worker = get_current_worker()
        session = LibrarySession(self.paths, self.settings.max_bytes, self.settings.cache, self.settings.store)
        session.open()
        self.names = NameIndex()
        self.post_message(self.LibraryOpened(session))
        first = True
        for batch in session.load(cancelled=lambda: worker.is_cancelled):
            if first and batch.cards:  # the article shown first: read here (models imported, briefing decoded), not in the UI
                session.shelf.get(batch.cards[0].id)
                first = False
            self.names.add(NameKind.ARTICLE, ((card.display_title, card.id) for card in batch.cards))
            self.post_message(self.LibraryBatch(batch))
        if not worker.is_cancelled:
            self.post_message(self.LibraryLoaded())

    def on_main_screen_library_opened(self, event: LibraryOpened) -> None:
        from textual.widgets import ProgressBar

        self.session = event.session
        self.briefings = event.session.shelf
        if self.state is not None:
            self.state.opened(self.paths)
            library = self.query_one(LibraryPane)
            library.read = self.state.read()
            library.bookmarked = {place.briefing for place in self.state.bookmarks() if place.section is None}
            self.notes = {unplaced(place): text for place, text in self.state.notes()}
        total = len(event.session.files)
        self.query_one("#loading").mount(ProgressBar(total=max(total, 1), show_eta=False, id="progress"))

    def on_main_screen_library_batch(self, event: LibraryBatch) -> None:
        cards, done = event.batch.cards, event.batch.done
        first = not self.listed
        self.listed.update(card.id for card in cards)
        # What lives as long as the reader: keep the collector from walking it again and again,
        # which at thousands of articles stalls both loading and typing.
        gc.freeze()
        for bar in self.query("#progress"):
            bar.update(progress=done)  # type: ignore[attr-defined]  # the ProgressBar, once mounted
        self.query_one("#loading-label", Label).update(f"Reading articles… {done}")
        library = self.query_one(LibraryPane)
        library.add_cards(cards)
        restore = self._restore if self._restore is not None and self._restore.location.briefing in {card.id for card in cards} else None
        if first and cards and restore is None:
            library.highlighted = 0
        if restore is not None:
            self._restore = None
            if self.current is None or self.current == Location(library.get_option_at_index(0).id or ""):  # not gone anywhere yet
                self._return_to(restore)

    def on_main_screen_library_loaded(self, _: LibraryLoaded) -> None:
        self.loaded = True
        self.query_one("#loading").display = False
        count = len(self.briefings)
        self.app.sub_title = f"{count} article{'s' if count != 1 else ''}"
        self._show_notices()
        if not count:
            self.query_one(BriefingPane).show_message("No article could be loaded. Press q to quit.")
        # Linking and watching wait for the article shown to be painted: their imports would hold up its first paint.
        self.call_after_refresh(self._link_and_watch)

    def _link_and_watch(self) -> None:
        if len(self.briefings) > 1:
            self.cross_reference()
        self.watch_files()

    def _show_notices(self) -> None:
        """Show the notices not shown yet, the first few each in full."""
        notices = self.notices[self._notices_shown :]
        self._notices_shown += len(notices)
        for notice in notices[:NOTICES_SHOWN]:
            self.notify(str(notice), severity="error" if notice.error else "information", markup=False, timeout=8)
        if len(notices) > NOTICES_SHOWN:
            self.notify(f"…and {len(notices) - NOTICES_SHOWN} more: ! lists them all; they are printed when you quit.", markup=False, timeout=8)

    @work(thread=True, exclusive=True, group="crossrefs")
    def cross_reference(self) -> None:
        """Link the articles to each other in a thread (or, for a large library, a process): cross-references,
        stories and the library's entities."""
        assert self.session is not None
        worker = get_current_worker()
        linked = self.session.link(cancelled=lambda: worker.is_cancelled)
        if worker.is_cancelled:
            return
        if self.names is not None:  # for the palette, before the reader is told
            from briefings.search.names import NameKind

            self.names.add(NameKind.STORY, ((card.title, card.id) for card in linked.stories.cards()))
            self.names.add(NameKind.ENTITY, ((name, entity.name) for entity in linked.entities.entities for name in (entity.name, *entity.aliases)))
        self.post_message(self.LinksReady(linked))

    def on_unmount(self) -> None:
        self._stop_watching.set()
        self._remember_place()
        if self.session is not None:
            self.session.close()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self._pane = next((node.id for node in event.widget.ancestors_with_self if node.id in PANES), self._pane)
        self.set_class(self._pane == "library", "-at-library")  # on a narrow screen, the panes shown beside it

    def action_next_pane(self, step: int) -> None:
        """Focus the next pane (-1: the previous), in the order Library, Briefing, Source, shown first if it was hidden
        (on a narrow screen two panes are shown, the one focused and its neighbour)."""
        index = PANES.index(self._pane) if self._pane in PANES else 0
        pane = PANES[(index + step) % len(PANES)]
        self.set_class(pane == "library", "-at-library")
        target = self.query_one("#source-text" if pane == "source" else f"#{pane}")
        self.call_after_refresh(target.focus)

    def on_main_screen_links_ready(self, event: LinksReady) -> None:
        self.links = event.linked.crossrefs
        self.stories = event.linked.stories
        self.entities = event.linked.entities
        self.links_ready = True
        self.query_one(LibraryPane).show_stories(self.stories.cards())
        if self.current is not None and self.current.story is None:
            pane = self.query_one(BriefingPane)
            highlighted = pane.highlighted
            self._show_briefing(self.briefings[self.current.briefing])
            with pane.prevent(OptionList.OptionHighlighted):
                pane.highlighted = highlighted

    def _show_briefing(self, briefing: Briefing) -> None:
        links = self.links.of(briefing.id)
        titles = {other.briefing: self.briefings.card(other.briefing).display_title for _, _, other in links}
        reach = {entity.name: self._articles_mentioning(entity.name) for entity in briefing.entities}
        self.query_one(BriefingPane).show(briefing, links, titles, reach)

    def _articles_mentioning(self, name: str) -> int:
        """How many articles mention the entity `name` (1 until the library's entities are indexed)."""
        found = self.entities.find(name) if self.entities is not None else None
        return len(found.briefings) if found is not None else 1

    # What the palette and other screens ask of the library.

    def library_cards(self) -> list[Card]:
        return self.briefings.cards()

    def library_stories(self) -> list[StoryCard]:
        return self.stories.cards()

    def current_entity_names(self) -> list[str]:
        """The entities of the article shown (the palette's names of the library come once it is linked)."""
        current = self.briefings.get(self.current.briefing) if self.current is not None else None
        return sorted({entity.name for entity in current.entities}) if current is not None else []

    def current_passage(self) -> str | None:
        """The passage shown in Source: the item's sentence, or the article's text when at its top."""
        if self.current is None:
            return None
        article = self.briefings[self.current.briefing].article
        span = self.current.span
        return article.text if span is None else article.passage(span)

    # Navigation: every jump goes through `go`, which remembers where we were.

    def go(self, location: Location, remember: bool = True) -> None:
        """Show `location`: its article in Library, its item in Briefing, its passage in Source."""
        if remember and self.current is not None and self.current != location:
            self.history.append(self.current)
        if self.current is None:
            self.refresh_bindings()  # Export applies from now on (the footer is laid out again: not at every move)
        self.current = location
        if self.state is not None and location.story is None:
            self.state.showing(self.paths, Place(Location(location.briefing)))
            self.set_timer(READ_AFTER, partial(self._read, location.briefing))
        if location.story is not None:
            self.query_one(LibraryPane).select(STORY_PREFIX + location.story)
            self.query_one(BriefingPane).show_story(self.stories[location.story], self.briefings)
        else:
            self.query_one(LibraryPane).select(location.briefing)
            self._show_briefing(self.briefings[location.briefing])
        self.query_one(BriefingPane).select(location)
        self._show_passage(location)

    def _show_passage(self, location: Location) -> None:
        briefing = self.briefings[location.briefing]
        span = location.span
        if span is not None and location.section is Section.ENTITIES:
            span = sentence_around(briefing, span)
        source = self.query_one(SourcePane)
        source.show(briefing.article, span)
        note = self.notes.get(unplaced(location)) if location.story is None else None
        source.border_subtitle = Content(f"✎ {' '.join(note.split())}" if note else briefing.article.url or "")

    def open_article(self, briefing_id: str) -> None:
        """Open an article's briefing at its top (a jump: Back returns)."""
        self.go(Location(briefing_id))
        self.query_one(BriefingPane).focus()

    def open_story(self, story_id: str) -> None:
        """Open a story's briefing at its top, its first source in Source (a jump: Back returns)."""
        self.go(Location(self.stories.card(story_id).briefings[0], story=story_id))
        self.query_one(BriefingPane).focus()

    def jump_to_section(self, section: Section) -> None:
        pane = self.query_one(BriefingPane)
        pane.jump_to_section(section)
        pane.focus()

    def show_mentions(self, name: str) -> None:
        """List the mentions of entity `name` (by any of its names) across the library; the one chosen opens."""
        if self.entities is None:  # reading every article for it would stall a large library: this one's, for now
            current = [self.briefings[self.current.briefing]] if self.current is not None else []
            mentions, scope = entity_mentions(current, [name]), "in this article (the library's entities are still being indexed)"
        else:
            entity = self.entities.find(name)
            names = entity.names() if entity is not None else {name}
            mentions = entity_mentions((self.briefings[b] for b in entity.briefings) if entity is not None else (), names)
            scope = "in the library"

        def opened(location: Location | None) -> None:
            if location is not None:
                self.go(location)
                self.query_one(BriefingPane).focus()

        self.app.push_screen(MentionsScreen(name, mentions, self.briefings, scope), opened)

    def action_back(self) -> None:
        """Close the search bar if it is open, the search done with (n and N then walk no hits); otherwise return to
        the previous place."""
        search = self._search_bar()
        if search is not None and search.is_open:
            search.close()
            self.hits = []
            self.query_one(SourcePane).border_subtitle = ""
            self.refresh_bindings()
            self.query_one(BriefingPane).focus()
        elif self.history:
            self.go(self.history.pop(), remember=False)
        else:
            self.notify("Nothing to go back to.", timeout=2)

    def on_library_pane_article_chosen(self, event: LibraryPane.ArticleChosen) -> None:
        if self.query_one(LibraryPane).moved_past(event.briefing_id):
            return  # a key held down: only the article it stops on is shown
        if self.current is None or self.current.briefing != event.briefing_id or self.current.story is not None:
            self.go(Location(event.briefing_id), remember=False)

    def on_library_pane_story_chosen(self, event: LibraryPane.StoryChosen) -> None:
        if self.query_one(LibraryPane).moved_past(STORY_PREFIX + event.story_id):
            return
        if self.current is None or self.current.story != event.story_id:
            self.go(Location(self.stories.card(event.story_id).briefings[0], story=event.story_id), remember=False)

    def on_briefing_pane_source_chosen(self, event: BriefingPane.SourceChosen) -> None:
        """Open the article a story's item cites, at its passage (Back returns to the story)."""
        self.go(event.location)
        self.query_one(SourcePane).focus()

    def on_briefing_pane_item_highlighted(self, event: BriefingPane.ItemHighlighted) -> None:
        self.current = event.location
        self._show_passage(event.location)

    def on_briefing_pane_link_chosen(self, event: BriefingPane.LinkChosen) -> None:
        """Follow a cross-reference to the other article's passage (Back returns)."""
        there = event.there
        index = next(n for n, (link, _, _) in enumerate(self.links.of(there.briefing)) if link == event.link)
        self.go(Location(there.briefing, there.cite, Section.CROSSREFS, index))

    def on_briefing_pane_entity_chosen(self, event: BriefingPane.EntityChosen) -> None:
        self.show_mentions(event.name)

    # Search.

    def action_search(self) -> None:
        search = self._search_bar()
        if search is not None:
            search.open()

    def _search_bar(self) -> SearchBar | None:
        """The search bar, once mounted (it is lazy)."""
        return next(iter(self.query("#search")), None)  # type: ignore[return-value]

    def on_search_bar_query_changed(self, event: SearchBar.QueryChanged) -> None:
        self.searching = True
        self.search(event.query)

    @work(thread=True, exclusive=True, group="search")
    def search(self, query: str) -> None:
        """Search the library in a thread; a newer query cancels this one, whose hits are then never shown.
        As the reader types, the last word is a prefix until a space follows it."""
        from briefings.search.hits import Tally

        worker = get_current_worker()
        typing = not query[-1:].isspace()
        hits = self.session.search(query, _HITS, typing=typing) if self.session is not None else []
        if worker.is_cancelled:
            return
        tally = Tally.of(hits) if self.session is None or len(hits) < _HITS else self.session.tally(query, typing=typing)
        if not worker.is_cancelled:
            self.post_message(self.SearchDone(hits, tally))

    def on_main_screen_search_done(self, event: SearchDone) -> None:
        self.searching = False
        self._show_notices()  # a cache found damaged while searching, and rebuilt
        # Loading adds an article to the index before its batch reaches Library: leave out the few not shown yet.
        had_hits = bool(self.hits)
        self.hits = [hit for hit in event.hits if hit.location.briefing in self.listed]
        self.hit_number = 0
        search = self._search_bar()
        if search is not None:
            search.show_hits(self.hits, event.tally)
        if had_hits != bool(self.hits):
            self.refresh_bindings()  # n and N apply only when there are hits

    def on_search_bar_hit_chosen(self, event: SearchBar.HitChosen) -> None:
        search = self._search_bar()
        if search is not None:
            search.close()
        self._go_to_hit(event.index)
        self.query_one(BriefingPane if self.hits[event.index].location.section else SourcePane).focus()

    def action_next_hit(self) -> None:
        self._go_to_hit((self.hit_number + 1) % len(self.hits))

    def action_previous_hit(self) -> None:
        self._go_to_hit((self.hit_number - 1) % len(self.hits))

    def _go_to_hit(self, number: int) -> None:
        self.hit_number = number
        hit = self.hits[number]
        self.go(hit.location)
        self.query_one(SourcePane).border_subtitle = f"hit {number + 1} of {len(self.hits)}"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "search":
            search = self._search_bar()
            return search is not None and not search.is_open
        if action in ("next_hit", "previous_hit"):
            return bool(self.hits)
        if action == "export":
            return self.current is not None
        return True

    # Other keys.

    def action_export(self) -> None:
        """Ask where to write the current briefing as Markdown, then write it atomically."""
        if self.current is None:
            return
        if self.current.story is not None:
            from briefings.export.story_markdown import story_markdown

            story = self.stories[self.current.story]
            title, text = story.title, lambda: story_markdown(story, self.briefings)
        else:
            from briefings.export.as_markdown import briefing_markdown

            briefing = self.briefings[self.current.briefing]
            title, text = briefing.article.display_title, lambda: briefing_markdown(briefing)

        def write(path: Path) -> str | None:
            """Write the Markdown to `path`; what went wrong, if anything."""
            try:
                write_atomic(path, text())
            except WriteRefused as exc:
                return escaped(str(exc))
            except OSError as exc:
                return escaped(f"{path}: cannot write: {exc.strerror or exc}.")
            return None

        def written(path: Path | None) -> None:
            if path is not None:
                self.notify(escaped(f"Wrote {path}"), markup=False)

        default = (self.settings.export_folder or Path.cwd()) / f"{'story-' if self.current.story else ''}{slug(title)}.md"
        self.app.push_screen(ExportScreen(default, write), written)

    def action_toggle_removed(self) -> None:
        shown = self.query_one(SourcePane).toggle_removed()
        self.notify("Showing the lines removed as boilerplate." if shown else "Removed lines hidden.", timeout=2)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())

    def action_notices(self) -> None:
        from tui.screens.notices import NoticesScreen

        self.app.push_screen(NoticesScreen(list(self.notices)))

    def action_copy_item(self) -> None:
        """Copy the briefing item under the cursor with its quoted passage and its source (title, outlet, author,
        date, file), or, at an article's top, the article's source."""
        if self.current is None or self.current.story is not None:
            return
        from rich.text import Text

        from briefings.export.as_markdown import article_details

        briefing = self.briefings[self.current.briefing]
        article, span = briefing.article, self.current.span
        pane = self.query_one(BriefingPane)
        option = pane.highlighted_option if self.current.section is not None else None
        item = option.prompt.plain if option is not None and isinstance(option.prompt, Text) else ""
        lines = [" ".join(item.split())] if item else []
        if span is not None:
            lines.append(f"“{' '.join(article.passage(span).split())}”")
        lines.append("— " + " · ".join([article.display_title, *article_details(briefing), article.url or article.path]))
        self.app.copy_to_clipboard("\n".join(lines))
        self.notify("Copied the item, its passage and its source." if item else "Copied the source.", timeout=2)

    def action_open_source(self) -> None:
        """Open the article's page in the browser when it came from a URL; else its file in $VISUAL or $EDITOR at the
        line of the passage shown (the reader waits)."""
        if self.current is None:
            return
        url = self.briefings[self.current.briefing].article.url
        if url is not None:
            self.app.open_url(url)
            self.notify(escaped(f"Opened {url}"), markup=False, timeout=2)
            return
        import os
        import shlex
        import subprocess

        from textual.app import SuspendNotSupported

        from briefings.readers.files import source_line

        article = self.briefings[self.current.briefing].article
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
        if not editor:
            self.notify("Set $EDITOR (or $VISUAL) to open the source file.", severity="warning", timeout=4)
            return
        passage = article.passage(self.current.span) if self.current.span is not None else ""
        command = [*shlex.split(editor), f"+{source_line(Path(article.path), passage, self.settings.max_bytes)}", article.path]
        try:
            with self.app.suspend():
                finished = subprocess.run(command, check=False)
        except SuspendNotSupported:  # no terminal to give the editor (headless): it runs beside the reader
            finished = subprocess.run(command, check=False, stdin=subprocess.DEVNULL, capture_output=True)
        except OSError as exc:
            self.notify(escaped(f"{editor}: cannot run it ({exc.strerror or exc})"), severity="error", markup=False)
            return
        if finished.returncode:
            self.notify(escaped(f"{editor} ended with status {finished.returncode}"), severity="warning", markup=False)

    def action_copy_passage(self) -> None:
        """Copy the passage shown to the clipboard (the terminal's, by OSC 52)."""
        passage = self.current_passage()
        if passage is None:
            return
        self.app.copy_to_clipboard(passage)
        self.notify(f"Copied {len(passage):,} characters.", timeout=2)

    def action_toggle_pane(self) -> None:
        """Give the focused pane the whole screen, or give the others back."""
        if self.maximized is not None:
            self.minimize()
        elif self.focused is not None:
            pane = next((node for node in self.focused.ancestors_with_self if isinstance(node, (LibraryPane, BriefingPane, SourcePane))), None)
            if pane is not None:
                self.maximize(pane, container=False)

