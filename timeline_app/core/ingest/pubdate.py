"""Finding the dates a page offers as its own, and where each stands, without guessing today's.

Plain regular expressions do the work (dateparser is far too slow for the hot path): ``stamps``
reads one line, this module scans the page (top lines, foot, dateline, captions) and says where
each date stands; ``pubscore`` chooses. Every candidate carries its span in the text it was found
in, so callers can cut it out or show it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import cache
from itertools import islice

from timeline_app.core.model import PublishedSource

from . import furniture, vocab
from .ages import published_relatively
from .badges import BADGE_CHARS, badge_candidate
from .candidates import DateCandidate, date_labels
from .datelines import Dated, find_captions, find_datelines
from .dates import (
    TIME,
    date_from_url,
    date_of,
    date_pattern,
    month_names,
    month_number,
    names_a_day,
    parse_date,
    valid_date,
)
from .language import detect_language
from .pubscore import choose_publication
from .stamps import has_digit, is_credit_line, is_field_line, label_re, line_candidates

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
PROSE_WORDS = 15
"""A line of this many words is the article's prose (or a standfirst)."""
PROSE_BEFORE_BYLINE = 2
"""An unlabelled date below this many lines of prose is another story's or a post's."""
_QUOTED = re.compile(r"\(@\w+\)|pic\.twitter\.com|\A\s*[—–-]\s*[A-Z][\w .'-]+\(@", re.IGNORECASE)


TIME_RE = re.compile(TIME, re.IGNORECASE)
_TEMPERATURE = re.compile(
    r"-?\d{1,3}\s*°\s*[CF]?\b|-?\d{1,3}\s*(?:grad|degrés|grados|graus|gradi|градус\w*)\b",
    re.IGNORECASE,
)
WIDGET_WORDS = 8
"""A weather widget's line is short: a longer line naming the weather is a headline ("date
2023-10-18 Weather Day: what is it?")."""


def _is_widget(line: str) -> bool:
    """A weather reading beside a date: the site's widget, the day of reading."""
    if _TEMPERATURE.search(line):
        return True
    weather = vocab.pattern("weather_marks").search(line) is not None
    return weather and len(line.split()) <= WIDGET_WORDS


_READING = re.compile(r"\s*-?\d{1,3}(?:[.,]\d)?\s*(?:°\s*[CF]?|[CF])\s*", re.IGNORECASE)
"""A temperature alone on its line ("6.3 C", "21°", "72 F"): a weather widget, a line at a time."""
WEATHER_REACH = 2
"""Short lines (a city's name) that may stand between a widget's reading and its date."""


def _weather_above(lines: list[tuple[int, str]], number: int) -> bool:
    """A temperature right above the date, short lines between: "6.3 C / London / <date>"."""
    above = [line for _, line in lines[:number] if line.strip()][-WEATHER_REACH:]
    for line in reversed(above):
        if _READING.fullmatch(line) or (_TEMPERATURE.search(line) and len(line.split()) <= 3):
            return True
        if len(line.split()) > 3:
            return False
    return False


def _context(line: str, label: str, prose: int, related: bool) -> str:
    if _is_widget(line):
        return "widget"
    if _QUOTED.search(line):
        return "quoted"
    if related and not (label and date_labels().get(label) != "update"):
        return "related"  # (a "Published" stamp is the page's own, even below another list)
    if prose >= PROSE_BEFORE_BYLINE and not label:
        return "after_prose"
    return ""


def _print_issue(candidate: DateCandidate) -> DateCandidate:
    """A date on a print edition's line ("Edición impresa del 15 de octubre de 2025").

    Its day gives way to the web page's own stamp. Marked once the site's date line is told
    (a today widget on an "E-Paper | Abo" line stays the site's).
    """
    if candidate.context or not vocab.pattern("print_marks").search(candidate.line):
        return candidate
    return replace(candidate, context="print_issue")


_DATED = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d{1,2}[./]\d{1,2}[./]")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)")


