"""The story engine end to end, in one run.

The window against the command line, a correction, the main thread's stalls, the growth of the
cross-source stage, and 10,000 articles.

Generated stories (``bench/gen_corpus.py``, cached in the temporary folder), the window offscreen:

1. load: ``timeline-app export --csv`` of 1,000 articles (a subprocess) against the window
   opening the same folder until the load is committed (both in CPU seconds, this process and
   its children, the window's story process included; wall seconds printed too). The window's
   anchor checks follow in its story process.
2. correction: with the checks done, one anchor correction pushed on the undo stack as the
   anchor dialog does (its preview of the day chosen first, on a worker as the dialog makes it
   before its OK is pressed: its CPU, the window's threads', is printed apart), until the event loop is idle again and the timeline view shows the
   corrected story (a large story's view index is built on a worker): the corrected events
   are on screen.
   Its exact clusters and re-checks then run in the background, timed until settled.
3. stall: a 5 ms QTimer heartbeat on the main thread during 1 and 2; the longest gap between
   beats, less the interval, is the longest the window could not answer. On a shared machine
   that wall-clock gap counts the time others' processes held the cores, so the main thread's
   own CPU between two beats (its longest slice of work) is printed beside it.
   Then the correction is undone (once the window's read-ahead of the undo, if any, is
   done): its time to screen and main-thread CPU are printed apart.
4. growth: clustering + anchor checks, CPU per article at 100 and 3,000 articles (ratio).
5. full10k: 10,000 articles to the complete table (load, clusters, anchor checks, event rows)
   in a subprocess: CPU seconds of it and its pool, and its peak resident memory.

Ends with ``story: load ratio R, correction T ms, stall S ms, growth G, full10k C cpu-s M MiB``.

    python bench/bench_story.py [-n 1000] [--growth 100,3000] [--full 10000] [--skip-full]
                                [--full-without-checks] [--skip-growth] [--slices] [--skip-cli]

``--slices`` lists the main thread's slices of work over 10 CPU-ms (at least the ten longest),
each with its CPU and wall time, the phase it fell in and the Python stacks sampled in it, a
count per phase, and the correction's steps (the document's followers, each timed) (``bench/slices.py``).
``--skip-cli`` leaves the CLI export (and so the load ratio) out.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_clustering import flatness  # noqa: E402
from bench_load import cached_corpus  # noqa: E402

HEARTBEAT_MS = 5


def cpu() -> float:
    """CPU seconds of this process and of its reaped children (pool workers, subprocesses)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def process_cpu(process) -> float:
    """CPU seconds so far of a live child process (``/proc``; 0 if there is none)."""
    if process is None or process.pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cli_export(folder: Path) -> tuple[float, float]:
    """``(cpu, wall)`` seconds of ``timeline-app export --csv`` on ``folder``."""
    out = Path(tempfile.mkdtemp()) / "events.csv"
    before, t = cpu(), time.perf_counter()
    subprocess.run([sys.executable, "-m", "timeline_app", "export", str(folder), "--csv", str(out)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cpu() - before, time.perf_counter() - t


class Heartbeat:
    """Beats every few ms on the main thread; the longest gap is the longest stall."""

    def __init__(self, recorder=None) -> None:
        from PySide6.QtCore import QTimer

        self.recorder = recorder

        self.timer = QTimer(interval=HEARTBEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.last = 0.0
        self.longest = 0.0
        self.last_cpu = 0.0
        self.longest_cpu = 0.0

    def _beat(self) -> None:
        now, cpu_now = time.perf_counter(), time.thread_time()
        if self.recorder is not None:
            self.recorder.beat()
        if self.last:
            self.longest = max(self.longest, now - self.last - HEARTBEAT_MS / 1000)
            self.longest_cpu = max(self.longest_cpu, cpu_now - self.last_cpu)
        self.last, self.last_cpu = now, cpu_now

    def start(self) -> None:
        self.last = 0.0
        self.timer.start()
        if self.recorder is not None:
            self.recorder.start()

    def stop(self) -> float:
        self.timer.stop()
        if self.recorder is not None:
            self.recorder.stop()
        return 1000 * self.longest

    def phase(self, name: str) -> None:
        if self.recorder is not None:
            self.recorder.phase = name


def wait_until(app, done, timeout: float = 3600.0) -> None:
    """Run the event loop until ``done()``, as ``app.exec`` runs it.

    A turn follows another at once while work is due (a 0 ms timer), and the thread sleeps only
    while nothing is (the heartbeat wakes it every few ms). (A sleep after every turn, as this
    did before, made work spread over turns wait for a core once per turn on a loaded machine.)
    """
    from PySide6.QtCore import QEventLoop

    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not finish in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def window_run(folder: Path, slices: bool = False) -> dict:
    """Open ``folder`` in the window, then correct one anchor; times, CPU and stalls."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from timeline_app.core.corrections.edits import SetAnchor
    from timeline_app.gui.commands import CorrectionCommand
    from timeline_app.gui.loader import LoadWorker
    from timeline_app.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    if slices:
        from slices import SliceRecorder, StepTrace

    beat = Heartbeat(SliceRecorder() if slices else None)
    out: dict = {}
    beat.start()
    beat.phase("load")
    before, t = cpu(), time.perf_counter()
    window.open_paths([str(folder)])
    wait_until(app, lambda: not window.loader.running)
    out["load_wall"] = time.perf_counter() - t
    # the story process (estimates, clusters) is the window's too: its CPU counts
    out["load_cpu"] = cpu() - before + process_cpu(window.opener.story_process._process)
    out["events"] = len(window.document.timeline.events)
    t = time.perf_counter()
    beat.phase("checks")
    wait_until(app, lambda: not window.document.unsettled)
    out["checks_wall"] = time.perf_counter() - t
    document = window.document
    article = next(a for a in sorted(document.analyses.values(), key=lambda a: a.article.id)
                   if a.anchor.value is not None and document.dependents(a.article.id))
    edit = SetAnchor(article.article.id, article.anchor.value - timedelta(days=3))
    beat.phase("preview")
    t_cpu = time.process_time()
    if hasattr(document, "preview_job"):
        previewer, previewed = LoadWorker(priority="foreground"), []
        previewer.finished.connect(previewed.append)
        job = document.preview_job(edit)  # the anchor dialog's, for the day chosen, before OK
        previewer.run(lambda *_: job())  # on a worker, as the dialog runs it
        wait_until(app, lambda: previewed)
        document.keep_preview(previewed[0][1])
    else:  # (the code before 396a32c: its dialog previewed on the window's thread)
        document.preview(edit)
    out["preview_cpu_ms"] = 1000 * (time.process_time() - t_cpu)
    idle = time.perf_counter() + 0.2  # the user reads the preview, then presses OK
    wait_until(app, lambda: time.perf_counter() > idle)
    trace = StepTrace(document.changed) if slices else None
    command = CorrectionCommand(document, edit)
    t, t_cpu, t_main = time.perf_counter(), time.process_time(), time.thread_time()
    beat.phase("correction")
    if trace is not None:
        trace.armed = True
        trace.time("push (apply, and the followers above)", window.undo_stack.push, command)
        trace.armed = False
    else:
        window.undo_stack.push(command)
    app.processEvents()  # the views take the change and repaint
    wait_until(app, lambda: window.timeline.current)  # (its index may come from a worker)
    app.processEvents()  # and paints it
    out["correction_ms"] = 1000 * (time.perf_counter() - t)
    out["correction_cpu_ms"] = 1000 * (time.process_time() - t_cpu)  # every thread of the window
    out["correction_main_ms"] = 1000 * (time.thread_time() - t_main)  # its main thread's
    moved = [e for e in document.timeline.events_of(article.article.id)
             if e.mention.reference == "anchor"]
    out["moved"] = len(moved)
    t = time.perf_counter()
    beat.phase("re-checks")
    wait_until(app, lambda: not document.unsettled)
    out["rechecks_wall"] = time.perf_counter() - t
    out["stall_ms"] = beat.stop()
    out["slice_cpu_ms"] = 1000 * beat.longest_cpu
    # the undo of the correction, once its read-ahead (if the window makes one) is done
    previews = getattr(window, "undo_previews", None)
    wait_until(app, lambda: previews is None or not previews.running)
    t, t_main = time.perf_counter(), time.thread_time()
    window.undo_stack.undo()
    app.processEvents()
    wait_until(app, lambda: window.timeline.current)
    app.processEvents()
    out["undo_ms"] = 1000 * (time.perf_counter() - t)
    out["undo_main_ms"] = 1000 * (time.thread_time() - t_main)
    if beat.recorder is not None:
        out["slices"] = ["the correction's steps on the main thread:", *trace.report(),
                         *beat.recorder.report()]
    window.loader.shutdown()
    window.opener.checks.shutdown()
    window.opener.story_process.close()
    window.hide()  # closing would ask whether to save the corrected story
    return out


def full_table(n: int, checks: bool = True) -> dict:
    """10,000 articles to the complete table, in this (fresh) process: CPU and peak memory.

    ``checks=False`` leaves the anchor checks out (said so in the output).
    """
    from timeline_app.core.storage.export import event_rows
    from timeline_app.core.story.pipeline import load
    from timeline_app.core.story.timeline import assemble, checked

    folder = cached_corpus(n)
    before, t = cpu(), time.perf_counter()
    stages = [before]
    result = load([folder])
    stages.append(cpu())
    timeline = assemble(result.analyses)
    stages.append(cpu())
    if checks:
        checked(timeline)
    stages.append(cpu())
    rows = list(event_rows(timeline))
    stages.append(cpu())
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    split = dict(zip(("load", "assemble", "checks", "rows"),
                     (b - a for a, b in zip(stages, stages[1:], strict=False)), strict=True))
    return {"cpu": cpu() - before, "wall": time.perf_counter() - t, "rows": len(rows),
            "reports": len(timeline.reports) if checks else 0, "peak_mib": max(me, kids) / 1024,
            "split": split}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="articles in the window runs")
    parser.add_argument("--growth", default="100,3000", help="sizes of the growth measure")
    parser.add_argument("--full", type=int, default=10_000)
    parser.add_argument("--skip-full", action="store_true")
    parser.add_argument("--skip-growth", action="store_true", help="leave the growth measure out")
    parser.add_argument("--slices", action="store_true",
                        help="list the main thread's 10 longest slices and what ran in them")
    parser.add_argument("--full-without-checks", action="store_true",
                        help="leave the anchor checks out of the 10,000-article run")
    parser.add_argument("--skip-cli", action="store_true",
                        help="leave the CLI export out (no load ratio)")
    parser.add_argument("--full-only", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.full_only:
        print(json.dumps(full_table(args.full_only, not args.full_without_checks)))
        return
    folder = cached_corpus(args.n)
    cli_cpu = cli_wall = float("nan")
    if not args.skip_cli:
        cli_cpu, cli_wall = cli_export(folder)
        print(f"CLI export of {args.n} articles: {cli_cpu:.1f} cpu-s, {cli_wall:.1f} s")
    w = window_run(folder, args.slices)
    ratio = w["load_cpu"] / cli_cpu
    print(f"window load: {w['load_cpu']:.1f} cpu-s, {w['load_wall']:.1f} s, {w['events']} events "
          f"(ratio {ratio:.2f} in CPU, {w['load_wall'] / cli_wall:.2f} in wall); anchor checks "
          f"then {w['checks_wall']:.1f} s in the background")
    print(f"correction: {w['correction_ms']:.0f} ms to screen ({w['correction_cpu_ms']:.0f} cpu-ms "
          f"in the window's threads, {w['correction_main_ms']:.0f} in its main thread; "
          f"{w['moved']} events moved; the dialog's preview before "
          f"it {w['preview_cpu_ms']:.0f} cpu-ms), "
          f"exact clusters and re-checks {w['rechecks_wall']:.1f} s in the background; "
          f"longest main-thread stall {w['stall_ms']:.0f} ms (its longest slice of work "
          f"{w['slice_cpu_ms']:.0f} cpu-ms)")
    print(f"undo of the correction (after its re-checks): {w['undo_ms']:.0f} ms to screen "
          f"({w['undo_main_ms']:.0f} cpu-ms in the main thread)")
    print("\n".join(w.get("slices", [])))
    growth = float("nan")
    if not args.skip_growth:
        rows = flatness([int(s) for s in args.growth.split(",")])
        for n, c, a in rows:
            print(f"growth: {n} articles: clustering {c:.2f} + anchor checks {a:.2f} "
                  "cpu-ms/article")
        growth = (rows[-1][1] + rows[-1][2]) / (rows[0][1] + rows[0][2])
    full = {"cpu": float("nan"), "peak_mib": float("nan")}
    if not args.skip_full:
        extra = ["--full-without-checks"] if args.full_without_checks else []
        done = subprocess.run([sys.executable, __file__, "--full-only", str(args.full), *extra],
                              check=True, capture_output=True, text=True)
        full = json.loads(done.stdout.strip().splitlines()[-1])
        if args.full_without_checks:
            print("full: WITHOUT anchor checks (--full-without-checks)")
        print(f"full{args.full // 1000}k: {full['rows']} rows, {full['reports']} anchor reports, "
              f"{full['cpu']:.1f} cpu-s, {full['wall']:.1f} s, peak {full['peak_mib']:.0f} MiB")
        print("full: cpu-s by stage: " + ", ".join(f"{k} {v:.1f}" for k, v in full["split"].items())
              + " (load: the pool's workers included; assemble: clusters and summaries)")
    print(f"story: load ratio {ratio:.2f}, correction {w['correction_ms']:.0f} ms, "
          f"stall {w['stall_ms']:.0f} ms, growth {growth:.2f}, "
          f"full{args.full // 1000}k {full['cpu']:.0f} cpu-s {full['peak_mib']:.0f} MiB")


if __name__ == "__main__":
    main()
