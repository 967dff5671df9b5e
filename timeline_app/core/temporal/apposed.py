"""An offset with the date it names beside it: "Only a week earlier, on 3 October, the mayor ...".

"a week earlier" counts from a time the text may not give within reach (a length then, or a
date counted from the wrong base); the date after the comma says when it is. After resolution,
an offset told "earlier" or "later" (``offsets.txt``, or the rule's ``dir``) and followed by a
comma, at most one word ("on", "le", "in") and a date to the day, or to the offset's own unit
("Two years later, in 1918"), takes that date's value.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.model import Granularity, Mention, TimexType

from . import lexicon
from .grammar import Rule

__all__ = ["take_apposed_dates", "take_apposed_days"]

_BETWEEN = re.compile(r"\s*,\s*(?:[^\W\d_]+\s+)?")
_TOLD = frozenset({"earlier", "later"})
_DAY = (Granularity.DAY,)


def _told_offset(mention: Mention, rule: Rule | None) -> bool:
    """True for "a week earlier", "deux jours plus tard": an offset from a time told before."""
    if rule is None or rule.action != "ago":
        return False
    if rule.params.get("dir") in _TOLD:
        return True
    words = lexicon.table("offsets", rule.lang)
    lowered = " ".join(mention.text.lower().split())
    return any(code in _TOLD and lowered.endswith(" " + word) for word, code in words.items())


# "La veille de sa visite, jeudi,": the event's phrase (a few words, no stop), a comma, at most
# one word, and the day the offset is.
_EVENT_THEN_DAY = re.compile(r"\s+[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,4}\s*,\s*(?:[^\W\d_]+\s+)?")


def _day_offset(mention: Mention, rule: Rule | None) -> bool:
    """True for a day counted from an event: "la veille de", "the day before" (a narrative rule)."""
    return (rule is not None and rule.action == "narrative" and rule.params.get("unit") == "D"
            and mention.reference == "narrative" and mention.granularity in _DAY)


def take_apposed_days(out: list[Mention], text: str, rules: dict[str, Rule]) -> None:
    """Give "la veille de sa visite, jeudi," the day apposed after its event's phrase."""
    for i in range(len(out) - 1):
        here, told = out[i], out[i + 1]
        if (told.type is TimexType.DATE and told.interval is not None and not told.mod
                and told.granularity in _DAY and told.reference == "anchor"
                and _day_offset(here, rules.get(here.rule))
                and _EVENT_THEN_DAY.fullmatch(text, here.end, told.start)):
            out[i] = replace(here, value=told.value, interval=told.interval, confidence=0.6)


def take_apposed_dates(out: list[Mention], text: str, rules: dict[str, Rule]) -> None:
    """Give each told offset in ``out`` the value of the date apposed right after it.

    A date to the day, or one as precise as the offset ("Two years later, in 1918").
    """
    for i in range(len(out) - 1):
        here, told = out[i], out[i + 1]
        if (told.type is not TimexType.DATE or told.interval is None or here.mod or told.mod
                or (told.granularity not in _DAY and told.granularity != here.granularity)
                or not _BETWEEN.fullmatch(text, here.end, told.start)
                or not _told_offset(here, rules.get(here.rule))):
            continue
        out[i] = replace(here, type=TimexType.DATE, value=told.value, granularity=told.granularity,
                         interval=told.interval, reference="narrative", confidence=0.6)
