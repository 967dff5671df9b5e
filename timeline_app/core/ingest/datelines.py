"""Datelines and photo captions: dates a page gives inside its text rather than in a byline.

An agency dateline opens the lead: ``LAGOS, May 3 (Wire) -``, ``CITY /Region/, Month D. /AGENCY/.``,
``City, Month D:``, ``OSLO, Nov 2 —``, ``DENVER, June 9, 2022 /PRWire/ --``,
``CITY, (Outlet - 3rd Feb, 2021)``, ``City, (Region), May 3, AGENCY –``,
``CITY, STATE, COUNTRY, March 14, 2023 /Wire/ --``, ``Place, State. (March 25, 2025):``.
Many leave the year out; it is then inferred
from the text's own dated mentions (a dateline is written after the events it reports, within the
year, before the plans it announces) and the inference is said. A caption that ends in an image
credit dates the photo, a weak witness of the day of writing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from . import furniture, vocab
from .dates import (
    WEEKDAY,
    calendar_words,
    date_of,
    date_pattern,
    month_names,
    month_number,
    names_a_day,
    valid_date,
)
from .tense import clause_tense

__all__ = [
    "Dated",
    "dateline_end",
    "find_captions",
    "find_datelines",
    "infer_year",
    "inferred_dateline",
    "named_weekdays",
    "settled_years",
    "stated_weekday",
    "weekday_mentions",
    "weekday_years",
    "yearless_dateline",
]

DATELINE_LINES = 12
"""A dateline is looked for at the start of this many paragraphs of prose at most."""


@dataclass(frozen=True, slots=True)
class Dated:
    """A date read from a dateline or caption: ``[start, end)`` in the text, and how it was read."""

    value: date
    start: int
    end: int
    why: str
    year_inferred: bool = False


@cache
def _dateline() -> re.Pattern[str]:
    month = month_names()
    # (no separator inside a word's class: one way only to split "PORT-AU-PRINCE", never a
    # backtracking blow-up on a long hyphenated line)
    city = r"(?P<city>[A-Z][A-Za-z'’.]*(?:[ -](?:[a-z]{1,3}[ -])?[A-Z][A-Za-z'’.]*){0,3})"
    # "/Region/", ", Region" or ", STATE, COUNTRY", a region's code in brackets ("Keta, (V/R),")
    region = (
        r"(?:\s*/[^/\n]{2,30}/|(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2}){1,2}"
        r"|,\s*\([A-Z][A-Za-z/.&' ]{0,20}\))?"
    )
    weekday = rf"(?:(?i:{WEEKDAY}),?\s+)?"
    plain = (
        rf"{weekday}(?:(?P<month>(?i:{month}))\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
        r"(?:(?:,\s*|\s+)(?P<year>(?:19|20)\d\d))?"
        rf"|(?P<day3>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?P<month3>(?i:{month}))\.?"
        r"(?:,?\s+(?P<year3>(?:19|20)\d\d))?)\.?"  # (day first, with a year or not)
    )
    outlet = (
        rf"\([^()\n]{{2,40}}?\s*[-–—]\s*(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+"
        rf"(?P<month2>(?i:{month}))\.?,?\s*(?P<year2>(?:19|20)\d\d)\)\s*(?:[-–—]{{1,2}})?"
    )
    mark = (  # "(Wire) -", "(Wire):", "(Wire).-", "/WIRE/." or "/PRWire/ --", a colon, a dash,
        # "(WIRE) The ..."
        r"(?:,?\s*\([^()\n]{2,40}\)\s*(?:[-–—]{1,2}|:|\.[-–—])|\s*/[^/\n]{2,40}/\s*(?:[-–—]{1,2}|\.)"
        r"|\s*[:–—]|\s+-{1,2}|\s*-{2}|\s*\([A-Z][A-Za-z&.'’ ]{1,30}\)\s+(?=[A-Z])"
        r"|,\s*[A-Z][A-Z&.-]{1,15}\s*[-–—]{1,2}"  # the agency after the date: "May 3, GNA –"
        r"|-(?=[A-Z][a-z])"  # a hyphen glued to the lead: "NAKURU, Kenya, Mar 7-The county"
        r"|\s*\|"  # bars around the date: "KAMPALA | March 14, 2023 | The ministry"
        r"|\)\s*(?::|[-–—]{1,2})"  # the date in brackets: "Harbour Point, Virginia. (March 25,
        # 2025): Sailors", "Ottawa, Ontario (May 7, 2024) - The Director"
        r"|\s*/(?=\s)"  # a wire between slashes: "NEW YORK, NY / ACCESSWIRE / March 5, 2024 /"
        # a full date with the lead glued after a space: "Kampala, Uganda — March 12, 2025 The"
        r"|(?(year)\s+(?=[A-Z][a-z])|(?(year3)\s+(?=[A-Z][a-z])|(?!))))"
    )
    # "LAGOS, May 3", "Oslo, Norway – 14 March 2023", "CITY, Region--(WIRE)--Mar 28, 2023--"
    # "SINGAPORE - Media Wire Name - 5 March 2024 - The": a wire's name between dashes
    wire = (
        r"|\s+[–—-]\s+[A-Z][A-Za-z&.'’]*(?:\s+[A-Z][A-Za-z&.'’]*){0,3}\s+[–—-]"
        r"|\s+/\s+[A-Z][A-Za-z&.'’-]*(?:\s+[A-Z][A-Za-z&.'’-]*){0,3}\s+/"
    )
    after = (
        rf"(?:,|\s+[–—-]|\s*\||\s*-{{2}}\s*\([^()\n]{{2,40}}\)\s*-{{2}}|\.?\s*\((?=[A-Z]){wire})\s*"
    )
    byline = r"(?:By\s+(?:[A-Z][\w.'’-]*\s+){1,4}?(?=[A-Z]{2,}\b))?"  # "By Wire Staff LONDON, ..."
    # a release's lead opening with its full date and a dash, no place: "March 14, 2023 — The"
    bare = (
        rf"(?P<month4>(?i:{month}))\.?\s+(?P<day4>\d{{1,2}}),\s*(?P<year4>(?:19|20)\d\d)"
        r"\s*(?:--|[–—])\s*(?=[A-Z][a-z])"
    )
    # a government release's full date, then its place between dashes: "May 7, 2024 – Halifax,
    # Nova Scotia – Small craft harbours are ..." (a place after the date: no timeline's entry)
    placed = (
        rf"(?:(?P<month8>(?i:{month}))\.?\s+(?P<day8>\d{{1,2}}),?\s*(?P<year8>(?:19|20)\d\d)"
        rf"|(?P<day9>\d{{1,2}})\s+(?P<month9>(?i:{month}))\.?,?\s+(?P<year9>(?:19|20)\d\d))"
        r"\s+[–—-]{1,2}\s+[A-Z][A-Za-z'’.]*(?:[ -][A-Z][A-Za-z'’.]*){0,3}"
        r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2}){0,2}\s+[–—-]{1,2}\s+(?=[A-Z])"
    )
    # no place, the agency's code in brackets: "Jan 8 (CT) A foreign national was arrested", or
    # its name and a dash: "March 5 (Reuters) - The operator said"
    cityless = (
        rf"(?P<month5>(?i:{month}))\.?\s+(?P<day5>\d{{1,2}})\s+\((?-i:(?P<agency5>[A-Z][A-Z&.]{{1,9}}"
        r"|[A-Z][a-z]{2,14}(?=\)\s*[-–—])))\)(?:\s*[-–—]{1,2})?"
        r"\s+(?=[A-Z][a-z]?\b|[A-Z][a-z]+\s)"
    )
    # a portal's stamp glued before the lead, its time touching the first word: "Thursday, 14
    # March 2024 19:48A former minister was ..." (a date and its time open no sentence)
    stamped = (
        rf"{weekday}(?:(?P<month6>(?i:{month}))\.?\s+(?P<day6>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
        rf"(?P<year6>(?:19|20)\d\d)|(?P<day7>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month7>(?i:{month}))"
        r"\.?,?\s+(?P<year7>(?:19|20)\d\d)),?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*(?i:[ap]\.?m\.?))?"
        r"\s*(?=[A-Z][a-z]?\b|[A-Z][a-z]+)"
    )
    return re.compile(
        rf"\A\s*(?:{byline}{city}(?P<region>{region}){after}(?:{outlet}|{plain}{mark})|{placed}|{bare}"
        rf"|{cityless}|{stamped})"
    )


LEAD_WORDS = 6
"""Words of prose after a release's date and place: the lead, not a schedule's row."""


def _not_a_city(word: str) -> bool:
    first = word.split()[0].lower().rstrip(".")
    if any(later.lower().rstrip(".,") in _weekday_names_in_full() for later in word.split()[1:]):
        return True  # ("Forecast for Wednesday, March 6, 2024:": a widget's line, no place)
    return first in _calendar_words() or names_a_day(word)


@cache
def _weekday_names_in_full() -> frozenset[str]:
    """Weekday names of four letters or more ("Wednesday", not "Sun" of "Sun City")."""
    return frozenset(
        name.lower() for _number, names in vocab.weekdays() for name in names if len(name) > 3
    )


@cache
def _calendar_words() -> frozenset[str]:
    return calendar_words() | {"on", "in", "by", "since", "until", "from", "yesterday", "today"}


def _datelines(
    offsets: list[tuple[int, str]],
) -> Iterator[tuple[int, re.Match[str], str, str, str]]:
    """``(line start, match, month, day, year or "")`` of each dateline opening a paragraph."""
    for seen, (start, line) in enumerate(_paragraphs(offsets), start=1):
        match = _dateline().match(line)
        if not match or (match.group("city") and _not_a_city(match.group("city"))):
            continue
        if match.group("day4") and (seen > 1 or not _is_release(offsets)):
            continue  # (a timeline's entry, "Jan 5, 2021 — The council voted", is no dateline)
        if (match.group("day8") or match.group("day9")) and (
            (seen > 1 and not _is_release(offsets)) or len(line[match.end() :].split()) < LEAD_WORDS
        ):
            # (a tour's or a schedule's row, "May 7, 2024 – Halifax, N.S. – Arena", no lead)
            continue
        if match.group("day5") and seen > 1:
            continue  # (without a place, only the first paragraph's opening is the dateline)
        if (match.group("day6") or match.group("day7")) and (
            seen > 1 or _stamped_paragraphs(offsets) > 1
        ):
            continue  # (only the first paragraph; several opening so are a list of teasers)
        if match.group("day5") and _not_a_city(match.group("agency5")):
            continue  # ("March 5 (Tuesday) - ...": a weekday in brackets names no agency)
        if _bracketed_without_region(match):
            continue  # (a name and a date in brackets, "Ann Lee (May 3, 2023): I ...", is a post)
        for group in ("2", "3", "", "4", "5", "6", "7", "8", "9"):
            if match.group("day" + group):
                month, day = match.group("month" + group), match.group("day" + group)
                year = match.group("year" + group) if group != "5" else None
                yield start, match, month, day, year or ""
                break


def _paragraphs(offsets: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """The first ``DATELINE_LINES`` paragraphs of prose (eight words or more), with their starts."""
    seen = 0
    for start, line in offsets:
        if len(line.split(None, 8)) < 8:
            continue
        seen += 1
        if seen > DATELINE_LINES:
            return
        yield start, line


def _stamped_paragraphs(offsets: list[tuple[int, str]]) -> int:
    """How many of the first paragraphs of prose open with a stamp glued to their words."""
    matches = (_dateline().match(line) for _, line in _paragraphs(offsets))
    return sum(bool(m and (m.group("day6") or m.group("day7"))) for m in matches)


def _bracketed_without_region(match: re.Match[str]) -> bool:
    """A date in brackets after a bare name: "Place, State. (March 25, 2025):" needs its region."""
    if not match.group("city") or match.group("day2") or (match.group("region") or "").strip():
        return False  # (an outlet's bracket, "CITY, (Outlet - 3rd Feb, 2021)", names its outlet)
    opening = min(
        (match.start(g) for g in ("month", "day", "month3", "day3") if match.group(g)),
        default=match.end(),
    )
    return "(" in match.string[match.end("city") : opening]


def _is_release(offsets: list[tuple[int, str]]) -> bool:
    """A line marks the page as a press release or advisory (``release_marks.txt``).

    Only a release's lead opens with its full date and a dash without a place; elsewhere that
    shape is a timeline's entry.
    """
    marks = vocab.pattern("release_marks", whole_line=True)
    return any(marks.match(line.strip()) for _, line in offsets)


def find_datelines(text: str, offsets: list[tuple[int, str]]) -> list[Dated]:
    """The dateline opening one of the first paragraphs of prose (``offsets``: line starts)."""
    for start, match, month, day, year in _datelines(offsets):
        number = month_number(month)
        opening = (
            match.start("city")
            if match.group("city")
            else match.start("month4")
            if match.group("month4")
            else match.start("month5")
            if match.group("month5")
            else len(match.group()) - len(match.group().lstrip())
        )
        span = (start + opening, start + match.end())
        if year:
            value = valid_date(int(year), number, int(day))
            if value:
                why = "an agency dateline" if match.group("city") else "a full date"
                return [Dated(value, *span, f"{why} opening the lead")]
            continue
        inferred = _year_of(text, start, number, int(day), stated_weekday(match.group()))
        if inferred:
            value, agreeing = inferred
            why = f"an agency dateline without a year; the year inferred from {agreeing}"
            return [Dated(value, *span, why, year_inferred=True)]
    return []


def _year_of(
    text: str, start: int, month: int, day: int, stated: int | None
) -> tuple[date, str] | None:
    """The inferred year of a yearless dateline opening the paragraph at ``start``, if any.

    From the text's dated mentions first; else from the years it names alone, bounded by their
    tense, and the weekday the lead names (:mod:`.dateline_years`).
    """
    from .dateline_years import bounded_year

    inferred = infer_year(text, month, day, stated)
    if inferred is None and stated is None:
        end = text.find("\n", start)
        inferred = bounded_year(text, text[start : end if end >= 0 else len(text)], month, day)
    return inferred


def _line_offsets(text: str) -> list[tuple[int, str]]:
    offsets, position = [], 0
    for line in text.split("\n"):
        offsets.append((position, line))
        position += len(line) + 1
    return offsets


_UNDATED = re.compile(  # "LONDON -- ", "BERLIN (dpa) - ", "NAIROBI, Kenya (Wire) — "
    r"[A-Z][A-Z'’.]{2,}(?:[ -][A-Z][A-Z'’.]+){0,3}"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2})?"
    r"\s*(?:\([^()\n]{2,40}\)\s*)?(?:--|[–—-])\s+(?=\S)")
_SPACES = re.compile(r"[ \t]*")


def dateline_end(text: str, start: int) -> int:
    """Where the words after a dateline opening ``text`` at ``start`` begin, else ``start``.

    Dated ("LAGOS, May 3 (Wire) -") or not ("LONDON -- ", a city in capitals and a dash).
    Strict, as it cuts an event's label from the page; ``reconcile.signatures.dateline_end``
    drops any leading place and mark from a sentence compared across reports, wider on purpose.
    """
    dated = _dateline().match(text[start:start + 240])
    if dated is not None and not (dated.group("city") and _not_a_city(dated.group("city"))):
        return _SPACES.match(text, start + dated.end()).end()
    undated = _UNDATED.match(text, start)
    return undated.end() if undated is not None else start


def yearless_dateline(text: str) -> tuple[int, int, str] | None:
    """``(month, day, line)`` of a dateline without a year that the text cannot date.

    Related articles may still fix the year (see ``reconcile.anchor_check``).
    """
    for start, match, month, day, year in _datelines(_line_offsets(text)):
        stated = stated_weekday(match.group())
        if year or _year_of(text, start, month_number(month), int(day), stated):
            return None
        return month_number(month), int(day), match.group().strip()
    return None


def inferred_dateline(text: str) -> Dated | None:
    """The dateline opening the article's text, its year inferred, if the text gives the year.

    ``text`` is cleaned of the page's furniture, its headline gone: on the whole page a headline
    of eight words may stand where the lead would.
    """
    found = find_datelines(text, _line_offsets(text))
    return found[0] if found and found[0].year_inferred else None


YEAR_BACK_DAYS = 366
"""A dated past event reported by the text lies at most this far before the day of writing."""
YEAR_AHEAD_DAYS = 200
"""A dated plan announced by the text lies at most this far after it."""


@cache
def _month_year() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?P<month>{month_names()})\.?\s+(?P<year>(?:19|20)\d\d)\b")


WEEKDAY_BONUS = 0.5
"""What a lead naming the day's weekday (or the day before's) adds to a year's agreement: as much
as a near month-and-year mention (five years in seven have the day on another weekday)."""
LEAD_CHARS = 600


@cache
def _weekday_names() -> tuple[tuple[int, re.Pattern[str]], ...]:
    """Each weekday (0 = Monday) and its names in six languages, from a word's start (화요일에)."""
    out = []
    for number, names in vocab.weekdays():
        alternation = "|".join(sorted(names, key=len, reverse=True))
        out.append((number, re.compile(rf"(?<!\w)(?:{alternation})", re.I)))
    return tuple(out)


