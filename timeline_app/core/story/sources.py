"""Where articles come from, for the engines: local paths or URLs, listed and read alike.

These run on Dask workers: the client names the inputs and never opens them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby
from pathlib import Path

from timeline_app.core.ingest import LoadProblem, discover, read_file
from timeline_app.core.ingest.remote import list_location, read_location, read_locations
from timeline_app.core.locations import is_url
from timeline_app.core.model import Article, ArticleAnalysis
from timeline_app.core.story.pipeline import analyze

__all__ = ["Entry", "analyze_all", "list_inputs", "process_location", "read_any", "read_entries"]

Entry = tuple[str, int | None]
"""An article file to read: its path or URL, and its size if the listing said."""


def list_inputs(inputs: Iterable[str]) -> tuple[list[Entry], list[LoadProblem]]:
    """The article files under ``inputs`` (folders and URLs, each sorted), each listed once."""
    entries: list[Entry] = []
    problems: list[LoadProblem] = []
    seen: set[str] = set()
    for given in inputs:
        if is_url(given):
            found, trouble = list_location(given)
        else:
            paths, trouble = discover([given])
            found = [(str(p), None) for p in paths]
        for entry in found:
            if entry[0] not in seen:
                seen.add(entry[0])
                entries.append(entry)
        problems.extend(trouble)
    return entries, problems


def read_any(location: str, size: int | None = None) -> tuple[list[Article], list[LoadProblem]]:
    """The articles of one file, at a path or a URL; never raises on bad input."""
    return read_location(location, size) if is_url(location) else read_file(Path(location))


def read_entries(entries: Sequence[Entry]) -> Iterator[tuple[list[Article], list[LoadProblem]]]:
    """:func:`read_any` of each entry, in order; runs of URLs are fetched together."""
    for remote, run in groupby(entries, key=lambda entry: is_url(entry[0])):
        if remote:
            yield from read_locations(list(run))
        else:
            yield from (read_file(Path(path)) for path, _ in run)


def analyze_all(
    articles: Iterable[Article], where: str
) -> tuple[list[ArticleAnalysis], list[LoadProblem]]:
    """Each article analyzed; one that fails is a problem, the others still count."""
    analyses, problems = [], []
    for article in articles:
        try:
            analyses.append(analyze(article))
        except Exception as exc:  # noqa: BLE001 - a tagger bug must not lose the rest
            problems.append(LoadProblem(where, f"could not analyze {article.id}: {exc}"))
    return analyses, problems


def process_location(
    location: str, size: int | None = None
) -> tuple[list[ArticleAnalysis], list[LoadProblem]]:
    """Read and analyze one file at a path or URL (``pipeline.process_file`` for URLs too)."""
    articles, problems = read_any(location, size)
    analyses, failed = analyze_all(articles, location)
    return analyses, problems + failed
