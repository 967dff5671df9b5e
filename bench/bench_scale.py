"""Scaling of the per-article stage over workers and engines, and growth of the cross-source stage.

For the default engine (process pool) and the Dask engine (a LocalCluster), with one and two
workers, each run in a fresh process: wall time, throughput (articles/s), speed-up from one to two
workers, and peak resident memory per worker. Then the cross-source stage (``assemble``:
clustering, anchor checks, sorting) is timed on the events of the first 50, 100 and 200
articles (``--cross``), so its growth against input size is visible.

    python bench/bench_scale.py [-n 2000] [--dir FOLDER] [--engines local,dask] [--workers 1,2]
                                [--cross 50,100,200]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_load import cached_corpus  # noqa: E402


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _cpu(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def child(engine: str, workers: int, folder: Path, cross: list[int]) -> dict:
    """One configuration in this (fresh) process; returns what it measured."""
    from timeline_app.core.story.engines import dask_client, load_with_dask
    from timeline_app.core.story.pipeline import load

    out: dict = {"engine": engine, "workers": workers, "startup": 0.0}
    if engine == "local":
        cpu0 = _cpu() + _cpu(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        result = load([folder], workers=workers)
        out["load"] = time.perf_counter() - t
        out["cpu"] = _cpu() + _cpu(resource.RUSAGE_CHILDREN) - cpu0
        # one worker runs in this process; a pool's workers are children, reaped at its end
        who = resource.RUSAGE_SELF if workers == 1 else resource.RUSAGE_CHILDREN
        out["worker_peak_mib"] = [resource.getrusage(who).ru_maxrss / 1024]
        out["peak_note"] = "this process" if workers == 1 else "largest pool worker"
    else:
        t = time.perf_counter()
        with dask_client(None, workers) as client:
            out["startup"] = time.perf_counter() - t
            cpu0 = sum(client.run(_cpu).values()) + _cpu()
            t = time.perf_counter()
            result = load_with_dask([folder], client=client)
            out["load"] = time.perf_counter() - t
            out["cpu"] = sum(client.run(_cpu).values()) + _cpu() - cpu0
            peaks = client.run(_peak_kib)
            out["worker_peak_mib"] = [kib / 1024 for kib in peaks.values()]
            out["peak_note"] = "each dask worker"
    out["client_peak_mib"] = _peak_kib() / 1024
    out["articles"] = len(result.analyses)
    out["events"] = sum(len(a.events) for a in result.analyses)
    if cross:
        out["cross"] = cross_source(result.analyses, cross)
    return out


def cross_source(analyses: list, sizes: list[int]) -> list[dict]:
    """Time ``assemble`` on the first ``sizes`` articles (best of three while under 5 s)."""
    from timeline_app.core.story.timeline import assemble

    rows = []
    for size in sizes:
        part = analyses[:size]
        times: list[float] = []
        while len(times) < 3 and (not times or times[0] < 5):
            t = time.perf_counter()
            assemble(part)
            times.append(time.perf_counter() - t)
        rows.append(
            {
                "articles": len(part),
                "events": sum(len(a.events) for a in part),
                "seconds": min(times),
            }
        )
    return rows


def run(engine: str, workers: int, folder: Path, cross: str) -> dict:
    cmd = [sys.executable, __file__, "--child", engine, str(workers), str(folder)]
    done = subprocess.run([*cmd, f"--cross={cross}"], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{engine} x{workers} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(results: list[dict]) -> None:
    print(f"{'engine':6} {'workers':>7} {'startup s':>9} {'load s':>8} {'art/s':>7} "
          f"{'speed-up':>8} {'CPU s':>7}  peak MiB per worker")  # fmt: skip
    base: dict[str, float] = {}
    for r in results:
        rate = r["articles"] / r["load"]
        base.setdefault(r["engine"], rate)
        peaks = ", ".join(f"{p:.0f}" for p in r["worker_peak_mib"])
        print(f"{r['engine']:6} {r['workers']:>7} {r['startup']:>9.2f} {r['load']:>8.2f} "
              f"{rate:>7.1f} {rate / base[r['engine']]:>7.2f}x {r['cpu']:>7.1f}  {peaks} ({r['peak_note']}; "
              f"client {r['client_peak_mib']:.0f})")  # fmt: skip
    for r in results:
        if r.get("cross"):
            print("\ncross-source stage (assemble), best of up to 3:")
            print(f"{'articles':>8} {'events':>8} {'seconds':>8} {'us/event':>9} {'growth':>15}")
            first = r["cross"][0]
            for c in r["cross"]:
                growth = f"x{c['seconds'] / first['seconds']:.1f} for x{c['events'] / first['events']:.1f}"
                per = 1e6 * c["seconds"] / max(c["events"], 1)
                print(f"{c['articles']:>8} {c['events']:>8} {c['seconds']:>8.3f} {per:>9.1f} {growth:>15}")  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=2000, help="articles to generate")
    parser.add_argument("--dir", type=Path, help="use this folder instead")
    parser.add_argument("--engines", default="local,dask")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument(
        "--child", nargs=3, metavar=("ENGINE", "WORKERS", "FOLDER"), help=argparse.SUPPRESS
    )
    parser.add_argument("--cross", default="50,100,200", metavar="SIZES",
                        help="articles to time the cross-source stage on")  # fmt: skip
    args = parser.parse_args(argv)
    if args.child:
        engine, workers, folder = args.child
        sizes = [int(n) for n in args.cross.split(",")] if args.cross else []
        print(json.dumps(child(engine, int(workers), Path(folder), sizes)))
        return
    folder = args.dir or cached_corpus(args.n)
    counts = [int(w) for w in args.workers.split(",")]
    print(f"corpus {folder}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}")
    print("(CPU s: processor time of the load in all its processes; wall time above it means")
    print(" the machine was shared, or workers waited)")
    results = []
    for engine in args.engines.split(","):
        for workers in counts:
            first = not any(r.get("cross") for r in results) and workers == counts[-1]
            results.append(run(engine, workers, folder, args.cross if first else ""))
            r = results[-1]
            print(
                f"  {engine} x{workers}: {r['load']:.1f} s for {r['articles']} articles", flush=True
            )
    print()
    report(results)


if __name__ == "__main__":
    main()
