"""Offsets from a happening that another article of the story dates: "a month after the flood".

:mod:`~timeline_app.core.temporal.event_anchor` dates "a month after the flood" only when the same
text dated the flood; otherwise the offset stays unplaced (reference ``event:the flood``) or, told
beside a date of its own ("on Tuesday, a month after the flood"), a length. In a story the other
articles often date the happening. Once the anchors are set and the events exist, this pass reads
the story's dated reports of each event noun (a date whose sentence dates that noun, in any
language: nouns meet through the key ``reference.txt`` gives them, "crue" and "flood"; never a
sentence that counts from it), takes the day most articles give (ties: the
earliest), and counts the offset from it with event_anchor's maths. Such a value is marked
story-derived (reference ``story:event:<phrase>``), and a date the article settled itself is never
replaced. Its result depends on the set of articles only, not on their order.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from timeline_app.core.events.build import build_events
from timeline_app.core.model import ArticleAnalysis, Mention, TimexType
from timeline_app.core.temporal import event_anchor, grammar, lexicon, offset_words
from timeline_app.core.temporal.values import interval_of

__all__ = ["STORY", "Offset", "pending_offset", "placed_from_story"]

STORY = "story:"
"""Prefix of the reference of a value counted from a date other articles of the story give."""

_LENGTH = re.compile(r"P(\d{1,4})([DWMY])")
_LINKED = frozenset({"after", "before"})  # offset_words' codes of a count from an event
_LINKED_AFTER_EVENT = _LINKED | {"later", "earlier", "ago"}  # "회담 한 달 후": the event first
_AHEAD = 160
_FINER = ("D", "W", "M", "Q", "Y", "DE", "CE")
_AFTER, _BEFORE = 4, 1
_BREAK = re.compile(r"[,;:.!?()\[\]\n\u2014\u2013]")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Offset:
    """An offset the text counts from an event it does not date: ``count`` ``unit`` (signed)."""

    noun: str
    phrase: str
    sign: int
    count: int
    unit: str


def _groups(mention: Mention, text: str, lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """The named groups and parameters of the rule that matched ``mention``, read again.

    (On the expression and what follows it: a rule looks ahead a few words at most.)
    """
    rule = grammar.rules_by_id(lang).get(mention.rule)
    if rule is None:
        return {}, {}
    window = text[mention.start:mention.end + _AHEAD]
    lowered = window.lower()
    m = (rule.regex.match(lowered) if len(lowered) == len(window)
         else rule.regex_icase.match(window))
    groups = {k: v for k, v in m.groupdict().items() if v} if m else {}
    return groups, rule.params


def pending_offset(mention: Mention, text: str, lang: str) -> Offset | None:
    """The event offset ``mention`` leaves to be dated, if it is one (inside ``speaking(lang)``).

    An unplaced day hung on an event ("the day after the levee broke": ``event:`` reference), or
    a length linked by "after"/"before" to an event noun ("a month after the flood"), or named
    right before it where the language puts the event first ("홍수 한 달 후").
    """
    if mention.mod:
        return None
    hung = mention.reference.startswith(event_anchor.EVENT) and mention.interval is None
    length = _LENGTH.fullmatch(mention.value) if mention.type is TimexType.DURATION else None
    if not (length or (hung and mention.type is TimexType.DATE)):
        return None
    groups, params = _groups(mention, text, lang)
    way = offset_words.direction(groups, params, default=None)  # the language's offsets.txt
    if params.get("event") == "before":  # the event first, the offset's own word after it
        hook = event_anchor.hook_before(text, mention.start)
        linked = _LINKED_AFTER_EVENT
    else:
        hook = event_anchor.hook(text, mention.end)
        linked = _LINKED
        if hook is not None and length and not text[mention.end:hook.lo].strip():
            return None  # a length needs its link: "a month after"; "the day after" holds it
    sign = way.sign if way is not None and way.code in linked else None
    if hook is None or hook.noun is None or sign is None:
        return None
    key = event_anchor.shared_key(hook.noun)
    if length:
        return Offset(key, hook.phrase, sign, int(length[1]), length[2])
    unit = params.get("unit")
    if unit not in ("D", "W", "M", "Y") or groups.get("unit"):
        return None  # the length is in words the rule read and did not keep: not guessed
    return Offset(key, hook.phrase, sign, 1, unit)


def _counts_from(mention: Mention, text: str, noun: str) -> bool:
    """True when ``mention`` counts from the event ``noun`` ("a day before the vote")."""
    if mention.type is not TimexType.DURATION and not mention.reference.startswith(
            (event_anchor.EVENT, "narrative", STORY)):
        return False
    hook = event_anchor.hook(text, mention.end)
    return hook is not None and hook.noun is not None and \
        event_anchor.shared_key(hook.noun) == noun and (
        mention.type is not TimexType.DURATION or bool(text[mention.end:hook.lo].strip()))


def _next_to(text: str, noun: tuple[int, int, str], mention: Mention) -> bool:
    """True when the date stands in the noun's phrase.

    After it, up to ``_AFTER`` words on ("the flood on Saturday", "the flood night of 10
    October", "the flood that hit the town earlier this month"), or right before it ("the 2016
    flood", "Saturday's flood"), with no punctuation between: not "flood victims marched to the
    town hall on Friday", nor "the levee, built in 2016, was the largest flood defence".
    """
    lo, hi, _ = noun
    if mention.start >= hi:
        gap, most = text[hi:mention.start], _AFTER
    elif mention.end <= lo:
        gap, most = text[mention.end:lo], _BEFORE
    else:
        return False
    return not _BREAK.search(gap) and len(_WORD.findall(gap)) <= most


def _reports(analysis: ArticleAnalysis, nouns: set[str]) -> Iterable[tuple[str, date, date, str]]:
    """(noun's key, first day, end, precision) of each date of ``analysis`` in a noun's phrase.

    Inside ``speaking`` the article's language.
    """
    text, mentions = analysis.article.text, analysis.mentions
    starts = [x.start for x in mentions]  # (sorted by offset, as the tagger gives them)
    for event in analysis.events:
        m = event.mention
        if m.reference.startswith(STORY) or m.granularity not in event_anchor.UNIT_OF:
            continue
        lo, hi = event.sentence_start, event.sentence_end
        near = [n for n in event_anchor.noun_spans(text, lo, hi)
                if event_anchor.shared_key(n[2]) in nouns and _next_to(text, n, m)]
        if not near:
            continue
        noun = event_anchor.shared_key(near[0][2])
        inside = mentions[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
        if any(_counts_from(x, text, noun) for x in inside):
            continue  # "reopened on 10 November, a month after the flood": not the flood's day
        yield noun, event.interval.begin, event.interval.end, event_anchor.UNIT_OF[m.granularity]


_Told = dict[tuple[date, date, str], set[str]]
"""(first day, end, precision) -> the ids of the articles that date an event so."""


def _dates(analyses: Sequence[ArticleAnalysis], nouns: set[str]) -> dict[str, _Told]:
    """Each noun's dates in the articles, each read in its own language."""
    found: dict[str, _Told] = defaultdict(lambda: defaultdict(set))
    for analysis in analyses:
        with lexicon.speaking(_language(analysis)):
            for noun, begin, end, unit in _reports(analysis, nouns):
                found[noun][begin, end, unit].add(analysis.article.id)
    return found


def _chosen(told: _Told, skip: str) -> tuple[date, str] | None:
    """The date most other articles agree with (ties: the finer, then the earliest).

    An article that dates the event coarser ("earlier this month") agrees with every day
    inside its span.
    """
    votes = []
    for begin, end, unit in told:
        ids: set[str] = set()
        for (b, e, _), who in told.items():
            if b <= begin and end <= e:
                ids |= who
        ids.discard(skip)
        if ids and told[begin, end, unit] - {skip}:
            votes.append((-len(ids), _FINER.index(unit), begin, unit))
    if not votes:
        return None
    _, _, day, unit = min(votes)
    return day, unit


def _language(analysis: ArticleAnalysis) -> str:
    return lexicon.grammar_language(analysis.article.lang or None)


def placed_from_story(analyses: list[ArticleAnalysis]) -> list[ArticleAnalysis]:
    """The analyses, their event offsets placed from the story's dates of those events.

    An article with none to place is returned as it was (the same object), and the list itself
    when none is placed.
    """
    todo: dict[str, list[tuple[int, Offset]]] = {}
    for analysis in analyses:
        lang, text = _language(analysis), analysis.article.text
        with lexicon.speaking(lang):
            found = [(i, o) for i, m in enumerate(analysis.mentions)
                     if (o := pending_offset(m, text, lang)) is not None]
        if found:
            todo[analysis.article.id] = found
    if not todo:
        return analyses
    nouns = {o.noun for found in todo.values() for _, o in found}
    told = _dates(analyses, nouns)
    out = [_placed(a, todo[a.article.id], told) if a.article.id in todo else a
           for a in analyses]
    return analyses if all(a is b for a, b in zip(out, analyses, strict=True)) else out


def _placed(analysis: ArticleAnalysis, offsets: list[tuple[int, Offset]],
            told: dict[str, _Told]) -> ArticleAnalysis:
    mentions = list(analysis.mentions)
    for i, offset in offsets:
        base = _chosen(told.get(offset.noun, {}), analysis.article.id)
        if base is None:
            continue
        try:
            value, _, _ = event_anchor.place(base[0], base[1], offset.sign, offset.count,
                                             offset.unit)
        except (ValueError, OverflowError):  # past the ends of the calendar: stays as it was
            continue
        gran, interval = interval_of(value, "")
        if interval is None:
            continue
        beside = _told_beside(analysis, mentions, i)
        if beside is not None and beside.interval is not None and interval.contains(
                beside.interval.begin) and beside.interval.days < interval.days:
            value, gran, interval = beside.value, beside.granularity, beside.interval  # confirmed
        mentions[i] = replace(mentions[i], type=TimexType.DATE, value=value, mod="",
                              granularity=gran, interval=interval, confidence=0.5,
                              reference=STORY + event_anchor.EVENT + offset.phrase)
    if mentions == analysis.mentions:
        return analysis
    article = analysis.article
    return ArticleAnalysis(article, analysis.anchor, mentions, build_events(article, mentions))


_BESIDE = re.compile(r"\w\s*,\s*(?:\w+\s+){0,2}$")


def _told_beside(analysis: ArticleAnalysis, mentions: list[Mention], i: int) -> Mention | None:
    """The date the clause before a comma tells, when the offset stands beside it.

    "went back on Tuesday, a month after the flood": the offset and "Tuesday" are one time, so
    the story's count (a month: November) is told to the day by the clause it confirms.
    """
    if i == 0:
        return None
    text, here, told = analysis.article.text, mentions[i], mentions[i - 1]
    between = text[told.end:here.start]
    if (told.interval is None or told.granularity not in event_anchor.UNIT_OF
            or told.reference.startswith(STORY) or len(between) > 24
            or not _BESIDE.search(text[max(0, told.end - 1):here.start])):
        return None
    return told
