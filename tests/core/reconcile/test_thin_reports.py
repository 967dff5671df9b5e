"""A sentence with one plain word that tells a deed is a report, not a fragment (issue 12).

"So Dana Morell resigned yesterday." has one plain word: it was read as thin, a fragment like
a dateline's city, so it was no report of its day and joined no other outlet's resignation.
Both readers of an event's words (``event_text`` and the fast ``event_texts``) agree. Texts
written here.
"""

from __future__ import annotations

from datetime import date

from timeline_app.core.events.build import build_events
from timeline_app.core.model import Article, Granularity, Interval, Mention, TimexType
from timeline_app.core.reconcile.sentence_signatures import event_texts
from timeline_app.core.reconcile.signatures import EMPTY_TEXT, event_text, is_thin

_DAY = Interval(date(2026, 10, 27), date(2026, 10, 28))


def _events(body: str, dates: list[str]) -> list:
    mentions = []
    for said in dates:
        at = body.index(said)
        mentions.append(Mention(at, at + len(said), said, TimexType.DATE, "2026-10-27", "",
                                Granularity.DAY, _DAY, rule="test", reference="anchor"))
    return build_events(Article("t", "t", body, None), mentions)


def test_one_plain_word_of_a_deed_is_a_report() -> None:
    assert not is_thin("So Dana Morell resigned .")
    assert is_thin("So Dana Morell spoke .")  # (one plain word, no deed)
    assert is_thin("MARNHOLT, Oct 27 —")


def test_both_readers_agree() -> None:
    body = ("So Dana Morell resigned yesterday. Dana Morell spoke yesterday evening. "
            "LUNDE, Oct 27 — Crews worked through the night.")
    events = _events(body, ["yesterday", "yesterday evening", "Oct 27"])
    texts = event_texts(events, body)
    assert texts == [event_text(e, body) for e in events]
    assert texts[0] is not EMPTY_TEXT and "resign" in texts[0].stems
    assert texts[1] is EMPTY_TEXT
