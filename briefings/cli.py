"""The `briefing` command: open the reader (default), or export the library."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from briefings import CACHE_ENV, LIBRARY_ENV, __version__, bundled_seeds
from briefings.config import Settings, config_file, load_settings
from briefings.library.state import State
from briefings.log import log_file, start_log
from briefings.readers.discovery import article_files, holds_articles
from briefings.sources import add_library_option
from briefings.terminal import emit, escaped, say

if TYPE_CHECKING:
    from briefings.export.writer import Export
    from briefings.library.session import LibrarySession
    from briefings.readers.discovery import Notice

EXIT_NOTHING_LOADED = 2
EXIT_FAILED = 1
_DESCRIPTION = "Cited, faithful briefings of news articles (plain text, Markdown, HTML)."
_COMMANDS = """commands:
  briefing [PATH ...]             open the reader (without PATH: the library it opened last, else the bundled articles)
  briefing export [PATH ...]      write briefings as Markdown or JSON (to stdout, a file or a folder)
  briefing search QUERY [PATH ...]  search the library: words, "phrases", figure: caveat: entity: faq: filters
  briefing build [PATH ...]       brief new and changed files into the cache ahead of reading (--workers N)
  briefing config                 print where the config file is and the settings in effect (keys included)
  briefing add URL...             fetch web pages into the library folder
  briefing feeds add|list|remove|import|export|update   follow RSS, Atom and JSON feeds
A PATH may also be a URL (fetched into the library folder) or - (standard input).
Run `briefing COMMAND --help` for a command's options. A folder named like a command: write ./NAME."""


def _add_library_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="article files or folders (searched recursively), URLs of pages, - for standard input"
    )
    parser.add_argument(
        "--max-size", type=float, metavar="MB", help="skip files larger than this many megabytes (default: max_size in the config, else 5)"
    )
    parser.add_argument(
        "--cache",
        type=Path,
        metavar="DIR",
        help="keep the cache of briefings and the search index in DIR (default: $BRIEFING_CACHE, else cache in the config, "
        "else the user cache folder)",
    )
    parser.add_argument(
        "--store",
        metavar="URL",
        help="use the shared library in this PostgreSQL database (postgresql://USER@HOST/DB) instead of the cache folder; "
        "with no PATH, the reader, search and export take every article it holds (default: $BRIEFING_STORE, else store in the config)",
    )
    parser.add_argument(
        "--log", type=Path, metavar="FILE", help="add the notices (files not loaded or skipped, the cache's troubles) to FILE instead of stderr"
    )
    add_library_option(parser)


def _open_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing", description=_DESCRIPTION, epilog=_COMMANDS, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    _add_library_options(parser)
    return parser


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing export",
        description="Write briefings as Markdown or JSON: to standard output, to a file, or to a folder (one file "
        "each, and an index.md).",
    )
    _add_library_options(parser)
    parser.add_argument("--format", choices=["md", "json"], default="json", help="output format (default: json)")
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument("--article", metavar="ID-OR-TITLE-WORDS", help="only the article with this id, or whose title has these words")
    chosen.add_argument(
        "--story", metavar="ID-OR-TITLE-WORDS", help="only the story (articles about one event) with this id, or whose title has these words"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE|DIR", help="write to FILE, or to the folder DIR (an existing folder, or a path ending in /)"
    )
    parser.add_argument("--force", action="store_true", help="replace files that already exist")
    return parser


def _search_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing search",
        description='Search the articles and their briefings: words (the last also as a prefix with --prefix), "quoted '
        'phrases", and filters figure:, caveat:, entity:, faq:, summary:, timeline:, text:.',
    )
    parser.add_argument("query", metavar="QUERY", help='for example: figure:400,000 or "port of valmora" caveat:unclear')
    _add_library_options(parser)
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="show at most N hits (default: %(default)s)")
    parser.add_argument("--prefix", action="store_true", help="match the last word as a prefix too, as the reader does while typing")
    parser.add_argument("--json", action="store_true", help="print the hits as JSON")
    return parser




def _tell(notices: Sequence[Notice], arguments: argparse.Namespace) -> None:
    """The notices on stderr, a line each; with --log, added to that file instead (when it cannot be written, that
    is said, and they go to stderr)."""
    if not notices:
        return
    if arguments.log is not None:
        try:
            with arguments.log.open("a", encoding="utf-8", errors="backslashreplace") as log:
                log.writelines(f"briefing: {notice}\n" for notice in notices)
            return
        except OSError as exc:
            say(f"{arguments.log}: cannot write the notices there: {exc.strerror or exc}")
    for notice in notices:
        say(str(notice))


