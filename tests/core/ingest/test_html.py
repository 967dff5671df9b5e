"""HTML pages: main text, headline, metadata dates, the fallback reader, and nothing fetched."""

from __future__ import annotations

import socket
from datetime import date
from pathlib import Path

import pytest

from timeline_app.core.ingest import article_from_html, read_file
from timeline_app.core.ingest import html as html_module
from timeline_app.core.ingest.html import strip_site_suffix
from timeline_app.core.model import PublishedSource

P1 = (
    "Rescuers pulled two more survivors from the rubble on Friday, four days after the "
    "earthquake struck the mountain town, the regional governor said."
)
P2 = (
    "More than 300 people are known to have died, and aid agencies warned that the toll "
    "would rise as teams reached remote villages."
)
P3 = (
    "“We are still hearing voices under the buildings,” said one volunteer, who had driven "
    "through the night from the capital."
)

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Survivors found four days after quake | The Morning Ledger</title>
<meta property="og:title" content="Survivors found four days after quake - The Morning Ledger">
<meta property="article:published_time" content="2023-02-10T08:15:00+00:00">
<link rel="stylesheet" href="http://cdn.example.invalid/site.css">
<script src="http://ads.example.invalid/tracker.js"></script>
<script>document.write("INJECTED BY SCRIPT");</script>
</head><body>
<header><nav><a href="/">Home</a> &gt; <a href="/world">World</a> <a href="/login">Sign in</a></nav></header>
<main><article>
<h1>Survivors found four days after quake</h1>
<p class="byline">By Jane Roe</p>
<figure><img src="http://img.example.invalid/quake.jpg" alt="Rubble">
<figcaption>Rescuers search the rubble (Photo: AP)</figcaption></figure>
<p>{P1}</p>
<p>{P2}</p>
<iframe src="http://video.example.invalid/embed/123"></iframe>
<p>{P3}</p>
<div class="newsletter"><p>Sign up for our daily newsletter and get the news in your inbox.</p></div>
</article></main>
<aside><h2>Most read</h2><ul>
<li><a href="/a">Storm leaves thousands without power</a></li>
<li><a href="/b">Minister resigns over expenses claims</a></li>
</ul></aside>
<footer><p>© 2023 The Morning Ledger. All rights reserved.</p></footer>
</body></html>"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("ingest tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_article_page(no_network: None) -> None:
    article = article_from_html(PAGE, article_id="quake", path="quake.html")
    assert article.title == "Survivors found four days after quake"
    assert article.text.split("\n\n") == [P1, P2, P3]
    assert article.published == date(2023, 2, 10)
    assert article.published_source is PublishedSource.META
    assert "INJECTED" not in article.text


