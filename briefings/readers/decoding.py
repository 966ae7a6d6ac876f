"""Bytes to text: byte order marks, UTF-8, a cp1252 fallback, and a check for binary data."""

from __future__ import annotations

import codecs
import re
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


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def decode(data: bytes) -> Decoded:
    """Decode article bytes; raise ArticleError for data that is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_clean(data.decode(encoding)), encoding)
            except UnicodeDecodeError as exc:
                raise ArticleError(f"not valid {encoding} text despite its byte order mark ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise ArticleError("binary data, not text")
    try:
        return Decoded(_clean(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if _control_share(text) > _BINARY_SHARE:
        raise ArticleError("binary data, not text")
    return Decoded(_clean(text), "cp1252", "not valid UTF-8: read as Windows-1252 (cp1252)")


def _control_share(text: str) -> float:
    sample = text[:8192]
    if not sample:
        return 0.0
    odd = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f"))
    return odd / len(sample)


def _clean(text: str) -> str:
    """Drop terminal escape sequences and control characters; normalise line ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", _ESCAPES.sub("", text))
