"""The cache at scale: 1,000 and 10,000 generated articles (benchmarks/generate.py, seeded).

    python benchmarks/scale.py [--sizes 1000 10000] [--queries 50] [--news]

For each size, in a fresh cache:
- cold build: every article read, briefed, stored and indexed; seconds and articles per second;
- warm open: the reader started on the library with the cache built (fresh process, headless), timed to its
  first screen, to the whole library loaded and to it cross-referenced (target: first screen at most 1 s at
  10,000); twice, as the first reader finds the cross-references and stories and the next reads them from
  the cache;
- search: 50 queries (names, words, phrases, field filters) against the cache's index, p50 and p95, beside
  `rg -i -c` over the same files in the same run (targets: p95 at most 10 ms, at least 10 times faster); a
  first pass, whose reads may find the files out of the system's cache, and a second;
- peak memory of that reader process once the library is loaded, and once it is cross-referenced (target: at
  most 300 MB), and of the process that cross-references a large library for it;
- the command palette in that reader: time to open, and from each key typed to its results (target: 100 ms);
- the command line as the shell runs it, warm: `briefing search` beside `rg -i -c` over the same files (target:
  no slower), with its peak memory (target: 100 MiB); `briefing export --format json` with the links cached
  (target: 150 MiB) and without (target: 400 MiB); the seconds each command spends importing (target for
  search: 0.3 s).

With --news, the library is real news in stories of three (benchmarks/crossrefs.py's copies, as files): few
generated articles link, these have many cross-references and stories; the search is left out.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import news_articles
from benchmarks.generate import Writer, write_articles

SIZE = (120, 40)
PALETTE_TYPED = "okafor energy"  # a surname in thousands of names, then a second word
COMMAND_QUERIES = 8  # searches run as whole processes (each twice)


def child(library: str) -> None:
    """The reader on `library`, headless: print when the first screen is up, when the library has loaded and
    when it is cross-referenced, with the peak memory at each."""
    from briefings.config import Settings
    from tui.app import BriefingApp

    app = BriefingApp([Path(library)], Settings(store=os.environ.get("BRIEFING_STORE")))  # benchmarks/server.py names one

    def peak() -> float:
        """Peak resident MiB of this process. Linux's VmHWM is this program's own; ru_maxrss there also counts
        the memory of the process that started it (it survives exec), so it serves only elsewhere."""
        status = Path("/proc/self/status")
        if status.exists():
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 1024 * 1024)

    async def run() -> None:
        async with app.run_test(size=SIZE) as pilot:
            print("first", time.time(), flush=True)
            while not app.main_screen.loaded:
                await pilot.pause(0.05)
            print("loaded", time.time(), peak(), flush=True)
            while not app.main_screen.links_ready:
                await pilot.pause(0.05)
            # The process that linked a large library, if one did (at most: Linux counts in it the reader's
            # memory when it was started).
            apart = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print("linked", time.time(), peak(), apart, flush=True)
            opened, keys = await palette(app, pilot)
            print("palette", time.time(), opened, *keys, flush=True)
            print("listed", time.time(), *await key_to_list(app, pilot, app.action_command_palette), flush=True)
            print("textual", time.time(), *await key_to_list(app, pilot, lambda: app.push_screen(CommandPalette())), flush=True)
        async with bare.run_test(size=SIZE) as pilot:
            opened, keys = await palette(bare, pilot)
            print("bare", time.time(), opened, *keys, flush=True)

    from textual.app import App, ComposeResult
    from textual.command import CommandPalette
    from textual.widgets import Footer, Header

    class Bare(App[None]):
        """The floor: a bare Textual app's palette (Textual's own commands only), measured the same way."""

        def compose(self) -> ComposeResult:
            yield Header()
            yield Footer()

    bare = Bare()
    asyncio.run(run())


async def palette(app: object, pilot: object) -> tuple[float, list[float]]:
    """Milliseconds to open the command palette, and from each key typed in it to its results listed."""
    from textual.command import CommandPalette

    async def settled() -> float:
        start = time.perf_counter()
        await pilot.pause()  # type: ignore[attr-defined]
        while any(w.group == CommandPalette._GATHER_COMMANDS_GROUP and not w.is_finished for w in app.workers):  # type: ignore[attr-defined]
            await pilot.pause(0.001)  # type: ignore[attr-defined]
        return (time.perf_counter() - start) * 1000

    start = time.perf_counter()
    await pilot.press("ctrl+p")  # type: ignore[attr-defined]
    opened = (time.perf_counter() - start) * 1000 + await settled()
    keys = []
    for key in PALETTE_TYPED:
        start = time.perf_counter()
        await pilot.press(key)  # type: ignore[attr-defined]
        keys.append((time.perf_counter() - start) * 1000 + await settled())
    await pilot.press("escape")  # type: ignore[attr-defined]
    return opened, keys


async def key_to_list(app: object, pilot: object, opening: Callable[[], object]) -> list[float]:
    """Milliseconds from each letter put in the palette's input (as a key does, without Pilot's waits for the
    process to idle, which alone take 60-100 ms a key) to the palette's list made for it, the palette opened by
    `opening`."""
    from textual.command import CommandInput, CommandPalette

    made: list[float] = [0.0]
    list_made = CommandPalette._refresh_command_list

    def stamped(palette: CommandPalette, *arguments: object) -> None:
        list_made(palette, *arguments)  # type: ignore[arg-type]
        made[0] = time.perf_counter()

    CommandPalette._refresh_command_list = stamped  # type: ignore[method-assign]
    try:
        opening()
        await pilot.pause(0.3)  # type: ignore[attr-defined]
        box = app.screen.query_one(CommandInput)  # type: ignore[attr-defined]
        latencies = []
        for letter in PALETTE_TYPED:
            start = time.perf_counter()
            box.value += letter
            while made[0] < start or any(
                w.group == CommandPalette._GATHER_COMMANDS_GROUP and not w.is_finished for w in app.workers  # type: ignore[attr-defined]
            ):
                await asyncio.sleep(0.0005)
            latencies.append((made[0] - start) * 1000)
        await pilot.press("escape")  # type: ignore[attr-defined]
        return latencies
    finally:
        CommandPalette._refresh_command_list = list_made  # type: ignore[method-assign]


def reader(library: Path, cache: Path, environment: dict[str, str] | None = None) -> dict[str, tuple[float, ...]]:
    """Seconds from the start of a fresh reader process (in `environment`) to its first screen, to the library
    loaded and to it cross-referenced, each with the reader's peak MiB then (and, cross-referenced, the linking
    process's)."""
    environment = {**(environment or os.environ), "BRIEFING_CACHE": str(cache)}
    start = time.time()
    process = subprocess.run(
        [sys.executable, __file__, "--child", str(library)], capture_output=True, text=True, env=environment, check=True
    )
    found = {}
    for line in process.stdout.splitlines():
        name, when, *peaks = line.split()
        found[name] = (float(when) - start, *(float(p) for p in peaks))
    return found


