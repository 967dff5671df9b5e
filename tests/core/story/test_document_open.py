"""A project built off the document's thread commits to what ``reset`` builds in place."""

from __future__ import annotations

from timeline_app.core.ingest import LoadProblem
from timeline_app.core.resources import seeds_dir
from timeline_app.core.story.document import Document
from timeline_app.core.story.pipeline import LoadResult
from timeline_app.core.story.projects import open_project


def _events(doc: Document) -> list:
    return [(e.event_id, e.interval, e.label, e.cluster_id) for e in doc.timeline.events]


def test_snapshot_for_open_then_commit_equals_reset():
    opened = open_project(seeds_dir() / "seeds.timeline")
    assert len(opened.corrections) >= 2  # manual anchors: articles tagged again
    problems = [LoadProblem("seeds.timeline", n) for n in opened.notices]
    result = LoadResult(list(opened.analyses), problems)
    in_place, built = Document(), Document()
    in_place.reset(result, opened.corrections)
    prepare = built.snapshot_for_open()
    changes = []
    built.changed.connect(changes.append)
    built.commit(prepare(result, opened.corrections))
    assert [c.kind for c in changes] == ["reset"]  # one change
    assert _events(built) == _events(in_place) and _events(built)
    assert built.analyses.keys() == in_place.analyses.keys()
    assert {k: a.anchor for k, a in built.analyses.items()} == {
        k: a.anchor for k, a in in_place.analyses.items()
    }
    assert built.corrections is opened.corrections


def test_a_commit_after_the_document_moved_on_resets_afresh():
    opened = open_project(seeds_dir() / "seeds.timeline")
    result = LoadResult(list(opened.analyses), [])
    doc = Document()
    prepare = doc.snapshot_for_open()
    doc.add(LoadResult(list(opened.analyses)[:1], []))  # the story changed meanwhile
    doc.commit(prepare(result, opened.corrections))
    assert len(doc.analyses) == len(opened.analyses)
