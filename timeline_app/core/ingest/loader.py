"""Reading one file into articles, turning every failure into a :class:`LoadProblem`."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from timeline_app.core.model import Article

from .articles import article_from_text
from .html import article_from_html
from .problems import IngestError, LoadProblem
from .reading import (
    HTML_LIMIT,
    MAX_FILE_BYTES,
    TEXT_LIMIT,
    check_text_size,
    decode_bytes,
    line_breaks_as_newlines,
    read_bytes,
)
from .records import article_from_record, records_in

__all__ = ["article_id_of", "read_file"]

log = logging.getLogger(__name__)


def article_id_of(path: Path) -> str:
    """The file name without its extension, made printable if the name is not valid UTF-8."""
    return os.fsencode(path.stem).decode("utf-8", errors="replace")


SIZE_LIMITS = {".txt": TEXT_LIMIT, ".html": HTML_LIMIT, ".htm": HTML_LIMIT}
"""One article per file: its text may be as large as any article's (:data:`TEXT_LIMIT`; tagging
is linear, about 2.5 s CPU per MB of dense dated prose, and the memory it needs is checked);
a page's HTML may weigh more (inline scripts, images) but extracts fast. Collections
(``.json``/``.jsonl``) may reach :data:`MAX_FILE_BYTES`, and each record's text and HTML
keeps the same limits (:mod:`.records`)."""


def read_file(path: Path) -> tuple[list[Article], list[LoadProblem]]:
    """The articles in one file and the problems met; never raises on bad input."""
    path = Path(path)
    where = str(path)
    suffix = path.suffix.lower()
    try:
        data = read_bytes(path, limit=SIZE_LIMITS.get(suffix, MAX_FILE_BYTES))
        text, encoding = decode_bytes(data, html=suffix in (".html", ".htm"))
        if not text.strip():
            raise IngestError("The file is empty.")
        notes = [] if encoding == "utf-8" else [f"encoding detected as {encoding}"]
        if suffix in (".json", ".jsonl"):
            return _records(text, path, suffix == ".jsonl")
        digest = hashlib.sha256(data).hexdigest()
        article_id = article_id_of(path)
        if suffix in (".html", ".htm") or _looks_like_html(text):
            article = article_from_html(text, article_id=article_id, path=where)
        else:
            check_text_size(len(data))
            article = article_from_text(
                line_breaks_as_newlines(text), article_id=article_id, path=where,
                content_hash=digest,
            )  # fmt: skip
        if not article.text.strip():
            raise IngestError("No article text is left once page furniture is removed.")
        article.content_hash = digest
        article.warnings[:0] = notes
        return [article], []
    except IngestError as exc:
        return [], [LoadProblem(where, str(exc))]
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop a load
        log.exception("unexpected failure reading %s", where)
        return [], [LoadProblem(where, f"Unexpected error while reading: {exc}.")]


_HTML_START = re.compile(r"\A\s*(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)", re.I)


def _looks_like_html(text: str) -> bool:
    """A page saved as ``.txt`` that is really HTML."""
    return bool(_HTML_START.match(text[:1024]))


def _written_by_this_app(data: Any) -> bool:
    """The app's own JSON (exported corrections, a Parquet table's index) is not an article.

    Such files sit beside articles (the seed folder keeps its corrections there), so they are
    passed over without a problem rather than reported as bad records.
    """
    return isinstance(data, dict) and str(data.get("format", "")).startswith("timeline_app ")


_LONE_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


_MAX_INT_DIGITS = 4000
"""Python refuses to read an integer of more than 4,300 digits (``ValueError``)."""


def _number(digits: str) -> int | Decimal:
    """A JSON integer; one too long for ``int`` stays a Decimal, which no field accepts.

    The record holding it is refused on its own (or the field ignored), not the whole file.
    """
    return int(digits) if len(digits) <= _MAX_INT_DIGITS else Decimal(digits)


def _parsed(text: str) -> Any:
    r"""JSON, with any half of a UTF-16 pair escaped alone ("\ud800") made U+FFFD.

    Such a string cannot be encoded, hashed or segmented: one bad record would lose the file.
    """
    data = json.loads(text, parse_int=_number)
    return _repaired(data) if _LONE_SURROGATE_ESCAPE.search(text) else data


def _repaired(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    if isinstance(value, list):
        return [_repaired(item) for item in value]
    if isinstance(value, dict):
        return {_repaired(key): _repaired(item) for key, item in value.items()}
    return value


def _records(text: str, path: Path, lines: bool) -> tuple[list[Article], list[LoadProblem]]:
    where = str(path)
    problems: list[LoadProblem] = []
    entries: list[tuple[str, Any]] = []
    if lines:
        for number, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                entries.append((f"line {number}", _parsed(line)))
            except RecursionError:
                problems.append(LoadProblem(where, f"Line {number} is nested too deeply to read."))
            except json.JSONDecodeError as exc:
                problems.append(LoadProblem(where, f"Line {number} is not valid JSON ({exc.msg})."))
            except ValueError as exc:  # whatever else one line holds, it loses that line only
                problems.append(LoadProblem(where, f"Line {number} cannot be read ({exc})."))
    else:
        try:
            data = _parsed(text)
        except RecursionError:
            return [], [LoadProblem(where, "The JSON is nested too deeply to read.")]
        except json.JSONDecodeError as exc:
            message = f"Not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})."
            return [], [LoadProblem(where, message)]
        except ValueError as exc:
            return [], [LoadProblem(where, f"The JSON cannot be read ({exc}).")]
        if _written_by_this_app(data):
            return [], []
        records = records_in(data)
        if records is None:
            message = 'No article records found (expected a record, a list or {"articles": [...]}).'
            return [], [LoadProblem(where, message)]
        entries = [(f"record {index + 1}", record) for index, record in enumerate(records)]
    articles: list[Article] = []
    for index, (label, record) in enumerate(entries):
        try:
            if isinstance(record, dict) and record.get("id") in (None, ""):
                record = {**record, "id": f"{article_id_of(path)}_{index}"}
            articles.append(article_from_record(record, path=where))
        except IngestError as exc:
            ident = record.get("id") if isinstance(record, dict) else None
            named = f" (id {ident!r})" if isinstance(ident, str | int) and ident != "" else ""
            problems.append(LoadProblem(where, f"{label.capitalize()}{named}: {exc}"))
    if not articles and not problems:
        problems.append(LoadProblem(where, "The file holds no records."))
    return articles, problems
