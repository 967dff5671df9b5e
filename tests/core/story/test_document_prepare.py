"""A load assembled away from the document, then committed: the same as adding it directly."""

from __future__ import annotations

import threading
from datetime import date

from tests.core.factories import analysis, mention
from timeline_app.core.corrections.edits import SetAnchor
from timeline_app.core.corrections.ledger import Corrections
from timeline_app.core.model import Granularity
from timeline_app.core.storage.export import event_rows
from timeline_app.core.story.document import Document
from timeline_app.core.story.pipeline import LoadResult


def _result(*ids: str) -> LoadResult:
    out = []
    for i, article_id in enumerate(ids):
        body = f"The dam on the river was finished in {1950 + i} after a long delay."
        year = str(1950 + i)
        out.append(analysis(article_id, body, [
            mention(year, body, year, Granularity.YEAR, date(1950 + i, 1, 1), date(1951 + i, 1, 1))
        ], published=date(2020, 5, 1 + i)))
    return LoadResult(out)


def test_prepared_on_another_thread_commits_to_what_add_gives():
    direct = Document()
    direct.add(_result("a", "b"))
    staged = Document()
    changes = []
    staged.changed.connect(changes.append)
    prepare = staged.snapshot_for_load(replace=False)
    box = {}
    worker = threading.Thread(target=lambda: box.setdefault("p", prepare(_result("a", "b"))))
    worker.start()
    worker.join()
    assert changes == []  # preparing touches nothing
    staged.commit(box["p"])
    assert event_rows(staged.timeline) == event_rows(direct.timeline)
    assert [c.kind for c in changes] == ["added"] and changes[0].article_ids == ("a", "b")


def test_replace_starts_a_new_uncorrected_story():
    document = Document()
    document.add(_result("old"))
    document.apply(SetAnchor("old", date(2001, 1, 1)))
    prepared = document.snapshot_for_load(replace=True)(_result("new"))
    document.commit(prepared)
    assert list(document.analyses) == ["new"]
    assert document.corrections.to_list() == []


def test_a_correction_made_during_the_load_is_kept():
    document = Document()
    document.add(_result("a"))
    prepare = document.snapshot_for_load(replace=False)
    document.apply(SetAnchor("a", date(1999, 9, 9)))  # the user corrects while it loads
    document.commit(prepare(_result("b")))
    assert set(document.analyses) == {"a", "b"}
    assert document.analyses["a"].anchor.value == date(1999, 9, 9)
    assert isinstance(document.corrections, Corrections)
