"""What a store's failure is, whichever the store: SQLite's own errors, or a server's said in one line that names
the server (never its password)."""

from __future__ import annotations

import sqlite3
from urllib.parse import urlsplit


class ServerError(Exception):
    """The PostgreSQL store failed (cannot connect, authentication, a lost connection, a statement timeout): the
    message is one line naming the server (`server`), never its password, and what went wrong (`reason`)."""

    def __init__(self, server: str, reason: str) -> None:
        super().__init__(f"{server}: {reason}")
        self.server = server
        self.reason = reason


STORE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, ServerError)


def server_name(url: str) -> str:
    """The server and database of `url` as a notice names them: user, host, port and database, never a password."""
    try:
        parts = urlsplit(url)
        user = f"{parts.username}@" if parts.username else ""
        host = parts.hostname or "localhost"
        port = f":{parts.port}" if parts.port else ""
    except ValueError:  # a port that is not a number, several hosts: named by scheme and database only
        user, host, port = "", "(the hosts named)", ""
        parts = urlsplit(url.split("@")[-1])
    return f"postgresql://{user}{host}{port}{parts.path or '/'}"