_SCORE_LINE = re.compile(
    r"(?P<home>[^\W\d_][\w .'&-]{0,40}?)\s\d{1,3}\s?[-–:]\s?\d{1,3}\s"
    r"(?P<away>[^\W\d_][\w .'&-]{0,40})"
    r"|(?P<first>[^\W\d_][\w .'&-]{0,40}?)\s\d{1,3},\s(?P<second>[^\W\d_][\w .'&-]{0,40}?)\s\d{1,3}"
)
"""A result's line: "Harbour Town 3-1 Port Vale", "Lakers 112 - 104 Celtics", a recap's "Harbor
City 112, Lakeside 104" (each side's words capitalised, as names are: "Cases rise 3-4 percent" is
no score)."""


STATUS_LINES = 2
"""A match's state ("Full time", "AET") may stand on this many lines between score and date."""


@cache
def _match_status() -> re.Pattern[str]:
    from .vocab import entries

    return re.compile("|".join(f"(?:{e})" for e in entries("match_status")), re.IGNORECASE)


def _under_score_line(lines: list[tuple[int, str]], number: int) -> bool:
    """Whether the date on line ``number`` stands right under a match's score: the match's day.

    A line of the match's state ("Full time", "Match drawn") may stand between them.
    """
    filled = [text.strip() for _, text in reversed(lines[:number]) if text.strip()]
    states = 0
    while states < min(STATUS_LINES, len(filled)) and _match_status().fullmatch(filled[states]):
        states += 1
    above = filled[states] if states < len(filled) else ""
    return _is_score(above)


def _is_score(line: str) -> bool:
    score = _SCORE_LINE.fullmatch(line)
    sides = ("home", "away") if score is not None and score.group("home") else ("first", "second")
    return score is not None and all(
        word[0].isupper() or word[0].isdigit()
        for side in sides for word in score.group(side).split()
    )


RESULT_HEAD_WORDS = 5
"""A results table's day heads its scores alone ("Sat 2 March 2024")."""


def _heads_results(lines: list[tuple[int, str]], number: int) -> bool:
    """Whether the short date line ``number`` stands right over a result: a results list's day."""
    line = lines[number][1]
    if len(line.split()) > RESULT_HEAD_WORDS or TIME_RE.search(line):
        return False  # (a stamp has its clock: "Sun 3 Mar 2024 18:02" over the report's score)
    following = next((text.strip() for _, text in lines[number + 1 :] if text.strip()), "")
    return _is_score(following)


_HOUR = r"(?<![\d.:/])(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?|\d{1,2}[:.]\d\d)(?![\d.:/])"
_TIME_SPAN = re.compile(rf"{_HOUR}\s*(?:[–—-]|to|until)\s*{_HOUR}", re.IGNORECASE)
"""Hours from and to ("10am – 4pm", "19:30-22:00"): an event's, where a stamp gives one time."""


def _timed_span(lines: list[tuple[int, str]], number: int) -> bool:
    """Whether the date on line ``number`` has an event's hours on its line or the next one."""
    following = next((text for _, text in lines[number + 1 :] if text.strip()), "")
    return bool(_TIME_SPAN.search(lines[number][1]) or _TIME_SPAN.fullmatch(following.strip()))


@cache
def _event_heading() -> re.Pattern[str]:
    headings = "|".join(f"(?:{entry})" for entry in vocab.entries("event_headings"))
    return re.compile(rf"\W*(?:{headings})\s*:?\s*", re.IGNORECASE)


def _under_event_heading(lines: list[tuple[int, str]], number: int) -> bool:
    """Whether the short date line ``number`` stands right under a heading of what happens on it.

    "Service" over "Saturday, January 13, 2024" in an obituary's box; "Results" over a table's day;
    a bare "Date" heading when the next field heading ("Time", "Location") follows: an event's grid.
    The heading touches the date; a one-word heading stands apart from the lines above it (under
    "Home" and "About", "Services" is a menu's item, and the date below it the page's stamp).
    """
    if number == 0 or len(lines[number][1].split()) > RESULT_HEAD_WORDS + 2:
        return False
    above = lines[number - 1][1]
    if _event_heading().fullmatch(above) is not None:
        return len(above.split()) > 1 or number < 2 or not lines[number - 2][1].strip()
    if _DATE_HEADING.fullmatch(above) is None:
        return False
    rest = (lines[row][1] for row in range(number + 1, len(lines)))
    following = islice((text for text in rest if text.strip()), GRID_REACH)
    return any(_field_heading().fullmatch(text) for text in following)


