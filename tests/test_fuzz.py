"""Property tests: any bytes through any reader, any text through the extractors. No exception but a reasoned
ArticleError; every cite inside the text and quoting it exactly. 2,000 examples each, every run."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from extract_helpers import briefing_of
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from briefings.errors import ArticleError
from briefings.extract import build_briefing
from briefings.model.article import Article
from briefings.model.briefing import Briefing
from briefings.readers.decoding import decode
from briefings.readers.formats import read_article

EXAMPLES = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)

# The stuff news and its pages are made of, and what breaks parsers: numbers of every script, dates (real and
# impossible), quotes, markup of each format, front matter, YAML aliases, escapes, bidirectional controls.
FRAGMENTS = [
    "The", "police", "said", "on", "Monday", "last", "week", "in", "2024", "400,000", "1.5bn", "$3", "€12m", "40 km²", "5²",
    "½", "١٢", "４００", "per cent", "%", "3-1", "from 12 to 27", "nearly", "more than", "two", "million", "a quarter",
    "could", "if", "unless", "allegedly", "Q:", "A:", "FAQ", "By Jo Smith", "| 3 March 2024", "(CNN)", "LONDON (Reuters) -",
    ".", ",", "?", "!", ";", ":", "—", "-", "“", "”", '"', "'", "(", ")", "[", "]", "*", "_", "#", ">", "`", "|", "\t",
    "\n", "\n\n", "\r\n", "---", "title: x", "date: 2024-02-30", "a: &a [x, x]", "b: [*a, *a]", "<p>", "</p>", "<b>",
    "<meta charset=windows-1251>", "<?xml version='1.0' encoding='UTF-8'?>", "&amp;", "&#27;", "<script>x</script>",
    "[bold]x[/]", "\x1b[31m", "\x1b]0;t\x07", "\u202e", "\u200b", "\ufeff", "\x00", "東京", "Правительство", "🙂",
]
PIECES = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6))
TEXT = st.one_of(st.text(max_size=400), st.lists(PIECES, max_size=120).map(" ".join))
ARTICLE_TEXT = st.lists(PIECES, min_size=15, max_size=200).map(" ".join)  # long enough to be an article, mostly
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "cp1251", "shift_jis", "latin-1"])
BYTES = st.one_of(
    st.binary(max_size=600),
    st.tuples(st.one_of(TEXT, ARTICLE_TEXT), ENCODINGS).map(lambda pair: pair[0].encode(pair[1], errors="ignore")),
)


def check_article(article: Article) -> None:
    text = article.text
    for block in article.blocks:
        assert 0 <= block.span.start <= block.span.end <= len(text)
    for sentence in article.sentences:
        assert 0 <= sentence.span.start < sentence.span.end <= len(text)


def check_briefing(briefing: Briefing) -> None:
    """Every item cites a passage inside the text, and quotes exactly that passage."""
    article = briefing.article
    text = article.text
    for item in [*briefing.summary, *briefing.caveats, *briefing.timeline]:
        assert 0 <= item.cite.start < item.cite.end <= len(text)
        assert item.text == article.passage(item.cite)
    for figure in briefing.figures:
        assert figure.cite.start <= figure.span.start < figure.span.end <= figure.cite.end <= len(text)
        assert figure.text == article.passage(figure.span)
    for entry in briefing.faq:
        assert 0 <= entry.cite.start < entry.cite.end <= len(text)
        assert entry.answer == article.passage(entry.cite)
    for entity in briefing.entities:
        assert all(0 <= m.start < m.end <= len(text) for m in entity.mentions)


def read(suffix: str, data: bytes) -> Article | None:
    try:
        article, _ = read_article(Path(f"fuzzed{suffix}"), data)
    except ArticleError:
        event("refused")
        return None
    event("read")
    check_article(article)
    return article


@EXAMPLES
@given(BYTES)
def test_the_plain_text_reader_takes_any_bytes(data: bytes) -> None:
    article = read(".txt", data)
    if article is not None:  # its text is made only of lines of the file, as decoded
        source = decode(data).text
        assert all(line in source for line in article.text.split("\n"))


@EXAMPLES
@given(BYTES)
def test_the_markdown_reader_takes_any_bytes(data: bytes) -> None:
    read(".md", data)


@EXAMPLES
@given(st.one_of(BYTES, ARTICLE_TEXT.map(lambda text: f"<html><body><article><p>{text}</p></article></body></html>".encode())))
def test_the_html_reader_takes_any_bytes(data: bytes) -> None:
    read(".html", data)


@EXAMPLES
@given(ARTICLE_TEXT, st.sampled_from([".txt", ".md"]))
def test_build_briefing_takes_any_text_and_cites_only_what_it_quotes(text: str, suffix: str) -> None:
    article = read(suffix, text.encode("utf-8", errors="surrogatepass"))
    if article is not None:
        check_briefing(build_briefing(article))


def test_a_range_ending_in_digits_of_another_script_is_read() -> None:
    """Found by the hypothesis test above: full-width digits after a range end."""
    briefing = briefing_of("The The The The The The The The The The The The from 12 to 27 ４００ two")
    assert all(0 <= f.cite.start < f.cite.end <= len(briefing.article.text) for f in briefing.figures)


def test_a_character_reference_to_a_control_character_costs_one_refusal() -> None:
    """Found by the hypothesis test above: "&#1" put a control character where trafilatura rewrites text."""
    with pytest.raises(ArticleError, match="no article text"):
        read_article(Path("fuzzed.html"), b"<!><article></><b><b>&#1")


def test_an_exponent_too_large_for_a_float_is_no_number() -> None:
    """Found by the hypothesis test above: "0E0 ４００" read as 0 x 10^400."""
    briefing = briefing_of("The The The The The The The The 0E0 ４００ The The The The The")
    assert all(0 <= f.cite.start < f.cite.end <= len(briefing.article.text) for f in briefing.figures)


@pytest.mark.parametrize(
    "text",
    [
        "The The The The The The The The The The The The The 2^ 2024",
        "Pat Smith, 9e307 x 10^9, said the figure was 2^2024 and 5 x 10^999 in all.",
        "The boy, aged 1.5 x 10^30, said 99^300 was the number he had in mind.",
    ],
)
def test_a_power_too_large_for_a_float_is_no_number(text: str) -> None:
    """Found by the hypothesis test above: "2^ 2024" overflowed a float while it was read."""
    briefing = briefing_of(text)
    assert all(f.value is None or math.isfinite(f.value) for f in briefing.figures)
