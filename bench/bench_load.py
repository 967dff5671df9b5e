"""A folder of news-sized articles through ``pipeline.load`` to a complete events table.

Prints the wall and CPU time of each stage (load = discover, read, clean, anchor, tag, build
events in the process pool; then the events sorted into a timeline; rows = the exporter's events
table), the throughput, and peak memory of this process and of the largest pool worker. The target
is under 30 s for 10,000 articles on 2 cores. The cross-source stage (``assemble``: clustering and
anchor checks) grows faster than its input and is timed on a sample unless ``--assemble``.

    python bench/bench_load.py [-n 10000] [--dir FOLDER] [--workers N] [--profile K] [--assemble]

Without ``--dir`` a synthetic corpus (``bench/gen_corpus.py``) is generated once and cached in
the temporary folder. ``--profile K`` then runs the per-article stage on K files in this process
under cProfile and prints where the time goes, by module and by function.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_corpus import write_corpus  # noqa: E402

from timeline_app.core.ingest import discover  # noqa: E402
from timeline_app.core.model import Timeline
from timeline_app.core.storage.export import event_rows  # noqa: E402
from timeline_app.core.story.pipeline import load, process_file  # noqa: E402
from timeline_app.core.story.timeline import assemble, sort_key  # noqa: E402

TARGET_SECONDS = 30.0


def cached_corpus(n: int, seed: int = 0) -> Path:
    """A generated corpus of ``n`` articles, made once per size and seed."""
    out = Path(tempfile.gettempdir()) / "timeline_app_bench" / f"n{n}_s{seed}"
    folder = out / "articles"
    if not (out / "manifest.jsonl").exists():
        t = time.perf_counter()
        write_corpus(out, n, seed)
        print(f"generated {n} articles in {time.perf_counter() - t:.1f} s: {folder}")
    return folder


def _cpu() -> float:
    """User and system time of this process and of its reaped children (the pool's workers)."""
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def peak_mib(who: int) -> float:
    """Peak resident memory (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(who).ru_maxrss / 1024


def profile_stage(files: list[Path], top: int = 25) -> None:
    """Profile the per-article stage in this process; print shares by module and function."""
    profiler = cProfile.Profile()
    t = time.perf_counter()
    profiler.enable()
    for path in files:
        process_file(path)
    profiler.disable()
    wall = time.perf_counter() - t
    stats = pstats.Stats(profiler)
    total = sum(v[2] for v in stats.stats.values())  # self time of everything
    by_module: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():
        by_module[_module(filename)] += tottime
    print(f"\nprofile: {len(files)} files in {wall:.2f} s ({len(files) / wall:.1f} articles/s)")
    print("self time by module:")
    for module, secs in sorted(by_module.items(), key=lambda kv: -kv[1])[:15]:
        print(f"  {100 * secs / total:5.1f}%  {secs:7.2f} s  {module}")
    print("self time by function:")
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:12]
    for (filename, line, name), (_, _, tottime, _, _) in rows:
        print(
            f"  {100 * tottime / total:5.1f}%  {tottime:7.2f} s  {_module(filename)}:{line} {name}"
        )
    print("cumulative time of our functions (share of the stage):")
    ours = [
        (v[3], k) for k, v in stats.stats.items() if "timeline_app" in k[0] and v[3] > 0.01 * wall
    ]
    for cum, (filename, line, name) in sorted(ours, reverse=True)[:top]:
        print(f"  {100 * cum / total:5.1f}%  {cum:7.2f} s  {_module(filename)}:{line} {name}")


def _module(filename: str) -> str:
    if "timeline_app" in filename:
        return "timeline_app" + filename.split("timeline_app", 1)[1]
    if "site-packages" in filename:
        return filename.split("site-packages/", 1)[1]
    return "built-ins (C methods: regex, str, ...)" if filename == "~" else Path(filename).name


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="articles to generate")
    parser.add_argument("--dir", type=Path, help="load this folder instead")
    parser.add_argument("--workers", type=int, default=None, help="default: CPU count")
    parser.add_argument("--profile", type=int, default=0, metavar="K", help="profile K files")
    parser.add_argument(
        "--assemble",
        action="store_true",
        help="run the cross-source stage on everything (slow at this size)",
    )
    parser.add_argument("--sample", type=int, default=200,
                        help="otherwise time it on this many articles")  # fmt: skip
    args = parser.parse_args(argv)

    folder = args.dir or cached_corpus(args.n)
    workers = args.workers or os.cpu_count() or 1
    cpu0 = _cpu()
    t0 = time.perf_counter()
    result = load([folder], workers=workers)
    t1 = time.perf_counter()
    cpu1 = _cpu()
    n = len(result.analyses)
    if args.assemble:
        timeline = assemble(result.analyses)
        stage = "assemble"
    else:  # the events table without the cross-source stage: events sorted, one cluster each
        timeline = Timeline({a.article.id: a for a in result.analyses},
                            sorted((e for a in result.analyses for e in a.events), key=sort_key))  # fmt: skip
        stage = "sort"
    t2 = time.perf_counter()
    rows = event_rows(timeline)
    t3 = time.perf_counter()
    total = t3 - t0
    print(f"corpus: {folder} ({n} articles, {len(result.problems)} problems), {workers} workers, "
          f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"load      {t1 - t0:8.2f} s  {n / (t1 - t0):8.1f} articles/s  "
          f"(CPU {cpu1 - cpu0:.1f} s in all processes: {n / (cpu1 - cpu0):.1f} articles per CPU-s)")  # fmt: skip
    print(f"{stage:9} {t2 - t1:8.2f} s  ({len(timeline.events)} events)")
    print(f"rows      {t3 - t2:8.2f} s  ({len(rows)} rows)")
    print(f"total     {total:8.2f} s  {n / total:8.1f} articles/s")
    print(f"peak RSS: this process {peak_mib(resource.RUSAGE_SELF):.0f} MiB, "
          f"largest worker {peak_mib(resource.RUSAGE_CHILDREN):.0f} MiB")  # fmt: skip
    verdict = "met" if total < TARGET_SECONDS * n / 10_000 else "MISSED"
    print(f"target: {TARGET_SECONDS:.0f} s per 10,000 articles on 2 cores: {verdict} "
          f"(at this rate 10,000 take {total * 10_000 / max(n, 1):.0f} s on {workers} workers; "
          f"CPU-bound on 2 idle cores: {(cpu1 - cpu0) * 10_000 / max(n, 1) / 2:.0f} s)")  # fmt: skip
    if not args.assemble:
        sample = result.analyses[: args.sample]
        t = time.perf_counter()
        cross = assemble(sample)
        print(f"cross-source stage (assemble) on the first {len(sample)} articles "
              f"({len(cross.events)} events): {time.perf_counter() - t:.2f} s; "
              "--assemble runs it on all (see bench_scale.py for its growth)")  # fmt: skip
    if args.profile:
        files, _ = discover([folder])
        profile_stage(files[: args.profile])


if __name__ == "__main__":
    main()