def _settings(arguments: argparse.Namespace) -> tuple[Settings, list[str]]:
    """The settings in effect: the config file's, under the command line's options and $BRIEFING_CACHE; and what in
    the config file could not be used."""
    from dataclasses import replace

    settings, troubles = load_settings()
    if arguments.max_size is not None:
        if arguments.max_size <= 0:
            troubles.append(f"--max-size {arguments.max_size:g}: must be more than 0; {settings.max_size:g} used")
        else:
            settings = replace(settings, max_size=arguments.max_size)
    cache = arguments.cache or (None if os.environ.get(CACHE_ENV) else settings.cache)
    library = arguments.library or (None if os.environ.get(LIBRARY_ENV) else settings.library)
    from briefings.cache.choose import chosen_server

    store, trouble = chosen_server(arguments.store, settings.store, config_file())
    troubles += [trouble] if trouble else []
    return replace(settings, cache=cache, library=library, store=store), troubles


def _load(arguments: argparse.Namespace, survey: bool = False) -> LibrarySession | None:
    """The library loaded through the cache (with `survey`, only as search needs it), each notice said on one line
    of stderr; None when nothing loaded."""
    from briefings.library.session import LibrarySession  # imported here: opening the reader must not wait for it

    settings, troubles = _settings(arguments)
    for trouble in troubles:
        say(trouble)
    paths = _paths(arguments, settings)
    if paths is None:
        return None
    if not paths and not settings.store:  # with a server and no PATH: every article on the server
        state, _ = State.open()
        paths = _remembered(state)
        state.close()
        if paths is not None:
            say(f"no PATH given: the library the reader opened last, {' '.join(map(str, paths))}")
        paths = paths or [bundled_seeds()]
    session = LibrarySession(paths, settings.max_bytes, settings.cache, settings.store)
    progress = _Progress()
    if survey:
        session.survey(progress.briefed, workers=os.cpu_count() or 1)
    else:
        for batch in session.load(workers=os.cpu_count() or 1, progress=progress.briefed):
            progress.loaded(batch.done, batch.total)
    _tell(session.notices, arguments)
    if not len(session):
        say("no article could be loaded")
        return None
    return session


class _Progress:
    """How far loading is, on a terminal's stderr once a second when it takes longer than one ("1,234 of 10,000
    new or changed articles briefed"): a library new to the cache, or one made by an older version, is briefed
    before a search or an export can answer (`briefing build` does it ahead, on every CPU); and that a large
    library is being linked. Not in a pipe or a file: a script reads only the notices there."""

    every = 1.0  # seconds: the first line after one, then one a second

    def __init__(self) -> None:
        self.live = sys.stderr.isatty()
        self.start = self.shown = time.monotonic()

    def briefed(self, done: int, total: int) -> None:
        self._say(done, total, "new or changed articles briefed")

    def loaded(self, done: int, total: int) -> None:
        self._say(done, total, "articles loaded")

    def linking(self, articles: int) -> None:
        if self.live:
            say(f"linking {articles:,} articles: cross-references and stories, kept in the cache for the next time")

    def _say(self, done: int, total: int, what: str) -> None:
        now = time.monotonic()
        if self.live and now - self.start >= self.every and (now - self.shown >= self.every or done == total):
            self.shown = now
            say(f"{done:,} of {total:,} {what}")


def _run_open(argv: Sequence[str]) -> int:
    arguments = _open_parser().parse_args(argv)
    settings, troubles = _settings(arguments)
    given = _paths(arguments, settings)
    if given is None:
        return EXIT_NOTHING_LOADED
    state, trouble = State.open()
    paths = given if given or settings.store else _remembered(state) or [bundled_seeds()]  # a server and no PATH: all it holds
    if paths and not holds_articles(paths):
        _tell(article_files(paths)[1], arguments)
        say("no article to open")
        return EXIT_NOTHING_LOADED
    from tui.app import BriefingApp  # the domain never imports Textual; only this entry point does

    app = BriefingApp(paths, settings, state)
    app.troubles[:0] = troubles
    with _interface_on_the_terminal():
        app.run()
    state.close()
    for said in [*app.troubles, *([trouble] if trouble else [])]:
        say(said)
    _tell(app.notices, arguments)
    if app.return_code:  # the reader stopped on an error: Textual has shown it; its traceback is in the log
        say(f"the reader stopped on an unexpected error (details in {log_file()})")
        return app.return_code
    return 0


