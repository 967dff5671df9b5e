"""Finding an article's publication date, and where it came from, without guessing today's date.

Plain regular expressions do the work (dateparser is far too slow for the hot path). Every candidate
carries its span in the text it was found in, so callers can cut it out or show it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from timeline_app.core.model import PublishedSource

from . import furniture, vocab
from .candidates import DateCandidate, date_labels
from .datelines import Dated, find_captions, find_datelines
from .dates import (
    TIME,
    WEEKDAY,
    date_from_url,
    date_of,
    date_pattern,
    is_numeric,
    parse_date,
    short_year_date_of,
    short_year_pattern,
)
from .pubscore import choose_publication

__all__ = [
    "DateCandidate",
    "choose_publication",
    "date_from_url",
    "find_publication_dates",
    "parse_date",
]

HEAD_LINES = 25
"""Headers and bylines are searched for among the top lines, up to this many of 4+ words."""
MAX_SCANNED_LINES = 200
BYLINE_MAX_WORDS = 6
"""A byline may carry this many words besides its date, time and filler (an author's name)."""

_FILLER = re.compile(
    rf"(?i)\b(?:{WEEKDAY}|at|on|by|the|published|updated|posted|last|first|modified|local|time)\b"
    r"|[|,;:•·/()\[\]–—-]"
)


def _labels() -> dict[str, str]:
    return date_labels()


@cache
def _label_re() -> re.Pattern[str]:
    labels = "|".join(re.escape(label) for label in sorted(_labels(), key=len, reverse=True))
    return re.compile(rf"\s*(?P<label>{labels})\b\s*(?P<colon>[:=|-])?\s*", re.IGNORECASE)


_TIME_RE = re.compile(rf"[\s,|·•/-]*(?:at\s+)?{TIME}", re.IGNORECASE)
_ANY_TIME = re.compile(TIME, re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s,|·•-]*")
_DIGIT = re.compile(r"\d")


def _date_after(line: str, pos: int) -> tuple[re.Match[str], date] | None:
    """A labelled date at ``pos``, possibly after a time (``3:12 PM EDT, Wed October 18, 2023``).

    After a label, a two-digit year is read too (``Published 20.07.24``, ``Fri - 28 July 23``).
    """
    starts = [pos]
    time = _TIME_RE.match(line, pos)
    if time:
        starts.append(_SEPARATORS.match(line, time.end()).end())
    for start in starts:
        match = date_pattern().match(line, start)
        if match and (value := date_of(match)):
            return match, value
        match = short_year_pattern().match(line, start)
        if match and (value := short_year_date_of(match)):
            return match, value
    return None


MID_LINE_LABELS = ("published", "posted", "updated", "last updated", "first published")
"""Labels read after a few words too ("Wire Agency City Published 20.07.24")."""
LABEL_AFTER_WORDS = 5


def _label_at(line: str, pos: int) -> re.Match[str] | None:
    """A label at ``pos``, or (at the start of a line) one after a short run of names."""
    label = _label_re().match(line, pos)
    if label is not None or pos:
        return label
    for found in _mid_label_re().finditer(line):
        prefix = line[: found.start()].split()
        if 0 < len(prefix) <= LABEL_AFTER_WORDS and _names_only(prefix):
            return _label_re().match(line, found.start())
    return None


@cache
def _mid_label_re() -> re.Pattern[str]:
    names = "|".join(sorted(MID_LINE_LABELS, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})\b", re.IGNORECASE)


def _names_only(words: list[str]) -> bool:
    """Outlet, agency, place or author names (capitalised or byline words), no sentence."""
    allowed = vocab.words("byline_words")
    for word in words:
        bare = word.strip(".,;:!?()[]\"'“”‘’•·|")
        if bare and bare[:1].islower() and bare.lower() not in allowed:
            return False
    return True


_MONTH_ONLY = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?![\d-])")


