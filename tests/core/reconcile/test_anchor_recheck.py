"""A correction re-checks only what it touches, and the reports are those of a fresh check."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.core.reconcile.test_anchor_determinism import _write_corpus
from timeline_app.core.model import Anchor, AnchorSource
from timeline_app.core.reconcile import anchor_check
from timeline_app.core.reconcile.anchor_recheck import CheckState, article_input, touched_by
from timeline_app.core.story.estimates import with_estimates
from timeline_app.core.story.pipeline import analyze, load


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    folder = _write_corpus(tmp_path_factory.mktemp("recheck"))
    return {a.article.id: a for a in with_estimates(load([folder], workers=1).analyses)}


def _fresh(by_id):
    anchor_check._RECENT.clear()
    anchor_check._LAST = None
    return _dicts(anchor_check.check_anchors(by_id))


def _dicts(reports):
    return {aid: r.to_dict() for aid, r in reports.items()}


def _moved(a, days: int):
    return analyze(a.article, Anchor(a.anchor.value + timedelta(days=days), AnchorSource.MANUAL))


def test_corrections_give_the_reports_of_a_fresh_check(story):
    by_id = dict(story)
    _fresh(by_id)
    detected = [aid for aid, a in sorted(by_id.items())
                if a.anchor.source == AnchorSource.DETECTED]
    undated = [aid for aid, a in sorted(by_id.items()) if a.anchor.value is None
               or a.anchor.source == AnchorSource.ESTIMATED]
    assert len(detected) >= 3 and undated
    steps = [(detected[0], 2), (detected[1], 400), (detected[-1], -30)]
    partial = 0
    for aid, days in steps:
        by_id[aid] = _moved(by_id[aid], days)
        state = CheckState(None, {k: article_input(a) for k, a in sorted(by_id.items())})
        touched = touched_by(anchor_check._LAST, state, dict(sorted(by_id.items())))
        partial += touched is not None and len(touched) < len(by_id)
        after = _dicts(anchor_check.check_anchors(by_id))
        assert after == _fresh(by_id), f"after moving {aid} by {days} days"
    assert partial  # some correction took the incremental path
    # an undated article given a date by hand: other references, checked in full, same answer
    aid = undated[0]
    day = by_id[detected[2]].anchor.value
    by_id[aid] = analyze(by_id[aid].article, Anchor(day, AnchorSource.MANUAL))
    assert _dicts(anchor_check.check_anchors(by_id)) == _fresh(by_id)
