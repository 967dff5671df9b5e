"""Every correction kind: data round trip, inverse, overlay on mentions and events, orphans."""

from __future__ import annotations

import functools
import json
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.corrections.edits import (
    ClearCorrection,
    HideEvent,
    MarkReviewed,
    MergeEvents,
    NotADate,
    RelabelEvent,
    SetAnchor,
    SetReference,
    SetValue,
    SplitEvent,
    edit_from_dict,
    edit_to_dict,
)
from timeline_app.core.corrections.ledger import Corrections
from timeline_app.core.errors import CorrectionError
from timeline_app.core.model import AnchorSource, Article, Event, Granularity, Interval, Mention
from timeline_app.core.resources import seeds_dir
from timeline_app.core.storage.export import write_csv, write_json
from timeline_app.core.story.document import Document
from timeline_app.core.story.pipeline import LoadResult, analyze, load
from timeline_app.core.temporal.timexvalue import interval_of_value

WHEN = datetime(2026, 11, 22, 21, 0, tzinfo=UTC)
TEXT = (
    "The summit opened on 3 March 2024 in Vienna. A month after the summit, talks resumed.\n"
    "Officials met on Friday. The treaty of 1948 was cited.\n"
)
KEY = ("a", 21, 33, "3 March 2024")

EDITS = [
    SetAnchor("a", date(2024, 3, 8), note="seen on the page", made_at=WHEN),
    SetAnchor("a", None, unknown=True),
    SetReference("a", 45, 66, "A month after the summit", date(2024, 3, 3), reference_event="a@21"),
    SetValue(*KEY, "2024-03-04", made_at=WHEN, replaced="2024-03-03 (date_dmy)"),
    NotADate(*KEY),
    RelabelEvent(*KEY, "Summit opens"),
    HideEvent(*KEY),
    MergeEvents(*KEY, into=("b", 0, 4, "1948")),
    SplitEvent(*KEY),
    MarkReviewed(*KEY),
    ClearCorrection(("label", *KEY)),
]


def _article(text: str = TEXT, article_id: str = "a") -> Article:
    return Article(article_id, "Story", text, published=date(2024, 3, 9), content_hash="h")


@pytest.mark.parametrize("edit", EDITS, ids=lambda e: e.kind)
def test_every_kind_round_trips_as_json(edit):
    assert edit_from_dict(edit_to_dict(edit)) == edit


@pytest.mark.parametrize("edit", EDITS[:-1], ids=lambda e: e.kind)
def test_apply_then_inverse_restores_the_store(edit):
    before = Corrections([SetAnchor("z", date(2020, 1, 1)), RelabelEvent("z", 1, 2, "x", "L")])
    store = before.copy()
    inverse = store.apply(edit)
    assert store.get(edit.slot) == edit
    assert store != before
    again = store.apply(inverse)
    assert store == before
    assert again == edit  # the inverse of the inverse is the edit itself: redo


def test_a_second_correction_replaces_the_first_and_undo_brings_it_back():
    store = Corrections()
    first = SetValue(*KEY, "2024-03-04", made_at=WHEN)
    store.apply(first)
    inverse = store.apply(NotADate(*KEY))
    assert inverse == first and inverse.made_at == WHEN
    store.apply(inverse)
    assert list(store) == [first]


def test_clearing_edits():
    store = Corrections([SetAnchor("a", date(2024, 1, 1)), HideEvent(*KEY), MarkReviewed(*KEY)])
    store.apply(SetAnchor("a", None))
    store.apply(HideEvent(*KEY, hidden=False))
    store.apply(MarkReviewed(*KEY, reviewed=False))
    assert len(store) == 0


@pytest.mark.parametrize(
    "row",
    [
        {"kind": "teleport"},
        {"kind": "set_anchor", "article_id": "a", "value": "yesterday"},
        {"kind": "set_anchor", "article_id": 5, "value": "2023-01-01"},
        {"kind": "set_anchor", "article_id": "a", "value": "2023-01-01", "made_at": 5},
        {"kind": "set_value", "article_id": "a", "start": "1", "end": 2, "text": "x", "value": "1"},
        {"kind": "hide_event", "article_id": "a", "start": 1, "end": 2, "text": "x", "hidden": 1},
        {"kind": "merge_events", "article_id": "a", "start": 1, "end": 2, "text": "x", "into": []},
        {"kind": "clear", "slot_": "anchor"},
        {"kind": "set_anchor", "article_id": "a", "value": "2023-01-01", "extra": 1},
        None,
        1,
        [],
        "text",
    ],  # fmt: skip
)
def test_bad_rows_are_refused(row):
    with pytest.raises(CorrectionError):
        edit_from_dict(row)


