"""Placing year-less months and days: narrative year first, else the anchor and the tense.

Shared by the normalizers of months, month-days, seasons and quarters ("In October", "Oct. 23",
"last summer", "the third quarter") so that they all follow one policy.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from . import lexicon, tense
from .context import Narrative
from .cues import alternation, word_set
from .norm_base import month_num

__all__ = ["Ctx", "day_of_month_near", "month_day", "nearest", "weekday_day_near", "year_for"]

_QUARTER_WORDS = re.compile(r"\bquarter(?:ly)?\b(?![\s-]*finals?\b)|\bperiod\b|\bthree\s+months\b",
                            re.IGNORECASE)  # (the quarter-finals are no quarter)


_OPENERS = frozenset(" \t\"'`\u201c\u2018(-")


class Ctx:
    """What a normalizer may look at: the text, the match, the anchor and the narrative so far.

    It notes whether the normalizer read beyond the words (``read_beyond``: the anchor, the
    caller's ``prefer`` or the narrative so far): a normalization that did not is the same
    against any anchor, and a re-resolution of the text takes it as it was (``tagger``).
    """

    __slots__ = ("text", "start", "end", "_anchor", "_prefer", "_narrative", "_tense",
                 "read_beyond")

    def __init__(self, text: str, start: int, end: int, anchor: date | None, prefer: str,
                 narrative: Narrative) -> None:
        self.text, self.start, self.end = text, start, end
        self._anchor, self._prefer, self._narrative = anchor, prefer, narrative
        self._tense: str | None | bool = False  # (False: not read yet)
        self.read_beyond = False

    @property
    def anchor(self) -> date | None:
        self.read_beyond = True
        return self._anchor

    @property
    def prefer(self) -> str:
        self.read_beyond = True
        return self._prefer

    @property
    def narrative(self) -> Narrative:
        self.read_beyond = True
        return self._narrative

    @property
    def tense(self) -> str | None:
        """The direction the words around the expression give (theirs alone: not beyond)."""
        if self._tense is False:
            key = ("tense", self.start, self.end)  # once per text (text_memo)
            memo = self._narrative.memo
            if key not in memo:
                memo[key] = tense.direction(self.text, self.start, self.end)
            self._tense = memo[key]
        return self._tense  # type: ignore[return-value]

    @property
    def direction(self) -> str:
        """Tense when the words decide, else the caller's default (``prefer``)."""
        return self.tense or self.prefer

    def quarter_context(self) -> tuple[int, int] | None:
        """The quarter a financial report is talking about here, if it talks of quarters.

        The latest quarter named nearby; else, when "quarter" or "period" is in this or the
        previous sentence, the last quarter completed before the anchor.
        """
        named = self.narrative.quarter_in_reach(self.start)
        if named is not None:
            return named
        if self.anchor is None:
            return None
        starts = self.narrative.starts
        sent = self.narrative.sentence(self.start)
        lo = starts[max(0, sent - 1)]
        hi = starts[sent + 1] if sent + 1 < len(starts) else len(self.text)
        if not _QUARTER_WORDS.search(self.text[lo:hi]):
            return None
        idx = self.anchor.year * 4 + (self.anchor.month - 1) // 3 - 1
        return idx // 4, idx % 4 + 1

    def at_sentence_start(self) -> bool:
        """True when only punctuation (quotes, brackets) separates the match from a sentence end."""
        text, i = self.text, self.start
        while i > 0 and text[i - 1] in _OPENERS:  # (no copy of all the text before: linear)
            i -= 1
        return i == 0 or text[i - 1] in ".!?:\n"

    def left(self, n: int = 30) -> str:
        return self.text[max(0, self.start - n):self.start]


# A reading against the tense (or against ``prefer`` when no tense) must be this many times
# nearer the anchor to win: news gives the year of any date more than a few months away (a hard
# direction for ``prefer`` loses 0.6 value F1 on TimeBank/AQUAINT; README "Resolution policies").
AGAINST_TENSE = 3.0
AGAINST_PREFER = 2.5
# ``prefer="future"`` is never the default: a caller who sets it (a date box, a schedule) means
# it, so with no tense to say otherwise a reading behind the anchor is taken only when no
# reading ahead of it exists ("christmas eve" typed in February is the coming one).
AGAINST_FUTURE = 1000.0
# In news, an explicit year in the previous sentence governs a past-tense bare month only
# when it lies this many years before the anchor (else the anchor's own reading is as good).
NEWS_YEAR_REACH = 1
HISTORY_GAP = 5


# "from 1 July to 18 November 1916", "between July and October, 1871": the year comes after.
_RANGE_YEAR = re.compile(
    r"\s*(?:[-\u2013]|to|and|until|till|through)\s+(?:the\s+)?"
    r"(?P<words>(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?[A-Za-z]{3,9}\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)"
    r",?\s+(?P<year>(?:1\d|20)\d\d)(?![\d,.]\d|\d)"
)


# What is still to come even in a text about the past: "a summit set for April", "will meet".
_PLANNED = re.compile(r"\b(?:will|set\s+for|scheduled\s+for|due\s+(?:in|on)|planned\s+for)\b",
                      re.IGNORECASE)


_CLAUSE_START = re.compile(r".*[.!?;:]\s", re.DOTALL)


def future_from_past(ctx: Ctx) -> bool:
    """True for a future told from the past: "was expected to open in June", "would meet".

    A plain future ("is expected to open in June") is the reader's, whatever year the
    passage before it told.
    """
    left = ctx.left(60)
    cut = _CLAUSE_START.match(left)
    words = left[cut.end():] if cut else left
    cues = lexicon.table("reference")
    return any(cues.get(w) == "past_future" for w in re.findall(r"[^\W\d_]+", words.lower()))


def range_year(ctx: Ctx, month: int) -> int | None:
    """The year written after the end of a range this month (or day) starts, if any."""
    m = _RANGE_YEAR.match(ctx.text, ctx.end, ctx.end + 40)
    if m is None:
        return None
    other = next((n for n in (month_num(w) for w in re.findall(r"[A-Za-z]+", m["words"]))
                  if n is not None), None)
    if other is None:
        return None
    year = int(m["year"])
    return year - 1 if other < month else year  # "from December to March 1999": 1998


def year_for(ctx: Ctx, month: int, day: int | None = None) -> tuple[int | None, str, float]:
    """(year, reference, confidence) for a month (and day) written without a year.

    History first: in narrative text an explicit earlier year a few sentences back governs
    ("In 1948 ... In October"). Otherwise the anchor: the occurrence before or after it that
    is nearest, a reading against the tense (or the ``prefer`` default) counting several times
    its distance.
    """
    a = ctx.anchor
    ahead = range_year(ctx, month)
    if ahead is not None:
        return ahead, "absolute", 0.9
    past_year = ctx.narrative.year_in_reach(ctx.start)
    if past_year is not None and not ctx.narrative.document_mode and _bridged_to_now(ctx):
        past_year = None
    if past_year is None and not _at_the_anchor(ctx):
        past_year = ctx.narrative.year_ahead(ctx.start)
    if past_year is None and ctx.tense == "past" and a is not None:
        # News telling history: "was founded in 1948 ... In October, parliament met".
        older = ctx.narrative.year_in_reach(ctx.start, news_reach=NEWS_YEAR_REACH)
        if older is not None and older <= a.year - HISTORY_GAP and not _bridged_to_now(ctx) \
                and not _background_after_news(ctx):
            past_year = older
    owner = _year_of_owner(ctx)
    if owner is not None and past_year is None:
        return owner, "anchor", 0.8  # "next year's race will start on July 5"
    if past_year is not None and (_bound_ahead(ctx, month, past_year)
                                  or _story_goes_on(ctx, month, past_year)):
        return past_year + 1, "narrative", 0.6  # "in November, and by January": the one after
    planned = ctx.tense == "future" and _PLANNED.search(ctx.left(60)) is not None
    if past_year is not None and (a is None or past_year < a.year) and not planned and (
        ctx.tense != "future" or ctx.narrative.document_mode
        or (ctx.narrative.narrative_mode and future_from_past(ctx))
    ):
        return past_year, "narrative", 0.6
    if a is None:
        return None, "unresolved", 0.3
    tense_dir = ctx.tense
    favoured = tense_dir or ctx.prefer
    factor = against(ctx)
    told = tense_dir == "past" and _told_past(ctx)
    until = _until(ctx)
    best: tuple[float, int] | None = None
    for y in (a.year - 1, a.year, a.year + 1):
        if not 1 <= y <= 9999:  # the ends of the calendar
            continue
        if day is None:
            if y == a.year and month == a.month:
                cost, direction = 0.0, ""
            else:
                months = (y - a.year) * 12 + month - a.month
                direction = "future" if months > 0 else "past"
                if direction == "future" and told:
                    continue  # "Fighting broke out in December" was not told ahead of time
                if direction == "past" and until:
                    continue  # "prices will rise until December": not the December gone
                cost = abs(months) * (1.0 if direction == favoured else factor)
        else:
            try:
                cand = date(y, month, day)
            except ValueError:
                continue
            days = (cand - a).days
            direction = "future" if days > 0 else "past"
            if direction == "future" and told:
                continue  # "The council voted on December 1": not a date still to come
            if days < 0 and until:
                continue  # "abierto hasta el 31 de diciembre": not the one gone
            cost = abs(days) * (1.0 if direction == favoured or days == 0 else factor)
        if best is None or cost < best[0] or (cost == best[0] and direction == favoured):
            best = (cost, y)  # a tie goes the tense's way ("will be named ... in December")
    conf = 0.85 if tense_dir else 0.7
    return (best[1] if best else a.year), "anchor", conf


@cache
def _since_bridge(lang: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation('since_bridge', lang)})\b", re.IGNORECASE)


