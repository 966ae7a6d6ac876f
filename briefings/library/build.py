"""Building a library's briefings ahead of reading, fanned out: each new or changed file is briefed in one of N
worker processes (an article is an independent job), and the parent alone writes to the store, each briefing in its
own transaction, before the file it came from is remembered. A build stopped half-way (interrupted, or its store
failed) keeps what it wrote; the next build takes only what is left. On a PostgreSQL store several builds, on one
machine or many, may run at once: a briefing is stored once, by whichever comes first."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from briefings import DEFAULT_MAX_BYTES
from briefings.budget import budget, seconds_for
from briefings.cache.base import CacheStore
from briefings.cache.choose import open_store
from briefings.cache.store import cache_key, unchanged
from briefings.errors import ArticleError
from briefings.library.loading import real_folders
from briefings.readers.discovery import Found, Notice, article_files, path_text

_IN_FLIGHT = 4  # jobs queued per worker: enough to keep each busy, few enough to stop soon on Ctrl+C


@dataclass
class BuildReport:
    """What a build did: briefings built, files the cache already held, and a notice for each file it could not
    brief (or chose not to: the same content twice)."""

    built: int = 0
    reused: int = 0
    notices: list[Notice] = field(default_factory=list)


@dataclass(frozen=True)
class _Briefed:
    """A worker's answer for one file: the briefing (as JSON) and its cache key, or why there is none."""

    found: Found
    key: str | None
    briefing: str | None
    notice: Notice | None


def build(
    paths: Sequence[Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    cache: Path | None = None,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
    server: str | None = None,
) -> BuildReport:
    """Brief every file under `paths` the store (the database at `server`, else the cache in `cache`) does not
    hold yet, in `workers` processes; `progress(done, total)` hears of each file as it is done. A failure of the
    store is raised (among `faults.STORE_ERRORS`): what was stored before it is kept."""
    files, notices = article_files(paths)
    report = BuildReport(notices=notices)
    store, trouble, name = open_store(cache, server)
    if store is None:
        report.notices.append(Notice(name, f"{(trouble or '').removesuffix('; going on in memory')}; nothing can be kept, so nothing was built"))
        return report
    if trouble:
        report.notices.append(Notice(name, trouble, error=False))
    try:
        known = store.keys_under(real_folders(paths))
        waiting = []
        for file in files:
            row = known.get(path_text(file.real))
            held = unchanged(row, file.stat) if row is not None else file.stat is not None and store.known_key(file.real, *file.stat) is not None
            if held:
                report.reused += 1
            else:
                waiting.append(file)
        done = report.reused
        order = {file.path: number for number, file in enumerate(files)}
        keys: dict[str, str] = {}  # cache key -> the file it is kept for: the first in library order
        for answer in _briefed(waiting, max_bytes, workers):
            _keep(store, answer, keys, order, report)
            done += 1
            if progress is not None:
                progress(done, len(files))
    finally:
        store.close()
    return report


def _keep(store: CacheStore, answer: _Briefed, keys: dict[str, str], order: dict[str, int], report: BuildReport) -> None:
    """Write one worker's briefing to the cache: the same content from two files once, said of the later file in
    library order (workers finish in any order); both files are remembered, so that the next build reads neither."""
    found = answer.found
    if answer.key is None:
        report.notices += [answer.notice] if answer.notice else []
        return
    if answer.key in keys:
        first, later = sorted((keys[answer.key], found.path), key=order.__getitem__)
        keys[answer.key] = first
        report.notices.append(Notice(later, f"same content as {first}; briefed once", error=False))
    else:
        keys[answer.key] = found.path
        from briefings.model.briefing import Briefing

        if answer.briefing is not None and not store.holds(answer.key) and store.put(answer.key, Briefing.model_validate_json(answer.briefing)):
            report.built += 1
        else:
            report.reused += 1  # held already, or stored meanwhile by another build
        report.notices += [answer.notice] if answer.notice else []
    if found.stat is not None:  # last: a file is known only once its briefing is stored
        store.remember(found.real, *found.stat, answer.key)


def _briefed(files: list[Found], max_bytes: int, workers: int) -> Iterator[_Briefed]:
    """Each file briefed, in this process (one worker) or in `workers` processes, as each is done."""
    if workers <= 1:
        yield from (_brief(file, max_bytes) for file in files)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        queue = iter(files)
        running: set[Future[_Briefed]] = set()
        try:
            while True:
                while len(running) < workers * _IN_FLIGHT and (file := next(queue, None)) is not None:
                    running.add(pool.submit(_brief, file, max_bytes))
                if not running:
                    return
                finished, running = wait(running, return_when=FIRST_COMPLETED)
                yield from (future.result() for future in finished)
        finally:
            for future in running:
                future.cancel()


def _brief(file: Found, max_bytes: int) -> _Briefed:
    """Read and brief one file (in a worker): its briefing as JSON with its key, or the notice why not. Whatever
    the file holds, a failure is a notice about it."""
    from briefings.extract import build_briefing
    from briefings.readers.files import ArticleReader, unexpected

    try:
        with budget(seconds_for(file.stat[0] if file.stat else 0)):
            article, notice = ArticleReader(max_bytes).read(Path(file.path))
            if article is None:
                return _Briefed(file, None, None, notice)
            briefing = build_briefing(article)
        return _Briefed(file, cache_key(article.id), briefing.model_dump_json(), notice)
    except ArticleError as exc:
        return _Briefed(file, None, None, Notice(file.path, str(exc)))
    except Exception as exc:  # a fault of ours on odd input: this file's, not the build's
        return _Briefed(file, None, None, unexpected(Path(file.path), "could not be briefed", exc))
