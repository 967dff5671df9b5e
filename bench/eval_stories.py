"""Scores anchors and clusters on the multi-outlet stories of ``bench/data/stories/``.

Each folder is loaded with no help, as a user would. Anchors: a dated page is right when its anchor
is the date it shows; a misdated copy is caught when it is reported as a conflict whose suggestion
lies within ``NEAR_DAYS`` of the day it was written; an undated page is right when its estimated
anchor lies within ``NEAR_DAYS`` of that day (and *held* when the estimate's range holds it).
Clusters: a happening is clustered right when its events found in the dated and undated pages share
one cluster that holds no event of another happening.

Run: ``python bench/eval_stories.py [-v]``.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from timeline_app.core.story.headless import anchor_report, open_corpus

STORIES = Path(__file__).parent / "data" / "stories"
NEAR_DAYS = 3


@dataclass
class StoryScore:
    pages: int = 0
    anchors_right: int = 0
    traps: int = 0
    traps_caught: int = 0
    estimates_held: int = 0
    happenings: int = 0
    clustered: int = 0
    failures: list[str] = field(default_factory=list)


def _near(value: str | None, truth: str) -> bool:
    if not value:
        return False
    gap = abs((date.fromisoformat(value) - date.fromisoformat(truth)).days)
    return gap <= NEAR_DAYS


def _score_anchor(row: dict, gold: dict, result: StoryScore) -> None:
    kind, truth = gold["kind"], gold["written"]
    if kind == "dated":
        ok = row["anchor"] == gold["shown"]
    elif kind == "undated":
        suggestion = row["suggestion"] or {}
        held = bool(suggestion) and suggestion["begin"] <= truth < suggestion["end"]
        result.estimates_held += held
        ok = row["anchor_source"] == "estimated" and _near(row["anchor"], truth)
    else:
        result.traps += 1
        conflict = any(p["kind"] == "conflict" for p in row["problems"])
        ok = conflict and _near((row["suggestion"] or {}).get("best"), truth)
        result.traps_caught += ok
    result.anchors_right += ok
    if not ok:
        result.failures.append(f"{gold['id']} ({kind}): anchor {row['anchor']} "
                               f"{row['anchor_source']}, suggestion {row['suggestion'] and row['suggestion']['best']}, "
                               f"written {truth}")


def score() -> StoryScore:
    result = StoryScore()
    golds = [json.loads(line) for line in (STORIES / "gold.jsonl").read_text("utf-8").splitlines()]
    for folder in sorted({g["folder"] for g in golds}):
        document = open_corpus([STORIES / folder])
        rows = {row["article_id"]: row for row in anchor_report(document)}
        here = [g for g in golds if g["folder"] == folder]
        cluster_of: dict[tuple[str, str], str] = {}
        for event in document.timeline.events:
            cluster_of[(event.article_id, event.mention.text)] = event.cluster_id or event.event_id
        happenings: dict[str, set[str]] = defaultdict(set)
        owner: dict[str, set[str]] = defaultdict(set)
        for gold in here:
            result.pages += 1
            _score_anchor(rows[gold["id"]], gold, result)
            if gold["kind"] == "misdated":
                continue
            for mention in gold["mentions"]:
                cluster = cluster_of.get((gold["id"], mention["text"]))
                if cluster is not None:
                    happenings[mention["happening"]].add(cluster)
                    owner[cluster].add(mention["happening"])
        for happening, clusters in sorted(happenings.items()):
            result.happenings += 1
            ok = len(clusters) == 1 and owner[next(iter(clusters))] == {happening}
            result.clustered += ok
            if not ok:
                result.failures.append(f"{happening}: {len(clusters)} clusters")
    return result


def main() -> None:
    result = score()
    if "-v" in sys.argv:
        print("\n".join(result.failures))
    print(
        f"pages {result.pages}: anchors right {result.anchors_right} (traps caught "
        f"{result.traps_caught} of {result.traps}, undated ranges holding the day "
        f"{result.estimates_held}); happenings clustered {result.clustered} of {result.happenings}"
    )


if __name__ == "__main__":
    main()
