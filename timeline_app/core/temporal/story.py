"""What each placed expression tells the narrative state: is the text history, where is the story.

The driver (:mod:`.tagger`) normalizes expressions in text order; after each one, :func:`remember`
updates the :class:`~.context.Narrative` so that later expressions resolve from the story:
explicit years and dates move it on; a range end, a year in an event's name, a look back ("the
day before", a pluperfect flashback) do not; expressions placed against the anchor mark news.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from timeline_app.core.model import Mention

from . import event_anchor, governing, grammar, lexicon
from .context import Narrative
from .cues import pattern as cue
from .grammar import Rule
from .norm_base import Norm
from .recognition import Match

__all__ = ["is_narrative", "remember", "years_ahead"]

_UNIT_OF = event_anchor.UNIT_OF
_NEWS_ACTIONS = frozenset({"deictic", "weekday", "relunit"})
_CLOCK_RULE = "time_clock"
"""A clock time told against the anchor ("7:15 p.m."): it places the news, but history tells
clock times too, so it is no sign that the text is news."""
_BARE_YEAR = frozenset({"year", "year_bare"})  # the rules of a year alone, in every folder
_HISTORY_GAP_YEARS = 5


@cache
def _news_rules(lang: str) -> frozenset[str]:
    """The rules of ``lang`` whose matches tell the news' own time ("yesterday", "last week").

    Those whose action is one of ``_NEWS_ACTIONS``, whatever the folder names them.
    """
    return frozenset(r.id for r in grammar.rules(lang) if r.action in _NEWS_ACTIONS)


@cache
def _today_rules(lang: str) -> frozenset[str]:
    """The rules of ``lang`` that name the day of writing by their own word ("heute", "오늘")."""
    return frozenset(r.id for r in grammar.rules(lang) if r.params.get("deixis") == "today")


def _says_today(m: Match) -> bool:
    """"today" alone, in any language: history tells what stands today too, so it is no news.

    A rule names its deixis either as a group (English "yesterday|today|tomorrow") or as a
    parameter (``deixis=today``); a modifier or a part of the day ("early today", "heute
    Abend") makes the match a news time again.
    """
    word = (m.group("deixis") or "").lower()
    if not word and m.rule in _today_rules(lexicon.current()):
        word = "today"
    return word == "today" and not (m.group("mod") or m.group("part"))


_NAMED_QUARTER = frozenset({"quarter", "quarter_q"})


def is_narrative(chosen: Sequence[Match], text: str, anchor: date | None) -> bool:
    """History rather than news: explicit years well before the anchor outnumber news signals.

    Without an anchor every explicit year counts, and any news signal (a weekday, "yesterday")
    that they do not outnumber twice over makes the text news: its years say nothing then
    about the year of a bare "late June".
    """
    news = history = 0
    for m in chosen:
        if m.rule in _news_rules(lexicon.current()) and not _says_today(m):
            news += 1
        year = m.group("year")
        if year and (anchor is None or int(year) < anchor.year - _HISTORY_GAP_YEARS):
            history += 1
    if anchor is None:
        return news == 0 or history > 2 * news
    return (history >= 3 and history > 2 * news) or (history >= 2 and news == 0)


_FINE_VALUE = re.compile(r"\d{4}-")
_BC_YEAR = re.compile(r"BC(\d{4})(?:-(\d\d))?(?:-\d\d)?(?:-(?:SP|SU|FA|WI))?")  # "August 331 BC"


def _flashback(text: str, s: int, e: int, mention: Mention, narrative: Narrative) -> bool:
    """True for a date told in the pluperfect before the story's latest day: it is a look back.

    "On 5 May the army attacked. It had crossed the river on 2 May. The next day ..." is 6 May.
    In a relative clause ("the emperor, who had seized the throne in 1402, ordered the fleet
    built the following year") the earlier date is what the sentence goes on from.
    """
    if mention.interval is None or not narrative.dates \
            or mention.interval.end > narrative.dates[-1][2] or not narrative.narrative_mode:
        return False  # (the cheap tests first: the mode reads the story so far)
    key = ("pluperfect", s, e)  # the words alone: once per text (text_memo)
    if key not in narrative.memo:
        sent = narrative.sentence(s)
        lo = max(narrative.starts[sent], s - 60)
        hi = narrative.starts[sent + 1] if sent + 1 < len(narrative.starts) else len(text)
        clause = text[lo:min(hi, e + 40)]
        narrative.memo[key] = cue("pluperfect").search(clause) is not None
    return narrative.memo[key]


def _within_look_back(mention: Mention, narrative: Narrative) -> bool:
    """A date told in the sentence of a look back, before the story's latest day.

    It goes on with the look back ("had rejected it in October 1831, and riots broke out later
    that month"), not with the story.
    """
    return (mention.interval is not None and bool(narrative.dates)
            and narrative.look_back_in_sentence(mention.start) is not None
            and mention.interval.end <= narrative.dates[-1][2])


# Background told about a person or thing, not the time of the story: "born on 3 March 1950",
# "the mayor, who took office on 3 May 1990, resigned", "(3 March 1950 - 4 May 2020)"; the
# words of these checks are ``cues.txt`` (story_cues.py).
_ASIDE_CLOSE = re.compile(r"[^,;()]*?[,)]\s*[\w(]")
_BRACKET_OPEN = re.compile(r"[(\[][^()\[\]]*$")  # "(excavated in 1998)", "[1998]"
_BRACKET_CLOSE = re.compile(r"[^()\[\]]*[)\]]")


def _background(text: str, s: int, e: int, narrative: Narrative) -> bool:
    """True for a date told as background: a birth or death, an aside in commas or brackets.

    Such a date says when someone was born or a thing was built, not when the story is: in
    news the bare months and weekdays after it keep the publication date, in history the
    story's year. (Read off the words and the text's mode alone: once per text and mode.)
    """
    key = ("background", s, e, narrative.document_mode)
    if key not in narrative.memo:
        narrative.memo[key] = _read_background(text, s, e, narrative)
    return narrative.memo[key]


def _read_background(text: str, s: int, e: int, narrative: Narrative) -> bool:
    lo = narrative.starts[narrative.sentence(s)]
    if (cue("opening_aside").fullmatch(text, lo, s) is not None  # "Founded in 2010, the chain"
            and _ASIDE_CLOSE.match(text, e, e + 80) is not None):
        return True
    if narrative.document_mode:  # history: a bracket ("(published in 2015)"), a short aside
        if (_BRACKET_OPEN.search(text, max(0, s - 80), s) is not None
                and _BRACKET_CLOSE.match(text, e, e + 80) is not None):
            return True
        lo = narrative.starts[narrative.sentence(s)]
        aside = cue("story_aside_open").search(text, max(lo, s - 40), s)
        # (an aside on a happening dates the story itself: "the battle of Tres Cruces, fought
        # on 3 May 1862, ..."; on a thing it is background: "its flagship, rebuilt in 1520,")
        if (aside is not None and _ASIDE_CLOSE.match(text, e, e + 80) is not None
                and not event_anchor.nouns_in(text, max(lo, aside.start() - 40), aside.start())):
            return True
        return _far_relative_aside(text, s, e, lo, narrative)
    if cue("background_cue").search(text, max(0, s - 16), s):
        return True
    lo = narrative.starts[narrative.sentence(s)]
    return (cue("aside_open").search(text, max(lo, s - 80), s) is not None
            and _ASIDE_CLOSE.match(text, e, e + 80) is not None)


_CLAUSE_CLOSE = re.compile(r"[^,;()]*?(?:[,)]\s*[\w(]|[.;](?:\s|$))")
_YEAR_IN = re.compile(r"\d{3,4}")


def _far_relative_aside(text: str, s: int, e: int, lo: int, narrative: Narrative) -> bool:
    """True for a year in a relative clause on a thing, far from the story's year.

    "a cemetery on the field, which became a national park in 1895." in a story of 1863: a
    later fate of the thing, no step of the story ("Richmond, which it reached in May 1862,"
    in the same story's years is one; so is an aside on a happening: "the battle, which...").
    """
    aside = cue("aside_open").search(text, max(lo, s - 80), s)
    year = _YEAR_IN.search(text, s, e)
    if (aside is None or year is None or not narrative.dates
            or _CLAUSE_CLOSE.match(text, e, e + 80) is None
            or event_anchor.nouns_in(text, max(lo, aside.start() - 40), aside.start())):
        return False
    return abs(int(year.group()) - narrative.dates[-1][2].year) > _HISTORY_GAP_YEARS


def years_ahead(chosen: Sequence[Match]) -> list[tuple[int, int, bool]]:
    """(offset, year, month named) of every explicit four-digit year matched, in text order."""
    out = []
    for m in chosen:
        year = m.group("year")
        if year and len(year) == 4:
            out.append((m.start, int(year), bool(m.group("month"))))
    return out


def _range_end_after_year(text: str, prev: Mention | None, s: int, memo: dict) -> bool:
    """True at the end of "from May 1804 to September 1806": the story starts at the start."""
    if prev is None:
        return False
    key = ("range_end", prev.start, prev.end, s)  # the words alone: once per text (text_memo)
    if key not in memo:
        memo[key] = (cue("range_link").fullmatch(text, prev.end, s) is not None
                     and cue("range_open").search(text, max(0, prev.start - 24),
                                                  prev.start) is not None
                     and re.search(r"\d{4}", prev.text) is not None)
    return memo[key]


def _named_year(memo: dict, text: str, rule: Rule, s: int) -> bool:
    """True for a bare year that names a thing: "the Purchase of 1803" (once per text)."""
    if rule.id not in _BARE_YEAR:
        return False
    key = ("named", s)
    found = memo.get(key)
    if found is None:
        found = memo[key] = cue("named_of").search(text, max(0, s - 30), s) is not None
    return found


def _words_before(memo: dict, text: str, rule: Rule, s: int) -> tuple[bool, bool, bool]:
    """The words before an explicit year: a point word, "the", a bound?

    "in 1803", "the 1906 earthquake", "since April 1985". Read only where an explicit year is
    noted, once per text (text_memo).
    """
    key = ("before", rule.id, s)
    found = memo.get(key)
    if found is None:
        found = memo[key] = (
            rule.id in _BARE_YEAR and bool(cue("point_before").search(text[max(0, s - 12):s])),
            cue("the_before").search(text, max(0, s - 5), s) is not None,
            governing.after_bound(text, s))
    return found


def remember(narrative: Narrative, text: str, rule: Rule, norm: Norm, mention: Mention,
             previous: Mention | None) -> None:
    """Update ``narrative`` with what the just placed ``mention`` tells about the story."""
    s, e = mention.start, mention.end
    if (rule.id in _news_rules(lexicon.current()) or rule.id == _CLOCK_RULE) \
            and norm.reference == "anchor":
        narrative.note_news(s)
    elif norm.reference == "narrative":
        narrative.note_story(s)
        if mention.interval is not None:  # "April 6" placed in 1862 is an old date too
            narrative.note_old_date(s, mention.interval.begin.year)
    bc = _BC_YEAR.fullmatch(norm.value) if "BC" in norm.value else None
    if bc:
        narrative.note_bc(s, int(bc.group(1)), int(bc.group(2)) if bc.group(2) else None)
    named = _named_year(narrative.memo, text, rule, s)
    range_end = _range_end_after_year(text, previous, s, narrative.memo)
    if range_end:  # "the war lasted from 1939 to 1945": the war's end, if not the story's
        _note_event(narrative, text, norm, mention, s, e)
    if (norm.aside or named or range_end or _flashback(text, s, e, mention, narrative)
            or _within_look_back(mention, narrative)):
        # "from 1804 to 1806": the story is in 1804; "the Purchase of 1803" is a name; "the
        # day before" looks back: none of them moves the story on
        if not (norm.aside or named or range_end) and mention.interval is not None \
                and mention.granularity in _UNIT_OF:
            narrative.look_back = (s, norm.value, mention.interval.begin,
                                   _UNIT_OF[mention.granularity])
        return
    if narrative.document_mode and (
            _background(text, s, e, narrative)
            or governing.side_year(text, s, e, rule.id in _BARE_YEAR)):
        return  # history: an aside, a bound or a name is no date of the story
    if norm.explicit_year is not None and not _background(text, s, e, narrative):
        point_word, the_before, bound = _words_before(narrative.memo, text, rule, s)
        point = (rule.id not in _BARE_YEAR or point_word) and not bound
        if the_before:
            point = False  # "the Dec. 21, 1988, bombing", "the 1906 earthquake": a name
        fine = rule.id not in _NAMED_QUARTER and bool(_FINE_VALUE.match(norm.value))
        narrative.note_year(s, norm.explicit_year, point=point, fine=fine)
    if rule.id in _NAMED_QUARTER and "year-" not in mention.text.lower():
        narrative.note_quarter(s, norm.value)
    if norm.placed is not None:
        narrative.note_date(s, norm.value, *norm.placed)
    elif mention.interval is not None and mention.granularity is not None:
        narrative.note_date(s, norm.value, mention.interval.begin, _UNIT_OF[mention.granularity])
    _note_event(narrative, text, norm, mention, s, e)


def _note_event(narrative: Narrative, text: str, norm: Norm, mention: Mention, s: int,
                e: int) -> None:
    """"The summit opened on 5 May 2022": the summit happened then.

    Not a clock time put on the page's day for want of a day written ("came in at 4 p.m.").
    """
    if (norm.reference in ("absolute", "anchor") and mention.interval is not None
            and mention.granularity in _UNIT_OF and s not in narrative.defaulted):
        sent = narrative.sentence(s)
        key = ("noun", s, e)  # the words alone: once per text (text_memo)
        if key not in narrative.memo:
            hi = narrative.starts[sent + 1] if sent + 1 < len(narrative.starts) else len(text)
            narrative.memo[key] = event_anchor.dated_noun(text, narrative.starts[sent], s, e, hi)
        noun = narrative.memo[key]
        if noun is not None:
            narrative.note_events([noun], mention.interval.begin, _UNIT_OF[mention.granularity],
                                  sent)