_DATE_HEADING = re.compile(r"\W*dates?\W*", re.IGNORECASE)
GRID_REACH = 4
"""Lines below a "Date" heading's value looked at for the grid's next heading ("Time")."""


@cache
def _field_heading() -> re.Pattern[str]:
    """An event's or a broadcast's other field heading alone on its line ("Time", "Venue")."""
    fields = "|".join(f"(?:{entry})" for entry in vocab.entries("field_labels"))
    return re.compile(rf"\W*(?:times?|channels?|stations?|{fields})\s*:?\s*", re.IGNORECASE)


def _match_day(candidate: DateCandidate, found: list[DateCandidate]) -> DateCandidate:
    """A date under a score line is the match's only when the report's stamp follows it.

    The stamp must stand before the prose; alone, the date is the report's ("Rovers 2-1 United"
    over "Sun 12 Mar 2023").
    """
    if candidate.context != "fixture":
        return candidate
    later = any(o.start > candidate.start and o.prose_above == 0 for o in found)
    return candidate if later else replace(candidate, context="")


def _heads_the_story(lines: list[tuple[int, str]], heading: int, number: int) -> bool:
    """Whether the date on line ``number``, first under the list heading ``heading``, is the stamp.

    A heading over items of times only ("Главное" over "13:20 ...") lists nothing of the date's
    kind, and a stamp gives its time ("Главное" right over "5 марта 2024, 18:05"), where a
    list's first item is a date alone ("Related" over "2024-03-01" over a headline): the date
    heads the story when the story's prose follows it, after a headline at most, and no dated line
    follows that prose as the next item of a list would.
    """
    items = sum(bool(text.strip()) for _, text in lines[heading + 1 : number])
    if not items and not _CLOCK.search(lines[number][1]):
        return False
    following = [
        text for _, text in lines[number + 1 :] if text.strip() and not furniture.is_ui_line(text)
    ]  # ("Share", "3 min read" between the stamp and the text)
    for at, text in enumerate(following[:2]):
        if len(text.split(None, PROSE_WORDS)) >= PROSE_WORDS:  # (a year in the prose: its own)
            return not any(_DATED.search(after) for after in following[at + 1 : at + 4])
        if _DATED.search(text):
            return False
    return False


_BYLINE = re.compile(r"\s*(?:by|von|par|por|de|di|door|av|af)\s+\w[^\d\n]{0,60}\Z", re.I)


def _update_label_above(lines: list[tuple[int, str]], number: int) -> str:
    """An update label alone on the line right above ("Date modified:" over "2024-05-08")."""
    above = lines[number - 1][1].strip() if number else ""
    match = label_re().match(above) if above else None
    if match is None or match.end() != len(above):
        return ""
    label = " ".join(match.group("label").lower().split())
    return label if date_labels().get(label) == "update" else ""


