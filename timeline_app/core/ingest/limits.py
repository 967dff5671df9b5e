"""Dates that are limits, not stamps: "gilt bis 30.09.2024", "jusqu'au", "2024.09.19 기준".

An offer's or a rule's last day, a span's start, the day data hold for ("Курсы валют на
04.10.2025", "2024年9月19日現在"): words right before or after the date say so
(``resources/ingest/date_limits.txt``), in the other languages of the press.
"""

from __future__ import annotations

import re
from functools import cache

from . import vocab

__all__ = ["is_limit"]

REACH = 24
"""How far before or after the date the limit's words may stand."""


@cache
def _limits() -> tuple[re.Pattern[str], re.Pattern[str]]:
    sides: dict[str, list[str]] = {"before": [], "after": []}
    for entry in vocab.entries("date_limits"):
        side, words = entry.split(None, 1)
        sides[side].append(f"(?:{words})")
    before = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(sides['before'])})\s*$", re.IGNORECASE)
    # (the date's rest, a time: "09:38 기준")
    rest = r"[\d\s:./,-]*[년월일年月日時分시분]?[\d\s:./,-]*"
    after = re.compile(rf"\A{rest}(?:{'|'.join(sides['after'])})", re.IGNORECASE)
    return before, after


def is_limit(line: str, start: int, end: int) -> bool:
    """Whether the date at ``line[start:end]`` is a limit by the words around it.

    ``end`` may fall inside the date or its time: the rest of them is skipped.
    """
    before, after = _limits()
    return bool(
        before.search(line[max(0, start - REACH) : start]) or after.match(line[end : end + REACH])
    )
