"""The rules clusters follow on real reports, each on a small case written here.

Fragments never bridge, one article's days never merge (not even through other sources),
same-day paraphrases that share actors merge, and a caption and a lead join one cluster.
"""

from __future__ import annotations

from datetime import date

from timeline_app.core.reconcile.clustering import cluster_events
from timeline_app.core.reconcile.signatures import EMPTY_TEXT, dateline_end, event_text

from .test_clustering import article, day, eid

TUE = ("on Tuesday", "2026-03-10", day("2026-03-10"), "day")


def _on(expr: str, iso: str) -> tuple[str, str, object, str]:
    return (expr, iso, day(iso), "day")


def test_datelines_are_recognised_in_the_shapes_agencies_use():
    for line, fragment in [
        ("OSLO, Nov 2 (Nordpress) - The council voted.", "OSLO, Nov 2 (Nordpress) - "),
        ("MARROWPORT, Oct 8 (Coastline Wire) -- About 2,300 dockers", "MARROWPORT, Oct 8 (Coastline Wire) -- "),
        ("KESSLA - The authorities of the region", "KESSLA - "),
        ("WASHINGTON —", "WASHINGTON —"),
        ("NEW YORK, June 9, 2022 /PRNewswire/ -- Acme said", "NEW YORK, June 9, 2022 /PRNewswire/ -- "),
        ("KESSLA\nThe authorities of the region", "KESSLA\n"),  # what stripping left of it
    ]:
        assert line[:dateline_end(line)] == fragment
    for line in ["US President Ann Lowe said on Monday", "The UN said - no", "Oslo voted.",
                 "NATO members met on Monday.\nThey agreed"]:
        assert dateline_end(line) == 0


def test_a_bare_dateline_has_no_signature_to_merge_on():
    a = article("w", "KESSLA, March 10 (Nordpress) -\n\nEngineers found a crack in the dam.",
                [("March 10", "2026-03-10", day("2026-03-10"), "day")], date(2026, 3, 10))
    [event] = a.events
    if event.sentence.strip().endswith("-"):  # the splitter kept the dateline apart
        assert event_text(event, a.article.text) == EMPTY_TEXT


def test_a_dateline_city_never_bridges_two_happenings_of_one_day():
    storm = article("a", "HAVERSUND, Feb 8 (Atlantis) - Storm Ilona made landfall on Saturday "
                    "with gusts of 160 km/h, cutting power to 90,000 homes.",
                    [_on("on Saturday", "2020-02-08")], date(2020, 2, 8), "Storm Ilona hits coast")
    ferry = article("b", "HAVERSUND, Feb 8 (Coastal News) - The ferry Solveig ran aground on "
                    "Saturday at the harbour entrance; lifeboats took 46 passengers ashore.",
                    [_on("on Saturday", "2020-02-08")], date(2020, 2, 8), "Ferry aground at Haversund")
    landfall = article("c", "HAVERSUND - Storm Ilona reached the coast on Saturday, and about "
                       "90,000 homes lost their power.",
                       [_on("on Saturday", "2020-02-08")], date(2020, 2, 9), "Ilona: homes in the dark")
    clusters = cluster_events([storm, ferry, landfall])
    assert clusters[eid(storm, "on Sat")] == clusters[eid(landfall, "on Sat")]
    assert clusters[eid(ferry, "on Sat")] != clusters[eid(storm, "on Sat")]


def _monday_and_tuesday(tuesday: str):
    """An article telling a walkout on Monday, then ``tuesday`` (a sentence saying "on Tuesday")."""
    return article("x", f"Dockers at Marrowport walked off the job on Monday over pay. {tuesday}",
                   [_on("on Monday", "2024-10-07"), _on("on Tuesday", "2024-10-08")],
                   date(2024, 10, 9), "Marrowport dockers strike")


def test_one_article_says_two_days_in_the_same_words_and_they_stay_apart():
    a = _monday_and_tuesday("Dockers at Marrowport walked off the job again on Tuesday over pay.")
    clusters = cluster_events([a])
    assert clusters[eid(a, "on Monday")] != clusters[eid(a, "on Tuesday")]


def test_one_article_two_days_never_merge_through_a_chain_of_other_sources():
    x = _monday_and_tuesday("The port authority at Marrowport raised its pay offer for dockers "
                            "on Tuesday.")
    y = article("y", "Marrowport dockers walked off the job over pay on Monday, and the port "
                "authority raised its pay offer.", [_on("on Monday", "2024-10-07")],
                date(2024, 10, 8), "Marrowport strike")
    z = article("z", "The Marrowport port authority raised its pay offer to dockers who walked "
                "off the job, on Tuesday.", [_on("on Tuesday", "2024-10-08")],
                date(2024, 10, 9), "Marrowport offer")
    clusters = cluster_events([x, y, z])
    assert clusters[eid(x, "on Monday")] != clusters[eid(x, "on Tuesday")]
    assert clusters[eid(x, "on Monday")] == clusters[eid(y, "on Monday")]