def _under_byline(lines: list[tuple[int, str]], number: int) -> bool:
    """Whether the date on line ``number`` stands right under a byline ("By Lucy Pryor").

    Under a list of other stories' dated teasers ("More from News"), the story's own headline,
    byline and stamp: the stamp heads the story when its prose follows (:func:`_heads_the_story`
    then rules out a list whose items carry bylines, as the next item's date follows).
    """
    above = next((text for _, text in reversed(lines[:number]) if text.strip()), "")
    return _BYLINE.match(above) is not None


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
    dated_under_heading = heading_at = 0  # dates seen since the last list heading, its line
    listed_after = len(text)  # where a list of other stories or comments follows the prose
    badge_end = 0  # the line after a date badge read whole
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    other_language = detect_language(text) != "en" or not _mostly_latin(text)
    for number, (start, line) in enumerate(lines):
        if number >= MAX_SCANNED_LINES or substantial >= head_lines:
            break
        if not line.strip():
            continue
        if furniture.is_section_header(line):
            related = True
            dated_under_heading, heading_at = 0, number
            if prose:
                listed_after = min(listed_after, start)
        badge = None
        if not prose and number >= badge_end and len(line.strip()) <= BADGE_CHARS:
            badge = badge_candidate(lines, number)
        if badge is not None:
            badge_end = number + text.count("\n", badge.start, badge.end) + 1
        if has_digit(line) or badge is not None:
            dated = _line_dates(line, start, text, other_language) if has_digit(line) else []
            for candidate in dated or ([badge] if badge is not None else []):
                if not candidate.label and (label := _update_label_above(lines, number)):
                    candidate = replace(candidate, label=label)
                headed = related or furniture.opens_with_section_header(line)
                context = _context(line, candidate.label, prose, headed)
                if not context and not candidate.label and _weather_above(lines, number):
                    context = "widget"
                if not context and not candidate.label and _heads_results(lines, number):
                    context = "event"  # (a results table's day, whatever stands above it)
                if not context and _under_score_line(lines, number):
                    context = "fixture"
                if not context and not candidate.label and _timed_span(lines, number):
                    context = "event"
                if not context and not candidate.label and _under_event_heading(lines, number):
                    context = "event"
                if (
                    context == "related"
                    and not prose
                    and (not dated_under_heading or _under_byline(lines, number))
                ):
                    context = "" if _heads_the_story(lines, heading_at, number) else context
                dated_under_heading += 1
                if context == "after_prose" and candidate.source is PublishedSource.DATELINE:
                    context = ""  # (a dateline opens the lead, below a standfirst or two)
                placed = _placed(candidate, line, substantial, context)
                found.append(replace(placed, prose_above=prose))
        words = len(line.split(None, PROSE_WORDS))
        substantial += words >= 4
        if words >= PROSE_WORDS:
            prose += 1
            related = False
    found = [_match_day(c, found) for c in found]
    found = [_after_article(_place_clock(_masthead(c, lines), lines), lines) for c in found]
    found = [_print_issue(c) for c in found]
    found = _listed_runs([c for c in found if not _among_fields(c, lines)], lines)
    taken = {c.start for c in found}
    found += [c for c in _footer_dates(lines) if c.start not in taken
              and not _among_fields(c, lines)]  # (a short page's event box reaches its foot)
    for dated in find_datelines(text, lines):
        dateline = _from_dated(dated, PublishedSource.DATELINE, lines)
        if dated.start > listed_after:  # a comment "Name — 3 May 2023: ...", not the lead
            dateline = replace(dateline, context="related")
        elif _under_archive_mark(lines, dated.start):
            dateline = replace(dateline, context="archive")
        found.append(dateline)
    for dated in find_captions(lines):
        found.append(_from_dated(dated, PublishedSource.CAPTION, lines))
    found = _settle_orders(found, text)
    if other_language:  # days first, labels in the page's language
        from .locale_dates import mark_labels, read_day_first

        found = mark_labels(read_day_first(found, text), text)
    return sorted(_after_relative_first(found, lines), key=lambda c: c.start)


RELATIVE_FIRST_REACH = 3
"""Lines between an update stamp and a first publication told relatively that speak together."""


def _after_relative_first(
    found: list[DateCandidate], lines: list[tuple[int, str]]
) -> list[DateCandidate]:
    """Update stamps beside a first publication told relatively ("Publicado: hace 1 día").

    The first publication's day is then unknown (the day before the update, or the same), so the
    update's day is no anchor: such stamps are marked ``relative_first``.
    """
    relative = [at for at, (_, line) in enumerate(lines) if published_relatively(line)]
    if not relative:
        return found
    starts = [start for start, _ in lines]
    out = []
    for candidate in found:
        at = bisect_right(starts, candidate.start) - 1
        if (
            candidate.is_update
            and not candidate.context
            and any(abs(at - r) <= RELATIVE_FIRST_REACH for r in relative)
        ):
            candidate = replace(candidate, context="relative_first")
        out.append(candidate)
    return out


def _under_archive_mark(lines: list[tuple[int, str]], position: int) -> bool:
    """Whether a line above ``position`` marks the page as old photos or stories (archive_marks)."""
    from .vocab import pattern

    marks = pattern("archive_marks", whole_line=True)
    return any(
        marks.match(" ".join(line.split())) for start, line in lines if start < position
    )