def _labelled(line: str, offset: int, pos: int = 0) -> list[DateCandidate]:
    """Dates introduced by labels ("Published:", "Updated"), several in a line if so written."""
    label = _label_at(line, pos)
    if label is None:
        return []
    name = " ".join(label.group("label").lower().split())
    found = _date_after(line, label.end())
    match, value = found if found else (None, None)
    if not (match and value):
        month = _MONTH_ONLY.match(line, label.end())
        if month is None or not (label.group("colon") or name in ("date", "dated")):
            return []
        value = date(int(month.group("y")), int(month.group("m")), 1)
        start, end = offset + label.start("label"), offset + month.end()
        return [DateCandidate(value, PublishedSource.HEADER, start, end, name, precision="month")]
    time = _TIME_RE.match(line, match.end())
    end = time.end() if time else match.end()
    numeric = match.re is date_pattern() and is_numeric(match)
    header = bool(label.group("colon")) or name in ("date", "dated") or numeric
    source = PublishedSource.HEADER if header else PublishedSource.BYLINE
    more = _labelled(line, offset, _SEPARATORS.match(line, end).end()) if end < len(line) else []
    if source is PublishedSource.BYLINE and not more and _residue_words(line) <= BYLINE_MAX_WORDS:
        end = len(line.rstrip())
    # a label after a few names ("Wire City Published ..."): the whole byline goes
    start = offset + (label.start("label") if pos or not label.start() else _indent(line))
    return [DateCandidate(value, source, start, offset + end, name), *more]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _line_candidates(line: str, offset: int) -> list[DateCandidate]:
    labelled = _labelled(line, offset)
    if labelled:
        return labelled
    found: list[DateCandidate] = []
    longest = 4 * BYLINE_MAX_WORDS
    if len(line.split(None, longest)) > longest:  # (the words past the limit need no splitting)
        return found
    residue = _residue_words(line)
    if residue > BYLINE_MAX_WORDS:
        return found
    for match in date_pattern(glued=True).finditer(line):
        value = date_of(match)
        if value and not _RANGE_START.search(line, 0, match.start()):
            start = len(line) - len(line.lstrip())
            alone = match.group("y1") and not line[: match.start()].strip() and not residue
            source = PublishedSource.HEADER if alone else PublishedSource.BYLINE
            # (a bare machine-written date heading the page is a header)
            found.append(DateCandidate(value, source, offset + start, offset + len(line.rstrip())))
            break
    return found


def _residue_words(line: str) -> int:
    """Words left in a line once dates, times and byline filler are taken out.

    A lower-case word that bylines do not use ("the vote was held") counts as too many: such a
    line is a sentence that happens to hold a date.
    """
    rest = date_pattern(glued=True).sub(" ", line)
    rest = _ANY_TIME.sub(" ", rest)
    rest = _FILLER.sub(" ", rest)
    words = rest.split()
    allowed = vocab.words("byline_words")
    for word in words:
        bare = word.strip(".,;:!?()[]\"'“”‘’•·")
        if bare[:1].islower() and bare.lower() not in allowed:
            return BYLINE_MAX_WORDS + 1
    return len(words)


def _has_digit(line: str) -> bool:
    """``_DIGIT.search(line)``, as ten C-level character searches when the line is ASCII."""
    if not line.isascii():
        return bool(_DIGIT.search(line))
    for digit in "0123456789":
        if digit in line:
            return True
    return False


PROSE_WORDS = 15
"""A line of this many words is the article's prose (or a standfirst)."""
PROSE_BEFORE_BYLINE = 2
"""An unlabelled date below this many lines of prose is another story's or a post's."""
_QUOTED = re.compile(r"\(@\w+\)|pic\.twitter\.com|\A\s*[—–-]\s*[A-Z][\w .'-]+\(@", re.IGNORECASE)


_RANGE_START = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s*(?:[–—-]|to)\s*$")
"""The start of a range ("12–14 May 2023"): an event's dates, never a stamp."""
_WIDGET = re.compile(r"-?\d{1,3}\s*°\s*[CF]?\b|\b(?:weather|sunrise|sunset)\b", re.IGNORECASE)
"""A weather reading beside a date: the site's widget, the day of reading."""