def test_a_chain_of_near_days_does_not_drift_across_the_week():
    reports = [article(f"s{k}", f"Governor Elin Stavrum spoke to volunteers in Haversund about the "
                       f"storm damage {when}.", [_on(when, iso)], date(2020, 2, 12),
                       "Stavrum and the storm")
               for k, (when, iso) in enumerate([("on Friday", "2020-02-07"),
                                                ("on Saturday", "2020-02-08"),
                                                ("on Sunday", "2020-02-09"),
                                                ("on Monday", "2020-02-10")])]
    clusters = cluster_events(reports)
    assert clusters[eid(reports[0], "on Fri")] != clusters[eid(reports[3], "on Mon")]


def test_same_day_paraphrases_that_share_actors_and_places_merge():
    wire = article("w", "Authorities on Tuesday ordered about 4,000 residents of Brunnhal to "
                   "leave their homes below the cracked Kessla dam.", [TUE],
                   date(2026, 3, 10), "Evacuation ordered below Kessla dam")
    local = article("l", "Buses lined up outside Brunnhal's school on Tuesday, and by noon most "
                    "families had gone, leaving their cows with volunteers.", [TUE],
                    date(2026, 3, 11), "Brunnhal empties as the Kessla dam crack widens")
    tv = article("t", "Brunnhal's evacuees spent the night on camp beds in Orsby's sports halls "
                  "on Tuesday, the Kessla rescue service said.", [TUE],
                  date(2026, 3, 11), "Kessla dam evacuees in Orsby")
    clusters = cluster_events([wire, local, tv])
    assert len({clusters[eid(a, "on Tuesday")] for a in (wire, local, tv)}) == 1


def test_same_day_reports_that_share_a_quote_merge():
    one = article("q1", "Minister Tove Rasmark toured the site on Wednesday. \"We will not gamble "
                  "with the lives of people,\" she told reporters.",
                  [_on("on Wednesday", "2026-03-11")], date(2026, 3, 11), "Minister at the dam")
    two = article("q2", "On Wednesday the minister declared at the dam: \"We will not gamble with "
                  "the lives of people.\"", [_on("On Wednesday", "2026-03-11")],
                  date(2026, 3, 12), "Kessla: the minister on site")
    clusters = cluster_events([one, two])
    assert clusters[eid(one, "on Wed")] == clusters[eid(two, "On Wed")]


def test_caption_and_lead_of_one_article_join_one_cluster():
    body = ("Families from Brunnhal climb onto a bus outside the village school on Tuesday, as "
            "the evacuation got under way.\n\nBuses lined up outside Brunnhal's school on "
            "Tuesday morning, and by noon most of the village's families had gone.")
    marks = [_on("on Tuesday", "2026-03-10"), _on("Tuesday morning", "2026-03-10")]
    paper = article("p", body, marks, date(2026, 3, 11), "Brunnhal empties as dam crack widens")
    wire = article("w", "Authorities evacuated the village of Brunnhal on Tuesday, sending "
                   "families by bus to shelters after a crack was found in the dam.", [TUE],
                   date(2026, 3, 10), "Brunnhal evacuated")
    clusters = cluster_events([paper, wire])
    assert clusters[eid(paper, "on Tuesday")] == clusters[eid(paper, "Tuesday morning")]
    assert clusters[eid(paper, "on Tuesday")] == clusters[eid(wire, "on Tuesday")]


def test_two_happenings_of_one_day_in_one_article_stay_two():
    body = ("The last day of the Brelmont festival was called off on Sunday after the fire. "
            "Director Paul Imrie said on Sunday that ticket holders would get their money back.")
    paper = article("g", body, [_on("on Sunday after", "2022-07-17"),
                                _on("on Sunday that", "2022-07-17")],
                    date(2022, 7, 17), "Brelmont festival's final day cancelled")
    clusters = cluster_events([paper])
    assert clusters[eid(paper, "on Sunday after")] != clusters[eid(paper, "on Sunday that")]


def test_a_city_left_alone_by_stripping_never_bridges_two_happenings():
    flood = article("f", "KESSLA\nThe river burst its banks on Tuesday and flooded forty cellars.",
                    [TUE], date(2026, 3, 11), "Floods in the old town")
    budget = article("b", "KESSLA\nThe town council approved a leaner budget on Tuesday night.",
                     [TUE], date(2026, 3, 11), "Council budget passed")
    clusters = cluster_events([flood, budget])
    assert clusters[eid(flood, "on Tuesday")] != clusters[eid(budget, "on Tuesday")]


def test_a_quote_belongs_to_the_report_it_follows_and_no_further():
    body = ("Rasmark toured the dam on Wednesday. \"We will not gamble with lives,\" she said. "
            "Engineers inspected the spillway on Thursday. Later a guide added: \"The water is "
            "lower than it has been for years.\"")
    a = article("r", body, [_on("on Wednesday", "2026-03-11"), _on("on Thursday", "2026-03-12")],
                date(2026, 3, 13))
    wednesday, thursday = sorted(a.events, key=lambda e: e.mention.start)
    assert event_text(wednesday, body).quotes == ("we will not gamble with lives",)
    assert event_text(thursday, body).quotes == ()
