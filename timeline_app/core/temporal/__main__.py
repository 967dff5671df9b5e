"""``python -m timeline_app.core.temporal --anchor 2023-10-19 < article.txt``: tag one text.

A development aid printing one JSON mention per line (with rule and reference); the product's
command line is ``timeline-app tag``.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime

from . import tag


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m timeline_app.core.temporal")
    ap.add_argument("--anchor", default=None, help="ISO date or date-time; omit for none")
    ap.add_argument("--prefer", default="past", choices=["past", "future"])
    args = ap.parse_args(argv)
    anchor: date | None = None
    if args.anchor:
        anchor = datetime.fromisoformat(args.anchor).date()
    text = sys.stdin.read()
    for m in tag(text, anchor, prefer=args.prefer):
        row = m.to_dict() | {"rule": m.rule, "reference": m.reference,
                             "confidence": m.confidence}
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
