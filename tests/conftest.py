"""Shared fixtures: an empty cache for each test, the bundled seeds, and a writer of article files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefings import bundled_seeds
from briefings.model.article import Article
from briefings.readers.formats import read_article
from tests.helpers import SEED_000, SEED_002


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
