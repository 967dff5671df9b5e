"""Long events kept apart in a cut group: the whole run's clusters, each of their pairs scored once."""

from __future__ import annotations

import random
from datetime import date

import pytest

from tests.core.story.test_dask_engine import _gen_corpus
from timeline_app.core.model import Interval
from timeline_app.core.reconcile.clustering import (
    BLOCK_CAP,
    _time_keys,
    cluster_events,
    event_texts,
    lead_texts,
    scored_pairs,
    stories,
)
from timeline_app.core.reconcile.signatures import Idf
from timeline_app.core.story import long_events
from timeline_app.core.story.partitions import (
    LONG_DAYS,
    _scored,
    begin_months,
    clusters_by_window,
    is_long,
    key_counts,
    known,
    long_side,
    seen_by,
    spans,
    trimmed,
    weights,
    window_pairs,
    windows,
)
from timeline_app.core.story.pipeline import load

PLACES = ("Harlan", "Vessia")
LONG = (
    "The {place} dispute dates back to the {dec}s.",
    "Throughout the {dec}s the {place} mills stood idle.",
    "Between {y} and {y2}, the {place} council fought the dam.",
    "The {place} accords of the {dec}s still shape the valley.",
)
SHORT = (
    "In {month} {y}, the {place} dispute flared again.",
    "Back in {y}, the {place} council voted against the dam.",
)
MONTHS = ("January", "March", "June", "September", "November")


@pytest.fixture(scope="module")
def analyses(tmp_path_factory):
    """Generated news, each article with a paragraph of decades and spans of years."""
    folder = _gen_corpus().write_corpus(tmp_path_factory.mktemp("long"), 90, seed=11,
                                        paragraphs=2)  # fmt: skip
    rng = random.Random(3)
    for path in sorted(folder.iterdir()):
        lines = []
        for _ in range(3):
            dec, place = rng.choice((1970, 1980)), rng.choice(PLACES)
            y = dec + rng.randrange(7)
            lines.append(rng.choice(LONG).format(place=place, dec=dec, y=y, y2=y + 3))
            lines.append(rng.choice(SHORT).format(place=place, y=dec + rng.randrange(10),
                                                  month=rng.choice(MONTHS)))  # fmt: skip
        path.write_text(path.read_text(encoding="utf-8") + "\n\n" + " ".join(lines) + "\n",
                        encoding="utf-8")  # fmt: skip
    return load([folder], workers=1).analyses


def _events(analyses):
    return [e for a in analyses for e in a.events]


def test_long_is_the_blockers_decade_level():
    for days in (LONG_DAYS - 1, LONG_DAYS, LONG_DAYS + 1, 3653):
        iv = Interval(date(1980, 1, 1), date.fromordinal(date(1980, 1, 1).toordinal() + days))
        assert (_time_keys(iv)[0] == "d") == (days > LONG_DAYS)


def test_many_long_events_over_many_windows_give_the_whole_runs_clusters(analyses):
    events = _events(analyses)
    long = [e for e in events if is_long(e)]
    assert len(long) > 200
    size = len(events) // 12
    cut = windows(spans(analyses), begin_months(analyses), size)
    assert sum(w.split for w in cut) >= 8
    spanned = [e for e in long if sum(e.interval.begin.toordinal() < w.hi
                                      and w.lo < e.interval.end.toordinal() for w in cut) > 3]
    assert len(spanned) > 100  # each of them would have been seen by every window it spans
    texts = known(analyses).texts
    blocks = long_events.LongIndex(long_events.long_rows(long, texts)).block_sizes()
    assert max(blocks) > BLOCK_CAP  # neighbours, not whole blocks
    expected = cluster_events(analyses)
    got = clusters_by_window(analyses, size=size)
    assert got == expected
    joined = [c for c in set(expected.values()) if sum(1 for v in expected.values() if v == c) > 1]
    with_long = {expected[e.event_id] for e in long}
    assert len(with_long & set(joined)) > 5  # long events merged, with short ones too
    short_long = {expected[e.event_id] for e in events if not is_long(e)} & with_long
    assert short_long & set(joined)


