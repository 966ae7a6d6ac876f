"""Loading a library: files and folders to articles, with one line for each file that could not be read."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefings import DEFAULT_MAX_BYTES
from briefings.discovery import Notice, discover
from briefings.errors import ArticleError
from briefings.models import Article
from briefings.readers import read_article
from briefings.readers.assemble import content_id


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
