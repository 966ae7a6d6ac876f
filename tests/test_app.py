"""The reader, driven through Textual's Pilot: linked panes, search, history, export, help and palette."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from textual import events
from textual.color import Color
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from briefings.model.location import sentence_around
from tests.helpers import SEED_000, SEED_002
from tui.app import BriefingApp
from tui.screens.export import ExportScreen
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tui.screens.mentions import MentionsScreen
from tui.widgets.briefing_pane import BriefingPane
from tui.widgets.library_pane import LibraryPane
from tui.widgets.search_bar import SearchBar
from tui.widgets.source_pane import SourcePane

SIZE = (120, 40)


async def loaded(app: BriefingApp, pilot: Pilot) -> MainScreen:
    """Wait until the library has loaded and its first article is shown; the main screen."""
    deadline = time.monotonic() + 60
    screen = app.main_screen
    while not screen.loaded or (screen.briefings and screen.current is None):
        assert app.is_running and time.monotonic() < deadline, "the library never finished loading"
        await pilot.pause(0.02)
    await pilot.pause()
    return screen


async def linked(app: BriefingApp, pilot: Pilot) -> MainScreen:
    """Wait until the library has loaded and been cross-referenced; the main screen."""
    screen = await loaded(app, pilot)
    deadline = time.monotonic() + 60
    while not screen.links_ready:
        assert time.monotonic() < deadline, "cross-referencing never finished"
        await pilot.pause(0.05)
    await pilot.pause()
    return screen


def briefing_of(screen: MainScreen, file_name: str):
    return next(b for b in screen.briefings.values() if b.article.path.endswith(file_name))


def source_passage(screen: MainScreen) -> str:
    return screen.query_one(SourcePane).passage


async def search(pilot: Pilot, query: str) -> None:
    """Type `query` in the search bar and wait for its hits."""
    await pilot.press("slash", *query)
    await hits_shown(pilot)


async def hits_shown(pilot: Pilot) -> None:
    """Wait until the hits of the query typed last are shown."""
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    deadline = time.monotonic() + 30
    await pilot.pause()
    while screen.searching:
        assert time.monotonic() < deadline, "the search never finished"
        await pilot.pause(0.01)
    await pilot.pause()


async def test_library_lists_every_article_with_outlet_and_date(seeds: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await linked(app, pilot)
        library = screen.query_one(LibraryPane)
        options = [library.get_option_at_index(i) for i in range(library.option_count)]
        prompts = [str(option.prompt) for option in options if option.id in screen.briefings]
        assert len(prompts) == 2
        assert any(p.startswith("China has authorized three of its largest technology firms") for p in prompts)
        assert any("policy shift, sources say" in p and "2026-01-28" in p for p in prompts)
        assert app.sub_title == "2 articles"
        await pilot.press("q")
    assert app.return_code == 0


async def test_moving_over_each_briefing_item_shows_its_passage_in_source(seeds: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        pane = screen.query_one(BriefingPane)
        briefing = pane.briefing
        assert briefing is not None
        await pilot.press("tab")
        assert app.focused is pane
        sections_seen = set()
        for _ in range(pane.option_count):
            await pilot.press("j")
            location = screen.current
            if location is None or location.section is None:
                continue
            sections_seen.add(location.section)
            expected = sentence_around(briefing, location.span) if location.section == "entities" else location.span
            assert source_passage(screen) == briefing.article.passage(expected)
        sections = ("summary", "figures", "faq", "caveats", "entities", "timeline")
        assert sections_seen - {"crossrefs"} == {s for s in sections if getattr(briefing, s)}


async def test_choosing_another_article_in_library_shows_its_briefing_and_source(seeds: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        first = screen.query_one(BriefingPane).briefing
        await pilot.press("j")
        shown = screen.query_one(BriefingPane).briefing
        assert shown is not None and first is not None and shown.id != first.id
        assert screen.query_one(SourcePane).text == shown.article.text


async def test_keys_held_down_in_library_end_on_the_article_highlighted(tmp_path: Path) -> None:
    """Keys arriving faster than briefings are laid out (a key held down): the articles passed over may be skipped,
    the one the highlight stops on is shown, in Briefing and Source."""
    for number in range(8):
        (tmp_path / f"a{number}.txt").write_text(f"Council report {number}\n\nThe council agreed {number + 2} new homes on Monday.\n")
    app = BriefingApp([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await linked(app, pilot)  # the library's list as it stays (stories listed, if any)
        library = screen.query_one(LibraryPane)
        library.focus()
        await pilot.pause()
        start = library.highlighted
        for _ in range(5):
            app.post_message(events.Key("down", None))  # as a terminal sends a held key: none waits for the last
        await pilot.pause(0.3)
        highlighted, shown = library.highlighted_option, screen.query_one(BriefingPane).briefing
        assert highlighted is not None and shown is not None and start is not None and library.highlighted == start + 5
        assert shown.id == highlighted.id == screen.current.briefing
        assert screen.query_one(SourcePane).text == shown.article.text


async def test_searching_a_figure_lists_it_first_and_enter_shows_its_sentence(seeds: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        await search(pilot, "400,000")
        assert screen.query_one(SearchBar).is_open
        first = screen.hits[0]
        seed_000 = briefing_of(screen, SEED_000)
        assert (first.location.briefing, first.location.section) == (seed_000.id, "figures")
        assert "400,000" in seed_000.figures[first.location.item].text
        results = screen.query_one("#search-results", OptionList)
        assert "400,000" in str(results.get_option_at_index(0).prompt)
        await pilot.press("enter")
        assert not screen.query_one(SearchBar).is_open
        passage = source_passage(screen)
        assert "more than 400,000 units" in passage
        assert passage == seed_000.article.passage(sentence_around(seed_000, seed_000.figures[first.location.item].span))
        assert app.focused is screen.query_one(BriefingPane)


async def test_n_and_shift_n_step_through_hits_in_place(seeds: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        await search(pilot, "H200 approval")
        hits = screen.hits
        assert len(hits) >= 3
        await pilot.press("enter")

        def shown(number: int) -> bool:
            briefing = screen.briefings[hits[number].location.briefing]
            return source_passage(screen) == briefing.article.passage(hits[number].location.span)

        assert shown(0)
        await pilot.press("n")
        assert screen.hit_number == 1 and shown(1)
        await pilot.press("n")
        assert screen.hit_number == 2 and shown(2)
        await pilot.press("N", "N")
        assert screen.hit_number == 0 and shown(0)
        await pilot.press("N")
        assert screen.hit_number == len(hits) - 1 and shown(len(hits) - 1)
        assert f"of {len(hits)}" in str(screen.query_one(SourcePane).border_subtitle)


async def test_escape_closes_search_and_typing_updates_results(seeds: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        await search(pilot, "tencent")
        some = len(screen.hits)
        assert some >= 1
        await pilot.press(*" xyzzy")
        assert screen.hits == []
        await pilot.press("escape")
        assert not screen.query_one(SearchBar).is_open
        assert not screen.query_one(SearchBar).display or not screen.query_one(Input).has_focus


async def test_keys_typed_right_after_slash_reach_the_query_and_slash_can_be_searched(seeds: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        for character in "/400,000":  # all queued at once, as a fast typist or a paste sends them
            app.post_message(events.Key("slash" if character == "/" else character, character))
        await pilot.pause()
        field = screen.query_one("#search-input", Input)
        assert field.value == "400,000"
        await pilot.press(*" a/b")
        assert field.value == "400,000 a/b"


async def test_entity_mention_opens_in_the_other_seed_and_back_returns(seeds: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        seed_000, seed_002 = briefing_of(screen, SEED_000), briefing_of(screen, SEED_002)
        screen.open_article(seed_000.id)
        screen.jump_to_section("entities")
        await pilot.pause()
        nvidia = next(i for i, e in enumerate(seed_000.entities) if e.name == "Nvidia")
        for _ in range(nvidia):
            await pilot.press("j")
        before = screen.current
        assert before is not None and before.section == "entities" and before.item == nvidia
        await pilot.press("enter")
        mentions_screen = app.screen
        assert isinstance(mentions_screen, MentionsScreen)
        elsewhere = next(i for i, m in enumerate(mentions_screen.mentions) if m.briefing == seed_002.id)
        for _ in range(elsewhere):
            await pilot.press("j")
        await pilot.press("enter")
        assert app.screen is screen
        assert screen.query_one(BriefingPane).briefing.id == seed_002.id
        assert screen.query_one(LibraryPane).highlighted_option.id == seed_002.id
        assert "Nvidia" in source_passage(screen)
        await pilot.press("escape")
        assert screen.current == before
        assert screen.query_one(BriefingPane).briefing.id == seed_000.id
        assert "Nvidia" in source_passage(screen)


async def test_export_writes_the_briefing_and_asks_before_replacing(seeds: Path, tmp_path: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        target = tmp_path / "out.md"
        for attempt in range(2):
            await pilot.press("e")
            assert isinstance(app.screen, ExportScreen)
            field = app.screen.query_one(Input)
            assert field.value.endswith(".md")
            field.value = str(target)
            await pilot.press("enter")
            if attempt == 1:
                assert isinstance(app.screen, ExportScreen), "an existing file is replaced only after a second Enter"
                await pilot.press("enter")
            assert app.screen is screen
        title = screen.query_one(BriefingPane).briefing.article.display_title
        assert target.read_text(encoding="utf-8").startswith(f"# {title}")
        assert any(str(target) in str(n.message) for n in app._notifications)


async def test_export_to_a_folder_uses_the_default_file_name_and_an_empty_path_is_refused(seeds: Path, tmp_path: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("e")
        field = app.screen.query_one(Input)
        default_name = Path(field.value).name
        field.value = "  "
        await pilot.press("enter")
        assert isinstance(app.screen, ExportScreen)
        field.value = str(tmp_path)
        await pilot.press("enter")
        assert (tmp_path / default_name).read_text(encoding="utf-8").startswith("# ")


async def test_export_to_an_unwritable_place_says_so_and_keeps_the_path_typed(seeds: Path, tmp_path: Path) -> None:
    from briefings.config import Settings

    app = BriefingApp([seeds], Settings(export_folder=tmp_path / "exports"))
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("e")
        field = app.screen.query_one(Input)
        assert Path(field.value).parent == tmp_path / "exports"  # the config's folder
        typed = str(tmp_path / "missing" / "out.md")
        field.value = typed
        await pilot.press("enter")
        assert isinstance(app.screen, ExportScreen), "the dialog stays open"
        assert app.screen.query_one(Input).value == typed
        assert "cannot write" in str(app.screen.query_one("#export-warning").content)
        (tmp_path / "missing").mkdir()
        await pilot.press("enter")
        assert not isinstance(app.screen, ExportScreen) and (tmp_path / "missing" / "out.md").exists()


async def test_help_lists_every_key_and_closes(seeds: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_y_copies_the_item_with_its_passage_and_source(seeds: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        screen.query_one(BriefingPane).focus()
        await pilot.press("down", "down")
        location = screen.current
        assert location is not None and location.span is not None
        await pilot.press("y")
        article = screen.briefings[location.briefing].article
        item, passage, source = app.clipboard.split("\n")
        assert item and passage == f"“{' '.join(article.passage(location.span).split())}”"
        assert source.startswith(f"— {article.display_title} · ") and source.endswith(article.path)


async def test_o_opens_the_source_file_in_the_editor_at_the_passage(seeds: Path, tmp_path: Path, monkeypatch) -> None:
    import sys

    said = tmp_path / "editor-args.txt"
    editor = tmp_path / "editor.py"
    editor.write_text(f"import sys\nopen({str(said)!r}, 'w').write(' '.join(sys.argv[1:]))\n", encoding="utf-8")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        screen.query_one(BriefingPane).focus()
        await pilot.press("down", "down", "o")
        await pilot.pause()
        location = screen.current
        assert location is not None and location.span is not None
        article = screen.briefings[location.briefing].article
    line, path = said.read_text(encoding="utf-8").split(" ", 1)
    assert path == article.path and line.startswith("+") and int(line[1:]) > 1
    source = Path(path).read_text(encoding="utf-8").splitlines()
    assert article.passage(location.span).split()[0] in source[int(line[1:]) - 1]


async def test_help_scrolls_where_the_terminal_is_too_short_for_it(seeds: Path) -> None:
    from textual.containers import VerticalScroll

    app = BriefingApp([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        box = app.screen.query_one("#help-box", VerticalScroll)
        assert box.max_scroll_y > 0 and app.focused is box
        await pilot.press("space")
        await pilot.pause()
        assert box.scroll_y > 0


async def test_palette_jumps_to_an_article_and_to_a_section(seeds: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        seed_002 = briefing_of(screen, SEED_002)
        await pilot.press("ctrl+p")
        await pilot.press(*"open china clears")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.query_one(BriefingPane).briefing.id == seed_002.id
        await pilot.press("ctrl+p")
        await pilot.press(*"section caveats")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.current is not None and screen.current.section == "caveats"


async def test_palette_lists_the_hits_of_the_last_key_typed_once_its_search_ends(seeds: Path) -> None:
    """Keys typed faster than the searches end: each newer key stops the search before it; the list that stays is
    the last key's, made when its providers have answered (no wait after them), and a jump from it works."""
    from textual.command import CommandList, CommandPalette

    from tui.palette import Palette

    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, Palette)
        await pilot.press(*"open china clears")
        for _ in range(200):
            await pilot.pause(0.01)
            if not any(w.group == CommandPalette._GATHER_COMMANDS_GROUP and not w.is_finished for w in app.workers):
                break
        prompts = [str(option.prompt) for option in app.screen.query_one(CommandList).options]
        assert prompts and prompts[0].startswith("Open China clears")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.query_one(BriefingPane).briefing.id == briefing_of(screen, SEED_002).id


