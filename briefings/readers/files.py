"""Loading a library: files and folders to articles, with one line for each file that could not be read."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from briefings import DEFAULT_MAX_BYTES
from briefings.errors import ArticleError
from briefings.log import logger
from briefings.model.article import Article
from briefings.readers.assemble import content_id
from briefings.readers.discovery import Notice
from briefings.readers.formats import read_article


class ArticleReader:
    """Reads files one at a time, loading identical content once."""

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self.seen: dict[str, str] = {}

    def read(self, file: Path) -> tuple[Article | None, Notice | None]:
        """The article in `file` (None when it cannot be read) and anything to tell about it. Whatever the file
        holds, a failure is a notice about this file, never an exception."""
        try:
            data = read_bytes(file, self.max_bytes)
            digest = content_id(data)
            if digest in self.seen:
                return None, Notice(str(file), f"same content as {self.seen[digest]}; loaded once", error=False)
            article, warning = read_article(file, data)
        except ArticleError as exc:
            return None, Notice(str(file), str(exc))
        except Exception as exc:  # a fault of ours on odd input: this file's, not the library's
            return None, unexpected(file, "could not be read", exc)
        self.seen[digest] = str(file)
        return article, Notice(str(file), warning, error=False) if warning else None


def unexpected(file: Path, what: str, exc: BaseException) -> Notice:
    """The notice for an error nothing expected, logged with its traceback."""
    logger.error("%s: %s", file, what, exc_info=exc)
    reason = " ".join(str(exc).split())[:_REASON_CHARACTERS]
    return Notice(str(file), f"{what}: {type(exc).__name__}" + (f": {reason}" if reason else ""))


_REASON_CHARACTERS = 160
_CHUNK = 1 << 20
_NOT_REGULAR = {stat.S_IFIFO: "a named pipe (FIFO)", stat.S_IFCHR: "a device", stat.S_IFBLK: "a device", stat.S_IFSOCK: "a socket"}


def read_bytes(file: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file (through links) of at most `max_bytes`, the limit kept while reading: a file that
    grows, or claims a false size, is not read past it. FIFOs, devices and sockets are refused unopened for reading
    (non-blocking open: a FIFO without a writer does not hang)."""
    try:
        descriptor = os.open(file, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except PermissionError:
        raise ArticleError("cannot read: permission denied") from None
    except IsADirectoryError:
        raise ArticleError("is a folder, not a file") from None
    except OSError as exc:
        raise ArticleError(f"cannot read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise ArticleError("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(f"not a regular file: {_NOT_REGULAR.get(stat.S_IFMT(info.st_mode), 'a special file')}")
        if info.st_size > max_bytes:
            raise ArticleError(_too_large(info.st_size, max_bytes))
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(descriptor, min(_CHUNK, max_bytes + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise ArticleError(_too_large(size, max_bytes, grew=True))
        return b"".join(chunks)
    except OSError as exc:
        raise ArticleError(f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(descriptor)


def _too_large(size: int, max_bytes: int, grew: bool = False) -> str:
    more = "more than " if grew else ""
    return f"too large ({more}{_megabytes(size)}; the limit is {_megabytes(max_bytes)})"


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def source_line(file: Path, passage: str, max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """The line of `file` where `passage` (text its article took from it) begins; 1 when the file can no longer be
    read (read as an article is: a regular file within the size limit) or no longer holds it."""
    first = passage.strip().split("\n", 1)[0][:80]
    try:
        text = read_bytes(file, max_bytes).decode("utf-8", errors="replace")
    except ArticleError:
        return 1
    at = text.find(first) if first else -1
    return text.count("\n", 0, at) + 1 if at >= 0 else 1
