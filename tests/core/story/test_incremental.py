"""The incremental story: a correction re-reads one article, shows at once, and settles exactly."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.corrections.edits import SetAnchor
from timeline_app.core.reconcile import signature_memo
from timeline_app.core.resources import seeds_dir
from timeline_app.core.story import document as document_module
from timeline_app.core.story.document import Document
from timeline_app.core.story.pipeline import LoadResult, load

UNDATED = "004_8d267fc03ac353e0"
REPUBLISHED = "002_1a4cdf3276350bea"


@pytest.fixture(scope="module")
def seeds() -> LoadResult:
    return load(sorted(seeds_dir().glob("*.txt")))


def _document(seeds: LoadResult, deferred: bool) -> Document:
    doc = Document()
    doc.deferred = deferred
    doc.add(seeds)
    if deferred:
        doc.settle(doc.settle_job()())
    return doc


def _state(doc: Document) -> tuple:
    t = doc.timeline
    return ([(e.event_id, e.interval, e.cluster_id, e.label) for e in t.events],
            {k: v.to_dict() for k, v in t.cluster_summaries.items()},
            {k: v.to_dict() for k, v in t.reports.items()})


@pytest.mark.parametrize("edit", [SetAnchor(UNDATED, date(2025, 7, 12)),
                                  SetAnchor(REPUBLISHED, date(2023, 10, 20))])
def test_a_deferred_correction_shows_at_once_and_settles_to_the_exact_story(seeds, edit):
    exact, deferred = _document(seeds, False), _document(seeds, True)
    assert _state(deferred) == _state(exact)
    before = {e.event_id: e for e in deferred.timeline.events}
    exact.apply(edit)
    deferred.apply(edit)
    assert deferred.unsettled
    shown = deferred.timeline
    # at once: the corrected article's events where the exact story has them, the rest untouched
    want = {e.event_id: e.interval for e in exact.timeline.events if e.article_id in edit.article_ids}
    assert {e.event_id: e.interval for e in shown.events if e.article_id in edit.article_ids} == want
    assert all(before[e.event_id] == e for e in shown.events if e.article_id not in edit.article_ids)
    assert set(shown.reports) == set(exact.timeline.reports)  # the old reports until checked
    changes = []
    deferred.changed.connect(changes.append)
    assert deferred.settle(deferred.settle_job()())
    assert [c.kind for c in changes] == ["settled"] and not deferred.unsettled
    assert _state(deferred) == _state(exact)


def test_a_settled_result_of_an_older_state_is_refused(seeds):
    doc = _document(seeds, True)
    job = doc.settle_job()
    doc.apply(SetAnchor(UNDATED, date(2025, 7, 12)))
    assert not doc.settle(job())  # the newest state wins
    assert doc.unsettled
    assert doc.settle(doc.settle_job()())


def test_a_correction_rereads_only_the_article_it_touches(seeds, monkeypatch):
    doc = _document(seeds, False)
    read, tagged = [], []
    real_texts, real_analyze = signature_memo.event_texts, document_module.analyze
    monkeypatch.setattr(signature_memo, "event_texts", lambda events, text: read.extend(
        e.article_id for e in events) or real_texts(events, text))
    monkeypatch.setattr(document_module, "analyze",
                        lambda a, anchor=None: tagged.append(a.id) or real_analyze(a, anchor))
    doc.apply(SetAnchor(UNDATED, date(2025, 7, 12)))
    assert tagged == [UNDATED]
    assert read and set(read) == {UNDATED}
    read.clear()
    doc.apply(SetAnchor(UNDATED, date(2025, 7, 12), note="again"))  # same inputs: nothing re-read
    assert read == [] and tagged == [UNDATED]


def test_fresh_events_merged_into_an_ordered_story_sort_as_a_full_sort_does(seeds):
    import random
    from dataclasses import replace

    from timeline_app.core.model import sort_key
    from timeline_app.core.story.timeline import merged_in_order

    events = _document(seeds, False).timeline.events
    rng = random.Random(7)
    for _ in range(20):
        fresh = rng.sample(events, rng.randint(0, 12))
        fresh += [replace(e, label="a twin") for e in rng.sample(events, 3)]  # ties of sort key
        rng.shuffle(fresh)
        taken = {id(e) for e in fresh}
        ordered = [e for e in events if id(e) not in taken]
        got = merged_in_order(ordered, fresh)
        want = sorted(ordered + fresh, key=sort_key)
        assert [id(e) for e in got] == [id(e) for e in want]


@pytest.mark.parametrize("edit", [SetAnchor(UNDATED, date(2025, 7, 12)),
                                  SetAnchor(REPUBLISHED, date(2023, 10, 20))])
def test_the_provisional_story_is_in_the_order_a_full_sort_gives(seeds, edit):
    from timeline_app.core.model import sort_key

    doc = _document(seeds, True)
    doc.apply(edit)
    assert doc.timeline.events == sorted(doc.timeline.events, key=sort_key)


def test_a_settled_story_keeps_the_objects_of_what_did_not_change(seeds):
    exact, doc = _document(seeds, False), _document(seeds, True)
    edit = SetAnchor(UNDATED, date(2025, 7, 12))
    exact.apply(edit)
    doc.apply(edit)
    shown = doc.timeline
    assert doc.settle(doc.settle_job()())
    assert _state(doc) == _state(exact)
    before = {e.event_id: e for e in shown.events}
    same = [e for e in doc.timeline.events if e.article_id not in edit.article_ids]
    assert same and all(e is before[e.event_id] for e in same if e == before.get(e.event_id))
    assert sum(e is before.get(e.event_id) for e in doc.timeline.events) >= len(same)
    assert all(doc.timeline.event(e.event_id) is e for e in doc.timeline.events)


def test_the_provisional_story_finds_only_the_touched_articles_unplaced_mentions_again(seeds):
    """A correction's story takes the other articles' unplaced mentions from the story before
    (the vague tray asks at every change), and they are what a search of the whole story finds:
    the undated article's vague mentions placed under its new anchor leave the list."""
    from timeline_app.core.model import Timeline

    doc = _document(seeds, True)
    before = doc.timeline.unplaced()
    doc.apply(SetAnchor(UNDATED, date(2025, 7, 12)))
    after = doc.timeline.unplaced()
    assert doc.timeline._unplaced is not None  # carried over, not searched for at the ask
    assert after == Timeline(dict(doc.timeline.analyses)).unplaced()
    assert [u for u in after if u[0] != UNDATED] == [u for u in before if u[0] != UNDATED]
    assert sum(u[0] == UNDATED for u in after) < sum(u[0] == UNDATED for u in before)
    assert doc.settle(doc.settle_job()())
    assert doc.timeline.unplaced() == after