@pytest.mark.parametrize(
    ("value", "begin", "end", "gran"),
    [
        ("2023-10-18", "2023-10-18", "2023-10-19", "day"),
        ("2023-09", "2023-09-01", "2023-10-01", "month"),
        ("2023-W42", "2023-10-16", "2023-10-23", "week"),
        ("2024-SU", "2024-06-01", "2024-09-01", "season"),
        ("2024-Q2", "2024-04-01", "2024-07-01", "quarter"),
        ("1948", "1948-01-01", "1949-01-01", "year"),
        ("199", "1990-01-01", "2000-01-01", "decade"),
        ("19", "1900-01-01", "2000-01-01", "century"),
    ],
)
def test_interval_of_value(value, begin, end, gran):
    interval, granularity = interval_of_value(value)
    assert interval == Interval(date.fromisoformat(begin), date.fromisoformat(end))
    assert granularity == Granularity(gran)


@pytest.mark.parametrize(
    "value", ["XXXX-07", "PAST_REF", "P3Y", "2023-02-30", "soon", "", "9999-12-31", "9999-W52"]
)
def test_interval_of_value_refuses_what_cannot_be_placed(value):
    with pytest.raises(CorrectionError):
        interval_of_value(value)


def test_manual_anchor_and_unknown():
    article = _article()
    store = Corrections([SetAnchor("a", date(2024, 3, 8), note="why")])
    anchor = store.anchor_for(article)
    assert (anchor.value, anchor.source, anchor.note) == (
        date(2024, 3, 8),
        AnchorSource.MANUAL,
        "why",
    )
    store.apply(SetAnchor("a", None, unknown=True))
    assert store.anchor_for(article).value is None
    assert store.anchor_for(_article(article_id="b")) is None


def _mention_at(mentions: list[Mention], start: int) -> Mention | None:
    return next((m for m in mentions if m.start == start), None)


def test_expression_corrections_on_tagger_output():
    article = _article()
    mentions = analyze(article).mentions
    assert _mention_at(mentions, 21).value == "2024-03-03"
    store = Corrections([SetValue(*KEY, "2024-W10")])
    fixed = _mention_at(store.correct_mentions(article, mentions), 21)
    assert (fixed.value, fixed.granularity, fixed.rule, fixed.reference) == (
        "2024-W10", Granularity.WEEK, "manual", "manual",
    )  # fmt: skip
    assert fixed.interval == Interval(date(2024, 3, 4), date(2024, 3, 11))
    store = Corrections([NotADate(*KEY)])
    assert _mention_at(store.correct_mentions(article, mentions), 21) is None
    assert len(store.correct_mentions(article, mentions)) == len(mentions) - 1


def test_reference_correction_retags_against_the_date_given():
    article = _article()
    friday = TEXT.index("Friday")
    mentions = analyze(article).mentions
    assert _mention_at(mentions, friday).value == "2024-03-08"  # the Friday before the anchor
    store = Corrections([SetReference("a", friday, friday + 6, "Friday", date(2024, 3, 3))])
    fixed = _mention_at(store.correct_mentions(article, mentions), friday)
    assert fixed.value == "2024-03-01" and fixed.reference == "manual"


def _event(article_id: str, start: int, text: str, cluster: str = "") -> Event:
    m = Mention(
        start, start + len(text), text, "DATE", "2024", interval=Interval.day(date(2024, 1, 1))
    )
    return Event(f"{article_id}@{start}", article_id, m, 0, 50, "s", "label", cluster)


