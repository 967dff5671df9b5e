"""A lead report that names no deed of its own tells the deed of its article's title.

"Holme islanders rally for a ferry" over "About 600 people gathered on the quay on Sunday to
demand a ferry": the sentence says who and where, the headline what was done. Where the lead's
sentence tells a deed of its own (the fish found dead under a headline of the water ban), the
title's deed stays the title's.
"""

from __future__ import annotations

from datetime import date

from timeline_app.core.reconcile.clustering import cluster_events

from .test_clustering import article, day, eid

SUN = "2031-06-15"


def _stories(title: str, lead: str):
    post = article("post", lead + " Speakers said the island had been cut off for two weeks.",
                   [("on Sunday", SUN, day(SUN), "day")], date(2031, 6, 16), title)
    gazette = article("gazette", "Holme islanders rallied on the ferry quay on Sunday, waving "
                      "banners for a new service.", [("on Sunday", SUN, day(SUN), "day")],
                      date(2031, 6, 16), "Banners on the quay")
    other = article("other", "The Holme council met in the school hall on Monday to set the "
                    "harbour dues.", [("on Monday", "2031-06-16", day("2031-06-16"), "day")],
                    date(2031, 6, 17), "Harbour dues set")
    return post, gazette, other


def test_a_lead_with_no_deed_tells_its_headline():
    post, gazette, other = _stories(
        "Six hundred rally in Holme",
        "About 600 people gathered by the water on Sunday to demand a better service.")
    clusters = cluster_events([post, gazette, other])
    assert clusters[eid(post, "on Sunday")] == clusters[eid(gazette, "on Sunday")]


def test_a_headline_with_no_deed_adds_none():
    post, gazette, other = _stories(
        "Six hundred wait in Holme",
        "About 600 people gathered by the water on Sunday to demand a better service.")
    clusters = cluster_events([post, gazette, other])
    assert clusters[eid(post, "on Sunday")] != clusters[eid(gazette, "on Sunday")]
