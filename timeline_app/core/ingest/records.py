"""Articles from JSON records: ``{"id", "title", "text" | "html", "published", "url"}``."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any

from timeline_app.core.model import Article, PublishedSource

from .articles import article_from_text
from .html import article_from_html
from .language import normalize_language
from .problems import IngestError
from .pubdate import parse_date
from .reading import HTML_LIMIT, TEXT_LIMIT, check_text_size, line_breaks_as_newlines

__all__ = ["article_from_record", "canonical_hash", "records_in"]

_STRING_FIELDS = ("id", "title", "text", "html", "url", "published")


def canonical_hash(record: Any) -> str:
    """sha256 of the record's canonical JSON (sorted keys, no spaces, UTF-8)."""
    canonical = json.dumps(
        record, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )  # default: a number too long for int, read as a Decimal in a field the app ignores
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _published(value: str) -> date | None:
    """An ISO date or date-time, or a date as people write it; None if neither."""
    text = value.strip()
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return parse_date(text)


def article_from_record(record: dict, *, path: str = "") -> Article:
    """One record to an article; :class:`IngestError` says plainly what is wrong with it."""
    if not isinstance(record, dict):
        raise IngestError(f"A record must be a JSON object, not {type(record).__name__}.")
    for name in _STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            if name == "id" and isinstance(value, int) and not isinstance(value, bool):
                continue
            raise IngestError(f"Field '{name}' must be a string, not {type(value).__name__}.")
    article_id = str(record.get("id") or "").strip()
    if not article_id:
        raise IngestError("The record has no 'id'.")
    text, html = record.get("text") or "", record.get("html") or ""
    if not text.strip() and not html.strip():
        raise IngestError("The record has no 'text' or 'html'.")
    # the limits of a .txt or .html file hold inside a collection too
    if text.strip():
        check_text_size(_utf8_size(text, TEXT_LIMIT))
        text = line_breaks_as_newlines(text)
    else:
        check_text_size(_utf8_size(html, HTML_LIMIT), limit=HTML_LIMIT, what="HTML")
    given = record.get("published") or ""
    published = _published(given) if given.strip() else None
    options = {
        "article_id": article_id,
        "path": path,
        "url": (record.get("url") or "").strip(),
        "title": record.get("title") or "",
    }
    article = (
        article_from_text(text, **options) if text.strip() else article_from_html(html, **options)
    )
    if not article.text.strip():
        raise IngestError("Nothing of the record's text is left once page furniture is removed.")
    article.content_hash = canonical_hash(record)
    if isinstance(record.get("lang"), str) and (lang := normalize_language(record["lang"])):
        article.lang = lang  # the record says which language it is in: no need to guess
    if published is not None:
        article.published, article.published_source = published, PublishedSource.META
    elif given.strip():
        article.warnings.append(f"published value {given!r} not understood; ignored")
    return article


def _utf8_size(text: str, limit: int) -> int:
    """The UTF-8 size of ``text``, encoded only where its length leaves the limit in doubt."""
    if len(text) * 4 <= limit:
        return len(text)
    return len(text.encode("utf-8", errors="surrogatepass"))


def records_in(data: Any) -> list[Any] | None:
    """The records a parsed ``.json`` holds: one record, a list, or ``{"articles": [...]}``."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        inner = data.get("articles")
        if isinstance(inner, list):
            return inner
        if any(key in data for key in ("text", "html", "id")):
            return [data]
    return None
