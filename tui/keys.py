"""Every key of the reader, for the help screen and the footer."""

KEYS: list[tuple[str, str]] = [
    ("↑ ↓  j k", "move in a list"),
    ("g  G", "first, last item"),
    ("Space  Ctrl+F  Ctrl+B", "a page down, up (in Source also Ctrl+D, Ctrl+U: half a page)"),
    ("Tab  Shift+Tab", "next, previous pane"),
    ("Enter", "open: an entity's mentions, a search hit, a mention, a cross-reference, a story item's source"),
    ("/", "search the whole library: words, \"phrases\", figure: caveat: entity: faq: filters"),
    ("n  N", "next, previous search hit"),
    ("Esc  Backspace", "close search; go back"),
    ("b", "show or hide the lines removed as boilerplate"),
    ("y", "copy the item under the cursor, its quoted passage and its source (title, outlet, date, file)"),
    ("o", "open the source file in $EDITOR at the passage's line"),
    ("m", "mark the article read or unread (one shown for two seconds is read; • marks the unread)"),
    ("s  '", "bookmark the article (in Library) or the item under the cursor; list the bookmarks"),
    ("S  U  *", "in Library: sort by library order, date, outlet, title; only unread; only bookmarked"),
    ("e", "export this briefing or story to Markdown"),
    ("Ctrl+P", "command palette: a story, article or entity by name, a section; Search, Export, Copy passage, Toggle pane; theme"),
    ("!", "the notices: files not loaded or skipped, and what befell the cache"),
    ("?", "this help"),
    ("q", "quit"),
]
