"""Cleaning a plain-text dump of a web page down to the article: title, paragraphs, dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import furniture as f
from .pubdate import DateCandidate, find_publication_dates

__all__ = ["Cleaned", "clean_text", "normalize", "same_headline"]

_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
_SPACES = re.compile(r"[^\S\n]+")
_BULLET = re.compile(r"\A[-•*·–—▪►]\s+")
_SUFFIX = re.compile(r"\A\s*(?:[-–—|:·•]\s*|\s-)\S.{0,50}\Z")
_FOLD = str.maketrans("‘’“”«»–—", '\'\'""""--')


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
    return _INVISIBLE.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))


def _fold(line: str) -> str:
    return " ".join(line.translate(_FOLD).casefold().split()).strip(" .")


def same_headline(line: str, title: str) -> bool:
    """``line`` is ``title``, possibly followed by a site suffix (" - Site", " | Site")."""
    if line[:3].casefold() != title[:3].casefold():
        return False
    a, b = _fold(line), _fold(title)
    return bool(b) and (a == b or (a.startswith(b) and bool(_SUFFIX.match(a[len(b) :]))))


def clean_text(raw: str, *, known_title: str = "") -> Cleaned:
    """Strip page furniture from a text dump; keep the article's own sentences as written."""
    removed = 0
    lines: list[str] = []
    for number, line in enumerate(normalize(raw).split("\n")):
        line = _SPACES.sub(" ", line).strip()
        if line:
            lines.append(_cut_fragments(line, number))
            removed += not lines[-1]
        else:
            lines.append("")
    text = "\n".join(lines)
    dates = find_publication_dates(text)
    lines, dated = _unwrap(*_cut_dates(text, dates))
    paras: list[str] = []
    date_line: list[bool] = []
    for line, has_date in zip(lines, dated, strict=True):
        line = _SPACES.sub(" ", line).strip()
        if line:
            paras.append(line)
            date_line.append(False)
        elif has_date:
            if date_line:
                date_line[-1] = True  # the line above a byline date (often the author)
            date_line.append(True)
            paras.append("")
    keep = [bool(p) for p in paras]
    _cut_at_end_marker(paras, keep)
    _drop_lines(paras, keep)
    _drop_lists(paras, keep)
    _drop_appeals(paras, keep)
    _drop_captions(paras, keep)
    _drop_head_bylines(paras, keep, date_line)
    _drop_duplicates(paras, keep)
    title, found = _take_title(paras, keep, known_title)
    _trim_tail(paras, keep)
    kept = [p for p, k in zip(paras, keep, strict=True) if k]
    removed += sum(1 for p, k in zip(paras, keep, strict=True) if p and not k)
    if title and found and not known_title:
        removed -= 1
    return Cleaned("\n\n".join(kept), title, dates, max(removed, 0), found)


def _cut_fragments(line: str, number: int) -> str:
    """Furniture glued inside a line: breadcrumbs, icon inventories, trailing share buttons."""
    if number < 12:
        line, _ = f.cut_breadcrumb(line)
    if line:
        line, _ = f.cut_icon_inventory(line)
    if line:
        line, _ = f.cut_trailing_ui(line)
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


def _unwrap(lines: list[str], dated: list[bool]) -> tuple[list[str], list[bool]]:
    """Join hard-wrapped lines back into paragraphs (blank lines separate the paragraphs)."""
    sizes = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(sizes) < 4 or all(line.strip() for line in lines):
        return lines, dated
    width = sizes[int(len(sizes) * 0.9)]
    near = sum(1 for size in sizes if size >= width - 20)
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1] or near < 0.5 * len(sizes):
        return lines, dated
    out: list[str] = []
    out_dated: list[bool] = []
    for line, has_date in zip(lines, dated, strict=True):
        previous = out[-1].rstrip() if out else ""
        if (
            previous
            and line.strip()
            and len(previous) >= width - 25
            and not _BULLET.match(line.strip())
        ):
            out[-1] = previous + " " + line.strip()
            out_dated[-1] = out_dated[-1] or has_date
        else:
            out.append(line)
            out_dated.append(has_date)
    return out, out_dated


def _kept(keep: list[bool], start: int = 0) -> list[int]:
    return [i for i in range(start, len(keep)) if keep[i]]


def _cut_at_end_marker(paras: list[str], keep: list[bool]) -> None:
    """Drop the comment area or footer: everything from its opening line on."""
    prose = 0
    for i in _kept(keep):
        if prose >= 3 and f.is_end_marker(paras[i]):
            for j in range(i, len(keep)):
                keep[j] = False
            return
        prose += f.is_prose(paras[i])


