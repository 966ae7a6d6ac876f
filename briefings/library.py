"""Loading a library: files and folders to articles, with one line for each file that could not be read."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from briefings.errors import ArticleError
from briefings.models import Article
from briefings.readers import READERS, is_article_path, read_article
from briefings.readers.assemble import content_id

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Notice:
    """Something to tell the user about one path: an error (not loaded) or a note (loaded or skipped)."""

    path: str
    reason: str
    error: bool = True

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Library:
    """The articles loaded from the paths given, and what was said about the rest."""

    articles: list[Article] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    @property
    def errors(self) -> list[Notice]:
        return [n for n in self.notices if n.error]


def load_library(paths: Iterable[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Library:
    """Read every article under `paths` (folders recursively); identical files load once."""
    library = Library()
    files, notices = discover(paths)
    library.notices.extend(notices)
    reader = ArticleReader(max_bytes)
    for file in files:
        article, notice = reader.read(file)
        if article is not None:
            library.articles.append(article)
        if notice is not None:
            library.notices.append(notice)
    return library


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[Notice]]:
    """The article files under `paths`, and notices about paths that hold none or are skipped."""
    notices: list[Notice] = []
    return list(_article_files(paths, notices)), notices


class ArticleReader:
    """Reads files one at a time, loading identical content once."""

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self.seen: dict[str, str] = {}

    def read(self, file: Path) -> tuple[Article | None, Notice | None]:
        """The article in `file` (None when it cannot be read) and anything to tell about it."""
        try:
            data = _read_bytes(file, self.max_bytes)
            digest = content_id(data)
            if digest in self.seen:
                return None, Notice(str(file), f"same content as {self.seen[digest]}; loaded once", error=False)
            article, warning = read_article(file, data)
        except ArticleError as exc:
            return None, Notice(str(file), str(exc))
        self.seen[digest] = str(file)
        return article, Notice(str(file), warning, error=False) if warning else None


def _read_bytes(file: Path, max_bytes: int) -> bytes:
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise ArticleError(f"too large ({_megabytes(size)}; the limit is {_megabytes(max_bytes)})")
        return file.read_bytes()
    except PermissionError:
        raise ArticleError("cannot read: permission denied") from None
    except IsADirectoryError:
        raise ArticleError("is a folder, not a file") from None
    except OSError as exc:
        raise ArticleError(f"cannot read: {exc.strerror or exc}") from None


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


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
        notices.append(Notice(str(folder), f"no articles in this folder ({', '.join(READERS)})"))