# Runs the command given and prints its peak resident KiB. Linux's ru_maxrss survives exec, so a command started
# from this large benchmark process would report this process's memory: it is started from a small one instead.
_PEAK = "import os, subprocess, sys; p = subprocess.Popen(sys.argv[1:]); _, s, u = os.wait4(p.pid, 0); print(u.ru_maxrss, os.waitstatus_to_exitcode(s), file=sys.stderr)"


def run_whole(command: list[str], environment: dict[str, str], succeeded: tuple[int, ...] = (0,)) -> float:
    """Seconds a command takes as a whole process, its output sent nowhere."""
    start = time.perf_counter()
    process = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment, check=False)
    assert process.returncode in succeeded, f"{command} failed"
    return time.perf_counter() - start


def peak_of(command: list[str], environment: dict[str, str]) -> float:
    """The peak MiB of a command with the processes it waited for (at least the ~10 MiB of the small interpreter
    that starts it)."""
    process = subprocess.run([sys.executable, "-c", _PEAK, *command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment, text=True, check=False)
    peak, status = process.stderr.split()[-2:]
    assert int(status) == 0, f"{command} failed"
    return int(peak) / 1024


# Runs the command given and prints its peak resident KiB. Linux's ru_maxrss survives exec, so a command started
# from this large benchmark process would report this process's memory: it is started from a small one instead.
_PEAK = "import os, subprocess, sys; p = subprocess.Popen(sys.argv[1:]); _, s, u = os.wait4(p.pid, 0); print(u.ru_maxrss, os.waitstatus_to_exitcode(s), file=sys.stderr)"


def command_line(library: Path, cache: Path, asked: list[str]) -> None:
    """`briefing search` and `briefing export` as the shell runs them, warm, beside `rg -i -c` in the same run; and
    each command's imports."""
    briefing = str(Path(sys.executable).with_name("briefing"))
    # As a user runs it: compiled modules cached (some sandboxes set PYTHONDONTWRITEBYTECODE).
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"} | {"BRIEFING_CACHE": str(cache)}
    rg = shutil.which("rg")
    ours, theirs = [], []
    for query in [*asked[:COMMAND_QUERIES], *asked[:COMMAND_QUERIES]]:  # twice: the first pass warms the system's caches
        ours.append(run_whole([briefing, "search", query, str(library)], environment))
        if rg:
            theirs.append(run_whole([rg, "-i", "-c", "-F", rg_words(query), str(library)], environment, (0, 1)))  # 1: no match
    peaks = [peak_of([briefing, "search", query, str(library)], environment) for query in asked[:COMMAND_QUERIES]]
    ours, theirs = ours[COMMAND_QUERIES:], theirs[COMMAND_QUERIES:]
    line = f"          briefing search, whole process, warm: median {statistics.median(ours) * 1000:.0f} ms, peak {max(peaks):.0f} MiB"
    if theirs:
        line += f"; rg -i -c median {statistics.median(theirs) * 1000:.0f} ms: ratio {statistics.median(ours) / statistics.median(theirs):.2f} (target <= 1.0)"
    print(line, flush=True)
    exporting = [briefing, "export", "--format", "json", str(library)]
    seconds, peak = run_whole(exporting, environment), peak_of(exporting, environment)
    print(f"          briefing export --format json, links cached: {seconds:.1f} s, peak {peak:.0f} MiB (target <= 150)", flush=True)
    forget_links(cache)
    peak = peak_of(exporting, environment)  # with its linking process
    forget_links(cache)
    seconds = run_whole(exporting, environment)
    print(f"          ... links not cached (found in a process of its own): {seconds:.1f} s, peak {peak:.0f} MiB (target <= 400)", flush=True)
    one = str(next(library.rglob("*.txt")))
    for name, arguments in (("search", ["search", asked[0], str(library)]), ("export of one file", ["export", "--format", "json", one])):
        floor = import_seconds([sys.executable, "-X", "importtime", "-m", "briefings.cli", *arguments], environment)
        print(f"          imports of briefing {name}: {floor * 1000:.0f} ms (target for search <= 300)", flush=True)


def import_seconds(command: list[str], environment: dict[str, str]) -> float:
    """The seconds a process spends importing, as `python -X importtime` reports them (its top-level imports)."""
    report = subprocess.run(command, capture_output=True, text=True, env=environment, check=False).stderr
    total = 0
    for line in report.splitlines():
        if line.startswith("import time:"):
            _, cumulative, name = line.split("|")
            if cumulative.strip().isdigit() and not name.startswith("  "):  # a nested import is indented
                total += int(cumulative)
    return total / 1e6


def forget_links(cache: Path) -> None:
    """Take the links out of the cache, so that the next command finds them again."""
    import sqlite3

    with sqlite3.connect(cache / "briefings.sqlite3") as connection:
        for table in ("links", "crossrefs", "stories"):
            connection.execute(f"DELETE FROM {table}")


def queries(count: int, seed: int = 7) -> list[str]:
    """Searches a reader would type: names, topic words, figures, phrases and field filters, seeded."""
    writer, chooser = Writer(seed), random.Random(seed + 1)
    makers = [
        lambda: chooser.choice(writer.places),
        lambda: chooser.choice(writer.orgs),
        lambda: f'"{chooser.choice(writer.people)}"',
        lambda: chooser.choice(("pipeline", "vaccine", "mortgages", "irrigation", "servers", "dividend")),
        lambda: f"figure:{chooser.randint(2, 900) * 100:,}",
        lambda: "caveat:unclear " + chooser.choice(writer.places),
        lambda: f"entity:{chooser.choice(writer.orgs).split()[0]}",
        lambda: f'"{chooser.choice(("shares fell", "opened an inquiry", "later than planned", "a year earlier"))}"',
    ]
    return [makers[n % len(makers)]() for n in range(count)]


def rg_words(query: str) -> str:
    """What rg looks for: the query's words without field names or quotes."""
    return " ".join(part.split(":", 1)[-1] for part in query.replace('"', "").split())


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def write_news(folder: Path, size: int) -> Path:
    """`size` files of real news, in stories of three copies renamed alike (as benchmarks/crossrefs.py makes
    them), each copy told apart by a last line: a library with many cross-references and stories."""
    from benchmarks.crossrefs import STORY_SIZE, renamed

    texts = news_articles()
    folder.mkdir(parents=True)
    for number in range(size):
        variant = number // (len(texts) * STORY_SIZE) * len(texts) + number % len(texts) + 1
        text = renamed(texts[number % len(texts)], variant) + f"\n\nFiled as copy {number}.\n"
        (folder / f"{number:06d}.txt").write_text(text, encoding="utf-8")
    return folder


def measure(size: int, count: int, news: bool) -> None:
    from briefings.cache.store import Store
    from briefings.library.session import LibrarySession

    with tempfile.TemporaryDirectory() as folder:
        write = write_news if news else write_articles
        library, cache = write(Path(folder) / "library", size), Path(folder) / "cache"
        start = time.perf_counter()
        built = LibrarySession([library], cache=cache)
        built.load_all()
        cold = time.perf_counter() - start
        print(f"  {size:>6} articles: cold build {cold:6.1f} s, {len(built.shelf) / cold:5.0f} articles/s")
        ids = set(built.shelf)
        del built
        for opening in ("first reader (finds the links)", "next reader (links cached)"):
            times = reader(library, cache)
            print(
                f"          {opening}: first screen {times['first'][0]:.2f} s; library loaded {times['loaded'][0]:.2f} s, "
                f"peak {times['loaded'][1]:.0f} MiB; cross-referenced {times['linked'][0]:.2f} s, peak {times['linked'][1]:.0f} MiB"
                + (f" (the linking process's {times['linked'][2]:.0f} MiB)" if times["linked"][2] else ""),
                flush=True,
            )
            opened, *keys = times["palette"][1:]
            floor_opened, *floor_keys = times["bare"][1:]
            print(
                f"          palette: opens in {opened:.0f} ms; a key typed to its results: median {statistics.median(keys):.0f} ms, "
                f"slowest {max(keys):.0f} ms (target <= 100); a bare Textual app's palette, the same way: opens in "
                f"{floor_opened:.0f} ms, a key median {statistics.median(floor_keys):.0f} ms, slowest {max(floor_keys):.0f} ms",
                flush=True,
            )
            listed, textual = times["listed"][1:], times["textual"][1:]
            print(
                f"          palette, from a letter to its list made (no Pilot waits): median {statistics.median(listed):.1f} ms, "
                f"slowest {max(listed):.1f} ms (target <= 100); Textual's own palette in this reader, the same way: median "
                f"{statistics.median(textual):.1f} ms, slowest {max(textual):.1f} ms",
                flush=True,
            )
        asked = queries(count)
        if news:
            return  # the queries are the generated articles' words
        command_line(library, cache, asked)
        searcher, _ = Store.open(cache)  # a connection of its own, as `briefing search` or the reader opens
        assert searcher is not None
        rg = shutil.which("rg")
        for attempt in ("first pass", "again"):
            ours, found = timed(lambda query: searcher.search(query, 20, among=ids), asked)
            line = f"          search, {attempt} ({count} queries, {found} with hits): p50 {statistics.median(ours):.1f} ms, p95 {percentile(ours, 0.95):.1f} ms"
            if rg:
                theirs, _ = timed(lambda query: subprocess.run([rg, "-i", "-c", "-F", rg_words(query), str(library)], capture_output=True, check=False), asked)
                line += (
                    f"; rg -i -c p50 {statistics.median(theirs):.1f} ms, p95 {percentile(theirs, 0.95):.1f} ms "
                    f"({statistics.median(theirs) / statistics.median(ours):.0f}x the median)"
                )
            else:
                line += "; rg not found (Debian package ripgrep)"
            print(line, flush=True)


def timed(search: Callable[[str], object], asked: list[str]) -> tuple[list[float], int]:
    """Milliseconds for each query, and how many found something."""
    times, found = [], 0
    for query in asked:
        start = time.perf_counter()
        found += bool(search(query))
        times.append((time.perf_counter() - start) * 1000)
    return times, found


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--news", action="store_true", help="real news in stories of three instead (no search)")
    arguments = parser.parse_args()
    corpus = "real news in stories of three" if arguments.news else "generated articles (seeded)"
    print(f"{corpus}; a fresh cache per size; figures of this machine")
    for size in arguments.sizes:
        measure(size, arguments.queries, arguments.news)


if __name__ == "__main__":
    main()
