"""The cache: incremental rebuilds, faults met without losing an article, and the full-text search syntax."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
from pathlib import Path

import pytest

from briefings.cache.base import CacheStore
from briefings.cache.store import FILE_NAME, Store
from briefings.cli import main
from briefings.library.session import LibrarySession
from tests.helpers import brief_library, opened

STRIKE = """Dockworkers strike shuts Port of Valmora
By Lena Ortiz | 2 Mar 2026
About 3,000 dockworkers walked off the job at the Port of Valmora on Monday, union leaders said.
The union is demanding a 12 percent pay rise, while Meridian Terminals has offered 5 percent.
It remains unclear how long the walkout will last.
"""
COUNCIL = """Valmora council backs new library
By Ana Petrov | 4 Mar 2026
The city council voted on Tuesday to approve $3 million for a new public library near the port.
Construction may begin in the autumn if the state grant arrives.
"""
BRIDGE = """Bridge reopens after repairs
The Harwick bridge reopened on Friday after eight months of repairs costing $12 million, officials said.
Engineers said the span could carry 40,000 vehicles a day.
"""


@pytest.fixture
def library(write) -> Path:
    for name, text in (("strike.txt", STRIKE), ("council.txt", COUNCIL), ("bridge.txt", BRIDGE)):
        write(f"lib/{name}", text)
    return write("lib/strike.txt", STRIKE).parent


def test_only_a_changed_file_is_rebuilt_and_a_deleted_one_leaves(library: Path, cache_folder: Path) -> None:
    store = opened(cache_folder)
    first = brief_library([library], store)
    assert (first.built, first.reused, len(first.briefings)) == (3, 0, 3)
    again = brief_library([library], store)
    assert (again.built, again.reused) == (0, 3)
    assert [b.model_dump() for b in again.briefings] == [b.model_dump() for b in first.briefings]
    # Touched: read again (its date changed) but not rebuilt (its content did not).
    stat = (library / "bridge.txt").stat()
    os.utime(library / "bridge.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    assert (brief_library([library], store).built) == 0
    # Changed: only it is rebuilt.
    (library / "council.txt").write_text(COUNCIL.replace("$3 million", "$4 million"), encoding="utf-8")
    changed = brief_library([library], store)
    assert (changed.built, changed.reused) == (1, 2)
    assert any("$4 million" in b.article.text for b in changed.briefings)
    # Deleted: gone from the library, from the cache and from its index.
    assert store.search("harwick")
    (library / "bridge.txt").unlink()
    after = brief_library([library], store)
    assert len(after.briefings) == 2
    assert store.search("harwick") == []
    assert [store.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("briefings", "cards")] == [2, 2]


def test_a_file_moved_or_copied_is_not_rebuilt(library: Path, any_store: CacheStore, tmp_path: Path) -> None:
    store = any_store
    brief_library([library], store)
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "copy.txt").write_text(STRIKE, encoding="utf-8")
    moved = brief_library([other], store)
    assert (moved.built, moved.reused) == (0, 1)
    assert moved.briefings[0].article.path == str(other / "copy.txt")


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (lambda path: path.write_bytes(path.read_bytes()[:1000]), "damaged"),
        (lambda path: path.write_bytes(b"this is not a database at all" * 40), "damaged"),
        (lambda path: sqlite3.connect(path).execute("PRAGMA user_version = 99").connection.close(), "another version"),
    ],
    ids=["truncated", "garbage", "unknown-schema"],
)
def test_a_damaged_or_foreign_cache_is_rebuilt_and_nothing_is_lost(library: Path, cache_folder: Path, damage, said: str) -> None:
    store = opened(cache_folder)
    brief_library([library], store)
    store.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{cache_folder / FILE_NAME}{suffix}").unlink(missing_ok=True)
    damage(cache_folder / FILE_NAME)
    rebuilt, trouble = Store.open(cache_folder)
    assert rebuilt is not None and trouble is not None and said in trouble and "rebuilt" in trouble
    assert "\n" not in trouble
    result = brief_library([library], rebuilt)
    assert (len(result.briefings), result.built) == (3, 3)


def test_a_cache_folder_that_cannot_be_made_means_running_without_it(library: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    store, trouble = Store.open(blocker / "cache")
    assert store is None and "going on in memory" in trouble
    assert len(brief_library([library], None).briefings) == 3


def test_a_cache_another_process_holds_is_left_and_the_library_still_loads(library: Path, cache_folder: Path) -> None:
    store = opened(cache_folder)
    holder = sqlite3.connect(cache_folder / FILE_NAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process writing, for longer than we wait
    try:
        result = brief_library([library], store)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert len(result.briefings) == 3
    cache_notes = [str(n) for n in result.notices if "cache" in str(n)]
    assert len(cache_notes) == 1 and "going on in memory" in cache_notes[0]


def test_two_readers_of_one_library_share_the_cache(library: Path, cache_folder: Path) -> None:
    results: list[int] = []

    def load() -> None:
        store, _ = Store.open(cache_folder)
        results.append(len(brief_library([library], store).briefings))

    threads = [threading.Thread(target=load) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [3, 3]
    assert brief_library([library], opened(cache_folder)).built == 0


@pytest.fixture
def searched(library: Path, any_store: CacheStore) -> CacheStore:
    brief_library([library], any_store)
    return any_store


def sections(hits) -> list[str | None]:
    return [hit.location.section for hit in hits]


def test_search_matches_prefixes_while_typing_and_whole_words_otherwise(searched: CacheStore) -> None:
    assert searched.search("dockw", typing=True)
    assert searched.search("dockw") == []
    hit = searched.search("dockw", typing=True)[0]
    assert any(hit.snippet[s:e].lower().startswith("dockw") for s, e in hit.marks)


def test_search_phrases_keep_their_words_in_order(searched: CacheStore) -> None:
    assert searched.search('"port of valmora"')
    assert searched.search('"valmora of port"') == []
    assert all("Port of Valmora" in h.snippet for h in searched.search('"port of valmora"'))


def test_search_field_filters_keep_to_one_kind_of_item(searched: CacheStore) -> None:
    figures = searched.search("figure:million")
    assert figures and set(sections(figures)) == {"figures"}
    caveats = searched.search("caveat:unclear")
    assert caveats and set(sections(caveats)) == {"caveats"}
    entities = searched.search("entity:meridian")
    assert entities and set(sections(entities)) == {"entities"}
    assert searched.search("faq:zebra") == []
    # A filter and a plain word together: both must hold.
    assert all("12 percent" in h.snippet for h in searched.search("figure:percent union"))


def harbour_library(write) -> Path:
    """Eight harbour reports, of which only the last names the ferry strike, among twenty-four other reports."""
    towns = ["Kestrel", "Alder", "Brindle", "Corvin", "Dunmore", "Elstow", "Fenwick", "Garrow"]
    for number, town in enumerate(towns):
        extra = " as a ferry strike began" if number == len(towns) - 1 else ""
        write(f"lib/harbour-{town}.txt", f"{town} harbour busy\nThe harbour of {town} handled {number + 2} ships on Monday{extra}.\n")
    for number, town in enumerate(towns * 3):
        write(f"lib/market-{number}.txt", f"{town} market opens\nThe {town} market opened {number + 3} new stalls on Tuesday, traders said.\n")
    return write("lib/harbour-Kestrel.txt", "Kestrel harbour busy\nThe harbour of Kestrel handled 2 ships on Monday.\n").parent


def ranked_here_as_fts5_would(store: CacheStore, query: str, typing: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a ranking cap of five, the first five matches of `query` come in the order FTS5 ranks them among
    all, scored alike but for the rarity of the words, which is an estimate here."""
    from briefings.cache import server
    from briefings.cache import store as cache
    from briefings.search.query import fts_query

    parsed = fts_query(query, typing)
    assert parsed is not None
    exact = dict(store._ranked(parsed, 100))  # type: ignore[attr-defined]
    for module in (cache, server):
        monkeypatch.setattr(module, "RANKED", 5)  # now too common for FTS5 to rank: ranked here
    ranked_here = store._ranked(parsed, 100)  # type: ignore[attr-defined]
    assert len(ranked_here) == 5 < len(exact)
    assert [rowid for rowid, _ in ranked_here] == [rowid for rowid in exact if rowid in dict(ranked_here)]
    ratios = [score / exact[rowid] for rowid, score in ranked_here]
    assert max(ratios) == pytest.approx(min(ratios))