def _paths(arguments: argparse.Namespace, settings: Settings) -> list[Path] | None:
    """The paths given, with each URL fetched and `-` (standard input) read, and saved into the library folder;
    None when something was given and nothing of it could be had (each failure said in one line)."""
    if not any(name == "-" or "://" in name for name in arguments.paths):
        return [Path(name) for name in arguments.paths]
    from briefings.sources.commands import arrived
    from briefings.sources.pages import library_folder

    paths = arrived(arguments.paths, library_folder(settings.library))  # the command line's or the config's, as _settings chose
    if "-" in arguments.paths and not sys.stdin.isatty():
        _keys_from_the_terminal()
    return paths or None


def _keys_from_the_terminal() -> None:
    """Standard input was the article: the reader takes its keys from the terminal instead."""
    try:
        terminal = os.open("/dev/tty", os.O_RDONLY | os.O_NOCTTY)
    except OSError:
        return
    os.dup2(terminal, sys.stdin.fileno())
    os.close(terminal)


def _remembered(state: State) -> list[Path] | None:
    """The library the reader opened last, while it still holds articles."""
    paths = state.last_library()
    return paths if paths and holds_articles(paths) else None


@contextmanager
def _interface_on_the_terminal() -> Iterator[None]:
    """Textual draws on standard error. When that is sent elsewhere (`briefing DIR 2>err.log`), the reader draws on
    the terminal instead, and standard error is given back after it for the notices."""
    if sys.stderr.isatty():
        yield
        return
    try:
        terminal = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:  # no terminal at all: Textual says so itself
        yield
        return
    sys.stderr.flush()
    saved = os.dup(2)
    os.dup2(terminal, 2)
    os.close(terminal)
    try:
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)


def _run_export(argv: Sequence[str]) -> int:
    from briefings.export.writer import Export, ExportError, write_files

    arguments = _export_parser().parse_args(argv)
    session = _load(arguments)
    if session is None:
        return EXIT_NOTHING_LOADED
    export = Export(session, _Progress().linking)
    output = Path(arguments.output) if arguments.output else None
    try:
        if arguments.article:
            export.only_article(arguments.article)
        if arguments.story:
            export.only_story(arguments.story)
        if output is None:
            return 0 if emit(lambda out: export.write(out, arguments.format)) else EXIT_FAILED
        files = _export_files(export, arguments, output)
        write_files(files, force=arguments.force)
    except ExportError as exc:
        say(str(exc))
        return EXIT_FAILED
    except OSError as exc:
        say(f"{exc.filename or output}: cannot write: {exc.strerror or exc}")
        return EXIT_FAILED
    say(f"wrote {_exported(export)} to {output if len(files) > 1 else next(iter(files))}")
    return 0


def _export_files(export: Export, arguments: argparse.Namespace, output: Path) -> dict[Path, str]:
    """The files an export to `output` writes: one per story and briefing in a folder, or one file."""
    from briefings.export.writer import ExportError

    if output.is_dir() or arguments.output.endswith(("/", os.sep)):
        output.mkdir(parents=True, exist_ok=True)
        return {output / name: text for name, text in export.folder_files(arguments.format).items()}
    if arguments.format == "md" and len(export.briefings) > 1 and not export.story_chosen:
        count = len(export.briefings)
        raise ExportError(f"{count} briefings: give a folder (-o {output}/) or choose one with --article or --story")
    return {output: export.render(arguments.format)}


def _exported(export: Export) -> str:
    """What an export wrote, in words: 'a story briefing', '3 briefing(s) and 1 story'."""
    if export.story_chosen:
        return "a story briefing"
    stories = len(export.stories)
    return f"{len(export.briefings)} briefing(s)" + (f" and {stories} stor{'y' if stories == 1 else 'ies'}" if stories else "")


