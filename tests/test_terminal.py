"""The reader in a real terminal (tmux): started as a new user would, driven with keys, checked on screen.

Run alone with `python -m pytest tests/test_terminal.py -s`; skipped where tmux is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

WIDTH, HEIGHT = 140, 42
PATIENCE = 20.0


class Terminal:
    """One tmux session running a command."""

    def __init__(self, command: list[str], cwd: Path, cache: Path) -> None:
        self.name = f"briefing-{uuid.uuid4().hex[:8]}"
        self._tmux("new-session", "-d", "-s", self.name, "-x", str(WIDTH), "-y", str(HEIGHT), "-c", str(cwd))
        self._tmux("set-option", "-t", self.name, "remain-on-exit", "on")
        # Without a client attached, tmux may keep its default size; fix the window at ours.
        self._tmux("set-option", "-t", self.name, "window-size", "manual")
        self._tmux("resize-window", "-t", self.name, "-x", str(WIDTH), "-y", str(HEIGHT))
        # COLUMNS and LINES, when the caller's environment has them, would override the terminal's real size;
        # the tmux server's environment, not ours, reaches the command, so the test's cache is named here.
        command = ["env", "-u", "COLUMNS", "-u", "LINES", f"BRIEFING_CACHE={cache}", f"BRIEFING_STATE={cache / 'state'}", f"BRIEFING_CONFIG={cache / 'config.toml'}", f"BRIEFING_LIBRARY={cache / 'library'}", *command]
        self._tmux("respawn-pane", "-k", "-t", self.name, subprocess.list2cmdline(command))

    def _tmux(self, *arguments: str) -> str:
        return subprocess.run(["tmux", *arguments], check=True, capture_output=True, text=True).stdout

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", self.name)

    def keys(self, *keys: str, literal: bool = False) -> None:
        self._tmux("send-keys", "-t", self.name, *(["-l"] if literal else []), *keys)

    def wait_for(self, text: str, gone: bool = False) -> str:
        """The screen, once it fills the terminal and shows `text` (or no longer does, when `gone`)."""
        return self.wait_until(lambda screen: (text in screen) != gone, f"{text!r} never {'left' if gone else 'appeared'}")

    def wait_until(self, shows: Callable[[str], bool], why: str) -> str:
        """The screen, once it fills the terminal and `shows` holds of it (a slow machine draws a list in steps)."""
        deadline = time.monotonic() + PATIENCE
        while True:
            screen = self.screen()
            lines = screen.splitlines()
            if shows(screen) and len(lines) == HEIGHT and "palette" in lines[-1]:
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{why}; the screen was:\n{screen}")
            time.sleep(0.1)

    def exited(self) -> bool:
        return self._tmux("display-message", "-p", "-t", self.name, "#{pane_dead}").strip() == "1"

    def wait_for_exit(self, why: str) -> None:
        """Wait until the command has ended; `why` it failed when it does not."""
        deadline = time.monotonic() + PATIENCE
        while not self.exited():
            assert time.monotonic() < deadline, why
            time.sleep(0.1)

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


@pytest.fixture
def terminal(tmp_path: Path, cache_folder: Path) -> Iterator[Terminal]:
    session = Terminal([sys.executable, "-m", "briefings.cli"], tmp_path, cache_folder)
    yield session
    session.close()


def test_a_new_user_reads_searches_exports_and_quits(terminal: Terminal, tmp_path: Path) -> None:
    screen = terminal.wait_for("2 articles")
    assert "Library" in screen and "Summary" in screen and "Key figures" in screen
    assert "China clears first Nvidia" in screen
    assert "/ Search" in screen and "? Help" in screen and "q Quit" in screen

    terminal.keys("?")
    screen = terminal.wait_for("export this briefing or story to Markdown")  # the help's last rows: drawn whole
    assert "Keys" in screen and "search the whole library" in screen
    terminal.keys("Escape")
    terminal.wait_for("half a page down", gone=True)

    terminal.keys("/")
    terminal.keys("400,000", literal=True)
    terminal.wait_until(lambda screen: "400,000" in screen.partition("Key figures ·")[2], "no hit among the key figures")
    terminal.keys("Enter")
    screen = terminal.wait_for("hit 1 of")
    assert "more than 400,000 units" in screen

    terminal.keys("e")
    terminal.wait_for("Export this briefing to Markdown")
    terminal.keys("briefing.md", literal=True)  # the suggested path is selected: typing replaces it
    terminal.keys("Enter")
    terminal.wait_for("Wrote")
    exported = tmp_path / "briefing.md"
    assert exported.read_text(encoding="utf-8").startswith("# China has authorized")

    terminal.keys("q")
    terminal.wait_for_exit("the reader did not quit on q")


def test_the_reader_shows_with_standard_error_sent_to_a_file(tmp_path: Path, cache_folder: Path) -> None:
    """Textual draws on standard error: `briefing DIR 2>err.log` must still show the library, and the notices
    still reach the file after quitting."""
    library = tmp_path / "library"
    library.mkdir()
    (library / "strike.txt").write_text("Dockworkers strike shuts Port of Valmora\n\nAbout 3,000 dockworkers walked off the job on Monday.\n", encoding="utf-8")
    (library / "notes.png").write_bytes(b"\x89PNG")
    session = Terminal([sys.executable, "-m", "briefings.cli", str(library), "2>err.log"], tmp_path, cache_folder)
    try:
        screen = session.wait_for("Dockworkers strike shuts Port of Valmora")
        assert "Library" in screen and "1 article" in screen
        session.keys("q")
        session.wait_for_exit("the reader did not quit")
    finally:
        session.close()
    assert (tmp_path / "err.log").read_text(encoding="utf-8") == f"briefing: {library}: skipped 1 file(s) of unknown type (.png)\n"


def test_the_reader_reads_an_article_from_standard_input_and_its_keys_from_the_terminal(tmp_path: Path, cache_folder: Path) -> None:
    """`briefing - < page.html`: the page is the library; the keys still come from the terminal."""
    (tmp_path / "page.html").write_text(
        "<html><head><title>Harwick ferry fares rise</title></head><body><article><h1>Harwick ferry fares rise</h1>"
        "<p>The Harwick ferry raised its fares by 12 percent on Monday, the third increase since January.</p>"
        "<p>A return crossing now costs 18 pounds, the operator said in a statement to passengers.</p></article></body></html>",
        encoding="utf-8",
    )
    session = Terminal([sys.executable, "-m", "briefings.cli", "-", "<page.html"], tmp_path, cache_folder)
    try:
        screen = session.wait_for("1 article")
        assert "Harwick ferry fares rise" in screen
        session.keys("?")
        session.wait_for("half a page down")
        session.keys("Escape")
        session.wait_for("half a page down", gone=True)
        session.keys("q")
        session.wait_for_exit("the reader did not quit: its keys did not reach it")
    finally:
        session.close()
    assert list((cache_folder / "library" / "stdin").glob("stdin-*.html"))
