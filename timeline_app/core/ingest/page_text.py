"""A page's visible text, line by line as a browser lays it out: where its date lines are read.

The extractor (trafilatura) keeps the article's paragraphs and drops the rest, and with it the
stamp by the headline, the byline's date and the ``First published`` line at the foot. The date
finder of plain-text pages (:mod:`.pubdate`, :mod:`.pubscore`) was made for a whole page as a
reader copies it, furniture and all: this module gives it that text, block elements on lines of
their own, inline ones joined, nothing of scripts, styles or the ``<head>``, nor of the parts
whose tag or class says they hold other stories (sidebars, comments, related lists) or the site's
banner and foot.
"""

from __future__ import annotations

from lxml import etree

__all__ = ["PAGE_TEXT_LIMIT", "visible_text"]

_BLOCKS = frozenset(
    "address article aside blockquote body dd details div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot "
    "th thead tr ul br".split()
)
_HIDDEN = frozenset(
    "head script style noscript template svg iframe object embed select option button title meta "
    "link".split()
)
_ELSEWHERE = frozenset({"aside"})
_SITE_PARTS = frozenset({"header", "footer"})
"""The site's banner and foot, outside the article: a clock, the day's date, a copyright, a
"page last reviewed" line; never the article's stamp (an article's own header, inside
``<article>`` or ``<main>`` or holding its headline, stays)."""
_ARTICLE = frozenset({"article", "main"})
_ELSEWHERE_CLASSES = frozenset(
    "comment comments related recommended recommendations trending sidebar outbrain taboola "
    "promo sponsored sr-only screen-reader-text visually-hidden visuallyhidden".split()
)
"""Sidebars, comment threads and lists of other stories: their dates are never the article's, and
a list above the headline would hide the stamp below it (it reads as a list item); text for screen
readers only, which repeats what the page shows (glued to it, "5 Apr 20225 Apr 2022"). Menus stay:
a date above them is the site's (``pubdate``'s masthead rule reads them)."""
PAGE_TEXT_LIMIT = 300_000
"""Characters of visible text read for dates: more than any article page shows."""


def visible_text(root: etree._Element, *, furniture: bool = False) -> str:
    """The text of ``root`` with a line break around every block element (and at ``<br>``).

    With ``furniture`` the site's banner and foot, sidebars and comments are kept too.

    ``root`` is parsed without comments (:func:`.html._parse`): a comment's tail would be lost.
    """
    parts: list[str] = []
    size = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, node in walker:
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if not tag or tag.lower() in _HIDDEN or (
                not furniture and _elsewhere(node, tag.lower())):
                walker.skip_subtree()
                continue
            if tag.lower() in _BLOCKS:
                parts.append("\n")
            if node.text:
                parts.append(node.text)
                size += len(node.text)
            continue
        if not tag:
            continue
        if tag.lower() in _BLOCKS:
            parts.append("\n")
        if node.tail and node is not root:
            parts.append(node.tail)
            size += len(node.tail)
        if size > PAGE_TEXT_LIMIT:
            break
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)[:PAGE_TEXT_LIMIT]


def _elsewhere(node: etree._Element, tag: str) -> bool:
    if tag in _ELSEWHERE:
        return True
    if tag in _SITE_PARTS:
        inside = any(str(up.tag).lower() in _ARTICLE for up in node.iterancestors())
        return not inside and not node.xpath(".//h1")
    names = f"{node.get('class', '')} {node.get('id', '')}".lower().replace("_", "-").split()
    return any(name in _ELSEWHERE_CLASSES for name in names) or any(
        part in _ELSEWHERE_CLASSES for name in names for part in name.split("-")
    )
