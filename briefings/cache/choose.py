"""Which store a library goes through: a PostgreSQL database when one is named (`--store postgresql://...`,
$BRIEFING_STORE, or `store` in the config file, in that order), else the SQLite cache in the cache folder. Only a
named server imports the driver."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from briefings.cache.faults import ServerError, server_name

if TYPE_CHECKING:  # imported where used: the command line reads the settings before it knows it needs a store
    from briefings.cache.base import CacheStore

STORE_ENV = "BRIEFING_STORE"
"""Names the PostgreSQL database (a postgresql:// URL) to use instead of the cache folder."""


def is_server(address: str) -> bool:
    """Whether `address` names a PostgreSQL database (a URL) rather than a folder."""
    return address.startswith(("postgresql://", "postgres://"))


def chosen_server(named: str | None, configured: str | None, config: Path) -> tuple[str | None, str | None]:
    """The database to use: `named` on the command line, else $BRIEFING_STORE, else `configured` (in the file
    `config`); and a line to tell when the one chosen is not a postgresql:// URL (then None: the cache is used).
    The line does not repeat it: it may hold a password."""
    for url, source in ((named, "--store"), (os.environ.get(STORE_ENV), f"${STORE_ENV}"), (configured, f"{config}: store")):
        if url:
            return (url, None) if is_server(url) else (None, f"{source}: not a postgresql:// URL; the cache folder is used")
    return None, None


def open_store(cache: Path | None, server: str | None) -> tuple[CacheStore | None, str | None, str]:
    """The store at `server` when one is named, else the SQLite cache in `cache` (None: the user's cache folder);
    with what to tell the user about it (None when all is well) and the name that notice goes under. None when
    it cannot be used: the library then goes on in memory."""
    if server:
        from briefings.cache.server import ServerStore  # the driver is imported only for a server

        try:
            return ServerStore.open(server), None, server_name(server)
        except ServerError as exc:
            return None, f"{exc.reason}; going on in memory", server_name(server)
    from briefings.cache.store import Store, cache_file, cache_folder

    folder = cache_folder(cache)
    store, trouble = Store.open(folder)
    return store, trouble, str(cache_file(folder))


def reopen(address: str) -> CacheStore | None:
    """The store at `address` (a store's `address`) as another process opens it, if it is there and sound: a
    cache that had to be made anew holds nothing of what the first process put in it."""
    if is_server(address):
        from briefings.cache.server import ServerStore

        try:
            return ServerStore.open(address)
        except ServerError:
            return None
    from briefings.cache.store import Store, cache_file

    folder = Path(address)
    if not cache_file(folder).exists():
        return None
    store, trouble = Store.open(folder)
    if store is not None and trouble is not None:
        store.close()
        return None
    return store
