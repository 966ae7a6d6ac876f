"""Briefings as JSON, in the shape `../shared/eval/score.py` reads (see its README)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from briefings import __version__
from briefings.briefing import Briefing
from briefings.crossref import CrossRef


def briefing_json(briefing: Briefing) -> dict[str, Any]:
    data = briefing.model_dump(mode="json", exclude={"article": {"sentences"}})
    data["headings"] = briefing.article.headings
    for entity, dumped in zip(briefing.entities, data["entities"]):
        dumped["count"] = entity.count
    return data


def library_json(briefings: Sequence[Briefing], crossrefs: Sequence[CrossRef] = ()) -> str:
    """The briefings and the cross-references between them."""
    document = {
        "generator": f"briefing {__version__}",
        "briefings": [briefing_json(b) for b in briefings],
        "crossrefs": [c.model_dump(mode="json") for c in crossrefs],
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
