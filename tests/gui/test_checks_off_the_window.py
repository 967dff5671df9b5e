"""The window's anchor checks run in a process of their own; no correction is lost meanwhile."""

from __future__ import annotations

import gc
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.gui.test_corrections_gui import REPUBLISHED, UNDATED, _window
from timeline_app.core.corrections.edits import SetAnchor
from timeline_app.core.resources import seeds_dir
from timeline_app.core.story.document import Document
from timeline_app.core.story.pipeline import load
from timeline_app.gui import opening
from timeline_app.gui.commands import CorrectionCommand


@pytest.fixture
def articles(tmp_path) -> Path:
    """The seed articles, in a folder of their own."""
    return Path(shutil.copytree(seeds_dir(), tmp_path / "seeds",
                                ignore=lambda _d, names: [n for n in names if n[-4:] != ".txt"]))


def _state(timeline) -> tuple:
    return ([(e.event_id, e.interval, e.cluster_id, e.label) for e in timeline.events],
            {k: v.to_dict() for k, v in timeline.reports.items()})


def test_a_correction_during_the_checks_is_not_lost(qtbot, tmp_path, articles):
    window = _window(qtbot, tmp_path)
    window.open_paths([str(articles)])
    document = window.document
    qtbot.waitUntil(lambda: len(document.analyses) == 5 and not document.unsettled,
                    timeout=60_000)
    checks = window.opener.story_process
    assert checks._process.poll() is None and checks._process.pid != os.getpid()
    first, second = SetAnchor(UNDATED, date(2025, 7, 12)), SetAnchor(REPUBLISHED, date(2023, 10, 20))
    window.undo_stack.push(CorrectionCommand(document, first))
    qtbot.waitUntil(lambda: window.opener.checks.running, timeout=10_000)  # the first is checked
    window.undo_stack.push(CorrectionCommand(document, second))  # meanwhile, a second
    qtbot.waitUntil(lambda: not document.unsettled, timeout=60_000)
    exact = Document()
    exact.add(load(sorted(articles.glob("*.txt"))))
    exact.apply(first)
    exact.apply(second)
    assert _state(document.timeline) == _state(exact.timeline)
    assert sorted(e.slot for e in document.corrections) == sorted(e.slot for e in exact.corrections)


def test_closing_the_window_ends_its_story_process(qtbot, tmp_path, articles):
    window = _window(qtbot, tmp_path)
    window.open_paths([str(articles)])
    qtbot.waitUntil(lambda: len(window.document.analyses) == 5
                    and not window.document.unsettled, timeout=60_000)
    process = window.opener.story_process._process
    window.close()
    assert process.wait(5) is not None  # ended


def test_a_finished_run_leaves_the_story_out_of_full_collections(qtbot, tmp_path, articles):
    window = _window(qtbot, tmp_path)
    window.open_paths([str(articles)])
    qtbot.waitUntil(lambda: len(window.document.analyses) == 5, timeout=60_000)
    qtbot.waitUntil(lambda: not window.loader.running)
    frozen = gc.get_freeze_count()
    assert frozen > 0
    analysis = next(iter(window.document.analyses.values()))
    assert not any(analysis is o for o in gc.get_objects(generation=2))


def test_a_load_warms_the_tagger_once_per_language(monkeypatch, articles):
    """One short text per language is analysed (tagged, and its events built) on the loader's
    thread, so that a correction's first reading does not load a grammar or compile the labels'
    patterns on the window's thread."""
    said = []
    monkeypatch.setattr(opening, "analyze",
                        lambda article, anchor=None: said.append(article) or None)
    result = load(sorted(articles.glob("*.txt")))
    prepared = opening._warming(Document().snapshot_for_load(replace=True))(result)
    langs = {a.article.lang or None for a in prepared.analyses.values()}
    assert sorted(a.lang or "" for a in said) == sorted(lang or "" for lang in langs)
    assert all(len(a.text) <= opening.WARM_CHARS and not a.content_hash for a in said)
