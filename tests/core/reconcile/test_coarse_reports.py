"""A week's or a month's report of a happening joins the day other sources give it.

Across sources, a shorthand month ("earlier this month") joins the day its class of deed peaks on
in its period; within one article, a shorthand week ("two weeks later") joins the one report of
a day inside it that says the same thing. A month given as such ("in May 2031") is left alone.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from timeline_app.core.model import Interval
from timeline_app.core.reconcile.clustering import cluster_events, event_texts
from timeline_app.core.reconcile.coarse_reports import CoarseReports
from timeline_app.core.reconcile.lone_article import cluster_lone_article
from timeline_app.core.reconcile.lone_days import lone_day_reports, own_deeds

from .test_clustering import article, day, eid, month

SAT, TUE = "2031-05-10", "2031-05-13"


def _week(iso: str) -> Interval:
    begin = date.fromisoformat(iso)
    return Interval(begin, begin + timedelta(days=7))


def _day_reports():
    return [
        article("wire", "The river Ossel burst its banks at Grenby on Saturday night, and water "
                "filled the streets of the lower town.",
                [("on Saturday night", SAT, day(SAT), "day")], date(2031, 5, 11), "Grenby flooded"),
        article("radio", "Flood water covered the Grenby market square on Saturday, the fire "
                "brigade said.", [("on Saturday", SAT, day(SAT), "day")], date(2031, 5, 12)),
        article("daily", "Hundreds of homes in Grenby were flooded on 10 May when the Ossel "
                "rose. Minister Ada Voll toured the town and promised help on Tuesday, calling the "
                "flood a disaster.",
                [("on 10 May", SAT, day(SAT), "day"), ("on Tuesday", TUE, day(TUE), "day")],
                date(2031, 5, 14)),
    ]


def test_a_month_said_in_shorthand_joins_the_day_its_deed_peaks_on():
    brief = article("brief", "Ada Voll's trip was the first since the flood that hit Grenby "
                    "earlier this month.", [("earlier this month", "2031-05", month(2031, 5),
                                             "month")], date(2031, 5, 28))
    stories = _day_reports()
    relative = brief  # ("earlier this month" is read against the anchor)
    clusters = cluster_events([*stories, relative])
    day_cluster = clusters[eid(stories[0], "on Saturday night")]
    assert clusters[eid(stories[1], "on Saturday")] == day_cluster
    assert clusters[eid(relative, "earlier this month")] == day_cluster
    assert clusters[eid(stories[2], "on Tuesday")] != day_cluster


def test_a_month_given_as_such_stays_apart():
    brief = article("brief", "Ada Voll's trip was the first since the flood that hit Grenby in "
                    "May 2031.", [("in May 2031", "2031-05", month(2031, 5), "month")],
                    date(2031, 5, 28))
    stories = _day_reports()
    clusters = cluster_events([*stories, brief])
    assert clusters[eid(brief, "in May 2031")] != clusters[eid(stories[0], "on Saturday night")]


def test_a_week_in_shorthand_is_the_day_its_article_told_first():
    tribune = article(
        "tribune", "Army engineers on Tuesday finished closing the gap in the Grenby dyke with "
        "steel sheets. Schools reopened on 5 May. A week later, the gap itself was closed.",
        [("on Tuesday", TUE, day(TUE), "day"), ("on 5 May", "2031-05-05", day("2031-05-05"), "day"),
         ("A week later", "2031-W20", _week("2031-05-12"), "week")], date(2031, 5, 14))
    clusters = cluster_events([tribune])
    assert clusters[eid(tribune, "A week later")] == clusters[eid(tribune, "on Tuesday")]
    assert clusters[eid(tribune, "on 5 May")] != clusters[eid(tribune, "on Tuesday")]
    assert cluster_lone_article(tribune) == clusters


def test_a_week_holding_two_days_alike_is_left_apart():
    paper = article(
        "paper", "Crews closed the north gate on Monday. Crews closed the south gate on "
        "Wednesday. That week, the last gate was closed.",
        [("on Monday", "2031-05-12", day("2031-05-12"), "day"),
         ("on Wednesday", "2031-05-14", day("2031-05-14"), "day"),
         ("That week", "2031-W20", _week("2031-05-12"), "week")], date(2031, 5, 16))
    clusters = cluster_events([paper])
    assert len({clusters[eid(paper, x)] for x in ("on Monday", "on Wednesday", "That week")}) == 3



def _recalled(day_of_it: str = SAT):
    return article("union", "Ole Brask had been helping neighbours carry furniture upstairs in "
                   "Grenby on Saturday night, his sister said.",
                   [("on Saturday night", day_of_it, day(day_of_it), "day")], date(2031, 5, 12),
                   "Grenby mourns Ole Brask")


def test_a_day_told_with_no_deed_joins_the_deed_its_day_peaks_on():
    stories, union = _day_reports(), _recalled()
    clusters = cluster_events([*stories, union])
    assert clusters[eid(union, "on Saturday night")] == clusters[eid(stories[0], "on Saturday night")]


def _points(analyses):
    events = sorted((e for a in analyses for e in a.events), key=lambda e: e.event_id)
    texts = event_texts(events, {a.article.id: a.article.text for a in analyses})
    lone = lone_day_reports(events, texts)
    peaks = CoarseReports(events, texts, own_deeds(events, texts, lone), lone.tolist())
    return {e.article_id: peaks.points[k] for k, e in enumerate(events)}


def test_a_day_whose_deeds_tie_points_nowhere():
    stories, union = _day_reports(), _recalled()
    assert _points([*stories, union])["union"] == {f"{SAT}/flood"}
    fire = [article(f"fire{n}", f"A blaze destroyed {barn} outside Grenby on Saturday night.",
                    [("on Saturday night", SAT, day(SAT), "day")], date(2031, 5, 11), "Barn fire")
            for n, barn in enumerate(("the Lund barn", "a stable"))]  # (and the radio's "fire
    assert _points([*stories, *fire, union])["union"] == set()  # brigade": three each)


def test_a_day_told_with_no_deed_meets_only_reports_it_shares_a_word_or_actor_with():
    stories, union = _day_reports(), _recalled()
    radio = article("bulletin", "In other news, the Arlo ferry sails late on Saturday night "
                    "because of storm warnings.", [("on Saturday night", SAT, day(SAT), "day")],
                    date(2031, 5, 10), "Evening bulletin")
    analyses = [*stories, union, radio]
    events = sorted((e for a in analyses for e in a.events), key=lambda e: e.event_id)
    texts = event_texts(events, {a.article.id: a.article.text for a in analyses})
    lone = lone_day_reports(events, texts)
    peaks = CoarseReports(events, texts, own_deeds(events, texts, lone), lone.tolist())
    at = {e.event_id: k for k, e in enumerate(events)}
    wire, bulletin = at[eid(stories[0], "on Saturday night")], at[eid(radio, "on Saturday night")]
    sister = at[eid(union, "on Saturday night")]
    assert peaks.points[bulletin] == peaks.points[sister] == {f"{SAT}/flood"}
    fits = peaks.fits(np.array([wire, wire]), np.array([sister, bulletin]))
    assert fits.tolist() == [True, False]  # (Grenby named by both; nothing shared by the ferry)
