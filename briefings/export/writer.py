"""Choosing briefings to export and writing them: to one file, or to a folder with one file each and an index.

Files are written atomically, and an existing file is replaced only when the caller forces it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from briefings.briefing import Briefing
from briefings.crossref import cross_reference, links_by_briefing
from briefings.export.as_json import library_json
from briefings.export.as_markdown import briefing_markdown, index_markdown, library_markdown
from briefings.export.names import slug
from briefings.files import write_atomic
from briefings.search import terms

INDEX = "index.md"
_ID_PREFIX = 4  # the shortest id prefix that selects a briefing


class ExportError(Exception):
    """An export that cannot be done as asked; the message is one line for the user."""


def choose(briefings: Sequence[Briefing], key: str) -> Briefing:
    """The briefing whose id is `key` (or starts with it), or whose title holds every word of `key`."""
    exact = [b for b in briefings if b.id == key]
    by_id = exact or [b for b in briefings if len(key) >= _ID_PREFIX and b.id.startswith(key)]
    wanted = set(terms(key))
    found = by_id or [b for b in briefings if wanted and wanted <= set(terms(b.article.display_title))]
    if not found:
        raise ExportError(f"no article has the id or title words {key!r}")
    if len(found) > 1:
        names = "; ".join(f"{b.id} {b.article.display_title!r}" for b in found[:3])
        raise ExportError(f"{len(found)} articles match {key!r}: {names}{'; …' if len(found) > 3 else ''}")
    return found[0]


def render(briefings: Sequence[Briefing], format: str) -> str:
    """One document holding `briefings` in `format`, with the cross-references between them."""
    crossrefs = cross_reference(briefings) if len(briefings) > 1 else []
    if format == "json":
        return library_json(briefings, crossrefs)
    return briefing_markdown(briefings[0]) if len(briefings) == 1 else library_markdown(briefings, links_by_briefing(crossrefs))


def folder_files(briefings: Sequence[Briefing], format: str) -> dict[str, str]:
    """File name to content: one file per briefing, named from its title, unique; for Markdown an index too."""
    names: list[str] = []
    taken = {INDEX}
    for briefing in briefings:
        stem = slug(briefing.article.display_title)
        name, number = f"{stem}.{format}", 1
        while name in taken:
            number += 1
            name = f"{stem}-{number}.{format}"
        taken.add(name)
        names.append(name)
    if format == "json":
        return {name: library_json([briefing]) for briefing, name in zip(briefings, names, strict=True)}
    links = links_by_briefing(cross_reference(briefings))
    others = {b.id: b for b in briefings}
    files = {
        name: briefing_markdown(briefing, links=links.get(briefing.id, ()), others=others)
        for briefing, name in zip(briefings, names, strict=True)
    }
    files[INDEX] = index_markdown(list(zip(briefings, names, strict=True)))
    return files


def write_files(files: dict[Path, str], force: bool) -> None:
    """Write every file atomically; when one exists and `force` is not given, write none."""
    existing = [path for path in files if path.exists()]
    if existing and not force:
        more = f" (and {len(existing) - 1} more)" if len(existing) > 1 else ""
        raise ExportError(f"{existing[0]}: already exists{more}; --force replaces it")
    for path, text in files.items():
        if path.is_dir():
            raise ExportError(f"{path}: is a folder")
        write_atomic(path, text)
