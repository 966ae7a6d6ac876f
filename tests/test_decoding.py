"""Decoding never crashes on bytes and keeps the words."""

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefings.errors import ArticleError
from briefings.readers.decoding import decode

WORDS = "Café prices rose 5% — “sharply”, officials said."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (WORDS.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + WORDS.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + WORDS.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + WORDS.encode("utf-16-be"), "utf-16"),
        (WORDS.encode("cp1252"), "cp1252"),
    ],
)
def test_text_in_each_encoding_decodes_to_the_same_words(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.text == WORDS
    assert decoded.encoding == encoding
    assert (decoded.warning is not None) == (encoding == "cp1252")


def test_escape_sequences_and_controls_are_removed() -> None:
    decoded = decode(b"Red \x1b[31malert\x1b[0m and \x1b]8;;http://x\x07link\x1b]8;;\x07 done\x07.")
    assert decoded.text == "Red alert and link done."


def test_binary_data_is_rejected() -> None:
    with pytest.raises(ArticleError, match="binary"):
        decode(bytes(range(256)) * 4)


@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_raise_article_error(data: bytes) -> None:
    try:
        decoded = decode(data)
    except ArticleError:
        return
    assert isinstance(decoded.text, str)
