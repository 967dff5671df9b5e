"""Golden tables for the gaps of issue 13, written before the fixes: each row is a sentence, the
anchor, the expression the tagger must find in it and the TIMEX3 value it must give."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.temporal import tag

WED = date(2023, 10, 18)  # Wednesday 18 October 2023

Row = tuple[str, date, str, str]


def _table(text: str) -> list[Row]:
    """Rows of ``sentence | anchor | expression | value``, one a line."""
    rows = []
    for line in text.strip().splitlines():
        sentence, anchor, expr, value = (cell.strip() for cell in line.split(" | "))
        rows.append((sentence, date.fromisoformat(anchor), expr, value))
    return rows


def _check(sentence: str, anchor: date, expr: str, value: str) -> None:
    found = {m.text: m.value for m in tag(sentence, anchor)}
    assert expr in found, f"{expr!r} not found in {found}"
    assert found[expr] == value, found


def _none(sentence: str, anchor: date = WED) -> None:
    found = {m.text: m.value for m in tag(sentence, anchor)}
    assert not found, found


PAST_TENSE = _table("""
The council voted on December 1. | 2023-10-18 | December 1 | 2022-12-01
The council voted on November 30. | 2023-10-18 | November 30 | 2022-11-30
Fighting broke out in December. | 2023-10-18 | December | 2022-12
The firm was founded on Nov. 5. | 2023-10-18 | Nov. 5 | 2022-11-05
The council voted on October 1. | 2023-10-18 | October 1 | 2023-10-01
The council will vote on December 1. | 2023-10-18 | December 1 | 2023-12-01
The vote is expected in December. | 2023-10-18 | December | 2023-12
He said the plant would open on December 1. | 2023-10-18 | December 1 | 2023-12-01
""")

FAR_YEARS = _table("""
The bond matures on 1 January 2100. | 2023-10-18 | 1 January 2100 | 2100-01-01
Revenue in Q3 2150 will be high. | 2023-10-18 | Q3 2150 | 2150-Q3
The ship sailed on April fifth 1898. | 2023-10-18 | April fifth 1898 | 1898-04-05
The lease runs until 2105. | 2023-10-18 | 2105 | 2105
The probe arrives on March 3, 2114. | 2023-10-18 | March 3, 2114 | 2114-03-03
The treaty was signed on June the tenth, 1815. | 2023-10-18 | June the tenth, 1815 | 1815-06-10
""")

LOWER_CASE = _table("""
we met last friday. | 2023-10-18 | last friday | 2023-10-13
they voted on monday. | 2023-10-18 | monday | 2023-10-16
the summit ended on october 12, 2023. | 2023-10-18 | october 12, 2023 | 2023-10-12
in january the plan failed. | 2023-10-18 | january | 2023-01
the court ruled on may 5, 2020. | 2023-10-18 | may 5, 2020 | 2020-05-05
the shop closed next tuesday | 2023-10-18 | next tuesday | 2023-10-24
sales fell in november 2019. | 2023-10-18 | november 2019 | 2019-11
""")

NUMERIC = _table("""
The shop opened on 3/17. | 2023-10-18 | 3/17 | 2023-03-17
He was born 11/24/81. | 2023-10-18 | 11/24/81 | 1981-11-24
The treaty was signed 12-Nov-83. | 2023-10-18 | 12-Nov-83 | 1983-11-12
The file is dated 9/Jun/2019. | 2023-10-18 | 9/Jun/2019 | 2019-06-09
The rule took effect 2019/04/09. | 2023-10-18 | 2019/04/09 | 2019-04-09
""")

CALENDAR = _table("""
The shop reopened on the 17th. | 2023-10-18 | the 17th | 2023-10-17
The report came out on the 3rd. | 2023-10-18 | the 3rd | 2023-10-03
The fair was held on the last Friday of June. | 2023-10-18 | the last Friday of June | 2023-06-30
Schools open on the first Monday of September 2019. | 2023-10-18 | the first Monday of September 2019 | 2019-09-02
The vote fell on the second Tuesday in March. | 2023-10-18 | the second Tuesday in March | 2023-03-14
""")

HOLIDAYS = _table("""
We met on thanksgiving 2014. | 2023-10-18 | thanksgiving 2014 | 2014-11-27
Last Christmas I gave you my heart. | 2023-10-18 | Last Christmas | 2022-12-25
The day after Easter the church was closed. | 2023-10-18 | The day after Easter | 2023-04-10
Shops shut the day before Thanksgiving 2014. | 2023-10-18 | the day before Thanksgiving 2014 | 2014-11-26
Crowds gathered for Eid al-Fitr. | 2023-10-18 | Eid al-Fitr | 2023-04-21
The sacrifice of Eid al-Adha was held. | 2023-10-18 | Eid al-Adha | 2023-06-28
Diwali was celebrated across the city. | 2023-12-01 | Diwali | 2023-11-12
Lunar New Year celebrations began. | 2023-03-01 | Lunar New Year | 2023-01-22
Hanukkah 2023 began in December. | 2023-10-18 | Hanukkah 2023 | 2023-12-08
Yom Kippur 2023 fell on a Monday. | 2023-10-18 | Yom Kippur 2023 | 2023-09-25
Labor Day 2019 was hot. | 2023-10-18 | Labor Day 2019 | 2019-09-02
Good Friday 2024 was cold. | 2023-10-18 | Good Friday 2024 | 2024-03-29
Christmas Eve 2020 was quiet. | 2023-10-18 | Christmas Eve 2020 | 2020-12-24
they met on christmas 2019. | 2023-10-18 | christmas 2019 | 2019-12-25
""")

NOT_NAMES = ["He may come.", "They march on.", "The sun rose.", "We sat down.",
             "the march went on.", "we may go and we sat."]

NOT_NUMERIC = ["A 3/4 majority passed the bill.", "He scored 11/24 on the test."]

GOLDEN = {"past tense": PAST_TENSE, "far years": FAR_YEARS, "lower case": LOWER_CASE,
          "numeric": NUMERIC, "calendar": CALENDAR, "holidays": HOLIDAYS}
PENDING: set[str] = set()  # families whose table is written and fix still to come
CASES = [pytest.param(family, *row, id=f"{family}: {row[0]}",
                      marks=[pytest.mark.xfail(reason="pending")] if family in PENDING else [])
         for family, rows in GOLDEN.items() for row in rows]


@pytest.mark.parametrize(("family", "sentence", "anchor", "expr", "value"), CASES)
def test_golden(family: str, sentence: str, anchor: date, expr: str, value: str) -> None:
    _check(sentence, anchor, expr, value)


@pytest.mark.parametrize("sentence", ["The club has 2150 members and 2300 visitors.",
                                      *NOT_NAMES, *NOT_NUMERIC])
def test_no_date_here(sentence: str) -> None:
    _none(sentence)


# sentence | anchor | expression | value | first day | day after the last
RANGES = """
The festival ran Wednesday - Saturday. | 2023-10-18 | Wednesday - Saturday | 2023-10-11 | 2023-10-11 | 2023-10-15
The fair runs Thursday through Sunday. | 2023-10-18 | Thursday through Sunday | 2023-10-19 | 2023-10-19 | 2023-10-23
The festival runs August 20-22. | 2023-10-18 | August 20-22 | 2023-08-20 | 2023-08-20 | 2023-08-23
Talks ran Oct. 18-20, 2023, in Geneva. | 2023-10-18 | Oct. 18-20, 2023 | 2023-10-18 | 2023-10-18 | 2023-10-21
The strike lasted March 3–5. | 2023-10-18 | March 3–5 | 2023-03-03 | 2023-03-03 | 2023-03-06
"""


@pytest.mark.parametrize("row", RANGES.strip().splitlines())
def test_a_range_is_one_interval(row: str) -> None:
    sentence, anchor, expr, value, begin, end = (cell.strip() for cell in row.split(" | "))
    found = {m.text: m for m in tag(sentence, date.fromisoformat(anchor))}
    assert expr in found, f"{expr!r} not found in {list(found)}"
    m = found[expr]
    assert m.value == value
    assert m.interval is not None
    assert (m.interval.begin.isoformat(), m.interval.end.isoformat()) == (begin, end)


def test_a_range_never_ends_before_it_starts() -> None:
    found = {m.text: m.value for m in tag("Scores went 20-18 on August 22.", WED)}
    assert "August 22" in found and not any("-18" in text for text in found)
