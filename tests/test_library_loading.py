"""Loading files and folders: every bad input gets one line naming the file, the rest still loads."""

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefings import DEFAULT_MAX_BYTES
from briefings.library.session import LibrarySession
from briefings.model.article import Article
from briefings.readers.discovery import ARTICLE_SUFFIXES, Notice
from briefings.readers.formats import READERS


@dataclass
class Loaded:
    articles: list[Article]
    notices: list[Notice]

    @property
    def errors(self) -> list[Notice]:
        return [n for n in self.notices if n.error]


def load_library(paths: Iterable[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """The library of `paths` as the service loads it: its articles and what was said."""
    session = LibrarySession(list(paths), max_bytes)
    session.load_all()
    return Loaded([session.shelf[briefing_id].article for briefing_id in session.shelf], session.notices)

GOOD = "Officials approved 40 new schools on Monday.\nThe plan costs $2 billion.\n"


def test_folders_load_recursively_and_skip_unknown_types(write, tmp_path) -> None:
    write("a.txt", GOOD)
    write("nested/deeper/b.md", "# Title here\n\nThe vote passed 52 to 48.\n")
    write("nested/photo.png", b"\x89PNG\r\n")
    write(".hidden.txt", GOOD + "hidden")
    library = load_library([tmp_path])
    assert sorted(Path(a.path).name for a in library.articles) == ["a.txt", "b.md"]
    assert [str(n) for n in library.notices] == [f"{tmp_path}: skipped 1 file(s) of unknown type (.png)"]
    assert not library.errors


def test_identical_files_load_once(write, tmp_path) -> None:
    first, second = write("one.txt", GOOD), write("two.txt", GOOD)
    library = load_library([first, second])
    assert len(library.articles) == 1
    assert library.notices[0].path == str(second) and "loaded once" in library.notices[0].reason


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t\n", "empty file"),
        ("binary.txt", bytes(range(256)) * 64, "binary data"),
        ("promo.txt", b"Subscribe to our newsletter.\nFollow us on Facebook.\n", "no article text found besides boilerplate"),
    ],
)
def test_bad_files_are_reported_and_others_load(write, name: str, content: bytes, reason: str) -> None:
    bad, good = write(name, content), write("good.txt", GOOD)
    library = load_library([bad, good])
    assert [Path(a.path).name for a in library.articles] == ["good.txt"]
    assert len(library.errors) == 1
    assert library.errors[0].path == str(bad) and reason in library.errors[0].reason


def test_invalid_utf8_loads_as_cp1252_with_a_note(write) -> None:
    path = write("legacy.txt", "Prices rose 5% \u2014 \u201csharply\u201d.\n".encode("cp1252"))
    library = load_library([path])
    assert library.articles[0].text == "Prices rose 5% \u2014 \u201csharply\u201d."
    assert not library.errors and "not valid UTF-8" in library.notices[0].reason


def test_missing_path_and_folder_without_articles(write, tmp_path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    missing = tmp_path / "nope.txt"
    library = load_library([empty, missing, write("good.txt", GOOD)])
    assert len(library.articles) == 1
    assert [(n.path, n.reason.split(" (")[0]) for n in library.errors] == [
        (str(empty), "no articles in this folder"),
        (str(missing), "no such file or folder"),
    ]


def test_unreadable_file(write, monkeypatch) -> None:
    locked = write("locked.txt", GOOD)
    original = os.open

    def opening(path: str | Path, *args: int) -> int:  # tests run as root, whom file modes do not stop
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied")
        return original(path, *args)

    monkeypatch.setattr(os, "open", opening)
    library = load_library([locked, write("good.txt", GOOD + "More.\n")])
    assert len(library.articles) == 1
    assert str(library.errors[0]) == f"{locked}: cannot read: permission denied"


def test_size_limit(write) -> None:
    big = write("big.txt", GOOD * 2000)
    library = load_library([big], max_bytes=10_000)
    assert not library.articles
    assert "too large" in library.errors[0].reason and "limit" in library.errors[0].reason
    assert load_library([big], max_bytes=1_000_000).articles


def test_every_file_type_discovery_finds_has_a_reader() -> None:
    assert set(ARTICLE_SUFFIXES) == set(READERS)


def test_a_server_that_fails_is_named_once_in_the_notice() -> None:
    """The loader goes on in memory when the store fails; a server's failure already names the server."""
    from briefings.cache.faults import ServerError
    from briefings.cache.store import Store
    from briefings.library.loading import Loader

    notices: list[Notice] = []
    loader = Loader(Store.in_memory(), DEFAULT_MAX_BYTES, notices)
    server = loader.store.name
    loader.recover(ServerError(server, "the connection was lost"))
    assert loader.emptied and len(notices) == 1
    assert str(notices[0]).count(server) == 1 and "(the connection was lost); going on in memory" in str(notices[0])
