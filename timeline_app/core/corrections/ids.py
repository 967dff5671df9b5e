"""Article ids typed by people: unique prefixes, and the command line's ``--anchor ID=DATE``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from timeline_app.core.corrections.edits import SetAnchor
from timeline_app.core.errors import CorrectionError

__all__ = ["anchor_edit", "parse_date", "resolve_article_prefix"]


def resolve_article_prefix(prefix: str, ids: Iterable[str]) -> str:
    """The one id that is ``prefix`` or starts with it; CorrectionError if none or several."""
    ids = list(ids)
    if prefix in ids:
        return prefix
    found = [i for i in ids if i.startswith(prefix)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise CorrectionError(f"no article id starts with {prefix!r}")
    shown = ", ".join(sorted(found)[:5]) + (", ..." if len(found) > 5 else "")
    raise CorrectionError(f"article id prefix {prefix!r} is ambiguous: {shown}")


def parse_date(text: str) -> date:
    """An ISO 8601 date or date-time (its date is kept); CorrectionError otherwise."""
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise CorrectionError(f"not an ISO 8601 date: {text!r} (e.g. 2025-07-12)") from None


def anchor_edit(
    option: str, ids: Iterable[str], made_at: datetime | None = None, note: str = ""
) -> SetAnchor:
    """``ID=DATE`` (``DATE`` may be ``unknown``) as the same :class:`SetAnchor` the window makes."""
    prefix, sep, value = option.partition("=")
    if not sep or not prefix.strip() or not value.strip():
        raise CorrectionError(f"--anchor wants ID=DATE, got {option!r}")
    article_id = resolve_article_prefix(prefix.strip(), ids)
    if value.strip().lower() == "unknown":
        return SetAnchor(article_id, None, unknown=True, made_at=made_at, note=note)
    return SetAnchor(article_id, parse_date(value), made_at=made_at, note=note)
