"""Scores anchors and clusters on the multi-outlet stories of ``bench/data/stories/``.

Each folder is loaded with no help, as a user would. Anchors: a dated page is right when its anchor
is the date it shows; a misdated copy is caught when it is reported as a conflict whose suggestion
lies within ``NEAR_DAYS`` of the day it was written; an undated page is right when its estimated
anchor lies within ``NEAR_DAYS`` of that day (and *held* when the estimate's range holds it).
Values: a page's ``values`` (``[expression, occurrence, value, level]``, level ``core`` or
``advanced``) are right when a mention overlapping the expression has that TIMEX3 value, counted as
loaded and again with the pages' true anchors (what the held-out's HeidelTime figure assumes; the
pages so read are settled as one story, as a load settles them: ``story/event_offsets.py``).
Clusters: a happening is clustered right when its events found in the dated and undated pages share
one cluster that holds no event of another happening.

The pages come from ``gold.jsonl`` (the generated stories) and from the stories of ``gold.json``
whose pages say the day they were written (``written``: told at the held-out's scale, with undated
and misdated copies), where a mention is the event whose mention overlaps the expression. Each such
folder gets a line of its own, with the pairwise precision and recall of its clusters.

Run: ``python bench/eval_stories.py [-v]``.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path

from timeline_app.core.model import Anchor, AnchorSource
from timeline_app.core.story.event_offsets import placed_from_story
from timeline_app.core.story.headless import anchor_report, open_corpus
from timeline_app.core.story.pipeline import analyze

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
    true_pairs: int = 0
    predicted_pairs: int = 0
    gold_pairs: int = 0
    values: dict[str, list[int]] = field(default_factory=dict)
    """``{level: [right as loaded, right with the true anchors, in the gold]}``."""
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


def _told_stories() -> list[dict]:
    """The pages of the gold.json stories that say when each was written, as gold records."""
    golds = []
    specs = json.loads((STORIES / "gold.json").read_text(encoding="utf-8"))
    for folder, spec in sorted(specs.items()):
        if not all("written" in page for page in spec["articles"].values()):
            continue
        for file, page in sorted(spec["articles"].items()):
            shown, written = page["published"], page["written"]
            kind = "undated" if shown is None else "dated" if shown == written else "misdated"
            mentions = [{"text": m[0], "occurrence": m[1] if len(m) == 3 else 1,
                         "happening": m[-1]} for m in page["mentions"]]
            golds.append({"id": Path(file).stem, "folder": folder, "kind": kind,
                          "written": written, "shown": shown, "mentions": mentions,
                          "values": page.get("values", [])})
    return golds


def _event_of(document, gold: dict, mention: dict) -> str | None:
    """The cluster of the event that reports ``mention`` (by its text, or by overlap)."""
    events = [e for e in document.timeline.events if e.article_id == gold["id"]]
    if "occurrence" not in mention:
        hits = [e for e in events if e.mention.text == mention["text"]]
    else:
        text, at = document.analyses[gold["id"]].article.text, -1
        for _ in range(mention["occurrence"]):
            at = text.find(mention["text"], at + 1)
        end = at + len(mention["text"])
        hits = [e for e in events if at >= 0 and e.mention.start < end and at < e.mention.end]
    return (hits[0].cluster_id or hits[0].event_id) if hits else None


def _value_right(analysis, expression: str, occurrence: int, value: str) -> bool:
    text, at = analysis.article.text, -1
    for _ in range(occurrence):
        at = text.find(expression, at + 1)
    end = at + len(expression)
    return at >= 0 and any(m.value == value for m in analysis.mentions
                           if m.start < end and at < m.end)


def _told_truly(document, here: list[dict]) -> dict:
    """The pages read against the days they were written, then settled as a story."""
    truly = [analyze(document.analyses[g["id"]].article,
                     Anchor(date.fromisoformat(g["written"]), AnchorSource.DETECTED))
             for g in here if g.get("written")]
    return {a.article.id: a for a in placed_from_story(truly)}


def _score_values(document, gold: dict, result: StoryScore, truly: dict) -> None:
    analysis = document.analyses[gold["id"]]
    if not gold.get("values"):
        return
    told = truly[gold["id"]]
    for expression, occurrence, value, level in gold["values"]:
        counts = result.values.setdefault(level, [0, 0, 0])
        loaded = _value_right(analysis, expression, occurrence, value)
        true = _value_right(told, expression, occurrence, value)
        counts[0] += loaded
        counts[1] += true
        counts[2] += 1
        if not loaded or not true:
            found = [m.value for m in analysis.mentions if m.text in expression or expression in m.text]
            result.failures.append(f"{gold['id']}: {level} {expression!r} wants {value}, "
                                   f"loaded {'right' if loaded else found}, "
                                   f"true anchor {'right' if true else 'wrong'}")


def score_folder(folder: str, here: list[dict], result: StoryScore) -> None:
    document = open_corpus([STORIES / folder])
    rows = {row["article_id"]: row for row in anchor_report(document)}
    happenings: dict[str, set[str]] = defaultdict(set)
    owner: dict[str, set[str]] = defaultdict(set)
    reports: list[tuple[str, str]] = []
    truly = _told_truly(document, here) if any(g.get("values") for g in here) else {}
    for gold in here:
        result.pages += 1
        _score_anchor(rows[gold["id"]], gold, result)
        _score_values(document, gold, result, truly)
        if gold["kind"] == "misdated":
            continue
        for mention in gold["mentions"]:
            cluster = _event_of(document, gold, mention)
            if cluster is not None:
                happenings[mention["happening"]].add(cluster)
                owner[cluster].add(mention["happening"])
                reports.append((mention["happening"], cluster))
            else:
                result.failures.append(f"{gold['id']}: {mention['text']!r} not dated")
    for happening, clusters in sorted(happenings.items()):
        result.happenings += 1
        ok = len(clusters) == 1 and owner[next(iter(clusters))] == {happening}
        result.clustered += ok
        if not ok:
            result.failures.append(f"{happening}: {len(clusters)} clusters")
    for (h1, c1), (h2, c2) in combinations(reports, 2):
        result.true_pairs += h1 == h2 and c1 == c2
        result.predicted_pairs += c1 == c2
        result.gold_pairs += h1 == h2


def score() -> tuple[StoryScore, dict[str, StoryScore]]:
    """The generated stories' total, and one score per told story."""
    result, told = StoryScore(), {}
    golds = [json.loads(line) for line in (STORIES / "gold.jsonl").read_text("utf-8").splitlines()]
    for folder in sorted({g["folder"] for g in golds}):
        score_folder(folder, [g for g in golds if g["folder"] == folder], result)
    more = _told_stories()
    for folder in sorted({g["folder"] for g in more}):
        told[folder] = StoryScore()
        score_folder(folder, [g for g in more if g["folder"] == folder], told[folder])
    return result, told


def _line(name: str, result: StoryScore) -> str:
    line = (f"{name}: pages {result.pages}: anchors right {result.anchors_right} (traps caught "
            f"{result.traps_caught} of {result.traps}, undated ranges holding the day "
            f"{result.estimates_held}); happenings clustered {result.clustered} of {result.happenings}")
    if result.predicted_pairs or result.gold_pairs:
        line += (f"; pairs {result.true_pairs} right of {result.predicted_pairs} joined, "
                 f"{result.gold_pairs} in the gold")
    for level, (loaded, true, total) in sorted(result.values.items(), reverse=True):
        line += f"; {level} values right {loaded} of {total} ({true} with the true anchors)"
    return line


def main() -> None:
    result, told = score()
    if "-v" in sys.argv:
        print("\n".join(result.failures + [f for t in told.values() for f in t.failures]))
    print(_line("generated stories", result))
    for name, story in told.items():
        print(_line(name, story))


if __name__ == "__main__":
    main()
