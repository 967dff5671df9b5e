"""One article's two reports of one day that tell one class of deed are one happening told again.

The rule is the same in the cross-source stage and for a text clustered alone, and it reads
the two reports and their article only.
"""

from __future__ import annotations

from datetime import date

from timeline_app.core.reconcile.clustering import cluster_events
from timeline_app.core.reconcile.lone_article import cluster_lone_article
from timeline_app.core.reconcile.sentence_signatures import event_texts
from timeline_app.core.reconcile.told_again import told_again

from .test_clustering import article, day, eid

TUE = "2031-04-08"


def _wire():
    return article(
        "wire", "A fire broke out at the Grelda paint works on Tuesday evening, sending smoke over "
        "the harbour. Residents of the lower town were taken to a school on Tuesday night. "
        "Firefighters were still pouring foam on the burning tanks near midnight.",
        [("on Tuesday evening", TUE, day(TUE), "day"), ("on Tuesday night", TUE, day(TUE), "day"),
         ("near midnight", TUE, day(TUE), "day")], date(2031, 4, 8), "Fire at Grelda paint works")


def _pairs(analysis):
    events = sorted(analysis.events, key=lambda e: e.event_id)
    texts = dict(zip((e.event_id for e in events), event_texts(events, analysis.article.text),
                     strict=True))
    i, j = told_again(events, texts)
    return {frozenset((events[a].mention.text, events[b].mention.text))
            for a, b in zip(i, j, strict=True)}


def test_a_happening_and_how_it_went_on_that_day_are_told_again():
    wire = _wire()
    assert _pairs(wire) == {frozenset(("on Tuesday evening", "near midnight"))}
    clusters = cluster_events([wire])
    assert clusters[eid(wire, "on Tuesday evening")] == clusters[eid(wire, "near midnight")]
    assert clusters[eid(wire, "on Tuesday night")] != clusters[eid(wire, "near midnight")]
    assert cluster_lone_article(wire) == clusters


def test_two_meetings_with_other_people_on_one_day_are_two_happenings():
    visit = article(
        "visit", "Minister Hal Orrin met President Vela Marsk on Tuesday morning. Orrin also met "
        "Foreign Minister Tam Ruddel on Tuesday afternoon.",
        [("on Tuesday morning", TUE, day(TUE), "day"), ("on Tuesday afternoon", TUE, day(TUE), "day")],
        date(2031, 4, 8))
    assert _pairs(visit) == set()
    clusters = cluster_events([visit])
    assert clusters[eid(visit, "on Tuesday morning")] != clusters[eid(visit, "on Tuesday afternoon")]
    assert cluster_lone_article(visit) == clusters


def test_a_third_report_of_the_deed_leaves_the_day_to_wording():
    text = ("A fire broke out at the depot on Tuesday. A second fire hit the market on Tuesday "
            "afternoon. Firefighters left the town on Tuesday evening.")
    many = article("many", text, [("on Tuesday.", TUE, day(TUE), "day"),
                                  ("on Tuesday afternoon", TUE, day(TUE), "day"),
                                  ("on Tuesday evening", TUE, day(TUE), "day")], date(2031, 4, 9))
    assert _pairs(many) == set()


def test_the_other_sources_then_join_both_reports_in_one_cluster():
    wire = _wire()
    local = article(
        "local", "Firefighters battled the flames at Grelda until the early hours, pouring foam "
        "on storage tanks after the blaze began on Tuesday.",
        [("on Tuesday", TUE, day(TUE), "day")], date(2031, 4, 9), "Grelda works burn")
    clusters = cluster_events([wire, local])
    assert (clusters[eid(local, "on Tuesday")] == clusters[eid(wire, "on Tuesday evening")]
            == clusters[eid(wire, "near midnight")])
    assert clusters[eid(wire, "on Tuesday night")] != clusters[eid(wire, "near midnight")]


