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
    alike = 0
    for aid in ids:
        expected = related_articles(by_id, aid, sorted(among))
        assert related.of(aid) == expected
        found += len(expected)
        wider = related_articles(by_id, aid, sorted(among), lede=True)
        assert related.of(aid, lede=True) == wider
        alike += len(wider - expected)
    assert found > len(ids) // 2  # the stories relate their articles: the test compares something
    assert alike  # and openings alike relate some more


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


def _flagged_far_checks(by_id):
    """Each flagged page's search with the far days its conflict check asks about."""
    from timeline_app.core.model import AnchorSource
    from timeline_app.core.reconcile.anchor_check import SHIFT_DAYS
    from timeline_app.core.reconcile.anchor_search import AnchorSearch

    dated = {aid for aid, a in by_id.items()
             if a.anchor.value is not None and a.anchor.source == AnchorSource.DETECTED}
    refs = References(by_id, dated)
    for aid in sorted(dated):
        search = AnchorSearch(by_id[aid], refs)
        if not search.suspicious() or not search.can_agree():
            continue
        page = by_id[aid].anchor.value
        centres = search.centres(page)
        if search.lead_known():
            yield search, [d for d in search.days_around(centres)
                           if abs((d - page).days) > SHIFT_DAYS]


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A generated story: template wording flags many pages for a search (bench_checks')."""
    import importlib.util
    import sys
    from pathlib import Path

    from timeline_app.core.story.estimates import with_estimates
    from timeline_app.core.story.pipeline import load

    path = Path(__file__).resolve().parents[3] / "bench" / "gen_corpus.py"
    spec = importlib.util.spec_from_file_location("gen_corpus", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_corpus"] = module
    spec.loader.exec_module(module)
    folder = module.write_corpus(tmp_path_factory.mktemp("c"), 120, seed=11, paragraphs=8)
    return {a.article.id: a for a in with_estimates(load([folder], workers=1).analyses)}


def test_the_bound_on_far_days_is_never_below_a_score_they_read(generated):
    bounded = 0
    for search, far in _flagged_far_checks(generated):
        most = search.most_on(far)
        if most is None or not far:
            continue
        bounded += 1
        assert max(search.score(d).score for d in far) <= most + 1e-9
    assert bounded >= 10  # the story has flagged pages whose far days are bounded


def test_a_far_check_the_bound_answers_reads_no_far_day(generated, monkeypatch):
    """Re-readings per flagged page: those of the page and its centres, not one per far day."""
    from timeline_app.core.reconcile import anchor_check
    from timeline_app.core.reconcile.anchor_search import AnchorSearch

    reads: list[object] = []
    plain = AnchorSearch._events_at
    monkeypatch.setattr(AnchorSearch, "_events_at",
                        lambda self, day: reads.append(day) or plain(self, day))
    answered = 0
    for search, far in _flagged_far_checks(generated):
        page = search.analysis.anchor.value
        most = search.most_on(far)
        if most is None or most - search.score(page).score >= anchor_check.MIN_GAIN:
            continue
        answered += 1
        reads.clear()
        fresh = AnchorSearch(search.analysis, search.refs)
        anchor_check._conflict(fresh)
        assert reads == [page]  # the page day alone (the centres read it too, kept)
    assert answered >= 1


def test_the_bound_of_each_far_day_is_never_below_its_score_and_spares_some(generated):
    """``most_each``: each day's own bound (its violations and offsets exact) holds it."""
    bounded = spared = 0
    for search, far in _flagged_far_checks(generated):
        page = search.analysis.anchor.value
        each = search.most_each(far, page)
        if each is None:
            continue
        assert search.most_on(far) is not None
        here = search.score(page).score
        for d, most in zip(far, each, strict=True):
            assert search.score(d).score <= most + 1e-9
            bounded += 1
            spared += most - here < 0.5  # (MIN_GAIN): a day the check need not read
    assert bounded >= 100 and spared >= bounded // 4  # (580 and 351 when written)
