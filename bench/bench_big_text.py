"""CPU seconds per MB of one big, densely dated text, at growing sizes (issue 17).

Usage: ``python bench/bench_big_text.py [MB ...] [--export] [--profile]``. Prints, for each size,
the CPU seconds of reading + tagging + events (``process_file``), optionally of the whole
``export``, per MB, and the ratio of the largest size's cost per MB to the smallest's: 1.0 is
linear.

``python bench/bench_big_text.py 34 --cli [--undated] [--both]``: the whole ``timeline-app export
big.txt --csv out.csv`` in a fresh process, its parts recognised on the worker pool, against the
serial baseline in the same run (no pool: the parts read one after another in the process), each
in CPU seconds (the process and its workers) and wall seconds, and whether the two CSVs are equal.
On a shared machine the wall seconds say what the other processes left; the CPU seconds do not.

``python bench/bench_big_text.py 2 4 --stages``: the same export, each stage's CPU seconds per MB
(read, recognise, resolve, events, estimate, clusters, summaries, export), the workers' and
all, the wall seconds per MB, and the process's memory after each stage, to see which stage
grows faster than the text. ``--baseline /tmp/base`` (a
``git worktree`` of main, say) runs that code's stages on the same text first and prints each
stage's ratio, this code's over the baseline's, and whether the two CSVs are equal.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCES = (
    "On {month} {day}, {year}, the council of {town} voted on the harbour budget.",
    "Two days later the mayor said the vote would stand until March {year2}.",
    "Last Tuesday the minister met the board, and on Friday they signed the agreement.",
    "The works began in {month} {year} and should end by the summer of {year2}.",
    "A month after the summit, officials of {town} reported a {day}% rise in trade.",
    "Since 1998 the port has grown every year, and in the third quarter of {year} it grew fastest.",
    "The strike that started on {day} {month} lasted three weeks.",
    "Residents were told on Wednesday that the bridge would reopen next spring.",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip
TOWNS = ("Aldmere", "Brookvale", "Corrin", "Dunmore", "Eastwick", "Fairholt", "Glenrock")


def dense_text(megabytes: float, *, dated: bool = True) -> str:
    """A text of ``megabytes`` of prose with a date or two in every sentence, paragraphs of 6.

    ``dated``: the page gives its publication date; without it the export also estimates the
    anchor, which re-resolves the text at every candidate day.
    """
    head = "Harbour budget news\n\n" + ("Published: 12 March 2024\n\n" if dated else "")
    target, parts, size, i = int(megabytes * 1024 * 1024), [head], 0, 0
    while size < target:
        sentence = SENTENCES[i % len(SENTENCES)].format(
            month=MONTHS[(i * 7) % 12], day=1 + (i * 11) % 28, year=1990 + (i * 13) % 35,
            year2=1991 + (i * 13) % 35, town=TOWNS[(i * 3) % len(TOWNS)])  # fmt: skip
        parts.append(sentence + ("\n\n" if i % 6 == 5 else " "))
        size += len(sentence) + 1
        i += 1
    return "".join(parts)


def _process_seconds(path: Path, profile: bool) -> float:
    from timeline_app.core.story.pipeline import process_file

    profiler = cProfile.Profile() if profile else None
    started = time.process_time()
    if profiler:
        profiler.enable()
    process_file(path)
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    return time.process_time() - started


def _export_seconds(path: Path, out: Path) -> tuple[float, float]:
    """CPU seconds and peak MB of memory of ``timeline-app export --json``, in a fresh process."""
    code = ("import resource,sys;from timeline_app.cli import main;"
            f"main(['export', {str(path)!r}, '--json', {str(out)!r}, '--quiet']);"
            "r=resource.getrusage(resource.RUSAGE_SELF);print(r.ru_utime+r.ru_stime,r.ru_maxrss)")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    seconds, peak_kb = done.stdout.strip().splitlines()[-1].split()
    return float(seconds), int(peak_kb) / 1024


_CLI = """
import resource, sys, time
from timeline_app.core.story import pipeline
if sys.argv[3] == "serial":
    pipeline._BigTextPool.BIG_BYTES = float("inf")  # no pool: the serial baseline
