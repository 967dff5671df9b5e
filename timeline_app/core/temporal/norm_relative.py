"""Normalizers for relative expressions: deictics, anaphora and offsets.

"yesterday", "last week"; "the following year", "that day"; "three years ago", "a month after
<a dated event>".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from . import cues, event_anchor, governing, lexicon, offset_words
from .dates import at_unit, shift, weekday_near
from .norm_amounts import duration, duration_value
from .norm_base import DEIXIS, Norm, lookup, mod_of, titled_unit, underspecified, unit_code
from .norm_bounds import bounded
from .norm_story import bc_shift
from .resolve import Ctx
from .values import interval_of

__all__ = ["ACTIONS", "at_unit"]

G = dict[str, str | None]


_REL = {"this": 0, "current": 0, "same": 0, "that": 0, "last": -1, "latest": -1,
        "previous": -1, "prior": -1, "past": -1, "next": 1, "coming": 1, "upcoming": 1,
        "this coming": 1, "this upcoming": 1, "following": 1}
_AHEAD = frozenset({"coming", "upcoming", "this coming", "this upcoming"})


_coarser = event_anchor.coarser


def _title_case(word: str | None) -> bool:
    return bool(word) and word[:1].isupper() and not word.isupper()


def _deictic(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    word = " ".join((g.get("deixis") or g.get("deixis2") or p.get("deixis") or
                     ("tonight" if g.get("tonight") else "")).lower().split())
    if word not in DEIXIS:
        return None
    if _title_case(g.get("deixis")) and not g.get("mod") and not ctx.at_sentence_start():
        return None  # "VOA Today", a programme title
    part = lookup("parts_of_day", g.get("part") or g.get("part2")) or p.get("part")  # "anoche"
    if word in ("tonight", "overnight"):
        part = "NI"
    if word == "last" and part != "NI":
        return None  # "last morning" is not an expression we place
    mod = mod_of(g.get("mod"))
    if (g.get("part") or g.get("part2") or "").lower().startswith("mid"):
        mod = "MID"
    n = DEIXIS[word]
    if word == "overnight" and ctx.tense == "future":
        n = 0  # "results are expected overnight": the coming night, not the one gone
    typ = "TIME" if part else "DATE"
    if word == "today" and not part and not mod and _nowadays(ctx):
        return Norm("DATE", "PRESENT_REF", "", "absolute", 0.5)  # history: "today" is nowadays
    if ctx.anchor is None:
        return Norm(typ, underspecified(n), mod, "unresolved", 0.3)
    d = ctx.anchor + timedelta(days=n)
    return Norm(typ, d.isoformat() + (f"T{part}" if part else ""), mod, "anchor", 0.95,
                placed=(d, "D"))


_CLAUSE_END = re.compile(r"\s*[.,;!?]")
_CLAUSE_STOP = re.compile(r"[.;!?]")


@cache
def _present_after(lang: str) -> re.Pattern[str]:
    """A present state right after "today": "and today it is still active", "heute ist sie"."""
    subject = cues.alternation("present_subject", lang)
    det = cues.alternation("determiner", lang)
    state = cues.alternation("present_state", lang)
    return re.compile(rf"\s*,?\s+(?:{subject}|(?:{det})\s+[^\W\d_]+|[A-ZÀ-ÞА-ЯЁ][^\W\d_]+)?"
                      rf"\s*(?:{state})\b")


@cache
def _told_past(lang: str) -> re.Pattern[str]:
    """The verbs that tell a sentence in the past ("Today it was ..."): no nowadays then."""
    return re.compile(rf"\b(?:{cues.alternation('told_past', lang)})\b", re.IGNORECASE)


def _nowadays(ctx: Ctx) -> bool:
    """True for the "today" of "Today the ruins house a museum": the present in general.

    In history, a "today" opening or closing a sentence not in the past tense is nowadays,
    not the day of writing.
    """
    if ctx.anchor is None or not ctx.narrative.narrative_mode:
        return False
    if ctx.at_sentence_start():  # "Today the ruins, left roofless in 1755, house ...": the verb
        clause = _CLAUSE_STOP.split(ctx.text[ctx.end:ctx.end + 120], maxsplit=1)[0]
        return not _told_past(lexicon.current()).search(clause)
    if _present_after(lexicon.current()).match(ctx.text, ctx.end):  # "and today it is still active"
        return True
    return ctx.tense != "past" and bool(_CLAUSE_END.match(ctx.text, ctx.end))


# "the same period last year", "the quarter last year": the period a year back. Elsewhere "down
# from $21.4 million last year" is the year, as TimeBank writes it two times in three.
_PERIOD_BEFORE = re.compile(r"\b(?:period|quarter)\s+$", re.IGNORECASE)


_ENDED = re.compile(r"\s+(?:ended|ending)\b", re.IGNORECASE)


def _relunit(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """this/last/next week, month, year, weekend, century; earlier this month.

    A rule's ``anchored=1`` says its words name the publication's unit even in history ("이번
    주": this week), where "the weekend", "the year" are the story's.
    """
    if titled_unit(g.get("unit")) and not ctx.at_sentence_start():
        return None  # "This Week" the television programme
    unit = unit_code(g.get("unit")) or p.get("unit", "")
    rel = " ".join((g.get("rel") or p.get("rel") or "this").lower().split())
    rel = rel.removeprefix("the ")
    n = int(p["n"]) if "n" in p else _REL.get(rel, 0)
    mod = p.get("mod") or mod_of(g.get("mod"))
    if p.get("n") == "0" and _ENDED.match(ctx.text[ctx.end:ctx.end + 12]):
        return Norm("DURATION", duration_value(1, unit), "", "absolute", 0.8)  # "the year ended"
    near = ctx.narrative.fine_date_in_reach(ctx.start, reach=3)
    if (p.get("n") == "0" and ctx.narrative.narrative_mode and near is not None
            and (unit != "WE" or near[2] == "D") and not p.get("anchored")):
        # history: "the weekend", "the year" are the story's, not the publication's
        base, prec = near[1], near[2]
        value, used = at_unit(base, unit if unit == "WE" else _coarser(prec, unit))
        return Norm("DATE", value, mod, "narrative", 0.6, placed=(base, used))
    if ctx.anchor is None:
        return Norm("DATE", underspecified(n), mod, "unresolved", 0.3)
    if unit == "Y" and p.get("n") == "0" and ctx.tense == "past":
        quarter = ctx.narrative.quarter_in_reach(ctx.start)
        if quarter is not None and quarter[0] < ctx.anchor.year:
            # "earned $310 million in the fourth quarter ... For the full year, revenue
            # climbed": the year whose results are told, not the one they are told in
            return Norm("DATE", f"{quarter[0]:04d}", mod, "anchor", 0.6)
    if unit == "Y" and n == -1 and _PERIOD_BEFORE.search(ctx.left(24)):
        quarter = ctx.quarter_context()  # "in the same period last year": that quarter
        if quarter is not None:
            return Norm("DATE", f"{quarter[0] - 1:04d}-Q{quarter[1]}", mod, "anchor", 0.6)
    if unit == "WE" and rel in _AHEAD and ctx.anchor.isoweekday() < 6:
        n = 0  # "this coming weekend" said on a weekday: the one of this week
    d = shift(ctx.anchor, unit, n)
    if unit == "WE" and n == 0 and ctx.tense == "past" and ctx.anchor.isoweekday() < 6 \
            and rel not in _AHEAD:
        d = ctx.anchor - timedelta(days=7)  # "over the weekend" in a weekday story: the last one
    value, prec = at_unit(d, p.get("at") or unit)  # at=D: "this time last year", a day
    bounds = None
    word = (g.get("mod") or "").lower()
    if n == 0 and word in ("earlier", "later") and unit in ("W", "M", "Y"):
        bounds = _around_anchor(value, word, ctx.anchor)
    return Norm("DATE", value, mod, "anchor", 0.9, placed=(d, prec), bounds=bounds)


def _around_anchor(value: str, word: str, anchor: date) -> tuple[date, date] | None:
    """The span "earlier this month" or "later this year" covers, the anchor its edge.

    From the month's start to the anchor; from the day after it to the year's end. None
    when that leaves no day.
    """
    _, whole = interval_of(value, "")
    if whole is None:
        return None
    begin, end = (whole.begin, anchor) if word == "earlier" else (
        anchor + timedelta(days=1), whole.end)
    return (begin, end) if begin < end else None


def _unit_edge_day(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"the last day of the year", "the first day of next month": that day, from the anchor."""
    unit = unit_code(g.get("unit")) or ""
    n = _REL.get((g.get("rel") or "this").lower(), 0)
    if ctx.anchor is None:
        return Norm("DATE", underspecified(n), "", "unresolved", 0.3)
    value, _ = at_unit(shift(ctx.anchor, unit, n), unit)
    _, whole = interval_of(value, "")
    if whole is None:
        return None
    d = whole.begin if (g.get("edge") or "").lower() == "first" else whole.end - timedelta(days=1)
    return Norm("DATE", d.isoformat(), "", "anchor", 0.85, placed=(d, "D"))


def _narrative(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"the following year", "that day", "the next morning": relative to the last placed date."""
    unit = (unit_code(g.get("unit")) or p.get("unit")
            or ("D" if (g.get("unit") or "").lower() == "morning" else ""))
    part = lookup("parts_of_day", g.get("part"))
    if part:  # "that night": the story's day, at night
        unit = "D"
    if not unit:
        return None
    if p.get("story") and not (ctx.narrative.dates and ctx.narrative.dates[-1][3] == "D" and (
            ctx.narrative.narrative_mode or _point_day(ctx, reach=_NEWS_PART_REACH))):
        # "in the morning" is the story's morning on a told day: in history, or in news a
        # day told as a point a sentence or two back ("declared on Tuesday ... toured the
        # town in the afternoon")
        return None
    rel = (g.get("rel") or p.get("rel") or "same").lower()
    way = offset_words.direction(g, p, default=None)  # "the day after", "am Tag nach"
    hung_on = way is not None and way.code in ("after", "before")
    n = way.sign if hung_on else _REL.get(rel, 0)
    bc = bc_shift(ctx, n, unit)  # "the following month" after "August 331 BC"
    if bc is not None:
        return bc
    hook = None
    if hung_on:  # "the day after the vote": from the vote, if the text dates it
        placed, hook = on_event(ctx, n, 1, unit, "")
        if placed is not None:
            return placed if placed.reference != "pending" else _event_day(hook, n)
    near = ctx.narrative.date_in_reach(ctx.start, reach=3)
    if n == 0 and (back := ctx.narrative.look_back_in_sentence(ctx.start)) is not None:
        near = back  # "had rejected it in October 1831, and riots broke out later that month"
    if (unit == "D" and (near is None or near[2] != "D")) or (
            unit == "W" and (near is None or _coarser(near[2], "W") != "W")):
        # "the previous day", "that day", "die Woche zuvor": from the last day told, else (in
        # news) the anchor
        near = ctx.narrative.day_in_reach(ctx.start, reach=3)
        if near is None and ctx.narrative.narrative_mode:
            return Norm("DATE", "XXXX-XX-XX", "", "unresolved", 0.3)
    if n == 0 and unit == "D" and near is not None and near[2] == "D":
        near = _point_day(ctx, reach=3) or near  # "the same day" after "since Saturday"
    if near is not None and n == 0 and _against_news_tense(ctx, near[1], unit):
        near = None  # "heard it in January and expect a ruling by the end of the month"
    if near is not None:
        _, base, prec = near
        ref, conf = "narrative", 0.6
    elif hook is not None:
        return _event_day(hook, n)  # never the publication date plus a day
    elif ctx.anchor is not None:
        base, prec, ref, conf = ctx.anchor, "D", "anchor", 0.4
    else:
        return Norm("DATE", underspecified(n), "", "unresolved", 0.3)
    if _coarser(prec, unit) != unit:  # "the next day" after "in 1948": not placeable
        return Norm("DATE", "XXXX-XX-XX", "", "unresolved", 0.3)
    d = shift(base, unit, n)
    value, used = at_unit(d, unit)
    part = "TMO" if (g.get("unit") or "").lower() == "morning" else (f"T{part}" if part else "")
    # "The following year" moves the story's year on: later bare months take it. "The previous
    # year" is a look back: the story stays where it was.
    moves = ref == "narrative" and n >= 0
    return Norm("TIME" if part else "DATE", value + part, mod_of(g.get("mod")), ref, conf,
                placed=(d, used), explicit_year=d.year if moves else None,
                aside=ref == "narrative" and n < 0)


_NEWS_PART_REACH = 2


def _point_day(ctx: Ctx, reach: int) -> tuple[str, date, str] | None:
    """The latest day told as a point within ``reach`` sentences: not the start of a span.

    "visited on Tuesday the town flooded since Saturday ... the same day": Tuesday, the day
    something happened, not Saturday, where the flooding began (a ``bound`` of
    ``reference.txt`` before it, :func:`.governing.after_bound`).
    """
    story = ctx.narrative
    if story.narrative_mode:
        reach = max(reach, 3)
    here = story.sentence(ctx.start)
    days = [d for d in story.dates if d[3] == "D"]
    for i in range(len(days) - 1, -1, -1):
        where, value, day, unit = days[i]
        if here - story.sentence(where) > reach:
            return None
        if governing.after_bound(ctx.text, where):
            continue
        if i and story.sentence(days[i - 1][0]) == story.sentence(where) and _in_relative(
                ctx.text, story.starts[story.sentence(where)], where):
            continue  # "went there on Tuesday, where the river broke a levee on Saturday"
        return value, day, unit
    return None


@cache
def _relative_open(lang: str) -> re.Pattern[str]:
    return re.compile(rf",\s*(?:{cues.alternation('relative_clause_open', lang)})\b[^,;.!?]*$",
                      re.IGNORECASE)


def _in_relative(text: str, lo: int, at: int) -> bool:
    """True when the date at ``at`` stands in a relative clause its sentence (from ``lo``) opens."""
    return _relative_open(lexicon.current()).search(text, lo, at) is not None


def _against_news_tense(ctx: Ctx, told: date, unit: str) -> bool:
    """True when, in news, "the month" or "the year" cannot be the one told before.

    "expected to rule by the end of the month" after "heard arguments in January" said in
    June: a deadline ahead is not in a month gone; "shares have fallen since the start of the
    year" after "to break even by 2026": a span up to now does not start ahead. The tense (or
    the present perfect's "since") points the other way: the anchor's own unit.
    """
    a = ctx.anchor
    if a is None or ctx.narrative.narrative_mode or unit not in ("W", "M", "Q", "Y"):
        return False
    if at_unit(told, unit)[0] == at_unit(a, unit)[0]:
        return False
    direction = ctx.tense
    return (told < a and direction == "future") or (told > a and direction == "past")


def on_event(ctx: Ctx, sign: int, count: int, unit: str, mod: str,
             first: bool = False) -> tuple[Norm | None, event_anchor.Hook | None]:
    """An offset from the event phrase after the expression, and that phrase's hook.

    The placed date when an earlier sentence dated the event; a Norm with reference "pending"
    when the phrase itself holds a date (placed once it is resolved, by
    :func:`.event_anchor.settle`); None when the text does not date the event.
    """
    hook = (event_anchor.hook_before(ctx.text, ctx.start) if first
            else event_anchor.hook(ctx.text, ctx.end))
    if hook is None:
        return None, None
    if ctx.narrative.match_between(hook.lo, hook.hi):
        ctx.narrative.pending.append(event_anchor.Pending(ctx.start, sign, count, unit, mod,
                                                          hook.lo, hook.hi))
        return Norm("DATE", "", reference="pending"), hook
    known = ctx.narrative.events.get(hook.noun) if hook.noun else None
    if known is None:
        return None, hook
    value, day, used = event_anchor.place(known[0], known[1], sign, count, unit)
    return Norm("DATE", value, mod, "narrative", 0.6, placed=(day, used)), hook


@cache
def _comparison(lang: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{cues.alternation('comparison', lang)})\b", re.IGNORECASE)


def _compared_year(ctx: Ctx) -> int | None:
    """The year a year back is compared with: the latest date of its sentence, told as a year.

    "For the full year ... up from $1.6 billion a year ago", "For 2023, Acme earned $160
    million, up 12% from the year-earlier figure": a report compares like with like. A
    quarter or a day told since in the sentence wins ("the third quarter ... a year ago").
    """
    told = ctx.narrative.date_in_reach(ctx.start, reach=0)
    if told is None or told[2] != "Y" or not _comparison(lexicon.current()).search(ctx.left(48)):
        return None
    return told[1].year


def _event_day(hook: event_anchor.Hook | None, n: int = 0) -> Norm:
    """A day counted from an event not yet placed: unplaced, hung on the event."""
    reference = event_anchor.EVENT + hook.phrase if hook is not None else "unresolved"
    return Norm("DATE", "XXXX-XX-XX", "", reference, 0.3)


def _hanging(g: G, p: dict[str, str], ctx: Ctx, hook: event_anchor.Hook | None) -> Norm | None:
    """"two days after the vote" with no date of the vote: the length, hung on the event."""
    norm = duration(g, p, ctx)
    if norm is None or hook is None:
        return norm
    return replace(norm, reference=event_anchor.EVENT + hook.phrase)


# A clause, a comma, then "N years after ...": the time from the event to the clause's own,
# dated or not ("on 3 September 1783, eight years after", "rocked the plant Monday morning, two
# days after a blast"): a length, not a new date.
_APPOSITION = re.compile(r"\w\s*,\s*(?:some\s+|about\s+|nearly\s+|almost\s+|just\s+|only\s+)?$")


@cache
def _length_verb(lang: str) -> re.Pattern[str]:
    """A verb that takes a length right after it ("waited", "took"): ``cues.txt`` length_verb."""
    return re.compile(rf"\b(?:{cues.alternation('length_verb', lang)})\s+$", re.IGNORECASE)


# A unit and a half counted in the next smaller unit ("a year and a half ago": 18 months).
_HALF_STEP = {"Y": ("M", 12), "Q": ("M", 3), "M": ("D", 30), "W": ("D", 7)}


# Units a story counts "later" or "earlier" from a told moment, never from the day it is
# published ("a year earlier" in a quarterly report is the year before the report's).
_SHORT_UNITS = frozenset({"D", "W", "TH", "TM", "TS"})


_POINT_MOD = {  # a quantifier on "N units ago" qualifies the point (backward, forward)
    "APPROX": ("APPROX", "APPROX"), "MORE_THAN": ("BEFORE", "AFTER"),
    "LESS_THAN": ("AFTER", "BEFORE"), "EQUAL_OR_MORE": ("ON_OR_BEFORE", "ON_OR_AFTER"),
    "EQUAL_OR_LESS": ("ON_OR_AFTER", "ON_OR_BEFORE"),
}


def _ago(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"three years ago", "over three years ago": the point, and the interval a bound gives."""
    norm = _ago_point(g, p, ctx)
    qmod = lookup("quantifiers", g.get("qmod")) or ""
    if not qmod or norm is None or norm.type == "DURATION":
        return norm
    unit = unit_code(g.get("unit") or (g.get("vnum") or "")) or p.get("unit")
    n = None if g.get("vnum") else lexicon.number_value(g.get("num") or p.get("num") or "")
    way = offset_words.direction(g, p)
    return bounded(norm, qmod, way.sign if way else -1, n, unit)




def _ago_point(g: G, p: dict[str, str], ctx: Ctx) -> Norm | None:
    """"three years ago", "a year earlier", "a month after <a dated event>"."""
    unit = unit_code(g.get("unit") or (g.get("vnum") or "")) or p.get("unit")
    if unit is None:
        return None
    word = g.get("unit") or "x"
    if titled_unit(word) and ctx.start > 0 and not (
            ctx.text.startswith(word, ctx.start) and ctx.at_sentence_start()):
        return None  # "24 Hours Ago" a title; "Месяц назад ЦБ..." a sentence's first word
    num = g.get("num") or p.get("num")
    n = None if g.get("vnum") else lexicon.number_value(num or "")
    way = offset_words.direction(g, p)  # the language's words (offsets.txt), or the rule's
    if way is None:
        return None
    direction, sign = way.code, way.sign
    qmod = lookup("quantifiers", g.get("qmod")) or ""
    mod = _POINT_MOD.get(qmod, ("", ""))[0 if sign < 0 else 1]
    if "or so" in ctx.text[ctx.start:ctx.end].lower():
        mod = "APPROX"
    base, prec, ref, conf = ctx.anchor, "D", "anchor", 0.9
    if n is not None and direction in ("earlier", "later"):
        bc = bc_shift(ctx, sign * round(n), unit)  # "two months later" after "August 331 BC"
        if bc is not None:
            return bc
    hung = None
    first = p.get("event") == "before"  # the language names the event first: "회담 한 달 후"
    if first and direction in ("later", "ago", "earlier") and \
            event_anchor.hook_before(ctx.text, ctx.start) is not None:
        direction = "after" if sign > 0 else "before"
    if direction in ("after", "before") and _length_verb(lexicon.current()).search(ctx.left(24)):
        # "must wait 30 days before closing", "took two years after the war": a length
        return duration({**g, "unit": g.get("unit") or g.get("vnum")}, p, ctx)
    if (direction in ("after", "before") and _APPOSITION.search(ctx.left(8))
            and ctx.narrative.date_in_reach(ctx.start, reach=0) is not None):
        # "rallied on Tuesday, eight days after protests forced him out": the span between
        return duration({**g, "unit": g.get("unit") or g.get("vnum")}, p, ctx)
    if direction in ("after", "before") and n is not None and unit not in ("TH", "TM", "TS"):
        placed, hung = on_event(ctx, sign, round(n), unit, mod,  # event=before: "회담 한 달 후"
                                first=first)
        if placed is not None:  # "a month after the summit" that the text dated
            return placed if placed.reference != "pending" else _hanging(g, p, ctx, hung)
    if direction in ("earlier", "later", "after", "before"):
        # "a year earlier", "a month after <the event just dated>" lean on the date told in
        # this or the previous sentence (further back in history text); with none, "two days
        # after <event>" is the duration between the two, as TimeML annotates it.
        reach = 3 if ctx.narrative.narrative_mode else 1
        if hung is not None and hung.noun is not None and not ctx.narrative.narrative_mode:
            reach = 0  # "Ten days before the shooting" after "appeared in court on Thursday"
        near = (ctx.narrative.told_date_in_reach(ctx.start, reach) if hung is not None
                else ctx.narrative.date_in_reach(ctx.start, reach=reach))
        if (near is not None and direction in ("after", "before") and near[2] != "D"
                and not ctx.narrative.narrative_mode
                and ctx.narrative.date_in_reach(ctx.start, reach=0) is None):
            near = None  # a month or year told earlier is too loose to count days from
        if (near is not None and direction in ("earlier", "later") and unit in ("D", "W")
                and _coarser(near[2], "M") == near[2]):
            # "opened in 2016 ... Only a week earlier": a week is not counted from a year; from
            # the last day told, if any
            near = ctx.narrative.day_in_reach(ctx.start, reach=reach)
        if near is not None and direction in ("after", "before") and _APPOSITION.search(
                ctx.left(8)):
            # "on 3 September 1783, eight years after it began", "just days after"
            return duration({**g, "unit": g.get("unit") or g.get("vnum")}, p, ctx)
        if near is not None:
            _, base, prec = near
            ref, conf = "narrative", 0.6
        elif direction in ("after", "before"):  # "two days after the vote", no date to lean on
            return _hanging(g, p, ctx, hung)
        elif way.written and (direction == "later" or (
                unit in _SHORT_UNITS and direction == "earlier")):
            # "three days later", "some 40 years later" written with nothing dated before
            # them: the length, not the publication date plus three days or forty years
            # ("사흘 뒤" alone is three days from now)
            return duration({**g, "unit": g.get("unit") or g.get("vnum")}, p, ctx)
        elif unit in _SHORT_UNITS and (day := ctx.narrative.day_in_reach(ctx.start, reach=3)):
            # "Zwei Tage zuvor", "спустя два дня" (rules that give their direction as a
            # parameter) a few sentences after the day they count from, not the anchor's
            _, base, prec = day
            ref, conf = "narrative", 0.6
    if n is not None and direction in ("before", "after"):
        bc = bc_shift(ctx, sign * round(n), unit)  # "two years after the siege" told in BC
        if bc is not None:
            return bc
    if n is None:
        if ref == "narrative" and base is not None and ctx.narrative.narrative_mode:
            # "days after the blast": near it, roughly
            d = shift(base, unit, 3 * sign) if unit not in ("TH", "TM", "TS") else base
            value, used = at_unit(d, _coarser(prec, "Y" if unit in ("Y", "DE", "CE") else "M"))
            return Norm("DATE", value, "APPROX", ref, 0.4, placed=(d, used))
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod, ref, 0.5)
    if base is None:
        return Norm("DATE", underspecified(sign), mod, "unresolved", 0.3)
    k = round(n)
    year_back = unit == "Y" and k == 1 and sign < 0
    if year_back and (compared := _compared_year(ctx)) is not None:
        return Norm("DATE", f"{compared - 1:04d}", mod, ref, 0.6)  # "for 2023 ... year-earlier"
    if year_back and ref == "anchor":  # "a year ago" in a quarterly report: that quarter
        quarter = ctx.quarter_context()
        if quarter is not None:
            return Norm("DATE", f"{quarter[0] - 1:04d}-Q{quarter[1]}", mod, ref, 0.6)

    quarters = ctx.narrative.quarters
    if year_back and ref == "narrative" and quarters and ctx.narrative.sentence(
            quarters[-1][0]) == ctx.narrative.sentence(ctx.start):
        # "a second-quarter profit ... last week, down from a year earlier": that quarter
        return Norm("DATE", f"{quarters[-1][1] - 1:04d}-Q{quarters[-1][2]}", mod, ref, 0.6)
    if year_back and ref == "narrative":  # "a year earlier" compares like with like
        d = shift(base, "Y", -1)
        value, used = at_unit(d, prec)
        return Norm("DATE", value, mod, ref, conf, placed=(d, used))
    if unit == "DE":
        unit, k = "Y", k * 10
    elif unit == "2W":  # "a fortnight ago": two weeks
        unit, k = "W", k * 2
    elif unit == "CE":
        unit, k = "Y", k * 100
    if way.day is not None and ref == "anchor":  # "a week from tomorrow", "a year ago today"
        base += timedelta(days=way.day)
    elif direction == "from" and g.get("weekday") and ref == "anchor":  # "a week from Friday"
        wd = int(lookup("weekdays", g["weekday"]) or 0)
        base = weekday_near(base, wd, "future", inclusive=False) if wd else base
    step_unit, step = unit, sign * k
    if (g.get("prehalf") or g.get("andhalf")) and unit in _HALF_STEP:
        step_unit, per = _HALF_STEP[unit]  # "two and a half years ago": thirty months back
        step = sign * round((n + 0.5) * per)
    d = shift(base, step_unit, step) if step_unit not in ("TH", "TM", "TS") else base
    if way.day is not None or direction == "from":  # "a week from today" names a day
        return Norm("DATE", d.isoformat(), mod, ref, conf, placed=(d, "D"))
    value, used = at_unit(d, _coarser(prec, unit))
    return Norm("DATE", value, mod, ref, conf, placed=(d, used))


ACTIONS = {
    "deictic": _deictic,
    "relunit": _relunit,
    "narrative": _narrative,
    "ago": _ago,
    "unit_edge_day": _unit_edge_day,
}
