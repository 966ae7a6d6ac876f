"""What a store's failure is, whichever the store: SQLite's own errors, or a server's said in one line."""

from __future__ import annotations

import sqlite3


class ServerError(Exception):
    """The PostgreSQL store failed (cannot connect, authentication, a lost connection, a statement timeout): the
    message is one line naming the server (`server`), never its password, and what went wrong (`reason`)."""

    def __init__(self, server: str, reason: str) -> None:
        super().__init__(f"{server}: {reason}")
        self.server = server
        self.reason = reason


STORE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, ServerError)
