"""Reading articles: files and folders, encodings, boilerplate removal, publication dates.

Pure Python (never Qt). Bad input never raises out of :func:`read_file`: it becomes a
:class:`LoadProblem` and the rest still loads.
"""

from __future__ import annotations

import logging

from .articles import article_from_text
from .discovery import ARTICLE_SUFFIXES, discover
from .html import article_from_html
from .loader import read_file
from .problems import IngestError, LoadProblem
from .pubdate import DateCandidate, find_publication_dates
from .reading import MAX_FILE_BYTES
from .records import article_from_record

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
