"""Working anchors for undated articles: later rounds re-estimate only the re-read articles.

Counts searches, not time: a load of a story with undated articles runs the search for misdated
pages once, and each later round searches again only the articles it re-read.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.core.reconcile.test_anchor_determinism import _write_corpus
from timeline_app.core.model import AnchorSource
from timeline_app.core.reconcile import anchor_check
from timeline_app.core.reconcile.anchor_recheck import CheckState, article_input, touched_by
from timeline_app.core.story import estimates
from timeline_app.core.story.pipeline import load


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    return load([_write_corpus(tmp_path_factory.mktemp("estimates"))], workers=1).analyses


def _fresh() -> None:
    anchor_check._RECENT.clear()
    anchor_check._LAST = None


class _Counting:
    """``AnchorSearch`` that counts the searches made per article, and the references built."""

    def __init__(self, monkeypatch) -> None:
        self.searched: Counter[str] = Counter()
        self.references = 0
        real, real_refs = anchor_check.AnchorSearch, anchor_check.References

        def counted(analysis, *args, **kwargs):
            self.searched[analysis.article.id] += 1
            return real(analysis, *args, **kwargs)

        def built(*args, **kwargs):
            self.references += 1
            return real_refs(*args, **kwargs)

        monkeypatch.setattr(anchor_check, "AnchorSearch", counted)
        monkeypatch.setattr(anchor_check, "References", built)


def test_rounds_search_again_only_the_reread_articles(loaded, monkeypatch):
    undated = {a.article.id for a in loaded if a.anchor.value is None}
    assert undated
    _fresh()
    one = _Counting(monkeypatch)
    anchor_check.check_anchors(loaded)  # one full check: what a round may cost at most once
    single, single_refs = Counter(one.searched), one.references
    _fresh()
    rounds = []
    real_rounds = estimates.estimated_anchors

    def round_of(analyses, **kwargs):
        rounds.append({a.article.id: a.anchor for a in analyses})
        return real_rounds(analyses, **kwargs)

    monkeypatch.setattr(estimates, "estimated_anchors", round_of)
    load_counts = _Counting(monkeypatch)
    out = estimates.with_estimates(loaded)
    assert len(rounds) >= 2  # the estimates were made again on re-read articles
    reread = sum(1 for before, after in zip(rounds, rounds[1:], strict=False)
                 for aid in undated if before[aid] != after[aid])
    assert reread
    dated = {aid for aid in single if aid not in undated}
    assert dated  # the misdated search ran, ...
    # ... once in the whole load, not once per round
    assert sum(load_counts.searched[aid] for aid in dated) == sum(single[aid]
                                                                   for aid in dated)
    assert sum(load_counts.searched[aid] for aid in undated) == len(undated) + reread
    assert load_counts.references == single_refs  # later rounds read the same references
    # and the later rounds' reports are those of a fresh check of what they read
    final = {a.article.id: a for a in out}
    kept = {aid: r.to_dict() for aid, r in anchor_check.check_anchors(final).items()}
    _fresh()
    assert kept == {aid: r.to_dict() for aid, r in anchor_check.check_anchors(final).items()}


def test_an_undated_article_reread_touches_only_itself(loaded):
    _fresh()
    by_id = {a.article.id: a for a in loaded}
    anchor_check.check_anchors(by_id)
    found = anchor_check.estimated_anchors(by_id)
    assert found
    aid = sorted(found)[0]
    by_id[aid] = estimates._reread(by_id[aid], found[aid])
    assert by_id[aid].anchor.source == AnchorSource.ESTIMATED
    state = CheckState(None, {k: article_input(a) for k, a in sorted(by_id.items())})
    assert touched_by(anchor_check._LAST, state, dict(sorted(by_id.items()))) == {aid}
