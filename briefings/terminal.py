"""Text bound for a terminal: file names, URLs and article words can hold escape sequences, which must be shown,
never obeyed."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TextIO


def escaped(text: str) -> str:
    """`text` with every character a terminal would act on or hide (controls, escape, bidirectional and other
    format characters) written as its escape: "\\x1b", "\\u202e", "\\n"."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def say(message: str) -> None:
    """One line on stderr, "briefing: " first, with control characters escaped."""
    print(f"briefing: {escaped(message)}", file=sys.stderr)


def emit(text: str | Callable[[TextIO], None]) -> bool:
    """Write `text` to stdout (or let it write itself there, as it is made); False (said in one line) when it
    cannot be written: a full disk, a closed pipe."""
    try:
        if isinstance(text, str):
            sys.stdout.write(text)
        else:
            text(sys.stdout)
        sys.stdout.flush()
    except OSError as exc:
        say(f"cannot write to standard output: {exc.strerror or exc}")
        # What is left in the buffer would fail again as the interpreter exits: send it nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return False
    return True