def _bridged_to_now(ctx: Ctx) -> bool:
    """"found to leak in 1985 and checked every year since then": the story is back at now.

    A bare month after such a bridge is placed by the anchor, not by the year before it.
    """
    years = ctx.narrative.years if ctx.narrative.narrative_mode else ctx.narrative.point_years
    return bool(years) and _since_bridge(lexicon.current()).search(
        ctx.text, years[-1][0], ctx.start) is not None


_OPENING_WORDS = 3  # "In 2016,", "Back in March 2016": a year that sets the scene


def _background_after_news(ctx: Ctx) -> bool:
    """True when the old year is background told after the article's present.

    "spent last night in the sports hall. The levee was opened in 2016 and had been the pride
    of the town. Only a week earlier, on 3 October": the story stays in the present. A year
    that opens its sentence ("In 2016, the town built the levee") moves it; so does one in a
    text that told nothing of its present yet ("was founded in 1948 ... In October").
    """
    story = ctx.narrative
    if not story.point_years or story.news_at < 0:
        return False
    where = story.point_years[-1][0]
    if story.news_at > where:
        return False
    opening = ctx.text[story.starts[story.sentence(where)]:where]
    return len(opening.split()) > _OPENING_WORDS


_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")


def _bound_ahead(ctx: Ctx, month: int, year: int) -> bool:
    """A bound that looks ahead ("by January", "until March") to a month before the story's own.

    The story told a later month of ``year`` just before: the bound is reached in the next year.
    """
    last = _LAST_WORD.search(ctx.left(16))
    if last is None or last.group(1).lower() not in word_set("bound_ahead", lexicon.current()):
        return False
    near = ctx.narrative.fine_date_in_reach(ctx.start, reach=1)
    return near is not None and near[2] in ("M", "D") and near[1].year == year \
        and near[1].month > month


