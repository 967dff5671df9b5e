"""An undo of an anchor correction installs what a worker read ahead: no reset, no re-read."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QUndoStack

from tests.core.story.test_incremental import UNDATED
from tests.core.story.test_preview_apply import _document, _state
from timeline_app.core.corrections.edits import SetAnchor
from timeline_app.core.resources import seeds_dir
from timeline_app.core.story import document as document_module
from timeline_app.core.story.pipeline import load
from timeline_app.gui.commands import CorrectionCommand
from timeline_app.gui.models import EventTableModel
from timeline_app.gui.undo_previews import UndoPreviews


@pytest.fixture(scope="module")
def seeds():
    return load(sorted(seeds_dir().glob("*.txt")))


def test_an_undo_takes_the_preview_read_ahead_and_moves_rows_only(qtbot, seeds, monkeypatch):
    document, plain = _document(seeds), _document(seeds)
    stack = QUndoStack()
    previews = UndoPreviews(document, stack)
    model = EventTableModel(document)
    edit = SetAnchor(UNDATED, date(2025, 7, 12))
    stack.push(CorrectionCommand(document, edit))
    qtbot.waitUntil(lambda: document.preview_kept() and not previews.running, timeout=20_000)
    seen: list[str] = []
    model.modelReset.connect(lambda: seen.append("reset"))
    model.rowsInserted.connect(lambda *_: seen.append("inserted"))
    monkeypatch.setattr(document_module, "analyze", lambda *_a, **_k: pytest.fail("re-read"))
    monkeypatch.setattr(document_module, "provisional", lambda *_a, **_k: pytest.fail("merged"))
    stack.undo()
    monkeypatch.undo()
    assert "reset" not in seen and "inserted" in seen
    plain.apply(plain.apply(edit))
    assert _state(document) == _state(plain)
    assert [model.event_at(r) for r in range(model.rowCount())] == document.timeline.events
    previews.shutdown()


def test_a_dialogs_preview_is_not_replaced_and_a_redo_is_left_alone(qtbot, seeds):
    document = _document(seeds)
    stack = QUndoStack()
    previews = UndoPreviews(document, stack)
    edit = SetAnchor(UNDATED, date(2025, 7, 12))
    stack.push(CorrectionCommand(document, edit))
    other = SetAnchor(UNDATED, date(2025, 7, 1))  # the dialog, opened again on the same article
    document.keep_preview(document.preview_job(other)()[1])
    previews.prepare()
    assert not previews.running  # a preview of the state shown is kept already: left as it is
    stack.undo()
    assert previews.undo_edit() is None  # nothing left to undo
    previews.shutdown()


def test_after_an_undo_the_redo_is_read_ahead_and_shows_what_a_plain_redo_shows(
        qtbot, seeds, monkeypatch):
    document, plain = _document(seeds), _document(seeds)
    stack = QUndoStack()
    previews = UndoPreviews(document, stack)
    edit = SetAnchor(UNDATED, date(2025, 7, 12))
    stack.push(CorrectionCommand(document, edit))
    stack.undo()
    assert previews.next_edit() is stack.command(0).edit  # the redo's, just after an undo
    qtbot.waitUntil(lambda: document.preview_kept() and not previews.running, timeout=20_000)
    monkeypatch.setattr(document_module, "analyze", lambda *_a, **_k: pytest.fail("re-read"))
    monkeypatch.setattr(document_module, "provisional", lambda *_a, **_k: pytest.fail("merged"))
    stack.redo()
    monkeypatch.undo()
    plain.apply(edit)
    assert _state(document) == _state(plain)
    assert previews.next_edit() == stack.command(0).inverse  # then the undo's again
    previews.shutdown()