from timeline_app.cli import main
started = time.perf_counter()
code = main(["export", sys.argv[1], "--csv", sys.argv[2], "--quiet"])
wall = time.perf_counter() - started
own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
print(code, cpu, wall, own.ru_maxrss)
"""


def _cli_export(path: Path, out: Path, how: str) -> tuple[float, float, float]:
    """CPU seconds (with the workers'), wall seconds and peak MB of ``export --csv``."""
    done = subprocess.run([sys.executable, "-c", _CLI, str(path), str(out), how],
                          capture_output=True, text=True, check=True)  # fmt: skip
    code, cpu, wall, peak_kb = done.stdout.strip().splitlines()[-1].split()
    assert code == "0", done.stderr
    return float(cpu), float(wall), int(peak_kb) / 1024


_STAGES = """
import importlib, resource, sys, time
spent = {}
def timed(module, name, label):
    module = importlib.import_module("timeline_app.core." + module)
    inner = getattr(module, name, None)
    if inner is None:  # (a baseline without this step)
        return
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - started
            rss = int(open("/proc/self/statm").read().split()[1]) * resource.getpagesize()
            spent[label + " MB"] = rss / 2**20
            top = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            if top > spent.get("peak MB", 0):  # the stage that set the peak so far
                spent["peak MB"], spent["peak at " + label + " MB"] = top, top
    setattr(module, name, wrapper)
for module, name, label in [
        ("story.pipeline", "read_file", "read"), ("story.pipeline", "recognise_in_parts", "recognise"),
        ("story.pipeline", "resolve", "resolve"), ("story.pipeline", "build_events", "events"),
        ("story.pipeline", "build_events_in_parts", "events"),
        ("story.headless", "with_estimates", "estimate"),
        ("reconcile.lone_article", "cluster_lone_article", "clusters"),
        ("reconcile.clustering", "cluster_events", "clusters"),
        ("reconcile.clustering", "summarize", "summaries"), ("storage.export", "write_csv", "export")]:
    timed(module, name, label)
from timeline_app.cli import main
started = time.perf_counter()
main(["export", sys.argv[1], "--csv", sys.argv[2], "--quiet"])
wall = time.perf_counter() - started
own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
spent["workers"] = kids.ru_utime + kids.ru_stime
spent["all"] = own.ru_utime + own.ru_stime + spent["workers"]
spent["peak MB"] = own.ru_maxrss / 1024
spent["wall (not CPU)"] = wall  # (what the other processes on the machine left)
print(repr(spent))
"""


def _stage_run(path: Path, code: str | None) -> dict[str, float]:
    """One export's stage seconds and memory; ``code``: a checkout whose package is run."""
    import ast
    import os

    env = dict(os.environ)
    if code:  # its package first on the path (run from a folder holding no other package)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [code, env.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-c", _STAGES, str(path), str(path) + ".csv"],
                          capture_output=True, text=True, check=True, env=env,
                          cwd=path.parent)  # fmt: skip
    return ast.literal_eval(done.stdout.strip().splitlines()[-1])