def test_an_edit_applied_after_its_preview_takes_the_previews_reading(seeds, monkeypatch):
    """The anchor dialog previews the edit its OK applies: the article is read once, and the
    story is the one an apply without a preview gives; a preview of another day is not used."""
    plain, doc = _document(seeds, True), _document(seeds, True)
    tagged = []
    real_analyze = document_module.analyze
    monkeypatch.setattr(document_module, "analyze",
                        lambda a, anchor=None: tagged.append(anchor.value) or real_analyze(a, anchor))
    edit = SetAnchor(UNDATED, date(2025, 7, 12), note="from the dialog")
    moves = doc.preview(edit)
    assert moves and tagged == [date(2025, 7, 12)]
    doc.apply(edit)
    assert tagged == [date(2025, 7, 12)]  # the preview's reading, not a second one
    plain.apply(edit)
    assert _state(doc) == _state(plain) and len(tagged) == 2
    assert doc.analyses[UNDATED].anchor == plain.analyses[UNDATED].anchor
    doc.preview(SetAnchor(UNDATED, date(2025, 7, 1)))  # previewed, then another day chosen
    doc.apply(SetAnchor(UNDATED, date(2025, 7, 2)))
    assert tagged[-2:] == [date(2025, 7, 1), date(2025, 7, 2)]
    assert {e.interval for e in doc.timeline.events_of(UNDATED)} != {
        e.interval for e in plain.timeline.events_of(UNDATED)}


def _moves_by_the_whole_story(doc: Document, edit) -> list:
    """What ``edit`` moves by its definition: the provisional story after it against the story
    now, every event compared (what ``preview`` did before it compared the touched articles')."""
    from timeline_app.core.story.document import Move, _laid_over
    from timeline_app.core.story.timeline import provisional

    twin = doc.corrections.copy()
    twin.apply(edit)
    analyses, manual = dict(doc.analyses), dict(doc._manual)
    for aid in edit.article_ids:
        analyses[aid] = _laid_over(doc._machine[aid], twin, manual)
    after = {e.event_id: e for e in provisional(doc.timeline, analyses, edit.article_ids,
                                                twin).events}
    before = {e.event_id: e for e in doc.timeline.events}
    return [Move(i, (after.get(i) or before[i]).label,
                 before[i].interval if i in before else None,
                 after[i].interval if i in after else None)
            for i in sorted(before.keys() | after.keys())
            if i not in before or i not in after or before[i].interval != after[i].interval]


def test_a_preview_lists_the_moves_a_comparison_of_the_whole_story_finds(seeds):
    from timeline_app.core.corrections.edits import HideEvent, NotADate, SetValue

    doc = _document(seeds, True)
    event = doc.timeline.events_of(REPUBLISHED)[0]
    key = doc.event_key(event)
    edits = [SetAnchor(UNDATED, date(2025, 7, 12)), SetAnchor(REPUBLISHED, date(2023, 10, 20)),
             SetAnchor(REPUBLISHED, None, unknown=True), SetValue(*key, value="2023-10-18"),
             NotADate(*key), HideEvent(*key)]
    for edit in edits:
        moves = doc.preview(edit)
        assert moves == _moves_by_the_whole_story(doc, edit), edit
    assert all(doc.preview(edit) for edit in edits[:4])  # (each of these moves something)
