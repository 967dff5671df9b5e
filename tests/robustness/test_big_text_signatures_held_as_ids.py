"""A huge article's signatures are read a part at a time and kept as ids (issue 17).

What broke: the said-twice pass of a lone big text held every event's ``EventText`` (five
frozensets, a string and a tuple, about 1.5 kB an event) while it blocked and scored, over a
gigabyte of a 34 MB text's peak. ``LeanTexts`` reads them in parts and keeps key ids; the pairs
and their scores must be the same to the bit, and so the clusters.
"""

from __future__ import annotations

import numpy as np
import pytest

from timeline_app.core.reconcile import lean_texts, lone_article
from timeline_app.core.reconcile.bulk_similarity import FIELDS, BulkSimilarity
from timeline_app.core.reconcile.lean_texts import LeanTexts
from timeline_app.core.reconcile.sentence_signatures import event_texts
from timeline_app.core.reconcile.signatures import Idf

from .test_big_text_clusters_in_linear_work import _analysis, _dense, _texts


@pytest.fixture(scope="module")
def analysis():
    return _analysis(_dense(900) + "\n\n" + _texts()[-1][:60_000])


def _events(analysis):
    return sorted(analysis.events, key=lambda e: e.event_id)


@pytest.mark.parametrize("part", [7, 1_000, 10**6])
def test_the_bulk_similarity_made_in_parts_is_the_whole_lists(analysis, part) -> None:
    events, text = _events(analysis), analysis.article.text
    texts = event_texts(events, text)
    whole = BulkSimilarity(texts, Idf(t.names | t.stems for t in texts))
    lean = LeanTexts(events, text, part=part)
    kind = whole.kind  # (the whole lists hold one row per wording; the lean ones, every row)
    for name in FIELDS:
        a, b = whole.sets[name], lean.bulk.sets[name]
        assert a.width == b.width and np.array_equal(a.weights, b.weights), name
        assert np.array_equal(a.sizes[kind], b.sizes) and np.array_equal(a.totals[kind], b.totals)
        for r in range(0, len(kind), 7):
            k = kind[r]
            assert np.array_equal(a.keys[a.indptr[k]:a.indptr[k + 1]],
                                  b.keys[b.indptr[r]:b.indptr[r + 1]]), (name, r)
    assert [whole.said[k] for k in kind] == lean.bulk.said
    assert [whole.flat[k] for k in kind] == lean.bulk.flat
    for what in ("quoted", "has_flat", "stem_counts"):
        assert np.array_equal(getattr(whole, what), getattr(lean.bulk, what))
    i, j = np.triu_indices(min(len(kind), 300), 1)
    a, b = whole.wording(i, j), lean.bulk.wording(i, j)
    assert all(np.array_equal(a[key], b[key]) for key in a)
    for e, t in zip(events[::37], texts[::37], strict=True):  # read back as the texts were
        row = lean[e.event_id]
        assert {n: getattr(row, n) for n in (*FIELDS, "flat", "quotes")} == \
            {n: getattr(t, n) for n in (*FIELDS, "flat", "quotes")}


def test_a_huge_articles_pairs_are_the_ones_its_texts_gave(analysis, monkeypatch) -> None:
    events, text = _events(analysis), analysis.article.text
    before = lone_article.said_twice_pairs(events, text)  # held as objects (few events)
    clusters = lone_article.cluster_lone_article(analysis)
    monkeypatch.setattr(lone_article, "MEMO_EVENTS", 0)
    monkeypatch.setattr(lean_texts, "PART_EVENTS", 50)
    after = lone_article.said_twice_pairs(events, text)
    assert len(before[0]) > 10
    for a, b in zip(before, after, strict=True):
        assert np.array_equal(a, b)
    assert lone_article.cluster_lone_article(analysis) == clusters
    assert sum(k != v for k, v in clusters.items()) > 10  # some said twice
