"""An offset with the date it names beside it: "Only a week earlier, on 3 October, ...".

The date after the comma says when "a week earlier" is; the offset takes its value. Lines
written here; the anchor is Wednesday 12 June 2019 unless a line says otherwise.
"""

from __future__ import annotations

import pytest

from tests.core.temporal.lang_golden import check

LINES: list[tuple[str, str, list[tuple[str, ...]]]] = [
    ("en", "The levee was opened in 2016. Only a week earlier, on 3 June, the mayor cut a cake.",
     [("2016", "2016"), ("a week earlier", "2019-06-03"), ("3 June", "2019-06-03")]),
    ("en", "The dam broke on Saturday. Two days later, on Monday, the water fell.",
     [("Saturday", "2019-06-08"), ("Two days later", "2019-06-10"), ("Monday", "2019-06-10")]),
    ("fr", "La digue a cédé samedi. Deux jours plus tard, le lundi 10 juin, l'eau a baissé.",
     [("samedi", "2019-06-08"), ("Deux jours plus tard", "2019-06-10"), ("lundi 10 juin", "2019-06-10")]),
    ("en", "The dam broke on Saturday. Two days later, the water fell on Tuesday.",
     [("Saturday", "2019-06-08"), ("Two days later", "2019-06-10"), ("Tuesday", "2019-06-11")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), LINES,
                         ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(LINES)])
def test_an_offset_takes_the_date_apposed_to_it(lang, text, expected):
    check(lang, text, expected)
