"""The `briefing` command: export, version, help, and exit statuses."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefings import __version__
from briefings.cli import main
from tests.helpers import SEED_000, SEED_002


def test_export_json_of_the_seeds(seeds: Path, capsys) -> None:
    assert main(["export", "--format", "json", str(seeds)]) == 0
    document = json.loads(capsys.readouterr().out)
    by_name = {Path(b["article"]["path"]).name: b for b in document["briefings"]}
    assert set(by_name) == {SEED_000, SEED_002}
    seed = by_name[SEED_002]
    assert seed["article"]["title"].startswith("China clears first Nvidia H200")
    assert (seed["article"]["author"], seed["article"]["published"]) == ("Axel Miller", "2026-01-28")
    assert seed["headings"][-1] == "FAQs"
    for key in ("summary", "figures", "faq", "caveats", "entities", "timeline"):
        assert isinstance(seed[key], list)
    ids = {b["id"] for b in document["briefings"]}
    assert document["crossrefs"] and all({c["a"]["briefing"], c["b"]["briefing"]} == ids for c in document["crossrefs"])
    assert all(c["kind"] in ("figure", "claim") and c["note"] and c["a"]["cite"]["end"] > c["a"]["cite"]["start"] for c in document["crossrefs"])


def test_export_with_no_paths_uses_the_bundled_seeds(capsys) -> None:
    assert main(["export"]) == 0
    assert len(json.loads(capsys.readouterr().out)["briefings"]) == 2


def test_export_to_a_file(seeds: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "library.json"
    assert main(["export", str(seeds / SEED_000), "-o", str(out)]) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["briefings"]) == 1
    assert str(out) in capsys.readouterr().err


def test_export_to_an_unwritable_place_fails_with_one_line(seeds: Path, tmp_path: Path, capsys) -> None:
    assert main(["export", str(seeds), "-o", str(tmp_path / "missing" / "out.json")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot write" in err[0]


def test_nothing_loaded_exits_2_with_one_line_per_path(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["export", str(empty), str(tmp_path / "missing.md")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert sorted(err[:2]) == sorted(
        [f"briefing: {empty}: empty file", f"briefing: {tmp_path / 'missing.md'}: no such file or folder"]
    )
    assert err[2:] == ["briefing: no article could be loaded"]


def test_opening_nothing_exits_2_without_starting_the_reader(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path / "missing.txt")]) == 2


@pytest.mark.parametrize("argv", [["--help"], ["export", "--help"], ["open", "--help"]])
def test_help_on_every_command(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 0
    assert "usage: briefing" in capsys.readouterr().out


def test_version_from_the_installed_script() -> None:
    run = subprocess.run([sys.executable, "-m", "briefings.cli", "--version"], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.strip() == f"briefing {__version__}"


@pytest.mark.parametrize(
    ("command", "said"),
    [(["search", "police"], "new or changed articles briefed"), (["export", "--format", "json"], "articles loaded")],
)
def test_a_slow_load_says_how_far_it_is_on_a_terminal_only(
    seeds: Path, command: list[str], said: str, tmp_path: Path, monkeypatch, capsys
) -> None:
    """Briefing a library new to the cache takes a while: a terminal is told how far it is, once a second; a
    pipe or a file is not (only notices go there)."""
    monkeypatch.setattr("briefings.cli._Progress.every", 0.0)  # as if each article took a second
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert main([*command, str(seeds)]) == 0
    assert said not in capsys.readouterr().err
    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path / "another cache"))  # new to the cache again
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main([*command, str(seeds)]) == 0
    lines = [line for line in capsys.readouterr().err.splitlines() if said in line]
    assert lines[-1] == f"briefing: 2 of 2 {said}" and set(lines) <= {f"briefing: 1 of 2 {said}", f"briefing: 2 of 2 {said}"}


def test_an_export_that_links_a_large_library_says_so_on_a_terminal(seeds: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr("briefings.library.link_process.APART_FROM", 2)  # the seeds as a large library
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["export", "--format", "json", str(seeds)]) == 0
    assert "briefing: linking 2 articles: cross-references and stories" in capsys.readouterr().err
    assert main(["export", "--format", "json", str(seeds)]) == 0
    assert "linking" not in capsys.readouterr().err  # the cache keeps the links


def test_notices_go_to_the_log_file_when_one_is_given(tmp_path: Path, capsys) -> None:
    library = tmp_path / "library"
    library.mkdir()
    (library / "vote.txt").write_text("The council voted 7 to 2 on Monday to approve the plan.\n", encoding="utf-8")
    (library / "photo.png").write_bytes(b"\x89PNG")
    log = tmp_path / "notices.log"
    log.write_text("an earlier line\n", encoding="utf-8")
    assert main(["export", "--format", "json", str(library), "--log", str(log)]) == 0
    assert capsys.readouterr().err == ""
    assert log.read_text(encoding="utf-8") == f"an earlier line\nbriefing: {library}: skipped 1 file(s) of unknown type (.png)\n"
    assert main(["search", "council", str(library), "--log", str(tmp_path / "no-such-folder" / "x.log")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert "cannot write the notices there" in err[0] and err[1].endswith("skipped 1 file(s) of unknown type (.png)")
