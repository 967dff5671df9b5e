"""Anchor checks a related group at a time, with the whole archive's weights: the whole run's."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.reconcile.anchor_check import check_anchors
from timeline_app.core.reconcile.clustering import cluster_events
from timeline_app.core.story.anchor_groups import article_keys, related_groups, reports_by_group
from timeline_app.core.story.pipeline import load

STORIES = Path(__file__).resolve().parents[3] / "bench" / "data" / "stories"


@pytest.fixture(scope="module")
def analyses():
    return load(sorted(p for p in STORIES.iterdir() if p.is_dir())).analyses


def _clusters(analyses) -> list[set[str]]:
    merged = cluster_events(analyses)
    members: dict[str, set[str]] = {}
    for a in analyses:
        for e in a.events:
            members.setdefault(merged[e.event_id], set()).add(a.article.id)
    return list(members.values())


def test_groups_split_the_stories_and_reports_equal_the_whole_runs(analyses):
    """Every story of the folder (the blind ulvhamar_mine too: its pages whose inferred year
    is overruled once weighed as trusted, and one reprint's reasons differed)."""
    expected = {aid: r.to_dict() for aid, r in sorted(check_anchors(analyses).items())
                if r.problems or r.suggestion}  # fmt: skip
    assert {p["kind"] for r in expected.values() for p in r["problems"]} == {"conflict", "missing"}
    clusters = _clusters(analyses)
    groups = related_groups(article_keys(analyses), clusters)
    assert len(groups) > 3 and sorted(a for g in groups for a in g) == sorted(
        a.article.id for a in analyses
    )
    assert reports_by_group(analyses, clusters) == expected


def test_articles_sharing_a_cluster_share_a_group():
    keys = [("a", True, ["x"]), ("b", True, ["y"]), ("c", False, ["z"]), ("d", True, [])]
    assert related_groups(keys, [{"a", "c"}]) == [["a", "c"], ["b"], ["d"]]
    shared = [("a", True, ["k1", "k2", "k3"]), ("b", True, ["k1", "k2", "k3", "k4"])]
    assert related_groups(shared, []) == [["a", "b"]]
    assert related_groups([(i, True, k[:2]) for i, _, k in shared], []) == [["a"], ["b"]]


def test_a_page_of_few_keys_joins_the_story_that_several_pages_share_most_of_them_with():
    story = [(f"p{i}", True, ["k1", "k2", f"x{i}", f"y{i}", f"z{i}"]) for i in range(3)]
    blog = ("blog", False, ["k1", "k2", "note", "send"])
    assert related_groups([blog, *story], []) == [["blog", "p0", "p1", "p2"]]
    # one page or two sharing them may be a chance: the page stays apart
    assert related_groups([blog, *story[:2]], []) == [["blog"], ["p0"], ["p1"]]
