"""Golden table: expressions that count from an event ("a month after the summit").

They resolve against the event when the text dates it (in the phrase itself, in a nearby
sentence, or in an earlier sentence that dated the same event); otherwise they stay unplaced,
with the event they hang on recorded for the user to anchor, never at the publication date
plus the offset. Text written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.temporal import tag

NEWS_DAY = date(2023, 10, 19)

# (text, expression, value it must give)
GOLDEN = [
    ("The summit opened on 5 May 2022 in Geneva. A month after the summit, the treaty was "
     "signed.", "A month", "2022-06"),
    ("Three weeks after a fire on March 7, the factory reopened.", "Three weeks", "2023-W13"),
    ("Two days after the 2018 talks, the envoy resigned.", "Two days", "2018"),
    ("The war began on 24 February 2022. On the first day of the war, the capital was bombed.",
     "the first day", "2022-02-24"),
    # dated in an earlier sentence, further back than any nearby date reaches
    ("The summit was held in Oslo on 5 May 2022. Its hosts had spent a fortune. Critics called "
     "the meeting a failure. Protesters marched through the city. Three months after the "
     "summit, the pact was ratified.", "Three months", "2022-08"),
    # through the event named, not the latest date told
    ("The summit was held on 5 May 2022. The vote came on 20 June 2022. Two weeks after the "
     "summit, the envoys met again.", "Two weeks", "2022-W20"),
    ("A month after the summit, which was held on 5 May 2022, the treaty was signed.",
     "A month", "2022-06"),
    ("The \u201cpeace talks\u201d opened on 3 March 2023. A week after the \u201cpeace "
     "talks\u201d, fighting resumed.", "A week", "2023-W10"),
    ("A day after he spoke on Tuesday, the minister resigned.", "A day", "2023-10-18"),
    ("Police said the fire started on March 7. Three weeks after the fire, the plant reopened.",
     "Three weeks", "2023-W13"),
    ("The flood hit the valley on 9 July 2021. The day after the flood, the army arrived.",
     "The day after", "2021-07-10"),
]


@pytest.mark.parametrize(("text", "expr", "value"), GOLDEN,
                         ids=[f"{g[1]}-{i}" for i, g in enumerate(GOLDEN)])
def test_event_dated_in_the_text(text: str, expr: str, value: str) -> None:
    found = {m.text: m for m in tag(text, NEWS_DAY)}
    assert expr in found, f"{expr!r} not found in {list(found)}"
    assert found[expr].value == value
    assert found[expr].interval is not None


# (text, expression, what it hangs on): no date of the event anywhere
UNDATED = [
    ("A month after the summit, the treaty was signed.", "A month", "the summit"),
    ("On the first day of the war, the capital was bombed.", "the first day", "the war"),
    ("Two days after the vote, protests began.", "Two days", "the vote"),
    # a verb in -s before "a month" makes no rate when the month counts from an event
    ("The ruling comes a month after the vote.", "a month", "the vote"),
    ("A week after the election, the results were contested.", "A week", "the election"),
    ("The day after the crash, the airline grounded its fleet.", "The day after", "the crash"),
    ("Two days after rebels seized the port, the cabinet resigned.", "Two days",
     "rebels seized the port"),
    ("It came a month after the \"historic summit\" of the two leaders.", "a month",
     "the \"historic summit\" of the two leaders"),
]


@pytest.mark.parametrize(("text", "expr", "event"), UNDATED,
                         ids=[f"{g[1]}-{i}" for i, g in enumerate(UNDATED)])
def test_undated_event_leaves_the_expression_unplaced(text: str, expr: str, event: str) -> None:
    found = {m.text: m for m in tag(text, NEWS_DAY)}
    assert expr in found, f"{expr!r} not found in {list(found)}"
    mention = found[expr]
    assert mention.interval is None  # never the publication date plus the offset
    assert event in mention.reference
    assert not mention.value.startswith("2023")