def test_no_window_scores_a_long_event_and_each_pair_with_one_is_scored_once(analyses):
    """The bound: a window scores its own short events; long ones are seen by their owner only
    (to be written), and every pair holding a long event is scored once, by one task."""
    events = _events(analyses)
    long = {e.event_id for e in events if is_long(e)}
    cut = [w for w in windows(spans(analyses), begin_months(analyses), len(events) // 12)
           if w.split]  # fmt: skip
    assert all(sum(w.sees(e) for w in cut) == 1 for e in events if e.event_id in long)
    idf, leads, signed = weights([key_counts(analyses)]), lead_texts(analyses), known(analyses)
    rows = long_events.long_rows([e for e in events if e.event_id in long], signed.texts)
    article = {e.event_id: e.article_id for e in events}

    def fetch(ids):
        return ({k: signed.texts[k] for k in ids},
                {article[k]: signed.story[article[k]] for k in ids})  # fmt: skip

    index = long_events.LongIndex(rows)
    with_long: list[tuple[str, str]] = []
    for w in cut:
        seen = trimmed(seen_by(analyses, w), w)
        assert not any(w.scores(e) for a in seen for e in a.events if e.event_id in long)
        local, (_, firsts, seconds, _) = window_pairs(seen, w, idf, leads, signed,
                                                      (index, fetch))  # fmt: skip
        assert not set(local) & long
        pairs = [(a, b) for a, b in zip(firsts, seconds, strict=True) if {a, b} & long]
        assert not any(a in long and b in long for a, b in pairs)
        with_long += pairs
    _, firsts, seconds, _ = long_side(rows, *fetch([r.event_id for r in rows]), idf)
    with_long += list(zip(firsts, seconds, strict=True))
    whole = sorted(events, key=lambda e: e.event_id)
    texts = event_texts(whole, {a.article.id: a.article.text for a in analyses})
    idf_all = Idf(t.names | t.stems for t in texts.values())
    scored = scored_pairs(whole, texts, idf_all, stories(analyses), lead_texts(analyses))
    expected = sorted((whole[i].event_id, whole[j].event_id) for _, i, j in scored
                      if {whole[i].event_id, whole[j].event_id} & long)  # fmt: skip
    assert len(expected) > 100
    assert sorted(with_long) == expected  # once each, none missing, none more


def test_each_window_scores_its_pairs_as_the_whole_run(analyses):
    """Lone reports of two articles that date the same periods (some of them outside the
    window) score as in the whole run: the window is given each article's dated periods."""
    events = sorted(_events(analyses), key=lambda e: e.event_id)
    texts = event_texts(events, {a.article.id: a.article.text for a in analyses})
    idf = Idf(t.names | t.stems for t in texts.values())
    whole = {(events[i].event_id, events[j].event_id): s for s, i, j in
             scored_pairs(events, texts, idf, stories(analyses), lead_texts(analyses))}  # fmt: skip
    signed, leads = known(analyses), lead_texts(analyses)
    compared = 0
    for w in windows(spans(analyses), begin_months(analyses), len(events) // 12):
        if w.split:
            scored = _scored(trimmed(seen_by(analyses, w), w), w, idf, leads, signed)
            got = {(scored.events[i].event_id, scored.events[j].event_id): s
                   for s, i, j in scored.pairs}  # fmt: skip
            assert got == pytest.approx({k: whole[k] for k in got})
            assert not {k: s for k, s in whole.items() if k not in got
                        and all(w.owns(e) and not w.shares(e) and not is_long(e) for e in events
                                if e.event_id in k)}  # fmt: skip
            compared += len(got)
    assert compared > 100


def test_a_side_tables_rows_and_texts_read_back_with_shared_words_are_the_same_values():
    """Interned for memory (a cut group holds all its long events at once), not changed."""
    from timeline_app.core.reconcile.signatures import EventText
    from timeline_app.core.story.long_events import interned_row, interned_texts

    text = EventText(frozenset({"".join(["flo", "od"])}), frozenset(), frozenset({"levee"}),
                     frozenset({"flood"}), frozenset(), "the levee broke", ("a quote",))
    copy = interned_texts({"".join(["e", "1"]): text})
    assert copy == {"e1": text}
    a = next(iter(copy["e1"].names))
    b = next(iter(interned_texts({"e2": text})["e2"].names))
    assert a is b
    row = interned_row(["e1", "a1", 1, 900, 0, ["".join(["flo", "od"])]])
    assert row == long_events.LongRow("e1", "a1", 1, 900, 0, ["flood"]) and row.keys[0] is a
