"""`briefing build`: a library briefed ahead of reading in worker processes, each article once, resumable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefings.cli import main
from briefings.library.build import build
from briefings.library.session import LibrarySession

ARTICLE = "Harbour report {n}\n\nThe Harwick ferry raised its fares by {n} percent on Monday, the operator said in a statement.\n\nCommuters said the rise would push many of the {n}00 daily passengers onto the coastal train.\n"


@pytest.fixture
def library(tmp_path: Path, seeds: Path) -> Path:
    folder = tmp_path / "library"
    shutil.copytree(seeds, folder)
    for n in range(2, 8):
        (folder / f"ferry-{n}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    (folder / "copy.txt").write_text(ARTICLE.format(n=2), encoding="utf-8")  # the same content as ferry-2.txt
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    return folder


def test_workers_brief_every_article_once_and_the_reader_then_builds_nothing(library: Path, cache_folder: Path) -> None:
    report = build([library], workers=2)
    assert report.built == 8 and report.reused == 0
    said = {Path(notice.path).name: notice.reason for notice in report.notices}
    # Of two files with one content, the later in library order (by name) is the one said to repeat the other.
    assert set(said) == {"ferry-2.txt", "binary.txt"} and said["ferry-2.txt"].startswith(f"same content as {library / 'copy.txt'}")
    again = build([library], workers=2)
    assert again.built == 0 and again.reused == 9  # copy.txt is known by its content now
    session = LibrarySession([library])
    session.load_all()
    assert len(session) == 8 and session.built == 0


def test_a_build_stopped_half_way_goes_on_where_it_stopped(library: Path) -> None:
    def stop_after_five(done: int, _total: int) -> None:
        if done == 5:  # five files answered: at least three briefings kept (one file is binary, one a copy)
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build([library], workers=2, progress=stop_after_five)
    report = build([library], workers=1)
    repeated = sum("same content as" in notice.reason for notice in report.notices)
    assert report.reused >= 3 and report.built + report.reused + repeated == 9  # every article, once


def test_briefing_build_says_how_far_it_is_and_what_it_did(library: Path, capsys) -> None:
    assert main(["build", "--workers", "2", str(library)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert "briefing: 10 of 10" in err and err[-1] == "briefing: built 8, 0 already in the cache, 2 notice(s)"
    assert any("binary.txt" in line for line in err)
    assert main(["build", str(library)]) == 0
    assert capsys.readouterr().err.splitlines()[-1] == "briefing: built 0, 9 already in the cache, 1 notice(s)"
