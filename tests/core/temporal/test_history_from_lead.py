"""More history-text cases filed by the lead (sentences written for this file).

BC dates are not AD dates: TIMEX3 writes them with a ``BC`` prefix, and Python's calendar cannot
place them, so they get no interval. "N years later" moves from the latest date the story told,
whatever its granularity; it never jumps back over a decade or century to an older day.
"""

from __future__ import annotations

from datetime import date

from timeline_app.core.temporal import tag

ANCHOR = date(2020, 1, 15)


def _by_text(text: str):
    return {m.text.lower(): m for m in tag(text, ANCHOR)}


def test_bc_century_is_not_an_ad_century():
    m = _by_text("The city was founded in the 1st century BC by traders.")
    found = [v for k, v in m.items() if "century" in k]
    assert found, m
    assert found[0].value.startswith("BC")
    assert found[0].interval is None


def test_bc_year_is_not_an_ad_year():
    m = _by_text("Caesar crossed the river in 49 BC.")
    found = [v for k, v in m.items() if "49" in k]
    assert found and found[0].value.startswith("BC") and found[0].interval is None


def test_years_later_after_a_decade_do_not_jump_to_an_older_day():
    text = ("On Sunday, 7 December 1941, the fleet was attacked. The railway arrived during the "
            "1860s. Three years later the line reached the coast.")
    later = _by_text(text)["three years later"]
    assert not later.value.startswith("194"), later.value
    assert later.value.startswith("186")
