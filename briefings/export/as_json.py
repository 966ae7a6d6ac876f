"""Briefings as JSON, in the shape `../shared/eval/score.py` reads (see its README)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import TypeAdapter
from pydantic_core import to_json

from briefings import __version__
from briefings.linking.crossref import CrossRef
from briefings.linking.entities import LibraryEntity, entity_index
from briefings.linking.stories import Story
from briefings.model.briefing import Briefing


def briefing_json(briefing: Briefing) -> dict[str, Any]:
    data = briefing.model_dump(mode="json", exclude={"article": {"sentences"}})
    data["headings"] = briefing.article.headings
    for entity, dumped in zip(briefing.entities, data["entities"], strict=False):
        dumped["count"] = entity.count
    return data


def library_json(briefings: Sequence[Briefing], crossrefs: Sequence[CrossRef] = (), stories: Sequence[Story] = ()) -> str:
    """The briefings, the cross-references between them, their stories and the entities across them."""
    document = {
        "generator": f"briefing {__version__}",
        "briefings": [briefing_json(b) for b in briefings],
        "crossrefs": TypeAdapter(list[CrossRef]).dump_python(list(crossrefs), mode="json", exclude_none=True),
        "stories": [s.model_dump(mode="json") for s in stories],
        "entity_index": TypeAdapter(list[LibraryEntity]).dump_python(entity_index(briefings).entities, mode="json"),
    }
    # pydantic-core's serializer: the standard library's, with an indent, is pure Python (20 s for 130,000 figures).
    return to_json(document, indent=1).decode("utf-8") + "\n"
