"""One article's two reports of one day that tell one class of deed: one happening told again.

A wire tells its happening, then how it went on, the same day in other words: "A fire broke out
at the plant on Tuesday evening" ... "Firefighters were still pouring foam on two storage tanks
near midnight". Wording alone keeps the two apart, and each then joins another source's report
first, so that the two clusters may never meet (a cluster holds one happening per article).

Two reports are one happening told again when, of all the reports their article gives one day,
they are the only two that tell a class of deed (:mod:`.deeds`), neither names an actor the
other does not (the minister who met the president and then the foreign minister that Tuesday
met two people), and they share a sentence or the later says the happening goes on ("still",
"until") and none says it is another ("also", "another": a barn set alight, then "a fire also
destroyed the boathouse"; ``resources/reconcile/told_again_words.txt``).
So is a report that says only who is where that day ("The minister is in
Harnsby today"), naming her and telling no deed, with the reports of that day in the next
sentence when its subject is a pronoun ("This morning she met the families ... and she will
visit the plant this afternoon"; ``resources/reconcile/subject_pronouns.txt``).

The rules read the two events and their article only, and make at most one pair per class and
day of an article, or per report of the sentence after a frame: the single-text path
(:mod:`.lone_article`) and the cross-source stage (:func:`.clustering.scored_pairs`) both add
these pairs, as said twice.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from functools import cache

import numpy as np

from timeline_app.core.model import Event
from timeline_app.core.reconcile.coarse_reports import coarse
from timeline_app.core.reconcile.deeds import deed_classes
from timeline_app.core.reconcile.lone_days import actors
from timeline_app.core.reconcile.signatures import EventText, dateline_end, plain_stems
from timeline_app.core.resources import read_text

__all__ = ["told_again", "with_told_again"]


def told_again(events: list[Event], texts: Mapping[str, EventText]
               ) -> tuple[np.ndarray, np.ndarray]:
    """Pairs ``(i, j)``, ``i < j``, of ``events`` that tell one happening again on its day."""
    tellers: dict[tuple[str, object, str], list[int]] = defaultdict(list)
    for k, e in enumerate(events):
        if e.interval.days > 1 or not texts[e.event_id].stems:
            continue  # a day only; a fragment (a dateline's date) says nothing
        for deed in sorted(deed_classes(e.sentence[dateline_end(e.sentence):])):
            tellers[(e.article_id, e.interval, deed)].append(k)
    pairs = _goes_on(events, texts)
    for found in tellers.values():
        if len(found) != 2:
            continue
        first, later = sorted(found, key=lambda k: events[k].mention.start)
        a = actors(events[first], texts[events[first].event_id])
        b = actors(events[later], texts[events[later].event_id])
        said = events[later].sentence
        goes_on = (events[first].sentence_start == events[later].sentence_start
                   or _words("on").search(said) is not None)
        if (a <= b or b <= a) and goes_on and _words("another").search(said) is None:
            pairs.add((min(found), max(found)))
    pairs |= _coarse_again(events, texts)
    ordered = sorted(pairs)
    return (np.fromiter((i for i, _ in ordered), np.int64, len(ordered)),
            np.fromiter((j for _, j in ordered), np.int64, len(ordered)))


@cache
def _words(section: str) -> re.Pattern[str]:
    """The words of a section of ``told_again_words.txt``, as one whole-word pattern."""
    for line in read_text("reconcile", "told_again_words.txt").splitlines():
        name, _, words = line.partition(":")
        if name.strip() == section and not line.startswith("#"):
            forms = sorted((w.strip() for w in words.split(",") if w.strip()), key=len,
                           reverse=True)
            alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
            return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)
    raise KeyError(section)


def _coarse_again(events: list[Event], texts: Mapping[str, EventText]) -> set[tuple[int, int]]:
    """Pairs of a week's or month's report and its article's one day inside it told alike.

    "Army engineers yesterday finished closing the gap" ... "Two weeks later, the breach
    itself was closed": the week (a shorthand, :func:`.coarse_reports.coarse`) holds the day,
    and of the article's reports of days inside it only that one says what the week's says (a
    plain word of its clause, or a class of deed), naming no actor it does not. A report of
    another sentence only: two dates of one sentence are two happenings (:mod:`.one_sentence`).
    """
    days: dict[str, list[int]] = defaultdict(list)
    for k, e in enumerate(events):
        if e.interval.days <= 1 and texts[e.event_id].stems:
            days[e.article_id].append(k)
    pairs = set()
    for k, e in enumerate(events):
        text = texts[e.event_id]
        if not coarse(e, text) or e.article_id not in days:
            continue
        said = e.sentence[dateline_end(e.sentence):]
        words, deeds = text.clause & plain_stems(said), deed_classes(said)
        mine = actors(e, text)
        alike = []
        for m in days[e.article_id]:
            d = events[m]
            if (d.sentence_start == e.sentence_start or d.interval.begin < e.interval.begin
                    or e.interval.end < d.interval.end):
                continue
            other = d.sentence[dateline_end(d.sentence):]
            if words & texts[d.event_id].clause & plain_stems(other) or deeds & deed_classes(other):
                alike.append(m)
        if len(alike) == 1 and mine <= actors(events[alike[0]], texts[events[alike[0]].event_id]):
            pairs.add((min(k, alike[0]), max(k, alike[0])))
    return pairs


OPENING_WORDS = 4
"""How far into a sentence its subject pronoun may stand ("This morning she met")."""
NEXT_GAP = 2
"""Most characters between a sentence and the next (a space, a paragraph's break)."""


def _goes_on(events: list[Event], texts: Mapping[str, EventText]) -> set[tuple[int, int]]:
    """Pairs of a report that says only who is where on a day and each of that day's next reports.

    Those in the next sentence, when its subject is a pronoun (:data:`OPENING_WORDS`).
    """
    by_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    for k, e in enumerate(events):
        if e.interval.days <= 1 and texts[e.event_id].stems:
            by_sentence[(e.article_id, e.sentence_start)].append(k)
    ending: dict[tuple[str, int], list[int]] = defaultdict(list)  # by where a sentence ends
    for (aid, _), found in by_sentence.items():
        ending[(aid, events[found[0]].sentence_end)].extend(found)
    pairs = set()
    for (aid, start), found in sorted(by_sentence.items()):
        said = events[found[0]].sentence
        if not _opens_with_pronoun(said[dateline_end(said):]):
            continue
        before = [k for gap in range(NEXT_GAP + 1) for k in ending.get((aid, start - gap), [])]
        for k in before:
            e = events[k]
            if deed_classes(e.sentence[dateline_end(e.sentence):]) or not actors(
                    e, texts[e.event_id]):
                continue  # the sentence before tells a deed of its own, or names no one
            pairs.update((min(k, m), max(k, m)) for m in found
                         if events[m].interval == e.interval)
    return pairs


def _opens_with_pronoun(sentence: str) -> bool:
    return any(w.lower() in _pronouns() for w in _WORD.findall(sentence)[:OPENING_WORDS])


_WORD = re.compile(r"\w+")


@cache
def _pronouns() -> frozenset[str]:
    lines = read_text("reconcile", "subject_pronouns.txt").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def with_told_again(found: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
                    again: tuple[np.ndarray, np.ndarray], n: int, at_least: float
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``found`` and the pairs ``again``, best first.

    ``found`` are chunks of ``(score, i, j)`` over ``n`` events; ``again`` are
    :func:`told_again`'s pairs.

    A pair told again scores ``at_least`` (said twice), or its own score if that is higher; each
    pair comes once, ties in the order of ``i`` then ``j``.

    ``found`` is emptied as it is read, and each column is made as the last is freed: a cut
    group of an archive of 100,000 articles scores millions of pairs on a worker of 1 GiB.
    """
    chunks = [*found, (np.full(len(again[0]), at_least), *again)]
    found.clear()
    score, i, j = (np.concatenate([chunk[k] for chunk in chunks]) for k in range(3))
    del chunks
    order = np.lexsort((j, i, -score))
    score = score[order]
    i = i[order]
    j = j[order]
    del order
    _, first = np.unique(i * max(n, 1) + j, return_index=True)
    first.sort()  # the best score of each pair, kept in the order above
    return score[first], i[first], j[first]