def named_weekdays(text: str) -> frozenset[int]:
    """The weekdays (0 = Monday) the lead of ``text`` names, in any of the six languages."""
    lead = text[:LEAD_CHARS]
    return frozenset(day for day, names in _weekday_names() if names.search(lead))


def _weekday_agrees(text: str, day: date) -> bool:
    """The lead names the weekday of ``day`` or of the day before (agencies report either)."""
    return bool({day.weekday(), (day.weekday() - 1) % 7} & named_weekdays(text))


def weekday_years(text: str, month: int, day: int, years: set[int]) -> set[int]:
    """The years of ``years`` whose ``month``/``day`` falls on a weekday the lead names.

    Years where it falls on the very weekday come first; only when there are none, those where
    the day before does (reports of the day before): consecutive years would otherwise both fit.

    ``SANTIAGO, 14 mar`` with "este martes" in the lead, the text naming 2010 and 2024: of
    2009-2011 and 2023-2025 only 2023 puts 14 March on a Tuesday.
    """
    named = named_weekdays(text)
    days = {year: value for year in years if (value := valid_date(year, month, day))}
    same = {year for year, value in days.items() if value.weekday() in named}
    if same:  # ("este miércoles": the day itself; the day before only when no year has it)
        return same
    return {year for year, value in days.items() if (value.weekday() - 1) % 7 in named}