_GOES_ON_MONTHS = 4
_LOOK_BACK = re.compile(r"\b(?:had|earlier|before|previous|previously)\b", re.IGNORECASE)


def _story_goes_on(ctx: Ctx, month: int, year: int) -> bool:
    """History: a month before that of a date told earlier in the same sentence is the next year's.

    "She became queen on 17 November 1558, and was crowned in January": the story goes on
    into 1559; unless the words between look back ("had", "earlier"), or the month lies more
    than a season on (a story goes on into the first months of the next year).
    """
    narrative = ctx.narrative
    if not narrative.narrative_mode or not narrative.dates:
        return False
    where, _value, day, unit = narrative.dates[-1]
    if (unit not in ("M", "D") or day.year != year or not 0 < day.month - month < 12
            or month + 12 - day.month > _GOES_ON_MONTHS
            or narrative.sentence(where) != narrative.sentence(ctx.start)):
        return False
    return _LOOK_BACK.search(ctx.text, where, ctx.start) is None


_YEAR_OWNER = re.compile(r"[^\W\d_]+\s+year['\u2019]s\s")


def _year_of_owner(ctx: Ctx) -> int | None:
    """The year a "next year's" or "last year's" earlier in the sentence gives its things.

    "Next year's race will start in Rouen on July 5": July 5 of that year, not the nearest one.
    """
    dates = ctx.narrative.dates
    if not dates or dates[-1][3] != "Y" or ctx.narrative.sentence(dates[-1][0]) != \
            ctx.narrative.sentence(ctx.start):
        return None
    pos = dates[-1][0]
    if _YEAR_OWNER.match(ctx.text, pos) is None or not dates[-1][1].isdigit():
        return None
    return int(dates[-1][1])


