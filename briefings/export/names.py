"""Safe file names for exported briefings."""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 60


def slug(text: str, fallback: str = "briefing") -> str:
    """Lower-case ASCII words joined by hyphens, at most 60 characters; `fallback` when nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = _UNSAFE.sub("-", ascii_text.lower()).strip("-")
    return words[:_MAX_SLUG].rstrip("-") or fallback
