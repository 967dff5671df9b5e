"""Whether a text tells a day as past or as still to come, from words in ``resources/ingest``.

Two readings, for two questions. :func:`told` reads a whole sentence against
``tense_markers.txt`` (words of every language of the press, one class a line): a sentence with
only past words tells its days as before the writing, one with only future words as after it.
:func:`clause_tense` reads only the clause before one mention (``plan_markers.txt``,
``event_markers.txt``, patterns): in "will get a wage rise from April, ending a strike that began
in January 2023" the sentence has both, yet each date's own clause says which it is.

:func:`done_markers` and :func:`ahead_markers` (``done_markers.txt``, ``ahead_markers.txt``) serve
``reconcile.anchor_evidence``, which asks of an event's sentence a past verb *and* no future
wording (a third answer: one without either proves nothing). Its words are verbs by their
morphology (any ``-ed``), broader than ``tense_markers.txt``'s whole words, which would tell
too many of a page's days as past; so they stay separate lists.
"""

from __future__ import annotations

import re
from functools import cache

from . import vocab

__all__ = ["ahead_markers", "clause_tense", "done_markers", "told"]

CLAUSE_CHARS = 80
"""How far before a mention its clause is read for a tense marker."""


@cache
def _classes() -> dict[str, re.Pattern[str]]:
    """Each class of ``tense_markers.txt`` (``past``, ``future``) as one whole-word pattern."""
    out = {}
    for line in vocab.entries("tense_markers"):
        name, words = line.split(":", 1)
        alternation = "|".join(re.escape(w.strip()) for w in words.split(",") if w.strip())
        out[name.strip()] = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)
    return out


def told(sentence: str) -> str | None:
    """``past``, ``future`` or None (neither, or both) as the words of ``sentence`` tell it."""
    found = [name for name, words in _classes().items() if words.search(sentence)]
    return found[0] if len(found) == 1 else None


@cache
def _markers(name: str) -> re.Pattern[str]:
    """The lines of ``resources/ingest/<name>.txt`` (pattern lines) as one pattern."""
    return re.compile("|".join(f"(?:{line})" for line in vocab.entries(name)), re.IGNORECASE)


def done_markers() -> re.Pattern[str]:
    """A past verb (``done_markers.txt``): a sentence with one may tell its event as done."""
    return _markers("done_markers")


def ahead_markers() -> re.Pattern[str]:
    """Future wording (``ahead_markers.txt``): a sentence with it tells its event as to come."""
    return _markers("ahead_markers")


def clause_tense(text: str, start: int) -> str:
    """``plan``, ``event`` or "" as the nearest tense marker before a mention at ``start`` says.

    A plan's date lies after the day of writing ("will open in September"), an event's before
    it ("was first presented on", "began in"): ``plan_markers.txt``, ``event_markers.txt``.

    "... will get a wage rise from April, ending a strike that began in January 2023": began.
    """
    sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    clause = max(sentence, start - CLAUSE_CHARS)
    plans = [m.end() for m in _markers("plan_markers").finditer(text, clause, start)]
    events = [m.end() for m in _markers("event_markers").finditer(text, clause, start)]
    if not plans and not events:
        return ""
    return "plan" if max(plans, default=-1) >= max(events, default=-1) else "event"
