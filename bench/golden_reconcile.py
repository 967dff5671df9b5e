"""Golden comparison of the cross-source stage: clusters, summaries, anchor reports, estimates.

Dumps them for the seeds, the development corpora (``bench/data/stories``, ``bench/data/pages``)
and generated stories, with the CPU seconds of clustering and of the checks, to compare two
checkouts (run it in each, then ``--compare``): a speed-up must leave every output as it was.

    python bench/golden_reconcile.py OUT.json [--corpora seeds,stories,pages,gen300,gen1000]
    python bench/golden_reconcile.py --compare BEFORE.json AFTER.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_load import cached_corpus  # noqa: E402

from timeline_app.core.reconcile.anchor_check import check_anchors, estimated_anchors  # noqa: E402
from timeline_app.core.reconcile.clustering import cluster_events, summarize  # noqa: E402
from timeline_app.core.story.pipeline import load  # noqa: E402


def folders(name: str) -> list[str]:
    if name.startswith("gen"):
        return [str(cached_corpus(int(name[3:])))]
    root = HERE.parent
    return [str(root / "seeds")] if name == "seeds" else [str(HERE / "data" / name)]


def dump(name: str) -> dict:
    analyses = load(folders(name), workers=1).analyses
    t = time.process_time()
    clusters = cluster_events(analyses)
    cluster_s = time.process_time() - t
    summaries = {k: v.to_dict() for k, v in summarize(analyses, clusters).items()}
    t = time.process_time()
    reports = {k: r.to_dict() for k, r in check_anchors(analyses).items()}
    check_s = time.process_time() - t
    estimates = {k: str(v) for k, v in estimated_anchors(analyses).items()}
    out = {"clusters": clusters, "summaries": summaries, "reports": reports,
           "estimates": estimates}
    digest = hashlib.sha1(json.dumps(out, sort_keys=True).encode()).hexdigest()[:12]
    print(f"{name}: {len(analyses)} articles, clustering {cluster_s:.2f} cpu-s, checks "
          f"{check_s:.2f} cpu-s, digest {digest}", flush=True)
    return out


def compare(before: dict, after: dict) -> bool:
    same = True
    for name in sorted(after):
        for part, value in sorted(after[name].items()):
            was = before.get(name, {}).get(part)
            if was != value:
                same = False
                keys = sorted(k for k in set(was or {}) | set(value) if (was or {}).get(k)
                              != value.get(k))
                print(f"{name} {part}: DIFFERS ({len(keys)}: {keys[:5]})")
    print("identical" if same else "outputs differ")
    return same


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?")
    parser.add_argument("--corpora", default="seeds,stories,pages,gen300,gen1000")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.compare:
        a, b = (json.loads(Path(p).read_text()) for p in args.compare)
        sys.exit(0 if compare(a, b) else 1)
    out = {name: dump(name) for name in args.corpora.split(",")}
    Path(args.out).write_text(json.dumps(out, sort_keys=True))


if __name__ == "__main__":
    main()
