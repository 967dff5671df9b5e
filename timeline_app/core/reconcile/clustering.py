"""Merging events across sources: the same happening reported by several articles is one cluster.

Candidate pairs come from blocks keyed by a signature (a name or content key) and a time key (the
months, years or decades an interval touches), so cost grows with the events, not their square.
Pairs are scored by wording (:func:`content_similarity`) and joined greedily, best first, under
one constraint: two events of the same article only share a cluster when they are the same
happening said twice. A cluster's id is its smallest event id.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import NamedTuple

from timeline_app.core.model import Anchor, Event, Granularity, Interval
from timeline_app.core.reconcile.signatures import (
    EventText,
    Idf,
    content_similarity,
    event_text,
    story_keys,
)

__all__ = [
    "LEDE_CHARS",
    "MERGE_AT",
    "Blocker",
    "ClusterSummary",
    "Reading",
    "cluster_events",
    "combine",
    "date_bonus",
    "date_relation",
    "event_texts",
    "gather",
    "lead_texts",
    "scored_pairs",
    "stories",
    "summarize",
]

MERGE_AT = 0.4
"""Least score (wording, plus a bonus for the same day in the same story) to be one happening."""
NEAR_MERGE_AT = 0.62
"""Least wording similarity for events a few days apart (a disagreement between sources)."""
SAID_TWICE_AT = 0.72
"""Least wording similarity for two events of one article to be the same happening."""
NEAR_DAYS = 4
BLOCK_CAP = 40
"""Blocks larger than this compare each event only with its neighbours in date order."""


def _analyses(source: object) -> list:
    analyses = getattr(source, "analyses", source)
    if isinstance(analyses, Mapping):
        analyses = list(analyses.values())
    return list(analyses)  # type: ignore[call-overload]


def gather(source: object) -> tuple[list[Event], dict[str, str]]:
    """Events and article texts of a :class:`Timeline`, analyses, or a mapping of analyses."""
    analyses = _analyses(source)
    texts = {a.article.id: a.article.text for a in analyses}
    events = getattr(source, "events", None)
    if events is None:
        events = [e for a in analyses for e in a.events]
    return list(events), texts


def stories(source: object) -> dict[str, frozenset[str]]:
    """``{article_id: story keys}`` (title and lede) of the articles of ``source``."""
    return {a.article.id: story_keys(a.article.title, a.article.text) for a in _analyses(source)}


def date_bonus(a: Interval, b: Interval, story: float) -> float:
    """Same day in the same story is itself evidence of the same happening; a month much less."""
    if not a.overlaps(b):
        return 0.0
    days = max(a.days, b.days)
    scale = 0.3 if days <= 1 else 0.15 if days <= 7 else 0.05 if days <= 31 else 0.0
    return scale * story


def event_texts(events: Iterable[Event], texts: Mapping[str, str]) -> dict[str, EventText]:
    return {e.event_id: event_text(e, texts.get(e.article_id)) for e in events}


LEDE_CHARS = 700


def lead_texts(source: object) -> dict[str, EventText]:
    """Signatures of each article's lead event read together with the undated lines before it.

    News often tells the happening first and dates it a paragraph later ("... as he arrived.";
    "Crowds greeted him on Wednesday"): the first day-precise event near the top of an article,
    dated near its anchor, carries the title and those opening lines as its own wording.
    """
    out = {}
    for a in _analyses(source):
        text, anchor = a.article.text, a.anchor.value
        for e in sorted(a.events, key=lambda e: e.mention.start):
            if e.sentence_start > 2 * LEDE_CHARS:
                break
            near = anchor is None or 0 <= (anchor - e.interval.begin).days <= 7
            if e.interval.days <= 1 and near:
                lede = f"{a.article.title}. {text[:e.sentence_start][-LEDE_CHARS:]}"
                out[e.event_id] = event_text(e, text, lede)
                break
    return out


def date_relation(a: Interval, b: Interval) -> str:
    """``same``, ``overlap`` (e.g. a day inside a month), ``near`` (a few days apart) or ``far``."""
    if a == b:
        return "same"
    if a.overlaps(b):
        return "overlap"
    gap = max((b.begin - a.end).days, (a.begin - b.end).days)
    if max(a.days, b.days) <= 7 and gap < NEAR_DAYS:
        return "near"
    return "far"


def _time_keys(interval: Interval, slack: int = 0) -> tuple[str, list[int]]:
    """The level (m, y, d) of an interval and the keys it touches at that level."""
    begin, end = interval.begin - timedelta(days=slack), interval.end + timedelta(days=slack)
    last = end - timedelta(days=1)
    if interval.days <= 62:
        return "m", list(range(begin.year * 12 + begin.month - 1, last.year * 12 + last.month))
    if interval.days <= 800:
        return "y", list(range(begin.year, last.year + 1))
    return "d", list(range(begin.year // 10, last.year // 10 + 1))[:30]


def _keys_at(level: str, interval: Interval, slack: int) -> list[int]:
    begin, last = interval.begin - timedelta(days=slack), interval.end - timedelta(days=1 - slack)
    if level == "y":
        return list(range(begin.year, last.year + 1))
    return list(range(begin.year // 10, last.year // 10 + 1))[:30]


class Blocker:
    """Candidate pairs: events sharing a signature key and touching a common time key.

    Each block is kept in one order (date, then place in the article, so that copies of a story
    sit side by side); a block larger than ``BLOCK_CAP`` gives an event only its neighbours in
    that order, found by bisection: the pass is O(N log N), however many events share a day.
    """

    def __init__(self, events: list[Event], sigs: Mapping[str, frozenset[str]]) -> None:
        self.events = events
        self.sigs = sigs
        order = sorted(range(len(events)), key=lambda i: (
            events[i].interval, events[i].mention.start, events[i].article_id))
        self.rank = [0] * len(events)
        for r, i in enumerate(order):
            self.rank[i] = r
        self.blocks: dict[tuple[str, str, int], list[int]] = defaultdict(list)
        for i in order:  # so every block is built in rank order
            level, keys = _time_keys(events[i].interval)
            for sig in sigs[events[i].event_id]:
                for k in keys:
                    self.blocks[(sig, level, k)].append(i)
        self.ranks = {key: [self.rank[i] for i in block]
                      for key, block in self.blocks.items() if len(block) > BLOCK_CAP}

    def pairs(self) -> set[tuple[int, int]]:
        out: set[tuple[int, int]] = set()
        half = BLOCK_CAP // 2
        for i, e in enumerate(self.events):
            level, keys = _time_keys(e.interval, NEAR_DAYS)
            probes = [(level, k) for k in keys]
            for coarser in ("y", "d")[("m", "y", "d").index(level):]:
                if coarser != level:
                    probes += [(coarser, k) for k in _keys_at(coarser, e.interval, 0)]
            for sig in self.sigs[e.event_id]:
                for lv, k in probes:
                    block = self.blocks.get((sig, lv, k))
                    if not block:
                        continue
                    if len(block) > BLOCK_CAP:
                        pos = bisect_left(self.ranks[(sig, lv, k)], self.rank[i])
                        block = block[max(0, pos - half): pos + half]
                    for j in block:
                        if j != i:
                            out.add((min(i, j), max(i, j)))
        return out


def scored_pairs(
    events: list[Event],
    texts: Mapping[str, EventText],
    idf: Idf,
    story: Mapping[str, frozenset[str]] | None = None,
    leads: Mapping[str, EventText] | None = None,
) -> list[tuple[float, int, int]]:
    """Pairs worth joining, best first: ``(score, i, j)``."""
    sigs = {eid: t.names | t.clause for eid, t in texts.items()}
    together_memo: dict[tuple[str, str], float] = {}
    out = []
    for i, j in Blocker(events, sigs).pairs():
        a, b = events[i], events[j]
        relation = date_relation(a.interval, b.interval)
        if relation == "far":
            continue
        x, y = texts[a.event_id], texts[b.event_id]
        score = content_similarity(x, y, idf)
        if leads and a.article_id != b.article_id and (a.event_id in leads or b.event_id in leads):
            lx, ly = leads.get(a.event_id, x), leads.get(b.event_id, y)
            score = max(score, 0.9 * content_similarity(lx, ly, idf))
        if story and a.article_id != b.article_id and x.names & y.names:
            pair = (a.article_id, b.article_id)
            if pair not in together_memo:
                together_memo[pair] = idf.cosine(story.get(a.article_id, frozenset()),
                                                 story.get(b.article_id, frozenset()))
            together = together_memo[pair]
            score += date_bonus(a.interval, b.interval, together)
        need = NEAR_MERGE_AT if relation == "near" else MERGE_AT
        if a.article_id == b.article_id:
            need = max(need, SAID_TWICE_AT)
        if score >= need:
            out.append((score, i, j))
    out.sort(key=lambda t: (-t[0], t[1], t[2]))
    return out


def cluster_events(source: object) -> dict[str, str]:
    """``{event_id: cluster_id}`` for every event of a timeline or of a list of analyses."""
    events, article_texts = gather(source)
    events = sorted(events, key=lambda e: e.event_id)
    texts = event_texts(events, article_texts)
    idf = Idf(t.names | t.stems for t in texts.values())
    parent = list(range(len(events)))
    members: dict[int, dict[str, list[int]]] = {
        i: {e.article_id: [i]} for i, e in enumerate(events)
    }

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _score, i, j in scored_pairs(events, texts, idf, stories(source), lead_texts(source)):
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        shared = members[ri].keys() & members[rj].keys()
        if shared and not (shared == {events[i].article_id} and events[i].article_id
                           == events[j].article_id and len(members[ri][events[i].article_id])
                           + len(members[rj][events[i].article_id]) == 2):
            continue
        parent[rj] = ri
        for article, idx in members.pop(rj).items():
            members[ri].setdefault(article, []).extend(idx)
    groups: dict[int, list[str]] = defaultdict(list)
    for i, e in enumerate(events):
        groups[find(i)].append(e.event_id)
    return {eid: min(ids) for ids in groups.values() for eid in ids}


class Reading(NamedTuple):
    """One source's dating of a clustered happening, and why it reads so."""

    event_id: str
    value: str
    interval: Interval
    anchor_source: str
    article_id: str = ""
    why: str = ""