async def test_palette_finds_the_library_entities_and_stories_by_name_once_linked(seeds: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await linked(app, pilot)
        assert screen.names is not None and len(screen.names) > len(screen.briefings)
        await pilot.press("ctrl+p")
        await pilot.press(*"entity nvid")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MentionsScreen)
        await pilot.press("escape")
        story = screen.stories.cards()[0]
        await pilot.press("ctrl+p")
        await pilot.press(*f"story {story.title.split()[0]}")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.current is not None and screen.current.story == story.id


async def test_palette_runs_the_reader_commands_by_name(seeds: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        from tui.widgets.source_text import SourceText

        screen.query_one(SourceText).focus()
        await pilot.pause()
        for command in ("toggle pane", "copy passage"):
            await pilot.press("ctrl+p")
            await pilot.press(*command)
            await pilot.pause(0.5)
            await pilot.press("enter")
            await pilot.pause()
        assert screen.maximized is screen.query_one(SourcePane)
        assert app.clipboard == screen.current_passage() and app.clipboard
        await pilot.press("ctrl+p")
        await pilot.press(*"toggle pane")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.maximized is None


async def test_palette_writes_a_note_and_updates_the_feeds_by_name(seeds: Path, tmp_path: Path) -> None:
    from briefings.library.state import State
    from tui.screens.note import NoteScreen

    state, _ = State.open(tmp_path / "state")
    app = BriefingApp([seeds], state=state)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("ctrl+p", *"note")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        await pilot.press("escape", "ctrl+p", *"update feeds")
        await pilot.pause(0.5)
        await pilot.press("enter")
        for _ in range(100):
            await pilot.pause(0.05)
            if any("new article(s)" in str(n.message) for n in app._notifications):
                break
        assert any("0 new article(s); 0 problem(s)." in str(n.message) for n in app._notifications)  # no feed followed
    state.close()


async def test_the_notices_are_listed_on_a_key(write) -> None:
    from tui.screens.notices import NoticesScreen

    good = write("lib/vote.txt", "The council voted 7 to 2 on Monday to approve the plan.\n")
    write("lib/empty.txt", "")
    app = BriefingApp([good.parent])
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert isinstance(app.screen, NoticesScreen)
        listed = app.screen.query_one("#notices", OptionList)
        assert listed.option_count == 1 and "empty.txt: empty file" in str(listed.get_option_at_index(0).prompt)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_pages_turn_with_the_keys_of_less_and_vim(seeds: Path) -> None:
    from tui.widgets.source_text import SourceText

    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        text = screen.query_one(SourceText)
        text.focus()
        text.scroll_home(animate=False)
        await pilot.pause()
        page = text.scrollable_content_region.height
        await pilot.press("space")
        await pilot.pause()
        assert text.scroll_y == page
        await pilot.press("ctrl+u")
        await pilot.pause()
        assert text.scroll_y == page - page // 2
        await pilot.press("ctrl+d", "ctrl+b")
        await pilot.pause()
        assert text.scroll_y == 0
        library = screen.query_one(LibraryPane)
        library.focus()
        library.action_first()
        first = library.highlighted
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert first is not None and library.highlighted is not None and library.highlighted > first
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert library.highlighted == first


@pytest.mark.parametrize("theme", ["ansi-dark", "ansi-light", "nord"])
async def test_panes_follow_the_theme_including_the_terminal_native_ones(seeds: Path, theme: str) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        app.theme = theme
        await pilot.pause()
        library = screen.query_one(LibraryPane)
        assert app.focused is library
        assert library.styles.border_top[1] == Color.parse(app.current_theme.accent)


async def test_markup_and_escape_sequences_in_an_article_show_literally(write) -> None:
    hostile = write(
        "hostile.txt",
        "[bold red]Markup[/] title [@click=app.quit]quit[/]\n\n"
        "The fund lost [link=https://example.com]$5 million[/link] in 2025, \x1b[31mred\x1b[0m said officials.\n\n"
        "An OSC link \x1b]8;;https://evil.example\x1b\\here\x1b]8;;\x1b\\ and a bell\x07 and [b]bold[/b] text may follow.\n",
    )
    app = BriefingApp([hostile])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        text = screen.query_one(SourcePane).text
        assert "[bold red]Markup[/] title [@click=app.quit]quit[/]" in text
        assert "[link=https://example.com]$5 million[/link]" in text
        assert "\x1b" not in text and "\x07" not in text and "redred" not in text
        assert "here and a bell and [b]bold[/b]" in text
        library = screen.query_one(LibraryPane)
        assert str(library.get_option_at_index(0).prompt).startswith("[bold red]Markup[/] title [@click=app.quit]")
        border_title = Content.from_markup(screen.query_one(SourcePane).border_title or "").plain
        assert border_title.startswith("[bold red]Markup[/] title")
        pane = screen.query_one(BriefingPane)
        prompts = " ".join(str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count))
        assert "[link=https://example.com]$5 million[/link]" in prompts
        await pilot.click(LibraryPane)
        await pilot.pause()
        assert app.is_running


