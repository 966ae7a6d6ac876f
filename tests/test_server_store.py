"""The PostgreSQL store: the same search as the SQLite cache, several builders and readers at once, and its
faults said in one line that names the server and never its password."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings.cache.faults import ServerError
from briefings.cache.server import SCHEMA, SCHEMA_VERSION, ServerStore
from briefings.cache.store import Store, passage_rows
from briefings.cli import main
from briefings.library.build import build
from briefings.library.session import LibrarySession
from tests.helpers import brief_library
from tests.postgres import PASSWORD

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "news" / "dev"

# Every syntax: words, phrases, prefixes while typing, each field filter (alone, with a phrase, with words), a
# word in most passages (ranked from the first matches), diacritics, no match, and what looks like FTS5's syntax.
QUERIES = [
    ("police", False),
    ("police said", False),
    ('"prime minister"', False),
    ('"said on"', False),
    ("presid", True),
    ('"the pol', True),
    ("figure:million", False),
    ('figure:"per cent"', False),
    ("figure:year people", False),
    ("caveat:could", False),
    ("entity:london", False),
    ("faq:why", False),
    ("summary:police", False),
    ("timeline:2014", False),
    ("text:officials", False),
    ("title:world", False),
    ("lede:said", False),
    ("the", False),
    ("the said", False),
    ("cafe", False),
    ("zzzyzx", False),
    ('AND OR NOT "unclosed', False),
]


@pytest.fixture(scope="module")
def dev_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Store:
    if not DEV.is_dir():
        pytest.skip("the dev set is not beside the repository")
    store, _ = Store.open(tmp_path_factory.mktemp("dev-cache"))
    assert store is not None
    brief_library([DEV], store)
    return store


def test_the_server_finds_what_the_cache_finds_in_the_same_order(dev_sqlite: Store, server: str) -> None:
    remote = ServerStore.open(server)
    assert len(brief_library([DEV], remote).briefings) >= 30
    for query, typing in QUERIES:
        here, there = dev_sqlite.search(query, typing=typing), remote.search(query, typing=typing)
        assert [(h.location, h.title, h.snippet, h.marks) for h in there] == [(h.location, h.title, h.snippet, h.marks) for h in here], query
        assert [h.score for h in there] == pytest.approx([h.score for h in here], rel=1e-9), query
        assert remote.tally(query, typing=typing) == dev_sqlite.tally(query, typing=typing), query
    assert len(remote.search("police")) == 20 and remote.search("zzzyzx") == []


def _one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if "postgresql://" in line]
    assert len(lines) == 1, text
    assert PASSWORD not in text and "\n" not in lines[0]
    return lines[0]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_server_out_of_reach_is_one_line_and_the_library_still_loads(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    port = _free_port()
    url = f"postgresql://briefing:{PASSWORD}@127.0.0.1:{port}/news"
    assert main(["search", "said", str(seeds), "--store", url]) == 0
    out, err = capsys.readouterr()
    assert out  # found, in memory
    line = _one_line(err)
    assert f"postgresql://briefing@127.0.0.1:{port}/news" in line and "cannot connect" in line and "going on in memory" in line


def test_a_wrong_password_is_one_line_without_the_password(seeds: Path, server: str, capsys: pytest.CaptureFixture[str]) -> None:
    wrong = server.replace(PASSWORD, "not-the-" + PASSWORD)
    with pytest.raises(ServerError) as failed:
        ServerStore.open(wrong)
    assert failed.value.reason == "authentication failed" and PASSWORD not in str(failed.value)
    assert main(["build", str(seeds), "--store", wrong]) != 0
    assert "authentication failed" in _one_line(capsys.readouterr().err)


def test_a_statement_that_takes_too_long_is_one_line(server: str) -> None:
    ServerStore.open(server).close()
    patient = ServerStore.open(server + "?options=-c%20statement_timeout%3D300")
    with psycopg.connect(server) as holder:
        holder.execute(f"LOCK TABLE {SCHEMA}.briefings IN ACCESS EXCLUSIVE MODE")  # held until this block ends
        with pytest.raises(ServerError) as failed:
            patient.holds("some-key")
    assert "statement_timeout" in failed.value.reason and "\n" not in str(failed.value)


def _terminate_others(server: str) -> None:
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")


def _consistent(server: str) -> tuple[int, dict[str, int]]:
    """How many briefings the server holds, and its passages by briefing; every briefing has its card and its
    passages, exactly those its briefing indexes."""
    store = ServerStore.open(server)
    with store.connection.cursor() as cursor:
        keys = [key for (key,) in cursor.execute(f"SELECT key FROM {SCHEMA}.briefings")]
        indexed = dict(cursor.execute(f"SELECT briefing, count(*) FROM {SCHEMA}.passages GROUP BY briefing").fetchall())
        cards = cursor.execute(f"SELECT count(*) FROM {SCHEMA}.cards").fetchone()
    for key in keys:
        briefing = store.briefing(key)
        assert briefing is not None and indexed[key] == len(passage_rows(briefing))
    assert cards == (len(keys),)
    store.close()
    return len(keys), indexed


def test_a_connection_lost_mid_build_is_made_again_and_every_article_stored_once(dev_sqlite: Store, server: str) -> None:
    def lose_connection(done: int, total: int) -> None:
        if done in (6, 20):
            _terminate_others(server)

    report = build([DEV], server=server, progress=lose_connection)
    expected = dev_sqlite.connection.execute("SELECT count(*) FROM briefings").fetchone()[0]
    assert report.built == expected and _consistent(server)[0] == expected
    session = LibrarySession([], server=server)  # a reader whose connection is lost between two searches goes on
    session.load_all()
    assert session.search("police")
    _terminate_others(server)
    assert session.search("police") and not session.notices


def test_a_server_that_turns_the_builder_away_stops_the_build_and_the_next_one_goes_on(dev_sqlite: Store, server: str) -> None:
    ServerStore.open(server).close()
    with psycopg.connect(server, autocommit=True) as owner:
        owner.execute("DROP ROLE IF EXISTS builder")
        owner.execute("CREATE ROLE builder LOGIN PASSWORD 'builder-pw'")
        owner.execute(f"GRANT USAGE ON SCHEMA {SCHEMA} TO builder")
        owner.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {SCHEMA} TO builder")
        owner.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {SCHEMA} TO builder")
    builder = server.replace(f"briefing:{PASSWORD}@", "builder:builder-pw@")

    def turn_away(done: int, total: int) -> None:
        if done == 6:
            with psycopg.connect(server, autocommit=True) as owner:
                owner.execute("ALTER ROLE builder NOLOGIN")
            _terminate_others(server)

    with pytest.raises(ServerError) as failed:
        build([DEV], server=builder, progress=turn_away)
    assert "cannot connect" in failed.value.reason and "not permitted to log in" in failed.value.reason
    assert "builder-pw" not in str(failed.value) and "\n" not in str(failed.value)
    stored, _ = _consistent(server)
    assert 0 < stored <= 6  # nothing half-written: what was stored is whole
    with psycopg.connect(server, autocommit=True) as owner:
        owner.execute("ALTER ROLE builder LOGIN")
    again = build([DEV], server=builder)
    assert again.reused >= stored and again.built + again.reused >= 37
    expected = dev_sqlite.connection.execute("SELECT count(*) FROM briefings").fetchone()[0]
    assert _consistent(server)[0] == expected
    assert build([DEV], server=builder).built == 0


_READER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from briefings.cache.server import SCHEMA, ServerStore
    from briefings.cache.store import cache_key
    store, stop, checks = ServerStore.open(sys.argv[1]), Path(sys.argv[2]), 0
    half = (f"SELECT count(*) FROM {SCHEMA}.briefings AS b WHERE NOT EXISTS (SELECT 1 FROM {SCHEMA}.cards AS c WHERE c.key = b.key)"
            f" OR NOT EXISTS (SELECT 1 FROM {SCHEMA}.passages AS p WHERE p.briefing = b.key)")
    while not stop.exists() or checks < 3:
        assert store.connection.execute(half).fetchone()[0] == 0, "a briefing without its card or passages"
        for hit in store.search("said", limit=5):  # a hit's briefing is whole as soon as it is found
            assert store.briefing(cache_key(hit.location.briefing)) is not None
        checks += 1
    print(checks)
    """
)


