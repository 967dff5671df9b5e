"""What a page's metadata says of its publication, and how far to believe it.

A tag that names the publication (``article:published_time``, JSON-LD ``datePublished`` of an
article) is the site's own statement: *stated*. Anything else a date library reads (a bare
``<meta name="date">`` that many sites fill with the day the page was built, a modified time when
no publication time is given, a video's upload date) is a *guess*, which a stamp printed on the
page overrides. A stated timestamp is often in UTC while the page prints the local day: a printed
day that an offset explains is the page's day, not a contradiction.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache

from lxml import etree

from timeline_app.core.model import PublishedSource

from .candidates import DateCandidate
from .dates import date_from_url, parse_date

__all__ = [
    "PageMeta",
    "StatedDate",
    "entry_published",
    "machine_dates",
    "modified_only",
    "stated_date",
]

_STATED_XPATH = (
    "//meta[@property='article:published_time' or @property='og:published_time'"
    " or @property='og:article:published_time' or @name='article:published_time'"
    " or @name='pubdate' or @name='publishdate' or @name='publish-date' or @name='publish_date'"
    " or @name='dc.date.issued' or @name='DC.date.issued' or @name='dcterms.issued'"
    " or @name='sailthru.date' or @name='parsely-pub-date' or @name='article.published'"
    " or @name='pdate' or @name='dcterms.created' or @name='DC.date.created'"
    " or @itemprop='datePublished']/@content"
    " | //*[@itemprop='datePublished']/@datetime | //*[@itemprop='datePublished']/@content"
    " | //time[@pubdate]/@datetime"
)
_ARTICLE_TYPES = frozenset(
    "Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle "
    "BackgroundNewsArticle BlogPosting LiveBlogPosting SocialMediaPosting Report "
    "ScholarlyArticle TechArticle PressRelease".split()
)
OFFSETS_HOURS = (-12, 14)
"""The span of the world's UTC offsets: a UTC timestamp's day is one of those they give."""


@dataclass(frozen=True, slots=True)
class StatedDate:
    """A publication date the metadata states, and the moment it names if it gives one."""

    value: date
    moment: datetime | None = None

    def printed_as(self, stamp: DateCandidate) -> bool:
        """Whether the page's own stamp prints this moment on another day.

        The stamp by the headline or the byline, of the first publication and in no list, may
        show the local day under some offset, when the metadata gives a time in UTC; and a
        stamp labelled as the first publication ("Published", "Posted"), earlier than the
        stated time, says that time is when the page was last touched (some sites state the
        last edit as the publication).
        """
        if stamp.value == self.value or stamp.is_update or stamp.context:
            return False
        if stamp.source not in _OWN_STAMPS:
            return False
        if stamp.value < self.value and stamp.label and "original" not in stamp.label:
            return (
                True  # "Published 14 May 2019" under a later stated time: the time it was touched
            )
        if stamp.label and abs((stamp.value - self.value).days) >= STALE_TAG_DAYS:
            return True  # "Published 3 June 2025" over a tag's 2015-06-03: a stale or mistyped tag
        if self.moment is None or self.moment.utcoffset() != timedelta(0):
            return False  # (a time stated with its own offset is local time already)
        utc = self.moment.astimezone(UTC)
        low, high = (utc + timedelta(hours=h) for h in OFFSETS_HOURS)
        return low.date() <= stamp.value <= high.date()


    def in_zone_of(self, lang: str) -> StatedDate:
        """The stated day in the one civil zone of the page's language, when it is stated in UTC.

        "2024-09-18T22:30:00Z" on a Korean page is 19 September in Korea (``language_zones.txt``);
        a time stated with its own offset, or a language of many zones, keeps its day.
        """
        hours = _language_zones().get(lang)
        if hours is None or self.moment is None or self.moment.utcoffset() != timedelta(0):
            return self
        return StatedDate((self.moment + timedelta(hours=hours)).date(), self.moment)


@cache
def _language_zones() -> dict[str, int]:
    from . import vocab

    entries = (e.split() for e in vocab.entries("language_zones"))
    return {lang: int(hours) for lang, hours in entries}


_OWN_STAMPS = (PublishedSource.HEADER, PublishedSource.BYLINE)
STALE_TAG_DAYS = 365
"""A labelled first-publication stamp by the headline this far from the stated date, either way,
is what the page shows its readers: the tag is a template's, a migration's or mistyped (no
offset or edit explains a year)."""


@dataclass(slots=True)
class PageMeta:
    """What an HTML page says of its date besides its article text."""

    stated: StatedDate | None = None
    guessed: date | None = None
    """A date library's reading when no tag states the publication (weaker than a stamp)."""
    page_dates: list[DateCandidate] | None = None
    """The date candidates of the page's whole visible text."""
    page_text: str = ""
    """The visible text of the whole page, furniture included (for :mod:`.page_clues`)."""

    def described(self) -> list[tuple[date, str]]:
        found = []
        if self.stated is not None:
            found.append((self.stated.value, "the page's metadata states its publication"))
        if self.guessed is not None:
            why = "a date the metadata or markup suggests (no tag states the publication)"
            found.append((self.guessed, why + ": a stamp printed on the page wins"))
        return found


def stated_date(tree: etree._Element) -> StatedDate | None:
    """The publication date a page's tags or an article's JSON-LD state, first found first."""
    for value in tree.xpath(_STATED_XPATH):
        if (found := _read(str(value))) is not None:
            return found
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        for value in _json_ld_published(str(script)):
            if (found := _read(value)) is not None:
                return found
    return None