def stated_weekday(dateline: str) -> int | None:
    """The weekday (0 = Monday) a dateline states for its day ("OSLO, Monday, March 9"), if any."""
    stated = [day for day, names in _weekday_names() if names.search(dateline)]
    return stated[0] if len(stated) == 1 else None


def settled_years(
    text: str, month: int, day: int, years: set[int], stated: int | None = None
) -> set[int]:
    """The years of ``years`` that the weekdays alone settle for ``month``/``day``, else all.

    A weekday the dateline states is the day's own. Without one, the lead settles the year only
    when it names two weekdays, the day's own first and then the day before, the news and what
    led to it ("sent ambulances away on Monday after an attack late on Sunday"): one weekday
    alone may be either, and "said on Monday ... said on Tuesday" may be a week's two days.
    """
    days = {year: value for year in years if (value := valid_date(year, month, day))}
    if stated is not None:
        fitting = {year for year, value in days.items() if value.weekday() == stated}
        return fitting or set(years)
    named = _weekdays_in_order(text)
    if len(named) != 2:
        return set(years)
    fitting = {year for year, value in days.items()
               if named == (value.weekday(), (value.weekday() - 1) % 7)}  # fmt: skip
    return fitting or set(years)


def _weekdays_in_order(text: str) -> tuple[int, ...]:
    """The weekdays the lead of ``text`` names, in the order it first names them."""
    return tuple(dict.fromkeys(day for _, day in weekday_mentions(text[:LEAD_CHARS])))