def _drop_lines(paras: list[str], keep: list[bool]) -> None:
    for i in _kept(keep):
        line = paras[i]
        if f.is_ui_line(line) or f.is_service_line(line):
            keep[i] = False
    for i in _kept(keep):
        if f.is_label_line(paras[i]):
            keep[i] = False
            following = _kept(keep, i + 1)[:1]
            if following and not f.is_prose(paras[following[0]]) and len(paras[following[0]]) < 60:
                keep[following[0]] = False


def _listish(line: str) -> bool:
    return not f.is_prose(line) and (
        bool(_BULLET.match(line)) or f.is_headline_like(line) or f.word_count(line) <= 4
    )


def _drop_lists(paras: list[str], keep: list[bool]) -> None:
    """Section headers with their link lists, and long runs of headline-like lines."""
    indexes = _kept(keep)
    position = 0
    while position < len(indexes):
        i = indexes[position]
        if f.is_section_header(paras[i]):
            keep[i] = False
            position += 1
            while position < len(indexes) and f.is_list_item(paras[indexes[position]]):
                keep[indexes[position]] = False
                position += 1
            continue
        position += 1
    indexes = _kept(keep)
    runs: list[list[int]] = [[]]
    for i in indexes:
        line = paras[i]
        if f.word_count(line) >= 5 and _listish(line):
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    last_prose = max((i for i in indexes if f.is_prose(paras[i])), default=-1)
    for run in runs:
        tail = bool(run) and run[0] > last_prose
        bulleted = any(_BULLET.match(paras[i]) for i in run)
        if (tail and len(run) >= 3) or (len(run) >= 5 and not bulleted):
            for i in run:
                keep[i] = False


def _drop_appeals(paras: list[str], keep: list[bool]) -> None:
    """Runs of we/you paragraphs holding at least one donation or subscription appeal."""
    run: list[tuple[int, int]] = []
    for i in [*_kept(keep), -1]:
        strength = f.appeal_strength(paras[i]) if i >= 0 else 0
        if strength:
            run.append((i, strength))
            continue
        if any(s == 2 for _, s in run):
            for j, _ in run:
                keep[j] = False
        run = []


def _drop_captions(paras: list[str], keep: list[bool]) -> None:
    """Captions, and the image title above a caption when it is short or repeats it."""
    indexes = _kept(keep)
    for position, i in enumerate(indexes):
        if not f.is_caption(paras[i]):
            continue
        keep[i] = False
        if position == 0:
            continue
        above = indexes[position - 1]
        below = indexes[position + 1] if position + 1 < len(indexes) else None
        line = paras[above]
        if f.is_headline_like(line) and (
            f.word_count(line) <= 4
            or paras[i].startswith(line)
            or (below is not None and f.is_headline_like(paras[below]))
        ):
            keep[above] = False


def _head(paras: list[str], keep: list[bool]) -> list[int]:
    """Kept lines above the first prose paragraph."""
    head: list[int] = []
    for i in _kept(keep):
        if f.is_prose(paras[i]):
            break
        head.append(i)
    return head


def _drop_head_bylines(paras: list[str], keep: list[bool], date_line: list[bool]) -> None:
    for i in _head(paras, keep):
        line = paras[i]
        if f.is_author_line(line):
            keep[i] = False
        elif date_line[i] and f.word_count(line) <= 5 and f.is_headline_like(line):
            keep[i] = False


def _drop_duplicates(paras: list[str], keep: list[bool]) -> None:
    indexes = _kept(keep)
    for a, b in zip(indexes, indexes[1:], strict=False):
        if not (keep[a] and keep[b]):
            continue
        if same_headline(paras[a], paras[b]):
            keep[a] = False  # the first carries a site suffix, or both are the same
        elif same_headline(paras[b], paras[a]):
            keep[b] = False


def _take_title(paras: list[str], keep: list[bool], known: str) -> tuple[str, bool]:
    head = _head(paras, keep)
    if known:
        for i in head[:4]:
            if same_headline(paras[i], known):
                keep[i] = False
        return known, True
    for position, i in enumerate(head):
        if f.is_headline_like(paras[i]) and f.word_count(paras[i]) >= 3:
            for j in head[: position + 1]:
                keep[j] = False
            return _BULLET.sub("", paras[i]), True
    return "", False


def _trim_tail(paras: list[str], keep: list[bool]) -> None:
    """Short non-sentence lines after the last prose paragraph (tags, share rows, site names)."""
    indexes = _kept(keep)
    if not any(f.is_prose(paras[i]) for i in indexes):
        return
    for i in reversed(indexes):
        if f.is_prose(paras[i]) or f.word_count(paras[i]) > 8:
            break
        keep[i] = False
