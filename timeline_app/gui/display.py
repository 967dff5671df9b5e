"""How things read to a person: days, ranges, sources, anchor status (dates: ``core.display``)."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlparse

from timeline_app.core.model import AnchorSource, Article, ArticleAnalysis
from timeline_app.core.temporal.display import human_date

__all__ = [
    "AnchorStatus",
    "anchor_status",
    "article_source",
    "format_date",
    "format_interval",
    "format_range",
    "human_date",
    "language_name",
    "plural",
]


class AnchorStatus(StrEnum):
    """What a reader should think of an article's reference date."""

    DETECTED = "detected"
    MANUAL = "manual"
    MISSING = "missing"
    SUSPECT = "suspect"


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 event``, ``2 events``; ``many`` for words that do not take an ``s``."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def format_date(d: date) -> str:
    """``18 Oct 2023``."""
    return f"{d.day} {d:%b} {d.year}"


def format_range(begin: date, end: date) -> str:
    """An inclusive day range as a person says it: ``18 Oct 2023 – 2 Nov 2023``."""
    if end <= begin:
        return format_date(begin)
    return f"{format_date(begin)} – {format_date(end)}"


def format_interval(begin: date, end: date) -> str:
    """A half-open ``[begin, end)`` day range, shown by its first and last days."""
    return format_range(begin, end - timedelta(days=1))


def article_source(article: Article) -> str:
    """Where an article came from: the site's domain, else its file name."""
    if article.url:
        host = urlparse(article.url).netloc or article.url
        return host.removeprefix("www.")
    if article.path:
        return Path(article.path).name
    return ""


def language_name(code: str) -> str:
    """``Russian`` for ``ru``: the name Qt's CLDR data gives, in English; ``""`` if none."""
    from PySide6.QtCore import QLocale

    if not code:
        return ""
    language = QLocale(code).language()
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    return QLocale.languageToString(language)


def anchor_status(analysis: ArticleAnalysis, report: object | None = None) -> AnchorStatus:
    """Detected, set by hand (or a suggestion accepted), missing, or suspect.

    Suspect: estimated, or with anchor problems reported.

    ``report`` is the article's ``timeline.reports`` entry, if any (it has ``problems``).
    """
    anchor = analysis.anchor
    if anchor.value is None:
        return AnchorStatus.MISSING
    if anchor.source is AnchorSource.MANUAL:
        return AnchorStatus.MANUAL
    if getattr(report, "problems", None) or anchor.source is AnchorSource.ESTIMATED:
        return AnchorStatus.SUSPECT
    if anchor.source is AnchorSource.SUGGESTED:  # a suggestion the user accepted
        return AnchorStatus.MANUAL
    return AnchorStatus.DETECTED