async def test_a_bad_file_is_named_with_its_reason_and_the_rest_loads(write) -> None:
    good = write("good.txt", "Harbour plans\n\nThe harbour authority approved a new pier on Monday.\n")
    write("empty.txt", "")
    app = BriefingApp([good.parent])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        assert len(screen.briefings) == 1
        assert [str(n) for n in app.notices if n.error] == [f"{good.parent / 'empty.txt'}: empty file"]
        assert any("empty.txt: empty file" in str(n.message) for n in app._notifications)


async def test_following_a_cross_reference_to_the_other_seed_and_back(seeds: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await linked(app, pilot)
        seed_000, seed_002 = briefing_of(screen, SEED_000), briefing_of(screen, SEED_002)
        screen.open_article(seed_000.id)
        screen.jump_to_section("crossrefs")
        await pilot.pause()
        here = screen.current
        assert here is not None and here.section == "crossrefs" and here.briefing == seed_000.id
        _link, _, there = screen.links.of(seed_000.id)[here.item]
        assert source_passage(screen) == seed_000.article.passage(here.span)
        await pilot.press("enter")
        assert screen.query_one(BriefingPane).briefing.id == seed_002.id
        assert source_passage(screen) == seed_002.article.passage(there.cite)
        assert screen.current.section == "crossrefs"
        await pilot.press("escape")
        assert screen.current == here
        assert source_passage(screen) == seed_000.article.passage(here.span)


async def test_a_resized_terminal_keeps_the_cross_references(seeds: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await linked(app, pilot)
        pane = screen.query_one(BriefingPane)
        assert pane.links
        await pilot.resize_terminal(90, 40)
        await pilot.pause()
        assert pane.links and pane.get_option("crossrefs:0")


async def test_the_story_of_the_seeds_is_listed_above_them_and_opens_as_a_briefing(seeds: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await linked(app, pilot)
        library = screen.query_one(LibraryPane)
        ids = [library.get_option_at_index(i).id for i in range(library.option_count)]
        (story,) = screen.stories.values()
        assert ids[1] == f"story:{story.id}" and set(ids[3:]) == set(story.briefings)
        library.focus()
        await pilot.press("g")  # the first entry: the story
        pane = screen.query_one(BriefingPane)
        assert pane.story is story and str(pane.border_title) == f"Story: {story.title}"
        # Every item of the story shows, in Source, the passage of the source it cites.
        await pilot.press("tab")
        seen = set()
        for _ in range(pane.option_count):
            await pilot.press("j")
            location = screen.current
            if location is not None and location.span is not None and location.section != "entities":
                assert location.story == story.id
                assert source_passage(screen) == screen.briefings[location.briefing].article.passage(location.span)
                seen.add((location.section, location.briefing))
        assert {section for section, _ in seen} >= {"summary", "figures", "faq", "caveats", "single_source"}
        assert {briefing for _, briefing in seen} == set(story.briefings)
        # Labels a reader can read: a figure's agreement names the figure its rows share; a question the briefing
        # asks says so.
        shown = [str(pane.get_option_at_index(n).prompt) for n in range(pane.option_count)]
        assert any("consistent (figure 1)" in row for row in shown) and not any("#1" in row or "(derived)" in row for row in shown)
        assert any("(a question the text answers)" in row for row in shown)
        # Enter on an item opens its source at the passage; Back returns to the story's item.
        screen.jump_to_section("figures")
        await pilot.pause()
        item = screen.current
        await pilot.press("enter")
        assert pane.story is None and pane.briefing.id == item.briefing
        assert source_passage(screen) == screen.briefings[item.briefing].article.passage(item.span)
        assert library.highlighted_option.id == item.briefing
        await pilot.press("escape")
        assert screen.current == item and pane.story is story
        assert library.highlighted_option.id == f"story:{story.id}"


async def test_a_story_item_names_its_sources_and_the_story_exports(seeds: Path, tmp_path: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await linked(app, pilot)
        (story,) = screen.stories.values()
        screen.open_story(story.id)
        await pilot.pause()
        pane = screen.query_one(BriefingPane)
        first = story.summary[0]
        prompt = str(pane.get_option("summary:0").prompt)
        numbers = ", ".join(str(n) for n in sorted(story.source_number(b) for b in first.sources))
        assert prompt.endswith(f"[{numbers}]") and len(first.sources) == 2
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one(Input)
        assert field.value.endswith(".md") and "story-" in field.value
        target = tmp_path / "story.md"
        field.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert target.read_text(encoding="utf-8").startswith(f"# {story.title}")


async def test_an_entity_says_how_many_articles_mention_it(seeds: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await linked(app, pilot)
        seed_000 = briefing_of(screen, SEED_000)
        screen.open_article(seed_000.id)
        await pilot.pause()
        pane = screen.query_one(BriefingPane)
        rows = {e.name: str(pane.get_option(f"entities:{n}").prompt) for n, e in enumerate(seed_000.entities)}
        assert rows["Nvidia"].endswith("· in 2 articles")
        assert "in 2 articles" not in rows["OpenAI"]  # only this article names it


async def test_a_damaged_cache_is_rebuilt_with_one_line_and_every_article_loads(seeds: Path, cache_folder: Path) -> None:
    (cache_folder / "briefings.sqlite3").write_bytes(b"not a database" * 100)
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        assert len(screen.briefings) == 2
        said = [str(n) for n in app.notices if "cache" in str(n)]
        assert len(said) == 1 and "rebuilt" in said[0]
        assert any("rebuilt" in str(n.message) for n in app._notifications)
        await search(pilot, "400,000")
        assert screen.hits and screen.hits[0].location.section == "figures"


async def test_a_library_in_the_cache_opens_from_it_holding_only_the_briefings_in_use(write, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefings.cache.store import Store, cache_folder
    from briefings.library import shelf
    from tests.helpers import brief_library

    monkeypatch.setattr(shelf, "_RECENT", 8)

    towns = ["Alder", "Brindle", "Corvin", "Dunmore", "Elstow", "Fenwick", "Garrow", "Harwick"]
    for number in range(30):
        town = towns[number % len(towns)]
        folder = write(f"lib/{number:02}.txt", f"{town} opens ferry line {number}\nThe {town} ferry line carried {number + 40} passengers on its first day.\n").parent
    store, _ = Store.open(cache_folder())
    assert store is not None
    brief_library([folder], store)  # an earlier session briefed them
    app = BriefingApp([folder])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        assert len(screen.briefings) == 30 and screen.briefings.in_memory <= 8  # listed from the cache
        library = screen.query_one(LibraryPane)
        library.focus()
        await pilot.press(*["down"] * 12)
        await pilot.pause()
        shown = screen.briefings[screen.current.briefing]
        assert shown.article.display_title == str(library.highlighted_option.prompt).split("\n")[0]
        assert screen.briefings.in_memory <= 8
        await search(pilot, "passengers")
        assert len(screen.hits) == 20  # found in the cache's index, among this library
        await pilot.press("enter")
        assert screen.current.briefing == screen.hits[0].location.briefing


async def test_a_large_library_is_cross_referenced_in_a_process_of_its_own(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefings.library import link_process

    monkeypatch.setattr(link_process, "APART_FROM", 2)
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await linked(app, pilot)
        linking = screen.session.linking if screen.session is not None else None
        assert linking is not None and linking.process.returncode == 0
        assert screen.stories and all(screen.links.of(b) for b in screen.briefings)
        library = screen.query_one(LibraryPane)
        assert str(library.get_option_at_index(0).prompt) == "Stories"


async def test_a_hostile_library_leaves_the_reader_responsive_to_every_key(tmp_path: Path) -> None:
    from tests.hostile_corpus import write_hostile_library

    app = BriefingApp([write_hostile_library(tmp_path / "hostile")])
    async with app.run_test(size=SIZE) as pilot:
        screen = await linked(app, pilot)
        library = screen.query_one(LibraryPane)
        assert library.option_count >= 13 and any(n.error for n in app.notices)
        shown = [str(n.message) for n in app._notifications]
        assert shown and not any("\x1b" in message or "\x07" in message for message in shown)
        # Every documented key, on the articles this library holds.
        for keys in (["down", "down", "j", "k", "G", "g"], ["enter", "tab", "j", "enter", "tab", "shift+tab"], ["b", "b"]):
            await pilot.press(*keys)
            await pilot.pause()
        for opens, closes in (("question_mark", "escape"), ("ctrl+p", "escape"), ("e", "escape")):
            await pilot.press(opens)
            await pilot.pause()
            assert len(app.screen_stack) == 2, opens
            await pilot.press(closes)
            await pilot.pause()
            assert app.screen is screen, opens
        await pilot.press("slash", *"council", "enter", "n", "N", "escape", "backspace")
        await pilot.pause()
        # A 2,000-character query typed key by key, as fast as keys come (Pilot's press would wait for the app
        # to be idle after each): the field keeps the first 256, and results keep coming.
        query = "the council met on monday and 400 people came "
        await pilot.press("slash")
        for character in (query * 44)[:2000]:
            app._driver.send_message(events.Key("space" if character == " " else character, character))  # type: ignore[union-attr]
        deadline = time.monotonic() + 60
        while len(screen.query_one("#search-input", Input).value) < 256:
            assert time.monotonic() < deadline, "the reader stopped taking keys"
            await pilot.pause(0.05)
        await pilot.pause()
        typed = screen.query_one("#search-input", Input).value
        assert typed == (query * 44)[: len(typed)] and 0 < len(typed) <= 256
        assert app.screen is screen  # the keys past the field's length reached no binding ("e" exports, "q" quits)
        assert screen.hits, "a long query still finds"
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.query_one(SearchBar).is_open
        # Down to 20x5 and back: still answering keys.
        await pilot.resize_terminal(20, 5)
        await pilot.pause()
        await pilot.press("tab", "down", "shift+tab")
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        before = library.highlighted
        library.focus()
        await pilot.press("down")
        await pilot.pause()
        assert library.highlighted != before
        await pilot.press("q")
    assert app.return_code == 0


async def test_a_sentence_of_thousands_of_figures_is_shown_in_bounded_pieces(write) -> None:
    from tui.widgets.source_text import LONGEST_LINE

    sentence = " and ".join(f"{n}.5 tonnes" for n in range(3000)) + " were shipped."
    article = write("long.txt", f"Shipping figures\n\n{sentence}\n")
    app = BriefingApp([article])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        briefing = next(iter(screen.briefings.values()))
        pane = screen.query_one(BriefingPane)
        prompts = [str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count)]
        assert any("…and 2,700 more (an export lists them all)" in p for p in prompts)
        assert max(len(p) for p in prompts) < 2000
        shown = screen.query_one(SourcePane).text
        assert len(shown) == len(briefing.article.text) and max(len(line) for line in shown.split("\n")) <= LONGEST_LINE
        pane.focus()
        pane.highlighted = pane.get_option_index("figures:5")
        await pilot.pause()
        figure = briefing.figures[5]
        assert source_passage(screen).replace("\n", " ") == briefing.article.passage(figure.cite)
        await pilot.press("q")
    assert app.return_code == 0


async def test_an_unexpected_error_stops_the_reader_with_status_1_and_is_logged(seeds: Path, cache_folder: Path) -> None:
    from briefings.log import start_log

    start_log()
    app = BriefingApp([seeds])
    with pytest.raises(RuntimeError, match="a bug of the reader's own"):  # run_test hands the error on to the test
        async with app.run_test(size=SIZE) as pilot:
            screen = await loaded(app, pilot)

            def failing() -> None:
                raise RuntimeError("a bug of the reader's own")

            screen.action_help = failing  # type: ignore[method-assign]
            await pilot.press("question_mark")
            await pilot.pause()
    assert app.return_code == 1
    log = (cache_folder / "briefing.log").read_text(encoding="utf-8")
    assert "the reader stopped on an unexpected error" in log and "a bug of the reader's own" in log


async def test_a_cache_damaged_in_the_middle_still_lets_the_reader_load_and_find(seeds: Path, cache_folder: Path) -> None:
    from tests.helpers import brief_library, opened
    from tests.hostile_corpus import damage_middle

    store = opened(cache_folder)
    brief_library([seeds], store)
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    damage_middle(cache_folder / "briefings.sqlite3")
    app = BriefingApp([seeds])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        assert len(screen.briefings) == 2
        await search(pilot, "400,000")
        assert screen.hits and screen.hits[0].location.section == "figures"
        said = [str(n.message) for n in app._notifications if "damaged" in str(n.message)]
        assert len(said) == 1  # once, whether loading or searching found the damage
        await pilot.press("escape", "q")
    assert app.return_code == 0


def test_a_batch_of_progress_alone_gives_way_to_a_newer_one_but_a_batch_of_cards_never_does() -> None:
    """Textual drops a queued message whose `can_replace` accepts the one behind it: cards must never be dropped."""
    from briefings.library.session import Batch
    from briefings.model.cards import Card

    card = Card("abc", "A title", False, None, None, "a.txt")
    with_cards, progress = MainScreen.LibraryBatch(Batch([card], 1, 2)), MainScreen.LibraryBatch(Batch([], 2, 2))
    assert progress.can_replace(with_cards) and progress.can_replace(progress)
    assert not with_cards.can_replace(progress)


def _footer_keys(screen: MainScreen) -> set[str]:
    """The keys the footer offers now: bound, shown and enabled."""
    return {active.binding.key for active in screen.active_bindings.values() if active.binding.show and active.enabled}


async def test_the_footer_offers_the_keys_that_work_after_a_search_jump_and_after_closing_search(seeds: Path) -> None:
    app = BriefingApp([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await loaded(app, pilot)
        assert "n" not in _footer_keys(screen)
        await search(pilot, "chips")
        await pilot.press("enter")
        await pilot.pause()
        assert {"slash", "n", "escape", "e", "question_mark", "q"} <= _footer_keys(screen)
        await pilot.press("n")
        assert screen.hit_number == 1
        await search(pilot, "chips")
        await pilot.press("escape")
        await pilot.pause()
        assert "n" not in _footer_keys(screen) and {"slash", "escape"} <= _footer_keys(screen)
        assert not screen.query_one(SourcePane).border_subtitle


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 60)])
async def test_no_word_is_broken_in_the_source_pane_and_no_pane_is_too_narrow(seeds: Path, size: tuple[int, int]) -> None:
    from tui.widgets.source_text import SourceText

    app = BriefingApp([seeds])
    async with app.run_test(size=size) as pilot:
        screen = await loaded(app, pilot)
        await pilot.press("tab")
        await pilot.pause()
        text = screen.query_one(SourceText)
        width = text.scrollable_content_region.width
        shown = [pane for pane in screen.query("#library, #briefing, #source") if pane.display]
        assert len(shown) == (2 if size[0] < 100 else 3) and all(pane.region.width >= 26 for pane in shown)
        breaks = 0
        for line in range(text.document.line_count):
            sections = text.wrapped_document.get_sections(line)
            for before, after in itertools.pairwise(sections):
                breaks += 1
                longest = max(len(word) for word in (before + after).split())
                assert before.endswith(" ") or after.startswith(" ") or longest >= width, (before, after)
        assert breaks > 10  # the text was wrapped, and every wrap fell between words
