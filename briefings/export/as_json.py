"""The library as JSON, in the shape `../shared/eval/score.py` reads."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from briefings import __version__
from briefings.models import Article

SECTIONS = ("summary", "figures", "faq", "caveats", "entities", "timeline")


def article_json(article: Article) -> dict[str, Any]:
    data = article.model_dump(mode="json", exclude={"sentences"})
    data["headings"] = article.headings
    return data


def briefing_json(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "article": article_json(article),
        "headings": article.headings,
        **{section: [] for section in SECTIONS},
    }


def library_json(articles: Sequence[Article]) -> str:
    document = {
        "generator": f"briefing {__version__}",
        "briefings": [briefing_json(a) for a in articles],
        "crossrefs": [],
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
