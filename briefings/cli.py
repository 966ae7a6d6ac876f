"""The `briefing` command: open the reader (default), or export the library."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefings import DEFAULT_MAX_BYTES, __version__, bundled_seeds
from briefings.discovery import discover, holds_articles

if TYPE_CHECKING:
    from briefings.library import Library

EXIT_NOTHING_LOADED = 2
_DESCRIPTION = "Cited, faithful briefings of news articles (plain text, Markdown, HTML)."
_COMMANDS = """commands:
  briefing [PATH ...]             open the reader (the bundled articles when no PATH is given)
  briefing export [PATH ...]      write briefings as Markdown or JSON (to stdout, a file or a folder)
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


def _max_bytes(arguments: argparse.Namespace) -> int:
    return int(arguments.max_size * 1024 * 1024)


def _load(arguments: argparse.Namespace) -> Library | None:
    """Load the library, reporting each notice on one line of stderr; None when nothing loaded."""
    from briefings.library import load_library  # imported here: opening the reader must not wait for it

    paths = arguments.paths or [bundled_seeds()]
    library = load_library(paths, max_bytes=_max_bytes(arguments))
    for notice in library.notices:
        print(f"briefing: {notice}", file=sys.stderr)
    if not library.articles:
        print("briefing: no article could be loaded", file=sys.stderr)
        return None
    return library


def _run_open(argv: Sequence[str]) -> int:
    arguments = _open_parser().parse_args(argv)
    paths = arguments.paths or [bundled_seeds()]
    if not holds_articles(paths):
        for notice in discover(paths)[1]:
            print(f"briefing: {notice}", file=sys.stderr)
        print("briefing: no article to open", file=sys.stderr)
        return EXIT_NOTHING_LOADED
    from tui.app import BriefingApp  # the domain never imports Textual; only this entry point does

    app = BriefingApp(paths, max_bytes=_max_bytes(arguments))
    app.run()
    for notice in app.notices:
        print(f"briefing: {notice}", file=sys.stderr)
    return 0


def _run_export(argv: Sequence[str]) -> int:
    from briefings.export.writer import Export, ExportError, write_files
    from briefings.extract import build_briefing

    arguments = _export_parser().parse_args(argv)
    library = _load(arguments)
    if library is None:
        return EXIT_NOTHING_LOADED
    export = Export([build_briefing(a) for a in library.articles])
    output = Path(arguments.output) if arguments.output else None
    try:
        if arguments.article:
            export.only_article(arguments.article)
        if arguments.story:
            export.only_story(arguments.story)
        if output is None:
            sys.stdout.write(export.render(arguments.format))
            return 0
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
        print(f"briefing: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"briefing: {exc.filename or output}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 1
    where = output if len(files) > 1 else next(iter(files))
    stories = len(export.stories)
    what = f"{len(export.briefings)} briefing(s)" + (f" and {stories} stor{'y' if stories == 1 else 'ies'}" if stories else "")
    if export.story_chosen:
        what = "a story briefing"
    print(f"briefing: wrote {what} to {where}", file=sys.stderr)
    return 0


_RUNNERS: dict[str, Callable[[Sequence[str]], int]] = {"export": _run_export, "open": _run_open}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in _RUNNERS:
        return _RUNNERS[args[0]](args[1:])
    return _run_open(args)


if __name__ == "__main__":
    sys.exit(main())
