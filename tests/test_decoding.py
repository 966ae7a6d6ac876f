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


RUSSIAN = "Правительство объявило о новых мерах поддержки экономики в понедельник, сообщили в министерстве."
JAPANESE = "東京都は月曜日、新しい経済対策を発表した。対象は四百社に上るという。"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_detected_not_called_binary(encoding: str) -> None:
    decoded = decode(WORDS.encode(encoding))
    assert decoded.text == WORDS and decoded.warning is not None and "detected" in decoded.warning


def test_cyrillic_in_a_windows_code_page_is_detected() -> None:
    decoded = decode(RUSSIAN.encode("cp1251"))
    assert decoded.text == RUSSIAN and decoded.encoding == "cp1251"


def test_western_text_that_is_not_utf8_is_still_read_as_windows_1252() -> None:
    french = "Le café était très animé à Paris; les prix ont augmenté de 5 % — « fortement »."
    assert decode(french.encode("cp1252")).text == french


@pytest.mark.parametrize(
    ("declaration", "encoding", "text"),
    [
        ('<meta charset="windows-1251">', "cp1251", RUSSIAN),
        ('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', "shift_jis", JAPANESE),
        ("<meta charset='iso-8859-1'>", "cp1252", "Café — “quoted”"),  # as browsers read that label
    ],
)
def test_a_page_is_read_in_the_charset_it_declares(declaration: str, encoding: str, text: str) -> None:
    page = f"<html><head>{declaration}</head><body><p>{text}</p></body></html>"
    decoded = decode(page.encode(encoding), markup=True)
    assert text in decoded.text and decoded.encoding == encoding


def test_a_wrong_or_unknown_declaration_falls_back_to_the_bytes() -> None:
    page = f'<html><head><meta charset="utf-8"></head><body><p>{RUSSIAN}</p></body></html>'
    assert RUSSIAN in decode(page.encode("cp1251"), markup=True).text  # bytes that are not what it declares
    for label in ("klingon", "rot13", "base64", "utf-16"):  # no such codec, or none for text, or none in ASCII
        assert RUSSIAN in decode(page.replace("utf-8", label).encode("utf-8"), markup=True).text


def test_an_xml_prolog_names_the_encoding_of_an_xhtml_page() -> None:
    page = f'<?xml version="1.0" encoding="windows-1251"?><html><body><p>{RUSSIAN}</p></body></html>'
    assert RUSSIAN in decode(page.encode("cp1251"), markup=True).text
