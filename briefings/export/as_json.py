"""Briefings as JSON, in the shape `../shared/eval/score.py` reads (see its README).

The document is written as it is made, briefing by briefing (`write_library_json`): a library of 10,000 is
exported holding one briefing at a time, and what its entity index keeps of each.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from pydantic import TypeAdapter
from pydantic_core import to_json

from briefings import __version__
from briefings.linking.crossref import CrossRef
from briefings.linking.entities import EntityCollector, LibraryEntity
from briefings.linking.stories import Story
from briefings.model.briefing import Briefing


def briefing_json(briefing: Briefing) -> dict[str, Any]:
    data = briefing.model_dump(mode="json", exclude={"article": {"sentences"}})
    data["headings"] = briefing.article.headings
    for entity, dumped in zip(briefing.entities, data["entities"], strict=False):
        dumped["count"] = entity.count
    return data


def library_json(briefings: Iterable[Briefing], crossrefs: Sequence[CrossRef] = (), stories: Sequence[Story] = ()) -> str:
    """The briefings, the cross-references between them, their stories and the entities across them."""
    out = io.StringIO()
    write_library_json(out, briefings, crossrefs, stories)
    return out.getvalue()


def write_library_json(out: TextIO, briefings: Iterable[Briefing], crossrefs: Sequence[CrossRef] = (), stories: Sequence[Story] = ()) -> None:
    """`library_json`, written to `out` as each briefing is read from `briefings`: the same text as one document
    indented by pydantic-core's serializer (the standard library's, with an indent, is pure Python: 20 s for
    130,000 figures)."""
    entities = EntityCollector()

    def read() -> Iterable[dict[str, Any]]:
        for briefing in briefings:
            entities.add(briefing)
            yield briefing_json(briefing)

    out.write('{\n "generator": ' + to_json(f"briefing {__version__}").decode() + ",")
    _write_list(out, "briefings", read())
    out.write(",")
    _write_list(out, "crossrefs", _CROSSREF.dump_python(list(crossrefs), mode="json", exclude_none=True))
    out.write(",")
    _write_list(out, "stories", (story.model_dump(mode="json") for story in stories))
    out.write(",")
    _write_list(out, "entity_index", (_ENTITY.dump_python(entity, mode="json") for entity in entities.entities()))
    out.write("\n}\n")


def _write_list(out: TextIO, key: str, items: Iterable[Any]) -> None:
    """`"key": [...]` as a member of the document, each item serialized and written in turn."""
    out.write(f'\n "{key}": [')
    written = False
    for item in items:
        out.write(("," if written else "") + "\n  " + to_json(item, indent=1).decode("utf-8").replace("\n", "\n  "))
        written = True
    out.write("\n ]" if written else "]")


_CROSSREF = TypeAdapter(list[CrossRef])
_ENTITY = TypeAdapter(LibraryEntity)
