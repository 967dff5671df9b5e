"""Instructions executed by ``timeline-app tag --jsonl``, ours against a baseline: load-proof.

Usage: python bench/bench_instructions.py [--mb 1] [--baseline REV]

CPU seconds on a machine shared by several sessions drift by 5-10% from run to run (other
processes evict the caches), more than a step of tuning gains. The instructions a process
executes do not: valgrind's cachegrind (no cache simulation) counts them, the same every run.
Each side runs with a user cache folder of its own (``XDG_CACHE_HOME``: the compiled patterns,
the detector's model), warmed by one plain run over the same input first, so that no other
session's writes to the shared cache make it derive them anew. Prints the whole run, the
start-up (one short line), the difference per MB, and the ratios. Needs valgrind; slow (some
40 s per MB and side).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_throughput import BOOT, ROOT, _child_env, baseline_checkout, write_corpus  # noqa: E402

_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(cmd: list[str], stdin: Path, cwd: Path, cache: Path) -> int:
    """Instructions of ``cmd`` reading ``stdin``, after one warming run, with its own cache."""
    env = {**_child_env(), "XDG_CACHE_HOME": str(cache)}  # (byte code kept as the bench does)
    with open(stdin, "rb") as fin:
        subprocess.run(cmd, stdin=fin, stdout=subprocess.DEVNULL, check=True, cwd=cwd, env=env)
    with open(stdin, "rb") as fin:
        done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                               "--cachegrind-out-file=/dev/null", *cmd], stdin=fin,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              check=True, cwd=cwd, env=env)
    return int(_REFS.search(done.stderr).group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MB")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--baseline", metavar="REV", help="git revision to compare against")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: nothing measured")
        return 0
    with tempfile.TemporaryDirectory(prefix="bench_instructions_") as tmp:
        work = Path(tmp)
        records, corpus, short, mb = write_corpus(work, args.mb, args.seed)
        print(f"corpus: {len(records)} documents, {mb:.2f} MB of text")
        sides = {"ours": ([sys.executable, "-m", "timeline_app", "tag", "--jsonl"], ROOT)}
        if args.baseline:
            where = baseline_checkout(args.baseline)
            sides[args.baseline] = ([sys.executable, "-c", BOOT, str(where), "tag", "--jsonl"],
                                    where)
        counts = {}
        for name, (cmd, cwd) in sides.items():
            cache = work / f"cache-{len(counts)}"
            whole = instructions(cmd, corpus, cwd, cache)
            start = instructions(cmd, short, cwd, cache)
            counts[name] = (whole, start, (whole - start) / mb)
            print(f"{name}: {whole / 1e9:.3f} G instructions, start-up {start / 1e9:.3f} G, "
                  f"then {counts[name][2] / 1e9:.3f} G per MB")
        if args.baseline:
            (w, s, p), (bw, bs, bp) = counts["ours"], counts[args.baseline]
            print(f"  baseline / ours: whole run {bw / w:.3f}x, start-up {bs / s:.3f}x, "
                  f"per MB {bp / p:.3f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