def _run_search(argv: Sequence[str]) -> int:
    arguments = _search_parser().parse_args(argv)
    session = _load(arguments, survey=True)
    if session is None:
        return EXIT_NOTHING_LOADED
    said = len(session.notices)
    hits = session.search(arguments.query, arguments.limit, typing=arguments.prefix)
    from briefings.search.hits import Tally

    tally = Tally.of(hits) if len(hits) < arguments.limit else session.tally(arguments.query, typing=arguments.prefix)
    _tell(session.notices[said:], arguments)  # a cache found damaged or failing while searching
    paths = {h.location.briefing: session.path_of(h.location.briefing) for h in hits}
    if arguments.json:
        import json

        found = [
            {
                "briefing": h.location.briefing,
                "path": paths[h.location.briefing],
                "title": h.title,
                "section": h.section,
                "item": h.location.item,
                "cite": {"start": h.location.span.start, "end": h.location.span.end} if h.location.span else None,
                "snippet": h.snippet,
                "marks": [list(m) for m in h.marks],
                "score": round(h.score, 4),
            }
            for h in hits
        ]
        matched = {"matches": tally.matches, "articles": tally.articles, "complete": tally.complete}
        document = {"query": arguments.query, "matched": matched, "hits": found}
        return 0 if emit(json.dumps(document, ensure_ascii=False, indent=1) + "\n") else EXIT_FAILED
    lines = [f"{escaped(paths[h.location.briefing])}  [{h.section}]  {escaped(h.title)}\n    {escaped(h.snippet)}\n" for h in hits]
    if not emit("".join(lines)):
        return EXIT_FAILED
    say(f"{len(hits)} hit{'s' if len(hits) != 1 else ''} shown; {tally}")
    return 0


def _run_config(argv: Sequence[str]) -> int:
    """Print where the config file is and the settings in effect, every key binding included."""
    argparse.ArgumentParser(
        prog="briefing config",
        description="Print where the config file is (config.toml, or the file $BRIEFING_CONFIG names) and the settings in "
        "effect, as that file would give them: a copy of the output is a config file to start from.",
    ).parse_args(argv)
    from briefings.config import settings_toml
    from briefings.library.state import state_folder
    from tui.keys import live_keys, normalized

    settings, troubles = load_settings()
    path = config_file()
    keys = {binding: ",".join(bound) for binding, bound in live_keys(normalized(settings.keys)).items()}
    header = [
        f"# config file: {path}" + ("" if path.exists() else " (none yet: these are the defaults)"),
        f"# reader's state (read, bookmarks, notes, last place, theme): {state_folder() / 'state.sqlite3'}",
        "",
    ]
    for trouble in troubles:
        say(trouble)
    return 0 if emit("\n".join(map(escaped, header)) + settings_toml(settings, keys)) else EXIT_FAILED


def _run_build(argv: Sequence[str]) -> int:
    """`briefing build PATH... [--workers N]`: brief every new or changed file into the cache ahead of reading."""
    parser = argparse.ArgumentParser(
        prog="briefing build",
        description="Brief every new or changed article under PATH into the cache, in N worker processes, so that "
        "the reader, search and export start from briefings already made. Stopped half-way, it keeps what it made; "
        "run again, it goes on where it stopped.",
    )
    _add_library_options(parser)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, metavar="N", help="worker processes (default: the CPUs, %(default)s)")
    arguments = parser.parse_args(argv)
    settings, troubles = _settings(arguments)
    for trouble in troubles:
        say(trouble)
    paths = _paths(arguments, settings)
    if paths is None:
        return EXIT_NOTHING_LOADED
    from briefings.cache.faults import STORE_ERRORS
    from briefings.library.build import build

    shown = [0.0]

    def progress(done: int, total: int) -> None:
        if done == total or time.monotonic() - shown[0] >= 1.0:
            shown[0] = time.monotonic()
            say(f"{done:,} of {total:,}")

    try:
        report = build(paths or [bundled_seeds()], settings.max_bytes, settings.cache, max(arguments.workers, 1), progress, settings.store)
    except KeyboardInterrupt:
        say("stopped: what was built is kept; run the same command to go on")
        return 130
    except STORE_ERRORS + (OSError,) as exc:
        say(f"{exc}; what was built before it is kept: run the same command to go on" if settings.store else f"the cache failed ({exc}); what was built before it is kept")
        return EXIT_FAILED
    _tell(report.notices, arguments)
    say(f"built {report.built:,}, {report.reused:,} already in the cache" + (f", {len(report.notices):,} notice(s)" if report.notices else ""))
    return 0 if report.built or report.reused else EXIT_NOTHING_LOADED


def _run_add(argv: Sequence[str]) -> int:
    from briefings.sources.commands import run_add

    return run_add(argv)


def _run_feeds(argv: Sequence[str]) -> int:
    from briefings.sources.commands import run_feeds

    return run_feeds(argv)


_RUNNERS: dict[str, Callable[[Sequence[str]], int]] = {
    "add": _run_add,
    "build": _run_build,
    "config": _run_config,
    "export": _run_export,
    "feeds": _run_feeds,
    "open": _run_open,
    "search": _run_search,
}


def main(argv: Sequence[str] | None = None) -> int:
    start_log()
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in _RUNNERS:
        return _RUNNERS[args[0]](args[1:])
    return _run_open(args)


if __name__ == "__main__":
    sys.exit(main())