def weekday_mentions(lead: str) -> list[tuple[int, int]]:
    """``(start, weekday)`` of each weekday ``lead`` names (0 = Monday), in the six languages."""
    return sorted((hit.start(), day) for day, names in _weekday_names()
                  for hit in names.finditer(lead))  # fmt: skip


PLAN_AHEAD_DAYS = 3 * 365
"""A plan the text announces lies at most this far after the day of writing."""


def infer_year(
    text: str, month: int, day: int, stated: int | None = None
) -> tuple[date, str] | None:
    """The year that makes ``month``/``day`` agree with the most dated mentions of the text.

    Each full date agrees when it lies within a year before the day (an event reported) or a
    few months after it (a plan), the more the nearer; a mention the clause puts in the future
    ("will open in September 2025") agrees only ahead, up to three years; a month-and-year mention
    counts half, a mention the clause puts in the past ("was first presented on") only behind. A
    weekday named in the lead that fits the day or the day before adds as much as a month-and-year
    mention. A tie gives no year.

    Weekdays that fit one year alone (``settled_years``: the dateline's own, or the lead's day
    and day before) outweigh the mentions: "In November 2024" in the body of a Monday
    ``March 9`` report of a Sunday night's attack is background, and 2026 the year. The years
    tried then reach two past the latest mention.
    """
    dated: list[tuple[date, float, str]] = []
    for match in date_pattern().finditer(text):
        value = date_of(match)
        if value:
            dated.append((value, 1.0, clause_tense(text, match.start())))
    for match in _month_year().finditer(text):
        value = date(int(match.group("year")), month_number(match.group("month")), 15)
        dated.append((value, 0.5, clause_tense(text, match.start())))
    years = sorted({value.year for value, *_ in dated} | {value.year + 1 for value, *_ in dated})
    if years:
        window = set(range(years[0] - 1, years[-1] + 2))
        settled = settled_years(text, month, day, window, stated)
        if len(settled) == 1:
            (year,) = settled
            return date(year, month, day), _weekday_reason(stated)
        if settled != window:  # (several fit: the mentions choose among them)
            years = sorted(settled)
    scores: list[tuple[float, int, date]] = []
    for year in years:
        day_of = valid_date(year, month, day)
        if day_of is None:
            continue
        total = 0.0
        agreeing = 0
        for value, weight, tense in dated:
            gap = (day_of - value).days  # (nearer agrees more: a year back counts half)
            ahead = PLAN_AHEAD_DAYS if tense == "plan" else YEAR_AHEAD_DAYS
            if 0 <= gap <= YEAR_BACK_DAYS and tense != "plan":
                total += weight * (1 - gap / (2 * YEAR_BACK_DAYS))
            elif 0 < -gap <= ahead and tense != "event":
                total += weight * (1 + gap / (2 * ahead))
            else:
                continue
            agreeing += 1
        if total:
            total += WEEKDAY_BONUS * _weekday_agrees(text, day_of)
            scores.append((total, agreeing, day_of))
    if not scores:
        return None
    scores.sort(key=lambda s: (-s[0], s[2]))
    if len(scores) > 1 and scores[0][0] == scores[1][0]:
        return None
    best = scores[0]
    mentions = "mention" if best[1] == 1 else "mentions"
    return best[2], f"{best[1]} dated {mentions} of the text"


def _weekday_reason(stated: int | None) -> str:
    if stated is not None:
        return "the weekday the dateline states"
    return "the weekdays the lead names for the day and the day before"


_OLD_PHOTO = re.compile(
    r"\b(?:file|archive|archival|undated|stock)\s+(?:photo|image|picture|photograph)|"
    r"\bin this (?:\w+ )?(?:photo|image|picture)\b|\((?:file|archive)\b"
    r"|\A\s*file\s*[-–—:]|,\s*file\s*\)",  # an agency's "FILE - ..." and "(AP Photo/Name, File)"
    re.IGNORECASE,
)
"""A file or archive photo: its date is the photo's, years before the story perhaps."""


def find_captions(offsets: list[tuple[int, str]], limit: int = 40) -> list[Dated]:
    """A full date in a photo caption that ends with an image credit (the photo's day)."""
    found: list[Dated] = []
    for number, (start, line) in enumerate(offsets):
        if number >= limit:
            break
        if not furniture.is_caption(line) or _OLD_PHOTO.search(line):
            continue
        matches = [m for m in date_pattern().finditer(line) if date_of(m)]
        if matches:
            last = matches[-1]
            found.append(
                Dated(date_of(last), start + last.start(), start + last.end(), "a photo caption")
            )
    return found
