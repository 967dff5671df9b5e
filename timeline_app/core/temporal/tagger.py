"""The tagger driver: match the grammar, keep the best non-overlapping matches, normalize.

Normalization runs in text order so that the narrative state follows along; the result is a list
of :class:`Mention` objects sorted by offset.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, datetime

from timeline_app.core.model import Granularity, Mention, TimexType

from . import grammar
from .context import Narrative, sentence_starts
from .guards import GUARDS
from .norm_amounts import ACTIONS as AMOUNT_ACTIONS
from .norm_base import Norm
from .norm_dates import ACTIONS as DATE_ACTIONS
from .norm_periods import ACTIONS as PERIOD_ACTIONS
from .norm_relative import ACTIONS as RELATIVE_ACTIONS
from .resolve import Ctx
from .triggers import trigger_positions, windows
from .values import interval_of

__all__ = ["tag"]

ACTIONS = {**DATE_ACTIONS, **PERIOD_ACTIONS, **RELATIVE_ACTIONS, **AMOUNT_ACTIONS}
_UNIT_OF = {Granularity.DAY: "D", Granularity.WEEK: "W", Granularity.MONTH: "M",
            Granularity.SEASON: "Y", Granularity.QUARTER: "Q", Granularity.YEAR: "Y",
            Granularity.DECADE: "DE", Granularity.CENTURY: "CE"}
Candidate = tuple[int, int, grammar.Rule, re.Match[str]]
# What an expression becomes when its date falls outside the calendar Python can hold.
_UNPLACEABLE = {"DATE": Norm("DATE", "XXXX-XX-XX", reference="unresolved", confidence=0.1),
                "TIME": Norm("TIME", "XXXX-XX-XXTXX:XX", reference="unresolved", confidence=0.1)}


def _candidates(text: str, *, scan_all: bool = False) -> list[Candidate]:
    """Every match of every rule, each rule run only near its trigger words."""
    found: list[Candidate] = []
    low = text.lower()
    same = len(low) == len(text)  # lower-casing kept every offset (true but for rare scripts)
    scanned = low if same else text
    where = trigger_positions(text)
    size = len(text)
    cache: dict[tuple[tuple[str, ...], tuple[int, int]], list[tuple[int, int]]] = {}
    merged: dict[tuple[str, ...], list[int]] = {}
    for rule in grammar.rules():
        guard = GUARDS.get(rule.params.get("guard", ""))
        if scan_all or not rule.triggers:
            spans = [(0, size)]
        else:
            key = (rule.triggers, rule.reach)
            spans = cache.get(key)  # type: ignore[assignment]
            if spans is None:
                hits = merged.get(rule.triggers)
                if hits is None:  # one trigger's offsets come sorted; several are merged once
                    lists = [where[t] for t in rule.triggers if t in where]
                    hits = merged[rule.triggers] = (
                        lists[0] if len(lists) == 1 else sorted(p for ps in lists for p in ps))
                spans = cache[key] = windows(hits, size, *rule.reach)
        regex = rule.regex if same else rule.regex_icase
        for lo, hi in spans:
            for m in regex.finditer(scanned, lo, hi):
                s, e = m.span()
                if e <= s or not rule.cased(text, m):
                    continue
                if guard is not None and not guard(text, s, e):
                    continue
                found.append((s, e, rule, m))
    return found


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Longest match wins; among equals the earlier rule; then left to right."""
    starts: list[int] = []  # the taken spans never overlap: sorted starts, ends alike
    ends: list[int] = []
    chosen: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (c[0] - c[1], c[2].order, c[0])):
        s, e = cand[0], cand[1]
        i = bisect_right(starts, s)
        if (i > 0 and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.append(cand)
    chosen.sort(key=lambda c: c[0])
    return chosen


_NEWS_RULES = frozenset({"deictic_day", "deictic_part", "weekday", "weekday_part", "relunit",
                         "weekday_rel", "time_clock"})
_HISTORY_GAP_YEARS = 5
_POINT_BEFORE = re.compile(r"\b(?:in|during|of|by)\s+$", re.IGNORECASE)
_NAMED_QUARTER = frozenset({"quarter", "quarter_q"})


def _is_narrative(chosen: list[Candidate], anchor: date | None) -> bool:
    """History rather than news: explicit years well before the anchor outnumber news signals.

    Without an anchor every explicit year counts, and any news signal (a weekday, "yesterday")
    that they do not outnumber twice over makes the text news: its years say nothing then
    about the year of a bare "late June".
    """
    news = history = 0
    for _, _, rule, m in chosen:
        if rule.id in _NEWS_RULES and rule.id != "time_clock" and m.group(0).lower() != "today":
            news += 1  # history tells clock times too, and what stands "today"
        year = m.groupdict().get("year")
        if year and (anchor is None or int(year) < anchor.year - _HISTORY_GAP_YEARS):
            history += 1
    if anchor is None:
        return news == 0 or history > 2 * news
    return (history >= 3 and history > 2 * news) or (history >= 2 and news == 0)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_FINE_VALUE = re.compile(r"\d{4}-")
_BC_YEAR = re.compile(r"BC(\d{4})")
# A year in the name of an event ("the Louisiana Purchase of 1803") does not move the story.
_NAMED_OF = re.compile(r"\b[A-Z][a-z]+\s+of\s+$")
_RANGE_LINK = re.compile(r"\s*(?:[-\u2013]|to|and|until|till|through)\s*", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+(?:\w+\s+)?$", re.IGNORECASE)


# "It had crossed the river on 2 May": a look back from the story's day, in the pluperfect.
_PLUPERFECT = re.compile(
    r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)\bhad\s+(?:(?:not|never|already|first|been)\s+)?"
    r"[a-z]+(?:ed|en|wn|ght|un|ung|ook)\b"
)


def _flashback(text: str, s: int, e: int, mention: Mention, narrative: Narrative) -> bool:
    """True for a date told in the pluperfect before the story's latest day: it is a look back.

    "On 5 May the army attacked. It had crossed the river on 2 May. The next day ..." is 6 May.
    In a relative clause ("the emperor, who had seized the throne in 1402, ordered the fleet
    built the following year") the earlier date is what the sentence goes on from.
    """
    if mention.interval is None or not narrative.dates or not narrative.narrative_mode:
        return False
    latest = narrative.dates[-1][2]
    if mention.interval.end > latest:
        return False
    sent = narrative.sentence(s)
    lo = max(narrative.starts[sent], s - 60)
    hi = narrative.starts[sent + 1] if sent + 1 < len(narrative.starts) else len(text)
    clause = text[lo:min(hi, e + 40)]
    return _PLUPERFECT.search(clause) is not None


def _years_ahead(chosen: list[Candidate]) -> list[tuple[int, int]]:
    """(offset, year) of every explicit four-digit year the grammar matched, in text order."""
    out = []
    for s, _, _, m in chosen:
        year = m.groupdict().get("year")
        if year and len(year) == 4:
            out.append((s, int(year)))
    return out


def _range_end_after_year(text: str, out: list[Mention], s: int) -> bool:
    """True at the end of "from May 1804 to September 1806": the story starts at the start."""
    if not out:
        return False
    prev = out[-1]
    return (_RANGE_LINK.fullmatch(text, prev.end, s) is not None
            and _RANGE_OPEN.search(text, max(0, prev.start - 24), prev.start) is not None
            and re.search(r"\d{4}", prev.text) is not None)


def _anchor_date(anchor: date | datetime | None) -> date | None:
    if isinstance(anchor, datetime):
        return anchor.date()
    return anchor


def _mention(text: str, s: int, e: int, rule: grammar.Rule, norm: Norm) -> Mention:
    gran, interval = (None, None)
    if norm.type in ("DATE", "TIME"):
        gran, interval = interval_of(norm.value, norm.mod)
    return Mention(start=s, end=e, text=text[s:e], type=TimexType(norm.type), value=norm.value,
                   mod=norm.mod, granularity=gran, interval=interval, rule=rule.id,
                   reference=norm.reference, confidence=round(norm.confidence, 2))


def tag(text: str, anchor: date | datetime | None, *, prefer: str = "past") -> list[Mention]:
    """Temporal expressions of ``text``, normalized against ``anchor`` (the publication date).

    ``anchor=None`` still finds everything, but relative expressions stay underspecified.
    ``prefer`` ("past"/"future") settles references that neither tense nor context decide.
    """
    if prefer not in ("past", "future"):
        raise ValueError(f"prefer must be 'past' or 'future', not {prefer!r}")
    a = _anchor_date(anchor)
    chosen = _select(_candidates(text))
    narrative = Narrative(sentence_starts(text), document_mode=_is_narrative(chosen, a),
                          anchor_year=a.year if a else None, text=text,
                          ahead=_years_ahead(chosen))
    out: list[Mention] = []
    skip_year = False
    for s, e, rule, m in chosen:
        narrative.at = s
        skip_year = _range_end_after_year(text, out, s)
        groups = {name: (text[m.start(name):m.end(name)] if m.start(name) >= 0 else None)
                  for name in m.re.groupindex}  # the original spelling, not the lower-cased
        try:
            norm = ACTIONS[rule.action](groups, rule.params, Ctx(text, s, e, a, prefer, narrative))
        except (ValueError, OverflowError):  # arithmetic past year 1 or 9999 ("next year" in 9999)
            norm = _UNPLACEABLE.get(rule.type)
        if norm is None:
            continue
        if norm.span is not None:
            s, e = norm.span
        mention = _mention(text, s, e, rule, norm)
        out.append(mention)
        if rule.id in _NEWS_RULES and norm.reference == "anchor":
            narrative.note_news(s)
        elif norm.reference == "narrative":
            narrative.note_story(s)
            if mention.interval is not None:  # "April 6" placed in 1862 is an old date too
                narrative.note_old_date(s, mention.interval.begin.year)
        bc = _BC_YEAR.fullmatch(norm.value)
        if bc:
            narrative.note_bc(s, int(bc.group(1)))
        named = rule.id == "year" and _NAMED_OF.search(text, max(0, s - 30), s) is not None
        if norm.aside or skip_year or named or _flashback(text, s, e, mention, narrative):
            # "from 1804 to 1806": the story is in 1804; "the Purchase of 1803" is a name; "the
            # day before" looks back: none of them moves the story on
            continue
        if norm.explicit_year is not None:
            point = rule.id != "year" or bool(_POINT_BEFORE.search(text[max(0, s - 12):s]))
            if _THE_BEFORE.search(text, max(0, s - 5), s):
                point = False  # "the Dec. 21, 1988, bombing", "the 1906 earthquake": a name
            fine = rule.id not in _NAMED_QUARTER and bool(_FINE_VALUE.match(norm.value))
            narrative.note_year(s, norm.explicit_year, point=point, fine=fine)
        if rule.id in _NAMED_QUARTER and "year-" not in mention.text.lower():
            narrative.note_quarter(s, norm.value)
        if norm.placed is not None:
            narrative.note_date(s, norm.value, *norm.placed)
        elif mention.interval is not None and mention.granularity is not None:
            narrative.note_date(s, norm.value, mention.interval.begin,
                                _UNIT_OF[mention.granularity])
    return out
