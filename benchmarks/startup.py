"""Time to the first screen, and from a keystroke in the search bar to its updated results.

    python benchmarks/startup.py [--runs R] [--articles N] [--skip-search]
    python benchmarks/startup.py --terminal [--runs R]

Startup: each run is a fresh process (interpreter, imports, app) that starts headless and reports
when its first screen is ready; the parent times it from spawn to that report. The reader
(`briefing`'s own entry path, on the seeds and on N articles) is compared with a bare Textual app
holding only a Header and a Footer, measured in the same run, as a ratio of medians.
Targets: at most 1.3 on the seeds, at most 1.5 on 5,000 articles.

With --terminal: the reader's first article on the seeds as a user sees it, in a real terminal (tmux), from
the start of `briefing` to the article's words on screen, beside a bare Textual app's first screen there.
Target: at most 1.5.

Search: the reader loads and cross-references the N articles headless, then queries are typed one
key at a time; each key is timed until the results list holds the hits for the new query, and until
the screen is repainted with them, beside a bare Textual app refilling a list the same way.
Target: 95th percentile at most 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import write_library

SIZE = (120, 40)
QUERIES = ["police said", "400,000", "president obama", "million dollars", "syria", "world cup final", "hospital"]
READY = "ready"
BARE_TITLE = "Bare Textual app"


def child(kind: str, path: str) -> None:
    """Run one app headless until its first screen is ready; say so on stdout."""
    if kind == "bare":
        from textual.app import App, ComposeResult
        from textual.widgets import Footer, Header

        class Bare(App[None]):
            def compose(self) -> ComposeResult:
                yield Header()
                yield Footer()

        app: object = Bare()
    else:
        from briefings import cli  # the command's own entry module, with what it imports
        from tui.app import BriefingApp

        assert cli.holds_articles([Path(path)])  # what `briefing PATH` checks before it opens the reader
        app = BriefingApp([Path(path)])

    async def run() -> None:
        async with app.run_test(size=SIZE):  # type: ignore[attr-defined]
            print(READY, flush=True)

    asyncio.run(run())


def time_to_first_screen(arguments: list[str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, __file__, "--child", *arguments], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.kill()
    process.wait()
    if line.strip() != READY:
        raise SystemExit(f"the child {arguments} did not start: {line!r}")
    return elapsed


def startup(runs: int, library: Path, seeds: Path) -> None:
    cases = {"bare Textual app": ["bare", ""], "reader, 2 seeds": ["reader", str(seeds)], "reader, library": ["reader", str(library)]}
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):  # interleaved, so that a busy moment of the machine touches every case alike
        for name, arguments in cases.items():
            times[name].append(time_to_first_screen(arguments))
    bare = statistics.median(times["bare Textual app"])
    print(f"time to first screen, headless, median of {runs} fresh processes:")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:<18} {median * 1000:7.1f} ms   ratio {median / bare:.2f}")


def first_seen(command: list[str], wanted: str, deadline: float = 30.0) -> float:
    """Seconds from starting `command` in a real terminal (a tmux session of SIZE) to `wanted` on its screen."""
    session = f"startup-{os.getpid()}-{time.monotonic_ns()}"
    width, height = SIZE
    start = time.perf_counter()
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", str(width), "-y", str(height), shlex.join(command)], check=True)
    try:
        while time.perf_counter() - start < deadline:
            screen = subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True, check=False).stdout
            if wanted in screen:
                return time.perf_counter() - start
            time.sleep(0.005)
        raise SystemExit(f"{command}: {wanted!r} never appeared")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False, capture_output=True)


def in_terminal(runs: int, seeds: Path) -> None:
    """The reader's first article on the seeds, in a real terminal (tmux), beside a bare Textual app's first screen:
    both as the user starts them, compiled modules cached, the reader's cache warm, tmux's server already up."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    server = f"startup-server-{os.getpid()}"  # keeps tmux's server up: its start is no part of either first screen
    subprocess.run(["tmux", "new-session", "-d", "-s", server, "sleep 3600"], check=True)
    try:
        times = _first_screens(runs, seeds, environment)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", server], check=False, capture_output=True)
    floor = statistics.median(times["bare Textual app, first screen"])
    print(f"in a real terminal (tmux {SIZE[0]}x{SIZE[1]}), median of {runs} runs:")
    for name, values in times.items():
        print(f"  {name:<32} {statistics.median(values) * 1000:7.1f} ms   ratio {statistics.median(values) / floor:.2f} (target for the reader <= 1.5)")


def _first_screens(runs: int, seeds: Path, environment: dict[str, str]) -> dict[str, list[float]]:
    """Seconds to the bare app's first screen and to the reader's first article, `runs` of each, interleaved."""
    with tempfile.TemporaryDirectory() as cache:
        briefing = [str(Path(sys.executable).with_name("briefing")), str(seeds), "--cache", cache]
        first = sorted(seeds.glob("*.txt"))[0].read_text(encoding="utf-8").splitlines()
        body = next(line for line in first[1:] if len(line.split()) > 6)
        wanted = " ".join(body.split()[:3])  # words of the first article's text: Source shows it
        os.environ.clear()
        os.environ.update(environment)
        first_seen(briefing, wanted)  # warms the cache and the compiled modules
        bare = [sys.executable, __file__, "--bare-app"]
        times: dict[str, list[float]] = {"bare Textual app, first screen": [], "reader, seeds, first article": []}
        for _ in range(runs):
            times["bare Textual app, first screen"].append(first_seen(bare, BARE_TITLE))
            times["reader, seeds, first article"].append(first_seen(briefing, wanted))
    return times


