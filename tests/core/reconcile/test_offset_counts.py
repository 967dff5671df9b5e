"""Offsets from a named happening whose count is any number word ("nineteen days after")."""

from __future__ import annotations

from datetime import date, timedelta

from timeline_app.core.model import Article, PublishedSource
from timeline_app.core.reconcile.anchor_check import check_anchors
from timeline_app.core.reconcile.anchor_evidence import offsets
from timeline_app.core.story.pipeline import analyze

FLOOD = date(2022, 10, 4)  # a Tuesday

BURST = """Floodwater fills Orrin valley homes
The Tamsett dam above the Orrin valley burst on Tuesday, flooding 300 homes in Larrow.
Rescue crews from Larrow said on Tuesday that no one had been hurt."""

BURST_TOO = """Dam bursts over Larrow
The Tamsett dam burst on Tuesday and sent water through the streets of Larrow.
The Larrow council opened two school halls for families on Wednesday."""

BURST_THIRD = """Larrow counts the cost of the Tamsett dam burst
Families in Larrow were cleaning their homes on Thursday after the Tamsett dam burst on Tuesday.
The Orrin valley school halls in Larrow stayed open for families on Thursday."""

REOPENED = """Larrow school reopens after the flood
The Larrow primary school opened its gates to pupils again on Sunday, nineteen days after the Tamsett dam burst that flooded the Orrin valley homes.
Teachers in Larrow said the pupils were glad to be back."""


def _article(aid: str, text: str, published: date | None) -> Article:
    source = PublishedSource.HEADER if published else PublishedSource.NONE
    return Article(aid, text.splitlines()[0][:60], text, published, source)


def test_counts_beyond_ten_and_compound_counts_are_read():
    analysis = analyze(_article("x", "The bridge reopened twenty-one days after the storm hit. "
                                     "Shops opened 12 weeks after the fire began. "
                                     "Pupils came back nineteen days after the flood came. "
                                     "Talks went on a few days after the vote ended.", date(2022, 1, 1)))
    found = {(o.days, o.phrase.split()[0]) for o in offsets(analysis)}
    assert found == {(21, "storm"), (84, "fire"), (19, "flood")}


def test_a_page_dated_nineteen_days_after_a_happening_rests_on_its_own_reports():
    """Its weekday ("on Sunday") alone would line it up with the wrong day of the story; the
    offset from the burst's own reports places it."""
    dated = {"a_burst": (BURST, 0), "b_burst": (BURST_TOO, 1), "c_third": (BURST_THIRD, 2)}
    pages = [analyze(_article(aid, text, FLOOD + timedelta(days=lag)))
             for aid, (text, lag) in dated.items()]
    s = check_anchors([*pages, analyze(_article("d_reopened", REOPENED, None))])["d_reopened"]\
        .suggestion
    written = FLOOD + timedelta(days=19)
    assert s is not None and s.begin <= written < s.end
    assert abs((s.best - written).days) <= 3 and (s.end - s.begin).days < 60
    assert any("nineteen days after" in r for r in s.reasons)