def _line_dates(line: str, start: int, text: str, other_language: bool) -> list[DateCandidate]:
    """A line's dates as the English patterns read them.

    Else in another language's words ("Erstellt am 24.01.2022 um 14:10 Uhr", "3 марта 2022"); on
    a page the detector reads as English, only a full date with a month's name ("13 Oktober
    2025" on an Indonesian page): digits there keep the English order.
    """
    if is_credit_line(line):  # "Foto: Hans Meier / dpa, 10.03.2023": the photo's day
        return []
    found = line_candidates(line, start)
    if found and not other_language:
        return found
    from .locale_dates import locale_line_candidate

    candidate = locale_line_candidate(line, start, text, named_months=not other_language)
    if found:  # ("Обновлено 19.09.2024 | Опубликовано 18.09.2024": the first publication too)
        published = candidate is not None and candidate.label == "published"
        return found + [candidate] if published and candidate.value not in {
            c.value for c in found} else found  # fmt: skip
    return [candidate] if candidate is not None else []


LATIN_SHARE = 0.5
"""A page fewer of whose letters than this are Latin is in another language whatever the
detector (which knows six languages) says: Arabic, Thai, Hindi."""


def _mostly_latin(text: str) -> bool:
    letters = [c for c in text[:3000] if c.isalpha()]
    return not letters or sum(c < "\u0250" for c in letters) >= LATIN_SHARE * len(letters)


_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def _settle_orders(found: list[DateCandidate], text: str) -> list[DateCandidate]:
    """Slashed dates of unsettled order read as the page's other slashed dates show its order.

    "21/03/2023" anywhere on the page (a comment, a list) says the site writes the day first;
    "3/21/2023" says the month. A page that shows both, or neither, settles nothing.
    """
    if not any(c.other_reading for c in found):
        return found
    orders = {
        "day" if int(a) > 12 else "month"
        for a, b, _ in _SLASHED.findall(text)
        if (int(a) > 12) != (int(b) > 12)
    }
    if len(orders) != 1:
        return found
    day_first = orders == {"day"}
    out = []
    for c in found:
        if c.other_reading:
            value = c.other_reading if day_first else c.value
            why = "; ".join(w for w in (c.why, "the order the page's other dates use") if w)
            c = replace(c, value=value, other_reading=None, why=why)
        out.append(c)
    return out


_GENERIC_LABELS = frozenset({"date", "dated", "on:"})  # ("On:" beside "Venue:": the event's)


_COLON_LABEL = re.compile(r"\s*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}\s*:\s*\S")
"""A line opening with a word or three and a colon ("Filed: January 5, 2022")."""


@cache
def _locale_label() -> re.Pattern[str]:
    """A stamp label of the other languages opening a line ("Stand:", "Publié le :")."""
    words = "|".join(f"(?:{e.rsplit(None, 1)[0]})" for e in vocab.entries("locale_date_labels"))
    return re.compile(rf"\s*(?:{words})\s*:", re.IGNORECASE)


def _among_fields(candidate: DateCandidate, lines: list[tuple[int, str]]) -> bool:
    """A bare "Date: ..." beside an event's other fields ("Venue:", "Where:"): the event's date.

    So is a date after a label the app does not know ("Filed: January 5, 2022" beside
    "Decided: March 10, 2023": a case's dates); alone, such a line may be a site's stamp.
    """
    unknown = (
        not candidate.label
        and candidate.source in (PublishedSource.HEADER, PublishedSource.BYLINE)
        and _COLON_LABEL.match(candidate.line) is not None
        and _locale_label().match(candidate.line) is None  # ("Stand:" beside "Anpfiff:")
    )
    if candidate.label not in _GENERIC_LABELS and not unknown:
        return False
    at = bisect_right([start for start, _ in lines], candidate.start) - 1
    near = [line for _, line in lines[max(0, at - 2) : at] if line.strip()][-1:]
    near += [line for _, line in lines[at + 1 : at + 3] if line.strip()][:1]
    return any(is_field_line(line) for line in near)


LIST_RUN = 3
"""Unlabelled dates on this many lines in a row are a table or a list of dates, not a stamp."""


