"""General rules for lines that are promotion or page furniture rather than article text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefings.text.sentences import runs_into_next

if TYPE_CHECKING:
    from briefings.model.article import Article
    from briefings.model.span import Span

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
        follow\s+us\s+on\b | download\s+our\s+app | (?:story|article)\s+continues\s+below | continue\s+reading\s+the\s+main\s+story |
        (?:sign\s+up|subscribe)\s+(?:to|for)\s+(?:our|the|this)\s+(?:\w+\s+)?newsletter)""",
    re.IGNORECASE | re.VERBOSE,
)


# Page furniture that opens a line whatever follows: media widgets, gallery and audio players, comment systems.
_WIDGETS = re.compile(
    r"""^(?:EMBED\b | (?:enlarge|expand|view)\s+(?:image|photo|gallery)\b | listen\s+to\s+(?:this\s+)?article\b |
        photo\s+advertisement\b | (?:please\s+)?enable\s+javascript\b | (?:image|photo|video)\s+(?:\d+\s+of\s+\d+|caption)\b)""",
    re.IGNORECASE | re.VERBOSE,
)
# Prompts addressed to the reader about the page, not the story: contact, sharing, comments, the page's own corrections.
_PROMPTS = re.compile(
    r"""^[\W_]*(?:to\s+contact\s+the\s+(?:reporter|editor|writer|author)s?\b | read\s+or\s+share\s+this\s+story\b |
        (?:this\s+(?:version|story|article)\s+(?:corrects|has\s+been\s+(?:corrected|updated)|was\s+(?:corrected|updated))) |
        corrections?\s*:)""",
    re.IGNORECASE | re.VERBOSE,
)
# A picture's caption: it credits a photographer or an agency, or says that it shows an image.
_CAPTIONS = re.compile(
    r"""(?:\((?:photo|picture|image|video|credit)s?\s*:[^()]*\)\s*$ |
        \((?:AP|AFP|Reuters|Associated\s+Press|Getty\s+Images|EPA|PA|Bloomberg)(?:\s+Photo)?[^()]{0,60}\)\s*$ |
        /\s*(?:AFP|AP|Reuters|EPA|Getty\s+Images)(?:\s*/\s*Getty\s+Images)?\s*$ |
        ^(?:this|the|an?)\s+(?:image|photo|photograph|picture|handout\s+photo|video\s+still)\s+(?:provided|released|taken|made\s+available|obtained)\b |
        \bin\s+this\s+(?:file\s+)?(?:photo|picture|image|photograph)\s+(?:taken|dated|from|released)\b[^.]*\.?\s*$)""",
    re.IGNORECASE | re.VERBOSE,
)
# An embedded social post: its link, or its signature ("— Name (@handle) May 28, 2014").
_POSTS = re.compile(r"pic\.twitter\.com/\w+|[—–-]\s*[^—–()]{1,60}\(@\w{1,30}\)\s+\w+\.?\s+\d{1,2},\s+\d{4}\s*$")
# A site's menu: four or more short items (three words at most, no digits) between bars or bullets.
_NAVIGATION = re.compile(r"^(?:[^\W\d][^|•·\d]{0,24}?\s*[|•·]\s*){3,}[^\W\d][^|•·\d]{0,24}$")
# Sharing buttons: nothing but the names of platforms to share on.
_SHARING = frozenset("facebook twitter x whatsapp email e-mail linkedin pinterest reddit messenger telegram print copy link share tweet flipboard bluesky threads".split())
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyright\s+(?:©\s*)?\d{4}\b)|\ball\s+rights\s+reserved\b", re.IGNORECASE)
# A short aside wholly in brackets that is no sentence: a broadcast slot, a programme name ("(News 12 at 11)").
# Credits ("(Reporting by …; Editing by …)") are the article's own and stay.
_ASIDE = re.compile(r"^\((?!(?:additional\s+)?(?:reporting|writing|editing|compiled|contributing)\b)[^()]{1,80}\)$", re.IGNORECASE)
# A credit line: kept as the article's text, never a summary item or a title.
CREDIT = re.compile(
    r"^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|contributing)(?:\s+by)?\b|"
    r"\b(?:contributed|contributing)\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)\b",
    re.IGNORECASE,
)
# A photo caption or an embedded post's signature run into the text ("Smith (pictured) said", "— Jo Lee (@jolee)
# March 3, 2015"): kept as the article's text, never a summary item, an event or an answer.
CAPTION = re.compile(
    r"\((?:pictured|left|right|centre|center|above|below|inset|file (?:image|photo|picture)|stock (?:image|photo))\b[^()]{0,40}\)|"
    r"\bpictured\b|\bpic\.twitter\.com/|\(@\w{1,15}\)\s+\w+\.? \d{1,2}, \d{4}|\b(?:photo|image|picture)s?(?: credit)?:\s",
    re.IGNORECASE,
)


