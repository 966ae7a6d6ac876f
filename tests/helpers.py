"""Helpers the tests share (fixtures stay in conftest.py): the seeds' names, reading one article, opening a
cache, and briefing a whole library through the cache as the library service does, in one call."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefings.cache.base import CacheStore
from briefings.cache.store import Store
from briefings.library.loading import Loader
from briefings.library.shelf import Shelf
from briefings.model.article import Article
from briefings.model.briefing import Briefing
from briefings.readers.discovery import Notice, article_files
from briefings.readers.formats import read_article

SEED_000 = "000_b82d31491a7502be.txt"
SEED_002 = "002_c2223f24fc943dd9.txt"


def read_text_article(path: Path) -> Article:
    return read_article(path, path.read_bytes())[0]


def opened(folder: Path) -> Store:
    """The cache in `folder`, which must open without trouble."""
    store, trouble = Store.open(folder)
    assert store is not None and trouble is None
    return store


@dataclass
class Briefed:
    """A library briefed in one call: its briefings, what was said, and the cache it ended with."""

    briefings: list[Briefing] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    built: int = 0
    reused: int = 0
    store: CacheStore | None = None


def brief_library(paths: list[Path], store: CacheStore | None) -> Briefed:
    """Every article under `paths` briefed through `store` (None: a cache in memory), as `LibrarySession.load`
    does it, without batches."""
    files, notices = article_files(paths)
    loader = Loader(store or Store.in_memory())
    loader.expect(paths)
    shelf = Shelf(loader.store)
    for file in files:
        entry, notice = loader.load(file)
        if entry is not None:
            shelf.use(loader.store)
            shelf.add(entry)
        if notice is not None:
            notices.append(notice)
    loader.finish(paths)
    briefings = [shelf[briefing_id] for briefing_id in shelf]
    return Briefed(briefings, notices + loader.notices, loader.built, loader.reused, loader.store)
