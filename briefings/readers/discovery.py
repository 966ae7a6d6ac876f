"""Finding the article files under the paths a user gives, with one line for each path that holds none.

Light on purpose: the `briefing` command runs it before the reader starts, and no model or reader is needed.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

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
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return text


def is_article_path(path: Path) -> bool:
    """Whether a reader exists for this file's extension."""
    return path.suffix.lower() in ARTICLE_SUFFIXES


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[Notice]]:
    """The article files under `paths`, and notices about paths that hold none or are skipped."""
    notices: list[Notice] = []
    return list(_article_files(paths, notices)), notices


def holds_articles(paths: Iterable[Path]) -> bool:
    """Whether any article file is under `paths`; stops at the first, so that the reader can open at once."""
    return next(_article_files(paths, []), None) is not None


def _article_files(paths: Iterable[Path], notices: list[Notice]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from _folder_files(path, notices)
        elif path.exists() or path.is_symlink():
            if is_article_path(path):
                yield path
            else:
                notices.append(Notice(str(path), f"skipped: unknown file type {path.suffix or '(no extension)'}", error=False))
        else:
            notices.append(Notice(str(path), "no such file or folder"))


def _folder_files(folder: Path, notices: list[Notice]) -> Iterator[Path]:
    found = 0
    unknown: set[str] = set()
    skipped = 0
    for root, dirs, files in os.walk(folder, onerror=lambda exc: notices.append(Notice(str(exc.filename), f"cannot read folder: {exc.strerror}"))):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root, name)
            if is_article_path(path):
                found += 1
                yield path
            else:
                skipped += 1
                unknown.add(path.suffix or "(no extension)")
    if skipped:
        kinds = ", ".join(sorted(unknown))
        notices.append(Notice(str(folder), f"skipped {skipped} file(s) of unknown type ({kinds})", error=False))
    if not found:
        notices.append(Notice(str(folder), f"no articles in this folder ({', '.join(ARTICLE_SUFFIXES)})"))
