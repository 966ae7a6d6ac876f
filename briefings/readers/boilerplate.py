"""General rules for lines that are promotion or page furniture rather than article text."""

from __future__ import annotations

import re

_MAX_WORDS = 30

# A call to action opens the line: an imperative addressed to the reader.
_OPENING_CALLS = re.compile(
    r"""^[\W_]*(?:
        register\s+(?:for|now|today|here|at|to)\b | register\s+(?-i:[A-Z]) |
        subscribe\b | sign\s+up\b | join\s+(?:us\b|our\b|the\s+(?:conversation|discussion|waitlist)\b|(?-i:[A-Z])) |
        follow\s+(?:us|our|@) | like\s+us\b | click\s+(?:here|to|below) | tap\s+here |
        download\s+(?:our|the)\s+(?:free\s+)?app | get\s+(?:our|the\s+latest)\b.*\b(?:newsletter|updates|app)\b |
        (?:read|see|watch|listen)\s+(?:more|also|next|now)\b | (?:also|related)\s*(?:read|reading|stories|articles|coverage)?\s*: |
        don'?t\s+miss\b | share\s+(?:this|on|via)\b | continue\s+reading\b | skip\s+to\s+(?:main\s+)?content\b |
        (?:advertisement|advertising|sponsored(?:\s+content)?|promoted(?:\s+content)?)\s*(?:$|[:|–—-])
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Phrases that mark a promotion wherever they stand in a short line.
_ANYWHERE_CALLS = re.compile(
    r"""\b(?:click\s+here | sign\s+up\s+(?:for|to)\s+(?:our|the)\b | subscribe\s+(?:to|for)\s+our\b |
        follow\s+us\s+on\b | download\s+our\s+app | (?:story|article)\s+continues\s+below |
        (?:sign\s+up|subscribe)\s+(?:to|for)\s+(?:our|the|this)\s+(?:\w+\s+)?newsletter)""",
    re.IGNORECASE | re.VERBOSE,
)


def boilerplate_reason(line: str) -> str | None:
    """Why `line` is boilerplate, or None when it is article text."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > _MAX_WORDS:
        return None
    if match := _OPENING_CALLS.match(stripped):
        return f"promotion: starts with “{' '.join(stripped.split()[:2])}”"
    if match := _ANYWHERE_CALLS.search(stripped):
        return f"promotion: “{' '.join(match.group().split())}”"
    return None
