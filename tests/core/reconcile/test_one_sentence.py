"""Two dates in one sentence: two happenings, unless one restates the other (issue 12).

A newsletter's "The resignation last Tuesday ... of the storm that hit the coast earlier this
month" shares every word between its two events, and the month holds the Tuesday: they were
taken for one happening said twice, and the storm's reports joined the resignation's. Texts
written here.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from timeline_app.core.model import Anchor, AnchorSource, Article, PublishedSource
from timeline_app.core.reconcile.clustering import cluster_events
from timeline_app.core.reconcile.lone_article import cluster_lone_article
from timeline_app.core.reconcile.one_sentence import SentenceDates, restated
from timeline_app.core.story.pipeline import analyze

BRIEF = (
    "The resignation last Tuesday of harbour board chief Ola Brand is the first political "
    "casualty of the storm that wrecked the Selvik pier earlier this month."
)
ANCHOR = Anchor(date(2026, 10, 30), AnchorSource.DETECTED)


def _analysis(aid: str, text: str):
    article = Article(aid, text.split(".")[0][:60], text, ANCHOR.value, PublishedSource.HEADER)
    return analyze(article, ANCHOR)


def _clusters_of(analysis, clusters):
    return {e.mention.text: clusters[e.event_id] for e in analysis.events}


def test_two_dates_of_one_sentence_are_two_happenings() -> None:
    brief = _analysis("brief", BRIEF)
    found = _clusters_of(brief, cluster_events([brief]))
    assert set(found) == {"last Tuesday", "earlier this month"}
    assert found["last Tuesday"] != found["earlier this month"]
    assert cluster_lone_article(brief) == cluster_events([brief])


def test_a_date_restated_beside_the_other_is_not_apart() -> None:
    page = _analysis("page", (
        "Earlier this month, on 3 October, the mayor of Selvik cut a ribbon on the new pier "
        "before hundreds of residents."))
    brief = _analysis("brief", BRIEF)
    for analysis, apart in ((page, False), (brief, True)):
        events = sorted(analysis.events, key=lambda e: e.mention.start)
        assert len(events) == 2
        assert restated(*events) is not apart
        pairs = SentenceDates(events).apart(np.array([0]), np.array([1]))
        assert pairs.tolist() == [apart]


def test_the_storm_joins_its_own_reports_not_the_resignation() -> None:
    brief = _analysis("brief", BRIEF)
    chief = _analysis("chief", (
        "Harbour board chief Ola Brand resigned on Tuesday, saying the board had failed to "
        "repair the Selvik pier before the storm."))
    clusters = cluster_events([brief, chief])
    mine, theirs = _clusters_of(brief, clusters), set(_clusters_of(chief, clusters).values())
    assert mine["earlier this month"] != mine["last Tuesday"]
    assert mine["earlier this month"] not in theirs
