"""The Markdown reader: front matter, headings, lists, paragraphs, FAQ, inline markup dropped."""

from datetime import date

from briefings.model.article import ArticleFormat, BlockKind
from tests.helpers import read_text_article

ARTICLE = """---
title: "Chipmaker doubles output"
author: Priya Nair
date: 2025-11-04
outlet: Tech Ledger
---

# Chipmaker doubles output

The company said on **Monday** that output rose to 2 million wafers, according to
[its filing](https://example.com/filing).

## Why it matters

- Output is up 100% from a year ago.
- Prices fell by *about* 8%.

Subscribe to our newsletter for more.

```
print("code is not article text")
```

## FAQ

### When will the new plant open?

Executives expect it to open in 2027.
"""


def test_markdown_article(write) -> None:
    article = read_text_article(write("chip.md", ARTICLE))
    assert article.format is ArticleFormat.MARKDOWN
    assert (article.title, article.author, article.outlet) == ("Chipmaker doubles output", "Priya Nair", "Tech Ledger")
    assert article.published == date(2025, 11, 4)
    assert article.headings == ["Why it matters", "FAQ"]
    by_kind = {k: [article.passage(b.span) for b in article.blocks if b.kind is k] for k in BlockKind}
    assert by_kind[BlockKind.HEADLINE] == ["Chipmaker doubles output"]
    assert by_kind[BlockKind.PARAGRAPH] == [
        "The company said on Monday that output rose to 2 million wafers, according to its filing."
    ]
    assert by_kind[BlockKind.BULLET] == ["Output is up 100% from a year ago.", "Prices fell by about 8%."]
    assert by_kind[BlockKind.QUESTION] == ["When will the new plant open?"]
    assert by_kind[BlockKind.ANSWER] == ["Executives expect it to open in 2027."]
    assert "example.com" not in article.text and "**" not in article.text
    reasons = [r.reason for r in article.removed]
    assert "code block" in reasons and any(r.startswith("promotion") for r in reasons)


def test_markdown_without_front_matter_takes_title_from_h1(write) -> None:
    article = read_text_article(write("plain.markdown", "# Floods close roads\n\nHeavy rain closed 40 roads on Sunday.\n"))
    assert article.title == "Floods close roads" and not article.title_derived
    assert article.author is None and article.published is None


def test_broken_front_matter_is_ignored(write) -> None:
    article = read_text_article(write("bad.md", "---\ntitle: [unclosed\n---\n\nThe vote passed 52 to 48.\n"))
    assert "The vote passed 52 to 48." in article.text