def test_fallback_reader_when_trafilatura_gives_nothing(
    no_network: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(html_module, "_trafilatura", lambda tree, url: None)
    article = article_from_html(PAGE, article_id="quake")
    assert article.title == "Survivors found four days after quake"
    assert article.text.split("\n\n") == [P1, P2, P3]
    assert "main text found by the simple HTML reader" in article.warnings
    assert article.published == date(2023, 2, 10)


def test_url_date_when_the_page_has_none(no_network: None) -> None:
    page = f"<html><body><h1>Quake toll rises</h1><p>{P2}</p></body></html>"
    article = article_from_html(
        page, article_id="q", url="https://news.example.invalid/world/2023/02/11/quake-toll"
    )
    assert article.title == "Quake toll rises"
    assert (article.published, article.published_source) == (date(2023, 2, 11), PublishedSource.URL)


def test_page_without_any_date(no_network: None) -> None:
    page = f"<html><body><h1>Quake toll rises</h1><p>{P2}</p></body></html>"
    article = article_from_html(page, article_id="q")
    assert (article.published, article.published_source) == (None, PublishedSource.NONE)


def test_declared_charset_is_honoured(tmp_path: Path, no_network: None) -> None:
    page = (
        '<html><head><meta charset="windows-1252"><title>Café owner wins “best bakery” award</title>'
        "</head><body><article><h1>Café owner wins “best bakery” award</h1>"
        f"<p>{P1}</p><p>The café’s owner said she was “thrilled” by the news.</p></article></body></html>"
    )
    path = tmp_path / "cafe.html"
    path.write_bytes(page.encode("cp1252"))
    (article,), problems = read_file(path)
    assert problems == []
    assert article.title == "Café owner wins “best bakery” award"
    assert "The café’s owner said she was “thrilled” by the news." in article.text


@pytest.mark.parametrize(
    "page",
    [
        "<html></html>",
        "<html><body><script>var x = 1;</script></body></html>",
        "<html><body><nav><a>Home</a> <a>News</a></nav><p>Share</p></body></html>",
    ],
)
def test_empty_pages_are_problems(tmp_path: Path, page: str) -> None:
    path = tmp_path / "empty.html"
    path.write_text(page, encoding="utf-8")
    articles, problems = read_file(path)
    assert articles == []
    assert len(problems) == 1


def test_xml_declared_xhtml_is_read(no_network: None) -> None:
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + PAGE
    article = article_from_html(page, article_id="x")
    assert article.text.split("\n\n") == [P1, P2, P3]


@pytest.mark.parametrize(
    ("title", "headline", "expected"),
    [
        ("Quake toll rises - The Morning Ledger", "", "Quake toll rises"),
        ("Quake toll rises | World | Ledger", "", "Quake toll rises | World"),
        ("Quake toll rises | Ledger", "Quake toll rises", "Quake toll rises"),
        ("Live - the quake in pictures", "", "Live - the quake in pictures"),
        ("Quake", "", "Quake"),
    ],
)
def test_strip_site_suffix(title: str, headline: str, expected: str) -> None:
    assert strip_site_suffix(title, headline=headline) == expected


def test_html_saved_as_txt_is_read_as_html(tmp_path: Path, no_network: None) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(PAGE, encoding="utf-8")
    (article,), problems = read_file(path)
    assert problems == []
    assert article.title == "Survivors found four days after quake"
    assert article.text.split("\n\n") == [P1, P2, P3]


def test_json_ld_date_and_wordpress_furniture(no_network: None) -> None:
    page = f"""<html><head><title>Quake toll rises &#8211; Valley Courier</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Quake toll rises", "datePublished": "2023-02-12T07:00:00-05:00",
"dateModified": "2023-02-14T09:00:00-05:00"}}</script></head><body>
<div class="entry-header"><h1 class="entry-title">Quake toll rises</h1>
<span class="posted-on">Posted on <time datetime="2023-02-12">February 12, 2023</time></span></div>
<div class="entry-content"><p>{P2}</p><p>{P3}</p>
<div class="sharedaddy"><h3>Share this:</h3><ul><li>Facebook</li><li>Twitter</li></ul></div>
</div><div id="comments"><h2>3 comments</h2><p>Great article, thanks for sharing this with us all.</p>
<h3 id="reply-title">Leave a Reply</h3></div></body></html>"""
    article = article_from_html(page, article_id="wp")
    assert article.title == "Quake toll rises"
    assert article.text.split("\n\n") == [P2, P3]
    assert (article.published, article.published_source) == (
        date(2023, 2, 12),
        PublishedSource.META,
    )


def test_furniture_inside_the_article_body_is_cut(no_network: None) -> None:
    appeal = (
        "Your support helps us keep our reporting free for everyone. Please consider "
        "making a donation today."
    )
    page = f"""<html><body><article><h1>Quake toll rises</h1>
<p>{P1}</p><p>Advertisement</p><p>Read more: Aid convoy reaches the mountain villages</p>
<p>{P2}</p><p>{appeal}</p></article></body></html>"""
    article = article_from_html(page, article_id="a")
    assert article.text.split("\n\n") == [P1, P2]


def test_without_trafilatura_installed_the_simple_reader_takes_over(
    no_network: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now raises ImportError
    monkeypatch.setitem(sys.modules, "htmldate", None)
    html_module._quiet_import.cache_clear()
    try:
        article = article_from_html(PAGE, article_id="quake")
    finally:
        html_module._quiet_import.cache_clear()
    assert article.title == "Survivors found four days after quake"
    assert article.text.split("\n\n") == [P1, P2, P3]
    assert (article.published, article.published_source) == (
        date(2023, 2, 10),
        PublishedSource.META,
    )


def test_fallback_reader_keeps_text_written_straight_into_divs(
    no_network: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(html_module, "_trafilatura", lambda tree, url: None)
    page = f"<html><body><div>Quake toll rises<br>{P1}<br><br>{P2}</div></body></html>"
    article = article_from_html(page, article_id="d")
    assert article.title == "Quake toll rises"
    assert article.text.split("\n\n") == [P1, P2]


@pytest.mark.parametrize(
    ("attrs", "noisy"),
    [
        ('class="share-buttons"', True),
        ('id="comments-area"', True),
        ('class="ad-slot top"', True),
        ('class="related_posts"', True),
        ('class="head-line"', False),
        ('class="canvas"', False),
        ('class="address"', False),
        ('class="article-body"', False),
    ],
)
def test_simple_reader_recognises_furniture_by_class(attrs: str, noisy: bool) -> None:
    from lxml import html as lxml_html

    node = lxml_html.fromstring(f"<div {attrs}>x</div>")
    assert html_module._noisy(node) is noisy
