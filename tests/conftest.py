"""Shared fixtures: an empty cache for each test, the bundled seeds, and a writer of article files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefings import bundled_seeds
from briefings.cache.base import CacheStore
from briefings.model.article import Article
from briefings.readers.formats import read_article
from tests.helpers import SEED_000, SEED_002, opened
from tests.postgres import throwaway_server


@pytest.fixture(autouse=True)
def cache_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets an empty cache (and reader's state and config) of its own: none reads or writes the user's."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("BRIEFING_CACHE", str(folder))
    monkeypatch.setenv("BRIEFING_LOG", str(folder / "briefing.log"))
    monkeypatch.setenv("BRIEFING_STATE", str(folder / "state"))  # nor the user's state
    monkeypatch.setenv("BRIEFING_CONFIG", str(folder / "config.toml"))  # nor the user's config (none there unless written)
    monkeypatch.setenv("BRIEFING_LIBRARY", str(folder / "library"))  # nor the user's library folder
    return folder


@pytest.fixture(scope="session")
def postgres() -> Iterator[str | None]:
    """A PostgreSQL database for the whole run (see `tests.postgres`), if the machine has PostgreSQL."""
    with throwaway_server() as url:
        yield url


@pytest.fixture
def server(postgres: str | None) -> str:
    """The URL of an empty store on the test server: the schema of an earlier test dropped."""
    if postgres is None:
        pytest.skip("PostgreSQL is not installed (set $BRIEFING_REQUIRE_POSTGRES to make this a failure)")
    import psycopg

    with psycopg.connect(postgres, autocommit=True) as connection:
        connection.execute("DROP SCHEMA IF EXISTS briefing CASCADE")
    return postgres


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, cache_folder: Path) -> Iterator[CacheStore]:
    """An empty store of each kind: the SQLite cache in the test's cache folder, and the test server's."""
    if request.param == "sqlite":
        store: CacheStore = opened(cache_folder)
    else:
        from briefings.cache.server import ServerStore

        store = ServerStore.open(request.getfixturevalue("server"))
    yield store
    store.close()


@pytest.fixture(scope="session")
def seeds() -> Path:
    return bundled_seeds()


@pytest.fixture(scope="session")
def seed_articles(seeds: Path) -> dict[str, Article]:
    return {name: read_article(seeds / name, (seeds / name).read_bytes())[0] for name in (SEED_000, SEED_002)}


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Write a file under tmp_path and return its path."""

    def writer(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        return path

    return writer
