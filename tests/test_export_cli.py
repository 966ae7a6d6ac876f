"""`briefing export`: one briefing or a folder of them, safe names, atomic writes, --force."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from briefings.cli import main
from briefings.export import files as atomic_files
from tests.helpers import SEED_000, SEED_002, brief_library
from tests.test_export_markdown import PARSER, parse


def test_one_article_by_title_words_to_stdout(seeds: Path, capsys) -> None:
    assert main(["export", "--format", "md", "--article", "policy shift", str(seeds)]) == 0
    parsed = parse(capsys.readouterr().out)
    assert parsed.title.startswith("China clears first Nvidia H200")


def test_one_article_is_exported_without_linking_the_library(seeds: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from briefings.library.session import LibrarySession

    def refuse(self: LibrarySession) -> None:
        raise AssertionError("linked the whole library for one article")

    monkeypatch.setattr(LibrarySession, "links", refuse)
    assert main(["export", "--format", "json", "--article", "policy shift", str(seeds)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert len(document["briefings"]) == 1 and document["crossrefs"] == [] and document["stories"] == []


def test_json_written_briefing_by_briefing_is_the_document_serialized_whole(seeds: Path) -> None:
    from pydantic import TypeAdapter
    from pydantic_core import to_json

    from briefings import __version__
    from briefings.export.as_json import briefing_json, library_json
    from briefings.library.linking import link_library
    from briefings.linking.crossref import CrossRef
    from briefings.linking.entities import LibraryEntity, entity_index

    briefings = brief_library([seeds], None).briefings
    links = link_library({b.id: b for b in briefings})
    whole = {
        "generator": f"briefing {__version__}",
        "briefings": [briefing_json(b) for b in briefings],
        "crossrefs": TypeAdapter(list[CrossRef]).dump_python(links.crossrefs, mode="json", exclude_none=True),
        "stories": [story.model_dump(mode="json") for story in links.stories],
        "entity_index": TypeAdapter(list[LibraryEntity]).dump_python(entity_index(briefings).entities, mode="json"),
    }
    assert links.crossrefs and links.stories and whole["entity_index"][0]["mentions"]
    assert library_json(briefings, links.crossrefs, links.stories) == to_json(whole, indent=1).decode() + "\n"
    assert json.loads(library_json([])) == {"generator": whole["generator"], "briefings": [], "crossrefs": [], "stories": [], "entity_index": []}


def test_an_article_by_id_prefix(seeds: Path, capsys) -> None:
    main(["export", "--format", "json", str(seeds / SEED_000)])
    import json

    identifier = json.loads(capsys.readouterr().out)["briefings"][0]["id"]
    assert main(["export", "--format", "md", "--article", identifier[:6], str(seeds)]) == 0
    assert parse(capsys.readouterr().out).title.startswith("China has authorized")


@pytest.mark.parametrize(("key", "message"), [("zebra crossing", "no article has"), ("china", "2 articles match")])
def test_an_article_that_is_not_found_or_ambiguous_gets_one_line(seeds: Path, capsys, key: str, message: str) -> None:
    assert main(["export", "--format", "md", "--article", key, str(seeds)]) == 1
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and message in error[0]


def test_several_briefings_to_stdout_come_after_their_story_and_keep_their_footnotes_apart(seeds: Path, capsys) -> None:
    assert main(["export", "--format", "md", str(seeds)]) == 0
    tokens = PARSER.parse(capsys.readouterr().out)
    titles = [tokens[n + 1].content for n, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h1"]
    paragraphs = [tokens[n + 1].content for n, t in enumerate(tokens) if t.type == "paragraph_open"]
    assert len(titles) == 3 and paragraphs[0].startswith("Story from 2 sources")
    labels = [t.meta["label"] for t in tokens if t.type == "footnote_open"]
    assert len(labels) == len(set(labels)) > 0


def test_a_folder_gets_one_file_each_with_safe_unique_names_and_an_index(write, tmp_path: Path, capsys) -> None:
    for name in ("a.txt", "b.txt"):
        write(f"in/{name}", f"Same title here\n\nThe Kestrelford council approved {name} $3 million for the Orvane bridge, mayor Ilsa Varkonyi said.\n")
    write("in/c.txt", "../../etc/passwd\n\nThe mayor said 40 people attended the meeting.\n")
    out = tmp_path / "out"
    assert main(["export", "--format", "md", str(tmp_path / "in"), "-o", f"{out}/"]) == 0
    names = sorted(p.name for p in out.iterdir())
    # The two council articles tell one event: they are a story too, listed first in the index.
    assert names == ["etc-passwd.md", "index.md", "same-title-here-2.md", "same-title-here.md", "story-same-title-here.md"]
    index = PARSER.parse((out / "index.md").read_text(encoding="utf-8"))
    links = [c.attrs["href"] for t in index for c in t.children or [] if c.type == "link_open"]
    assert links[0] == "story-same-title-here.md"
    assert sorted(links[1:]) == ["etc-passwd.md", "same-title-here-2.md", "same-title-here.md"]
    assert "wrote 3 briefing(s) and 1 story" in capsys.readouterr().err


def test_an_existing_file_is_replaced_only_with_force(seeds: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "briefing.md"
    target.write_text("mine\n", encoding="utf-8")
    arguments = ["export", "--format", "md", "--article", "policy shift", str(seeds), "-o", str(target)]
    assert main(arguments) == 1
    assert "already exists" in capsys.readouterr().err and target.read_text(encoding="utf-8") == "mine\n"
    assert main([*arguments, "--force"]) == 0
    assert target.read_text(encoding="utf-8").startswith("# China clears")


def test_an_empty_file_holds_nothing_to_lose_and_is_replaced(seeds: Path, tmp_path: Path) -> None:
    target = tmp_path / "made-by-mktemp"
    target.write_bytes(b"")
    assert main(["export", "--format", "json", str(seeds), "-o", str(target)]) == 0
    assert len(json.loads(target.read_text(encoding="utf-8"))["briefings"]) == 2


def test_several_briefings_to_one_markdown_file_are_refused(seeds: Path, tmp_path: Path, capsys) -> None:
    assert main(["export", "--format", "md", str(seeds), "-o", str(tmp_path / "all.md")]) == 1
    assert "give a folder" in capsys.readouterr().err
    assert not (tmp_path / "all.md").exists()


def test_a_write_that_fails_halfway_leaves_the_old_file_and_no_partial_one(
    seeds: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    target = tmp_path / "briefing.md"
    target.write_text("the old briefing\n", encoding="utf-8")
    real_fdopen = os.fdopen

    class DiskFills:
        """A stream that takes half of what it is given, then reports a full disk."""

        def __init__(self, stream) -> None:
            self.stream = stream

        def write(self, text: str) -> int:
            self.stream.write(text[: len(text) // 2])
            self.stream.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def __getattr__(self, name: str):
            return getattr(self.stream, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc_info) -> None:
            self.stream.close()

    monkeypatch.setattr(atomic_files.os, "fdopen", lambda *a, **k: DiskFills(real_fdopen(*a, **k)))
    arguments = ["export", "--format", "md", "--article", "policy shift", str(seeds / SEED_002), "-o", str(target), "--force"]
    assert main(arguments) == 1
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and "No space left on device" in error[0] and "briefing.md" in error[0]
    assert target.read_text(encoding="utf-8") == "the old briefing\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.md"]


def test_an_unwritable_folder_gives_one_line_and_status_1(seeds: Path, tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    assert main(["export", "--format", "md", str(seeds), "-o", f"{blocker}/sub/"]) == 1
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and "cannot write" in error[0]
