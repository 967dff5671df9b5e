"""In news, a yearless date takes the publication's reading unless the story really moves.

A year told as background (in an aside between commas, or in a sentence that tells a thing's
past after the article told its present: "last night ... The levee was opened in 2016 and had
been the pride of the town") does not carry the next bare date back to that year; a year that
opens its sentence ("In 1948, ...") or a text that told nothing of its present does. Lines
written here; each with its own anchor.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.temporal.lang_golden import check

OCT = date(2026, 10, 13)
LINES: list[tuple[str, str, date, list[tuple[str, ...]]]] = [
    ("en", "She spent last night in the sports hall. The levee that gave way was opened in 2016 and had "
           "been the pride of the town. On 3 October, the mayor cut a cake on the embankment.",
     OCT, [("last night", "2026-10-12TNI"), ("2016", "2016"), ("3 October", "2026-10-03")]),
    ("en", "She spent last night in the sports hall. The levee that gave way was opened in 2016 and had "
           "been the pride of the town. Only a week earlier, on 3 October, the mayor cut a cake.",
     OCT, [("last night", "2026-10-12TNI"), ("2016", "2016"), ("a week earlier", "2026-10-03"),
           ("3 October", "2026-10-03")]),
    ("en", "She spent last night in the sports hall. In 2016, the town built the levee. On 3 October, "
           "the mayor opened it.",
     OCT, [("last night", "2026-10-12TNI"), ("2016", "2016"), ("3 October", "2016-10-03")]),
    ("en", "The country was founded in 1948 after a long war. In October, the first parliament met.",
     OCT, [("1948", "1948"), ("October", "1948-10")]),
    ("it", "L'argine, inaugurato nel 2016, aveva ceduto durante la piena di ottobre.",
     OCT, [("2016", "2016"), ("ottobre", "2026-10")]),
    ("fr", "La digue, inaugurée en 2016, avait cédé en octobre lors de la crue.",
     OCT, [("2016", "2016"), ("octobre", "2026-10")]),
    ("es", "El dique, inaugurado en 2016, cedió durante la crecida de octubre.",
     OCT, [("2016", "2016"), ("octubre", "2026-10")]),
    ("pt", "O dique, inaugurado em 2016, cedeu durante a cheia de outubro.",
     OCT, [("2016", "2016"), ("outubro", "2026-10")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "anchor", "expected"), LINES,
                         ids=[f"{lang}-{n}" for n, (lang, *_rest) in enumerate(LINES)])
def test_a_background_year_does_not_carry_a_bare_date(lang, text, anchor, expected):
    check(lang, text, expected, anchor=anchor)
