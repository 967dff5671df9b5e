"""The anchor checks' fast paths give what the plain definitions give.

Related articles are counted through a key index instead of comparing every pair; a search
keeps its lookups and similarities and weighs a reading once. Each is compared here with the
straightforward computation on the development stories, all in one folder.
"""

from __future__ import annotations

import pytest

from timeline_app.core.reconcile.anchor_check import check_anchors
from timeline_app.core.reconcile.anchor_evidence import References, Related, related_articles
from timeline_app.core.reconcile.signatures import content_similarity

from .stories_gold import load_story, story_names


@pytest.fixture(scope="module")
def by_id():
    return {a.article.id: a for name in story_names() for a in load_story(name).analyses}


def test_related_articles_counted_by_index_are_those_compared_pair_by_pair(by_id):
    ids = sorted(by_id)
    among = set(ids[::2])
    related = Related(by_id, among)
    found = 0
    for aid in ids:
        expected = related_articles(by_id, aid, sorted(among))
        assert related.of(aid) == expected
        found += len(expected)
    assert found > len(ids) // 2  # the stories relate their articles: the test compares something


def test_kept_lookups_and_similarities_are_those_computed_afresh(by_id):
    refs = References(by_id, set(by_id))
    first = {}
    for e in refs.events:
        x = refs.texts[e.event_id]
        first[e.event_id] = (refs.strong(e, x), refs.matches(e, x, None))
    for e in reversed(refs.events):  # asked again, in another order: the same answers
        x = refs.texts[e.event_id]
        assert (refs.strong(e, x), refs.matches(e, x, None)) == first[e.event_id]
    pairs = [(e, f, sim) for e in refs.events for f, sim in first[e.event_id][1]]
    assert len(pairs) > len(refs.events)
    for e, f, sim in pairs:
        x, y = refs.texts[e.event_id], refs.texts[f.event_id]
        direct = content_similarity(x, y, refs.idf)
        if f.event_id in refs.leads:
            direct = max(direct, 0.9 * content_similarity(x, refs.leads[f.event_id], refs.idf))
        assert sim == direct


def test_checks_give_the_same_reports_whatever_ran_before(by_id):
    from timeline_app.core.reconcile import anchor_check

    anchor_check._RECENT.clear()
    anchor_check._LAST = None
    once = {k: r.to_dict() for k, r in check_anchors(by_id).items()}
    part = {k: a for k, a in by_id.items() if k not in sorted(by_id)[:3]}
    check_anchors(part)  # another story checked in between
    anchor_check._RECENT.clear()
    anchor_check._LAST = None
    assert {k: r.to_dict() for k, r in check_anchors(by_id).items()} == once
