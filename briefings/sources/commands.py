"""The commands that bring news in: `briefing add URL...`, `briefing feeds ...`, and URLs and `-` wherever a PATH
is taken. Each fault is one line on stderr naming the URL or file; what was saved stays saved."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from briefings.library.state import State
from briefings.sources import add_library_option
from briefings.sources.pages import library_folder, save_page, save_standard_input
from briefings.sources.web import FetchError, fetch, is_url
from briefings.terminal import emit, escaped, say

EXIT_FAILED = 1
_STDIN_BYTES = 10 * 1024 * 1024  # standard input read at most


def arrived(names: Sequence[str], folder: Path) -> list[Path]:
    """The paths to read for `names`: a URL fetched and saved into the library folder `folder`, `-` (standard
    input) saved there too, anything else a path; a URL or `-` that cannot be had is said in one line and left out."""
    paths: list[Path] = []
    for name in names:
        try:
            if name == "-":
                paths.append(save_standard_input(folder, _standard_input()))
            elif is_url(name):
                paths.append(save_page(folder, fetch(name)))
            else:
                paths.append(Path(name))
        except FetchError as exc:
            say(str(exc))
        except (OSError, ValueError) as exc:
            say(f"{'standard input' if name == '-' else name}: cannot be saved ({getattr(exc, 'strerror', None) or exc})")
    return paths


def _library(arguments: argparse.Namespace) -> Path:
    """The library folder: --library, else $BRIEFING_LIBRARY, else the config file's, else the user data folder's."""
    from briefings.config import load_settings

    return library_folder(arguments.library, load_settings()[0].library)


def _standard_input() -> bytes:
    """What standard input holds (at most _STDIN_BYTES); ValueError when it holds nothing or is the terminal."""
    if sys.stdin.isatty():
        raise ValueError("it is the terminal: pipe an article in (briefing - < article.html)")
    data = sys.stdin.buffer.read(_STDIN_BYTES + 1)
    if len(data) > _STDIN_BYTES:
        raise ValueError(f"more than {_STDIN_BYTES // 1024 // 1024} MB")
    if not data.strip():
        raise ValueError("it held nothing")
    return data


def run_add(argv: Sequence[str]) -> int:
    """`briefing add URL...`: fetch each page into the library folder."""
    parser = argparse.ArgumentParser(prog="briefing add", description="Fetch web pages and save them into the library folder.")
    parser.add_argument("urls", nargs="+", metavar="URL")
    add_library_option(parser)
    arguments = parser.parse_args(argv)
    folder = _library(arguments)
    failed = 0
    for url in arguments.urls:
        if not is_url(url):
            say(f"{url}: not an http or https URL")
            failed += 1
            continue
        try:
            saved = save_page(folder, fetch(url))
        except FetchError as exc:
            say(str(exc))
            failed += 1
            continue
        except OSError as exc:
            say(f"{url}: cannot be saved in {folder} ({exc.strerror or exc})")
            failed += 1
            continue
        emit(f"{escaped(str(saved))}\n")
    say(f"saved {len(arguments.urls) - failed} of {len(arguments.urls)} page(s) in {folder}")
    return EXIT_FAILED if failed else 0


def run_feeds(argv: Sequence[str]) -> int:
    """`briefing feeds add|list|remove|import|export|update`."""
    parser = argparse.ArgumentParser(prog="briefing feeds", description="Follow RSS, Atom and JSON feeds; their new items are saved into the library folder.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("add", help="follow the feed at URL").add_argument("url", metavar="URL")
    commands.add_parser("list", help="list the feeds followed")
    commands.add_parser("remove", help="stop following the feed at URL (its articles stay)").add_argument("url", metavar="URL")
    commands.add_parser("import", help="follow every feed an OPML file (or the URL of one) lists").add_argument("file", metavar="FILE.opml|URL")
    exporting = commands.add_parser("export", help="print the feeds followed as OPML (or write them to a file)")
    exporting.add_argument("-o", "--output", type=Path, metavar="FILE")
    updating = commands.add_parser("update", help="fetch the new items of every feed into the library folder")
    updating.add_argument("--max", type=int, default=20, metavar="N", help="new items taken from one feed at most (default: %(default)s)")
    add_library_option(updating)
    arguments = parser.parse_args(argv)
    state, trouble = State.open()
    if trouble:
        say(trouble)
    try:
        return _FEED_COMMANDS[arguments.command](state, arguments)
    finally:
        state.close()


def _add(state: State, arguments: argparse.Namespace) -> int:
    from briefings.sources.feeds import FeedError
    from briefings.sources.follow import follow

    if not is_url(arguments.url):
        say(f"{arguments.url}: not an http or https URL")
        return EXIT_FAILED
    try:
        feed, new = follow(state, arguments.url)
    except (FetchError, FeedError) as exc:
        say(str(exc))
        return EXIT_FAILED
    say(f"{'following' if new else 'already following'} {feed.title} ({len(feed.items)} items; `briefing feeds update` fetches the new ones)")
    return 0


def _list(state: State, _: argparse.Namespace) -> int:
    feeds = state.feeds()
    if not feeds:
        say("no feed followed yet: briefing feeds add URL")
    return 0 if emit("".join(f"{escaped(feed.url)}  {escaped(feed.title)}\n" for feed in feeds)) else EXIT_FAILED


def _remove(state: State, arguments: argparse.Namespace) -> int:
    if not state.unfollow(arguments.url):
        say(f"{arguments.url}: not followed")
        return EXIT_FAILED
    say(f"no longer following {arguments.url} (its articles stay in the library)")
    return 0


def _import(state: State, arguments: argparse.Namespace) -> int:
    from briefings.sources.follow import read_opml

    try:
        listed = read_opml((fetch(arguments.file).body or b"") if is_url(arguments.file) else Path(arguments.file).read_bytes())
    except FetchError as exc:
        say(str(exc))
        return EXIT_FAILED
    except (OSError, ValueError) as exc:
        say(f"{arguments.file}: {getattr(exc, 'strerror', None) or exc}")
        return EXIT_FAILED
    added = sum(state.follow(url, title) for url, title in listed if is_url(url))
    say(f"{arguments.file}: {len(listed)} feed(s), {added} new; `briefing feeds update` fetches their items")
    return 0


def _export(state: State, arguments: argparse.Namespace) -> int:
    from briefings.export.files import write_atomic
    from briefings.sources.follow import opml_text

    text = opml_text(state.feeds())
    if arguments.output is None:
        return 0 if emit(text) else EXIT_FAILED
    try:
        write_atomic(arguments.output, text)
    except OSError as exc:
        say(f"{arguments.output}: cannot write: {exc.strerror or exc}")
        return EXIT_FAILED
    say(f"wrote {len(state.feeds())} feed(s) to {arguments.output}")
    return 0


def _update(state: State, arguments: argparse.Namespace) -> int:
    from briefings.sources.follow import update

    folder = _library(arguments)
    if not state.feeds():
        say("no feed followed yet: briefing feeds add URL")
        return 0

    def progress(done: int, total: int, title: str) -> None:
        if title:
            say(f"{done + 1} of {total}: {title}")

    result = update(state, folder, arguments.max, progress)
    for trouble in result.troubles:
        say(trouble)
    emit("".join(f"{escaped(str(path))}\n" for path in result.saved))
    say(f"{len(result.saved)} new article(s) in {folder}" + (f"; {result.unchanged} feed(s) unchanged" if result.unchanged else ""))
    return 0


_FEED_COMMANDS = {"add": _add, "list": _list, "remove": _remove, "import": _import, "export": _export, "update": _update}
