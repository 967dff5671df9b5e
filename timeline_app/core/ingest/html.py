"""Articles from HTML: trafilatura for the main text, htmldate for the date; lxml as a fallback.

Everything is parsed offline: no resource is fetched and no script runs.
"""

from __future__ import annotations

import importlib
import logging
import re
import warnings
from datetime import date
from functools import cache
from types import ModuleType

from lxml import etree
from lxml import html as lxml_html

from timeline_app.core.model import Article

from . import vocab
from .articles import assemble, sha256_text
from .meta_dates import PageMeta, machine_dates, modified_only, stated_date
from .page_text import visible_text
from .plaintext import clean_text, page_dates
from .pubdate import parse_date
from .title import strip_site_suffix

__all__ = ["article_from_html", "strip_site_suffix"]

log = logging.getLogger(__name__)

_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_NOISE_TAGS = (
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "frame",
    "frameset", "object", "embed", "svg", "button", "figure", "figcaption", "template", "select",
)  # fmt: skip
_BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "dd", "dt")


MAX_ATTRIBUTES = 1000
"""More attributes than any real tag carries. libxml2 checks each new attribute against the
tag's others, and htmldate scans each: a tag with 200,000 attributes took minutes to parse."""
_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9:_-]*)([^<>]*)>")


def _tamed(html: str) -> tuple[str, int]:
    """``html`` with the attributes of every tag that has too many dropped, and how many tags.

    Linear in the page; the tag and its text stay, so the page reads the same.
    """
    if html.count("=") <= MAX_ATTRIBUTES and html.count(" ") <= MAX_ATTRIBUTES:
        return html, 0
    wild = 0

    def tame(match: re.Match) -> str:
        nonlocal wild
        attributes = match.group(2)
        if max(attributes.count("="), attributes.count(" ")) <= MAX_ATTRIBUTES:
            return match.group(0)
        wild += 1
        return f"<{match.group(1)}>"

    tamed = _TAG.sub(tame, html)
    return (tamed, wild) if wild else (html, 0)


def _parse(html: str) -> etree._Element | None:
    text = _XML_DECLARATION.sub("", html)
    if not text.strip():
        return None
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        return lxml_html.document_fromstring(text, parser=parser)
    except (etree.LxmlError, ValueError, RecursionError):
        return None


_META_XPATH = (
    "//meta[@property='article:published_time' or @property='og:published_time'"
    " or @name='pubdate' or @name='publishdate' or @name='publish-date' or @name='date'"
    " or @name='dc.date.issued' or @name='DC.date.issued' or @itemprop='datePublished']/@content"
    " | //*[@itemprop='datePublished']/@datetime | //time[@pubdate]/@datetime"
)


def _page_meta(tree: etree._Element) -> PageMeta:
    """The date the tags state, else htmldate's guess; and the whole page's date candidates.

    Read before the extractor runs (it may prune the tree).
    """
    stated = stated_date(tree)
    article = _article_part(tree)
    guessed = None
    if stated is None:
        guess = _htmldate(tree)
        guessed = guess if guess in machine_dates(tree, article) else _tagged_date(tree)
        if guessed is not None and modified_only(tree, guessed, article):
            guessed = None  # (a last edit's time alone: no publication date)
    body = tree.find("body")
    whole = body if body is not None else tree
    part = article if article is not None else whole
    dated = page_dates(visible_text(part))
    return PageMeta(stated, guessed, dated, visible_text(whole, furniture=True))


def _article_part(tree: etree._Element) -> etree._Element | None:
    """The ``<article>`` or ``<main>`` that holds the headline, if any.

    The article's stamp is read there: what stands outside it is the site's (its clock, lists).
    """
    for heading in tree.iter("h1"):
        for up in heading.iterancestors():
            if str(up.tag).lower() in ("article", "main"):
                return up
        break
    return None


def _own_address(tree: etree._Element) -> str:
    """The address the page gives itself (its canonical link, else ``og:url``), if absolute."""
    for value in tree.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content"):
        if str(value).startswith(("http://", "https://")):
            return str(value).strip()
    return ""


def _tagged_date(tree: etree._Element) -> date | None:
    for value in tree.xpath(_META_XPATH):
        found = parse_date(str(value))
        if found is not None:
            return found
    return None