@pytest.mark.parametrize(("query", "typing"), [("harbour", False), ('"the harbour"', False), ("harbo", True)])
def test_a_word_in_more_passages_than_are_ranked_at_once_is_ranked_here_as_fts5_would(
    write, any_store: CacheStore, monkeypatch: pytest.MonkeyPatch, query: str, typing: bool
) -> None:
    store = any_store
    brief_library([harbour_library(write)], store)
    ranked_here_as_fts5_would(store, query, typing, monkeypatch)
    hits = store.search(query, typing=typing)
    assert hits and all("harbour" in hit.snippet.lower() for hit in hits)
    # A rare word beside the common one: its passage is found wherever it stands among the common word's.
    both = store.search(f"ferry {query}", typing=typing)
    assert both and "ferry strike" in both[0].snippet


def test_words_are_ranked_here_without_their_diacritics_as_fts5_matches_them(
    write, any_store: CacheStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number, town in enumerate(["Lyon", "Nîmes", "Arles", "Dijon", "Rouen", "Tours"]):
        accent = "café" if number % 2 == 0 else "cafe"  # Arles, read first, has it
        write(f"lib/cafe-{town}.txt", f"{town} {accent} busy\nThe {accent} of {town} sold {number + 20} coffees, its {accent} owner said.\n")
    folder = harbour_library(write)
    store = any_store
    brief_library([folder], store)
    ranked_here_as_fts5_would(store, "cafe", False, monkeypatch)
    assert "café" in store.search("cafe")[0].snippet  # ranked here: counted although written with its accent


@pytest.mark.parametrize("query", ['AND OR NOT', 'NEAR(a b)', '"unclosed', "*", "figure:", ":::", "col:umn", "-x ^y"])
def test_search_never_fails_on_what_looks_like_query_syntax(searched: CacheStore, query: str) -> None:
    assert isinstance(searched.search(query, typing=True), list)


def test_search_command_prints_hits_as_text_and_json(library: Path, capsys) -> None:
    assert main(["search", "figure:million", str(library)]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines and "[Key figures]" in lines[0] and lines[1].startswith("    ")
    assert re.fullmatch(r"briefing: 2 hits shown; 2 matches in [12] articles?", err.strip())
    assert main(["search", '"port of valmora"', str(library), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["query"] == '"port of valmora"'
    hit = document["hits"][0]
    assert hit["path"].endswith("strike.txt") and "Port of Valmora" in hit["snippet"]
    start, end = hit["marks"][0]
    assert hit["snippet"][start:end].lower() in {"port", "of", "valmora"}


def test_search_command_with_a_damaged_cache_says_so_once_and_still_finds(library: Path, cache_folder: Path, capsys) -> None:
    (cache_folder / FILE_NAME).write_bytes(b"garbage" * 100)
    assert main(["search", "harwick", str(library), "--cache", str(cache_folder)]) == 0
    out, err = capsys.readouterr()
    assert "Bridge reopens after repairs" in out
    assert len([line for line in err.splitlines() if "cache" in line]) == 1


def _surveyed(library: Path, cache_folder: Path) -> LibrarySession:
    session = LibrarySession([library], cache=cache_folder)
    session.survey()
    return session


def test_search_sees_what_changed_since_the_cache_knew_the_library(library: Path, cache_folder: Path, capsys) -> None:
    first = _surveyed(library, cache_folder)
    assert (len(first), first.built, first.reused) == (3, 3, 0)
    again = _surveyed(library, cache_folder)
    assert (len(again), again.built, again.reused) == (3, 0, 3)
    (library / "council.txt").write_text(COUNCIL.replace("public library", "public observatory"), encoding="utf-8")
    (library / "bridge.txt").unlink()
    (library / "new" / "tunnel.md").parent.mkdir()
    (library / "new" / "tunnel.md").write_text("# Tunnel opens\n\nThe Kessing tunnel opened on Monday.\n", encoding="utf-8")
    (library / "copy.txt").write_text(STRIKE, encoding="utf-8")
    changed = _surveyed(library, cache_folder)
    assert (len(changed), changed.built, changed.reused) == (3, 2, 1)
    assert [str(n) for n in changed.notices] == [f"{library / 'strike.txt'}: same content as {library / 'copy.txt'}; loaded once"]
    loaded = LibrarySession([library], cache=cache_folder)
    loaded.load_all()
    assert [str(n) for n in loaded.notices] == [str(n) for n in changed.notices]  # as the reader and export say it
    assert [changed.path_of(h.location.briefing) for h in changed.search("observatory")] == [str(library / "council.txt")]
    assert [changed.path_of(h.location.briefing) for h in changed.search("kessing")] == [str(library / "new" / "tunnel.md")]
    assert changed.search("harwick") == []  # still in the cache, no longer in the library
    assert main(["search", "kessing", str(library), "--cache", str(cache_folder)]) == 0
    assert "tunnel.md" in capsys.readouterr().out


def test_search_and_export_brief_many_new_files_in_worker_processes_first(
    library: Path, cache_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A library new to the cache is briefed by worker processes before a search's survey or an export's load
    reads it (as `briefing build` does): the same library, hits and counts as one by one, and how far it is told."""
    from briefings.library import build as builds
    from briefings.library import session as sessions

    one_by_one = _surveyed(library, tmp_path / "another cache")
    monkeypatch.setattr(sessions, "FANNED_OUT", 2)
    workers: list[int] = []
    real_build = builds.build
    monkeypatch.setattr(builds, "build", lambda *arguments: workers.append(arguments[3]) or real_build(*arguments))
    told: list[tuple[int, int]] = []
    fanned = LibrarySession([library], cache=cache_folder)
    fanned.survey(lambda done, total: told.append((done, total)), workers=2)
    assert (len(fanned), fanned.built, fanned.reused) == (len(one_by_one), one_by_one.built, one_by_one.reused) == (3, 3, 0)
    assert told[-1] == (3, 3) and workers == [2]
    for query in ("harwick", "library", "strike"):
        assert [(h.location, h.snippet) for h in fanned.search(query)] == [(h.location, h.snippet) for h in one_by_one.search(query)]
    assert [str(n) for n in fanned.notices] == [str(n) for n in one_by_one.notices]
    loaded, workers[:] = LibrarySession([library], cache=tmp_path / "a third cache"), []
    assert [batch.done for batch in loaded.load(workers=2)][-1] == 3 and workers == [2]  # as `briefing export` loads
    assert (loaded.built, loaded.reused, sorted(loaded.shelf)) == (3, 0, sorted(fanned.shelf))


def test_briefings_of_older_code_are_never_served(library: Path, cache_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefings.cache import store as cache

    brief_library([library], opened(cache_folder))
    assert _surveyed(library, cache_folder).built == 0
    monkeypatch.setattr(cache, "extractor_version", lambda: "0.0-a-newer-release")
    assert _surveyed(library, cache_folder).built == 3
    assert brief_library([library], opened(cache_folder)).built == 0  # and now known as this version's


def test_the_library_is_listed_as_the_user_sees_it(write, tmp_path: Path) -> None:
    from briefings.readers.discovery import article_files

    target = write("elsewhere/target.txt", STRIKE)
    write("lib/b.txt", BRIDGE)
    write("lib/a.md", COUNCIL)
    write("lib/sub/c.txt", BRIDGE)
    write("lib/.hidden/d.txt", BRIDGE)
    write("lib/.e.txt", BRIDGE)
    (tmp_path / "lib" / "link.txt").symlink_to(target)
    (tmp_path / "lib" / "folder-link").symlink_to(target.parent, target_is_directory=True)
    files, notices = article_files([tmp_path / "lib"])
    assert [os.path.relpath(f.path, tmp_path / "lib") for f in files] == ["a.md", "b.txt", "link.txt", os.path.join("sub", "c.txt")]
    assert files[2].real == str(target.resolve()) and files[2].stat == (target.stat().st_size, target.stat().st_mtime_ns)
    assert not notices


def test_the_links_of_an_unchanged_library_are_stored_and_found_again(seeds: Path, any_store: CacheStore) -> None:
    from briefings.library.linking import link_library

    store = any_store
    briefings = brief_library([seeds], store).briefings
    links = link_library({b.id: b for b in briefings}, store)
    assert links.crossrefs and links.stories and links.entities
    assert store.links([b.id for b in briefings]) == links
    assert store.links([b.id for b in reversed(briefings)]) is None  # another library (order counts): found anew
    assert link_library({b.id: b for b in briefings}, store) == links


def test_a_change_to_the_extraction_code_makes_new_cache_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefings.cache import store

    (tmp_path / "extract").mkdir()
    (tmp_path / "extract" / "figures.py").write_text("RULE = 1\n", encoding="utf-8")
    monkeypatch.setattr(store, "_PACKAGE", tmp_path)
    before = store._code_version(["extract/*.py"])
    assert store._code_version(["extract/*.py"]) == before
    (tmp_path / "extract" / "figures.py").write_text("RULE = 2\n", encoding="utf-8")
    assert store._code_version(["extract/*.py"]) != before


def test_a_store_lists_every_briefing_it_holds_with_a_file_it_was_read_from(library: Path, any_store: CacheStore) -> None:
    brief_library([library], any_store)
    listed = any_store.cards()
    assert sorted(card.title or "" for _, card in listed) == ["Bridge reopens after repairs", "Dockworkers strike shuts Port of Valmora", "Valmora council backs new library"]
    assert {Path(card.path).name for _, card in listed} == {"strike.txt", "council.txt", "bridge.txt"}
    assert all(key.startswith(card.id + ":") for key, card in listed)
