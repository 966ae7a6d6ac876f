"""Library search: every briefing item and the article text, ranked, one hit per passage, words marked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.cache.store import Store, cache_key
from briefings.extract import build_briefing
from briefings.model.briefing import Briefing
from briefings.search.hits import MIN_PREFIX, SearchHit, terms
from tests.helpers import SEED_000, read_text_article


class MemoryIndex:
    """The cache's index in memory, searched as the reader searches while typing (the last word is a prefix
    until a space follows it)."""

    def __init__(self) -> None:
        self.store = Store.in_memory()

    def add(self, briefing: Briefing) -> None:
        self.store.put(cache_key(briefing.id), briefing)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        return self.store.search(query, limit, typing=not query[-1:].isspace())


@pytest.fixture(scope="module")
def seed_index(seeds: Path) -> tuple[MemoryIndex, dict[str, Briefing]]:
    index = MemoryIndex()
    briefings = {}
    for path in sorted(seeds.glob("*.txt")):
        briefing = build_briefing(read_text_article(path))
        briefings[path.name] = briefing
        index.add(briefing)
    return index, briefings


def brief(write: Callable[[str, str], Path], name: str, text: str) -> Briefing:
    return build_briefing(read_text_article(write(name, text)))


def test_terms_keep_numbers_whole_and_fold_case_and_possessives() -> None:
    assert terms("Nvidia’s 400,000 H200 chips, U.S. officials' view") == ["nvidia", "400,000", "h200", "chips", "u.s", "officials", "view"]


def test_a_figure_ranks_above_the_sentence_it_quotes(seed_index) -> None:
    index, briefings = seed_index
    hits = index.search("400,000")
    assert hits[0].location.briefing == briefings[SEED_000].id
    assert hits[0].section == "Key figures"
    assert "400,000" in briefings[SEED_000].figures[hits[0].location.item].text


def test_every_word_must_be_found(seed_index) -> None:
    index, briefings = seed_index
    by_id = {b.id: b for b in briefings.values()}
    assert index.search("nvidia xyzzy") == []
    hits = index.search("beijing approval ")
    assert hits
    for hit in hits:
        passage = by_id[hit.location.briefing].article.passage(hit.location.span)
        assert {"beijing", "approval"} <= set(terms(passage))


def test_the_last_word_completes_while_typed_but_not_after_a_space(seed_index) -> None:
    index, _ = seed_index
    typed = index.search("tence")
    assert typed and all("tencent" in terms(hit.snippet) or hit.section == "Entities" for hit in typed)
    assert index.search("tence ") == []


def test_short_prefixes_match_whole_words_only(seed_index) -> None:
    index, _ = seed_index
    assert index.search("te"[: MIN_PREFIX - 1]) == []
    assert index.search("ai")  # "AI" is a whole word of the seeds


def test_marks_cover_exactly_the_matched_words(seed_index) -> None:
    index, _ = seed_index
    hits = index.search("nvidia chips")
    assert hits
    for hit in hits:
        assert hit.marks
        for start, end in hit.marks:
            assert terms(hit.snippet[start:end])[0] in {"nvidia", "chips"}


def test_one_hit_per_passage_ranked_best_first(seed_index) -> None:
    index, _ = seed_index
    hits = index.search("h200")
    passages = [(hit.location.briefing, hit.location.span.start) for hit in hits]
    assert len(passages) == len(set(passages))
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)
    assert len(index.search("h200", limit=3)) == 3


def test_articles_added_later_are_found(write) -> None:
    index = MemoryIndex()
    index.add(brief(write, "a.txt", "Harbour plans\n\nThe harbour authority approved a new pier on Monday.\n"))
    assert index.search("pier")
    assert index.search("lighthouse") == []
    index.add(brief(write, "b.txt", "Coast news\n\nA lighthouse reopened and the pier was painted.\n"))
    assert len(index.search("pier")) == 2
    assert index.search("lighthouse")[0].title == "Coast news"


def test_the_word_typed_in_full_ranks_above_longer_words_it_begins(write) -> None:
    index = MemoryIndex()
    text = "Industry news\n\nMarkets opened higher on Monday.\n\nThe chipmaker reported sales.\n\nThe chip reported sales.\n"
    index.add(brief(write, "a.txt", text))
    hits = index.search("chip")
    assert hits[0].snippet.startswith("The chip reported")
    assert any(hit.snippet.startswith("The chipmaker") for hit in hits)


def test_a_hit_marks_whole_words_only_as_the_index_reads_them() -> None:
    from briefings.search.hits import Marker

    text = "Nvidia's 400,000 chips (not 1,400,000) reached Port Nvidiana; NVIDIA shipped 400,000."
    marked = [text[s:e] for s, e in Marker({"nvidia", "400,000"}).marks(text)]
    assert marked == ["Nvidia's", "400,000", "NVIDIA", "400,000"]
    assert [text[s:e] for s, e in Marker(set(), ("nvid",)).marks(text)] == ["Nvidia's", "Nvidiana", "NVIDIA"]
    assert Marker(set()).marks(text) == []


def test_without_a_cache_the_command_finds_the_same_hits_with_the_same_syntax(seeds: Path, tmp_path: Path, capsys) -> None:
    import json

    from briefings.cli import main

    query = 'figure:400,000 "exact terms"'
    (tmp_path / "a-file").write_text("not a folder")
    found = []
    for cache in (tmp_path / "cache", tmp_path / "a-file" / "cache"):  # the second cannot be made: in memory
        assert main(["search", query, str(seeds), "--cache", str(cache), "--json"]) == 0
        out, err = capsys.readouterr()
        found.append(json.loads(out)["hits"])
        assert ("going on in memory" in err) == (cache.parent.name == "a-file")
    assert found[0] == found[1] and len(found[0]) == 1
    assert found[0][0]["section"] == "Key figures" and "exact terms" in found[0][0]["snippet"]


def test_the_name_index_finds_names_by_the_words_typed_so_far() -> None:
    from briefings.search.names import NameIndex, NameKind

    names = NameIndex()
    names.add(NameKind.ARTICLE, [("Dockworkers strike shuts Port of Valmora", "a1"), ("Valmora council backs library", "a2")])
    names.add(NameKind.ENTITY, [("Port of Valmora", "Port of Valmora"), ("Meridian Terminals", "Meridian Terminals"), ("Zoë Ünal", "Zoë Ünal")])
    assert [p.name for p in names.find("valm")] == [
        "Valmora council backs library",  # begins with the words typed
        "Dockworkers strike shuts Port of Valmora",
        "Port of Valmora",
    ]
    assert [p.target for p in names.find("port val")] == ["Port of Valmora", "a1"]
    assert [p.target for p in names.find("port val", kind=NameKind.ARTICLE)] == ["a1"]
    assert [p.name for p in names.find("zoe un")] == ["Zoë Ünal"]  # without diacritics, as typed
    assert names.find("meridian x") == [] and names.find("") == [] and names.find('" * ( ^ NEAR') == []
    assert len(names.find("valmora", limit=1)) == 1 and len(names) == 5


def test_the_name_index_answers_from_other_threads_while_it_is_filled() -> None:
    import threading

    from briefings.search.names import NameIndex, NameKind

    names = NameIndex()
    filling = threading.Thread(target=names.add, args=(NameKind.ENTITY, [(f"Person {n} Okafor", str(n)) for n in range(20_000)]))
    filling.start()
    found = [len(names.find("okafor", limit=5)) for _ in range(50)]
    filling.join()
    assert all(count <= 5 for count in found) and len(names.find("okafor", limit=5)) == 5 and len(names) == 20_000


def test_an_articles_own_title_and_lede_rank_above_another_articles_entity_row(write) -> None:
    index = MemoryIndex()
    about = brief(
        write,
        "about.md",
        "# Harwick ferry fares rise again\n\nThe Harwick ferry raised its fares by 12 percent on Monday, the third rise in a year.\n\n"
        "Commuters said the crossing now costs more than the train. The operator blamed fuel prices.\n",
    )
    aside = brief(
        write,
        "aside.md",
        "# Council approves new library\n\nThe council approved a new library on Tuesday after a long debate.\n\n"
        "Councillor Mary Dunn, who also sits on the board of Harwick Ferries, voted against it.\n",
    )
    index.add(about)
    index.add(aside)
    for n, topic in enumerate(("rail strike", "school budget", "river flood")):  # so that "harwick" is a rare word
        index.add(brief(write, f"other-{n}.md", f"# The {topic}\n\nThe {topic} was discussed on Friday by {n + 3} members.\n"))
    hits = index.search("harwick ")
    assert hits[0].location.briefing == about.id and hits[0].section == "Title and lede"
    assert hits[0].location.section is None  # it goes to the article's text
    assert index.search("title:library ")[0].location.briefing == aside.id


def test_a_word_of_a_figures_sentence_alone_is_no_figure_hit_and_a_figure_filter_still_finds_the_figure(write) -> None:
    index = MemoryIndex()
    briefing = brief(
        write,
        "port.md",
        "# Port report\n\nThe port opened on Monday.\n\nDockers unloaded 4,200 containers of timber from the Baltic last week, a record.\n",
    )
    index.add(briefing)
    timber = index.search("timber ")
    assert len(timber) == 1 and timber[0].section != "Key figures"  # the sentence (here quoted by the summary)
    filtered = index.search("figure:4,200 timber ")
    assert len(filtered) == 1 and filtered[0].section == "Key figures"
    assert "4,200" in briefing.figures[filtered[0].location.item].text


def test_the_tally_counts_every_matching_passage_and_article_of_the_library(seed_index) -> None:
    index, briefings = seed_index
    tally = index.store.tally("nvidia")
    every = index.store.search("nvidia", 10_000)
    assert tally.complete and tally.articles == 2 and tally.matches >= len(every) > 20
    one = briefings[SEED_000].id
    assert index.store.tally("nvidia", among={one}).articles == 1
    assert str(index.store.tally("zzzyzzx")) == "no match"
