"""The `briefing` command: open the reader (default), or export the library."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefings import DEFAULT_MAX_BYTES, __version__, bundled_seeds
from briefings.log import log_file, start_log
from briefings.readers.discovery import discover, holds_articles
from briefings.terminal import escaped

if TYPE_CHECKING:
    from briefings.cache.store import Store
    from briefings.library.loading import BriefedLibrary
    from briefings.search.hits import SearchHit

EXIT_NOTHING_LOADED = 2
EXIT_FAILED = 1
_DESCRIPTION = "Cited, faithful briefings of news articles (plain text, Markdown, HTML)."
_COMMANDS = """commands:
  briefing [PATH ...]             open the reader (the bundled articles when no PATH is given)
  briefing export [PATH ...]      write briefings as Markdown or JSON (to stdout, a file or a folder)
  briefing search QUERY [PATH ...]  search the library: words, "phrases", figure: caveat: entity: faq: filters
Run `briefing COMMAND --help` for a command's options. A folder named like a command: write ./NAME."""


def _add_library_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="article files or folders (searched recursively)")
    parser.add_argument(
        "--max-size",
        type=float,
        default=DEFAULT_MAX_BYTES / 1024 / 1024,
        metavar="MB",
        help="skip files larger than this many megabytes (default: %(default)g)",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        metavar="DIR",
        help="keep the cache of briefings and the search index in DIR (default: $BRIEFING_CACHE, else the user cache folder)",
    )


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


def _say(message: str) -> None:
    """One line on stderr, with control characters escaped (file names and article words can hold them)."""
    print(f"briefing: {escaped(message)}", file=sys.stderr)


