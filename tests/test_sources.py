"""News as it arrives, against a web server on 127.0.0.1: pages added by URL, feeds (RSS 2.0, Atom, JSON Feed)
followed and updated with conditional GET, OPML in and out, standard input, and every fault in one line."""

from __future__ import annotations

import contextlib
import gzip
import html
import io
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefings.cli import main
from briefings.library.state import State
from briefings.sources.pages import library_folder
from briefings.sources.web import FetchError, fetch
from tests.web_server import WebServer, serve

HTML = {"Content-Type": "text/html; charset=utf-8"}


@pytest.fixture
def web() -> Iterator[WebServer]:
    yield from serve()


def news_page(title: str, paragraphs: list[str], outlet: str = "Harbour Gazette", published: str = "2026-11-30") -> bytes:
    """A page as news sites make them: navigation, a byline, the article, a newsletter prompt and a footer."""
    body = "".join(f"<p>{html.escape(paragraph)}</p>\n" for paragraph in paragraphs)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | {outlet}</title>
<meta property="og:title" content="{html.escape(title)}"><meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{published}T08:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>{html.escape(title)}</h1><p class="byline">By Dana Whitfield</p>
{body}<aside>Sign up for our morning newsletter</aside></article></main>
<footer>© 2026 {outlet}. All rights reserved.</footer></body></html>""".encode()


FERRY = news_page(
    "Harwick ferry fares rise for the third time this year",
    [
        "The Harwick ferry company raised its fares by 12 percent on Monday, the third increase since January.",
        "A return crossing now costs £18.40, up from £16.40, the operator said in a statement.",
        "Commuters said the rise would push many of the 4,200 daily passengers onto the slower coastal train.",
        "The council's transport committee will review the fares at its meeting on December 9, a spokesperson said.",
    ],
)
LIBRARY = news_page(
    "Council approves new library on the old market site",
    [
        "The Harwick council approved a new public library on the old market site on Tuesday after a long debate.",
        "The building is expected to cost £6.2 million and to open in 2028, officials said.",
        "Seven councillors voted for the plan and two voted against it, citing the cost of the land.",
    ],
)


def rss(web: WebServer, *paths: str) -> bytes:
    items = "".join(
        f"<item><title>Story {path}</title><link>{web.url(path)}</link><guid>{web.url(path)}</guid><description>A short teaser.</description></item>"
        for path in paths
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title><link>{web.base}</link>{items}</channel></rss>'.encode()


def atom(web: WebServer, *paths: str) -> bytes:
    entries = "".join(
        f'<entry><title>Story {path}</title><id>tag:gazette,2026:{path}</id><link href="{web.url(path)}"/><updated>2026-11-30T08:00:00Z</updated></entry>'
        for path in paths
    )
    return f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Atom</title><id>tag:gazette</id><updated>2026-11-30T08:00:00Z</updated>{entries}</feed>'.encode()


def json_feed(web: WebServer, *paths: str) -> bytes:
    items = [{"id": path, "url": web.url(path), "title": f"Story {path}", "content_text": "A teaser."} for path in paths]
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Coast JSON", "items": items}).encode()


def exported(capsys: pytest.CaptureFixture[str]) -> dict:
    return json.loads(capsys.readouterr().out)


# Pages by URL.


def test_a_url_is_fetched_into_the_library_folder_and_read_like_any_page(web: WebServer, capsys) -> None:
    web.routes["/news/harwick-ferry-fares"] = (200, HTML, FERRY)
    url = web.url("/news/harwick-ferry-fares")
    assert main(["add", url]) == 0
    out, err = capsys.readouterr()
    saved = Path(out.strip())
    assert saved.parent == library_folder() and saved.read_bytes() == FERRY and "saved 1 of 1" in err
    assert main(["export", "--format", "json", str(saved)]) == 0
    article = exported(capsys)["briefings"][0]["article"]
    assert article["url"] == url and article["outlet"] == "Harbour Gazette" and article["title"].startswith("Harwick ferry fares")
    assert main(["export", "--format", "md", url]) == 0  # a URL wherever a PATH is
    markdown = capsys.readouterr().out
    shown = url.replace("://", "\\://")  # never a link
    assert f"(from {shown})" in markdown and "](" not in markdown
    assert main(["search", "fares", url]) == 0
    assert "harwick-ferry-fares" in capsys.readouterr().out


def test_the_same_url_again_replaces_its_page_and_a_redirect_keeps_the_final_url(web: WebServer, capsys) -> None:
    web.routes["/old"] = (301, {"Location": "/news/library"}, b"")
    web.routes["/news/library"] = (200, HTML, LIBRARY)
    assert main(["add", web.url("/old"), web.url("/old")]) == 0
    saved = {Path(line) for line in capsys.readouterr().out.split()}
    assert len(saved) == 1
    assert main(["export", "--format", "json", str(saved.pop())]) == 0
    assert exported(capsys)["briefings"][0]["article"]["url"] == web.url("/news/library")


# Standard input.


@pytest.mark.parametrize("command", [["export", "--format", "json"], ["search", "ferry"]])
def test_standard_input_is_an_article_for_each_command(command: list[str], monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FERRY)))
    assert main([*command, "-"]) == 0
    out = capsys.readouterr().out
    assert "stdin-" in out and ("Harwick ferry" in out or "ferry" in out)


def test_standard_input_in_markdown_and_text_keeps_its_format(monkeypatch, capsys) -> None:
    for text, suffix in (("# Ferry fares rise\n\nThe Harwick ferry raised its fares by 12 percent on Monday, the operator said in a statement.\n", ".md"),
                         ("The Harwick ferry raised its fares by 12 percent on Monday, the operator said in a statement to the press.\n", ".txt")):  # fmt: skip
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
        assert main(["export", "--format", "json", "-"]) == 0
        assert exported(capsys)["briefings"][0]["article"]["path"].endswith(suffix)


def test_empty_standard_input_is_one_line(monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"  \n")))
    assert main(["export", "-"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["briefing: standard input: cannot be saved (it held nothing)"]


# Feeds.


@pytest.mark.parametrize("kind", ["rss", "atom", "json"])
def test_a_feed_is_followed_and_updated_and_a_second_update_fetches_nothing_new(kind: str, web: WebServer, capsys) -> None:
    body = {"rss": rss, "atom": atom, "json": json_feed}[kind](web, "/a/ferry", "/a/library")
    web.routes["/a/ferry"] = (200, HTML, FERRY)
    web.routes["/a/library"] = (200, HTML, LIBRARY)

    def feed(request) -> tuple[int, dict[str, str], bytes]:
        if request.headers.get("If-None-Match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"Content-Type": "application/xml" if kind != "json" else "application/feed+json", "ETag": '"v1"'}, body

    web.routes["/feed"] = feed
    assert main(["feeds", "add", web.url("/feed")]) == 0
    assert "following" in capsys.readouterr().err
    assert main(["feeds", "update"]) == 0
    out, err = capsys.readouterr()
    assert len(out.split()) == 2 and "2 new article(s)" in err
    pages = {path.name for path in library_folder().glob("*.html")}
    assert len(pages) == 2
    fetched_before = len(web.requests)
    assert main(["feeds", "update"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "0 new article(s)" in err and "1 feed(s) unchanged" in err
    assert web.requests[fetched_before:] == [("/feed", '"v1"')]  # a conditional GET, and nothing else
    assert main(["export", "--format", "json", str(library_folder())]) == 0
    outlets = {b["article"]["outlet"] for b in exported(capsys)["briefings"]}
    assert outlets == {"Harbour Gazette"}


def test_items_already_taken_are_not_fetched_again_when_the_server_ignores_conditional_get(web: WebServer, capsys) -> None:
    web.routes["/a/ferry"] = (200, HTML, FERRY)
    web.routes["/feed"] = (200, {"Content-Type": "application/rss+xml"}, rss(web, "/a/ferry"))
    assert main(["feeds", "add", web.url("/feed")]) == 0
    assert main(["feeds", "update"]) == 0
    web.routes["/a/library"] = (200, HTML, LIBRARY)
    web.routes["/feed"] = (200, {"Content-Type": "application/rss+xml"}, rss(web, "/a/ferry", "/a/library"))
    capsys.readouterr()
    assert main(["feeds", "update", "--max", "5"]) == 0
    out, _ = capsys.readouterr()
    assert len(out.split()) == 1 and [path for path, _ in web.requests].count("/a/ferry") == 1


def test_an_item_whose_page_fails_falls_back_to_the_feeds_full_text_and_one_without_a_link_is_one_line(web: WebServer, capsys) -> None:
    full = "".join(f"<p>{html.escape(sentence)}</p>" for sentence in [" ".join(["The harbour works went on through the night."] * 12)] * 4)
    body = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Gazette</title>'
        f"<item><title>Harbour works</title><link>{web.url('/gone')}</link><guid>works</guid><content:encoded><![CDATA[{full}]]></content:encoded></item>"
        "<item><title>A linkless teaser</title><guid isPermaLink=\"false\">teaser</guid><description>Short.</description></item>"
        "</channel></rss>"
    ).encode()
    web.routes["/feed"] = (200, {"Content-Type": "application/rss+xml"}, body)
    assert main(["feeds", "add", web.url("/feed")]) == 0
    capsys.readouterr()
    assert main(["feeds", "update"]) == 0
    out, err = capsys.readouterr()
    saved = Path(out.strip())
    assert "harbour works went on" in saved.read_text(encoding="utf-8").lower()
    lines = [line for line in err.splitlines() if "teaser" in line]
    assert lines == [f"briefing: {web.url('/feed')}: the item “A linkless teaser” has no link and no full text; skipped"]


def test_opml_round_trip_and_list_and_remove(web: WebServer, tmp_path: Path, capsys) -> None:
    opml = tmp_path / "subscriptions.opml"
    opml.write_text(
        f'<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body><outline text="News">'
        f'<outline type="rss" text="Gazette" xmlUrl="{web.url("/one")}"/><outline type="rss" text="Coast &amp; Co" xmlUrl="{web.url("/two")}"/>'
        "</outline></body></opml>",
        encoding="utf-8",
    )
    assert main(["feeds", "import", str(opml)]) == 0
    assert "2 feed(s), 2 new" in capsys.readouterr().err
    web.routes["/subscriptions.opml"] = (200, {"Content-Type": "text/x-opml"}, opml.read_bytes())
    assert main(["feeds", "import", web.url("/subscriptions.opml")]) == 0  # an OPML file on the web too
    assert "2 feed(s), 0 new" in capsys.readouterr().err
    web.routes["/not.opml"] = (200, HTML, FERRY)
    assert main(["feeds", "import", web.url("/not.opml")]) == 1
    assert capsys.readouterr().err.startswith(f"briefing: {web.url('/not.opml')}: not OPML")
    assert main(["feeds", "export", "-o", str(tmp_path / "out.opml")]) == 0
    from briefings.sources.follow import read_opml

    assert read_opml((tmp_path / "out.opml").read_bytes()) == [(web.url("/one"), "Gazette"), (web.url("/two"), "Coast & Co")]
    assert main(["feeds", "remove", web.url("/one")]) == 0
    capsys.readouterr()
    assert main(["feeds", "list"]) == 0
    assert capsys.readouterr().out == f"{web.url('/two')}  Coast & Co\n"
    assert main(["feeds", "remove", web.url("/one")]) == 1
    state, _ = State.open()
    assert [feed.url for feed in state.feeds()] == [web.url("/two")]


# Faults: one line each, naming the URL and the reason; nothing already in the library is lost.


def _bomb() -> bytes:
    return gzip.compress(b"\0" * (40 * 1024 * 1024), compresslevel=9)


FAULTS = {
    "/missing": ((404, HTML, b"<html>gone</html>"), "the server answered 404 Not Found"),
    "/broken": ((500, HTML, b"<html>oops</html>"), "the server answered 500 Internal Server Error"),
    "/loop": ((302, {"Location": "/loop"}, b""), "too many redirects (more than 5; a loop?)"),
    "/image.png": ((200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + b"\0" * 100), "not an HTML page (image/png)"),
    "/huge": ((200, {**HTML, "Content-Length": str(50 * 1024 * 1024)}, b"<html>"), "too large (50.0 MB; the limit is 10 MB)"),
    "/bomb": ((200, {**HTML, "Content-Encoding": "gzip"}, b""), "too large (more than 10 MB once decoded)"),
}


@pytest.mark.parametrize("path", list(FAULTS))
def test_each_fault_of_a_url_is_one_line_and_the_library_keeps_what_it_had(path: str, web: WebServer, capsys) -> None:
    (response, reason) = FAULTS[path]
    web.routes[path] = (response[0], response[1], _bomb()) if path == "/bomb" else response
    web.routes["/news/ferry"] = (200, HTML, FERRY)
    assert main(["add", web.url("/news/ferry")]) == 0
    kept = sorted(library_folder().iterdir())
    capsys.readouterr()
    assert main(["add", web.url(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"briefing: {web.url(path)}: {reason}" and len(err) == 2 and "saved 0 of 1" in err[1]
    assert sorted(library_folder().iterdir()) == kept  # no half-written file, nothing lost


def test_an_unreachable_host_and_a_silent_server_are_one_line_each(web: WebServer) -> None:
    import socket

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    with pytest.raises(FetchError, match=rf"^http://127.0.0.1:{port}/x: cannot connect \("):
        fetch(f"http://127.0.0.1:{port}/x")

    def slow(_request) -> tuple[int, dict[str, str], bytes]:
        time.sleep(1.5)
        return 200, HTML, FERRY

    web.routes["/slow"] = slow
    with pytest.raises(FetchError, match=r"/slow: timed out \(no answer within 0.3 s\)$"):
        fetch(web.url("/slow"), timeout=0.3)
    with pytest.raises(FetchError, match=r"no-such-host.invalid/: cannot connect"):
        fetch("http://no-such-host.invalid/")


def test_a_malformed_feed_and_a_page_that_is_no_feed_are_one_line(web: WebServer, capsys) -> None:
    web.routes["/malformed"] = (200, {"Content-Type": "application/rss+xml"}, b"<rss><channel><title>broken")
    web.routes["/page"] = (200, HTML, FERRY)
    web.routes["/json"] = (200, {"Content-Type": "application/json"}, b'{"items": []}')
    for path in ("/malformed", "/page", "/json"):
        assert main(["feeds", "add", web.url(path)]) == 1
        err = capsys.readouterr().err.splitlines()
        assert len(err) == 1 and err[0].startswith(f"briefing: {web.url(path)}: not a feed")
    assert State.open()[0].feeds() == []


def test_a_feed_that_fails_during_an_update_is_one_line_and_the_others_go_on(web: WebServer, capsys) -> None:
    web.routes["/a/ferry"] = (200, HTML, FERRY)
    web.routes["/good"] = (200, {"Content-Type": "application/rss+xml"}, rss(web, "/a/ferry"))
    web.routes["/bad"] = (200, {"Content-Type": "application/rss+xml"}, rss(web))
    assert main(["feeds", "add", web.url("/bad")]) == 0
    assert main(["feeds", "add", web.url("/good")]) == 0
    web.routes["/bad"] = (500, HTML, b"<html>down</html>")
    capsys.readouterr()
    assert main(["feeds", "update"]) == 0
    out, err = capsys.readouterr()
    assert len(out.split()) == 1 and f"briefing: {web.url('/bad')}: the server answered 500 Internal Server Error" in err.splitlines()


# The reader: files that arrive while it runs.


async def _until(pilot, condition, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "it never happened"
        await pilot.pause(0.05)


async def test_a_file_dropped_into_an_opened_folder_appears_in_library_and_search_and_one_removed_goes(seeds: Path, tmp_path: Path) -> None:
    import shutil

    from tests.test_app import SIZE, hits_shown, loaded
    from tui.app import BriefingApp
    from tui.widgets.library_pane import LibraryPane

    folder = tmp_path / "news"
    shutil.copytree(seeds, folder)
    app = BriefingApp([folder])
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        library = screen.query_one(LibraryPane)
        before = set(screen.listed)
        (folder / "ferry.html").write_bytes(FERRY)
        await _until(pilot, lambda: len(screen.listed) == len(before) + 1)
        (new,) = screen.listed - before
        assert new in {library.get_option_at_index(n).id for n in range(library.option_count)}
        await pilot.press("slash", *"harwick")
        await hits_shown(pilot)
        assert screen.hits and screen.hits[0].location.briefing == new
        await pilot.press("escape")
        screen.open_article(new)
        await pilot.pause()
        (folder / "ferry.html").unlink()
        await _until(pilot, lambda: new not in screen.listed)
        assert screen.current is not None and screen.current.briefing == screen.briefings.cards()[0].id  # the article shown went
        assert new not in {library.get_option_at_index(n).id for n in range(library.option_count)}
        assert "removed" in " ".join(str(n.message) for n in app._notifications)


async def test_r_updates_the_feeds_and_their_new_articles_join_the_library(web: WebServer, tmp_path: Path) -> None:
    from briefings.config import Settings
    from tests.test_app import SIZE, loaded
    from tui.app import BriefingApp

    web.routes["/a/ferry"] = (200, HTML, FERRY)
    web.routes["/feed"] = (200, {"Content-Type": "application/rss+xml"}, rss(web, "/a/ferry"))
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "library.html").write_bytes(LIBRARY)
    state, _ = State.open()
    state.follow(web.url("/feed"), "Harbour Gazette")
    app = BriefingApp([folder], Settings(library=folder), state)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(app, pilot)
        assert len(screen.listed) == 1
        await pilot.press("r")
        await _until(pilot, lambda: len(screen.listed) == 2)
        titles = {screen.briefings.card(briefing_id).display_title for briefing_id in screen.listed}
        assert "Harwick ferry fares rise for the third time this year" in titles
        assert any("1 new article(s); 0 problem(s)." in str(n.message) for n in app._notifications)
    state.close()


# Anything a server sends: no exception but the reasoned ones.

_FEED_PIECES = [
    "<rss", "<rss version='2.0'>", "<channel>", "<item>", "</item>", "<title>", "</title>", "<link>", "</link>", "<guid>",
    "<feed xmlns='http://www.w3.org/2005/Atom'>", "<entry>", "<link href='x'/>", "<![CDATA[", "]]>", "&amp;", "&bogus;",
    "<!DOCTYPE x [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;'>]>", "&b;", "{", "}", '"version": "https://jsonfeed.org/version/1"',
    '"items": [', '{"id": 1}', '"url": "javascript:alert(1)"', "]", ",", "<opml>", "<outline xmlUrl='http://a/'/>", "\x00", "\ufeff",
]


@settings(max_examples=300, deadline=None, database=None)
@given(st.one_of(st.binary(max_size=400), st.lists(st.sampled_from(_FEED_PIECES), max_size=40).map(lambda parts: "".join(parts).encode())))
@example(b"<channel<item<link</item</link>")  # feedparser itself raised KeyError('links') on it
def test_any_response_is_a_feed_or_a_feed_error_and_any_file_is_opml_or_a_value_error(body: bytes) -> None:
    from briefings.sources.feeds import FeedError, parse_feed
    from briefings.sources.follow import read_opml
    from briefings.sources.web import Fetched

    try:
        feed = parse_feed(Fetched("http://example.org/feed", "application/xml", body))
        assert all(item.link is None or item.link.startswith(("http://", "https://")) for item in feed.items)
    except FeedError as exc:
        assert str(exc).startswith("http://example.org/feed: ") and "\n" not in str(exc)
    with contextlib.suppress(ValueError):  # not OPML: said as such; any other exception fails the test
        read_opml(body)


@settings(max_examples=300, deadline=None, database=None)
@given(st.binary(max_size=300))
def test_any_note_beside_a_page_is_a_source_or_none(tmp_path_factory, note: bytes) -> None:
    from briefings.readers.provenance import Source, read_source, source_note

    page = tmp_path_factory.mktemp("note") / "page.html"
    source_note(page).write_bytes(note)
    assert isinstance(read_source(page), Source | type(None))
