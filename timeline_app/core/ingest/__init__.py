"""Reading articles: files and folders, encodings, boilerplate removal, publication dates.

Pure Python (never Qt). Bad input never raises out of :func:`read_file`: it becomes a
:class:`LoadProblem` and the rest still loads.

How a file becomes an :class:`~timeline_app.core.model.Article`:

``discovery``  paths -> article files (folders recursive and sorted; loops, pipes, unsupported
               files reported)
``reading``    bytes within a size limit -> text (BOMs, UTF-16 without BOM, UTF-8, cp1252...)
``loader``     one file -> articles (``.txt``, ``.html``/``.htm``, ``.json``, ``.jsonl``)
``records``    JSON records -> articles
``html``       trafilatura (precision, no comments) and htmldate, offline; lxml fallback
``plaintext``  a text dump -> title, paragraphs, date candidates, in this order:
               ``fragments`` cut furniture glued inside lines (icon inventories, breadcrumbs,
               share buttons); ``pubdate`` (with ``dates``) reads header and byline dates
               and cuts them; ``passes`` and ``bylines`` drop whole lines (UI words, service
               notices, link lists, appeals, captions, menus, bylines, comment areas);
               ``title`` picks the headline.
``articles``   the chosen publication date (text, then metadata, then URL) and the warnings

Vocabularies and patterns are data, in ``resources/ingest/*.txt`` (see its README).
"""

from __future__ import annotations

import logging
from importlib import import_module

# Each name from its module on first use: ``tag`` reads only ``language``, and importing this
# package for it should not load the HTML, date and furniture readers (lxml, trafilatura).
_HOMES = {
    "article_from_text": "articles",
    "ARTICLE_SUFFIXES": "discovery",
    "discover": "discovery",
    "article_from_html": "html",
    "read_file": "loader",
    "IngestError": "problems",
    "LoadProblem": "problems",
    "DateCandidate": "pubdate",
    "find_publication_dates": "pubdate",
    "MAX_FILE_BYTES": "reading",
    "article_from_record": "records",
}

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_FILE_BYTES",
    "DateCandidate",
    "IngestError",
    "LoadProblem",
    "article_from_html",
    "article_from_record",
    "article_from_text",
    "discover",
    "find_publication_dates",
    "read_file",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value
