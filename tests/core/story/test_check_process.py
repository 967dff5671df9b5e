"""Anchor checks in their own process: the same reports as in this one, sending only changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline_app.core.model import Anchor, AnchorSource
from timeline_app.core.reconcile.anchor_check import check_anchors
from timeline_app.core.resources import seeds_dir
from timeline_app.core.story.check_process import CheckProcess
from timeline_app.core.story.pipeline import CancelledError, analyze, load


def _dicts(reports: dict) -> dict:
    return {k: v.to_dict() for k, v in reports.items()}


@pytest.fixture(scope="module")
def story() -> dict:
    result = load(sorted(seeds_dir().glob("*.txt")))
    return {a.article.id: a for a in result.analyses}


@pytest.fixture
def process():
    checks = CheckProcess()
    yield checks
    checks.close()


def test_the_process_gives_the_reports_of_check_anchors_through_changes(story, process):
    assert _dicts(process.check(story)) == _dicts(check_anchors(story))
    first = next(iter(story))
    moved = dict(story)
    old = story[first]
    moved[first] = analyze(old.article, Anchor(date(2024, 2, 29), AnchorSource.MANUAL))
    sent = dict(process._sent)
    assert _dicts(process.check(moved)) == _dicts(check_anchors(moved))
    # only the changed analysis was sent again
    assert [aid for aid in moved if process._sent[aid] is not sent[aid]] == [first]
    fewer = {aid: a for aid, a in moved.items() if aid != first}
    assert _dicts(process.check(fewer)) == _dicts(check_anchors(fewer))
    assert set(process._sent) == set(fewer)


def test_a_dead_process_is_started_again_with_the_whole_story(story, process):
    want = _dicts(check_anchors(story))
    assert _dicts(process.check(story)) == want
    process._process.kill()
    process._process.join(5)
    assert _dicts(process.check(story)) == want


def test_cancel_is_heard_while_the_story_is_sent(story, process):
    with pytest.raises(CancelledError):
        process.check(story, cancelled=lambda: True)
    renamed = {aid: replace(a) for aid, a in story.items()}  # equal values, new objects
    assert _dicts(process.check(renamed)) == _dicts(check_anchors(story))
