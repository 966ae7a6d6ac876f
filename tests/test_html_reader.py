"""The HTML reader keeps the article and its metadata and drops the page around it."""

from datetime import date

from briefings.model.article import ArticleFormat, BlockKind
from tests.helpers import read_text_article

PAGE = """<!doctype html>
<html><head>
<title>Port strike ends after 12 days | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times">
<meta name="author" content="Tomas Berg">
<meta property="article:published_time" content="2025-06-14T08:30:00Z">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<div class="ad-slot">Advertisement</div>
<article>
<h1>Port strike ends after 12 days</h1>
<p>Dock workers voted on Friday to accept a 9% pay rise, ending a strike that had stranded more than 300 ships.</p>
<p>The union said the deal would be signed next week, though some members remain opposed to the terms.</p>
<h2>What happens next</h2>
<p>Shipping lines expect the backlog to clear within three weeks, according to the port authority.</p>
<ul><li>Cargo volumes fell 40% during the strike.</li><li>About 2,000 workers took part.</li></ul>
<div class="share"><p>Share this article</p></div>
</article>
<aside class="related"><h3>Most read</h3><ul><li><a href="/a">Celebrity wedding photos</a></li></ul></aside>
<footer><p>Copyright 2025 Harbour Times. All rights reserved.</p><p>Privacy policy | Terms of use</p></footer>
</body></html>
"""


def test_html_article_text_and_metadata(write) -> None:
    article = read_text_article(write("port.html", PAGE))
    assert article.format is ArticleFormat.HTML
    assert article.title == "Port strike ends after 12 days"
    assert (article.author, article.outlet, article.published) == ("Tomas Berg", "Harbour Times", date(2025, 6, 14))
    assert "Dock workers voted on Friday to accept a 9% pay rise" in article.text
    assert "What happens next" in article.headings
    bullets = [article.passage(b.span) for b in article.blocks if b.kind is BlockKind.BULLET]
    assert "Cargo volumes fell 40% during the strike." in bullets
    for furniture in ("Home", "Advertisement", "Copyright", "Privacy policy", "Celebrity wedding", "Share this"):
        assert furniture not in article.text


def test_html_without_article_text_is_an_error(write) -> None:
    import pytest

    from briefings.errors import ArticleError

    with pytest.raises(ArticleError):
        read_text_article(write("empty.htm", "<html><body><nav><a href='/'>Home</a></nav></body></html>"))


EMBEDDED = """<html><head><title>Council approves budget</title></head><body><article>
<h1>Council approves budget</h1>
<p>The city council approved a budget of 40 million pounds on Thursday after a long debate in the chamber.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Huge night for the town, the budget passed! Proud of every councillor who voted yes.</p>&mdash; Jane Hale (@janehale) May 28, 2014 <a href="https://twitter.com/janehale/status/1">May 28, 2014</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js"></script>
<p>The mayor said the money would pay for new schools and repairs to the old library on the high street.</p>
<blockquote class="instagram-media"><p>A post shared by Town Hall (@townhall) on May 28, 2014 at 9:00pm PDT</p></blockquote>
<p>Opponents said the plan relied on grants that had not yet been confirmed by the national government.</p>
</article></body></html>
"""


def test_embedded_social_posts_are_left_out_and_listed_with_their_text(write) -> None:
    article = read_text_article(write("budget.html", EMBEDDED))
    assert "approved a budget of 40 million pounds" in article.text and "Opponents said" in article.text
    for post in ("Huge night for the town", "@janehale", "A post shared by"):
        assert post not in article.text
    listed = [r.text for r in article.removed if r.reason == "embedded social post"]
    assert len(listed) == 2 and "Huge night for the town" in listed[0] and "Town Hall" in listed[1]
    assert all(r.line > 0 for r in article.removed)
