"""Finding the article files under the paths a user gives, with one line for each path that holds none.

Light on purpose: the `briefing` command runs it before the reader starts, and no model or reader is needed.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from briefings.terminal import escaped

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")


@dataclass(frozen=True)
class Notice:
    """Something to tell the user about one path: an error (not loaded) or a note (loaded or skipped)."""

    path: str
    reason: str
    error: bool = True

    def __str__(self) -> str:
        """One line, safe to print: control characters in the file's name or the reason are shown escaped."""
        return escaped(f"{self.path}: {self.reason}")


def path_text(path: Path | str) -> str:
    """A path as text that can be stored and written (UTF-8): a name that is not valid UTF-8 (Python holds its
    bytes as surrogates) has those bytes written as escapes ("caf\\xe9.txt")."""
    text = str(path)
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return text


def is_article_path(path: Path) -> bool:
    """Whether a reader exists for this file's extension."""
    return path.suffix.lower() in ARTICLE_SUFFIXES


class Found(NamedTuple):
    """An article file as found: its path as the user named it, its real path (what the cache knows it by, whatever
    folder the command ran in), and its size and modification time (None: unreadable). Paths as Python holds them
    (see `path_text` for their text)."""

    path: str
    real: str
    stat: tuple[int, int] | None


def article_files(paths: Iterable[Path]) -> tuple[list[Found], list[Notice]]:
    """The article files under `paths`, each with its real path and its size and modification time (one system
    call a file, no Path object: a library of 10,000 is listed in milliseconds), and notices about paths that hold
    none or are skipped."""
    notices: list[Notice] = []
    return list(_article_files(paths, notices)), notices


def holds_articles(paths: Iterable[Path]) -> bool:
    """Whether any article file is under `paths`; stops at the first, so that the reader can open at once."""
    return next(_article_files(paths, []), None) is not None


def _article_files(paths: Iterable[Path], notices: list[Notice]) -> Iterator[Found]:
    for path in paths:
        if path.is_dir():
            yield from _folder_files(path, notices)
        elif path.exists() or path.is_symlink():
            if is_article_path(path):
                yield found(str(path))
            else:
                notices.append(Notice(str(path), f"skipped: unknown file type {path.suffix or '(no extension)'}", error=False))
        else:
            notices.append(Notice(str(path), "no such file or folder"))


def found(path: str) -> Found:
    """The file at `path` as listing finds it."""
    real = os.path.realpath(path)
    try:
        stat = os.stat(path)
    except OSError:
        return Found(path, real, None)
    return Found(path, real, (stat.st_size, stat.st_mtime_ns))


class _Tally:
    """What a folder held besides articles."""

    def __init__(self) -> None:
        self.found = 0
        self.skipped = 0
        self.unknown: set[str] = set()


def _folder_files(folder: Path, notices: list[Notice]) -> Iterator[Found]:
    tally = _Tally()
    yield from _walk(str(folder), os.path.realpath(folder), notices, tally)
    if tally.skipped:
        kinds = ", ".join(sorted(tally.unknown))
        notices.append(Notice(str(folder), f"skipped {tally.skipped} file(s) of unknown type ({kinds})", error=False))
    if not tally.found:
        notices.append(Notice(str(folder), f"no articles in this folder ({', '.join(ARTICLE_SUFFIXES)})"))


def _walk(folder: str, real: str, notices: list[Notice], tally: _Tally) -> Iterator[Found]:
    """The article files of `folder` (whose real path is `real`) by name, then those of its folders, by name;
    names that begin with a dot are left out, and links to folders are not followed."""
    try:
        files, folders = _listing(folder, real, tally)
    except OSError as exc:
        notices.append(Notice(folder, f"cannot read folder: {exc.strerror}"))
        return
    yield from files
    for name in folders:
        yield from _walk(os.path.join(folder, name), os.path.join(real, name), notices, tally)


def _listing(folder: str, real: str, tally: _Tally) -> tuple[list[Found], list[str]]:
    """The article files of one folder, by name, and its folders. The hot loop of listing a library: one system
    call a file (its stat, by the folder's descriptor where the system allows: no path walked) and string work."""
    descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)) if os.scandir in os.supports_fd else None
    try:
        with os.scandir(folder if descriptor is None else descriptor) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
        shown, stored = folder + os.sep, real + os.sep
        files: list[Found] = []
        folders: list[str] = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                if entry.is_dir():  # a link to a folder is neither walked nor read
                    if not entry.is_symlink():
                        folders.append(name)
                    continue
            except OSError:
                pass
            stem, dot, suffix = name.rpartition(".")
            if not (dot and stem and f".{suffix.lower()}" in ARTICLE_SUFFIXES):
                tally.skipped += 1
                tally.unknown.add(f".{suffix}" if dot and stem else "(no extension)")
                continue
            tally.found += 1
            try:
                if entry.is_symlink():  # followed to its target
                    files.append(found(shown + name))
                    continue
                stat = entry.stat(follow_symlinks=False)
                files.append(Found(shown + name, stored + name, (stat.st_size, stat.st_mtime_ns)))
            except OSError:
                files.append(Found(shown + name, stored + name, None))
        return files, folders
    finally:
        if descriptor is not None:
            os.close(descriptor)
