"""Anchor checks of an archive a related group at a time, weighed as the whole archive.

``check_anchors`` reads each article against the events of other sources: those about the same
story (title and lead keys, ``anchor_evidence.related_articles``) and those whose events tell the
same happenings. An archive falls into *related groups*: articles linked by one of the two (story
keys shared as ``related_articles`` counts them, or an event in one cluster of the merge), joined
transitively (:func:`related_groups`). A group is checked on its own, with the references' word
weights of the WHOLE archive (:func:`reference_counts`, summed over the parts), so an article's
report is the one the whole run gives it as long as its evidence lies in its group.

Dated pages whose inferred year related articles overrule are trusted no more than undated
ones (``anchor_check.year_overruled``), so each group's (:func:`overruled_counts`) come off the
weights before any check: counted as trusted, they once made a reprint's reasons name another
source than the whole run's (with the blind ulvhamar_mine beside the other stories).

The whole run weighs its references twice: all dated articles while it looks for pages at
fault, then without the pages found at fault while it estimates undated articles. Pages found at
fault in one group change the weights of every other, so :func:`weights_without` takes the
counts of every group's pages at fault (:func:`fault_counts`) off the first weights, and groups
with undated articles are checked again with both (``archive_run`` does the passes).

What can still differ from the whole run: an event of another group that shares more wording
keys with an article's event than those of its own group (``anchor_evidence.MAX_LOOKS`` are
compared) and reads alike (``MATCH_AT``) although neither story keys nor a cluster link them;
and undated wires whose yearless dateline related pages date (``anchor_check._dateline_dated``):
the whole run weighs them as trusted when it looks again and estimates, the groups do not (no
story of ``bench/data/stories`` has one yet).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from timeline_app.core.model import AnchorSource, ArticleAnalysis
from timeline_app.core.reconcile.anchor_check import check_anchors, year_overruled
from timeline_app.core.reconcile.anchor_evidence import (
    RELATED_KEYS,
    RELATED_SHARE,
    dated_events,
    few_keys_related,
)
from timeline_app.core.reconcile.lede_likeness import LedeIndex, lede_signature
from timeline_app.core.reconcile.signatures import Idf, event_text, story_keys

__all__ = [
    "ArticleKeys",
    "article_keys",
    "check_group",
    "dated",
    "fault_counts",
    "overruled_counts",
    "reference_counts",
    "related_groups",
    "reports_by_group",
    "weights_from",
    "weights_without",
]

ArticleKeys = tuple[str, bool, list[str]] | tuple[str, bool, list[str], list[str]]
"""``(article id, has a date of its own, story keys[, lede signature])``: what grouping needs
of an article (the signature: ``lede_likeness.lede_signature``, how an undated page relates)."""
Counts = tuple[int, Counter[str]]
"""``(documents, keys' document counts)``: a share of an :class:`Idf`."""


def dated(a: ArticleAnalysis) -> bool:
    """A date of its own (``anchor_check`` trusts these while it looks for pages at fault)."""
    return a.anchor.value is not None and a.anchor.source != AnchorSource.ESTIMATED


def article_keys(analyses: Iterable[ArticleAnalysis]) -> list[ArticleKeys]:
    """Each article's id, whether it is dated, its story keys and its lede signature.

    The keys as ``related_articles`` counts them; the signature as ``Related.of(lede=True)``
    relates an undated page.
    """
    return [(a.article.id, dated(a), sorted(story_keys(a.article.title, a.article.text[:700])),
             sorted(lede_signature(a.article.title, a.article.text[:700])))
            for a in analyses]  # fmt: skip


def _counts(a: ArticleAnalysis, absolute_only: bool) -> Counts:
    events = dated_events(a)
    if absolute_only:
        events = [e for e in events if e.mention.reference == "absolute"]
    texts = {e.event_id: event_text(e, a.article.text) for e in events}
    counts: Counter[str] = Counter()
    for t in texts.values():
        counts.update(t.names | t.stems)
    return len(texts), counts


def reference_counts(analyses: Iterable[ArticleAnalysis]) -> Counts:
    """These articles' share of the references' weights while every dated article is trusted.

    That is all the dated events of a dated article, the absolute ones of the others.
    """
    n, df = 0, Counter()
    for a in analyses:
        m, counts = _counts(a, absolute_only=not dated(a))
        n += m
        df.update(counts)
    return n, df


def fault_counts(analyses: Iterable[ArticleAnalysis]) -> Counts:
    """What pages found at fault take off the weights: their events that are not absolute."""
    n, df = 0, Counter()
    for a in analyses:
        (m_all, all_counts), (m_abs, abs_counts) = _counts(a, False), _counts(a, True)
        n += m_all - m_abs
        df.update(all_counts)
        df.subtract(abs_counts)
    return n, df


def overruled_counts(group: Iterable[ArticleAnalysis]) -> Counts:
    """What a related group's dated pages whose inferred year is overruled take off the weights.

    ``check_anchors`` trusts them no more than undated pages (``anchor_check.year_overruled``,
    decided by related articles: by the group), so only their absolute events weigh.
    """
    group = list(group)
    overruled = year_overruled(group)
    return fault_counts(a for a in group if a.article.id in overruled)


def weights_from(parts: Iterable[Counts]) -> Idf:
    idf = Idf(())
    for n, df in parts:
        idf.n += n
        idf.df.update(df)
    return idf


def weights_without(idf: Idf, faults: Iterable[Counts]) -> Idf:
    """``idf`` with the pages at fault no longer trusted (their :func:`fault_counts` off)."""
    out = weights_from([(idf.n, idf.df)])
    for n, df in faults:
        out.n -= n
        out.df.subtract(df)
    return out


def related_groups(keys: Sequence[ArticleKeys], clusters: Iterable[Iterable[str]]
                   ) -> list[list[str]]:  # fmt: skip
    """Articles linked by story keys or by a shared cluster, joined transitively; in id order.

    Story keys are counted through an index (each article against the articles sharing one of
    its keys), never all pairs.
    """
    ids = [k[0] for k in keys]
    at = {aid: i for i, aid in enumerate(ids)}
    parent = list(range(len(ids)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    for members in clusters:
        rows = [at[aid] for aid in members if aid in at]
        for j in rows[1:]:
            union(rows[0], j)
    postings: dict[str, list[int]] = {}
    for i, story in enumerate(k[2] for k in keys):
        for key in story:
            postings.setdefault(key, []).append(i)
    index = {key: np.array(rows, np.int64) for key, rows in postings.items()}
    sizes = np.array([len(k[2]) for k in keys], np.int64)
    for i, story in enumerate(k[2] for k in keys):
        if not story:
            continue
        rows = np.concatenate([index[key] for key in story])
        others, shared = np.unique(rows[rows > i], return_counts=True)
        need = np.maximum(RELATED_KEYS, RELATED_SHARE * np.minimum(sizes[others], sizes[i]))
        for j in others[shared >= need].tolist():
            union(i, j)
        # few keys, most of them shared with several articles (``few_keys_related``): those
        # on either side of it, as ``related_articles`` finds them
        every, counts = np.unique(rows[rows != i], return_counts=True)
        for j in every[few_keys_related(counts, len(story))].tolist():
            union(i, j)
    _union_lede_alike(keys, union)
    groups: dict[int, list[str]] = {}
    for i in sorted(range(len(ids)), key=ids.__getitem__):
        groups.setdefault(find(i), []).append(ids[i])
    return sorted(groups.values())


def _union_lede_alike(keys: Sequence[ArticleKeys], union: Callable[[int, int], None]) -> None:
    """Each undated article joined with the articles alike by a name and their openings.

    Pair-local (``lede_likeness.lede_related``): those its estimate may read
    (``Related.of(lede=True)``). Only undated articles look so, through an index
    (``lede_likeness.LedeIndex``).
    """
    lede = [frozenset(k[3]) if len(k) > 3 else frozenset() for k in keys]  # type: ignore[misc]
    index = LedeIndex(lede)
    for i, k in enumerate(keys):
        if not k[1] and lede[i]:
            for j in index.alike(lede[i], i):
                union(i, j)


def check_group(analyses: Sequence[ArticleAnalysis], weights: tuple[Idf, Idf]
                ) -> dict[str, dict]:  # fmt: skip
    """The reports with something to say (a problem or a suggestion) of one related group."""
    reports = check_anchors(list(analyses), weights=weights)
    return {aid: r.to_dict() for aid, r in sorted(reports.items())
            if r.problems or r.suggestion}  # fmt: skip


def reports_by_group(
    analyses: Sequence[ArticleAnalysis], clusters: Iterable[Iterable[str]]
) -> dict[str, dict]:
    """Every group checked apart, in one process, as the cluster does it in its tasks.

    ``clusters``: the article ids of each cluster of the merge.
    """
    by_id = {a.article.id: a for a in analyses}
    groups = related_groups(article_keys(analyses), clusters)
    idf = weights_without(weights_from([reference_counts(analyses)]),
                          [overruled_counts(by_id[aid] for aid in group) for group in groups])
    out: dict[str, dict] = {}
    for group in groups:
        out.update(check_group([by_id[aid] for aid in group], (idf, idf)))
    faults = [by_id[aid] for aid, r in out.items()
              if any(p["kind"] == "conflict" for p in r["problems"])]  # fmt: skip
    if faults:
        without = weights_without(idf, [fault_counts(faults)])
        for group in groups:
            if not all(dated(by_id[aid]) for aid in group):
                for aid in group:
                    out.pop(aid, None)
                out.update(check_group([by_id[aid] for aid in group], (idf, without)))
    return dict(sorted(out.items()))
