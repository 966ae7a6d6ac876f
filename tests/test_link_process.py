"""Cross-referencing in a process of its own: it reads the briefings from the cache and stores the links there,
the same links as found in the reader's own process."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.library import link_process
from briefings.library.link_process import LinkProcess, link_apart
from briefings.library.linking import link_library
from tests.helpers import brief_library, opened


def test_a_large_library_is_linked_apart_and_its_links_equal_those_found_here(
    seeds: Path, cache_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = opened(cache_folder)
    briefings = {b.id: b for b in brief_library([seeds], store).briefings}
    ids = list(briefings)
    assert not link_apart(store, ids)  # two articles: not worth a process
    monkeypatch.setattr(link_process, "APART_FROM", 2)
    assert link_apart(store, ids)
    assert LinkProcess(str(cache_folder), ids).wait(lambda: False)
    assert not link_apart(store, ids)  # stored now
    stored = store.links(ids)
    here = link_library(briefings, opened(tmp_path / "elsewhere"))
    assert stored is not None and stored == here and stored.crossrefs and stored.stories and stored.entities


def test_a_stopped_linking_process_stores_nothing(seeds: Path, cache_folder: Path) -> None:
    store = opened(cache_folder)
    ids = [b.id for b in brief_library([seeds], store).briefings]
    assert not LinkProcess(str(cache_folder), ids).wait(lambda: True)
    assert store.links(ids) is None


def test_a_library_the_cache_does_not_hold_is_not_linked_there(seeds: Path, cache_folder: Path, tmp_path: Path) -> None:
    store = opened(cache_folder)
    ids = [b.id for b in brief_library([seeds], store).briefings]
    assert not LinkProcess(str(tmp_path / "another-cache"), ids).wait(lambda: False)
    assert store.links(ids) is None
