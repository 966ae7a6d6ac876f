"""The library on a PostgreSQL server beside the SQLite cache, at 10,000 generated articles (benchmarks/generate.py).

    python benchmarks/server.py [--size 10000] [--workers 1 2 4] [--queries 50]

A throwaway PostgreSQL server is started for the run (tests/postgres.py: initdb and pg_ctl in a temporary
folder, on loopback); $BRIEFING_TEST_STORE names another. For each store, in the same run:
- build: `briefing build LIBRARY --workers N` as a whole process, into an empty store, for each N; seconds and
  articles per second (the machine has `os.cpu_count()` CPUs: more workers than that cannot help);
- search: the queries of benchmarks/scale.py against the built store, p50 and p95, twice (a first pass and again);
- the reader's warm open: a fresh reader process (headless) on the built library, to its first screen, to the
  library loaded and to it cross-referenced; twice, as the first reader finds the links and the next reads them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import write_articles
from benchmarks.scale import percentile, queries, reader, timed
from tests.postgres import throwaway_server

BUILD = [sys.executable, "-c", "import sys; from briefings.cli import main; sys.exit(main())", "build"]


def emptied(url: str) -> None:
    """Drop the server's store: the next build starts from nothing, as a new cache folder does."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP SCHEMA IF EXISTS briefing CASCADE")


def build_seconds(library: Path, workers: int, where: list[str], environment: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([*BUILD, str(library), "--workers", str(workers), *where], env=environment, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--queries", type=int, default=50)
    arguments = parser.parse_args()
    from briefings.cache.server import ServerStore
    from briefings.cache.store import Store
    from briefings.library.session import LibrarySession

    with tempfile.TemporaryDirectory() as folder, throwaway_server() as url:
        assert url is not None, "PostgreSQL is not installed (Debian's postgresql package)"
        library = write_articles(Path(folder) / "library", arguments.size)
        environment = {**os.environ, "BRIEFING_CONFIG": str(Path(folder) / "none.toml"), "BRIEFING_STATE": str(Path(folder) / "state")}
        print(f"{arguments.size:,} generated articles; {os.cpu_count()} CPUs; PostgreSQL on loopback", flush=True)
        caches = {}
        for kind in ("SQLite", "PostgreSQL"):
            line = []
            for workers in arguments.workers:
                if kind == "SQLite":
                    caches[kind] = Path(folder) / f"cache-{workers}"
                    where = ["--cache", str(caches[kind])]
                else:
                    emptied(url)
                    where = ["--store", url]
                seconds = build_seconds(library, workers, where, environment)
                line.append(f"{workers} worker(s) {seconds:5.1f} s, {arguments.size / seconds:4.0f}/s")
            print(f"  build, {kind}: " + "; ".join(line), flush=True)
        session = LibrarySession([library], cache=caches["SQLite"])
        session.survey()
        ids = set(session._listed or ())
        asked = queries(arguments.queries)
        sqlite_store, _ = Store.open(caches["SQLite"])
        assert sqlite_store is not None
        stores = {"SQLite": sqlite_store, "PostgreSQL": ServerStore.open(url)}
        for kind, store in stores.items():
            for attempt in ("first pass", "again"):
                times, found = timed(lambda query, store=store: store.search(query, 20, among=ids), asked)  # type: ignore[misc]
                print(f"  search, {kind}, {attempt} ({len(asked)} queries, {found} with hits): p50 {statistics.median(times):.1f} ms, p95 {percentile(times, 0.95):.1f} ms", flush=True)
        for kind in stores:
            opened_with = {"BRIEFING_STORE": url} if kind == "PostgreSQL" else {}
            for opening in ("first reader (finds the links)", "next reader (links stored)"):
                times_of = reader(library, caches["SQLite"], {**environment, **opened_with})
                print(
                    f"  reader, {kind}, {opening}: first screen {times_of['first'][0]:.2f} s; library loaded {times_of['loaded'][0]:.2f} s; "
                    f"cross-referenced {times_of['linked'][0]:.2f} s",
                    flush=True,
                )


if __name__ == "__main__":
    main()