@cache
def _quiet_import(name: str) -> ModuleType | None:
    """Import a third-party parser without letting its warnings escape; None if it won't load."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return importlib.import_module(name)
    except Exception as exc:  # noqa: BLE001 - e.g. trafilatura without lxml_html_clean
        log.debug("%s unavailable: %s", name, exc)
        return None


def _htmldate(tree: etree._Element) -> date | None:
    htmldate = _quiet_import("htmldate")
    if htmldate is None:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = htmldate.find_date(
                tree, original_date=True, extensive_search=False, outputformat="%Y-%m-%d"
            )
        return date.fromisoformat(found) if found else None
    except Exception as exc:  # noqa: BLE001 - a third-party parser must never stop a load
        log.debug("htmldate failed: %s", exc)
        return None


def _trafilatura(tree: etree._Element, url: str) -> tuple[str, str] | None:
    trafilatura = _quiet_import("trafilatura")
    if trafilatura is None:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            doc = trafilatura.bare_extraction(
                tree,
                url=url or None,
                include_comments=False,
                include_tables=False,
                favor_precision=True,
                with_metadata=True,
            )
    except Exception as exc:  # noqa: BLE001 - a third-party parser must never stop a load
        log.debug("trafilatura failed: %s", exc)
        return None
    if doc is None:
        return None
    text = getattr(doc, "text", None) or ""
    return (text, getattr(doc, "title", None) or "") if text.strip() else None


_PART = re.compile(r"[a-z0-9]+")


def _noisy(node: etree._Element) -> bool:
    """A menu, share row, comment area... by its tag, or by the words of its class and id."""
    if node.tag in _NOISE_TAGS:
        return True
    parts = _PART.findall(f"{node.get('class', '')} {node.get('id', '')}".lower())
    noise = vocab.entries("html_noise_classes")
    return any(
        part == word or (len(word) >= 4 and part.startswith(word))
        for part in parts
        for word in noise
    )


def _lxml_text(tree: etree._Element) -> tuple[str, str]:
    """A plain fallback: visible block text outside menus, headers, footers and asides."""
    og = tree.xpath("//meta[@property='og:title']/@content")
    heads = tree.xpath("//title/text()")
    h1 = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    headline = h1[0] if h1 else ""
    title = strip_site_suffix(og[0] if og else heads[0] if heads else headline, headline=headline)
    body = tree.find("body")
    root = body if body is not None else tree
    for node in list(root.iter()):
        if isinstance(node.tag, str) and node.getparent() is not None and _noisy(node):
            node.drop_tree()
    lines: list[str] = []
    for node in root.iter(*_BLOCK_TAGS):
        if any(ancestor.tag in _BLOCK_TAGS for ancestor in node.iterancestors()):
            continue
        line = " ".join(node.text_content().split())
        if line:
            lines.append(line)
    if not lines:  # text straight in <div>s and <br>s: keep the page's own line breaks
        for br in root.iter("br"):
            br.tail = "\n" + (br.tail or "")
        lines = [" ".join(part.split()) for part in root.text_content().split("\n")]
    return "\n".join(line for line in lines if line), title


def article_from_html(
    html: str, *, article_id: str, path: str = "", url: str = "", title: str = ""
) -> Article:
    """An article from an HTML page: its main text, headline and publication date."""
    notes: list[str] = []
    original = html
    html, wild = _tamed(html)
    if wild:
        notes.append(f"{wild} tag(s) with over {MAX_ATTRIBUTES} attributes read without them")
    tree = _parse(html)
    meta = _page_meta(tree) if tree is not None else PageMeta()
    address = url or (_own_address(tree) if tree is not None else "")
    extracted = _trafilatura(tree, url) if tree is not None else None
    if extracted is None and tree is not None:
        tree = _parse(html)  # trafilatura may have pruned the tree before giving up
        extracted = _lxml_text(tree) if tree is not None else ("", "")
        notes.append("main text found by the simple HTML reader")
    text, page_title = extracted or ("", "")
    known = title.strip() or strip_site_suffix(page_title)
    cleaned = clean_text(text, known_title=known)
    return assemble(
        cleaned,
        article_id=article_id,
        path=path,
        url=address,
        content_hash=sha256_text(original),
        meta=meta,
        notes=notes,
    )
