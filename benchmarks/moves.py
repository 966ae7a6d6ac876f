"""Moving through Library in the reader: from a key to the next article on screen, one key at a time and held down.

    python benchmarks/moves.py [--library DIR] [--keys N]

The reader runs headless (Textual's run_test) on the library (default: the dev set's 37 real news articles), in a
fresh cache, until it is loaded and cross-referenced. Then, one key at a time: from posting "down" (or "up") as a
terminal would, to the new article's briefing laid out, to the first frame painted after it, and to the screen
settled (no frame for 150 ms), with the frames painted per key. Then a key held down: 12 keys at 30 a second, six
times; from the last key to the screen settled, and how many articles were laid out for the 12 keys (fewer than 12:
the ones passed over were skipped).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SIZE = (160, 50)
SETTLED = 0.15  # seconds without a frame


class _Watch:
    """When frames are painted and briefings laid out (benchmark instrumentation only)."""

    def __init__(self) -> None:
        self.painted = 0.0
        self.paints = 0
        self.laid_out = 0.0
        self.briefings = 0

    def install(self) -> None:
        from textual.screen import Screen

        from tui.screens.main import MainScreen

        paint, show = Screen._compositor_refresh, MainScreen._show_briefing

        def painted(screen: Screen) -> None:
            paint(screen)
            self.painted, self.paints = time.perf_counter(), self.paints + 1

        def laid_out(screen: MainScreen, briefing: object) -> None:
            show(screen, briefing)  # type: ignore[arg-type]
            self.laid_out, self.briefings = time.perf_counter(), self.briefings + 1

        Screen._compositor_refresh = painted  # type: ignore[method-assign]
        MainScreen._show_briefing = laid_out  # type: ignore[method-assign,assignment]

    async def settled(self, since: float) -> None:
        while self.painted < since or time.perf_counter() - max(self.painted, since) < SETTLED:
            await asyncio.sleep(0.005)


async def measure(library: Path, keys: int) -> None:
    from textual import events

    from tui.app import BriefingApp
    from tui.widgets.library_pane import LibraryPane

    watch = _Watch()
    watch.install()
    app = BriefingApp([library])
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        while not screen.loaded or (len(screen.briefings) > 1 and not screen.links_ready):
            await pilot.pause(0.05)
        screen.query_one(LibraryPane).focus()
        await pilot.pause(0.5)
        count = len(screen.briefings)
        single: list[tuple[float, float, float, int]] = []
        for n in range(keys):
            key = "down" if (n // max(count - 2, 1)) % 2 == 0 else "up"  # back and forth within the list
            paints = watch.paints
            start = time.perf_counter()
            app.post_message(events.Key(key, None))
            while watch.laid_out < start:
                await asyncio.sleep(0.001)
            while watch.painted <= watch.laid_out:
                await asyncio.sleep(0.001)
            first_after = watch.painted
            await watch.settled(start)
            single.append((watch.laid_out - start, first_after - start, watch.painted - start, watch.paints - paints))
        held: list[tuple[float, int]] = []
        for round_ in range(6):
            briefings = watch.briefings
            for _ in range(12):
                app.post_message(events.Key("down" if round_ % 2 == 0 else "up", None))
                await asyncio.sleep(1 / 30)
            last = time.perf_counter()
            await watch.settled(last)
            held.append((watch.painted - last, watch.briefings - briefings))
    print(f"moving through Library: {count} articles ({library}), {SIZE[0]}x{SIZE[1]}, medians of {keys} keys")
    for label, values in (
        ("key to its briefing laid out", [s[0] for s in single]),
        ("key to the first frame after it", [s[1] for s in single]),
        ("key to the screen settled", [s[2] for s in single]),
    ):
        print(f"  {label:<34} {statistics.median(values) * 1000:6.0f} ms   slowest {max(values) * 1000:6.0f} ms")
    print(f"  frames painted per key            {statistics.median(s[3] for s in single):6.0f}")
    print("a key held down (12 keys at 30/s, 6 times):")
    print(f"  last key to the screen settled     {statistics.median(h[0] for h in held) * 1000:6.0f} ms   "
          f"articles laid out for 12 keys: {[h[1] for h in held]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval" / "news" / "dev")
    parser.add_argument("--keys", type=int, default=20)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["BRIEFING_CACHE"] = str(Path(folder, "cache"))
        os.environ["BRIEFING_STATE"] = str(Path(folder, "state"))
        os.environ["BRIEFING_CONFIG"] = str(Path(folder, "config.toml"))
        asyncio.run(measure(arguments.library, arguments.keys))


if __name__ == "__main__":
    main()