def _emit(text: str) -> bool:
    """Write `text` to stdout; False (said in one line) when it cannot be written: a full disk, a closed pipe."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as exc:
        _say(f"cannot write to standard output: {exc.strerror or exc}")
        # What is left in the buffer would fail again as the interpreter exits: send it nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return False
    return True


def _max_bytes(arguments: argparse.Namespace) -> int:
    return int(arguments.max_size * 1024 * 1024)


def _load(arguments: argparse.Namespace) -> tuple[BriefedLibrary | None, Store | None]:
    """Brief the library through the cache, reporting each notice on one line of stderr; None when nothing loaded."""
    from briefings.cache.store import Store, cache_file, cache_folder
    from briefings.library.loading import brief_library  # imported here: opening the reader must not wait for it

    folder = cache_folder(arguments.cache)
    store, trouble = Store.open(folder)
    if trouble:
        _say(f"{cache_file(folder)}: {trouble}")
    paths = arguments.paths or [bundled_seeds()]
    library = brief_library(paths, store, max_bytes=_max_bytes(arguments))
    for notice in library.notices:
        _say(str(notice))
    if not library.briefings:
        _say("no article could be loaded")
        return None, library.store
    return library, library.store


def _run_open(argv: Sequence[str]) -> int:
    arguments = _open_parser().parse_args(argv)
    paths = arguments.paths or [bundled_seeds()]
    if not holds_articles(paths):
        for notice in discover(paths)[1]:
            _say(str(notice))
        _say("no article to open")
        return EXIT_NOTHING_LOADED
    from tui.app import BriefingApp  # the domain never imports Textual; only this entry point does

    app = BriefingApp(paths, max_bytes=_max_bytes(arguments), cache=arguments.cache)
    app.run()
    for notice in app.notices:
        _say(str(notice))
    if app.return_code:  # the reader stopped on an error: Textual has shown it; its traceback is in the log
        _say(f"the reader stopped on an unexpected error (details in {log_file()})")
        return app.return_code
    return 0


def _run_export(argv: Sequence[str]) -> int:
    from briefings.export.writer import Export, ExportError, write_files

    arguments = _export_parser().parse_args(argv)
    library, store = _load(arguments)
    if library is None:
        return EXIT_NOTHING_LOADED
    export = Export(library.briefings, store)
    output = Path(arguments.output) if arguments.output else None
    try:
        if arguments.article:
            export.only_article(arguments.article)
        if arguments.story:
            export.only_story(arguments.story)
        if output is None:
            return 0 if _emit(export.render(arguments.format)) else EXIT_FAILED
        if output.is_dir() or arguments.output.endswith(("/", os.sep)):
            output.mkdir(parents=True, exist_ok=True)
            files = {output / name: text for name, text in export.folder_files(arguments.format).items()}
        elif arguments.format == "md" and len(export.briefings) > 1 and not export.story_chosen:
            count = len(export.briefings)
            raise ExportError(f"{count} briefings: give a folder (-o {output}/) or choose one with --article or --story")
        else:
            files = {output: export.render(arguments.format)}
        write_files(files, force=arguments.force)
    except ExportError as exc:
        _say(str(exc))
        return EXIT_FAILED
    except OSError as exc:
        _say(f"{exc.filename or output}: cannot write: {exc.strerror or exc}")
        return EXIT_FAILED
    where = output if len(files) > 1 else next(iter(files))
    stories = len(export.stories)
    what = f"{len(export.briefings)} briefing(s)" + (f" and {stories} stor{'y' if stories == 1 else 'ies'}" if stories else "")
    if export.story_chosen:
        what = "a story briefing"
    _say(f"wrote {what} to {where}")
    return 0


def _run_search(argv: Sequence[str]) -> int:
    import json

    from briefings.search.hits import MemoryIndex

    arguments = _search_parser().parse_args(argv)
    library, store = _load(arguments)
    if library is None:
        return EXIT_NOTHING_LOADED
    hits = _hits(arguments, library, store)
    if hits is None:  # no cache: the same words in memory (phrases and filters need the cache's index)
        index = MemoryIndex()
        for briefing in library.briefings:
            index.add(briefing)
        hits = index.search(arguments.query + ("" if arguments.prefix else " "), arguments.limit)
    paths = {b.id: b.article.path for b in library.briefings}
    if arguments.json:
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
        return 0 if _emit(json.dumps({"query": arguments.query, "hits": found}, ensure_ascii=False, indent=1) + "\n") else EXIT_FAILED
    lines = [f"{escaped(paths[h.location.briefing])}  [{h.section}]  {escaped(h.title)}\n    {escaped(h.snippet)}\n" for h in hits]
    if not _emit("".join(lines)):
        return EXIT_FAILED
    _say(f"{len(hits)} hit{'s' if len(hits) != 1 else ''}")
    return 0


def _hits(arguments: argparse.Namespace, library: BriefedLibrary, store: Store | None) -> list[SearchHit] | None:
    """The hits from the cache's index; None when there is no cache to search. A damaged index is moved aside and
    made anew from the library (once), never a traceback."""
    import sqlite3

    from briefings.cache.store import is_damage
    from briefings.library.loading import brief_library

    if store is None:
        return None
    ids = {b.id for b in library.briefings}
    try:
        return store.search(arguments.query, arguments.limit, among=ids, typing=arguments.prefix)
    except sqlite3.Error as exc:
        failure: Exception = exc
        if is_damage(exc):
            try:
                aside = store.rebuild()
                _say(f"{store.path}: the cache was damaged ({exc}); moved aside as {aside} and rebuilt")
                brief_library(arguments.paths or [bundled_seeds()], store, max_bytes=_max_bytes(arguments))
                return store.search(arguments.query, arguments.limit, among=ids, typing=arguments.prefix)
            except (sqlite3.Error, OSError) as again:
                failure = again
        _say(f"{store.path}: the cache failed ({failure}); searching without it")
        return None


_RUNNERS: dict[str, Callable[[Sequence[str]], int]] = {"export": _run_export, "open": _run_open, "search": _run_search}


def main(argv: Sequence[str] | None = None) -> int:
    start_log()
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in _RUNNERS:
        return _RUNNERS[args[0]](args[1:])
    return _run_open(args)


if __name__ == "__main__":
    sys.exit(main())
