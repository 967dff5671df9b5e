"""A report whose sentence goes on past its date's clause, beside an article telling both deeds.

"floated free this evening and was towed into Harwick by three tugs": the date is the
refloating's; the tail's words ("tugs", "Harwick") are shared with another outlet's report of
the tow, and must not pull the refloating's date there when that outlet reports the refloating
too, on the same day.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from timeline_app.core.reconcile.clustering import cluster_events, gather
from timeline_app.core.reconcile.deed_rivals import DeedRivals

from .test_clustering import article, day, eid

FRI = ("on Friday", "2025-05-16", day("2025-05-16"), "day")
EVENING = ("in the evening", "2025-05-16TEV", day("2025-05-16"), "day")
TONIGHT = ("this evening", "2025-05-16TEV", day("2025-05-16"), "day")


def _story() -> tuple:
    wire = article(
        "wire", "HARWICK, May 16 - Salvors refloated the freighter Morwen on Friday's spring tide "
        "and pulled her off the Grelling shoal, nine days after she grounded off Harwick.\n\n"
        "Three tugs brought the listing vessel into Harwick port in the evening, where divers will "
        "look at its keel.", [FRI, EVENING], date(2025, 5, 16), "Salvors free the Morwen")
    radio = article(
        "radio", "Crowds gathered on the quay. The grounded freighter floated free at high "
        "water this evening and was towed into Harwick by three tugs, to cheers from the quay.",
        [TONIGHT], date(2025, 5, 16), "Evening news")
    return wire, radio


def test_a_dates_clause_meets_the_report_of_its_own_deed_not_the_tails():
    wire, radio = _story()
    clusters = cluster_events([wire, radio])
    assert clusters[eid(radio, "this evening")] == clusters[eid(wire, "on Friday")]
    assert clusters[eid(radio, "this evening")] != clusters[eid(wire, "in the evening")]


def test_a_rival_is_another_report_of_the_article_telling_the_deed_that_day():
    wire, radio = _story()
    events, _ = gather([wire, radio])
    ids = [e.event_id for e in events]
    own = [frozenset({"refloat"}), frozenset(), frozenset({"refloat"})]  # wire's two, radio's
    rivals = DeedRivals(events, own)
    tow, floated = ids.index(eid(wire, "in the evening")), ids.index(eid(radio, "this evening"))
    refloat = ids.index(eid(wire, "on Friday"))
    i, j = np.array([floated, floated, tow]), np.array([tow, refloat, floated])
    assert rivals.rivalled(i, j).tolist() == [True, False, False]
    # said one way (the tow's words in the radio's tail): no longer one happening; both ways: one
    told = rivals.told(np.array([False, True]), np.array([True, True]),
                       np.array([floated, floated]), np.array([tow, tow]))
    assert told.tolist() == [False, True]
