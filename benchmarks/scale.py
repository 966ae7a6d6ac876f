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
  most 300 MB), and of the process that cross-references a large library for it.

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


def child(library: str) -> None:
    """The reader on `library`, headless: print when the first screen is up, when the library has loaded and
    when it is cross-referenced, with the peak memory at each."""
    from tui.app import BriefingApp

    app = BriefingApp([Path(library)])

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

    asyncio.run(run())


def reader(library: Path, cache: Path) -> dict[str, tuple[float, ...]]:
    """Seconds from the start of a fresh reader process to its first screen, to the library loaded and to it
    cross-referenced, each with the reader's peak MiB then (and, cross-referenced, the linking process's)."""
    environment = {**os.environ, "BRIEFING_CACHE": str(cache)}
    start = time.time()
    process = subprocess.run(
        [sys.executable, __file__, "--child", str(library)], capture_output=True, text=True, env=environment, check=True
    )
    found = {}
    for line in process.stdout.splitlines():
        name, when, *peaks = line.split()
        found[name] = (float(when) - start, *(float(p) for p in peaks))
    return found


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
        asked = queries(count)
        if news:
            return  # the queries are the generated articles' words
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
