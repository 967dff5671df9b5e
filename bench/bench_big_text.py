"""CPU seconds per MB of one big, densely dated text, at growing sizes (issue 17).

Usage: ``python bench/bench_big_text.py [MB ...] [--export] [--profile]``. Prints, for each size,
the CPU seconds of reading + tagging + events (``process_file``), optionally of the whole
``export``, per MB, and the ratio of the largest size's cost per MB to the smallest's: 1.0 is
linear.
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=float, default=[2, 4, 8, 16])
    parser.add_argument("--export", action="store_true", help="also time the whole CLI export")
    parser.add_argument("--profile", action="store_true", help="cProfile process_file")
    parser.add_argument("--undated", action="store_true", help="no publication date on the page")
    args = parser.parse_args()
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
