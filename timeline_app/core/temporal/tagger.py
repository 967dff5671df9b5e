"""The tagger driver: match the grammar, keep the best non-overlapping matches, normalize.

Normalization runs in text order so that the narrative state follows along; the result is a list
of :class:`Mention` objects sorted by offset.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from itertools import chain

from timeline_app.core.model import Mention, TimexType

from . import grammar
from .context import Narrative, sentence_starts
from .guards import GUARDS
from .norm_amounts import ACTIONS as AMOUNT_ACTIONS
from .norm_base import Norm
from .norm_dates import ACTIONS as DATE_ACTIONS
from .norm_periods import ACTIONS as PERIOD_ACTIONS
from .norm_relative import ACTIONS as RELATIVE_ACTIONS
from .norm_story import ACTIONS as STORY_ACTIONS
from .resolve import Ctx
from .story import is_narrative, remember, years_ahead
from .triggers import trigger_positions, windows
from .values import interval_of

__all__ = ["tag"]

ACTIONS = {**DATE_ACTIONS, **PERIOD_ACTIONS, **RELATIVE_ACTIONS, **AMOUNT_ACTIONS,
           **STORY_ACTIONS}
Candidate = tuple[int, int, grammar.Rule, re.Match[str]]
Guard = Callable[[str, int, int], bool]
_TYPES = {t.value: t for t in TimexType}
# What an expression becomes when its date falls outside the calendar Python can hold.
_UNPLACEABLE = {"DATE": Norm("DATE", "XXXX-XX-XX", reference="unresolved", confidence=0.1),
                "TIME": Norm("TIME", "XXXX-XX-XXTXX:XX", reference="unresolved", confidence=0.1)}


Plan = tuple[tuple[tuple[str, ...], tuple[int, int]], tuple[tuple[grammar.Rule, Guard | None], ...]]


@cache
def _plans() -> tuple[Plan, ...]:
    """The rules grouped by trigger words and reach (their windows are the same), with guards.

    Looked up once per process, not once per rule and text.
    """
    groups: dict[tuple[tuple[str, ...], tuple[int, int]], list] = {}
    for rule in grammar.rules():
        guard = GUARDS.get(rule.params.get("guard", ""))
        groups.setdefault((rule.triggers, rule.reach), []).append((rule, guard))
    return tuple((key, tuple(rules)) for key, rules in groups.items())


def _candidates(text: str, *, scan_all: bool = False) -> list[Candidate]:
    """Every match of every rule, each rule run only near its trigger words."""
    found: list[Candidate] = []
    low = text.lower()
    same = len(low) == len(text)  # lower-casing kept every offset (true but for rare scripts)
    scanned = low if same else text
    where = trigger_positions(text, low)
    size = len(text)
    merged: dict[tuple[str, ...], list[int]] = {}
    for (triggers, reach), rules in _plans():
        if scan_all or not triggers:
            spans = [(0, size)]
        else:
            hits = merged.get(triggers)
            if hits is None:  # one trigger's offsets come sorted; several are merged once
                lists = [where[t] for t in triggers if t in where]
                hits = merged[triggers] = (
                    lists[0] if len(lists) == 1 else sorted(chain.from_iterable(lists)))
            spans = windows(hits, size, *reach)
            if not spans:
                continue
        for rule, guard in rules:
            finditer = (rule.regex if same else rule.regex_icase).finditer
            cased = rule.cased if rule.cased_groups else None
            needs = rule.needs if same else None  # (the needed text is lower-case)
            search = needs.search if needs is not None else None
            for lo, hi in spans:
                if search is not None and search(scanned, lo, hi) is None:
                    continue  # most windows hold no match at all: skip those that cannot
                for m in finditer(scanned, lo, hi):
                    s, e = m.span()
                    if e <= s or (cased is not None and not cased(text, m)):
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


def _anchor_date(anchor: date | datetime | None) -> date | None:
    if isinstance(anchor, datetime):
        return anchor.date()
    return anchor


def _mention(text: str, s: int, e: int, rule: grammar.Rule, norm: Norm) -> Mention:
    gran, interval = (None, None)
    if norm.type in ("DATE", "TIME"):
        gran, interval = interval_of(norm.value, norm.mod)
    return Mention(start=s, end=e, text=text[s:e], type=_TYPES[norm.type], value=norm.value,
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
    narrative = Narrative(sentence_starts(text), document_mode=is_narrative(chosen, a),
                          anchor_year=a.year if a else None, text=text,
                          ahead=years_ahead(chosen))
    out: list[Mention] = []
    for s, e, rule, m in chosen:
        narrative.at = s
        spans = m.regs  # the original spelling, not the lower-cased
        groups = {name: (text[spans[i][0]:spans[i][1]] if spans[i][0] >= 0 else None)
                  for name, i in m.re.groupindex.items()}  # fmt: skip
        try:
            norm = ACTIONS[rule.action](groups, rule.params, Ctx(text, s, e, a, prefer, narrative))
        except (ValueError, OverflowError):  # arithmetic past year 1 or 9999 ("next year" in 9999)
            norm = _UNPLACEABLE.get(rule.type)
        if norm is None:
            continue
        if norm.span is not None:
            s, e = norm.span
        mention = _mention(text, s, e, rule, norm)
        remember(narrative, text, rule, norm, mention, out[-1] if out else None)
        out.append(mention)
    return out
