"""Bytes to text: byte order marks, an HTML page's declared charset, UTF-8, then charset detection (UTF-16
without a mark, Cyrillic, Japanese…) with Windows-1252 for Western text, and a check for binary data."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from briefings.errors import ArticleError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Terminal escape sequences (CSI, OSC, and single-character escapes) and other control characters.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BINARY_SHARE = 0.10
_SAMPLE = 8192
# Where a page names its charset: <meta charset=…>, <meta http-equiv=… content="…; charset=…">, <?xml … encoding=…?>.
_DECLARED = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
_DECLARED_WINDOW = 4096
# As browsers read them (WHATWG Encoding): these labels mean Windows-1252; a page cannot declare UTF-16 in ASCII.
_AS_BROWSERS_READ = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252"}
_LATIN_SHARE = 0.5  # text decoded by a detected code page is Western when this share of its letters is Latin


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def decode(data: bytes, markup: bool = False) -> Decoded:
    """Decode article bytes (an HTML or XML page's when `markup`: its declared charset counts); raise ArticleError
    for data that is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(clean(data.decode(encoding)), encoding)
            except UnicodeDecodeError as exc:
                raise ArticleError(f"not valid {encoding} text despite its byte order mark ({exc.reason})") from None
    if markup and (declared := _declared(data)):
        try:
            return _checked(data.decode(declared), declared, None)
        except (UnicodeError, ValueError, TypeError):
            pass  # a wrong declaration: read the bytes as if there were none
    if b"\x00" not in data[:_SAMPLE]:
        try:
            return Decoded(clean(data.decode("utf-8")), "utf-8")
        except UnicodeDecodeError:
            pass
    detected = _detected(data)
    if detected is not None:
        encoding, text = detected
        return _checked(text, encoding, f"not UTF-8: read as {encoding} (detected)")
    if b"\x00" in data[:_SAMPLE]:
        raise ArticleError("binary data, not text")
    return _checked(data.decode("cp1252", errors="replace"), "cp1252", "not valid UTF-8: read as Windows-1252 (cp1252)")


def _checked(text: str, encoding: str, warning: str | None) -> Decoded:
    if _control_share(text) > _BINARY_SHARE:
        raise ArticleError("binary data, not text")
    return Decoded(clean(text), encoding, warning)


def _declared(data: bytes) -> str | None:
    """The codec of the charset the page declares, if Python knows it."""
    match = _DECLARED.search(data, 0, _DECLARED_WINDOW)
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii", errors="replace").lower()
    label = _AS_BROWSERS_READ.get(label, label)
    try:
        codec = codecs.lookup(label)
    except LookupError:
        return None
    if not codec._is_text_encoding or codec.name.startswith(("utf-16", "utf-32")):  # no rot13, no base64
        return None
    return codec.name


def _detected(data: bytes) -> tuple[str, str] | None:
    """The encoding charset-normalizer finds and the text it gives, unless the text is Western: single-byte Latin
    code pages are hard to tell apart, and Windows-1252 (the fallback) reads the commonest of them."""
    from charset_normalizer import from_bytes  # imported on the first file that is not UTF-8

    best = from_bytes(data).best()
    if best is None or best.encoding in ("ascii", "utf_8"):
        return None
    text = str(best)
    if not best.encoding.startswith("utf") and _latin_share(text) >= _LATIN_SHARE:
        return None
    return best.encoding, text


def _latin_share(text: str) -> float:
    """The share of Latin letters among the letters outside ASCII of the start of `text` (1.0 when there are none)."""
    letters = [ch for ch in text[:_SAMPLE] if ord(ch) > 127 and ch.isalpha()]
    if not letters:
        return 1.0
    return sum(unicodedata.name(ch, "").startswith("LATIN") for ch in letters) / len(letters)


def _control_share(text: str) -> float:
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    odd = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f"))
    return odd / len(sample)


def clean(text: str) -> str:
    """Drop terminal escape sequences and control characters; normalise line ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", _ESCAPES.sub("", text))
