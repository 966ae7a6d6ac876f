"""Cross-referencing a library in a process of its own, which reads the briefings from the cache and stores the
links there for the reader to read back.

Linking holds what it compares of every passage (about a gigabyte at 10,000 articles); a process of its own
gives that back when it ends, where the reader's would keep it, and leaves the reader's interpreter free
meanwhile. Run as `python -m briefings.library.link_process`, with the store's address (a cache folder or a server's
URL: never on the command line, where other users could read a password) and the library's ids on standard input.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefings.cache.base import CacheStore
    from briefings.model.briefing import Briefing

APART_FROM = 200  # articles from which a library is worth a process of its own (starting one takes a second)
_POLL_SECONDS = 0.1


def link_apart(store: CacheStore | None, ids: Sequence[str]) -> bool:
    """Whether to link the library of `ids` in a process of its own: a large one, with a cache to pass its
    briefings and links through, whose links the cache does not hold yet."""
    if store is None or not store.on_disk or len(ids) < APART_FROM:
        return False
    from briefings.cache.faults import STORE_ERRORS

    try:
        return not store.has_links(ids)
    except STORE_ERRORS:
        return False


class LinkProcess:
    """One run of the linking process for the library of `ids`, whose briefings are in the store at `address`."""

    def __init__(self, address: str, ids: Sequence[str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "briefings.library.link_process"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert self.process.stdin is not None
        with self.process.stdin:
            self.process.stdin.write("\n".join([address, *ids]).encode())

    def wait(self, cancelled: Callable[[], bool]) -> bool:
        """Wait for it to end (stopping it if `cancelled()` turns true); whether it stored the links."""
        while self.process.poll() is None:
            if cancelled():
                self.stop()
                return False
            time.sleep(_POLL_SECONDS)
        return self.process.returncode == 0

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


class _Cached(Mapping[str, "Briefing"]):
    """The briefings of `ids` as the cache holds them, each read when asked for."""

    def __init__(self, store: CacheStore, ids: list[str]) -> None:
        self.store = store
        self.ids = ids

    def __getitem__(self, briefing_id: str) -> Briefing:
        from briefings.cache.store import cache_key

        briefing = self.store.briefing(cache_key(briefing_id))
        if briefing is None:
            raise KeyError(briefing_id)  # not in the cache: the reader links in its own process instead
        return briefing

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def __len__(self) -> int:
        return len(self.ids)


def main() -> int:
    from briefings.cache.choose import reopen
    from briefings.library.linking import link_library

    address, _, ids = sys.stdin.read().partition("\n")
    store = reopen(address)
    if store is None:
        return 1
    link_library(_Cached(store, ids.split()), store)
    return 0


if __name__ == "__main__":
    sys.exit(main())