def test_a_deed_told_again_is_still_the_reports_own():
    wire = article(
        "wire", "A landslide swept onto the railway above Tarnby on Sunday afternoon, police said. "
        "By late Sunday night, mud was still sliding over the track.",
        [("on Sunday afternoon", "2031-04-06", day("2031-04-06"), "day"),
         ("late Sunday night", "2031-04-06", day("2031-04-06"), "day")], date(2031, 4, 6),
        "Landslide hits Tarnby railway")
    local = article(
        "local", "Life in Tarnby is on hold. The slide on Sunday cut the village off from the "
        "railway.", [("on Sunday", "2031-04-06", day("2031-04-06"), "day")], date(2031, 4, 8),
        "Tarnby waits")
    clusters = cluster_events([wire, local])
    assert (clusters[eid(local, "on Sunday")] == clusters[eid(wire, "on Sunday afternoon")]
            == clusters[eid(wire, "late Sunday night")])


def _bulletin(first: str, second: str):
    return article(
        "radio", f"{first} {second}",
        [("today", TUE, day(TUE), "day"), ("This morning", TUE, day(TUE), "day"),
         ("this afternoon", TUE, day(TUE), "day")], date(2031, 4, 8), "Morning news")


def test_who_is_where_that_day_goes_on_in_the_next_sentence_with_a_pronoun():
    radio = _bulletin("The interior minister Ada Welk is in Grelda today.",
                      "This morning she sat with the families from the lower town, and she will "
                      "walk along the harbour wall this afternoon.")
    assert _pairs(radio) == {frozenset(("today", "This morning")),
                             frozenset(("today", "this afternoon"))}
    clusters = cluster_events([radio])
    assert len({clusters[eid(radio, x)] for x in ("today", "This morning", "this afternoon")}) == 1
    assert cluster_lone_article(radio) == clusters


def test_a_sentence_that_tells_a_deed_of_its_own_is_no_frame_for_the_next():
    radio = _bulletin("The interior minister Ada Welk held talks with the mayor of Grelda today.",
                      "This morning she sat with the families from the lower town, and she will "
                      "walk along the harbour wall this afternoon.")
    assert _pairs(radio) == set()
    other = _bulletin("The interior minister Ada Welk is in Grelda today.",
                      "This morning the mayor sat with the families from the lower town, and the "
                      "council will walk along the harbour wall this afternoon.")
    assert _pairs(other) == set()


def test_a_second_happening_of_the_kind_is_not_the_first_told_again():
    wire = article(
        "wire", "A fire destroyed a barn on the Brekke farm on Friday evening. Later on Friday, a "
        "fire also destroyed the sailing club's boathouse at the marina.",
        [("on Friday evening", "2031-04-04", day("2031-04-04"), "day"),
         ("Later on Friday", "2031-04-04", day("2031-04-04"), "day")], date(2031, 4, 5))
    assert _pairs(wire) == set()
    apart = article(
        "apart", "A fire destroyed a barn on the farm on Friday evening. The crews fought a fire "
        "at the marina on Friday night.",
        [("on Friday evening", "2031-04-04", day("2031-04-04"), "day"),
         ("on Friday night", "2031-04-04", day("2031-04-04"), "day")], date(2031, 4, 5))
    assert _pairs(apart) == set()  # two sentences, and nothing says the first goes on


def test_pairs_told_again_are_merged_with_the_found_chunks_which_are_consumed():
    """The chunks are freed as they are read (millions of pairs on a worker of 1 GiB)."""
    import numpy as np

    from timeline_app.core.reconcile.told_again import with_told_again

    found = [(np.array([0.9, 0.4]), np.array([0, 1]), np.array([2, 2])),
             (np.array([0.5]), np.array([0]), np.array([2]))]
    score, i, j = with_told_again(found, (np.array([1]), np.array([2])), 3, 0.8)
    assert found == []
    assert (score.tolist(), i.tolist(), j.tolist()) == ([0.9, 0.8], [0, 1], [2, 2])


def test_a_possessive_opening_the_next_sentence_goes_on_with_who_was_named():
    evening = article(
        "evening", "Flags flew at half mast in Grelda tonight after the sea gave back the "
        "fisherman Ola Vint. His boat drifted onto the north beach this morning.",
        [("tonight", TUE, day(TUE), "day"), ("this morning", TUE, day(TUE), "day")],
        date(2031, 4, 8), "Grelda mourns")
    assert _pairs(evening) == {frozenset(("tonight", "this morning"))}
    clusters = cluster_events([evening])
    assert clusters[eid(evening, "tonight")] == clusters[eid(evening, "this morning")]
    assert cluster_lone_article(evening) == clusters