def test_event_corrections_label_hide_merge_split():
    a = _article("x" * 10 + "May" + "y" * 10 + "June" + "z" * 20, "a")
    b = _article("July" + "w" * 30, "b")
    articles = {"a": a, "b": b}
    events = [
        _event("a", 10, "May", "c1"), _event("a", 23, "June", "c1"), _event("b", 0, "July", "c2")
    ]  # fmt: skip
    events = [replace(e, cluster_id=e.cluster_id) for e in events]
    store = Corrections(
        [
            RelabelEvent("a", 10, 13, "May", "Talks in May"),
            HideEvent("a", 23, 27, "June"),
            MergeEvents("b", 0, 4, "July", into=("a", 10, 13, "May")),
        ]
    )
    out = {e.event_id: e for e in store.correct_events(events, articles)}
    assert set(out) == {"a@10", "b@0"}
    assert out["a@10"].label == "Talks in May"
    assert out["a@10"].cluster_id == out["b@0"].cluster_id
    store.apply(HideEvent("a", 23, 27, "June", hidden=False))
    store.apply(SplitEvent("a", 23, 27, "June"))
    out = {e.event_id: e for e in store.correct_events(events, articles)}
    assert out["a@23"].cluster_id not in {out["a@10"].cluster_id, out["b@0"].cluster_id}
    assert out["a@10"].cluster_id == out["b@0"].cluster_id


def test_corrections_follow_their_text_and_orphans_are_listed():
    store = Corrections(
        [
            SetAnchor("a", date(2024, 3, 8)),
            SetValue(*KEY, "2024-03-04"),
            RelabelEvent("a", 80, 86, "Friday", "Meeting"),
            NotADate("gone", 0, 4, "1948"),
            MergeEvents(*KEY, into=("a", 118, 122, "1999")),
        ]
    )
    article = _article()
    reasons = [o.reason for o in store.orphans([article])]
    assert len(reasons) == 2 and any("gone" in r for r in reasons)
    assert {e.kind for e in store.relocated([article])} == {"relabel_event"}  # "Friday" is at 88
    moved = _article("BREAKING. " + TEXT)
    assert {e.kind for e in store.relocated([moved])} == {
        "set_value",
        "relabel_event",
        "merge_events",
    }
    fixed = store.correct_mentions(moved, analyze(moved).mentions)
    assert _mention_at(fixed, 31).value == "2024-03-04"
    rewritten = _article(TEXT.replace("3 March 2024", "early March"))
    assert any("no longer" in o.reason for o in store.orphans([rewritten]))
    assert len(store) == 5  # nothing is ever dropped


# -- undo/redo as a property: random edits, undo all, the exports are byte-identical ------------

_VALUES = ["2023-10-18", "2024-W10", "2025-07", "1948", "2024-SU"]


@functools.cache
def _seed_load() -> LoadResult:
    return load(sorted(seeds_dir().glob("*.txt")))


def _exports(document: Document, folder: Path) -> tuple[bytes, bytes]:
    write_csv(document.timeline, folder / "events.csv")
    write_json(document.timeline, folder / "events.json")
    return (folder / "events.csv").read_bytes(), (folder / "events.json").read_bytes()


