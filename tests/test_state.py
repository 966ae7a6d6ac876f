"""What the reader remembers between runs: the last library and the article it showed, surviving a restart and a
damaged state file."""

from __future__ import annotations

from pathlib import Path

from briefings.cli import main
from briefings.library.state import FILE_NAME, Place, State
from briefings.model.location import Location
from briefings.model.section import Section
from briefings.model.span import Span
from tests.helpers import SEED_002
from tests.test_app import SIZE, briefing_of, loaded
from tui.app import BriefingApp


def test_the_state_remembers_the_last_library_and_its_article(tmp_path: Path) -> None:
    state, trouble = State.open(tmp_path)
    assert trouble is None and state.last_library() is None
    one, two = [tmp_path / "a", tmp_path / "b"], [tmp_path / "c"]
    state.opened(one)
    item = Location("abc123", Span(3, 9), Section.FIGURES, 2)
    state.showing(one, Place(item, "source", 14))
    state.opened(two)
    state.close()
    again, _ = State.open(tmp_path)
    assert again.last_library() == two and again.last_place(two) is None
    # The item is kept by section and number; its passage is the briefing's to give when it is shown again.
    assert again.last_place(one) == Place(Location("abc123", None, Section.FIGURES, 2), "source", 14)
    again.opened(one)
    assert again.last_library() == one


def test_notes_and_the_theme_are_kept_and_an_empty_note_takes_the_note_away(tmp_path: Path) -> None:
    state, _ = State.open(tmp_path)
    article, item = Location("abc123"), Location("abc123", Span(3, 9), Section.CAVEATS, 0)
    state.write_note(article, "check the second source")
    state.write_note(item, "first draft")
    state.write_note(item, "  the council's own figure  ")
    state.set_theme("nord")
    state.close()
    state, _ = State.open(tmp_path)
    assert state.note(article) == "check the second source" and state.theme() == "nord"
    assert [(place.section, text) for place, text in state.notes()] == [(Section.CAVEATS, "  the council's own figure  "), (None, "check the second source")]
    assert state.notes()[0][0].span == Span(3, 9)  # a note keeps its passage, for the list of notes
    state.write_note(article, " ")
    assert state.note(article) == "" and len(state.notes()) == 1


def test_a_state_of_the_first_version_is_brought_up_to_date_and_keeps_what_it_held(tmp_path: Path) -> None:
    import sqlite3

    old = sqlite3.connect(tmp_path / FILE_NAME)
    old.executescript(
        "CREATE TABLE libraries (paths TEXT PRIMARY KEY, opened INTEGER NOT NULL, article TEXT);"
        "CREATE TABLE read (article TEXT PRIMARY KEY, at INTEGER NOT NULL);"
        "CREATE TABLE bookmarks (article TEXT NOT NULL, section TEXT NOT NULL, item INTEGER NOT NULL, start INTEGER, end INTEGER,"
        " at INTEGER NOT NULL, PRIMARY KEY (article, section, item));"
        f"INSERT INTO libraries VALUES ('{tmp_path}', 1, 'abc123'); INSERT INTO read VALUES ('abc123', 1); PRAGMA user_version = 1;"
    )
    old.commit()
    old.close()
    state, trouble = State.open(tmp_path)
    assert trouble is None and state.read() == {"abc123"} and state.last_library() == [tmp_path]
    assert state.last_place([tmp_path]) == Place(Location("abc123"))
    state.write_note(Location("abc123"), "kept")
    assert state.note(Location("abc123")) == "kept"


def test_a_damaged_state_is_set_aside_and_one_out_of_reach_is_kept_in_memory(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_bytes(b"not a database" * 100)
    state, trouble = State.open(tmp_path)
    assert trouble is not None and "moved aside" in trouble and "\n" not in trouble
    state.opened([tmp_path])
    assert state.last_library() == [tmp_path] and (tmp_path / f"{FILE_NAME}.corrupt").exists()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    state, trouble = State.open(blocker / "state")
    assert trouble is not None and "nothing is remembered this time" in trouble
    state.opened([tmp_path])
    assert state.last_library() == [tmp_path]


async def test_the_reader_opens_where_it_was_left(seeds: Path, tmp_path: Path) -> None:
    state, _ = State.open(tmp_path / "state")
    app = BriefingApp([seeds], state=state)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        first = screen.current
        wanted = briefing_of(screen, SEED_002).id
        assert first is not None and first.briefing != wanted
        screen.open_article(wanted)
        await pilot.pause()
    state.close()
    state, _ = State.open(tmp_path / "state")
    assert state.last_library() == [seeds]
    app = BriefingApp([seeds], state=state)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        await pilot.pause(0.2)
        assert screen.current is not None and screen.current.briefing == wanted


async def test_the_item_pane_scroll_note_bookmark_read_mark_and_theme_survive_a_restart(seeds: Path, tmp_path: Path, monkeypatch) -> None:
    from tui.screens import main as main_screen
    from tui.screens.note import NoteScreen
    from tui.widgets.briefing_pane import BriefingPane
    from tui.widgets.library_pane import LibraryPane
    from tui.widgets.source_pane import SourcePane

    monkeypatch.setattr(main_screen, "READ_AFTER", 600)  # read only when marked so
    state, _ = State.open(tmp_path / "state")
    app = BriefingApp([seeds], state=state)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        screen.query_one(BriefingPane).focus()
        await pilot.press("down", "down", "down")
        item = screen.current
        assert item is not None and item.section is not None
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"ask the ministry", "enter")
        await pilot.pause()
        assert "ask the ministry" in str(screen.query_one(SourcePane).border_subtitle)
        screen.query_one("#source-text").focus()
        await pilot.press("ctrl+f")
        await pilot.pause()
        scrolled = screen.query_one(SourcePane).text_scroll
        assert scrolled > 0
        app.theme = "nord"
        library = screen.query_one(LibraryPane)
        library.focus()
        await pilot.press("s", "m")  # the article bookmarked, and read
        await pilot.pause()
        screen.query_one("#source-text").focus()
        await pilot.pause()
    state.close()
    state, _ = State.open(tmp_path / "state")
    app = BriefingApp([seeds], state=state)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        await pilot.pause(0.2)
        assert screen.current is not None and (screen.current.briefing, screen.current.section, screen.current.item) == (item.briefing, item.section, item.item)
        assert screen.current.span == item.span  # the passage, from the briefing
        assert screen.focused is not None and screen.focused.id == "source-text"
        assert screen.query_one(SourcePane).text_scroll == scrolled
        assert "ask the ministry" in str(screen.query_one(SourcePane).border_subtitle)
        assert app.theme == "nord"
        library = screen.query_one(LibraryPane)
        assert library.read == {item.briefing} and str(library.get_option(item.briefing).prompt)[:4] == "  ★ "