def _context(line: str, label: str, prose: int, related: bool) -> str:
    if _WIDGET.search(line):
        return "widget"
    if _QUOTED.search(line):
        return "quoted"
    if related:
        return "related"
    if prose >= PROSE_BEFORE_BYLINE and not label:
        return "after_prose"
    return ""


def find_publication_dates(text: str, *, head_lines: int = HEAD_LINES) -> list[DateCandidate]:
    """Every date the page offers as its own, in page order, for :mod:`pubscore` to rank.

    Header and byline dates among the top lines (the first ``head_lines`` lines of four words or
    more: menus dumped one short item per line do not use them up; at most ``MAX_SCANNED_LINES``
    lines are looked at), labelled dates at the foot, a dateline opening the lead, and dates of
    captions that end in a credit. Each says where it stands (``lines_above``, ``context``).
    """
    found: list[DateCandidate] = []
    lines: list[tuple[int, str]] = []
    offset = 0
    substantial = prose = 0
    related = False
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    for number, (start, line) in enumerate(lines):
        if number >= MAX_SCANNED_LINES or substantial >= head_lines:
            break
        if not line.strip():
            continue
        if furniture.is_section_header(line):
            related = True
        if _has_digit(line):
            for candidate in _line_candidates(line, start):
                context = _context(line, candidate.label, prose, related)
                found.append(_placed(candidate, line, substantial, context))
        words = len(line.split(None, PROSE_WORDS))
        substantial += words >= 4
        if words >= PROSE_WORDS:
            prose += 1
            related = False
    found = [_masthead(c, lines) for c in found]
    taken = {c.start for c in found}
    found += [c for c in _footer_dates(lines) if c.start not in taken]
    for dated in find_datelines(text, lines):
        found.append(_from_dated(dated, PublishedSource.DATELINE, lines))
    for dated in find_captions(lines):
        found.append(_from_dated(dated, PublishedSource.CAPTION, lines))
    return sorted(found, key=lambda c: c.start)


def _masthead(candidate: DateCandidate, lines: list[tuple[int, str]]) -> DateCandidate:
    """An unlabelled date above the headline with menus between them: the site's date line."""
    if candidate.lines_above or candidate.label or candidate.context:
        return candidate
    below = [line for start, line in lines if start > candidate.start and line.strip()]
    for line in below[:MASTHEAD_LINES]:
        if furniture.is_ui_line(line) or furniture.is_section_header(line):
            return replace(candidate, context="masthead")
        if len(line.split(None, 4)) >= 4:  # the headline, reached without a menu between
            break
    return candidate


MASTHEAD_LINES = 6
"""Lines looked at below a date at the top for menus (then it heads the site, not the story)."""


def _placed(candidate: DateCandidate, line: str, above: int, context: str) -> DateCandidate:
    return replace(candidate, line=_shown(line), lines_above=above, context=context)


def _shown(line: str, limit: int = 160) -> str:
    line = " ".join(line.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _from_dated(
    dated: Dated, source: PublishedSource, lines: list[tuple[int, str]]
) -> DateCandidate:
    line = next((text for start, text in reversed(lines) if start <= dated.start), "")
    return DateCandidate(
        dated.value,
        source,
        dated.start,
        dated.end,
        line=_shown(line),
        why=dated.why,
        year_inferred=dated.year_inferred,
    )


FOOTER_LINES = 8
"""A labelled date ("Published: ...") is looked for among this many last lines too."""


def _footer_dates(lines: list[tuple[int, str]]) -> list[DateCandidate]:
    found: list[DateCandidate] = []
    seen = 0
    for start, line in reversed(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > FOOTER_LINES:
            break
        if _has_digit(line) and _label_re().match(line):
            labelled = [c for c in _line_candidates(line, start) if c.label]
            found = [_placed(c, line, 1, "footer") for c in labelled] + found
    return found
