"""A dialog's OK installs what its preview built on a worker: the same state, no work left."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.story import test_incremental as incremental
from tests.core.story.test_incremental import REPUBLISHED, UNDATED
from timeline_app.core.corrections.edits import SetAnchor
from timeline_app.core.resources import seeds_dir
from timeline_app.core.story import document as document_module
from timeline_app.core.story import timeline as timeline_module
from timeline_app.core.story.document import Document, Preview
from timeline_app.core.story.pipeline import LoadResult, load


@pytest.fixture(scope="module")
def seeds() -> LoadResult:
    return load(sorted(seeds_dir().glob("*.txt")))


def _document(seeds: LoadResult) -> Document:
    return incremental._document(seeds, True)


def _state(doc: Document) -> tuple:
    return (*incremental._state(doc),
            {k: (a.anchor, a.mentions, a.events) for k, a in doc.analyses.items()},
            doc.timeline.unplaced(), doc.unsettled)


@pytest.mark.parametrize("edit", [SetAnchor(UNDATED, date(2025, 7, 12)),
                                  SetAnchor(REPUBLISHED, date(2023, 10, 20))])
def test_an_ok_after_its_preview_shows_what_the_plain_apply_shows(seeds, edit, monkeypatch):
    plain, previewed = _document(seeds), _document(seeds)
    plain.apply(edit)
    moves, preview = previewed.preview_job(edit)()  # (the dialog's worker)
    assert isinstance(preview, Preview) and preview.timeline is not None and moves
    previewed.keep_preview(preview)

    def no_work(*_args, **_kwargs):
        raise AssertionError("the OK re-did the preview's work on the window's thread")

    monkeypatch.setattr(document_module, "analyze", no_work)
    monkeypatch.setattr(document_module, "provisional", no_work)
    monkeypatch.setattr(timeline_module, "summarize", no_work, raising=False)
    changes = []
    previewed.changed.connect(changes.append)
    inverse = previewed.apply(edit)
    assert previewed.timeline is preview.timeline
    assert [c.kind for c in changes] == ["corrected"] and changes[0].rows is preview.rows
    monkeypatch.undo()
    assert _state(previewed) == _state(plain)
    # the rows it says left and came are those of the corrected article, before and after
    rows = changes[0].rows
    assert [rows.old[i].article_id for i in rows.gone] == [edit.article_id] * len(rows.gone)
    assert [e for i, e in enumerate(rows.old) if i not in set(rows.gone)] == [
        e for i, e in enumerate(rows.new) if i not in set(rows.came)]
    # settled and undone alike
    for doc in (plain, previewed):
        doc.settle(doc.settle_job()())
    assert _state(previewed) == _state(plain)
    plain.apply(inverse)
    previewed.apply(inverse)
    assert _state(previewed) == _state(plain)


def test_a_preview_of_an_older_state_or_another_edit_is_not_installed(seeds):
    doc = _document(seeds)
    edit = SetAnchor(UNDATED, date(2025, 7, 12))
    _, preview = doc.preview_job(edit)()
    doc.keep_preview(preview)
    doc.settle(doc.settle_job()())  # the story moved on (a check landed) before the OK
    doc.apply(edit)
    assert doc.timeline is not preview.timeline
    _, preview = doc.preview_job(SetAnchor(UNDATED, date(2025, 7, 13)))()
    doc.keep_preview(preview)
    doc.apply(SetAnchor(UNDATED, date(2025, 7, 14)))
    assert doc.timeline is not preview.timeline
    plain = _document(seeds)
    plain.apply(edit)
    plain.settle(plain.settle_job()())
    plain.apply(SetAnchor(UNDATED, date(2025, 7, 14)))
    assert _state(doc) == _state(plain)


def test_a_document_that_is_not_deferred_previews_without_building_a_timeline(seeds):
    doc = Document()
    doc.add(seeds)
    _, preview = doc.preview_job(SetAnchor(UNDATED, date(2025, 7, 12)))()
    assert preview.timeline is None


@pytest.mark.parametrize("edit", [SetAnchor(UNDATED, date(2025, 7, 12)),
                                  SetAnchor(REPUBLISHED, date(2023, 10, 20))])
def test_an_undo_read_ahead_on_a_worker_shows_what_the_plain_undo_shows(seeds, edit,
                                                                        monkeypatch):
    plain, previewed = _document(seeds), _document(seeds)
    plain.apply(plain.apply(edit))
    inverse = previewed.apply(edit)
    assert not previewed.preview_kept()
    _moves, preview = previewed.preview_job(inverse)()  # (the undo's worker, after the change)
    previewed.keep_preview(preview)
    assert previewed.preview_kept() and preview.timeline is not None
    monkeypatch.setattr(document_module, "analyze", lambda *_a, **_k: pytest.fail("re-read"))
    monkeypatch.setattr(document_module, "provisional", lambda *_a, **_k: pytest.fail("merged"))
    previewed.apply(inverse)
    assert previewed.timeline is preview.timeline and not previewed.preview_kept()
    monkeypatch.undo()
    assert _state(previewed) == _state(plain)
    previewed.settle(previewed.settle_job()())
    plain.settle(plain.settle_job()())
    assert _state(previewed) == _state(plain)


def test_an_undo_read_ahead_of_an_older_state_is_not_used(seeds):
    document = _document(seeds)
    edit = SetAnchor(UNDATED, date(2025, 7, 12))
    inverse = document.apply(edit)
    _moves, preview = document.preview_job(inverse)()
    document.settle(document.settle_job()())  # a check lands meanwhile: another version
    document.keep_preview(preview)
    assert not document.preview_kept()
    document.apply(inverse)
    assert document.timeline is not preview.timeline  # read again, from the state shown
