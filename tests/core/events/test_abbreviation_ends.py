"""Golden table: a full stop after an abbreviation that can close a sentence ("p.m.", "U.S.",
"Inc.") ends it before a new sentence, and titles and month abbreviations never do (issue 13).

Both splitters are held to it: the events' segmenter and the tagger's context.
"""

from __future__ import annotations

import pytest

from tests.core.events.test_sentences import segmenter  # noqa: F401 - runs each test with both segmenters
from timeline_app.core.events.sentences import split_sentences
from timeline_app.core.temporal.context import sentence_starts

GOLDEN = [
    # a clock time ends the sentence before a new one
    ("The fire was reported at 4 p.m. Crews arrived ten minutes later.",
     ["The fire was reported at 4 p.m.", "Crews arrived ten minutes later."]),
    ("The shelter opened at 7 a.m. Volunteers served breakfast.",
     ["The shelter opened at 7 a.m.", "Volunteers served breakfast."]),
    ("The vote closed at 9 P.M. Counting began at once.",
     ["The vote closed at 9 P.M.", "Counting began at once."]),
    # ... but not before a day, a month or a time zone that goes with it
    ("The meeting starts at 10 a.m. Monday in the town hall.",
     ["The meeting starts at 10 a.m. Monday in the town hall."]),
    ("Polls close at 8 p.m. EST on election day.", ["Polls close at 8 p.m. EST on election day."]),
    ("The ferry leaves at 6 a.m. June 3 and returns at noon.",
     ["The ferry leaves at 6 a.m. June 3 and returns at noon."]),
    ("The talks ended at 6 p.m. on Friday.", ["The talks ended at 6 p.m. on Friday."]),
    # a country, a firm, a name's suffix or "No." ends one before a word that opens sentences
    ("The firm is based in the U.S. It employs 400 people.",
     ["The firm is based in the U.S.", "It employs 400 people."]),
    ("The award went to Frank Ortiz Jr. He accepted it in person.",
     ["The award went to Frank Ortiz Jr.", "He accepted it in person."]),
    ("The plant was sold to Acme Widgets Inc. The deal closed in May.",
     ["The plant was sold to Acme Widgets Inc.", "The deal closed in May."]),
    ("The delegates voted No. The motion failed.",
     ["The delegates voted No.", "The motion failed."]),
    # ... and not inside a name
    ("She joined the U.S. Navy in 1990.", ["She joined the U.S. Navy in 1990."]),
    ("U.S. officials said the plan was ready.", ["U.S. officials said the plan was ready."]),
    ("The bridge was ranked No. 1 in the survey.", ["The bridge was ranked No. 1 in the survey."]),
    # titles and month abbreviations never end one
    ("Dr. Ames met Mr. Hale on St. Mark's Square at noon.",
     ["Dr. Ames met Mr. Hale on St. Mark's Square at noon."]),
    ("Gen. Ruiz spoke first.", ["Gen. Ruiz spoke first."]),
    ("The vote is set for Jan. 5 in the capital.", ["The vote is set for Jan. 5 in the capital."]),
]


@pytest.mark.parametrize(("text", "expected"), GOLDEN, ids=[t[:40] for t, _ in GOLDEN])
def test_events_splitter(text, expected):
    assert [text[a:b] for a, b in split_sentences(text, "en")] == expected


@pytest.mark.parametrize(("text", "expected"), GOLDEN, ids=[t[:40] for t, _ in GOLDEN])
def test_tagger_context_splitter(text, expected):
    starts = sentence_starts(text, "en")
    pieces = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    assert pieces == expected