def _random_edit(data, document: Document):
    ids = sorted(document.analyses)
    article_id = data.draw(st.sampled_from(ids))
    events = document.timeline.events or []
    kind = data.draw(
        st.sampled_from(
            [
                "anchor",
                "unknown",
                "clear_anchor",
                "value",
                "not_a_date",
                "reference",
                "label",
                "hide",
                "merge",
                "split",
                "review",
            ]
        )
    )
    if kind == "anchor":
        return SetAnchor(
            article_id, date(2020, 1, 1) + timedelta(days=data.draw(st.integers(0, 2500)))
        )
    if kind == "unknown":
        return SetAnchor(article_id, None, unknown=True)
    if kind == "clear_anchor" or not events:
        return SetAnchor(article_id, None)
    event = data.draw(st.sampled_from(events))
    key = document.event_key(event)
    if kind == "value":
        return SetValue(*key, data.draw(st.sampled_from(_VALUES)))
    if kind == "not_a_date":
        return NotADate(*key)
    if kind == "reference":
        return SetReference(
            *key, date(2019, 1, 1) + timedelta(days=data.draw(st.integers(0, 2500)))
        )
    if kind == "label":
        return RelabelEvent(*key, data.draw(st.text(min_size=1, max_size=12)))
    if kind == "hide":
        return HideEvent(*key)
    if kind == "merge":
        return MergeEvents(*key, into=document.event_key(data.draw(st.sampled_from(events))))
    return SplitEvent(*key) if kind == "split" else MarkReviewed(*key)


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_random_edits_undone_give_back_the_same_exports_byte_for_byte(data):
    document = Document()
    document.add(_seed_load())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        before = _exports(document, folder)
        undo: list = []
        redo: list = []
        for step in range(data.draw(st.integers(1, 10))):
            action = data.draw(st.sampled_from(["edit", "edit", "edit", "undo", "redo"]))
            if action == "undo" and undo:
                redo.append(document.apply(undo.pop()))
            elif action == "redo" and redo:
                undo.append(document.apply(redo.pop()))
            else:
                made_at = WHEN + timedelta(minutes=step)
                undo.append(document.apply(_random_edit(data, document), made_at=made_at))
                redo.clear()
        after = _exports(document, folder)
        corrections_after = document.corrections.copy()
        depth = len(undo)
        while undo:
            redo.append(document.apply(undo.pop()))
        assert len(document.corrections) == 0
        assert _exports(document, folder) == before
        for _ in range(depth):
            undo.append(document.apply(redo.pop()))
        assert document.corrections == corrections_after
        assert _exports(document, folder) == after


def test_orphans_take_analyses_too():
    store = Corrections([SetValue(*KEY, "2024-03-04"), NotADate("b", 0, 4, "1948")])
    analysis = analyze(_article())
    assert [o.edit.kind for o in store.orphans([analysis])] == ["not_a_date"]
    assert store.orphans([analysis]) == store.orphans([analysis.article])


def test_status_follows_a_moved_expression_and_only_that_one():
    text = "On Friday they met. On Friday they left.\n"
    moved = "UPDATE. " + text
    article = _article(moved)
    store = Corrections([MarkReviewed("a", 3, 9, "Friday")])
    first = _event("a", 11, "Friday")
    second = _event("a", 31, "Friday")
    assert store.status_of(first, article=article) == "reviewed"
    assert store.status_of(second, article=article) == "unreviewed"
    assert store.status_of(first) == "unreviewed"  # without the text: only exact offsets


_keys = st.tuples(
    st.sampled_from(["a", "b"]), st.integers(0, 5), st.integers(6, 9), st.sampled_from(["May", "x"])
)
_when = st.none() | st.datetimes(timezones=st.just(UTC)).map(lambda d: d.replace(microsecond=0))
_edits = st.one_of(
    st.builds(SetAnchor, st.sampled_from(["a", "b"]), st.none() | st.dates(), st.booleans(),
              note=st.text(max_size=5), made_at=_when),
    _keys.flatmap(lambda k: st.builds(SetValue, *map(st.just, k), st.sampled_from(_VALUES))),
    _keys.flatmap(lambda k: st.builds(NotADate, *map(st.just, k), made_at=_when)),
    _keys.flatmap(lambda k: st.builds(SetReference, *map(st.just, k), st.dates())),
    _keys.flatmap(lambda k: st.builds(RelabelEvent, *map(st.just, k), st.text(max_size=8))),
    _keys.flatmap(lambda k: st.builds(HideEvent, *map(st.just, k), st.booleans())),
    _keys.flatmap(lambda k: st.builds(SplitEvent, *map(st.just, k))),
    _keys.flatmap(lambda k: st.builds(MarkReviewed, *map(st.just, k), st.booleans())),
    st.tuples(_keys, _keys).map(lambda ks: MergeEvents(*ks[0], into=ks[1])),
)  # fmt: skip


@given(st.lists(_edits, max_size=25))
def test_any_edits_round_trip_as_json_and_undo_in_reverse(edits):
    store = Corrections()
    inverses = [store.apply(e) for e in edits]
    again = Corrections.from_list(json.loads(json.dumps(store.to_list())))
    assert again == store and list(again) == list(store)
    for inverse in reversed(inverses):
        store.apply(inverse)
    assert len(store) == 0