def test_four_builders_and_two_readers_share_one_server(dev_sqlite: Store, server: str, tmp_path: Path) -> None:
    ServerStore.open(server).close()  # the schema made once, before they all start
    stop = tmp_path / "stop"
    command = [sys.executable, "-c", "import sys; from briefings.cli import main; sys.exit(main())", "build", str(DEV), "--store", server, "--workers", "1"]
    builders = [subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True) for _ in range(4)]
    readers = [subprocess.Popen([sys.executable, "-c", _READER, server, str(stop)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    said = [builder.communicate(timeout=300)[1] for builder in builders]
    stop.touch()
    read = [reader.communicate(timeout=60) for reader in readers]
    assert all(builder.returncode == 0 for builder in builders), said
    assert all(reader.returncode == 0 and int(out) >= 3 for reader, (out, _) in zip(readers, read, strict=True)), read
    built = [int(err.rsplit("built ", 1)[1].split(",")[0].replace(",", "")) for err in said]
    expected = dev_sqlite.connection.execute("SELECT count(*) FROM briefings").fetchone()[0]
    assert sum(built) == expected  # every article briefed and stored exactly once, by one of the four
    stored, indexed = _consistent(server)
    assert stored == expected
    here = dict(dev_sqlite.connection.execute("SELECT briefing, count(*) FROM passage_places GROUP BY briefing").fetchall())
    assert indexed == here


def test_a_store_of_a_newer_version_is_refused_and_an_older_one_migrated(server: str) -> None:
    ServerStore.open(server).close()
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f"UPDATE {SCHEMA}.version SET version = %s", (SCHEMA_VERSION + 1,))
        with pytest.raises(ServerError) as failed:
            ServerStore.open(server)
        assert "newer version" in failed.value.reason
        connection.execute(f"DROP SCHEMA {SCHEMA} CASCADE")
        connection.execute(f"CREATE SCHEMA {SCHEMA}")
        connection.execute(f"CREATE TABLE {SCHEMA}.version (version integer NOT NULL)")
        connection.execute(f"INSERT INTO {SCHEMA}.version VALUES (0)")
    store = ServerStore.open(server)  # from version 0: every migration
    assert store.connection.execute(f"SELECT version FROM {SCHEMA}.version").fetchone() == (SCHEMA_VERSION,)


def test_the_reader_and_search_go_through_the_server_named(seeds: Path, server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BRIEFING_STORE", server)
    session = LibrarySession([seeds], server=server)
    session.load_all()
    assert session.built == 2 and isinstance(session.store, ServerStore) and not session.notices
    assert main(["search", "figure:million", str(seeds)]) == 0  # $BRIEFING_STORE: the server, whose briefings are used
    assert "million" in capsys.readouterr().out.lower()
    again = LibrarySession([seeds], server=server)
    again.load_all()
    assert (again.built, again.reused) == (0, 2)
    assert again.links().crossrefs == session.links().crossrefs
    assert [hit.location for hit in again.search("strike")] == [hit.location for hit in session.search("strike")]


def test_a_user_who_may_only_read_and_write_the_tables_uses_a_store_made_by_another(seeds: Path, server: str) -> None:
    ServerStore.open(server).close()  # made by the owner
    with psycopg.connect(server, autocommit=True) as owner:
        owner.execute("DROP ROLE IF EXISTS desk")
        owner.execute("CREATE ROLE desk LOGIN PASSWORD 'desk-pw'")
        owner.execute("REVOKE CREATE ON DATABASE postgres FROM PUBLIC")
        owner.execute(f"GRANT USAGE ON SCHEMA {SCHEMA} TO desk")
        owner.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {SCHEMA} TO desk")
        owner.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {SCHEMA} TO desk")
    desk = server.replace(f"briefing:{PASSWORD}@", "desk:desk-pw@")
    session = LibrarySession([seeds], server=desk)
    session.load_all()
    assert session.built == 2 and not session.notices and isinstance(session.store, ServerStore)
    assert session.search("said")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=300), context=st.text(max_size=100))
def test_any_words_make_a_vector_the_server_takes_and_each_word_is_found_in_it(server: str, text: str, context: str) -> None:
    """Whatever the text (quotes, backslashes, any script), its words are a tsvector literal the server parses,
    and a query of each word, as `search` makes it, matches that vector."""
    from briefings.cache.server import _tsquery, _vector
    from briefings.search.hits import terms
    from briefings.search.query import Phrase, plain

    words, around = plain(" ".join(terms(text))), plain(" ".join(terms(context)))
    with psycopg.connect(server, autocommit=True) as connection:
        vector = connection.execute("SELECT %s::tsvector", (_vector(None, words, around),)).fetchone()
        assert vector is not None
        for word in set(words.split()):
            query = _tsquery(Phrase((word,), None), "")
            assert connection.execute("SELECT %s::tsvector @@ %s::tsquery", (_vector("figures", words, around), query)).fetchone() == (True,)


async def test_with_a_server_and_no_path_the_library_is_every_article_it_holds(
    seeds: Path, server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A colleague without the files reads, searches and exports what the team's builders stored."""
    from briefings.config import Settings
    from tests.test_app import SIZE, loaded
    from tui.app import BriefingApp

    assert build([seeds], server=server).built == 2
    monkeypatch.chdir(tmp_path)  # no article file anywhere near
    session = LibrarySession([], server=server)
    session.load_all()
    assert session.whole_store and len(session) == 2 and session.built == 0
    assert session.search("said") and session.links().stories
    assert main(["export", "--format", "json", "--store", server]) == 0
    exported = capsys.readouterr().out
    assert len(json.loads(exported)["briefings"]) == 2 and PASSWORD not in exported
    # Another builder's article appears when the library is looked at again (r, in the reader).
    (tmp_path / "new.txt").write_text("Bridge reopens\nThe Harwick bridge reopened on Friday after 8 months of repairs.\n", encoding="utf-8")
    app = BriefingApp([], Settings(store=server))
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        assert len(screen.listed) == 2 and screen.current is not None
        assert build([tmp_path], server=server).built == 1
        await pilot.press("r")
        for _ in range(200):
            await pilot.pause(0.05)
            if len(screen.listed) == 3:
                break
        assert len(screen.listed) == 3
    changes = session.refresh()
    assert [card.title for card in changes.added] == ["Bridge reopens"] and changes.removed == []
