"""The document on the seed articles: anchors, previews, dependents, review, reloads, projects."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from timeline_app.core.corrections.edits import (
    HideEvent,
    MarkReviewed,
    MergeEvents,
    RelabelEvent,
    SetAnchor,
    SetValue,
)
from timeline_app.core.corrections.review import review_queue
from timeline_app.core.model import AnchorSource, Interval
from timeline_app.core.resources import seeds_dir
from timeline_app.core.story.document import Document
from timeline_app.core.story.pipeline import LoadResult, analyze, load
from timeline_app.core.story.projects import document_of, open_project, save_document

UNDATED = "004_8d267fc03ac353e0"
REPUBLISHED = "002_1a4cdf3276350bea"
WHEN = datetime(2026, 11, 22, 21, 15, tzinfo=UTC)
JULY_2025 = Interval(date(2025, 7, 1), date(2025, 8, 1))


@pytest.fixture(scope="module")
def seeds() -> LoadResult:
    result = load(sorted(seeds_dir().glob("*.txt")))
    assert not result.problems and len(result.analyses) == 5
    return result


@pytest.fixture
def doc(seeds) -> Document:
    document = Document()
    document.add(seeds)
    return document


def _in_july(document: Document, article_id: str) -> list:
    return [e for e in document.timeline.events_of(article_id) if JULY_2025.overlaps(e.interval)]


def test_undated_article_gets_its_events_in_july_2025_and_undo_hides_them(doc):
    changes = []
    doc.changed.connect(changes.append)
    assert _in_july(doc, UNDATED) == []
    preview = doc.preview(SetAnchor(UNDATED, date(2025, 7, 12)))
    assert changes == [] and _in_july(doc, UNDATED) == []  # a preview changes nothing
    inverse = doc.apply(SetAnchor(UNDATED, date(2025, 7, 12), note="Wonsan"), made_at=WHEN)
    moved = _in_july(doc, UNDATED)
    assert moved and any(e.interval == Interval.day(date(2025, 7, 12)) for e in moved)
    assert {m.event_id for m in preview if m.new} == {
        e.event_id for e in doc.timeline.events_of(UNDATED) if e.mention.reference == "anchor"
    }
    assert changes[-1].kind == "corrected" and changes[-1].article_ids == (UNDATED,)
    stored = doc.corrections.get(("anchor", UNDATED))
    assert stored.made_at == WHEN and stored.replaced == "no date (none)"
    assert doc.analyses[UNDATED].anchor.source == AnchorSource.MANUAL
    assert {e.event_id for e in doc.dependents(UNDATED)} >= {e.event_id for e in moved}
    doc.apply(inverse)
    assert _in_july(doc, UNDATED) == [] and len(doc.corrections) == 0


def test_republished_page_moves_back_to_october_2023(doc):
    wednesday = [e for e in doc.timeline.events_of(REPUBLISHED) if e.mention.text == "Wednesday"]
    assert wednesday[0].interval == Interval.day(date(2025, 4, 23))  # the problem
    moves = doc.preview(SetAnchor(REPUBLISHED, date(2023, 10, 19)))
    doc.apply(SetAnchor(REPUBLISHED, date(2023, 10, 19)))
    after = doc.timeline.event(wednesday[0].event_id)
    assert after.interval == Interval.day(date(2023, 10, 18))
    move = next(m for m in moves if m.event_id == after.event_id)
    assert (move.old, move.new) == (wednesday[0].interval, after.interval)
    assert doc.corrections.get(("anchor", REPUBLISHED)).replaced == "2025-04-26 (detected)"


def test_date_unknown_unplaces_what_hangs_off_the_anchor(doc):
    before = len(doc.dependents(REPUBLISHED))
    assert before > 0
    doc.apply(SetAnchor(REPUBLISHED, None, unknown=True))
    assert doc.dependents(REPUBLISHED) == []
    assert doc.analyses[REPUBLISHED].anchor.value is None


def test_event_edits_reach_the_timeline_and_review_status(doc):
    event = doc.timeline.events_of(REPUBLISHED)[0]
    other = doc.timeline.events_of("000_5f84da57c26851d4")[0]
    key = doc.event_key(event)
    queue = review_queue(doc.timeline, doc.corrections)
    assert [i.confidence for i in queue] == sorted(i.confidence for i in queue)
    doc.apply(RelabelEvent(*key, "Reyes in Port Selden"))
    assert doc.timeline.event(event.event_id).label == "Reyes in Port Selden"
    doc.apply(MergeEvents(*key, into=doc.event_key(other)))
    assert (
        doc.timeline.event(event.event_id).cluster_id
        == doc.timeline.event(other.event_id).cluster_id
    )
    doc.apply(MarkReviewed(*doc.event_key(other)))
    statuses = {i.event_id: i.status for i in review_queue(doc.timeline, doc.corrections, True)}
    assert statuses[event.event_id] == "edited" and statuses[other.event_id] == "reviewed"
    assert other.event_id not in {i.event_id for i in review_queue(doc.timeline, doc.corrections)}
    doc.apply(HideEvent(*key))
    assert doc.timeline.event(event.event_id) is None


def test_a_reloaded_changed_article_keeps_its_corrections(doc, seeds):
    event = doc.timeline.events_of("000_5f84da57c26851d4")[0]
    doc.apply(SetValue(*doc.event_key(event), "2023-10-17"))
    old = doc.analyses["000_5f84da57c26851d4"].article
    changed = replace(old, text="UPDATE.\n" + old.text, content_hash="new")
    doc.add(LoadResult([analyze(changed)]))
    moved = [
        e for e in doc.timeline.events_of(old.id) if e.mention.start == event.mention.start + 8
    ]
    assert moved[0].mention.value == "2023-10-17" and doc.orphans() == []
    (edit,) = doc.corrections.made_on_other_versions(doc.articles)
    assert edit.article_hash == old.content_hash != "new"


def test_save_and_open_a_project_with_corrections(doc, tmp_path):
    doc.apply(SetAnchor(UNDATED, date(2025, 7, 12), made_at=WHEN))
    path = tmp_path / "story.timeline"
    save_document(path, doc, {"zoom": "1"})
    opened = open_project(path)
    assert opened.notices == []
    again = document_of(opened)
    assert again.corrections == doc.corrections
    assert [e.event_id for e in again.timeline.events] == [e.event_id for e in doc.timeline.events]
    assert opened.settings == {"zoom": "1"}


def test_open_project_reports_changed_and_vanished_articles(doc, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in (UNDATED, REPUBLISHED):
        (folder / f"{name}.txt").write_bytes((seeds_dir() / f"{name}.txt").read_bytes())
    result = load([folder])
    document = Document()
    document.add(result)
    document.apply(SetAnchor(UNDATED, date(2025, 7, 12)))
    document.apply(SetAnchor(REPUBLISHED, date(2023, 10, 19)))
    path = tmp_path / "p.timeline"
    save_document(path, document)
    assert open_project(path).notices == []
    (folder / f"{UNDATED}.txt").unlink()
    with (folder / f"{REPUBLISHED}.txt").open("a", encoding="utf-8") as fh:
        fh.write("\nA correction was appended on Monday.\n")
    opened = open_project(path)
    assert any(UNDATED in n and "vanished" in n for n in opened.notices)
    assert any(REPUBLISHED in n and "changed" in n for n in opened.notices)
    assert any(REPUBLISHED in n and "earlier version" in n for n in opened.notices)
    reopened = document_of(opened)
    assert len(reopened.corrections) == 2
    assert _in_july(reopened, UNDATED)  # the stored text still carries the vanished article


def test_seed_project_opens_with_the_two_hand_corrections():
    path = Path(seeds_dir()) / "seeds.timeline"
    opened = open_project(path)
    assert opened.notices == []
    document = document_of(opened)
    anchors = document.corrections.anchors
    assert anchors[UNDATED].value == date(2025, 7, 12) and "Wonsan" in anchors[UNDATED].note
    assert (
        anchors[REPUBLISHED].value == date(2023, 10, 19)
        and "republication" in anchors[REPUBLISHED].note
    )
    assert _in_july(document, UNDATED)
    document.apply(SetAnchor(UNDATED, None))  # what undo does: the problem shows again
    assert _in_july(document, UNDATED) == []


def test_several_edits_as_one_step_and_reset(doc, seeds):
    changes = []
    doc.changed.connect(changes.append)
    edits = [SetAnchor(UNDATED, date(2025, 7, 12)), SetAnchor(REPUBLISHED, date(2023, 10, 19))]
    inverses = doc.apply_all(edits, made_at=WHEN)
    assert len(changes) == 1 and set(changes[0].article_ids) == {UNDATED, REPUBLISHED}
    assert all(e.made_at == WHEN for e in doc.corrections)
    doc.apply_all(inverses)
    assert len(doc.corrections) == 0
    from timeline_app.core.corrections.ledger import Corrections

    doc.reset(seeds, Corrections(edits))
    assert changes[-1].kind == "reset" and _in_july(doc, UNDATED)


def test_a_failing_tagger_leaves_no_half_applied_correction(doc, monkeypatch):
    import timeline_app.core.story.document as document_module

    def broken(article, anchor=None):
        raise RuntimeError("tagger bug")

    monkeypatch.setattr(document_module, "analyze", broken)
    before = [e.event_id for e in doc.timeline.events]
    with pytest.raises(RuntimeError):
        doc.apply(SetAnchor(UNDATED, date(2025, 7, 12)))
    assert len(doc.corrections) == 0
    assert [e.event_id for e in doc.timeline.events] == before


def test_statuses_in_one_pass_equal_the_status_of_each_event(doc):
    events = doc.timeline.events
    doc.apply(RelabelEvent(*doc.event_key(events[0]), label="renamed"))
    doc.apply(MarkReviewed(*doc.event_key(events[3])))
    doc.apply(SetAnchor(UNDATED, date(2025, 7, 12)))
    timeline = doc.timeline
    articles = {k: a.article for k, a in timeline.analyses.items()}
    by_hand = {k for k, a in timeline.analyses.items() if a.anchor.source == AnchorSource.MANUAL}
    one_pass = doc.corrections.statuses_of(timeline.events, articles, by_hand)
    each = [doc.corrections.status_of(e, e.article_id in by_hand, articles[e.article_id])
            for e in timeline.events]
    assert one_pass == each
    assert {"edited", "reviewed", "unreviewed"} <= set(one_pass)
