"""The config file: settings read with their defaults kept for whatever is wrong, one line each; keys remapped in
the reader and in its help; `briefing config`."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from briefings.cli import main
from briefings.config import Settings, load_settings
from tests.test_app import SIZE, loaded
from tui.app import BriefingApp
from tui.keys import HELP, help_rows, key_label


def test_a_config_file_sets_each_setting(write, tmp_path: Path) -> None:
    path = write(
        "config.toml",
        'theme = "nord"\nexport_folder = "~/exports"\ncache = "/tmp/briefing-cache"\nlibrary = "~/news"\nmax_size = 12\n\n[keys]\nsearch = "f2, ctrl+s"\nquit = "?"\n',
    )
    settings, troubles = load_settings(path)
    assert troubles == []
    home = Path("~").expanduser()
    wanted = Settings(theme="nord", export_folder=home / "exports", cache=Path("/tmp/briefing-cache"), library=home / "news", max_size=12.0)
    assert settings == replace(wanted, keys={"search": "f2,ctrl+s", "quit": "?"})
    assert settings.max_bytes == 12 * 1024 * 1024


def test_no_file_is_the_defaults_without_a_word(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "none.toml") == (Settings(), [])


def test_a_broken_file_gives_one_line_and_the_defaults(write) -> None:
    path = write("config.toml", 'theme = "nord\nmax_size = 3\n')
    settings, troubles = load_settings(path)
    assert settings == Settings() and len(troubles) == 1
    assert str(path) in troubles[0] and "cannot be read" in troubles[0] and "defaults" in troubles[0] and "\n" not in troubles[0]
    binary = write("binary.toml", b"\xff\xfe\x00theme")
    assert load_settings(binary)[0] == Settings() and len(load_settings(binary)[1]) == 1


def test_each_bad_value_gives_one_line_naming_it_and_the_default_used_and_the_rest_applies(write) -> None:
    path = write(
        "config.toml",
        'theme = "nord"\nmax_size = "large"\nexport_folder = 3\ncolour = "red"\n[keys]\nsearch = ""\nhelp = "f1"\n',
    )
    settings, troubles = load_settings(path)
    assert settings.theme == "nord" and settings.keys == {"help": "f1"}
    assert settings.max_size == Settings().max_size and settings.export_folder is None
    assert len(troubles) == 4 and all(str(path) in line and "\n" not in line for line in troubles)
    said = " | ".join(troubles)
    assert "colour: no such setting" in said and "max_size:" in said and "the default 5 used" in said
    assert "export_folder:" in said and "keys.search: no key given" in said
    negative = write("negative.toml", "max_size = -1\n")
    settings, troubles = load_settings(negative)
    assert settings.max_size == Settings().max_size and len(troubles) == 1 and "max_size: must be more than 0" in troubles[0]


def test_briefing_config_prints_the_file_and_the_settings_in_effect(write, monkeypatch, capsys) -> None:
    import tomllib

    path = write("conf/config.toml", 'max_size = 8\n[keys]\nsearch = "f2"\nnonsense = "x"\n')
    monkeypatch.setenv("BRIEFING_CONFIG", str(path))
    assert main(["config"]) == 0
    out, err = capsys.readouterr()
    assert f"# config file: {path}\n" in out and "state.sqlite3" in out
    printed = tomllib.loads(out)  # what it prints is a config file
    assert printed["max_size"] == 8 and printed["keys"]["search"] == "f2" and printed["keys"]["next_hit"] == "n"
    assert "theme" not in printed and "nonsense" not in printed["keys"]
    assert err == ""  # an unknown binding is the reader's to report: it knows its bindings


def test_a_broken_config_costs_the_command_one_line_and_it_runs_on_the_defaults(write, seeds: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG", str(write("config.toml", "max_size = [unclosed\n")))
    assert main(["export", "--format", "json", str(seeds)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("{") and len(err.splitlines()) == 1 and "config.toml: cannot be read" in err and "defaults" in err


def test_the_command_line_and_the_environment_come_before_the_config(write, monkeypatch, capsys) -> None:
    big = write("lib/big.txt", "The council met on Monday. " * 60)
    path = write("config.toml", "max_size = 0.001\n")
    monkeypatch.setenv("BRIEFING_CONFIG", str(path))
    assert main(["export", str(big.parent)]) == 2  # 1.6 kB is over the config's limit of about 1 kB
    assert "too large" in capsys.readouterr().err
    assert main(["export", "--max-size", "1", str(big.parent)]) == 0


def test_the_store_is_chosen_from_the_command_line_the_environment_then_the_config(write, monkeypatch, capsys) -> None:
    from briefings.cache.choose import chosen_server

    config = write("config.toml", 'store = "postgresql://ana:hunter2@db.example/news"\n')
    monkeypatch.setenv("BRIEFING_CONFIG", str(config))
    assert chosen_server(None, "postgresql://ana:hunter2@db.example/news", config) == ("postgresql://ana:hunter2@db.example/news", None)
    monkeypatch.setenv("BRIEFING_STORE", "postgresql://bo@db2.example/news")
    assert chosen_server(None, "postgresql://ana@db.example/news", config)[0] == "postgresql://bo@db2.example/news"
    assert chosen_server("postgresql://cy@db3/news", "postgresql://ana@db.example/news", config)[0] == "postgresql://cy@db3/news"
    url, trouble = chosen_server("/not/a/url?password=hunter2", None, config)
    assert url is None and trouble == "--store: not a postgresql:// URL; the cache folder is used"
    # `briefing config` shows the config's store without its password.
    monkeypatch.delenv("BRIEFING_STORE")
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert 'store = "postgresql://ana:***@db.example/news"' in out and "hunter2" not in out


def test_every_binding_id_in_the_help_is_bound_and_every_id_bound_is_in_the_help() -> None:
    from tui.keys import live_keys

    bound = live_keys({})
    explained = {binding_id for ids, _ in HELP for binding_id in ids}
    assert set(bound) == explained and all(bound[binding_id] for binding_id in explained)


def test_keys_are_shown_as_people_write_them() -> None:
    assert [key_label(key) for key in ("ctrl+f", "question_mark", "down", "f2", "G", "space", "shift+tab", "apostrophe")] == [
        "Ctrl+F", "?", "↓", "F2", "G", "Space", "Shift+Tab", "'",
    ]  # fmt: skip


async def test_a_remapped_key_works_and_shows_in_help_and_an_unknown_binding_is_said(seeds: Path, write) -> None:
    from rich.console import Console
    from textual.widgets import Static

    from tui.screens.help import HelpScreen

    settings, troubles = load_settings(write("config.toml", '[keys]\nsearch = "f2"\nhelp = "f1, ?"\njump = "x"\n'))
    assert troubles == []  # which bindings exist is the reader's to say
    app = BriefingApp([seeds], settings)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        search = screen.query_one("#search")
        await pilot.press("slash")
        assert not search.has_class("open")  # the default key no longer searches
        await pilot.press("f2")
        assert search.has_class("open")
        await pilot.press("escape", "f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=120, record=True)
        for static in app.screen.query(Static):
            console.print(static.content)
        shown = console.export_text()
        assert re.search(r"F2 +search the whole library", shown) and re.search(r"F1 \? +this help", shown)
    assert app.troubles == ["keys.jump: no such key binding (`briefing config` lists them); ignored"]


def test_the_readme_keys_table_is_the_help_with_the_default_keys() -> None:
    def cell(keys: str) -> str:
        return " / ".join(" ".join(f"`{key}`" for key in group.split()) for group in keys.split(" / "))

    rows = [f"| {cell(keys)} | {meaning} |" for keys, meaning in help_rows({})]
    table = "\n".join(["| keys | does |", "| --- | --- |", *rows])
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert table in readme, "the README's keys table differs from the help; it should read:\n" + table
