"""Reading one line for a publication date: labels, stamps and bylines of every common shape.

"Published: Oct. 18, 2023 at 7:00 a.m.", "Updated 10:02 AM GMT+1, October 19, 2023", "By Jane Roe |
Oct 18 2023", "Outlet12-01-2024", "Wire City Published 20.07.24", "Date:2025-04-26 21:37:10". A
line is a byline only when little but names, dates and byline words are left once its dates go.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from timeline_app.core.model import PublishedSource

from . import vocab
from .ages import without_ages
from .candidates import DateCandidate, date_labels
from .dates import (
    TIME,
    WEEKDAY,
    date_of,
    date_pattern,
    full_year,
    is_numeric,
    other_reading,
    short_year_date_of,
    short_year_pattern,
    valid_date,
)

__all__ = [
    "SENTENCE_END",
    "BYLINE_MAX_WORDS",
    "has_digit",
    "is_credit_line",
    "is_field_line",
    "issued_elsewhere",
    "label_re",
    "line_candidates",
]

BYLINE_MAX_WORDS = 6
"""A byline may carry this many words besides its date, time and filler (an author's name)."""

_FILLER = re.compile(
    rf"(?i)\b(?:{WEEKDAY}|at|on|by|the|published|updated|posted|last|first|modified|local|time)\b"
    r"|(?i:\bpage\s?\d{1,3}\b)"  # (a print edition's page: "Tue, Mar 05, 2024 page3")
    r"|[|,;:•·/()\[\]–—]|-(?![^\W\d_])|(?<![^\W\d_])-"  # (a hyphenated name, "Mei-hua", stays)
)


def _labels() -> dict[str, str]:
    return date_labels()


@cache
def label_re() -> re.Pattern[str]:
    # (a label written with its colon, "on:", is one only so: "On March 5, 2024, the council")
    labels = "|".join(
        re.escape(label) + ("" if label.endswith(":") else r"\b")
        for label in sorted(_labels(), key=len, reverse=True)
    )
    # (an editor's note opens with a bracket: "(This story was first published on ...)")
    return re.compile(rf"[\s(\[]*(?P<label>{labels})\s*(?P<colon>[:=|-])?\s*", re.IGNORECASE)


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
    """A label at ``pos``, or (at the start of a line) one after a short run of names.

    Not after a date: "14 Mar 2023 06:05PM (Updated: 15 Mar 2023)" is first published on the 14th.
    """
    label = label_re().match(line, pos)
    if label is not None or pos:
        return label
    for found in _midlabel_re().finditer(line):
        prefix = line[: found.start()].split()
        if date_pattern().search(line, 0, found.start()):  # "14 Mar 2023 (Updated: 15 Mar ...)"
            return None  # (a stamp before the label: the line is read as a stamp)
        if 0 < len(prefix) <= LABEL_AFTER_WORDS and _names_only(prefix):
            return label_re().match(line, found.start())
    return None


@cache
def _midlabel_re() -> re.Pattern[str]:
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


MAX_LABELS = 4
"""Labelled dates read in one line at most ("Updated ... | Published ..." holds two)."""


def _labelled(line: str, offset: int, pos: int = 0, depth: int = 1) -> list[DateCandidate]:
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
    more = []
    if end < len(line) and depth < MAX_LABELS:
        more = _labelled(line, offset, _SEPARATORS.match(line, end).end(), depth + 1)
    if source is PublishedSource.BYLINE and not more and _residue_words(line) <= BYLINE_MAX_WORDS:
        end = len(line.rstrip())
    # a label after a few names ("Wire City Published ..."): the whole byline goes
    start = offset + (label.start("label") if pos or not label.start() else _indent(line))
    other = other_reading(match) if match.re is date_pattern() else None
    return [DateCandidate(value, source, start, offset + end, name, other_reading=other), *more]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def line_candidates(line: str, offset: int) -> list[DateCandidate]:
    """The dates a line offers as a stamp (labelled, a byline's, a bare date), in line order."""
    return _before_update(line, offset, _line_candidates(line, offset))


_UPDATE_WORD = re.compile(r"\b(?:updated?|revised|refreshed|amended|modified)\b", re.IGNORECASE)
"""A word of an update before a line's date ("Story updated March 7, 2024, first posted ...")."""


def _before_update(line: str, offset: int, found: list[DateCandidate]) -> list[DateCandidate]:
    """A line whose stamps are updates only, and another date on it earlier than them.

    "Refreshed March 7, 2024 | Filed March 5, 2024", "Story updated March 7, 2024, first posted
    March 5, 2024": a page is updated after it is published, so the earlier date is the first
    publication, whatever its label (unknown here); the update is marked as one.
    """
    if not found or len(found) > 1 or found[0].value is None:
        return found
    stamp = found[0]
    first = next(date_pattern(glued=True).finditer(line, stamp.start - offset), None)
    if first is None or not (stamp.is_update or _UPDATE_WORD.search(line, 0, first.start())):
        return found
    for match in date_pattern(glued=True).finditer(line, first.end()):
        value = date_of(match)
        if value is not None and value < stamp.value and not _starts_range(line, match, value):
            label = stamp.label if stamp.is_update else "updated"
            earlier = DateCandidate(value, stamp.source, offset + match.start(),
                                    offset + match.end())  # fmt: skip
            return [replace(stamp, label=label, end=offset + first.end()), earlier]
    return found


def _line_candidates(line: str, offset: int) -> list[DateCandidate]:
    labelled = _labelled(line, offset) or _issued(line, offset)
    if labelled:
        return labelled
    if is_field_line(line):  # "When: Sat 14 Oct 2023", "Born: 3 May 1941"
        return _labelled_after_field(line, offset)
    short = _bare_short_year(line, offset)
    if short:
        return short
    found: list[DateCandidate] = []
    longest = 4 * BYLINE_MAX_WORDS
    if len(line.split(None, longest)) > longest:  # (the words past the limit need no splitting)
        return found
    residue = _residue_words(line)
    if residue > BYLINE_MAX_WORDS:
        return found
    for match in date_pattern(glued=True).finditer(line):
        value = date_of(match)
        ranged = match.group(0)[:1].isdigit() and _starts_range(line, match, value)
        if value and _opens_span(line, match.end()):
            break  # ("June 3, 1938 - February 27, 2024": a life's or an event's span, no stamp)
        if value and not ranged:  # ("Tonight at 10 - Tues 14/05/2024": a weekday starts no range)
            start = len(line) - len(line.lstrip())
            alone = match.group("y1") and not line[: match.start()].strip() and not residue
            source = PublishedSource.HEADER if alone else PublishedSource.BYLINE
            # (a bare machine-written date heading the page is a header)
            end = offset + len(line.rstrip())
            other = other_reading(match)
            found.append(DateCandidate(value, source, offset + start, end, other_reading=other))
            break
    return found


def _labelled_after_field(line: str, offset: int) -> list[DateCandidate]:
    """A labelled stamp sharing a field's line past a separator.

    "Taped Jan 9, 2024 · Released Jan 16, 2024 · 41 min": the recording's day is the field's, the
    release the page's.
    """
    for separator in _NAME_SEPARATOR.finditer(line):
        found = _labelled(line, offset, separator.end())
        if found:
            return found
    return []


_ISSUED = re.compile(
    r"\W*(?:the|this)\s+(?:(?:press|media|news)\s+release|statement"
    r"|(?:article|story|report|column|piece)(?:\s+by\s+[^.\n]{1,60}?)?"
    r"(?=\s+(?:was\s+)?(?:originally|first)\b))"
    r"\s+(?:was\s+)?(?:(?:originally|first)\s+)?(?:issued|published|released|posted"
    r"|(?<=originally\s)appeared|(?<=first\s)appeared)\b"
    r"(?:(?:\s+(?:by|in)\s+[^.\n]{1,80}?)?\s+on\s+|\s+(?=\d|(?-i:[A-Z])))",
    re.IGNORECASE,
)
"""A sentence that says when the page was issued: "The press release issued by the Ministry of
Transport on 14 March 2024." (archives of releases open so), or first published: "This article
was originally published by the Coastline Courier on March 12, 2024." (a portal's rewrite), "This
report by The Canadian Press was first published March 5, 2024." (a wire's foot). The
date closes the sentence: "The statement issued by the bank on 3 March said rates..." tells of
another text."""
SENTENCE_END = re.compile(r"\s*[.)\]]?\s*\Z")
REPUBLISHED_HERE = re.compile(
    r",?\s+and\s+(?:is|was|has\s+been)\s+(?:re(?:published|printed|posted)|reproduced|shared"
    r"|translated)\b[^\n]*\Z",
    re.IGNORECASE,
)
"""What may follow a first publication's date in the same sentence: "... on May 2, 2023 and is
republished here under a Creative Commons license." (the copy's own note, no other text's day)."""


@cache
def issued_elsewhere() -> re.Pattern[str]:
    """The same sentence in the other languages (``issued_sentences.txt``).

    Their dates are read by :func:`.locale_dates.issued_candidate`.
    """
    return re.compile(
        "|".join(f"(?:{entry})" for entry in vocab.entries("issued_sentences")), re.IGNORECASE
    )


def _issued(line: str, offset: int) -> list[DateCandidate]:
    said = _ISSUED.match(line)
    if said is None:
        return []
    found = _date_after(line, said.end())
    if found is None:
        return []
    match, value = found
    tail = SENTENCE_END.match(line, match.end()) or REPUBLISHED_HERE.match(line, match.end())
    if tail is None:
        return []
    start = offset + _indent(line)
    end = offset + (tail.end() if tail.re is REPUBLISHED_HERE else match.end())
    # (the copy's note is cut whole from the text: no "and is republished here" left behind)
    if "appeared" in said.group(0).lower():
        # ("This article first appeared in The Review on 30 August 2024." at a copy's foot: the
        # day of the original, the copy's when it has no stamp of its own)
        return [DateCandidate(value, PublishedSource.BYLINE, start, end, "published",
                              context="first_elsewhere")]  # fmt: skip
    if _WIRE_REPORT.match(said.group(0)):  # ("This report by The Canadian Press was first
        # published March 5, 2024.": the wire's own foot, weaker than the page's stamp above)
        return [DateCandidate(value, PublishedSource.BYLINE, start, end, "published")]
    return [DateCandidate(value, PublishedSource.HEADER, start, end, "published")]


_WIRE_REPORT = re.compile(r"\W*(?:the|this)\s+report\s+by\s", re.IGNORECASE)


@cache
def _field_label() -> re.Pattern[str]:
    """A field label opening a line ("When:", "Born", "Deadline:"): the date is not the page's."""
    fields = "|".join(f"(?:{entry})" for entry in vocab.entries("field_labels"))
    return re.compile(rf"\s*(?:{fields})\b\s*[:=|–—-]?\s*(?=\S)", re.IGNORECASE)


@cache
def _field_tail() -> re.Pattern[str]:
    """A word closing a line that makes its date an event's start ("... 15:00 KO")."""
    tails = "|".join(f"(?:{entry})" for entry in vocab.entries("field_tails"))
    return re.compile(rf"(?<![^\W\d_])(?:{tails})\W*\Z", re.IGNORECASE)


def is_field_line(line: str) -> bool:
    """Whether a field label of another date opens ``line`` ("When:", "Né le", "기간:").

    Or an event's word closes it ("Saturday 11 March 2023 15:00 KO").
    """
    return _field_label().match(line) is not None or (
        len(line) <= FIELD_TAIL_CHARS and _field_tail().search(line) is not None
    )


FIELD_TAIL_CHARS = 120
"""A line closed by an event's word is short (a fixture line); a sentence may end so."""


@cache
def _photo_opening() -> re.Pattern[str]:
    words = "|".join(sorted(vocab.words("photo_words"), key=len, reverse=True))
    # (or a compound or an adjective before it: "Archivbild vom ...", "Архивное фото 17.09.2024")
    return re.compile(rf"\W*(?:[^\W\d_]+\s+)?[^\W\d_]*(?:{words})(?![^\W\d_])", re.IGNORECASE)


@cache
def _photo_label() -> re.Pattern[str]:
    words = "|".join(sorted(vocab.words("photo_words"), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{words})\s*[:=]", re.IGNORECASE)


@cache
def _agency_after_date() -> re.Pattern[str]:
    words = "|".join(sorted(vocab.words("credit_words"), key=len, reverse=True))
    return re.compile(rf"\d\s*/\s*(?:{words})\b", re.IGNORECASE)


def is_credit_line(line: str) -> bool:
    """A photo's credit or caption: its date is the photo's, never the page's.

    The line opens with a photo word ("Photo d'archive du 2 février 2021 / AFP", "사진=..."), a
    photo label comes before its first digit ("Foto: Rita Lopes – 22.fev.2021/Reuters"), or an
    agency follows a date after a slash ("10.03.2023 / dpa"). A stamp before the label stays the
    page's: "14/03/2023 18h05 | Foto: Divulgação", but a caption between the date and the label
    makes the date the photo's ("25.mar.2020 - Fachada do hospital - Foto: Arquivo").
    """
    if _photo_opening().match(line) or _agency_after_date().search(line):
        return True
    label = _photo_label().search(line)
    digit = _DIGIT.search(line)
    if label is None or digit is None:
        return False
    return label.start() < digit.start() or _captioned(line[digit.start() : label.start()])


CAPTION_WORDS = 3
"""Words (a relative age left out) after a date's own part of a line, before a photo label, that
make a caption: "25.mar.2020 - Fachada do hospital - Foto:" (a stamp's time or an update
"| Atualizado há 2 horas |" is not one)."""
_PARTS = re.compile(r"\s+[-–—|·•]\s+")
_CAPTION_WORD = re.compile(r"[^\W\d_]{2,}")


def _captioned(between: str) -> bool:
    """Whether the text between a line's date and its photo label holds a caption."""
    parts = _PARTS.split(without_ages(between), maxsplit=1)
    return len(parts) == 2 and len(_CAPTION_WORD.findall(parts[1])) >= CAPTION_WORDS


def _bare_short_year(line: str, offset: int) -> list[DateCandidate]:
    """A line that is a date with a two-digit year and nothing else ("14/03/21", "16 Oct '24").

    A numeric one is read only when the order cannot be mistaken: the first number above 12 is
    a day (day first), the second above 12 a day (month first, as in the US). A month's name
    needs the apostrophe that marks the year cut short. An author's name may stand before it,
    past a separator ("Von Jana Holm | 14.11.23, 18:22 Uhr").
    """
    text = _after_names(line.strip())
    match = short_year_pattern().match(text)
    rest = _CLOCK_WORD.sub("", text[match.end() :]).strip(" |,") if match else ""
    if match is None or (rest and not _ANY_TIME.fullmatch(rest)):
        return []  # (a time may follow: "14/03/21 09:40")
    if match.group("y"):
        if not re.search(r"['’]\d\d\Z", match.group(0)) or not (value := short_year_date_of(match)):
            return []
        start = offset + _indent(line)
        return [DateCandidate(value, PublishedSource.BYLINE, start, offset + len(line.rstrip()))]
    first, second = int(match.group("a")), int(match.group("b"))
    if first > 12 >= second:
        value = short_year_date_of(match)
    elif second > 12 >= first:
        value = valid_date(full_year(int(match.group("yy"))), first, second)
    else:
        return []
    if value is None:
        return []
    start = offset + _indent(line)
    source = PublishedSource.HEADER if text == line.strip() else PublishedSource.BYLINE
    return [DateCandidate(value, source, start, offset + len(line.rstrip()))]


_CLOCK_WORD = re.compile(r"\s*(?:uhr|h|hrs?|heures?)\.?\s*\Z", re.IGNORECASE)
"""A word closing a time ("18:22 Uhr")."""
_NAME_SEPARATOR = re.compile(r"\s[|·•]\s")


def _after_names(text: str) -> str:
    """``text`` past a byline's names and a separator ("Von Jana Holm | ..."), else all of it."""
    parts = _NAME_SEPARATOR.split(text, maxsplit=1)
    if len(parts) == 2:
        words = parts[0].split()
        if 0 < len(words) <= BYLINE_MAX_WORDS and _names_only(words):
            return parts[1].strip()
    return text


def _residue_words(line: str) -> int:
    """Words left in a line once dates, times and byline filler are taken out.

    A lower-case word that bylines do not use ("the vote was held") counts as too many: such a
    line is a sentence that happens to hold a date. A word right before a writer's role qualifies
    it ("political editor", "senior health reporter").
    """
    rest = date_pattern(glued=True).sub(" ", line)
    rest = _ANY_TIME.sub(" ", rest)
    rest = _FILLER.sub(" ", rest)
    words = rest.split()
    allowed = _byline_vocabulary()
    roles = vocab.words("role_words")
    bare = [word.strip(".,;:!?()[]\"'“”‘’•·") for word in words]
    qualified = False  # (read from the end: "senior health reporter")
    for word in reversed(bare):
        lower = word.lower()
        if (word[:1].islower() or _uncased_script(word)) and lower not in allowed and not qualified:
            return BYLINE_MAX_WORDS + 1
        qualified = lower in roles or (qualified and word[:1].islower())
    return len(words)


_UNCASED = re.compile(r"[\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f]")
"""Hebrew, Arabic, Devanagari and Thai letters: scripts without case, whose words never tell a
name by a capital (a sentence's words, as lower-case ones do; Korean and Chinese names stay)."""


def _uncased_script(word: str) -> bool:
    return _UNCASED.match(word) is not None


@cache
def _byline_vocabulary() -> frozenset[str]:
    """Lower-case words a byline or stamp may hold.

    Filler, a writer's role ("Staff writer", "chief correspondent"), a broadcast's edition
    ("Evening bulletin", "late edition").
    """
    return vocab.words("byline_words") | vocab.words("role_words")


def has_digit(line: str) -> bool:
    """``_DIGIT.search(line)``, as ten C-level character searches when the line is ASCII."""
    if not line.isascii():
        return bool(_DIGIT.search(line))
    for digit in "0123456789":
        if digit in line:
            return True
    return False


_SPAN_TO = re.compile(r"\s*(?:[–—-]|to|until)\s*", re.IGNORECASE)


def _opens_span(line: str, end: int) -> bool:
    """Whether a full date ending at ``end`` is followed by "– <another full date>": a span."""
    joint = _SPAN_TO.match(line, end)
    if joint is None:
        return False
    following = date_pattern(glued=True).match(line, joint.end())
    return following is not None and date_of(following) is not None


_RANGE_START = re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:[–—-]|to)\s*$")
"""The start of a range ("12–14 May 2023"): an event's dates, never a stamp."""


def _starts_range(line: str, match: re.Match[str], value: date | None) -> bool:
    """Whether a day number and a dash before the date open a range ("12–14 May 2023").

    A range runs forward: a number not below the date's day is something else, an issue's or a
    volume's ("Issue 10 - 8 March 2027").
    """
    start = _RANGE_START.search(line, 0, match.start())
    if start is None:
        return False
    return value is None or int(start.group("day")) < value.day