def against(ctx: Ctx) -> float:
    """How many times its distance a reading against the tense (or ``prefer``) counts."""
    if ctx.prefer == "future" and ctx.tense in ("future", None):
        return AGAINST_FUTURE  # the caller's future, and no tense against it
    return AGAINST_TENSE if ctx.tense else AGAINST_PREFER


def _at_the_anchor(ctx: Ctx) -> bool:
    """The story is at the publication date here: a day of its week was just told.

    "He died on Saturday. His family said he had been ill since the autumn. Born in 1927, ...":
    the year written after does not govern a season told from the news day.
    """
    near = ctx.narrative.day_in_reach(ctx.start, 2)
    return (near is not None and ctx.anchor is not None and near[1] <= ctx.anchor
            and (ctx.anchor - near[1]).days <= 7)


def _until(ctx: Ctx) -> bool:
    """Whether a deadline word keeps the date ahead of the anchor ("hasta el 31 de diciembre")."""
    if ctx.tense != "future":
        return False
    key, memo = ("until", ctx.start), ctx._narrative.memo  # the words alone
    if key not in memo:
        memo[key] = tense.until_ahead(ctx.text, ctx.start, ctx.end)
    return memo[key]


def _told_past(ctx: Ctx) -> bool:
    """Whether a past tense tells the expression as done, so never ahead of the anchor.

    In English only a verb right before does ("voted on December 1"); a language whose
    ``calendar.txt`` says ``past_tense  clause`` (the verb after the date: "1 сентября дети
    пошли в школу", "9월 1일 돌아갔다") lets the clause's past tense do so.
    """
    if lexicon.table("calendar").get("past_tense") == "clause":
        return True
    key, memo = ("told_past", ctx.start), ctx._narrative.memo  # the words alone
    if key not in memo:
        memo[key] = tense.told_past(ctx.text, ctx.start)
    return memo[key]


def day_of_month_near(ctx: Ctx, day: int) -> date | None:
    """"the 17th" told against the anchor: that day of the anchor's month or of one next to it."""
    a = ctx.anchor
    if a is None:
        return None
    return nearest(ctx, [d for d in (month_day(a, shift, day) for shift in (-1, 0, 1)) if d])


def weekday_day_near(ctx: Ctx, weekday: int, day: int) -> date | None:
    """"Tuesday the 14th": the 14th nearest the anchor that falls on a Tuesday (within a year)."""
    a = ctx.anchor
    if a is None:
        return None
    days = (month_day(a, shift, day) for shift in range(-13, 14))
    return nearest(ctx, [d for d in days if d is not None and d.isoweekday() == weekday])


def month_day(anchor: date, shift: int, day: int) -> date | None:
    """Day ``day`` of the month ``shift`` months from the anchor's, None if it has none."""
    index = anchor.year * 12 + anchor.month - 1 + shift
    try:
        return date(index // 12, index % 12 + 1, day)
    except ValueError:  # "the 31st" of a short month, or past the calendar
        return None


def nearest(ctx: Ctx, candidates: list[date]) -> date | None:
    """The candidate day nearest the anchor, weighed by tense.

    A reading against the tense (or ``prefer``) counts several times its distance; none
    after the anchor when a past-tense verb governs ("reopened on the 17th").
    """
    a = ctx.anchor
    if a is None:
        return None
    tense_dir = ctx.tense
    favoured = tense_dir or ctx.prefer
    factor = against(ctx)
    told = tense_dir == "past" and _told_past(ctx)
    best: tuple[float, date] | None = None
    for cand in candidates:
        days = (cand - a).days
        if days > 0 and told:
            continue
        direction = "future" if days > 0 else "past"
        cost = abs(days) * (1.0 if direction == favoured or days == 0 else factor)
        if best is None or cost < best[0]:
            best = (cost, cand)
    return best[1] if best else None
