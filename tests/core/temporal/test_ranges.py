"""Two dates told as one span keep their TIMEX3 mentions, and the first one spans both."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.temporal import tag

ANCHOR = date(2023, 10, 18)


def _spans(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.interval.begin.isoformat(), m.interval.end.isoformat())
            for m in tag(text, ANCHOR, lang="en") if m.interval is not None]


@pytest.mark.parametrize(("text", "first"), [
    ("Prices rose between 2019 and 2021.", ("2019", "2019-01-01", "2022-01-01")),
    ("The 2019-2021 survey found more.", ("2019", "2019-01-01", "2022-01-01")),
    ("He ruled from May 1804 to September 1806.", ("May 1804", "1804-05-01", "1806-10-01")),
    ("The war of 1914-18 changed Europe.", ("1914", "1914-01-01", "1919-01-01")),
    ("The fair ran from March 3 to April 5.", ("March 3", "2023-03-03", "2023-04-06")),
    ("The fair ran March 3 to March 10.", ("March 3", "2023-03-03", "2023-03-11")),
])
def test_a_span_runs_from_its_first_end_to_its_last(text: str, first: tuple) -> None:
    spans = _spans(text)
    assert len(spans) == 2  # both ends stay mentions, as TIMEX3 marks them
    assert spans[0] == first
    assert spans[1][2] == first[2]  # the last end keeps its own interval, ending the span


@pytest.mark.parametrize("text", [
    "Elections were held in 1990 and 1991.",  # a list: no opening word
    "It moved from 2021 to 2019 in the records.",  # the end never before the start
])
def test_no_span_where_the_text_tells_none(text: str) -> None:
    first = _spans(text)[0]
    assert first[2] == f"{int(first[0]) + 1}-01-01"
