"""The reader's keys by binding id: what each does, for the help screen, the README and the config's keymap.

The keys themselves are never written here: they are read from the bindings of the reader's classes, after the
user's keymap, so what help shows is what works."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

HELP: list[tuple[tuple[str, ...], str]] = [
    (("cursor_down", "cursor_up"), "down, up in a list or the text"),
    (("first", "last"), "first, last item (the text's top, end)"),
    (("page_down", "page_up"), "a page down, up"),
    (("half_page_down", "half_page_up"), "half a page down, up"),
    (("next_pane", "previous_pane"), "next, previous pane"),
    (("toggle_pane",), "give the focused pane the whole screen, and back"),
    (("open",), "open: an entity's mentions, a search hit, a mention, a cross-reference, a story item's source"),
    (("search",), 'search the whole library: words, "phrases", figure: caveat: entity: faq: filters'),
    (("next_hit", "previous_hit"), "next, previous search hit"),
    (("back",), "close search; go back"),
    (("copy",), "copy the item under the cursor, its quoted passage and its source (title, outlet, date, file)"),
    (("open_source",), "open the article's page in the browser, or its file in $EDITOR at the passage's line"),
    (("toggle_read",), "mark the article read or unread (one shown for two seconds is read; • marks the unread)"),
    (("bookmark", "bookmarks"), "bookmark the article (in Library) or the item under the cursor; list the bookmarks"),
    (("note",), "write a note on the article (in Library) or the item under the cursor"),
    (("library_sort", "library_unread", "library_bookmarked"), "in Library: sort (library order, date, outlet, title); only unread; only bookmarked"),
    (("update_feeds",), "update the feeds followed (briefing feeds add URL); new articles join the library folder; a server's whole library is listed again"),
    (("removed_lines",), "show or hide the lines removed as boilerplate"),
    (("export",), "export this briefing or story to Markdown"),
    (("palette",), "command palette: a story, article or entity by name, a section; the reader's commands; theme"),
    (("notices",), "the notices: files not loaded or skipped, and what befell the cache"),
    (("help",), "this help"),
    (("quit",), "quit"),
]
"""Each row: the binding ids it explains, and what they do."""

BINDING_IDS = frozenset(binding_id for ids, _ in HELP for binding_id in ids)

_NAMES = {
    "down": "↓", "up": "↑", "left": "←", "right": "→", "pagedown": "PgDn", "pageup": "PgUp", "escape": "Esc",
    "space": "Space", "enter": "Enter", "tab": "Tab", "backspace": "Backspace", "delete": "Del", "home": "Home",
    "end": "End", "insert": "Ins", "slash": "/", "backslash": "\\",
}


def normalized(keymap: Mapping[str, str]) -> dict[str, str]:
    """`keymap` with each key named as Textual names it: "?" -> "question_mark", " ctrl+n" -> "ctrl+n"."""
    return {binding_id: ",".join(_key_name(key.strip()) for key in keys.split(",")) for binding_id, keys in keymap.items()}


def _key_name(key: str) -> str:
    if len(key) != 1 or key.isalnum():
        return key
    try:
        return unicodedata.name(key).lower().replace("-", "_").replace(" ", "_")
    except ValueError:
        return key


def key_label(key: str) -> str:
    """A key as people write it: "ctrl+f" -> "Ctrl+F", "question_mark" -> "?", "down" -> "↓", "f2" -> "F2"."""
    from textual.keys import key_to_character

    *modifiers, name = key.split("+")
    character = key_to_character(name)
    if name in _NAMES:
        shown = _NAMES[name]
    elif character is not None and character.isprintable():
        shown = character.upper() if modifiers else character
    else:
        shown = name.upper() if len(name) <= 3 else name.title()
    return "+".join([*(modifier.title() for modifier in modifiers), shown])


def live_keys(keymap: Mapping[str, str]) -> dict[str, list[str]]:
    """Each binding id's keys, in the order bound, as the reader's bindings give them once `keymap` is applied."""
    from textual.binding import BindingsMap

    from tui.app import BriefingApp
    from tui.screens.main import MainScreen
    from tui.widgets.library_pane import LibraryPane
    from tui.widgets.lists import KeyedList
    from tui.widgets.source_text import SourceText

    keys: dict[str, list[str]] = {}
    for owner in (BriefingApp, MainScreen, KeyedList, LibraryPane, SourceText):
        bindings = BindingsMap(owner.BINDINGS)
        bindings.apply_keymap(normalized(keymap))
        for key, binding in bindings:
            if binding.id is not None and key not in keys.setdefault(binding.id, []):
                keys[binding.id].append(key)
    return keys


def help_rows(keymap: Mapping[str, str]) -> list[tuple[str, str]]:
    """The help screen's rows: the keys in use (one binding's keys apart from the next by " / "), what they do."""
    keys = live_keys(keymap)
    return [(" / ".join(" ".join(key_label(key) for key in keys.get(binding_id, [])) or "(none)" for binding_id in ids), meaning) for ids, meaning in HELP]