def _listed_runs(found: list[DateCandidate], lines: list[tuple[int, str]]) -> list[DateCandidate]:
    """A run of lines each holding an unlabelled date (a schedule, an archive): none the page's."""
    every = [start for start, _ in lines]
    inner = {  # (a date badge's lines after its first are one row with it)
        start
        for c in found
        for start in every[bisect_right(every, c.start) : bisect_right(every, c.end - 1)]
    }
    starts = [start for start, line in lines if line.strip() and start not in inner]
    rows = {
        c.start: bisect_right(starts, c.start) - 1
        for c in found
        if not c.label and c.source in (PublishedSource.HEADER, PublishedSource.BYLINE)
    }
    values: dict[int, object] = {rows[c.start]: c.value for c in found if c.start in rows}
    for row, start in enumerate(starts):  # (an item's span of days is a dated row too)
        line = lines[bisect_right(every, start) - 1][1]
        if row not in values and has_digit(line) and _day_span().search(line):
            values[row] = line
    # (a list's heading ends the run above it: a post's foot stamp over "3 thoughts on ...")
    shown = [line for _, line in lines if line.strip()]
    headings = frozenset(row for row, line in enumerate(shown) if furniture.is_section_header(line))
    table = _evenly_spaced(sorted(values), 1, values)
    items: set[int] = set()
    for step in range(2, LIST_STEP + 1):
        items.update(_evenly_spaced(sorted(values), step, values, headings))
    return [
        replace(c, context="listing")
        if rows.get(c.start) in items
        else replace(c, context="date_list")
        if rows.get(c.start) in table
        else c
        for c in found
    ]


@cache
def _day_span() -> re.Pattern[str]:
    """Two day numbers joined by a dash or a range word before a month's name and a year."""
    words = sorted(vocab.words("range_words"), key=lambda w: (-len(w), w))
    joints = "|".join(re.escape(word) for word in words)
    return re.compile(
        rf"\b\d{{1,2}}\.?\s*(?:[–—-]|\b(?:{joints})\b)\s*\d{{1,2}}\.?\s+(?:de\s+)?[^\W\d_]{{3,}}"
        r".{0,12}?\b(?:19|20)\d\d\b",
        re.IGNORECASE,
    )


LIST_STEP = 3
"""A listing's items, each a headline, a date and a teaser, put their dates this many lines apart
at most."""


def _evenly_spaced(
    rows: list[int], step: int, values: dict[int, object], headings: frozenset[int] = frozenset()
) -> set[int]:
    """Rows of runs of ``LIST_RUN`` or more dated lines ``step`` lines apart.

    One apart, a table or an archive of dates; further apart, a listing's items ("Headline" /
    "July 15, 2021 10:35 am" / "Teaser ..." again and again). Items further apart name more than
    one day (a stamp repeated at the same interval is no list).
    """
    listed: set[int] = set()
    taken = set(rows)

    def joined(row: int) -> bool:  # (the next row of a run: no date nor list heading between)
        return (
            row in taken
            and row + step in taken
            and not any(r in taken or r in headings for r in range(row + 1, row + step))
        )

    for row in rows:
        if joined(row - step):
            continue  # (counted from its run's first row)
        run = [row]
        while joined(run[-1]):
            run.append(run[-1] + step)
        if len(run) >= LIST_RUN and (step == 1 or len({values[r] for r in run}) > 1):
            listed.update(run)
    return listed


def _after_article(candidate: DateCandidate, lines: list[tuple[int, str]]) -> DateCandidate:
    """A date below the article's prose with no prose after it: a list of other stories.

    Unless it stands alone on its line (a time at most beside it) right before a list's heading
    or the end of the page: the story's own stamp at its foot ("14 Feb 2025 (8:42 AM)" over
    "More News"), the list's items standing under their heading.
    """
    if candidate.context != "after_prose":
        return candidate
    later = [line for start, line in lines if start > candidate.start]
    if any(len(line.split(None, PROSE_WORDS)) > PROSE_WORDS for line in later):
        return candidate
    following = next((line for line in later if line.strip()), "")
    if (
        _date_alone(candidate.line)
        and (not following or furniture.is_section_header(following))
        and not _dated_since_prose(candidate, lines)
    ):
        return replace(candidate, context="story_foot")
    return replace(candidate, context="after_article")


