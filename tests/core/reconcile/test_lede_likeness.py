"""Undated pages related to their story by a name and their opening lines (issue 12).

A blog post names the town and tells what happened in plain words; the story's reports name
their own actors. Two stories of one town (a flood and a ferry) share the town's name and
generic words: a page of one must not be related to, nor estimated from, the other.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline_app.core.model import Article, PublishedSource
from timeline_app.core.reconcile.anchor_check import check_anchors
from timeline_app.core.reconcile.anchor_evidence import Related
from timeline_app.core.reconcile.lede_likeness import (
    NAME,
    lede_related,
    lede_signature,
    shared_names,
)
from timeline_app.core.story.anchor_groups import article_keys, related_groups
from timeline_app.core.story.pipeline import analyze


def _article(aid: str, title: str, text: str, published: date | None) -> Article:
    source = PublishedSource.HEADER if published else PublishedSource.NONE
    return Article(aid, title, text, published, source)


def test_names_are_capitalised_words_after_a_lower_case_one():
    keys = lede_signature("Notes from Holme", "Many of us stood on the quay of Holme Island.\n"
                          "Owners said the Aster Bell is still on the rocks.")
    assert {NAME + "holm", NAME + "island", NAME + "aster", NAME + "bell"} <= keys
    assert not {NAME + "many", NAME + "owner", NAME + "notes"} & keys  # first words: openers
    assert {"stood", "quay", "rock"} <= keys  # plain words of four letters or more, as stems


def test_a_name_opening_a_sentence_counts_when_the_other_text_writes_it_inside_one():
    wire = lede_signature("", "KORVEL - Korvel hospital staff wrote doses by hand.")
    blog = lede_signature("", "Thoughts from a Korvel nurse.")
    assert shared_names(wire, blog) == {NAME + "korvel"}
    both_open = lede_signature("", "Many said so.")
    assert not shared_names(both_open, lede_signature("", "Many left."))  # no name: "Many"


def test_a_common_noun_with_a_capital_is_no_shared_name():
    """"Health Minister Lund" and "the minister came": a title, not a name two stories share."""
    a = lede_signature("", "Yesterday the Health Minister toured wards and beds and doctors "
                       "and nurses and promised money")
    b = lede_signature("", "yesterday the minister toured wards and beds and doctors and "
                       "nurses and promised money")
    assert not lede_related(a, b)


def test_a_name_and_five_plain_words_relate_two_openings():
    a = lede_signature("", "Carrying mops, buckets and a banner, three thousand people marched "
                       "to Sarnby town hall on Friday.")
    b = lede_signature("", "About three thousand people walked to the town hall of Sarnby, "
                       "carrying mops, buckets and a banner.")
    assert lede_related(a, b) and lede_related(b, a)
    no_name = lede_signature("", "About three thousand people walked to the town hall, carrying "
                             "mops, buckets and a banner.")
    assert not lede_related(a, no_name)
    few = lede_signature("", "The council of Sarnby met at the town hall about the budget.")
    assert not lede_related(a, few)


TOWN = "Tarnby"
FLOOD = [
    ("flood_wire", "River floods Tarnby", date(2024, 4, 8),
     f"The river Oyle burst its banks in {TOWN} on Sunday night, flooding two hundred homes in "
     "the old town. Residents spent the night in the sports hall, the mayor said. The minister "
     "promised money for the families whose homes were flooded."),
    ("flood_paper", "Mud and water in old Tarnby", date(2024, 4, 9),
     f"Families in {TOWN} began carrying mud out of their homes on Monday after the river Oyle "
     "flooded the old town on Sunday night. The water reached the windows of the sports hall, "
     "and the minister promised money."),
    ("flood_radio", "Tarnby flood: the clean-up", date(2024, 4, 10),
     f"Volunteers in {TOWN} pumped water from flooded cellars on Tuesday, two days after the "
     "river Oyle flooded the old town. The minister promised money to the families."),
]
FERRY = [
    ("ferry_wire", "Tarnby ferry stops", date(2024, 5, 13),
     f"The ferry between {TOWN} and the island of Skarn stopped running on Monday after its "
     "only boat failed an engine inspection, leaving islanders without a crossing. The "
     "minister promised money for a new boat."),
    ("ferry_paper", "Islanders stranded", date(2024, 5, 14),
     f"Islanders from Skarn waited on the quay in {TOWN} on Tuesday for a crossing that never "
     "came, a day after the ferry failed its engine inspection. The minister promised money "
     "for a replacement boat."),
    ("ferry_radio", "No boat to Skarn", date(2024, 5, 15),
     f"The island of Skarn had no ferry for a third day on Wednesday; the quay in {TOWN} stood "
     "empty and islanders asked for a replacement boat after the engine inspection. The "
     "minister promised money."),
]
FERRY_BLOG = ("ferry_blog", "Notes from an islander",
              "Yesterday we stood on the quay again and no boat came. Since the ferry failed its "
              f"engine inspection the island has been cut off from {TOWN}. The minister "
              "promised money; the islanders want a crossing.")
FLOOD_BLOG = ("flood_blog", "Notes from a resident",
              f"Yesterday the river flooded our street in {TOWN} and the water reached the "
              "windows. We carried the children to the sports hall and spent the night there. "
              "The minister promised money; we want our homes dry.")


@pytest.fixture(scope="module")
def town() -> dict:
    pages = [_article(aid, title, text, day) for aid, title, day, text in FLOOD + FERRY]
    pages += [_article(aid, title, text, None) for aid, title, text in (FERRY_BLOG, FLOOD_BLOG)]
    return {a.id: analyze(a) for a in pages}


def test_two_stories_of_one_town_stay_apart(town):
    dated = {aid for aid, a in town.items() if a.anchor.value is not None}
    relations = Related(town, dated)
    assert relations.of("ferry_blog", lede=True) <= {"ferry_wire", "ferry_paper", "ferry_radio"}
    assert relations.of("ferry_blog", lede=True)  # its own story's pages relate
    assert relations.of("flood_blog", lede=True) <= {"flood_wire", "flood_paper", "flood_radio"}
    assert relations.of("flood_blog", lede=True)


def test_a_page_of_one_story_is_not_estimated_from_the_other(town):
    reports = check_anchors(town)
    ferry, flood = reports["ferry_blog"].suggestion, reports["flood_blog"].suggestion
    assert ferry is not None and flood is not None
    assert date(2024, 5, 13) <= ferry.best <= date(2024, 5, 22)
    assert date(2024, 4, 8) <= flood.best <= date(2024, 4, 16)
    # each estimate is what its own story alone gives: the other story's pages pull nothing
    ferry_only = {k: a for k, a in town.items() if not k.startswith("flood")}
    alone = check_anchors(ferry_only)["ferry_blog"].suggestion
    assert (alone.best, alone.begin, alone.end) == (ferry.best, ferry.begin, ferry.end)


def test_the_archive_groups_hold_what_an_undated_page_relates_to(town):
    groups = related_groups(article_keys(list(town.values())), [])
    group_of = {aid: tuple(g) for g in groups for aid in g}
    dated = {aid for aid, a in town.items() if a.anchor.value is not None}
    relations = Related(town, dated)
    for blog in ("ferry_blog", "flood_blog"):
        assert relations.of(blog, lede=True) <= set(group_of[blog])



def test_a_decade_told_by_a_related_page_centres_no_estimate():
    """"as in the 1980s" matched to "this week" holds the reading on any day of ten years: the
    page is not put in the middle of them (korvel's nurse blog, related to the page that says
    it, was put in 1984)."""
    from timeline_app.core.story.pipeline import load

    folder = Path(__file__).resolve().parents[3] / "bench" / "data" / "stories" / "korvel_hospital"
    s = check_anchors(load([folder]).analyses)["nurse_blog_undated"].suggestion
    assert s is None or s.best.year == 2026


def test_lede_relations_do_not_depend_on_the_order_of_files(town):
    backwards = dict(reversed(list(town.items())))
    dated = sorted(aid for aid, a in town.items() if a.anchor.value is not None)
    for blog in ("ferry_blog", "flood_blog"):
        assert Related(town, dated).of(blog, lede=True) == \
            Related(backwards, dated[::-1]).of(blog, lede=True)
    keys = article_keys(list(town.values()))
    assert related_groups(keys, []) == related_groups(keys[::-1], [])


def test_a_report_is_claimed_by_the_page_event_most_like_it_and_the_best_day_is_picked():
    """marnholt's undated blog: "Today we carried more than 8,000 signatures" and "Tomorrow the
    council votes on whether to rebuild the levee" both read like the courier's "had delivered
    more than 8,000 signatures asking the council to rebuild the levee": that report is the
    petition's, claimed by "Today" alone, and the day scoring best (the 4th) is the estimate,
    not the earliest day of its range."""
    from timeline_app.core.story.estimates import with_estimates
    from timeline_app.core.story.pipeline import load

    folder = Path(__file__).resolve().parents[3] / "bench" / "data" / "stories" / "marnholt_flood"
    blog = {a.article.id: a for a in with_estimates(load([folder]).analyses)}["stay_blog_undated"]
    assert blog.anchor.value == date(2026, 11, 4)
