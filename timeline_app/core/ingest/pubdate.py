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

_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|r?s?day)?\.?"
_TIME = (
    r"(?:\d{1,2}(?:[:.]\d{2}){1,2}(?:\.\d+)?\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)"
    r"(?:\s*(?:(?-i:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|(?-i:[A-Z]{2,5})(?![a-z])|[+-]\d{2}:?\d{2}))?"
)
_FILLER = re.compile(
    rf"(?i)\b(?:{_WEEKDAY}|at|on|by|the|published|updated|posted|last|first|modified|local|time)\b"
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
def _months() -> dict[str, int]:
    names: dict[str, int] = {}
    for entry in vocab.entries("months"):
        number, *words = entry.split()
        names.update((word.lower(), int(number)) for word in words)
    return names


@cache
def _labels() -> dict[str, str]:
    return {" ".join(e.split()[:-1]).lower(): e.split()[-1] for e in vocab.entries("date_labels")}


@cache
def _date_re() -> re.Pattern[str]:
    month = "|".join(sorted(_months(), key=len, reverse=True))
    iso = r"(?P<y1>\d{4})(?P<s1>[-/.])(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2})(?:[T ]" + _TIME + ")?"
    dmy = rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{month})\.?,?\s+(?P<y2>\d{{4}})"
    mdy = rf"(?P<m3>{month})\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y3>\d{{4}})"
    num = r"(?P<a4>\d{1,2})(?P<s4>[/.])(?P<b4>\d{1,2})(?P=s4)(?P<y4>\d{4})"
    weekday = rf"(?:{_WEEKDAY},?\s+)?"
    return re.compile(
        rf"(?<![\w/.-]){weekday}(?:{iso}|{dmy}|{mdy}|{num})"
        r"(?:(?=\d{1,2}[:.]\d\d)|(?![\w/-]|\.\d))",  # a time may be glued: "20233:05 PM"
        re.IGNORECASE,
    )


@cache
def _label_re() -> re.Pattern[str]:
    labels = "|".join(re.escape(label) for label in sorted(_labels(), key=len, reverse=True))
    return re.compile(rf"\A\s*(?P<label>{labels})\b\s*(?P<colon>[:=|-])?\s*", re.IGNORECASE)


_TIME_RE = re.compile(rf"[\s,|·•/-]*(?:at\s+)?{_TIME}", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s,|·•-]*")
_DIGIT = re.compile(r"\d")


def _valid(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_match(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    months = _months()
    if groups["y1"]:
        return _valid(int(groups["y1"]), int(groups["m1"]), int(groups["d1"]))
    if groups["y2"]:
        return _valid(int(groups["y2"]), months[groups["m2"].lower()], int(groups["d2"]))
    if groups["y3"]:
        return _valid(int(groups["y3"]), months[groups["m3"].lower()], int(groups["d3"]))
    first, second, year = int(groups["a4"]), int(groups["b4"]), int(groups["y4"])
    if groups["s4"] == "." or first > 12:  # 18.10.2023 and 18/10/2023 are day first
        return _valid(year, second, first)
    return _valid(year, first, second)  # 10/18/2023: the US order


def parse_date(text: str) -> date | None:
    """The first plausible date written in ``text`` (``2023-10-19``, ``Oct. 18, 2023``...)."""
    for match in _date_re().finditer(text):
        value = _from_match(match)
        if value is not None:
            return value
    return None


def _numeric(match: re.Match[str]) -> bool:
    return bool(match.group("y1") or match.group("y4"))


def _date_after(line: str, pos: int) -> re.Match[str] | None:
    """A date at ``pos``, possibly after a time (``3:12 PM EDT, Wed October 18, 2023``)."""
    match = _date_re().match(line, pos)
    if match is None:
        time = _TIME_RE.match(line, pos)
        if time:
            match = _date_re().match(line, _SEPARATORS.match(line, time.end()).end())
    return match


def _line_candidates(line: str, offset: int) -> list[DateCandidate]:
    found: list[DateCandidate] = []
    label = _label_re().match(line)
    match = _date_after(line, label.end()) if label else None
    value = _from_match(match) if match else None
    if label and match and value:
        time = _TIME_RE.match(line, match.end())
        end = time.end() if time else match.end()
        name = " ".join(label.group("label").lower().split())
        header = bool(label.group("colon")) or name in ("date", "dated") or _numeric(match)
        source = PublishedSource.HEADER if header else PublishedSource.BYLINE
        if source is PublishedSource.BYLINE and _residue_words(line) <= BYLINE_MAX_WORDS:
            end = len(line.rstrip())
        start = offset + label.start("label")
        return [DateCandidate(value, source, start, offset + end, name)]
    if len(line.split()) > 4 * BYLINE_MAX_WORDS or _residue_words(line) > BYLINE_MAX_WORDS:
        return found
    for match in _date_re().finditer(line):
        value = _from_match(match)
        if value:
            start = len(line) - len(line.lstrip())
            alone = (
                match.group("y1") and not line[: match.start()].strip() and not _residue_words(line)
            )
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
    rest = _date_re().sub(" ", line)
    rest = re.sub(_TIME, " ", rest, flags=re.IGNORECASE)
    rest = _FILLER.sub(" ", rest)
    words = rest.split()
    allowed = vocab.words("byline_words")
    for word in words:
        bare = word.strip(".,;:!?()[]\"'“”‘’•·")
        if bare[:1].islower() and bare.lower() not in allowed:
            return BYLINE_MAX_WORDS + 1
    return len(words)


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
            if _DIGIT.search(line):
                found.extend(_line_candidates(line, offset))
            substantial += len(line.split()) >= 4
            if substantial >= head_lines:
                break
        offset += len(line) + 1
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


_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2}|[a-z]{3,9})[/-](?P<d>\d{1,2})(?:[/-]|$)"
    r"|/(?P<y2>(?:19|20)\d{2})(?P<m2>[01]\d)(?P<d2>[0-3]\d)(?:[/_-]|$)",
    re.IGNORECASE,
)


def date_from_url(url: str) -> date | None:
    """A date written in a URL path (``/2023/10/18/``, ``/2023/oct/18/``, ``/20231018/``)."""
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    if match.group("y2"):
        return _valid(int(match.group("y2")), int(match.group("m2")), int(match.group("d2")))
    month = match.group("m")
    number = int(month) if month.isdigit() else _months().get(month.lower())
    return _valid(int(match.group("y")), number, int(match.group("d"))) if number else None


def choose_publication(candidates: list[DateCandidate]) -> DateCandidate | None:
    """The earliest candidate in page order, preferring an original date over an update."""
    originals = [c for c in candidates if not c.is_update]
    pool = originals or candidates
    return min(pool, key=lambda c: c.start) if pool else None