def bare_app() -> None:
    """A bare Textual app (a Header and a Footer), run in the terminal until killed."""
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header

    class Bare(App[None]):
        TITLE = BARE_TITLE

        def compose(self) -> ComposeResult:
            yield Header()
            yield Footer()

    Bare().run()


class _Frames:
    """When the screen repaints and when the results list is refilled (benchmark instrumentation only)."""

    def __init__(self) -> None:
        self.painted = 0.0
        self.updates = 0
        self.updated = 0.0

    def watch_paints(self) -> None:
        from textual.screen import Screen

        paint = Screen._compositor_refresh

        def painted(screen: Screen) -> None:
            paint(screen)
            self.painted = time.perf_counter()

        Screen._compositor_refresh = painted  # type: ignore[method-assign]

    def mark_update(self) -> None:
        self.updates += 1
        self.updated = time.perf_counter()

    async def type(self, app: object, text: str) -> list[tuple[float, float]]:
        """Post each key as a terminal would; (to results updated, to repainted) for each."""
        from textual import events

        timings = []
        for character in text:
            updates, start = self.updates, time.perf_counter()
            app.post_message(events.Key("space" if character == " " else character, character))  # type: ignore[attr-defined]
            while self.updates == updates:
                await asyncio.sleep(0.0005)
            while self.painted < self.updated:
                await asyncio.sleep(0.0005)
            timings.append((self.updated - start, self.painted - start))
            await asyncio.sleep(0.02)
        return timings


def _summary(name: str, timings: list[float]) -> str:
    ordered = sorted(timings)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return f"  {name:<44} median {statistics.median(ordered) * 1000:5.1f} ms   95th percentile {p95 * 1000:5.1f} ms"


async def floor_latency(frames: _Frames) -> list[tuple[float, float]]:
    """The same measure on a bare Textual app that refills a list of 20 two-line options on each key."""
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Input, OptionList

    class Floor(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Input()
            yield OptionList()
            yield Footer()

        def on_input_changed(self, event: Input.Changed) -> None:
            options = self.query_one(OptionList)
            options.clear_options()
            options.add_options([f"{event.value}: option {n}\n  its second line" for n in range(20)])
            frames.mark_update()

    timings = []
    async with Floor().run_test(size=SIZE) as pilot:
        await pilot.pause()
        for query in QUERIES:
            timings += await frames.type(pilot.app, query)
            pilot.app.query_one(Input).value = ""
    return timings


async def search_latency(library: Path) -> None:
    """Keys typed in the reader's search bar at the library's size, beside the bare app's floor."""
    from briefings.search.hits import Tally
    from tui.app import BriefingApp
    from tui.widgets.search_bar import SearchBar

    frames = _Frames()
    frames.watch_paints()
    show = SearchBar.show_hits

    def shown(bar: SearchBar, hits: list, tally: Tally) -> None:
        show(bar, hits, tally)
        frames.mark_update()

    SearchBar.show_hits = shown  # type: ignore[method-assign]
    app = BriefingApp([library])
    async with app.run_test(size=SIZE) as pilot:
        start = time.perf_counter()
        screen = app.main_screen
        while not screen.loaded:
            await pilot.pause(0.1)
        print(f"search: {len(screen.briefings)} articles loaded in {time.perf_counter() - start:.1f} s (a fresh cache)")
        while not screen.links_ready:  # cross-referencing runs in a thread after loading; typing is timed after it
            await pilot.pause(0.1)
        print(f"  cross-referenced {time.perf_counter() - start:.1f} s after start")
        timings = []
        for query in QUERIES:
            await pilot.press("slash")
            timings += await frames.type(app, query)
            await pilot.press("escape")
            screen.query_one("#search-input").value = ""
    floor = await floor_latency(frames)
    print(f"keystroke to results, over {len(timings)} keys typed in {len(QUERIES)} queries:")
    print(_summary("reader: results list refilled", [updated for updated, _ in timings]))
    print(_summary("reader: screen repainted with them", [painted for _, painted in timings]))
    print(_summary("bare Textual app refilling a list: repainted", [painted for _, painted in floor]))


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(*sys.argv[2:4])
        return
    if sys.argv[1:2] == ["--bare-app"]:
        bare_app()
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--skip-search", action="store_true")
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--terminal", action="store_true", help="only the first article in a real terminal (tmux)")
    arguments = parser.parse_args()
    from briefings import bundled_seeds

    if arguments.terminal:
        in_terminal(arguments.runs, bundled_seeds())
        return

    with tempfile.TemporaryDirectory() as folder:
        library = write_library(Path(folder), arguments.articles)
        print(f"library: {arguments.articles} articles (real news, varied)")
        if not arguments.skip_startup:
            startup(arguments.runs, library, bundled_seeds())
        if not arguments.skip_search:
            os.environ["BRIEFING_CACHE"] = str(Path(folder) / "cache")  # not the user's
            asyncio.run(search_latency(library))


if __name__ == "__main__":
    main()
