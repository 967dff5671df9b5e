"""The archive run's merge stages, task by task, in one process: where their CPU goes.

The tasks of ``core/story/archive_run.py`` (analyze, slice, pair, join, merge) are called in
order on the first ``-n`` articles of the generated corpus (``bench_load.cached_corpus``),
with a local work folder, no cluster: CPU seconds per stage, free of Dask's own and of the
machine's other work, and the process's peak memory by the end of each stage (a stage that
raises it, the join of a large group say, shows what one task needs). For a baseline, run it with ``PYTHONPATH`` on another checkout
(``git worktree`` or ``git archive main``) in the same session, alternating.

    python bench/bench_merge_stages.py [-n 2000] [--corpus 10000] [--window-events 20000]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_load import cached_corpus  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    from timeline_app.core.story import archive_run as run
    from timeline_app.core.story import partitions
    from timeline_app.core.story.sources import list_inputs

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=2000)
    parser.add_argument("--corpus", type=int, default=10000, help="generated corpus to cut from")
    parser.add_argument("--window-events", type=int, default=partitions.WINDOW_EVENTS)
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="bench_merge_"))
    try:
        inputs = scratch / "articles"
        inputs.mkdir()
        for f in sorted(cached_corpus(args.corpus).iterdir())[: args.n]:
            (inputs / f.name).symlink_to(f)
        out = str(scratch / "events")
        work = f"{out}/{run.WORK}"
        run._prepare(out, {"bench": args.n})
        listing, per = list_inputs([str(inputs)]), run.FILES_PER_PART
        parts = -(-len(listing[0]) // per)
        cpu: Counter[str] = Counter()
        runs: list = []
        months: Counter[int] = Counter()

        peaks: dict[str, float] = {}

        def stage(name: str, task, *a):
            t = time.process_time()
            result = task(*a)
            cpu[name] += time.process_time() - t
            peaks[name] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            return result

        for i in range(parts):
            summary = stage("analyze", run._analyze_part, listing, i, per, work)
            runs = partitions.join_spans([*runs, *map(tuple, summary["spans"])])
            months.update(dict(summary["months"]))
        idf = stage("weights", run._weights, work, parts)
        windows = partitions.windows(runs, months, args.window_events)
        key = run._windows_key(windows)
        readers: dict[int, list[int]] = {w: [] for w in range(len(windows))}
        long_readers: dict[int, list[int]] = {}
        for i in range(parts):
            sliced = stage("slice", run._slice_part, work, i, windows, key)
            for w in sliced["windows"]:
                readers[w].append(i)
            for g in sliced["groups"]:
                long_readers.setdefault(g, []).append(i)
        groups: dict[tuple[int, int], list[int]] = {}
        for i, w in enumerate(windows):
            if w.split:
                groups.setdefault((w.g0, w.g1), []).append(i)
        for indexes in groups.values():
            g, long_parts = indexes[0], long_readers.get(indexes[0], [])
            for i in indexes:
                stage("pair", run._pair_window, work, key, i, windows[i], readers[i], idf, g,
                      long_parts)  # fmt: skip
            if long_parts:
                stage("long", run._long_group, work, key, g, long_parts, idf)
            spans = [(windows[i].lo, windows[i].hi) for i in indexes]
            stage("join", run._join_group, work, key, indexes, spans, [], bool(long_parts))
        events = sum(
            stage("merge", run._merge_window, work, key, i, w, readers[i], idf, out)["events"]
            for i, w in enumerate(windows)
        )
        merging = sum(cpu[s] for s in ("slice", "pair", "long", "join", "merge"))
        print(f"{args.n:,} articles, {events:,} events, {len(windows)} windows "
              f"({len(groups)} groups cut)")  # fmt: skip
        for name, seconds in cpu.items():
            print(f"  {name:8} {seconds:7.1f} s   process peak by its end {peaks[name]:6.0f} MiB")
        print(f"  slice+pair+join+merge {merging:.1f} s CPU, "
              f"{1000 * merging / max(1, events):.2f} ms per event")  # fmt: skip
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