# What every credit and caption above holds, found in one quick pass: most sentences hold none of it.
_FURNITURE_MARK = re.compile(r"\(|pictur|pic\.twitter|photo|image|reporting|writing|editing|compiled|contribut", re.IGNORECASE)


def is_furniture(passage: str) -> bool:
    """Whether a sentence is a credit or a caption: never a summary item, an event or an answer."""
    if _FURNITURE_MARK.search(passage) is None:
        return False
    return CREDIT.search(passage) is not None or CAPTION.search(passage) is not None


def is_furniture_at(text: str, span: Span) -> bool:
    """Whether the sentence at `span` of `text` is a credit or a caption, including a caption or a headline run into
    the next sentence without a full stop ("... before they are beheaded The harrowing video shows ...")."""
    return is_furniture(text[span.start : span.end]) or runs_into_next(text, span.end)


def furniture(article: Article) -> frozenset[int]:
    """Where the article's credits and captions start: found once for the stages that leave them out."""
    return frozenset(s.span.start for s in article.sentences if is_furniture_at(article.text, s.span))


# Furniture fused to the start of a paragraph: cut it off, keep the rest.
_LEADING_FRAGMENTS = re.compile(r"^(?:scroll\s+down\s+for\s+(?:video|more)|scroll\s+to\s+continue(?:\s+with\s+content)?)\b\W*", re.IGNORECASE)


def article_part(line: str) -> tuple[str | None, list[tuple[str, str]]]:
    """The part of `line` that is article text (None when none is) and the pieces cut off it, each with its reason.
    Page furniture fused to the start of a paragraph ("Scroll down for video Police said…") is cut off, so what
    stays is still the file's own text, only shorter."""
    stripped = line.strip()
    removed: list[tuple[str, str]] = []
    match = _LEADING_FRAGMENTS.match(stripped)
    if match is not None and stripped[match.end() :].strip():
        removed.append((stripped[: match.end()].strip(), f"page furniture: “{' '.join(match.group().split())}”"))
        stripped = stripped[match.end() :].strip()
    if reason := boilerplate_reason(stripped):
        return None, [*removed, (stripped, reason)]
    return stripped, removed


def boilerplate_reason(line: str) -> str | None:
    """Why `line` is boilerplate, or None when it is article text."""
    stripped = line.strip()
    if not stripped:
        return None
    if _WIDGETS.match(stripped) or _LEADING_FRAGMENTS.fullmatch(stripped):
        return f"page furniture: starts with “{' '.join(stripped.split()[:2])}”"
    if _PROMPTS.match(stripped):
        return f"prompt about the page: starts with “{' '.join(stripped.split()[:3])}”"
    if _CAPTIONS.search(stripped):
        return "caption or photo credit"
    if _POSTS.search(stripped):
        return "embedded social media post"
    if _ASIDE.match(stripped) and not re.search(r"[.!?]\s*\)$", stripped):
        return "aside in brackets"
    if len(stripped.split()) > _MAX_WORDS:
        return None
    if _NAVIGATION.match(stripped) and all(len(item.split()) <= 3 for item in re.split(r"[|•·]", stripped)):
        return "site navigation"
    if len(stripped.split()) >= 2 and all(word.lower().strip(",") in _SHARING for word in stripped.split()):
        return "sharing buttons"
    if _COPYRIGHT.search(stripped):
        return "copyright notice"
    if match := _OPENING_CALLS.match(stripped):
        return f"promotion: starts with “{' '.join(stripped.split()[:2])}”"
    if match := _ANYWHERE_CALLS.search(stripped):
        return f"promotion: “{' '.join(match.group().split())}”"
    return None
