"""What the library service asks of a store, whichever it is: the embedded SQLite cache (`store.Store`, one user's)
or a PostgreSQL database (`server.ServerStore`, shared by many readers and builders). Both keep the same things
(briefings by content and extractor version, the files they were read from, each library's links, the search
index) and answer the same search with the same hits in the same order."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from briefings.cache.store import KnownFile, KnownKey
    from briefings.linking.crossref import CrossRef
    from briefings.linking.stories import Links, Story, StoryCard
    from briefings.model.briefing import Briefing
    from briefings.model.cards import Card
    from briefings.search.hits import SearchHit, Tally


class CacheStore(Protocol):
    """A store of briefings, links and their search index. Its failures are among `faults.STORE_ERRORS`."""

    @property
    def name(self) -> str:
        """What a notice names the store by: its file, or its server (without a password)."""

    @property
    def address(self) -> str:
        """What opens the same store in another process (`choose.open_store`): a folder, or a server's URL."""

    @property
    def on_disk(self) -> bool:
        """Whether it outlives this process (another process can read what is written to it)."""

    def reader(self) -> CacheStore:
        """Another connection to the same store, for another thread."""

    def close(self) -> None: ...

    def rebuild(self) -> str:
        """Set a damaged store aside and go on with an empty one; what it was set aside as."""

    def known_key(self, path: Path | str, size: int, mtime_ns: int) -> str | None: ...

    def known_under(self, folders: Iterable[str]) -> dict[str, KnownFile]: ...

    def keys_under(self, folders: Iterable[str]) -> dict[str, KnownKey]: ...

    def cards(self) -> list[tuple[str, Card]]:
        """Every briefing of this version's code the store holds (its key, and its card as listed from a file it
        was read from, if the store knows one): a library with no files of its own, on a shared server."""

    def holds(self, key: str) -> bool: ...

    def briefing(self, key: str) -> Briefing | None: ...

    def card(self, key: str, path: Path | str) -> Card | None: ...

    def put(self, key: str, briefing: Briefing) -> bool:
        """Store a briefing and index it, at once for every reader; whether this call stored it (False: another
        process stored it first)."""

    def remember(self, path: Path | str, size: int, mtime_ns: int, key: str) -> None: ...

    def forget_missing(self, roots: Iterable[Path], present: Collection[str]) -> int: ...

    def links(self, ids: Sequence[str], every: bool = True) -> Links | None: ...

    def crossrefs_of(self, library: str, briefing: str) -> list[CrossRef]: ...

    def has_links(self, ids: Sequence[str]) -> bool: ...

    def story_cards(self, ids: Sequence[str]) -> list[StoryCard]: ...

    def story(self, library: str, story_id: str) -> Story | None: ...

    def put_links(self, ids: Sequence[str], links: Links) -> None: ...

    def search(self, query: str, limit: int = 20, among: Collection[str] | None = None, typing: bool = False) -> list[SearchHit]: ...

    def tally(self, query: str, among: Collection[str] | None = None, typing: bool = False) -> Tally: ...
