"""Assembling an :class:`Article` from cleaned text, its dates and what was noticed on the way."""

from __future__ import annotations

import hashlib
import re
from datetime import date

from timeline_app.core.model import Article, PublishedSource

from .datelines import yearless_dateline
from .language import detect_language
from .plaintext import Cleaned, clean_text
from .pubdate import DateCandidate, date_from_url
from .pubscore import MIN_SCORE, rank_candidates

__all__ = ["article_from_text", "assemble", "fallback_title", "sha256_text"]

TITLE_FALLBACK_CHARS = 80


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fallback_title(text: str) -> str:
    """A title made from the first sentence when the page shows no headline."""
    first = text.split("\n", 1)[0].strip()
    for stop in (". ", "? ", "! "):
        if stop in first:
            first = first.split(stop, 1)[0] + stop.strip()
            break
    if len(first) > TITLE_FALLBACK_CHARS:
        first = first[:TITLE_FALLBACK_CHARS].rsplit(" ", 1)[0] + "…"
    return first


def _describe(candidates: list[DateCandidate]) -> str:
    return "; ".join(
        f"{c.value.isoformat()} {c.source}" + (f" ({c.label})" if c.label else "")
        for c in candidates
    )


def assemble(
    cleaned: Cleaned,
    *,
    article_id: str,
    path: str,
    url: str,
    content_hash: str,
    meta_date: date | None = None,
    meta_first: bool = False,
    notes: list[str] | None = None,
) -> Article:
    """The article, with its publication date chosen from text, metadata and URL in that order.

    ``meta_first`` puts HTML metadata ahead of dates written in the text (it comes first on a page).
    """
    warnings = list(notes or [])
    ranked = rank_candidates(cleaned.dates)
    chosen = ranked[0].candidate if ranked and ranked[0].score >= MIN_SCORE else None
    from_url = date_from_url(url)
    if chosen is not None and chosen.is_update and from_url and from_url <= chosen.value:
        chosen = None  # an update stamp only: the address keeps the day of first publication
    published: date | None = None
    source = PublishedSource.NONE
    precision: str | None = None
    if meta_date is not None and (meta_first or chosen is None):
        published, source, precision = meta_date, PublishedSource.META, "day"
    elif chosen is not None:
        published, source, precision = chosen.value, chosen.source, chosen.precision
    elif from_url is not None:
        published, source, precision = from_url, PublishedSource.URL, "day"
    candidates = [s.to_dict() for s in ranked]
    if chosen is not None and source is chosen.source:
        runner_up = f" over {ranked[1].score:.2f}" if len(ranked) > 1 else ""
        won = f"chosen: the best score ({ranked[0].score:.2f}{runner_up}); "
        candidates[0]["why"] = won + candidates[0]["why"]
    if published is None and (yearless := yearless_dateline(cleaned.text)) is not None:
        month, day, line = yearless
        candidates.append(
            {"date": f"--{month:02d}-{day:02d}", "source": "dateline", "line": line,
             "score": None, "why": "an agency dateline without a year, and nothing in the text "
             "fixes the year (related articles may)"}
        )  # fmt: skip
    if meta_date is not None:
        meta = {"date": meta_date.isoformat(), "source": "meta", "line": "", "score": None,
                "why": "the page's metadata" + (", read before the text" if meta_first else "")}
        candidates.insert(0 if source is PublishedSource.META else len(candidates), meta)
    if cleaned.dates:
        warnings.append(f"date candidates: {_describe(cleaned.dates)}")
    if meta_date is not None and source is not PublishedSource.META:
        warnings.append(f"date candidates: {meta_date.isoformat()} meta")
    if cleaned.removed:
        lines = "line" if cleaned.removed == 1 else "lines"
        warnings.append(f"furniture removed: {cleaned.removed} {lines}")
    title = cleaned.title
    if not title:
        title = fallback_title(cleaned.text)
        warnings.append("no headline found: title taken from the first sentence")
    return Article(
        id=article_id,
        title=title,
        text=cleaned.text,
        published=published,
        published_source=source,
        url=url,
        path=path,
        content_hash=content_hash,
        warnings=warnings,
        published_precision=precision,
        date_candidates=candidates,
        lang=detect_language(title, cleaned.text),
    )


def article_from_text(
    raw: str,
    *,
    article_id: str,
    path: str = "",
    url: str = "",
    title: str = "",
    content_hash: str = "",
) -> Article:
    """An article from a plain-text dump of a web page (``title`` if the headline is known).

    ``content_hash`` is the file's own hash when the caller has one (else the text's is taken).
    """
    cleaned = clean_text(raw, known_title=title.strip())
    return assemble(
        cleaned,
        article_id=article_id,
        path=path,
        url=url or _url_line(raw),
        content_hash=content_hash or sha256_text(raw),
    )


_URL_LINE = re.compile(r"\s*(?:(?:url|address)\s*:\s*)?(?P<url>https?://\S+)\s*", re.I)
"""The page's own address, bare or labelled as such ("Source: ..." may name an original
published elsewhere, on another day)."""
URL_LINES = 3
"""A saved page's address is looked for among this many first lines (readers write it on top)."""


def _url_line(raw: str) -> str:
    """The page's address when the text opens with it on a line of its own ("URL: https://...")."""
    lines = [line for line in raw.split("\n", 20)[:20] if line.strip()][:URL_LINES]
    for line in lines:
        if (found := _URL_LINE.fullmatch(line)) is not None:
            return found.group("url")
    return ""