def test_search_without_a_path_searches_the_library_last_opened(write, capsys) -> None:
    article = write("library/vote.txt", "The Harwick council voted 7 to 2 on Monday to approve the plan.\n")
    state, _ = State.open()
    state.opened([article.parent])
    state.close()
    assert main(["search", "harwick"]) == 0
    out, err = capsys.readouterr()
    assert "vote.txt" in out and f"the library the reader opened last, {article.parent}" in err


async def test_an_article_shown_for_a_moment_is_read_and_m_toggles_it(seeds: Path, tmp_path: Path, monkeypatch) -> None:
    from tui.screens import main as main_screen
    from tui.widgets.library_pane import LibraryPane

    monkeypatch.setattr(main_screen, "READ_AFTER", 0.05)
    state, _ = State.open(tmp_path / "state")
    app = BriefingApp([seeds], state=state)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        library = screen.query_one(LibraryPane)
        first = screen.current.briefing if screen.current else ""
        other = briefing_of(screen, SEED_002).id if first != briefing_of(screen, SEED_002).id else ""
        await pilot.pause(0.3)
        assert library.read == {first} and str(library.get_option(first).prompt).startswith("  ")
        assert str(library.get_option(other).prompt).startswith("• ")
        library.focus()
        await pilot.press("m")  # the highlighted article, the one shown: unread again
        assert library.read == set() and str(library.get_option(first).prompt).startswith("• ")
        await pilot.press("m")
    state.close()
    again, _ = State.open(tmp_path / "state")
    assert again.read() == {first}


async def test_bookmarks_on_an_article_and_an_item_are_listed_and_kept(seeds: Path, tmp_path: Path) -> None:
    from textual.widgets import OptionList

    from tui.screens.mentions import MentionsScreen
    from tui.widgets.briefing_pane import BriefingPane
    from tui.widgets.library_pane import LibraryPane

    state, _ = State.open(tmp_path / "state")
    app = BriefingApp([seeds], state=state)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        article = screen.current.briefing if screen.current else ""
        library = screen.query_one(LibraryPane)
        library.focus()
        await pilot.press("s")
        assert str(library.get_option(article).prompt)[2:4] == "★ "  # after the read mark
        screen.query_one(BriefingPane).focus()
        await pilot.press("down", "down")
        item = screen.current
        assert item is not None and item.section is not None
        await pilot.press("s", "apostrophe")
        await pilot.pause()
        assert isinstance(app.screen, MentionsScreen)
        assert app.screen.query_one("#mentions", OptionList).option_count == 2
        await pilot.press("escape")
    state.close()
    state, _ = State.open(tmp_path / "state")
    assert [(place.briefing, place.section, place.item) for place in state.bookmarks()] == [(article, item.section, item.item), (article, None, None)]
    assert state.toggle_bookmark(item) is False and len(state.bookmarks()) == 1


async def test_the_library_sorts_and_lists_only_the_unread_or_the_bookmarked(write, tmp_path: Path) -> None:
    from tui.widgets.library_pane import LibraryPane

    write("lib/a.md", "---\ntitle: Zebra crossings return\ndate: 2024-05-02\n---\n\nThe council painted 12 crossings on Monday.\n")
    write("lib/b.md", "---\ntitle: Apple harvest doubles\ndate: 2025-09-10\n---\n\nGrowers picked 4,000 tonnes this week.\n")
    write("lib/c.md", "---\ntitle: Market reopens\ndate: 2023-01-15\n---\n\nThe market reopened after 3 months of repairs.\n")
    state, _ = State.open(tmp_path / "state")
    app = BriefingApp([tmp_path / "lib"], state=state)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        library = screen.query_one(LibraryPane)
        library.focus()

        def titles() -> list[str]:
            return [str(library.get_option_at_index(n).prompt).split("\n")[0][2:] for n in range(library.option_count)]

        assert titles() == ["Zebra crossings return", "Apple harvest doubles", "Market reopens"]
        await pilot.press("S")
        assert titles() == ["Apple harvest doubles", "Zebra crossings return", "Market reopens"] and "by date" in str(library.border_title)
        await pilot.press("S", "S")
        assert titles() == ["Apple harvest doubles", "Market reopens", "Zebra crossings return"]
        shown = screen.current.briefing if screen.current else ""
        screen.state.mark_read(shown)
        library.mark(shown, read=True)
        await pilot.press("U")
        assert len(titles()) == 2 and shown not in [library.get_option_at_index(n).id for n in range(library.option_count)]
        await pilot.press("U", "asterisk")
        assert titles() == [] and "bookmarked only" in str(library.border_title)
        await pilot.press("asterisk")
        assert len(titles()) == 3