def _dated_since_prose(candidate: DateCandidate, lines: list[tuple[int, str]]) -> bool:
    """Whether another date stands between the article's last prose and the candidate's line.

    Then the candidate ends a list of dated items (a list's last item at the page's end).
    """
    for start, line in reversed(lines):
        if start + len(line) >= candidate.start:
            continue
        if len(line.split(None, PROSE_WORDS)) > PROSE_WORDS:
            return False
        if date_pattern().search(line) and not _QUOTED.search(line):
            return True  # (an embedded post's signature line is the article's, not a list's)
    return False


_TIME_OR_MARKS = re.compile(rf"(?:{TIME}|\bat\b|[\s(),|·•–—-])+", re.IGNORECASE)


_POST_META = re.compile(
    r"(?:(?:categor(?:y|ies)|tags?|filed\s+under|posted\s+in)\s*:?\s*[^|·•\n]{1,40}"
    r"|(?:\d+|no)\s+comments?|leave\s+a\s+comment)",
    re.IGNORECASE,
)
"""A blog theme's post meta after its date: "|Categories: News|0 Comments", "· Tags: rain"."""


def _date_alone(line: str) -> bool:
    """Whether ``line`` holds a full date and nothing but its time and punctuation.

    Or the post's own meta after the date, its categories, tags and comment count (a theme's
    foot line, "August 30th, 2024|Categories: News|0 Comments"): the story's, not a list's.
    """
    match = date_pattern().search(line)
    if match is None:
        return False
    rest = line[: match.start()] + " " + _POST_META.sub(" ", line[match.end() :])
    return _TIME_OR_MARKS.fullmatch(rest) is not None


def _masthead(candidate: DateCandidate, lines: list[tuple[int, str]]) -> DateCandidate:
    """An unlabelled date above the headline with menus between them: the site's date line."""
    if candidate.lines_above or candidate.label or candidate.context:
        return candidate
    below = [line for start, line in lines if start > candidate.start and line.strip()]
    if all(map(furniture.is_menu_item, below[:MENU_ITEMS])) and len(below) > MENU_ITEMS:
        return replace(candidate, context="masthead")  # (a menu dumped one item per line)
    for line in below[:MASTHEAD_LINES]:
        if vocab.pattern("reading_times", whole_line=True).match(line.strip(" .:|-•·")):
            break  # (a story's reading time under its stamp: "05 mars 2024 à 18:12" / "1 min")
        if furniture.is_ui_line(line) or furniture.is_section_header(line):
            return replace(candidate, context="masthead")
        if _is_site_name(line, lines) and _heads_page(candidate, lines):
            return replace(candidate, context="masthead")  # the site's name below its date line
        if len(line.split(None, 4)) >= 4:  # the headline, reached without a menu between
            break
    return candidate


_PLACE_CLOCK = re.compile(
    rf"\s*(?P<place>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{0,3}}),\s*(?P<when>.*?{TIME}\s*)$"
)
"""A place, a date, the time of day and nothing else ("Montevideo, March 5th 2026 - 04:49 UTC")."""


SITE_NAME_WORDS = 5
"""A site's name, as its copyright notice writes it, is this many words at most."""


def _is_site_name(line: str, lines: list[tuple[int, str]]) -> bool:
    """A short line that the page's copyright notice names: the site's masthead.

    "The Valley Observer" under a date, with "© 2026 The Valley Observer" at the foot.
    """
    name = " ".join(line.split()).lower()
    if not name or len(name.split()) > SITE_NAME_WORDS or not any(c.isalpha() for c in name):
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return any(
        _copyright().search(text) and pattern.search(" ".join(text.split()).lower())
        for _, text in lines[-FOOTER_LINES * 2 :]
    )


def _heads_page(candidate: DateCandidate, lines: list[tuple[int, str]]) -> bool:
    """Nothing but menus above the date: a short headline above it makes it the story's stamp."""
    above = (line for start, line in lines if start < candidate.start and line.strip())
    return all(furniture.is_ui_line(line) for line in above)


@cache
def _copyright() -> re.Pattern[str]:
    from .vocab import entries

    return re.compile("|".join(entries("copyright_marks")), re.IGNORECASE)


