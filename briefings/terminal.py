"""Text bound for a terminal: file names, URLs and article words can hold escape sequences, which must be shown,
never obeyed."""

from __future__ import annotations


def escaped(text: str) -> str:
    """`text` with every character a terminal would act on or hide (controls, escape, bidirectional and other
    format characters) written as its escape: "\\x1b", "\\u202e", "\\n"."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)
