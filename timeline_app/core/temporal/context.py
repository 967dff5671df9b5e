"""Narrative state kept while scanning a text in order: the latest explicit year, date, quarter.

HeidelTime resolves news against the document date and narrative against the last mentioned
date; our articles mix both. A document is judged *narrative* when explicit years long before
the anchor outnumber the news signals (deictics, weekdays); then bare months and days take the
latest explicit year. Inside news the judgement is also local: after an explicit year long
before the anchor, with no news signal since and within a few sentences, the text tells history
("The fire of October 1871 ... On Sunday ... the next day"), so it resolves the same way.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from timeline_app.core.regex_needs import compile_fast

from . import lexicon
from .abbreviation_ends import ends_sentence
from .event_anchor import Pending

__all__ = ["Narrative", "sentence_starts"]

# (One character class first, so the engine jumps between sentence marks instead of trying both
# branches at every position.)
_SENTENCE_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])[\"')\]\u201d\u00bb]*\s+(?=[\"'(\u201c\u00ab]?(?P<first>[^\W_]))|(?<=\n)\s*\n)"
)
# Abbreviations a full stop follows without ending a sentence, besides the language's month and
# weekday abbreviations (read from its word lists).
_TITLES = ("Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|No|Nos|vs|Co|Corp|Inc|Ltd|"
           "Jr|Sr|Ft|Mt|Ave|approx|est")


@cache
def _abbreviation(lang: str) -> re.Pattern[str]:
    """A word before a full stop that makes it no sentence end ("Oct.", "Mr.", "U.S.")."""
    names = [row[0] for name in ("months", "weekdays") for row in lexicon.entries(name, lang)
             if len(row) > 2 and row[2] == "abbr"]
    words = "|".join([*map(re.escape, names), _TITLES])  # (no empty name: Korean has none,
    return compile_fast(rf"(?:\b(?:{words})|\b[A-Z]|\.[A-Za-z])$")  # and "\b$" ends every word)


# How far back (in sentences) an explicit year still governs a bare month in narrative text:
# in history, the story's year holds until another is named, however long the paragraph.
YEAR_REACH_SENTENCES = 10_000
# In history, "two days later" or "that winter" lean on the last date told even some way back.
NARRATIVE_DATE_REACH = 8
DATE_REACH_SENTENCES = 1
# In history, a full date this many sentences after a bare month still gives it its year.
YEAR_AHEAD_SENTENCES = 2
QUARTER_REACH_SENTENCES = 3
# ... and further, while no other date is told since: an earnings report tells one quarter.
QUARTER_HOLD_SENTENCES = 12
# A year at least this much older than the anchor starts a passage of history inside news ...
LOCAL_HISTORY_GAP = 5
# ... which lasts this many sentences after the latest such year (or until a news signal).
LOCAL_HISTORY_REACH = 6
# A sentence in the register of news between two dates ends a passage of history.
_PRESENT_REGISTER = compile_fast(r"\b(?:has|have|says|say)\b", re.IGNORECASE)


def sentence_starts(text: str, lang: str = lexicon.DEFAULT_LANG) -> list[int]:
    """Offsets where sentences begin (a cheap splitter: sentence-final punctuation + capital).

    A capital of any script ("Вчера", "État"), a digit or a letter of a script without case
    ("어제") opens a sentence.

    A full stop after an abbreviation ("Oct. 2", "Mr. Smith", "U.S. officials") ends nothing.
    A text written all in lower case (chat, some feeds) has no capitals to go by: there any
    letter opens a sentence, and the abbreviations are known in any case ("oct. 2").
    """
    starts = [0]
    abbrev = _abbreviation(lang)
    caseless = text == text.lower()  # (in C: a generator over a big text costs more)
    for m in _SENTENCE_END.finditer(text):
        first = m.group("first")
        if "\n\n" in m.group(0).replace(" ", ""):
            pass  # a blank line ends a paragraph, whatever follows or precedes it
        elif first is not None and first.islower() and not caseless:
            continue  # else a capital, a digit or a letter of a script without case opens one
        elif text[m.start()] == "." and abbrev.search(
                _titled(text[max(0, m.start() - 6):m.start()], caseless)) and not ends_sentence(
                text, m.start(), lang):
            continue  # (unless it also ends the sentence: "at 4 p.m. Crews arrived")
        starts.append(m.end())
    return starts


def _titled(words: str, caseless: bool) -> str:
    """The words before a full stop, capitalised as an abbreviation would be in a cased text."""
    return words.title() if caseless else words


@dataclass
class Narrative:
    """What the text has said so far about when things happen."""

    starts: Sequence[int]
    document_mode: bool = False  # the whole text is history
    anchor_year: int | None = None
    at: int = 0  # where the expression being resolved starts (set by the tagger)
    news_at: int = -1  # the latest expression resolved against the anchor ("on Friday")
    history_at: int = -1  # the latest date placed from the story
    text: str = ""
    # (offset, year, whether a month is named) of every explicit year matched
    ahead: list[tuple[int, int, bool]] = field(default_factory=list)
    years: list[tuple[int, int]] = field(default_factory=list)  # (offset, explicit year)
    # Years that name when something happened ("in 1948", "on May 3, 1948"), not "since 1980".
    point_years: list[tuple[int, int]] = field(default_factory=list)
    # (offset, value, first day, precision unit)
    dates: list[tuple[int, str, date, str]] = field(default_factory=list)
    # The latest date told as a look back ("had rejected it in October 1831"), not the story's.
    look_back: tuple[int, str, date, str] | None = None
    quarters: list[tuple[int, int, int]] = field(default_factory=list)  # (offset, year, quarter)
    bc_years: list[tuple[int, int]] = field(default_factory=list)  # (offset, year BC)
    bc_months: dict[int, int | None] = field(default_factory=dict)  # offset -> its month
    # Old dates told as points: (offset, whether a month or day is named: "5 June 1944").
    old_points: list[tuple[int, bool]] = field(default_factory=list)
    match_starts: Sequence[int] = ()  # where every recognised expression starts
    # Events the text dated ("the summit ... on 5 May 2022"): noun -> (first day, precision).
    events: dict[str, tuple[date, str]] = field(default_factory=dict)
    # The first date of each event in the sentence that last dated it ("from 1939 to 1945": 1939).
    event_starts: dict[str, tuple[date, str]] = field(default_factory=dict)
    _event_sentence: dict[str, int] = field(default_factory=dict)
    # Offsets of clock times put on the anchor's day only because no day was written.
    defaulted: set[int] = field(default_factory=set)
    # Offsets to count from a date written in their event phrase, once it is placed.
    pending: list[Pending] = field(default_factory=list)
    # Readings of the text alone, kept between resolutions of it (``text_memo``).
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def match_between(self, lo: int, hi: int) -> bool:
        """True when an expression starts in ``text[lo:hi]`` (a date inside an event phrase)."""
        i = bisect.bisect_left(self.match_starts, lo)
        return i < len(self.match_starts) and self.match_starts[i] < hi

    def note_events(self, nouns: list[str], day: date, unit: str, sentence: int = -1) -> None:
        """The events named in the sentence of a date told outright happened then.

        ``events`` keeps the latest date (a range's end), ``event_starts`` the first one told in
        that sentence (a range's start).
        """
        for noun in nouns:
            self.events[noun] = (day, unit)
            if sentence < 0 or self._event_sentence.get(noun) != sentence:
                self.event_starts[noun] = (day, unit)
                self._event_sentence[noun] = sentence

    @property
    def narrative_mode(self) -> bool:
        """History here: the whole text is, or the passage at :attr:`at` is."""
        return self.document_mode or self.local_history(self.at)

    def local_history(self, pos: int) -> bool:
        """A passage of history inside news: old dates told lately, the present not spoken since.

        It needs a full old date ("5 June 1944") or two old years (one, before any news signal),
        no expression placed against the anchor since, a date of the story within a few
        sentences, and no sentence in between in the present register of news ("has said",
        "have collected").
        """
        if self.anchor_year is None or not self.old_points or not self.years:
            return False
        if self.years[-1][1] > self.anchor_year - LOCAL_HISTORY_GAP:
            return False
        told = self.old_points  # only those since the latest news signal are kept
        if not told or not (len(told) >= 2 or any(fine for _, fine in told) or self.news_at < 0):
            return False  # a lone "in 1959" is background, unless no news was told before it
        last = max(told[-1][0], self.history_at)
        here, then = self.sentence(pos), self.sentence(last)
        if here - then > LOCAL_HISTORY_REACH:
            return False
        if here - then > 1 and self.text:
            lo, hi = self.starts[then + 1], self.starts[here]
            if _PRESENT_REGISTER.search(self.text, lo, hi):
                return False
        return True

    def note_old_date(self, pos: int, year: int) -> None:
        """A date placed from the story long before the anchor: evidence of history."""
        if self.anchor_year is not None and year <= self.anchor_year - LOCAL_HISTORY_GAP:
            self.old_points.append((pos, True))

    def note_story(self, pos: int) -> None:
        """A date placed from the story: the history passage goes on."""
        self.history_at = pos

    def note_news(self, pos: int) -> None:
        """An expression placed against the anchor: the text speaks of the present again."""
        self.news_at = pos
        self.old_points.clear()  # the history told before it is over

    def note_bc(self, pos: int, year: int, month: int | None = None) -> None:
        """A date before Christ ("August 331 BC"): later offsets count from it."""
        self.bc_years.append((pos, year))
        self.bc_months[pos] = month

    def bc_in_reach(self, pos: int) -> int | None:
        """The latest year BC, when it is newer than every AD date told and a few sentences back."""
        bc = self.bc_date_in_reach(pos)
        return bc[0] if bc is not None else None

    def bc_date_in_reach(self, pos: int) -> tuple[int, int | None] | None:
        """(year BC, month or None) of the latest date BC, as :meth:`bc_in_reach` finds it."""
        if not self.bc_years:
            return None
        where, year = self.bc_years[-1]
        if self.dates and self.dates[-1][0] > where:
            return None
        if self.sentence(pos) - self.sentence(where) > NARRATIVE_DATE_REACH:
            return None
        return year, self.bc_months.get(where)

    def sentence(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def note_year(self, pos: int, year: int, *, point: bool = False, fine: bool = False) -> None:
        """An explicit year; ``point`` when it dates a happening, ``fine`` with month or day."""
        self.years.append((pos, year))
        if point:
            self.point_years.append((pos, year))
            if self.anchor_year is not None and year <= self.anchor_year - LOCAL_HISTORY_GAP:
                self.old_points.append((pos, fine))

    def note_date(self, pos: int, value: str, day: date, unit: str) -> None:
        """Remember a placed date; ``unit`` is its precision (D, W, M, Q, Y...)."""
        self.dates.append((pos, value, day, unit))

    def look_back_in_sentence(self, pos: int) -> tuple[str, date, str] | None:
        """(value, first day, unit) of a look back told in this sentence after the story's date.

        "The Lords had rejected it in October 1831, and riots broke out later that month":
        "that month" is the look back's.
        """
        back = self.look_back
        if back is None or self.sentence(back[0]) != self.sentence(pos) or (
                self.dates and self.dates[-1][0] > back[0]):
            return None
        return back[1], back[2], back[3]

    def note_quarter(self, pos: int, value: str) -> None:
        """Remember a quarter named outright ("the third quarter"), not one derived from it."""
        m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
        if m:
            self.quarters.append((pos, int(m[1]), int(m[2])))

    def year_ahead(self, pos: int) -> int | None:
        """In history, the first explicit year written soon after ``pos`` when none came before.

        "On 6 June the fleet arrived. By nightfall of 6 June 1944 ...": the story's year. Past
        the sentence it must be a full date ("6 June 1944") in the same paragraph: a bare year
        told after ("It had opened in 1998"), or a paragraph on, sets no scene for what came
        before it (the page's own day does).
        """
        if not self.document_mode or self.years:
            return None
        i = bisect.bisect_right(self.ahead, (pos, 10_000))
        if i >= len(self.ahead):
            return None
        where, year, dated = self.ahead[i]
        gap = self.sentence(where) - self.sentence(pos)
        if gap == 0:
            return year
        if gap > YEAR_AHEAD_SENTENCES or not dated or "\n" in self.text[pos:where]:
            return None
        return year

    def year_in_reach(self, pos: int, *, news_reach: int = 0) -> int | None:
        """The latest explicit year that governs a bare month or day at ``pos``, if any.

        Narrative text lets a year govern several sentences on; news only ``news_reach``.
        """
        years = self.years if self.narrative_mode else self.point_years  # news: "since 1959"
        # or "a 1994 law" says when no event of the news happened
        if not years:
            return None
        where, year = years[-1]
        if self.news_at > where and not self.document_mode:
            return None  # "retired in 1984 ... a stroke last month ... since Christmas": now again
        distance = self.sentence(pos) - self.sentence(where)
        limit = YEAR_REACH_SENTENCES if self.narrative_mode else news_reach
        return year if distance <= limit else None

    def date_in_reach(
        self, pos: int, reach: int = DATE_REACH_SENTENCES
    ) -> tuple[str, date, str] | None:
        """The latest placed date in this or the previous sentence (for "a month after ...")."""
        if not self.dates:
            return None
        where, value, day, unit = self.dates[-1]
        if self.narrative_mode:
            reach = max(reach, NARRATIVE_DATE_REACH)
        if self.sentence(pos) - self.sentence(where) <= reach:
            return value, day, unit
        return None

    def note_defaulted(self, pos: int) -> None:
        """A clock time at ``pos`` took a day it does not write: the anchor's, or one before."""
        self.defaulted.add(pos)

    def told_date_in_reach(self, pos: int, reach: int) -> tuple[str, date, str] | None:
        """:meth:`date_in_reach`, unless the latest date is a defaulted clock time.

        A clock time put on the anchor's day for want of a day written dates no event: "came
        in at 4 p.m. Ten days before the shooting" does not say when the shooting was.
        """
        if self.dates and self.dates[-1][0] in self.defaulted:
            return None
        return self.date_in_reach(pos, reach)

    def month_in_reach(self, pos: int, reach: int = 0) -> date | None:
        """The first day of the month a sentence is about, within ``reach`` sentences back.

        The first told as a month ("fell in August from July": August) of the latest sentence
        that tells one: the month "the same month last year" or "the year-earlier period" is of.
        """
        here, found, found_in = self.sentence(pos), None, -1
        for where, _value, day, unit in reversed(self.dates):
            sent = self.sentence(where)
            if here - sent > reach or (found is not None and sent != found_in):
                break
            if unit == "M":
                found, found_in = day, sent
        return found

    def day_in_reach(self, pos: int, reach: int) -> tuple[str, date, str] | None:
        """The latest date told to the day within ``reach`` sentences (further in history).

        "The previous day" and "that day" count from a day: a month or a year named since
        ("the union's first strike since 1998") is passed over.
        """
        if self.narrative_mode:
            reach = max(reach, NARRATIVE_DATE_REACH)
        here = self.sentence(pos)
        for where, value, day, unit in reversed(self.dates):
            if here - self.sentence(where) > reach:
                return None
            if unit == "D":
                return value, day, unit
        return None

    def fine_date_in_reach(self, pos: int, reach: int) -> tuple[str, date, str] | None:
        """Like :meth:`date_in_reach`, but None when the latest date is a decade or century.

        A month or season cannot be counted from "the 1860s" (nor from an older date behind it).
        """
        near = self.date_in_reach(pos, reach)
        return None if near is None or near[2] in ("DE", "CE") else near

    def quarter_in_reach(self, pos: int) -> tuple[int, int] | None:
        """The latest quarter named within a few sentences (financial reports compare them).

        Further on, up to ``QUARTER_HOLD_SENTENCES``, while nothing else temporal was told
        since (not "the latest nine months, compared with 40% a year earlier": the year):
        "earned $40 million in its fiscal second quarter. [four sentences] ... against $1.1
        billion a year earlier" compares that quarter still.
        """
        if not self.quarters:
            return None
        where, year, q = self.quarters[-1]
        distance = self.sentence(pos) - self.sentence(where)
        if distance <= QUARTER_REACH_SENTENCES or (
                distance <= QUARTER_HOLD_SENTENCES and not self.match_between(where + 1, pos)):
            return year, q
        return None
