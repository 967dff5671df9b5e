"""Expressions that count from an event: "a month after the summit", "the first day of the war".

The offset is told; the date it counts from is the event's. The event is dated when the phrase
itself carries a date ("three weeks after a fire on March 7", "the 2018 talks"), or when an
earlier sentence dated an event of that name ("The summit opened on 5 May 2022 ... a month
after the summit"). Otherwise the expression stays unplaced, its reference naming the event
(``event:the summit``), for the user to anchor: never the publication date plus the offset.
The words are data (``reference.txt``): the nouns that name events (kind ``event``), the words
that link an offset to its event (``event_link``: "after", "of"), determiners, and the words
that open a relative clause or end the phrase (``relative``, ``clause``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from timeline_app.core.model import Granularity, Interval, Mention, TimexType
from timeline_app.core.regex_cache import compile_cached
from timeline_app.core.regex_needs import first_class

from . import lexicon
from .dates import at_unit, shift
from .norm_bounds import point_span
from .values import interval_of

__all__ = ["EVENT", "UNIT_OF", "Hook", "Pending", "coarser", "dated_noun", "hook", "nouns_in",
           "hook_before", "noun_spans", "place", "settle", "shared_key"]

EVENT = "event:"
_PRECISION = ["D", "W", "M", "Q", "Y", "DE", "CE"]
UNIT_OF = {Granularity.DAY: "D", Granularity.WEEK: "W", Granularity.MONTH: "M",
           Granularity.SEASON: "Y", Granularity.QUARTER: "Q", Granularity.YEAR: "Y",
           Granularity.DECADE: "DE", Granularity.CENTURY: "CE"}
"""The precision unit (D, W, M...) of each granularity, as the narrative state counts."""


@cache
def _words(kind: str, lang: str) -> str:
    """A regex matching the words of ``kind`` in ``reference.txt`` (never matches if none)."""
    names = [w for w, k in lexicon.table("reference", lang).items() if k == kind]
    return lexicon.trie_regex(names) if names else r"(?!)"


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The event phrase, its relative clause and its clause end, in ``lang``'s words.

    The phrase after the offset: "after the summit", "of the war", "the vote" (after "the day
    after"), up to the end of the clause; "after the summit, which was held on 5 May 2022,":
    the date of the event in a relative clause.
    """
    link, det = _words("event_link", lang), _words("determiner", lang)
    relative, clause = _words("relative", lang), _words("clause", lang)
    phrase = re.compile(
        rf"\s+(?:(?:{link})\s+)?(?P<np>(?P<det>(?:{det})\s+[\"'\u201c\u00ab]?)?"
        r"[^\W\d\s][^,.;:!?()\n]{0,60})", re.IGNORECASE)
    rel = re.compile(rf",\s*(?:{relative})\b[^;.!?]{{0,80}}?,", re.IGNORECASE)
    cut = re.compile(rf"\s+(?:{clause}|{relative})\s", re.IGNORECASE)
    return phrase, rel, cut


@dataclass(frozen=True)
class Hook:
    """The event an expression hangs on: its phrase, its noun of event, where its date may be."""

    phrase: str
    noun: str | None
    lo: int
    hi: int
    determined: bool = True  # "the vote", not "Iraq invaded Kuwait"


@dataclass(frozen=True)
class Pending:
    """An offset to count from the date written inside its event phrase, once that is placed."""

    start: int
    sign: int
    count: int
    unit: str
    mod: str
    lo: int
    hi: int
    keep: bool = False  # keep the event's precision: "the 10th anniversary of the May 2013 floods"


def coarser(a: str, b: str) -> str:
    """The less precise of two precision units."""
    ia = _PRECISION.index(a) if a in _PRECISION else 0
    ib = _PRECISION.index(b) if b in _PRECISION else 0
    return _PRECISION[max(ia, ib)]


@cache
def _nouns(lang: str) -> re.Pattern[str]:
    """The nouns of events of ``lang`` as one pattern (a trie: one pass over the text).

    A particle of ``reference.txt`` may be glued to the noun ("정상회담은", "회담이"). Behind
    the word-start look-behind, a look-ahead for the nouns' first letters turns the other words
    away before the trie is tried (a sentence is read up to each date it holds: 0.067 against
    0.040 s for the 19,233 dates of bench_throughput's 3 MB).
    """
    body = rf"(?P<noun>{_words('event', lang)})(?:{_words('particle', lang)})?(?!\w)"
    first = first_class(body, re.IGNORECASE)
    return compile_cached(rf"(?<!\w){f'(?={first})' if first else ''}{body}", re.IGNORECASE)


@cache
def _lemmas(lang: str) -> dict[str, str]:
    """Each inflected noun of event -> the form it is known by.

    ``reference.txt``'s third column ("саммита  event  саммит"), so that "после саммита" finds
    the summit dated as "Саммит прошёл 5 мая".
    """
    return {row[0].lower(): row[2].lower() for row in lexicon.entries("reference", lang)
            if len(row) > 2 and row[1] == "event"}