_ENTRY_PUBLISHED = (
    ".//time[contains(concat(' ', normalize-space(@class), ' '), ' published ')]/@datetime"
)


def entry_published(part: etree._Element | None) -> StatedDate | None:
    """The hAtom ``<time class="published" datetime>`` of the article part, when it names one day.

    Blog themes print it beside ``<time class="updated">``, in either order and glued in the
    visible text ("June 22, 2023June 21, 2023"); the class says which is the publication. Read in
    the part that holds the headline only (a sidebar's list uses the same class), and only when
    all such elements there agree.
    """
    if part is None:
        return None
    found = [read for value in part.xpath(_ENTRY_PUBLISHED) if (read := _read(str(value)))]
    return found[0] if len({f.value for f in found}) == 1 else None


_COMPACT = re.compile(r"(\d{4})(\d\d)(\d\d)(?=$|T)")
"""A compact stamp in a tag ("20240305", "20240305T234100Z"): ISO's basic format."""


def _read(value: str) -> StatedDate | None:
    value = value.strip()
    if compact := _COMPACT.match(value):
        value = "-".join(compact.groups())  # (its time, if any, is dropped: the day is read)
    day = parse_date(value)
    if day is None:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        moment = None
    if moment is not None and moment.date() != day:
        moment = None  # (only a timestamp that reads as the same day tells its moment)
    return StatedDate(day, moment if moment is not None and "T" in value else None)


MAX_JSON_LD = 200_000
"""Characters of one JSON-LD block read (an article's is a few thousand)."""


def _json_ld_published(text: str) -> list[str]:
    """``datePublished`` of the article objects in a JSON-LD block (a ``@graph`` too).

    Else a ``WebPage``'s, else an article object's ``dateCreated`` (some news systems state only
    that: the day the story was written, never a later edit's).
    """
    if len(text) > MAX_JSON_LD:
        return []
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return []
    found: list[str] = []
    pages: list[str] = []
    created: list[str] = []  # (an article object's ``dateCreated`` when it states no publication)
    stack = [data]
    while stack and len(found) < 10:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            value = item.get("datePublished")
            if isinstance(value, str) and any(kind in _ARTICLE_TYPES for kind in kinds):
                found.append(value)
            elif isinstance(value, str) and any(kind in _PAGE_TYPES for kind in kinds):
                pages.append(value)
            elif isinstance(made := item.get("dateCreated"), str) and any(
                kind in _ARTICLE_TYPES for kind in kinds
            ):
                created.append(made)
            stack.extend(v for k, v in item.items() if k == "@graph" or k == "mainEntity")
    return found or pages or created


_PAGE_TYPES = frozenset(("WebPage", "ItemPage"))
"""Objects of the page itself whose ``datePublished`` is the article's when no article object
states one (SEO plugins' ``@graph`` of ``WebSite`` and ``WebPage``); a listing's
``CollectionPage`` is no article's."""


_MACHINE_XPATH = (
    "//meta[contains(translate(concat(@name, @property, @itemprop, @http-equiv), 'DATEIM', "
    "'dateim'), 'date') or contains(translate(concat(@name, @property, @itemprop), 'TIME', "
    "'time'), 'time')]/@content"
    " | //link[@rel='canonical']/@href | //meta[@property='og:url']/@content"
)
_ELSEWHERE_PARTS = ("header", "footer", "aside", "nav")


_MODIFIED_XPATH = (
    "//meta[contains(translate(concat(@name, @property, @itemprop), 'MODIFUPDATE', 'modifupdate'),"
    " 'modif') or contains(translate(concat(@name, @property, @itemprop), 'MODIFUPDATE',"
    " 'modifupdate'), 'updat')]/@content"
)


def modified_only(tree: etree._Element, day: date, article: etree._Element | None) -> bool:
    """Whether only a modified or updated tag gives ``day`` ("article:modified_time" alone).

    The last edit bounds the day of writing from above; it is no publication date.
    """
    modified = {found for v in tree.xpath(_MODIFIED_XPATH) if (found := parse_date(str(v)))}
    if day not in modified:
        return False
    return day not in machine_dates(tree, article, modified=False)


def machine_dates(
    tree: etree._Element, article: etree._Element | None = None, *, modified: bool = True
) -> set[date]:
    """The dates the page writes for machines about itself.

    Meta tags of a date or a time, its own address, and the ``datetime`` of the ``<time>``
    elements of ``article`` (the part that holds the headline; without one, those outside the
    site's banner, foot, sidebars and menus). A date library's reading that none of them gives
    came from the page's visible furniture (a clock's class, a related story's date) and is no
    evidence of the article's day.
    """
    found: set[date] = set()
    edits = {str(v) for v in tree.xpath(_MODIFIED_XPATH)} if not modified else set()
    for value in tree.xpath(_MACHINE_XPATH):
        text = str(value)
        if text in edits:
            continue
        day = date_from_url(text) if text.startswith(("http://", "https://")) else parse_date(text)
        if day is not None:
            found.add(day)
    if article is not None:
        times = article.xpath(".//@datetime")
    else:
        times = [
            value
            for value in tree.xpath("//*[@datetime]/@datetime")
            if not any(
                str(up.tag).lower() in _ELSEWHERE_PARTS for up in value.getparent().iterancestors()
            )
        ]
    found.update(day for value in times if (day := parse_date(str(value))) is not None)
    return found
