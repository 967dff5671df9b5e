"""Share of short phrases read right: the first expression the tagger finds has the gold value.

Usage: python bench/eval_phrases.py [PATH.jsonl] [--errors]

Each line: {"id", "family", "text", "anchor", "prefer", "value"} (``make_phrases_blind14.py``);
a ``value`` of ``""`` is a phrase with no date in it, right when the tagger finds nothing.
Each phrase is tagged as ``timeline-app tag --jsonl`` reads a line with no ``lang``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline_app.core.ingest.language import detect_language  # noqa: E402
from timeline_app.core.temporal import tag  # noqa: E402
from timeline_app.core.temporal.language_fit import fitting_language  # noqa: E402

DEFAULT = Path(__file__).parent / "data" / "phrases_blind14.jsonl"


def reading(record: dict) -> list:
    """The tagger's mentions of one phrase at its anchor and preferred direction."""
    text = record["text"]
    stamp = record["anchor"]
    anchor = datetime.fromisoformat(stamp) if "T" in stamp else date.fromisoformat(stamp)
    return tag(text, anchor, prefer=record.get("prefer", "past"),
               lang=fitting_language(text, detect_language(text)))


def _right(gold: str, found: list) -> bool:
    """The first expression has the gold value; a gold ``""`` (no date in it) wants none found."""
    if not gold:
        return not found
    return bool(found) and found[0].value == gold


def wrong_lines(path: Path = DEFAULT, batch: str = "") -> tuple[int, list[tuple[dict, list]]]:
    """The number of phrases (ids starting with ``batch``) and those read wrong, with what given."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    records = [record for record in records if record["id"].startswith(batch)]
    out = []
    for record in records:
        found = reading(record)
        if not _right(record["value"], found):
            out.append((record, found))
    return len(records), out


def share_right(path: Path = DEFAULT, batch: str = "") -> float:
    """Percent of the phrases (of ids starting with ``batch``) read right."""
    n, wrong = wrong_lines(path, batch)
    return 100 * (n - len(wrong)) / n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--errors", action="store_true", help="list the phrases read wrong")
    ap.add_argument("--batch", default="", help="only the ids starting with this (p, c)")
    args = ap.parse_args(argv)
    n, wrong = wrong_lines(Path(args.path), args.batch)
    if args.errors:
        for record, found in wrong:
            print(f"{record['family']:9s} {record['anchor']} {record['prefer']:6s} "
                  f"{record['text']!r:40s} gold {record['value']:18s} got "
                  f"{[(m.text, m.value, m.rule) for m in found]}")
    by_family = Counter(record["family"] for record, _ in wrong)
    print(f"{n - len(wrong)}/{n} right ({100 * (n - len(wrong)) / n:.1f}%); wrong by family: "
          f"{dict(sorted(by_family.items()))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