def _place_clock(candidate: DateCandidate, lines: list[tuple[int, str]]) -> DateCandidate:
    """A place, a date and a clock time above the headline: the site's clock at its home town.

    An article's own place-and-date line opens its text below the headline ("Berlin, 14. März
    2023" in a release) or carries no time ("Jakarta ● Mon, October 4, 2021").
    """
    if candidate.label or candidate.context:
        return candidate
    shown = _PLACE_CLOCK.fullmatch(candidate.line)
    if shown is None or names_a_day(shown.group("place")):
        return candidate
    when = shown.group("when")
    day = date_pattern().match(when)
    if not (day and TIME_RE.search(when, day.end())):  # ("14.10.2026" holds no "14.10" time)
        return candidate
    below = (line for start, line in lines if start > candidate.start and line.strip())
    for line in below:
        words = len(line.split(None, PROSE_WORDS))
        if words >= PROSE_WORDS:
            return candidate  # (the text follows it: a place-and-date line opening it)
        if words >= 4:  # a headline below it
            return replace(candidate, context="place_clock")
    return candidate


MENU_ITEMS = 3
"""Menu items one per line, right under an unlabelled date at the top, that make it the site's."""
MASTHEAD_LINES = 6
"""Lines looked at below a date at the top for menus (then it heads the site, not the story)."""


def _placed(candidate: DateCandidate, line: str, above: int, context: str) -> DateCandidate:
    context = context or candidate.context  # ("first_elsewhere": a copy's note, stamps._issued)
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
        if has_digit(line) and (run := _published_run(line, start)) is not None:
            found = [_placed(run, line, 1, "footer")] + found
        elif has_digit(line) and label_re().match(line):
            labelled = [c for c in line_candidates(line, start) if c.label]
            found = [_placed(c, line, 1, "footer") for c in labelled] + found
        elif has_digit(line) and (entry := _entry_posted(line, start)) is not None:
            found = [_placed(entry, line, 1, "footer")] + found
        elif has_digit(line) and (issued := _issued_elsewhere(line, start)) is not None:
            found = [_placed(issued, line, 1, "footer")] + found
    return found


def _issued_elsewhere(line: str, start: int) -> DateCandidate | None:
    from .locale_dates import issued_candidate  # ("Este artículo se publicó originalmente el ...")

    return issued_candidate(line, start)


_ENTRY_POSTED = re.compile(
    r"(?:this|the) (?:entry|post|article|story) was (?:posted|published|filed)"
    r"(?: (?:in|under) .{1,80}?)?(?: and tagged .{1,160}?)?(?: on)? (?=\w)",
    re.IGNORECASE,
)
"""A blog theme's foot line: "This entry was posted in News and tagged roads on March 5, 2024 by
admin." (the date is the post's, the label in mid-line)."""


def _entry_posted(line: str, start: int) -> DateCandidate | None:
    match = _ENTRY_POSTED.search(line)
    date_match = match and date_pattern().match(line, match.end())
    if not date_match or (value := date_of(date_match)) is None:
        return None
    return DateCandidate(
        value,
        PublishedSource.BYLINE,
        start + date_match.start(),
        start + date_match.end(),
        label="posted on",
    )


@cache
def _published_run_re() -> re.Pattern[str]:
    months = month_names()
    return re.compile(
        rf"\W*published (?:by|in) [^.\n]{{1,80}}? (?:from|on) (?P<month>{months})\.? "
        rf"(?P<day>\d{{1,2}})(?:,? (?P<own>\d{{4}}))?"
        rf"(?: (?:to|through|[–-]) (?:(?P<end>{months})\.? )?\d{{1,2}})?,? (?P<year>\d{{4}})?",
        re.IGNORECASE,
    )


def _published_run(line: str, start: int) -> DateCandidate | None:
    """An obituary's foot line: "Published by Valley Courier from Mar. 1 to Mar. 3, 2024.".

    The notice ran in the paper for some days; the page went up on the first (its year is the
    run's last when the first gives none, the year before when the run crosses New Year).
    """
    match = _published_run_re().match(line)
    if match is None or not (match.group("own") or match.group("year")):
        return None
    month = month_number(match.group("month"))
    year = int(match.group("own") or match.group("year"))
    if not match.group("own") and match.group("end") and month_number(match.group("end")) < month:
        year -= 1
    value = valid_date(year, month, int(match.group("day")))
    if value is None:
        return None
    return DateCandidate(
        value, PublishedSource.BYLINE, start + match.start("month"), start + match.end(),
        label="published",
    )  # fmt: skip
