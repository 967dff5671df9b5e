"""Finding an article's publication date, and where it came from, without guessing today's date.

Plain regular expressions do the work (dateparser is far too slow for the hot path). Every candidate
carries its span in the text it was found in, so callers can cut it out or show it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from timeline_app.core.model import PublishedSource

from . import vocab
from .dates import TIME, WEEKDAY, date_from_url, date_of, date_pattern, is_numeric, parse_date

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


@dataclass(frozen=True, slots=True)
class DateCandidate:
    """A date found in a text: the date, its kind, and ``[start, end)`` of what announced it."""

    value: date
    source: PublishedSource
    start: int
    end: int
    label: str = ""

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def __iter__(self) -> Iterator[object]:
        """Unpacks as ``(date, source, span)``."""
        return iter((self.value, self.source, self.span))

    @property
    def is_update(self) -> bool:
        return self.label in _labels() and _labels()[self.label] == "update"


@cache
def _labels() -> dict[str, str]:
    return {" ".join(e.split()[:-1]).lower(): e.split()[-1] for e in vocab.entries("date_labels")}


@cache
def _label_re() -> re.Pattern[str]:
    labels = "|".join(re.escape(label) for label in sorted(_labels(), key=len, reverse=True))
    return re.compile(rf"\A\s*(?P<label>{labels})\b\s*(?P<colon>[:=|-])?\s*", re.IGNORECASE)


_TIME_RE = re.compile(rf"[\s,|·•/-]*(?:at\s+)?{TIME}", re.IGNORECASE)
_ANY_TIME = re.compile(TIME, re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s,|·•-]*")
_DIGIT = re.compile(r"\d")


def _date_after(line: str, pos: int) -> re.Match[str] | None:
    """A date at ``pos``, possibly after a time (``3:12 PM EDT, Wed October 18, 2023``)."""
    match = date_pattern().match(line, pos)
    if match is None:
        time = _TIME_RE.match(line, pos)
        if time:
            match = date_pattern().match(line, _SEPARATORS.match(line, time.end()).end())
    return match


def _line_candidates(line: str, offset: int) -> list[DateCandidate]:
    found: list[DateCandidate] = []
    label = _label_re().match(line)
    match = _date_after(line, label.end()) if label else None
    value = date_of(match) if match else None
    if label and match and value:
        time = _TIME_RE.match(line, match.end())
        end = time.end() if time else match.end()
        name = " ".join(label.group("label").lower().split())
        header = bool(label.group("colon")) or name in ("date", "dated") or is_numeric(match)
        source = PublishedSource.HEADER if header else PublishedSource.BYLINE
        if source is PublishedSource.BYLINE and _residue_words(line) <= BYLINE_MAX_WORDS:
            end = len(line.rstrip())
        start = offset + label.start("label")
        return [DateCandidate(value, source, start, offset + end, name)]
    longest = 4 * BYLINE_MAX_WORDS
    if len(line.split(None, longest)) > longest:  # (the words past the limit need no splitting)
        return found
    residue = _residue_words(line)
    if residue > BYLINE_MAX_WORDS:
        return found
    for match in date_pattern().finditer(line):
        value = date_of(match)
        if value:
            start = len(line) - len(line.lstrip())
            alone = match.group("y1") and not line[: match.start()].strip() and not residue
            if alone:  # a bare machine-written date heading the page
                found.append(
                    DateCandidate(
                        value, PublishedSource.HEADER, offset + start, offset + len(line.rstrip())
                    )
                )
                break
            found.append(
                DateCandidate(
                    value, PublishedSource.BYLINE, offset + start, offset + len(line.rstrip())
                )
            )
            break
    return found


def _residue_words(line: str) -> int:
    """Words left in a line once dates, times and byline filler are taken out.

    A lower-case word that bylines do not use ("the vote was held") counts as too many: such a
    line is a sentence that happens to hold a date.
    """
    rest = date_pattern().sub(" ", line)
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


def find_publication_dates(text: str, *, head_lines: int = HEAD_LINES) -> list[DateCandidate]:
    """Header and byline dates near the top of ``text``, in page order.

    The top is the first ``head_lines`` lines of four words or more: menus dumped one short item
    per line do not use it up (at most ``MAX_SCANNED_LINES`` lines are looked at in all).
    """
    found: list[DateCandidate] = []
    offset = 0
    substantial = 0
    for number, line in enumerate(text.split("\n")):
        if number >= MAX_SCANNED_LINES:
            break
        if line.strip():
            if _has_digit(line):
                found.extend(_line_candidates(line, offset))
            substantial += len(line.split(None, 3)) >= 4  # (no need to split past the fourth)
            if substantial >= head_lines:
                break
        offset += len(line) + 1
    if not found:  # written in another language's words? (see that module)
        from .locale_dates import find_locale_dates

        found = find_locale_dates(text, head_lines=head_lines)
    return found or _footer_dates(text)


FOOTER_LINES = 8
"""When the top holds no date, a labelled one ("Published: ...") among this many last lines."""


def _footer_dates(text: str) -> list[DateCandidate]:
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    found: list[DateCandidate] = []
    seen = 0
    for number in range(len(lines) - 1, -1, -1):
        line = lines[number]
        if not line.strip():
            continue
        seen += 1
        if seen > FOOTER_LINES:
            break
        if _DIGIT.search(line) and _label_re().match(line):
            found = [c for c in _line_candidates(line, starts[number]) if c.label] + found
    return found


def choose_publication(candidates: list[DateCandidate]) -> DateCandidate | None:
    """The earliest candidate in page order, preferring an original date over an update."""
    originals = [c for c in candidates if not c.is_update]
    pool = originals or candidates
    return min(pool, key=lambda c: c.start) if pool else None