@cache
def _shared(lang: str) -> dict[str, str]:
    """Each noun of event (and its lemma) -> the key it shares with the other languages.

    ``reference.txt``'s fourth column ("crue  event  crue  flood"): the story pass counts "un
    mois après la crue" from the day English pages give "the flood".
    """
    keys = {}
    for row in lexicon.entries("reference", lang):
        if len(row) > 3 and row[1] == "event":
            keys[row[0].lower()] = keys[row[2].lower()] = row[3].lower()
    return keys


def shared_key(noun: str) -> str:
    """The key ``noun`` (a lemma of :func:`nouns_in`) shares with the other languages' nouns.

    The noun itself when its row names none: "vote" in French and in English alike.
    """
    return _shared(lexicon.current()).get(noun, noun)


def _noun(m: re.Match[str]) -> str:
    word = m["noun"].lower()
    return _lemmas(lexicon.current()).get(word, word)


def nouns_in(text: str, lo: int = 0, hi: int | None = None) -> list[str]:
    """The nouns of events in ``text[lo:hi]``, lower-cased (their lemma), in order."""
    found = _nouns(lexicon.current()).finditer(text, lo, len(text) if hi is None else hi)
    return [_noun(m) for m in found]


def dated_noun(text: str, lo: int, start: int, end: int, hi: int) -> str | None:
    """The event a date at ``start:end`` dates, in its sentence ``text[lo:hi]``.

    The noun of event nearest before it ("the war began on 24 February 2022 after months of
    talks": the war), else the first after it ("on 5 May the summit opened").
    """
    before = nouns_in(text, lo, start)
    if before:
        return before[-1]
    after = _nouns(lexicon.current()).search(text, end, hi)
    return _noun(after) if after else None


def hook(text: str, end: int) -> Hook | None:
    """The event phrase right after an offset ending at ``end``, if one follows."""
    phrase, relative_clause, clause_end = _patterns(lexicon.current())
    m = phrase.match(text, end)
    if m is None:
        return None
    np, lo, hi = m["np"], m.start("np"), m.end("np")
    cut = clause_end.search(np)
    if cut:
        np, hi = np[:cut.start()], lo + cut.start()
    np = np.rstrip()
    nouns = nouns_in(np)
    relative = relative_clause.match(text, lo + len(np))
    if relative:
        hi = relative.end()
    return Hook(np, nouns[0] if nouns else None, lo, max(hi, lo + len(np)), m["det"] is not None)


def hook_before(text: str, start: int) -> Hook | None:
    """The event named right before an offset starting at ``start`` ("정상회담 한 달 후").

    The order of a language that puts the event first (a rule's ``event=before``).
    """
    lo = max(0, start - 40)
    last = None
    for m in _nouns(lexicon.current()).finditer(text, lo, start):
        last = m
    if last is None or text[last.end():start].strip():
        return None
    return Hook(last.group(0), _noun(last), last.start(), last.end())


def settle(out: list[Mention], pending: Sequence[Pending], anchor: date | None = None) -> None:
    """Place each pending offset from the date written in its event phrase, in ``out``.

    An anniversary that would fall more than a year after ``anchor`` was not counted from
    the event's date: "marked the 30th anniversary of the genocide last month" dates the
    marking, and the anniversary stays unplaced, hung on its event.
    """
    starts = [m.start for m in out]
    for p in pending:
        i = bisect.bisect_left(starts, p.start)
        if i >= len(out) or out[i].start != p.start:
            continue
        told = _first_placed(out, bisect.bisect_left(starts, p.lo), p.hi)
        if told is None or told.interval is None or told.granularity is None:
            continue
        prec = UNIT_OF[told.granularity]
        try:
            day = shift(told.interval.begin, p.unit, p.sign * p.count)
        except (ValueError, OverflowError):  # past the ends of the calendar: stays unplaced
            continue
        if p.keep and anchor is not None and day > shift(anchor, "Y", 1):
            continue
        value, _ = at_unit(day, prec if p.keep else coarser(prec, p.unit))
        gran, interval = interval_of(value, p.mod)
        span = point_span(p.mod, p.sign, told.interval.begin, p.count, p.unit)
        if span is not None:  # "more than two years after the 2018 talks": bounded
            interval = Interval(*span)
        if interval is None:
            continue
        out[i] = replace(out[i], type=TimexType.DATE, value=value, mod=p.mod,
                         granularity=gran, interval=interval, reference="narrative",
                         confidence=0.6)


def _first_placed(out: list[Mention], j: int, hi: int) -> Mention | None:
    """The first mention from ``out[j]`` on that starts before ``hi`` and has an interval."""
    for m in out[j:j + 8]:  # (an event phrase holds a few expressions at most)
        if m.start >= hi:
            return None
        if m.interval is not None and m.granularity in UNIT_OF:
            return m
    return None


def place(base: date, prec: str, sign: int, count: int, unit: str) -> tuple[str, date, str]:
    """(value, day, precision) ``count`` units after (``sign`` 1) or before ``base``."""
    day = shift(base, unit, sign * count)
    value, used = at_unit(day, coarser(prec, unit))
    return value, day, used


def noun_spans(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, lemma) of each noun of event in ``text[lo:hi]``, in order."""
    found = _nouns(lexicon.current()).finditer(text, lo, len(text) if hi is None else hi)
    return [(m.start(), m.end(), _noun(m)) for m in found]
