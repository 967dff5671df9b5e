"""Assembling an :class:`Article` from cleaned text, its dates and what was noticed on the way."""

from __future__ import annotations

import hashlib
import re
from datetime import date

from timeline_app.core.model import Article, PublishedSource

from .datelines import inferred_dateline, yearless_dateline
from .dates import valid_date, year_month_from_url
from .language import detect_language
from .meta_dates import PageMeta
from .page_clues import page_clues
from .plaintext import Cleaned, clean_text
from .pubdate import DateCandidate, date_from_url
from .pubscore import MIN_SCORE, rank_candidates
from .wire_codes import wire_code_clue

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
    meta: PageMeta | None = None,
    notes: list[str] | None = None,
    page_text: str = "",
) -> Article:
    """The article, with its publication date chosen from text, metadata and URL.

    A page's ``meta`` (HTML) brings the date its tags state, a date library's guess, and the
    candidates of the page's whole visible text (the extracted article lacks its stamp lines):
    the stated date wins, unless the page prints a day its timestamp's offset explains; a stamp
    printed on the page wins over a guess.
    """
    warnings = list(notes or [])
    dates = cleaned.dates if meta is None or meta.page_dates is None else meta.page_dates
    ranked = rank_candidates(dates)
    chosen = ranked[0].candidate if ranked and ranked[0].score >= MIN_SCORE else None
    from_url = date_from_url(url)
    if chosen is not None and chosen.is_update and from_url and from_url <= chosen.value:
        chosen = None  # an update stamp only: the address keeps the day of first publication
    stated = meta.stated if meta is not None else None
    if stated is not None and stated.moment is not None:  # (a UTC time, the local day)
        stated = stated.in_zone_of(detect_language(cleaned.title, cleaned.text))
    guessed = meta.guessed if meta is not None else None
    if chosen is not None and chosen.is_update and guessed is not None and guessed < chosen.value:
        chosen = None  # an update stamp only: an earlier date in the metadata is the first one
    published: date | None = None
    source = PublishedSource.NONE
    precision: str | None = None
    if stated is not None and not (chosen is not None and stated.printed_as(chosen)):
        published, source, precision = stated.value, PublishedSource.META, "day"
    elif chosen is not None:
        published, source, precision = chosen.value, chosen.source, chosen.precision
    elif guessed is not None:
        published, source, precision = guessed, PublishedSource.META, "day"
    elif from_url is not None:
        published, source, precision = from_url, PublishedSource.URL, "day"
    candidates = [s.to_dict() for s in ranked]
    if chosen is not None and source is chosen.source:
        runner_up = f" over {ranked[1].score:.2f}" if len(ranked) > 1 else ""
        won = f"chosen: the best score ({ranked[0].score:.2f}{runner_up}); "
        if stated is not None:  # (a local day of the stated time, or a first-publication stamp)
            won += f"the page's own stamp over its metadata's {stated.moment or stated.value}; "
        candidates[0]["why"] = won + candidates[0]["why"]
    if published is None and (inferred := inferred_dateline(cleaned.text)) is not None:
        published, source, precision = inferred.value, PublishedSource.DATELINE, "day"
        line = cleaned.text[inferred.start : inferred.end].strip()
        entry = {"date": published.isoformat(), "source": "dateline", "line": line, "score": None}
        candidates.insert(0, {**entry, "why": f"chosen: {inferred.why}", "year": "inferred"})
    if published is None and (yearless := yearless_dateline(cleaned.text)) is not None:
        month, day, line = yearless
        filed = year_month_from_url(url)
        if filed is not None and filed[1] == month and (dated := valid_date(filed[0], month, day)):
            published, source, precision = dated, PublishedSource.DATELINE, "day"
            why = "chosen: an agency dateline without a year, in the month of the page's address"
            entry = {"date": dated.isoformat(), "source": "dateline", "line": line, "score": None}
            candidates.insert(0, {**entry, "why": why})
        else:
            candidates.append(
                {"date": f"--{month:02d}-{day:02d}", "source": "dateline", "line": line,
                 "score": None, "why": "an agency dateline without a year, and nothing in the "
                 "text fixes the year (related articles may)"}
            )  # fmt: skip
    for value, why in meta.described() if meta is not None else ():
        entry = {"date": value.isoformat(), "source": "meta", "line": "", "score": None, "why": why}
        chosen_here = source is PublishedSource.META and value == published
        candidates.insert(0 if chosen_here else len(candidates), entry)
        if not chosen_here:
            warnings.append(f"date candidates: {value.isoformat()} meta")
    if published is None:  # what bounds the day of writing (an estimate may use it)
        shown = page_text or (meta.page_text if meta is not None else "")
        candidates += page_clues(shown, cleaned.text, candidates)
        if (code := wire_code_clue(cleaned.text, shown)) is not None:
            candidates.append(code)  # (a wire story's day of filing: the estimate's best)
    if dates:
        warnings.append(f"date candidates: {_describe(dates)}")
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
        page_text=raw,
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
