"""Every key of the reader, for the help screen and the footer."""

KEYS: list[tuple[str, str]] = [
    ("↑ ↓  j k", "move in a list"),
    ("g  G", "first, last item"),
    ("Tab  Shift+Tab", "next, previous pane"),
    ("Enter", "open: an entity's mentions, a search hit, a mention"),
    ("/", "search the whole library"),
    ("n  N", "next, previous search hit"),
    ("Esc  Backspace", "close search; go back"),
    ("b", "show or hide the lines removed as boilerplate"),
    ("e", "export this briefing to Markdown"),
    ("Ctrl+P", "command palette: jump to an article, entity or section; change theme"),
    ("?", "this help"),
    ("q", "quit"),
]
