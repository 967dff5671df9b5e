"""The streamed join of a cut group (``core/story/pair_stream.py``): CPU per pair and memory.

Random runs (as windows leave them to their group's join: sorted pairs in chunks, stored in a
local folder through the archive's own ``_put_run``) over ``--events`` events, with ``--pairs``
pairs in all, joined by ``join_runs`` reading the files in a fresh process. Printed: CPU
seconds per million pairs and that process's peak memory: the join should grow with the events
it names, not with the pairs. Run it twice with more pairs over the same events to see it.

    python bench/bench_pair_stream.py [--events 200000] [--pairs 4000000] [--runs 8]
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> None:
    from timeline_app.core.story import archive_run

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--pairs", type=int, default=4_000_000)
    parser.add_argument("--runs", type=int, default=8)
    parser.add_argument("--join", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.join:
        _join(args.join)
        return
    rng = random.Random(0)
    first = date(2000, 1, 1).toordinal()
    scratch = tempfile.mkdtemp(prefix="bench_pair_stream_")
    try:
        per_run = args.events // args.runs
        stems = []
        for r in range(args.runs):  # a window's events, and pairs among them and its neighbour's
            ids = [f"art{rng.randrange(args.events // 8):06d}@{k}"
                   for k in range(r * per_run, (r + 1) * per_run + per_run // 10)]  # fmt: skip
            days = {eid: first + k // 5 + rng.randrange(2) for k, eid in enumerate(ids)}
            found = set()
            while len(found) < args.pairs // args.runs:
                k = rng.randrange(len(ids))
                a, b = ids[k], ids[min(len(ids) - 1, k + 1 + rng.randrange(12))]
                if a != b:
                    found.add((round(rng.uniform(0.4, 1.0), 3), min(a, b), max(a, b)))
            pairs = sorted(found, key=lambda p: (-p[0], p[1], p[2]))
            named = sorted({x for _, a, b in pairs for x in (a, b)})
            rows = [(e, e.split("@")[0], days[e], days[e] + 1) for e in named]
            stem = f"{scratch}/w{r:05d}"
            archive_run._put_run(stem, ([p[0] for p in pairs], [p[1] for p in pairs],
                                        [p[2] for p in pairs], rows))  # fmt: skip
            stems.append(stem)
            del pairs, found, rows, named
        subprocess.run([sys.executable, __file__, "--join", *stems], check=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _join(stems: list[str]) -> None:
    from timeline_app.core.story import archive_run, pair_stream

    before = _peak_mib()
    t = time.process_time()
    counts: dict[str, int] = {}
    joined = int((pair_stream.join_runs([archive_run._run_at(s) for s in stems],
                                           counts).cluster >= 0).sum())  # fmt: skip
    cpu = time.process_time() - t
    print(f"{counts['events']:,} events, {counts['pairs']:,} pairs in {len(stems)} runs: "
          f"{joined:,} events joined to another; {cpu:.1f} s CPU, "
          f"{cpu / counts['pairs'] * 1e6:.2f} s per million pairs; the join's process peak "
          f"{_peak_mib():.0f} MiB ({before:.0f} MiB before it)")  # fmt: skip


if __name__ == "__main__":
    main()
