"""The reader's shelf: a card for every article, whole briefings only for the few in use, the rest read back
from the cache (or built again from the file when the cache no longer has them)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefings.cache.store import FILE_NAME, Store, library_key
from briefings.library.loading import Loader
from briefings.library.shelf import Shelf
from briefings.model.cards import Card
from tests.helpers import brief_library, opened

TOWNS = ["Alder", "Brindle", "Corvin", "Dunmore", "Elstow", "Fenwick", "Garrow", "Harwick", "Ilsby", "Jarrow"]


@pytest.fixture
def library(write) -> Path:
    """Sixty short, dated reports from two outlets."""
    for number in range(60):
        town = TOWNS[number % len(TOWNS)]
        outlet = "Valley Herald" if number % 2 else "Coast Times"
        written = write(
            f"lib/report-{number:02}.md",
            f"---\ntitle: {town} council meets ({number})\noutlet: {outlet}\npublished: 2026-03-{number % 28 + 1:02}\n---\n\n"
            f"The {town} council approved {number + 3} new bus stops on Monday, officials said.\n",
        )
    return written.parent


def shelved(library: Path, store: Store) -> tuple[Shelf, Loader]:
    loader = Loader(store)
    shelf = Shelf(store)
    for file in sorted(path for path in library.iterdir() if path.is_file()):
        entry, _ = loader.load(file)
        assert entry is not None
        shelf.add(entry)
    return shelf, loader


def test_a_warm_library_is_listed_from_cards_without_reading_a_briefing(library: Path, cache_folder: Path) -> None:
    store = opened(cache_folder)
    built = {b.id: b for b in brief_library([library], store).briefings}
    shelf, loader = shelved(library, store)
    assert (loader.built, loader.reused) == (0, 60)
    assert shelf.in_memory == 0
    assert list(shelf) == list(built)  # library order
    for briefing_id, briefing in built.items():
        assert shelf.card(briefing_id) == Card.of(briefing)
    first = shelf.card(next(iter(shelf)))
    assert (first.display_title, first.outlet, str(first.published)) == ("Alder council meets (0)", "Coast Times", "2026-03-01")


def test_briefings_read_back_from_the_cache_equal_those_built_and_few_stay_in_memory(library: Path, cache_folder: Path) -> None:
    from briefings.library.shelf import _RECENT

    store = opened(cache_folder)
    built = {b.id: b for b in brief_library([library], store).briefings}
    shelf, _ = shelved(library, store)
    for briefing_id, briefing in built.items():
        assert shelf[briefing_id].model_dump() == briefing.model_dump()
    assert 0 < shelf.in_memory <= _RECENT < len(built)
    assert dict(shelf.items()).keys() == built.keys()


def test_a_moved_file_is_shown_at_its_new_place(library: Path, cache_folder: Path, tmp_path: Path) -> None:
    store = opened(cache_folder)
    brief_library([library], store)
    moved = tmp_path / "moved"
    moved.mkdir()
    (library / "report-07.md").rename(moved / "seven.md")
    shelf, loader = shelved(moved, store)
    (briefing_id,) = list(shelf)
    assert loader.built == 0
    assert shelf.card(briefing_id).path == str(moved / "seven.md")
    assert shelf[briefing_id].article.path == str(moved / "seven.md")


def test_without_a_cache_the_library_is_kept_in_one_in_memory_and_few_objects_stay(library: Path) -> None:
    from briefings.library.shelf import _RECENT

    shelf, loader = shelved(library, Store.in_memory())
    assert loader.built == 60 and shelf.in_memory == _RECENT
    assert all(shelf[b].id == b for b in shelf)
    assert shelf.in_memory == _RECENT


def test_a_briefing_the_cache_no_longer_holds_is_built_again_from_its_file(library: Path, cache_folder: Path) -> None:
    store = opened(cache_folder)
    built = {b.id: b for b in brief_library([library], store).briefings}
    shelf, _ = shelved(library, store)
    other = sqlite3.connect(cache_folder / FILE_NAME)
    other.execute("DELETE FROM briefings")  # another process cleared the cache meanwhile
    other.commit()
    other.close()
    some = list(built)[:3]
    assert [shelf[b].model_dump() for b in some] == [built[b].model_dump() for b in some]


def test_the_reader_lists_stories_from_the_cache_and_reads_what_it_shows(seeds: Path, cache_folder: Path) -> None:
    from briefings.library.linking import link_library, shelve_links
    from briefings.linking.crossref import links_by_briefing
    from briefings.linking.stories import StoryCard

    store = opened(cache_folder)
    shelf, _ = shelved(seeds, store)
    found = link_library(dict(shelf.items()))
    _, held, _ = shelve_links(shelf, store)  # nothing stored yet: found here, every story held
    assert held.cards() == [StoryCard.of(story) for story in found.stories] and held.cards()
    crossrefs, stories, entities = shelve_links(shelf, store)  # stored now: read as they are shown
    assert stories.cards() == held.cards()
    assert [stories[card.id] for card in stories.cards()] == found.stories
    assert entities == found.entities
    by_briefing = links_by_briefing(found.crossrefs)
    assert [crossrefs.of(b) for b in shelf] == [by_briefing.get(b, []) for b in shelf] and any(by_briefing.values())
    assert store.story(library_key(list(shelf)), "story-none") is None


def test_without_a_cache_the_links_are_kept_in_the_one_in_memory(seeds: Path) -> None:
    from briefings.library.linking import link_library, shelve_links
    from briefings.linking.crossref import links_by_briefing

    store = Store.in_memory()
    shelf, _ = shelved(seeds, store)
    crossrefs, stories, _ = shelve_links(shelf, store)
    found = link_library(dict(shelf.items()))
    assert [stories[s.id] for s in found.stories] == found.stories and found.stories
    assert [crossrefs.of(b) for b in shelf] == [links_by_briefing(found.crossrefs).get(b, []) for b in shelf]
