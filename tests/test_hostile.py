"""Hostile and unusual input: one odd file costs one notice, never the run; nothing hangs; nothing is lost."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from briefings import budget
from briefings.cache.store import FILE_NAME, Store
from briefings.cli import main
from briefings.extract import figures as figures_module
from briefings.readers.files import read_bytes
from briefings.terminal import escaped
from tests.extract_helpers import briefing_of, figures_of
from tests.helpers import Briefed, brief_library, opened
from tests.hostile_corpus import ESCAPE_NAME, ESCAPED_EMPTY, GOOD, GOOD_NAME, damage_middle, write_hostile_library

LOADED = {
    "superscripts.txt", "bad-date.md", "alias-bomb.md", "markup.md", ESCAPE_NAME, "long-sentence.txt", "short-lines.txt",
    "utf16-no-bom.txt", "cyrillic.html", "japanese.html", "xhtml.html", "undated.html", GOOD_NAME,
}  # fmt: skip
REFUSED = {
    "binary.txt": "binary data",
    "bom-liar.txt": "byte order mark",
    "empty.md": "empty file",
    "fifo.txt": "not a regular file: a named pipe",
    "zero.txt": "not a regular file: a device",
    "dangling.md": "cannot read",
    ESCAPED_EMPTY: "empty file",
}


def loaded_in_time(paths: list[Path], store: Store | None, seconds: float = 120) -> Briefed:
    """`brief_library` in a thread, failing (rather than hanging the suite) when it does not finish in time."""
    result: list[Briefed] = []
    worker = threading.Thread(target=lambda: result.append(brief_library(paths, store)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert result, "loading the library hung"
    return result[0]


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    return write_hostile_library(tmp_path / "hostile")


def test_every_hostile_file_loads_or_costs_exactly_one_notice(hostile: Path, cache_folder: Path) -> None:
    library = loaded_in_time([hostile], opened(cache_folder))
    assert {Path(b.article.path).name for b in library.briefings} == LOADED
    errors = {Path(n.path).name: n.reason for n in library.notices if n.error}
    assert set(errors) == set(REFUSED)
    for name, reason in REFUSED.items():
        assert reason in errors[name], (name, errors[name])
    for briefing in library.briefings:  # every cite quotes its own article
        text = briefing.article.text
        for item in [*briefing.summary, *briefing.figures, *briefing.caveats, *briefing.timeline, *briefing.faq]:
            assert 0 <= item.cite.start < item.cite.end <= len(text)


def test_numbers_of_every_script_are_read_with_their_value_or_left_alone() -> None:
    found = figures_of("The flood covered 40 km² of land, 5² farms, ½ of the crop, ١٢ villages and ４００ people on Monday.")
    assert found == [
        ("40 km²", 40.0, "km²", None),
        ("5² farms", 25.0, "farms", None),
        ("½", 0.5, "crop", None),
        ("١٢ villages", 12.0, "villages", None),
        ("４００ people", 400.0, "people", None),
    ]
    assert figures_of("Only 2¹⁰⁰⁰ grains and ³ alone and ⁴⁵⁶ and 2⁵ were counted by the team.")[0][:2] == ("2", 2.0)


def test_a_number_too_large_for_a_float_is_no_figure() -> None:
    assert [f.value for f in briefing_of(f"It cost {'9' * 400} dollars and 5 cars, the firm said on Monday.").figures] == [5.0]


def test_front_matter_with_an_impossible_date_loads_without_it(write) -> None:
    path = write("a.md", "---\ntitle: Council meets\ndate: 2024-02-30\n---\n\nThe council met on Monday to agree a budget.\n")
    library = brief_library([path], None)
    assert library.briefings[0].article.title == "Council meets" and library.briefings[0].article.published is None
    good = write("b.md", "---\ntitle: Council meets\ndate: 2024-02-28\n---\n\nThe council met on Monday to agree a budget.\n")
    assert str(brief_library([good], None).briefings[0].article.published) == "2024-02-28"


def test_a_yaml_alias_bomb_in_front_matter_is_not_expanded(hostile: Path) -> None:
    briefing = brief_library([hostile / "alias-bomb.md"], None).briefings[0]
    assert len(briefing.article.display_title) < 100 and "x, x" not in briefing.article.display_title


def test_yaml_escapes_in_front_matter_make_no_control_characters(write) -> None:
    path = write("a.md", '---\ntitle: "Red \\e[31malert\\e[0m\\x07 here"\nauthor: "Jo\\x9b2JSmith"\n---\n\nThe council met on Monday.\n')
    article = brief_library([path], None).briefings[0].article
    assert article.title == "Red alert here" and article.author == "JoSmith"


def test_a_fifo_and_a_link_to_a_device_are_refused_without_reading(hostile: Path) -> None:
    library = loaded_in_time([hostile / "fifo.txt", hostile / "zero.txt", hostile / GOOD_NAME], None, seconds=30)
    assert [Path(b.article.path).name for b in library.briefings] == [GOOD_NAME]
    assert len(library.notices) == 2


def test_the_size_limit_holds_while_reading_a_file_that_claims_less(write, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write("grows.txt", GOOD * 1000)
    real_fstat = os.fstat

    def shrunk(descriptor: int) -> os.stat_result:  # as a file that grows after it is opened
        info = list(real_fstat(descriptor))
        info[stat.ST_SIZE] = 10
        return os.stat_result(info)

    monkeypatch.setattr(os, "fstat", shrunk)
    with pytest.raises(Exception, match="too large \\(more than"):
        read_bytes(path, 1000)
    assert read_bytes(path, 10**6) == path.read_bytes()


def test_an_unexpected_error_in_one_file_is_one_notice_and_is_logged(write, monkeypatch: pytest.MonkeyPatch, cache_folder: Path) -> None:
    from briefings import extract

    bad, good = write("bad.txt", GOOD.replace("council", "board")), write(GOOD_NAME, GOOD)
    real = extract.build_briefing

    def failing(article):
        if article.path.endswith("bad.txt"):
            raise RuntimeError("an extractor's own bug")
        return real(article)

    monkeypatch.setattr(extract, "build_briefing", failing)  # the loader imports it when a file is new
    from briefings.log import start_log

    start_log()
    library = brief_library([bad, good], None)
    assert [Path(b.article.path).name for b in library.briefings] == [GOOD_NAME]
    assert [str(n) for n in library.notices] == [f"{bad}: could not be briefed: RuntimeError: an extractor's own bug"]
    log = (cache_folder / "briefing.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "an extractor's own bug" in log


def test_a_file_over_its_time_budget_is_skipped_with_a_notice(write, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(budget, "BASE_SECONDS", -1.0)  # every file is over budget at once
    library = brief_library([write(GOOD_NAME, GOOD)], None)
    assert not library.briefings and "took too long" in library.notices[0].reason


def test_figures_read_each_sentence_once_however_many_figures_it_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    produced: list[int] = []
    real = figures_module.tokenize

    def counting(text: str, start: int = 0, end: int | None = None):
        tokens = real(text, start, end)
        produced.append(len(tokens))
        return tokens

    monkeypatch.setattr(figures_module, "tokenize", counting)
    sentence = " and ".join(f"{n}.5 tonnes" for n in range(2000)) + " were sold."
    briefing = briefing_of(f"Sales figures\n\n{sentence}\n")
    assert len(briefing.figures) == 2000
    assert len(produced) == 1  # not once per figure: that was quadratic in the sentence's length


def test_a_long_run_of_hyphened_qualifiers_is_read_once_not_one_by_one() -> None:
    """"5-plus users" reads "-plus" and then the unit: 5,000 of them in a row read the first and stop (reading
    each in turn ran out of stack)."""
    briefing = briefing_of("Users\n\nThe app has 5" + "-plus" * 5000 + " users.\n")
    assert [(f.value, f.qualifier) for f in briefing.figures] == [(5, "more than")]


def test_relative_dates_are_not_resolved_against_a_year_guessed_from_the_text(hostile: Path) -> None:
    briefing = brief_library([hostile / "undated.html"], None).briefings[0]
    assert briefing.article.published is None
    assert all(event.date is None for event in briefing.timeline if event.relative)


def test_declared_and_detected_encodings_read_the_words(hostile: Path) -> None:
    library = brief_library([hostile / name for name in ("cyrillic.html", "japanese.html", "utf16-no-bom.txt", "xhtml.html")], None)
    texts = {Path(b.article.path).name: b.article.text for b in library.briefings}
    assert "Правительство объявило" in texts["cyrillic.html"]
    assert "東京都は月曜日" in texts["japanese.html"]
    assert "The council met on Monday and 400 people came" in texts["utf16-no-bom.txt"]
    assert "The storm that hit the coast" in texts["xhtml.html"]


# The command, as a user meets it.


def test_export_of_the_hostile_library_prints_one_escaped_line_a_file_and_no_traceback(hostile: Path, capsys) -> None:
    assert main(["export", "--format", "json", str(hostile)]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "\x1b" not in err and "\x07" not in err
    errors = [line for line in err.splitlines() if any(f"/{escaped(name)}:" in line for name in REFUSED)]
    assert len(errors) == len(REFUSED)
    assert "empty\\x1b[2J\\x07\\u202e.md: empty file" in err  # the escape-laden name, shown not obeyed


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_export_never_replaces_a_device_even_with_force(seeds: Path, device: str, capsys) -> None:
    assert main(["export", "--format", "json", str(seeds), "-o", device, "--force"]) == 1
    assert stat.S_ISCHR(os.stat(device).st_mode)
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == f"briefing: {device}: not a regular file (a device, FIFO or socket); nothing was written"


def test_export_to_a_fifo_is_refused_without_waiting(seeds: Path, tmp_path: Path, capsys) -> None:
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    assert main(["export", "--format", "json", str(seeds), "-o", str(fifo), "--force"]) == 1
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and "not a regular file" in capsys.readouterr().err


def test_export_through_a_link_writes_its_target_and_keeps_the_link(seeds: Path, tmp_path: Path) -> None:
    target, link = tmp_path / "real.json", tmp_path / "link.json"
    target.write_text("old", encoding="utf-8")
    link.symlink_to(target)
    assert main(["export", "--format", "json", str(seeds), "-o", str(link), "--force"]) == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("{")


def test_a_new_file_follows_the_umask_and_a_replaced_one_keeps_its_mode(seeds: Path, tmp_path: Path) -> None:
    for umask, mode in ((0o022, 0o644), (0o027, 0o640)):
        old = os.umask(umask)
        try:
            assert main(["export", "--format", "json", str(seeds), "-o", str(tmp_path / f"new-{mode:o}.json")]) == 0
        finally:
            os.umask(old)
        assert stat.S_IMODE((tmp_path / f"new-{mode:o}.json").stat().st_mode) == mode
    kept = tmp_path / "kept.json"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o604)
    assert main(["export", "--format", "json", str(seeds), "-o", str(kept), "--force"]) == 0
    assert stat.S_IMODE(kept.stat().st_mode) == 0o604


def test_export_to_a_missing_folder_names_the_path_given(seeds: Path, tmp_path: Path, capsys) -> None:
    wanted = tmp_path / "no" / "such" / "out.json"
    assert main(["export", "--format", "json", str(seeds), "-o", str(wanted)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"briefing: {wanted}: cannot write: No such file or directory"]


def _briefing(*arguments: str, stdout: int | None = None) -> subprocess.CompletedProcess[str]:
    """The `briefing` command as a process of its own."""
    command = [sys.executable, "-c", "import sys; from briefings.cli import main; sys.exit(main())", *arguments]
    return subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=120, check=False)


@pytest.mark.parametrize("command", [["export", "--format", "json"], ["search", "council"]])
def test_a_full_standard_output_is_one_line_and_status_1(seeds: Path, command: list[str]) -> None:
    with open("/dev/full", "w") as full:
        done = _briefing(*command, str(seeds), stdout=full.fileno())
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == "briefing: cannot write to standard output: No space left on device"
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


def test_a_closed_pipe_is_one_line_and_status_1(seeds: Path) -> None:
    reading, writing = os.pipe()
    os.close(reading)  # as `briefing export | head` once head has gone
    try:
        done = _briefing("export", str(seeds), stdout=writing)
    finally:
        os.close(writing)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == "briefing: cannot write to standard output: Broken pipe"
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


@pytest.fixture
def damaged_cache(seeds: Path, cache_folder: Path) -> Path:
    """The cache of the seeds, damaged in the middle (not at its header: it opens as if well)."""
    store = opened(cache_folder)
    brief_library([seeds], store)
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    damage_middle(cache_folder / FILE_NAME)
    return cache_folder


def test_a_cache_damaged_in_the_middle_is_moved_aside_and_rebuilt_once(seeds: Path, damaged_cache: Path, capsys) -> None:
    assert main(["export", "--format", "json", str(seeds)]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    # Found damaged as it opens, or while in use, by where the damage fell: one line either way.
    assert len(err) == 1 and "damaged" in err[0] and "moved aside as briefings.sqlite3.corrupt and rebuilt" in err[0]
    assert (damaged_cache / f"{FILE_NAME}.corrupt").exists()
    assert main(["export", "--format", "json", str(seeds)]) == 0
    assert capsys.readouterr().err == ""  # healed: the next run says nothing


def test_searching_a_damaged_index_heals_it_and_finds(seeds: Path, damaged_cache: Path, capsys) -> None:
    assert main(["search", "figure:400,000", str(seeds)]) == 0
    out, err = capsys.readouterr()
    assert "400,000" in out and "Traceback" not in err
    assert len([line for line in err.splitlines() if "cache" in line]) == 1


def test_the_reader_stopped_by_an_error_exits_non_zero_and_names_the_log(seeds: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from tui.app import BriefingApp

    def failing_run(self: BriefingApp) -> None:
        self._return_code = 1  # as Textual leaves it after showing an unhandled error

    monkeypatch.setattr(BriefingApp, "run", failing_run)
    assert main([str(seeds)]) == 1
    assert "the reader stopped on an unexpected error (details in" in capsys.readouterr().err


def test_a_file_name_that_is_not_utf8_loads_and_exports(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as file:  # Latin-1 bytes in a name: not UTF-8
        file.write(GOOD.encode())
    for _ in range(2):  # built, then from the cache
        assert main(["export", "--format", "json", str(folder)]) == 0
        out, err = capsys.readouterr()
        assert f'"path": "{folder}/caf\\\\xe9.txt"' in out and err == ""
    assert main(["search", "council", str(folder)]) == 0
    assert f"{folder}/caf\\xe9.txt  [" in capsys.readouterr().out
