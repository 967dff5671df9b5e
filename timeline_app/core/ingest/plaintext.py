"""Cleaning a plain-text dump of a web page down to the article: title, paragraphs, dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from timeline_app.core.model import PublishedSource

from .bylines import drop_author_bio, drop_head_bylines
from .fragments import (
    cut_ad_marks,
    cut_breadcrumb,
    cut_glued_ui,
    cut_icon_inventory,
    cut_trailing_ui,
)
from .passes import (
    BULLET,
    cut_at_end_marker,
    drop_appeals,
    drop_captions,
    drop_icon_lines,
    drop_lines,
    drop_lists,
    drop_menus,
    trim_tail,
)
from .pubdate import DateCandidate, find_publication_dates
from .title import drop_duplicates, same_headline, take_title

__all__ = ["Cleaned", "clean_text", "normalize", "page_dates", "same_headline"]

_CUT = (PublishedSource.HEADER, PublishedSource.BYLINE)
"""Date lines cut out of the text; a dateline or caption date stays in the sentence it opens."""
_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
_ENDS = '.!?:"”’)]'


@dataclass(slots=True)
class Cleaned:
    """The result of cleaning: final text (paragraphs joined by blank lines), title, dates."""

    text: str
    title: str
    dates: list[DateCandidate] = field(default_factory=list)
    removed: int = 0
    title_found: bool = True


def normalize(raw: str) -> str:
    """Unix newlines, no zero-width characters, no byte-order mark."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return text if text.isascii() else _INVISIBLE.sub("", text)  # (all of them are non-ASCII)


def clean_text(raw: str, *, known_title: str = "") -> Cleaned:
    """Strip page furniture from a text dump; keep the article's own sentences as written."""
    text, removed = _cut_text(raw)
    dates = find_publication_dates(text)
    cut = [c for c in dates if c.source in _CUT and c.context != "quoted"]
    lines, dated = _unwrap(*_cut_dates(text, cut))
    paras: list[str] = []
    dated_at: list[bool] = []
    for line, has_date in zip(lines, dated, strict=True):
        if has_date:
            line = " ".join(line.split())
        if line or has_date:  # an emptied date line stays as a marker for the byline passes
            paras.append(line)
            dated_at.append(has_date and not line)
    keep = [bool(p) for p in paras]
    drop_lines(paras, keep)
    cut_at_end_marker(paras, keep)
    drop_icon_lines(paras, keep)
    drop_lists(paras, keep)
    drop_appeals(paras, keep)
    drop_captions(paras, keep)
    drop_menus(paras, keep)
    markers = drop_head_bylines(paras, keep, dated_at)
    drop_duplicates(paras, keep)
    before_title = sum(keep)
    title, found = take_title(paras, keep, known_title, markers)
    title_lines = before_title - sum(keep) if known_title else int(found)
    drop_author_bio(paras, keep)
    trim_tail(paras, keep)
    kept = [p for p, k in zip(paras, keep, strict=True) if k]
    removed += sum(1 for p, k in zip(paras, keep, strict=True) if p and not k)
    removed -= title_lines  # the headline is moved to the title, not thrown away
    return Cleaned("\n\n".join(kept), title, dates, max(removed, 0), found)


def page_dates(raw: str) -> list[DateCandidate]:
    """The publication date candidates of a page's text, found as :func:`clean_text` finds them."""
    return find_publication_dates(_cut_text(raw)[0])


def _cut_text(raw: str) -> tuple[str, int]:
    """The text with furniture glued inside its lines cut, and how many lines that emptied."""
    removed = 0
    lines: list[str] = []
    for number, line in enumerate(normalize(raw).split("\n")):
        line = " ".join(line.split())  # collapses every kind of space, as fast as it gets
        if line:
            lines.append(_cut_fragments(line, number))
            removed += not lines[-1]
        else:
            lines.append("")
    return "\n".join(lines), removed


def _cut_fragments(line: str, number: int) -> str:
    """Furniture glued inside a line: breadcrumbs, icon inventories, trailing share buttons."""
    if number < 12:
        line, _ = cut_breadcrumb(line)
    if line:
        line, _ = cut_icon_inventory(line)
    if line:
        line, _ = cut_trailing_ui(line)
    if line:
        line, _ = cut_glued_ui(line)
    if line:
        line, _ = cut_ad_marks(line)
    return line


def _cut_dates(text: str, dates: list[DateCandidate]) -> tuple[list[str], list[bool]]:
    """The lines with every header/byline date span cut out, and which lines had one."""
    lines: list[str] = []
    dated: list[bool] = []
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        spans = [(c.start - offset, c.end - offset) for c in dates if offset <= c.start < end]
        for start, stop in sorted(spans, reverse=True):
            line = line[:start] + " " + line[stop:]
        lines.append(line)
        dated.append(bool(spans))
        offset = end + 1
    return lines, dated


WRAP_WIDTHS = (40, 100)
"""A text whose long lines mostly stop near one width in this range was hard-wrapped."""


def _multi_line_blocks(lines: list[str]) -> int:
    """How many blank-line-separated blocks look hard-wrapped (lines broken mid-sentence).

    A page with one paragraph per line ends nearly every line with a full stop instead.
    """
    blocks, block = 0, []
    for line in [*lines, ""]:
        if line.strip():
            block.append(line.rstrip())
            continue
        inner = [item for item in block[:-1] if len(item) >= 40]  # text, not buttons
        if inner and sum(1 for item in inner if item[-1] not in _ENDS) >= 0.6 * len(inner):
            blocks += 1
        block = []
    return blocks


def _unwrap(lines: list[str], dated: list[bool]) -> tuple[list[str], list[bool]]:
    """Join hard-wrapped lines back into paragraphs (blank lines separate the paragraphs)."""
    sizes = sorted(len(line.rstrip()) for line in lines if line.strip())
    real = [
        line for line, has_date in zip(lines, dated, strict=True) if line.strip() or not has_date
    ]
    if len(sizes) < 4 or _multi_line_blocks(real) < 2:  # a cut-out date line is no paragraph break
        return lines, dated
    width = sizes[int(len(sizes) * 0.9)]
    near = sum(1 for size in sizes if size >= width - 20)
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1] or near < 0.5 * len(sizes):
        return lines, dated
    out: list[str] = []
    out_dated: list[bool] = []
    for line, has_date in zip(lines, dated, strict=True):
        previous = out[-1].rstrip() if out else ""
        current = line.strip()
        wrapped = (
            previous
            and current
            and len(previous) >= width - 25
            and not BULLET.match(current)
            and (previous[-1] not in _ENDS or current[:1].islower())
        )
        if wrapped:
            out[-1] = previous + " " + line.strip()
            out_dated[-1] = out_dated[-1] or has_date
        else:
            out.append(line)
            out_dated.append(has_date)
    return out, out_dated
