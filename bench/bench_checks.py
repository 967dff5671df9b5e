"""The cost of the anchor checks, per article, as a story grows, and after one correction.

Generated stories (``bench/gen_corpus.py``, cached in the temporary folder), in one process,
everything in CPU seconds (the machine is shared):

1. load: reading and analysing the articles (one worker), their estimates made: the baseline of
   each size. Then the check as the window and ``anchors`` run it right after a load (``app``):
   the load's own check is kept, so it costs little.
2. checks: ``check_anchors`` of the whole story, as the window's background settle runs it,
   in ms per article and as a ratio to loading; growth is ms per article at the largest size
   against the smallest (flat is 1.0); cold: the tagger's cache of readings emptied first. With it, the share of dated pages flagged for a search
   and the re-readings of articles against candidate days (the tagger resolving them again).
3. correction: one dated article's anchor moved by hand (as the anchor dialog does), then the
   checks again, in ms and as a share of a full check of the same story.

Ends with ``checks: per-article A ms at N1 .. B ms at N2, growth G, correction C ms (P% of full)``.

    python bench/bench_checks.py [--sizes 100,1000] [--seed 11] [--dump DIR] [--no-correction]

``--dump DIR`` writes each size's reports (``checks_N.json``, and ``checks_N_corrected.json``
after the correction) as sorted JSON, to compare two versions of the checks byte for byte;
``--no-correction`` measures loading and the full check only.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen_corpus import write_corpus  # noqa: E402

from timeline_app.core.model import Anchor, AnchorSource  # noqa: E402
from timeline_app.core.reconcile import anchor_check, anchor_evidence  # noqa: E402
from timeline_app.core.reconcile.anchor_search import AnchorSearch  # noqa: E402
from timeline_app.core.story.estimates import with_estimates  # noqa: E402
from timeline_app.core.story.pipeline import analyze, load  # noqa: E402


def _corpus(n: int, seed: int) -> Path:
    out = Path(tempfile.gettempdir()) / f"timeline_bench_checks_{n}_{seed}"
    articles = out / "articles"
    if not (out / "manifest.jsonl").exists():
        write_corpus(out, n, seed=seed, paragraphs=8)
    return articles


def _cpu(fn):
    start = time.process_time()
    result = fn()
    return time.process_time() - start, result


def _dump(dump: Path | None, name: str, reports: dict) -> None:
    if dump is not None:
        dump.mkdir(parents=True, exist_ok=True)
        body = {k: r.to_dict() for k, r in sorted(reports.items())}
        (dump / name).write_text(json.dumps(body, indent=1, sort_keys=True) + "\n")


class _Counted:
    """Counts, while entered, the pages flagged for a search and the re-readings of articles.

    Why the checks grow with the story: the share of pages searched, and what each costs.
    """

    def __enter__(self) -> _Counted:
        self.dated = self.searched = self.reads = 0
        self._plain = (AnchorSearch.suspicious, AnchorSearch._events_at)
        suspicious, events_at = self._plain

        def flagged(search: AnchorSearch) -> bool:
            found = suspicious(search)
            self.dated, self.searched = self.dated + 1, self.searched + found
            return found

        def read(search: AnchorSearch, day):
            self.reads += 1
            return events_at(search, day)

        AnchorSearch.suspicious, AnchorSearch._events_at = flagged, read  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        AnchorSearch.suspicious, AnchorSearch._events_at = self._plain  # type: ignore[method-assign]


def measure(n: int, seed: int, dump: Path | None = None, correction: bool = True
            ) -> dict[str, float]:
    folder = _corpus(n, seed)
    load_s, result = _cpu(lambda: with_estimates(load([folder], workers=1).analyses))
    by_id = {a.article.id: a for a in result}
    app_s, _ = _cpu(lambda: anchor_check.check_anchors(by_id))  # right after the load, as the app
    anchor_check._RECENT.clear()
    anchor_check._LAST = None  # a full check: the estimates' own search (in load) is not reused
    # nor its re-readings: the tagger's cache of (text, day) readings holds all of a small
    # story's (a full check at 100 articles then re-read nothing) and few of a big one's
    anchor_evidence._tagged.cache_clear()
    with _Counted() as counted:
        check_s, reports = _cpu(lambda: anchor_check.check_anchors(by_id))
    flagged = sum(1 for r in reports.values() if r.problems)
    print(f"{n:>6} articles: full check searched {counted.searched} of {counted.dated} dated "
          f"pages ({100 * counted.searched / max(counted.dated, 1):.0f}%), "
          f"{counted.reads} re-readings ({counted.reads / max(counted.searched, 1):.1f} per "
          "searched page, the undated articles' included; some served by the tagger's cache)",
          flush=True)
    _dump(dump, f"checks_{n}.json", reports)
    print(f"{n:>6} articles: load + the check after it (app) {load_s + app_s:7.2f} cpu-s "
          f"({1000 * (load_s + app_s) / n:6.1f} ms/article); load + a full check "
          f"{1000 * (load_s + check_s) / n:6.1f} ms/article", flush=True)
    if not correction:
        print(f"{n:>6} articles: load {load_s:7.2f} cpu-s ({1000 * load_s / n:6.1f} ms/article), "
              f"checks {check_s:7.2f} cpu-s ({1000 * check_s / n:6.1f} ms/article, "
              f"{check_s / load_s:4.2f}x load), {flagged} flagged", flush=True)
        return {"n": n, "load_s": load_s, "check_s": check_s, "fix_s": 0.0, "flagged": flagged}
    # a correction: the first dated article's anchor moved two days by hand
    aid = next(aid for aid, a in sorted(by_id.items()) if a.anchor.value is not None
               and a.anchor.source == AnchorSource.DETECTED)
    a = by_id[aid]
    moved = Anchor(a.anchor.value + timedelta(days=2), AnchorSource.MANUAL)
    corrected = {**by_id, aid: analyze(a.article, moved)}
    fix_s, after = _cpu(lambda: anchor_check.check_anchors(corrected))
    anchor_check._RECENT.clear()
    anchor_check._LAST = None
    full = anchor_check.check_anchors(corrected)  # the same story checked afresh
    same = {k: r.to_dict() for k, r in after.items()} == {k: r.to_dict() for k, r in full.items()}
    _dump(dump, f"checks_{n}_corrected.json", after)
    row = {"n": n, "load_s": load_s, "check_s": check_s, "fix_s": fix_s, "flagged": flagged}
    print(f"{n:>6} articles: load {load_s:7.2f} cpu-s ({1000 * load_s / n:6.1f} ms/article), "
          f"checks {check_s:7.2f} cpu-s ({1000 * check_s / n:6.1f} ms/article, "
          f"{check_s / load_s:4.2f}x load), {flagged} flagged; correction re-check "
          f"{1000 * fix_s:7.0f} ms ({100 * fix_s / check_s:5.1f}% of full), "
          f"{'same reports as' if same else 'DIFFERS from'} a fresh full check", flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--dump", type=Path, default=None,
                        help="write each size's reports as JSON into this folder")
    parser.add_argument("--no-correction", action="store_true",
                        help="measure loading and the full check only")
    args = parser.parse_args()
    rows = [measure(int(n), args.seed, args.dump, not args.no_correction)
            for n in args.sizes.split(",")]
    first, last = rows[0], rows[-1]
    per = [1000 * r["check_s"] / r["n"] for r in rows]
    growth = per[-1] / per[0]
    ratio = " ".join(f"{r['check_s'] / r['load_s']:.2f}x@{r['n']}" for r in rows)
    print(f"checks: per-article {per[0]:.1f} ms at {first['n']} .. {per[-1]:.1f} ms at "
          f"{last['n']}, growth {growth:.2f}, correction {1000 * last['fix_s']:.0f} ms "
          f"({100 * last['fix_s'] / max(last['check_s'], 1e-9):.1f}% of full), "
          f"checks/load {ratio}")


if __name__ == "__main__":
    main()
