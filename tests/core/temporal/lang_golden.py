"""The golden tables of the other languages: each line a text, its language and what it must give.

Lines are written here (never taken from a corpus). The anchor of every line is Wednesday
12 June 2019, unless the line says otherwise.
"""

from __future__ import annotations

from datetime import date

from timeline_app.core.temporal import tag

ANCHOR = date(2019, 6, 12)  # a Wednesday

Line = tuple[str, str, list[tuple[str, ...]]]
"""(family, text, [(expression as written, TIMEX3 value[, TIMEX3 mod]), ...])"""


def check(lang: str, text: str, expected: list[tuple[str, ...]], anchor: date = ANCHOR) -> None:
    mentions = tag(text, anchor, lang=lang)
    got = [(m.text, m.value, m.mod)[: len(want)] for m, want in zip(mentions, expected, strict=False)]
    assert (got, len(mentions)) == (expected, len(expected)), text


def ids(lines: list[Line]) -> list[str]:
    return [f"{family}-{n}" for n, (family, _text, _expected) in enumerate(lines)]