@dataclass(frozen=True, slots=True)
class ClusterSummary:
    """A merged happening: its sources, the interval they agree on, and whether they disagree."""

    cluster_id: str
    event_ids: tuple[str, ...]
    sources: tuple[str, ...]
    interval: Interval
    granularity: Granularity | None
    disagreement: bool
    readings: tuple[Reading, ...]

    def to_dict(self) -> dict:
        return {
            "cluster_id": self.cluster_id,
            "event_ids": list(self.event_ids),
            "sources": list(self.sources),
            "interval": self.interval.to_dict(),
            "granularity": str(self.granularity) if self.granularity else None,
            "disagreement": self.disagreement,
            "readings": [
                {**r._asdict(), "interval": r.interval.to_dict()} for r in self.readings
            ],
        }


def _reading(event: Event, anchor: Anchor | None) -> Reading:
    m = event.mention
    if anchor is not None and anchor.value is not None and m.reference != "absolute":
        why = f"'{m.text}' read against the {anchor.source} anchor {anchor.value.isoformat()}"
    else:
        why = f"'{m.text}' is an absolute date"
    src = str(anchor.source) if anchor is not None else "none"
    return Reading(event.event_id, m.value, m.interval, src, event.article_id, why)  # type: ignore[arg-type]


def combine(readings: list[Reading]) -> tuple[Interval, bool]:
    """The finest interval most sources allow, and whether some source contradicts it."""
    def support(r: Reading) -> int:
        return len({o.article_id for o in readings if o.interval.overlaps(r.interval)})

    best = min(readings, key=lambda r: (-support(r), r.interval.days, r.interval.begin))
    combined = best.interval
    for r in sorted(readings, key=lambda r: r.interval.days):
        if r.interval.overlaps(combined):
            combined = Interval(max(combined.begin, r.interval.begin),
                                min(combined.end, r.interval.end))
    return combined, any(not r.interval.overlaps(combined) for r in readings)


def summarize(source: object, clusters: Mapping[str, str] | None = None
              ) -> dict[str, ClusterSummary]:
    """A :class:`ClusterSummary` per cluster of a timeline or of analyses.

    ``clusters`` (``{event_id: cluster_id}``) defaults to the events' own ``cluster_id``.
    """
    events, _ = gather(source)
    analyses = {a.article.id: a for a in _analyses(source)}
    groups: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        cid = clusters.get(e.event_id, e.event_id) if clusters is not None else e.cluster_id
        groups[cid or e.event_id].append(e)
    out = {}
    for cid, members in sorted(groups.items()):
        readings = [
            _reading(e, getattr(analyses.get(e.article_id), "anchor", None)) for e in members
        ]
        interval, disagreement = combine(readings)
        grains = [e.granularity for e in members if e.interval == interval]
        finest = min((e for e in members), key=lambda e: e.interval.days).granularity
        out[cid] = ClusterSummary(
            cid,
            tuple(sorted(e.event_id for e in members)),
            tuple(sorted({e.article_id for e in members})),
            interval,
            grains[0] if grains else finest,
            disagreement,
            tuple(sorted(readings, key=lambda r: (r.interval, r.event_id))),
        )
    return out