def _stages(sizes: list[float], dated: bool, baseline: str | None = None) -> None:
    """Each stage's CPU seconds per MB, in a fresh process per size (the workers' apart).

    ``baseline``: a checkout of other code (``git worktree add /tmp/base main``), run on the
    same text just before, each stage's ratio to it printed, and whether the CSVs are equal.
    """
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in sizes:
            path = Path(folder) / f"dense_{megabytes:g}mb.txt"
            path.write_text(dense_text(megabytes, dated=dated), encoding="utf-8")
            runs = {}
            for name, code in ([("baseline", baseline)] if baseline else []) + [("this", None)]:
                runs[name] = spent = _stage_run(path, code)
                Path(str(path) + ".csv").rename(Path(folder) / f"{name}.csv")
                seconds = "  ".join(f"{k} {v / megabytes:.2f}" for k, v in spent.items()
                                    if not k.endswith("MB"))  # fmt: skip
                memory = "  ".join(f"{k[:-3]} {v:,.0f}" for k, v in spent.items()
                                   if k.endswith("MB"))  # fmt: skip
                print(f"{megabytes:6g} MB {name:8s} CPU s/MB: {seconds}\n{'':19s}MB after: "
                      f"{memory}", flush=True)
            if baseline:
                before, after = runs["baseline"], runs["this"]
                ratios = "  ".join(f"{k} {after[k] / v:.2f}" for k, v in before.items()
                                   if not k.endswith("MB") and v > 0.01 * before["all"])
                same = (Path(folder) / "baseline.csv").read_bytes() == \
                    (Path(folder) / "this.csv").read_bytes()
                print(f"{'':6s}    this/baseline: {ratios}  peak "
                      f"{after['peak MB'] / before['peak MB']:.2f}  same CSV: {same}", flush=True)


def _cli(sizes: list[float], variants: list[bool]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in sizes:
            for dated in variants:
                path = Path(folder) / f"dense_{megabytes:g}mb.txt"
                path.write_text(dense_text(megabytes, dated=dated), encoding="utf-8")
                runs = {}
                for how in ("serial", "pool"):
                    out = Path(folder) / f"{how}.csv"
                    runs[how] = _cli_export(path, out, how)
                    cpu, wall, peak = runs[how]
                    print(f"{megabytes:6g} MB {'dated' if dated else 'undated':8s} {how:6s} "
                          f"export {cpu:7.1f} s CPU {wall:7.1f} s wall  peak {peak:,.0f} MB",
                          flush=True)
                same = (Path(folder) / "serial.csv").read_bytes() == \
                    (Path(folder) / "pool.csv").read_bytes()
                print(f"{'':6s}    wall pool/serial {runs['pool'][1] / runs['serial'][1]:.2f}  "
                      f"CPU pool/serial {runs['pool'][0] / runs['serial'][0]:.2f}  "
                      f"same CSV: {same}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=float, default=[2, 4, 8, 16])
    parser.add_argument("--export", action="store_true", help="also time the whole CLI export")
    parser.add_argument("--profile", action="store_true", help="cProfile process_file")
    parser.add_argument("--undated", action="store_true", help="no publication date on the page")
    parser.add_argument("--cli", action="store_true",
                        help="the whole CLI export, on the pool against the serial baseline")
    parser.add_argument("--both", action="store_true", help="with --cli: dated and undated")
    parser.add_argument("--stages", action="store_true",
                        help="the CLI export's CPU seconds per MB and memory, stage by stage")
    parser.add_argument("--baseline", metavar="CHECKOUT",
                        help="with --stages: the same stages of another checkout's code first")
    args = parser.parse_args()
    if args.stages:
        _stages(args.sizes, not args.undated, args.baseline)
        return
    if args.cli:
        _cli(args.sizes, [True, False] if args.both else [not args.undated])
        return
    per_mb: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in args.sizes:
            path = Path(folder) / f"dense_{megabytes:g}mb.txt"
            path.write_text(dense_text(megabytes, dated=not args.undated), encoding="utf-8")
            seconds = _process_seconds(path, args.profile)
            per_mb.append(seconds / megabytes)
            line = f"{megabytes:6g} MB  process_file {seconds:7.1f} s CPU  {seconds / megabytes:5.2f} s/MB"
            if args.export:
                exported, peak = _export_seconds(path, Path(folder) / "out.json")
                line += (f"  export {exported:7.1f} s CPU  {exported / megabytes:5.2f} s/MB"
                         f"  peak {peak:,.0f} MB")
            print(line, flush=True)
    if len(per_mb) > 1:
        print(f"ratio s/MB largest/smallest: {per_mb[-1] / per_mb[0]:.2f}")


if __name__ == "__main__":
    main()
