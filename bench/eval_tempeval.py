"""TempEval-3 Task A scores of the temporal tagger on a JSONL corpus with gold TIMEX3.

Usage: python bench/eval_tempeval.py PATH.jsonl [--errors N] [--corpus NAME]

Each line: {"id", "corpus", "dct", "text", "timexes": [{"start", "end", "type", "value"}]}.
Alignment is one-to-one by overlap (strict = same span). value F1 = value accuracy x relaxed F1,
value accuracy = share of relaxed matches whose value is exactly the gold value.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline_app.core.ingest.language import detect_language  # noqa: E402
from timeline_app.core.temporal import tag  # noqa: E402
from timeline_app.core.temporal.language_fit import fitting_language  # noqa: E402


def _anchor(dct: str | None) -> date | None:
    return date.fromisoformat(dct[:10]) if dct else None


def _tagged(doc: dict) -> list:
    """The tagger's mentions in a document, in its ``lang`` or else the language detected.

    As ``timeline-app tag`` reads a record with no ``lang``: the scorer is given none.
    """
    text = doc["text"]
    lang = doc.get("lang") or fitting_language(text, detect_language(text))
    return tag(text, _anchor(doc.get("dct")), lang=lang)


def _align(gold: list[dict], system: list) -> list[tuple[dict, object]]:
    """Pairs (gold, system) by overlap, greedily by largest overlap, one to one."""
    pairs = []
    for g in gold:
        for s in system:
            ov = min(g["end"], s.end) - max(g["start"], s.start)
            if ov > 0:
                pairs.append((ov, g, s))
    pairs.sort(key=lambda x: -x[0])
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for _, g, s in pairs:
        if id(g) in used_g or id(s) in used_s:
            continue
        used_g.add(id(g))
        used_s.add(id(s))
        out.append((g, s))
    return out


class Score:
    def __init__(self) -> None:
        self.gold = self.system = self.relaxed = self.strict = self.value = self.type = 0

    def add(self, gold: list[dict], system: list) -> list[tuple[dict, object]]:
        pairs = _align(gold, system)
        self.gold += len(gold)
        self.system += len(system)
        self.relaxed += len(pairs)
        self.strict += sum(g["start"] == s.start and g["end"] == s.end for g, s in pairs)
        self.value += sum(g["value"] == s.value for g, s in pairs)
        self.type += sum(g["type"] == str(s.type) for g, s in pairs)
        return pairs

    @staticmethod
    def _prf(hit: int, sys_n: int, gold_n: int) -> tuple[float, float, float]:
        p = hit / sys_n if sys_n else 0.0
        r = hit / gold_n if gold_n else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def value_f1(self) -> float:
        """Value accuracy x relaxed F1, in percent (TempEval-3's headline number)."""
        vacc = self.value / self.relaxed if self.relaxed else 0.0
        return 100 * vacc * self._prf(self.relaxed, self.system, self.gold)[2]

    def report(self, name: str) -> str:
        sp, sr, sf = self._prf(self.strict, self.system, self.gold)
        rp, rr, rf = self._prf(self.relaxed, self.system, self.gold)
        vacc = self.value / self.relaxed if self.relaxed else 0.0
        tacc = self.type / self.relaxed if self.relaxed else 0.0
        return (f"{name:16s} gold={self.gold:5d} sys={self.system:5d} | strict P/R/F1 "
                f"{sp:6.1%} {sr:6.1%} {sf:6.1%} | relaxed P/R/F1 {rp:6.1%} {rr:6.1%} {rf:6.1%}"
                f" | value acc {vacc:6.1%} type acc {tacc:6.1%} | value F1 {100 * vacc * rf:5.1f}")


def score_file(path: Path, prepare: Callable[[str], str] | None = None) -> Score:
    """The scores of the tagger on every document of a JSONL corpus, taken together.

    ``prepare`` rewrites each text first (``str.lower``); it must keep its length, so that the
    gold offsets still hold.
    """
    total = Score()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            if prepare is not None:
                text = prepare(doc["text"])
                if len(text) != len(doc["text"]):
                    raise ValueError(f"{doc.get('id')}: prepared text changed its length")
                doc["text"] = text
            total.add(doc["timexes"], _tagged(doc))
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--errors", type=int, default=0, help="list up to N errors of each kind")
    ap.add_argument("--corpus", default=None, help="only documents of this corpus")
    ap.add_argument("--kind", default="all", choices=["all", "miss", "false", "value"])
    args = ap.parse_args(argv)

    total = Score()
    per: dict[str, Score] = defaultdict(Score)
    errors: dict[str, list[str]] = {"miss": [], "false": [], "value": []}
    for line in Path(args.path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        if args.corpus and doc.get("corpus") != args.corpus:
            continue
        text, gold = doc["text"], doc["timexes"]
        system = _tagged(doc)
        pairs = total.add(gold, system)
        per[doc.get("corpus", "?")].add(gold, system)
        paired_g = {id(g) for g, _ in pairs}
        paired_s = {id(s) for _, s in pairs}

        def ctx(s: int, e: int, text: str = text) -> str:
            return (text[max(0, s - 50):s] + "[[" + text[s:e] + "]]" + text[e:e + 40]).replace(
                "\n", " ")

        dct = doc.get("dct", "")[:10]
        for g in gold:
            if id(g) not in paired_g:
                errors["miss"].append(f"{dct} {g['type']} {g['value']!r}: {ctx(g['start'], g['end'])}")
        for s in system:
            if id(s) not in paired_s:
                errors["false"].append(f"{dct} {s.type} {s.value!r} ({s.rule}): {ctx(s.start, s.end)}")
        for g, s in pairs:
            if g["value"] != s.value:
                errors["value"].append(f"{dct} gold {g['value']!r} sys {s.value!r} ({s.rule}, "
                                       f"{s.reference}): {ctx(s.start, s.end)}")
    print(total.report("overall"))
    for name in sorted(per):
        print(per[name].report(name))
    if args.errors:
        for kind, rows in errors.items():
            if args.kind not in ("all", kind):
                continue
            print(f"\n== {kind} ({len(rows)}) ==")
            for row in rows[: args.errors]:
                print(row)
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # piped into head: fine
        sys.stderr.close()
        raise SystemExit(0) from None
