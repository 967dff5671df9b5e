"""The story's cross-source work in its own process: the same answers, sending only changes."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest

from timeline_app.core.model import Anchor, AnchorSource
from timeline_app.core.reconcile.anchor_check import check_anchors
from timeline_app.core.reconcile.clustering import cluster_events
from timeline_app.core.resources import seeds_dir
from timeline_app.core.story.estimates import with_estimates
from timeline_app.core.story.pipeline import analyze, load
from timeline_app.core.story.story_process import StoryProcess, StoryProcessError


def _dicts(reports: dict) -> dict:
    return {k: v.to_dict() for k, v in reports.items()}


@pytest.fixture(scope="module")
def story() -> dict:
    result = load(sorted(seeds_dir().glob("*.txt")))
    return {a.article.id: a for a in result.analyses}


@pytest.fixture
def process():
    remote = StoryProcess()
    yield remote
    remote.close()


def test_checks_and_clusters_are_those_of_the_core_through_changes(story, process):
    assert _dicts(process.check(story)) == _dicts(check_anchors(story))
    assert process.clusters(story) == cluster_events(list(story.values()))
    first = next(iter(story))
    moved = dict(story)
    moved[first] = analyze(story[first].article, Anchor(date(2024, 2, 29), AnchorSource.MANUAL))
    sent = dict(process._sent)
    assert _dicts(process.check(moved)) == _dicts(check_anchors(moved))
    assert process.clusters(moved) == cluster_events(list(moved.values()))
    # only the changed analysis was sent again
    assert [aid for aid in moved if process._sent[aid] is not sent[aid]] == [first]
    fewer = {aid: a for aid, a in moved.items() if aid != first}
    assert _dicts(process.check(fewer)) == _dicts(check_anchors(fewer))
    assert set(process._sent) == set(fewer)


def test_estimates_are_those_of_the_core_and_stay_in_the_process(story, process):
    here = with_estimates(list(story.values()))
    there = process.estimates(list(story.values()))
    assert there == here
    assert any(a is not b for a, b in zip(there, story.values(), strict=True)), "an undated one was re-read"
    assert all(process._sent[a.article.id] is a for a in there)  # nothing to send again
    assert _dicts(process.check({a.article.id: a for a in there})) == _dicts(
        check_anchors({a.article.id: a for a in here}))


def test_a_dead_process_is_started_again_with_the_whole_story(story, process):
    want = _dicts(check_anchors(story))
    assert _dicts(process.check(story)) == want
    process._process.kill()
    process._process.wait(5)
    renamed = {aid: replace(a) for aid, a in story.items()}  # equal values, new objects
    assert _dicts(process.check(renamed)) == want


def test_a_closed_process_refuses_work(story, process):
    process.close()
    with pytest.raises(StoryProcessError):
        process.check(story)


def test_a_script_without_a_main_guard_is_not_run_again(tmp_path):
    script = tmp_path / "unguarded.py"
    script.write_text(
        "from timeline_app.core.resources import seeds_dir\n"
        "from timeline_app.core.story.pipeline import load\n"
        "from timeline_app.core.story.story_process import StoryProcess\n"
        "print('script ran', flush=True)\n"
        "story = {a.article.id: a for a in load(sorted(seeds_dir().glob('*.txt'))).analyses}\n"
        "remote = StoryProcess()\n"
        "print(len(remote.check(story)), 'reports', flush=True)\n"
        "remote.close()\n"
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=300, check=True)
    assert done.stdout.splitlines() == ["script ran", "5 reports"]
