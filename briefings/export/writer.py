"""Choosing briefings to export and writing them: to one file, or to a folder with one file each and an index.

Files are written atomically, and an existing file is replaced only when the caller forces it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

from briefings.export.as_json import library_json, write_library_json
from briefings.export.as_markdown import briefing_markdown, index_markdown, library_markdown
from briefings.export.files import WriteRefused, check_target, write_atomic
from briefings.export.names import slug
from briefings.export.story_markdown import story_markdown
from briefings.library.linking import InOrder
from briefings.linking.crossref import CrossRef, links_by_briefing
from briefings.linking.stories import Story
from briefings.model.briefing import Briefing
from briefings.search.hits import terms

if TYPE_CHECKING:
    from briefings.library.session import LibrarySession

INDEX = "index.md"
_ID_PREFIX = 4  # the shortest id prefix that selects a briefing or a story
T = TypeVar("T")


class ExportError(Exception):
    """An export that cannot be done as asked; the message is one line for the user."""


class Export:
    """What one export writes: the library of a session, or the one article or story chosen in it. Briefings are
    read from the library as they are written (a library of 10,000 is never held whole), and its links are found
    or read only when the export shows them: never for one article."""

    def __init__(self, session: LibrarySession, linking: Callable[[int], None] | None = None) -> None:
        self.session = session
        self.ids = list(session.shelf)
        self.story_chosen = False
        self.linking = linking  # told when a large library is linked first (its links not in the cache)
        self._links: tuple[list[CrossRef], list[Story]] | None = None

    @property
    def briefings(self) -> Sequence[Briefing]:
        """The briefings to export, in library order, each read when asked for."""
        return InOrder(self.session.shelf, self.ids)

    @property
    def crossrefs(self) -> list[CrossRef]:
        return self._linked()[0]

    @property
    def stories(self) -> list[Story]:
        return self._linked()[1]

    def _linked(self) -> tuple[list[CrossRef], list[Story]]:
        if self._links is None:
            links = self.session.links(self.linking)
            self._links = links.crossrefs, links.stories
        return self._links

    def only_article(self, key: str) -> None:
        """Keep the one briefing whose id is `key` (or starts with it), or whose title holds every word of `key`:
        chosen by the cards the library lists, so that only it is read."""
        chosen = _choose(self.session.shelf.cards(), key, lambda c: c.id, lambda c: c.display_title, "article", "articles")
        self.ids, self._links = [chosen.id], ([], [])

    def only_story(self, key: str) -> None:
        """Keep the one story whose id is `key` (or starts with it), or whose title holds every word of `key`."""
        crossrefs, stories = self._linked()
        if not stories:
            raise ExportError("these articles form no story (a story needs two or more articles about one event)")
        story = _choose(stories, key, lambda s: s.id, lambda s: s.title, "story", "stories")
        members = set(story.briefings)
        self.ids = [briefing_id for briefing_id in self.ids if briefing_id in members]
        self._links = [c for c in crossrefs if c.a.briefing in members and c.b.briefing in members], [story]
        self.story_chosen = True

    def write(self, out: TextIO, format: str) -> None:
        """Everything in `format` to `out`: JSON as each briefing is read, Markdown as `render` makes it."""
        if format == "json":
            write_library_json(out, self.briefings, self.crossrefs, self.stories)
        else:
            out.write(self.render(format))

    def render(self, format: str) -> str:
        """One document holding everything in `format`: stories first, then the articles."""
        if format == "json":
            return library_json(self.briefings, self.crossrefs, self.stories)
        by_id = self.session.shelf
        if self.story_chosen:
            return story_markdown(self.stories[0], by_id)
        stories = [story_markdown(story, by_id, note_prefix=f"s{n}.") for n, story in enumerate(self.stories, start=1)]
        if len(self.ids) == 1:
            articles = briefing_markdown(self.briefings[0])
        else:
            articles = library_markdown(self.briefings, links_by_briefing(self.crossrefs), by_id)
        return "\n---\n\n".join([*stories, articles])

    def folder_files(self, format: str) -> dict[str, str]:
        """File name to content: one file per story and per briefing, named from its title; for Markdown an index too."""
        taken = {INDEX}
        cards = [self.session.shelf.card(briefing_id) for briefing_id in self.ids]
        story_names = [_unique(f"story-{slug(s.title)}", format, taken) for s in self.stories]
        names = [_unique(slug(card.display_title), format, taken) for card in cards]
        by_id = self.session.shelf
        if format == "json":
            files = {name: library_json([b]) for b, name in zip(self.briefings, names, strict=True)}
            for story, name in zip(self.stories, story_names, strict=True):
                files[name] = library_json([by_id[m] for m in story.briefings], (), [story])
            return files
        links = links_by_briefing(self.crossrefs)
        files = {name: story_markdown(story, by_id) for story, name in zip(self.stories, story_names, strict=True)}
        for briefing, name in zip(self.briefings, names, strict=True):
            files[name] = briefing_markdown(briefing, links=links.get(briefing.id, ()), others=by_id)
        files[INDEX] = index_markdown(list(zip(self.briefings, names, strict=True)), list(zip(self.stories, story_names, strict=True)))
        return files


def _unique(stem: str, format: str, taken: set[str]) -> str:
    name, number = f"{stem}.{format}", 1
    while name in taken:
        number += 1
        name = f"{stem}-{number}.{format}"
    taken.add(name)
    return name


def _choose(candidates: Sequence[T], key: str, id_of: Callable[[T], str], title_of: Callable[[T], str], what: str, plural: str) -> T:
    exact = [c for c in candidates if id_of(c) == key]
    by_id = exact or [c for c in candidates if len(key) >= _ID_PREFIX and id_of(c).startswith(key)]
    wanted = set(terms(key))
    found = by_id or [c for c in candidates if wanted and wanted <= set(terms(title_of(c)))]
    if not found:
        raise ExportError(f"no {what} has the id or title words {key!r}")
    if len(found) > 1:
        names = "; ".join(f"{id_of(c)} {title_of(c)!r}" for c in found[:3])
        raise ExportError(f"{len(found)} {plural} match {key!r}: {names}{'; …' if len(found) > 3 else ''}")
    return found[0]


def write_files(files: dict[Path, str], force: bool) -> None:
    """Write every file atomically; when one exists and `force` is not given, write none. An empty file holds
    nothing to lose (`-o "$(mktemp)"` makes one), so it is replaced. Only regular files are replaced, even with
    `force`: a device, FIFO or folder is refused before anything is written."""
    try:
        for path in files:
            check_target(path)
        existing = [path for path in files if path.exists() and not (path.is_file() and path.stat().st_size == 0)]
        if existing and not force:
            more = f" (and {len(existing) - 1} more)" if len(existing) > 1 else ""
            raise ExportError(f"{existing[0]}: already exists{more}; --force replaces it")
        for path, text in files.items():
            write_atomic(path, text)
    except WriteRefused as exc:
        raise ExportError(str(exc)) from None
