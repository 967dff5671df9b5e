"""How fast the archive window opens and redraws a million events (a script that prints, not a test).

Generates a Parquet events table (synthetic rows in the contract's columns: most events
1990-2025 in story bursts, a tail back to 1900, days to centuries), cached under the temp folder,
then measures on the offscreen platform:

* opening: ``ArchiveWindow.open_table`` until the first paint with the data (the load runs in a
  worker thread, so this is the wait a user sees, events pumped);
* frames: zoom and pan steps at 5 zoom levels from all time down to a week, each a new frame
  (``relayout`` plus a synchronous repaint of axis, lanes and overview) of the main window's
  ``TimelineView`` over the table's ``ArchiveIndex``;
* the event table's ``fetchMore``.

Wall and CPU (``time.process_time``) times are both printed, with ratios to the budgets (3 s to
open, 16 ms a frame): on a shared, loaded machine the wall time overstates the cost.

    python bench/bench_archive_window.py [-n 1000000] [--width 1600] [--png DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

OPEN_S, FRAME_MS = 3.0, 16.0
GRANS = ["day", "week", "month", "season", "quarter", "year", "decade", "century"]
WEIGHTS = [0.62, 0.08, 0.12, 0.02, 0.02, 0.11, 0.025, 0.005]
WHAT = ["Talks resume", "Ceasefire announced", "Vote postponed", "Report published",
        "Protest in the capital", "Minister resigns", "Court ruling", "Strike ends",
        "Treaty signed", "Election called", "Floods hit the coast", "Inquiry opens",
        "Budget passed", "Summit held", "Deal collapses", "Sanctions lifted"]  # fmt: skip
WHERE = ["Geneva", "Kyiv", "Nairobi", "Lima", "Dhaka", "Oslo", "Manila", "Quito", "Accra", "Riga"]


def _intervals(days: np.ndarray, gran: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Begin and end (datetime64[D]) of the interval of each granularity containing ``days``."""
    d = days.astype("datetime64[D]")
    m = d.astype("datetime64[M]")
    y = d.astype("datetime64[Y]")
    yi = y.astype(int) + 1970
    q = m - (m.astype(int) % 3)
    dec = (yi // 10 * 10 - 1970).astype("datetime64[Y]")
    cen = (yi // 100 * 100 - 1970).astype("datetime64[Y]")
    week = d - ((d.astype(int) + 3) % 7)  # 1970-01-01 was a Thursday
    begins = [d, week, m.astype("datetime64[D]"), q.astype("datetime64[D]"),
              q.astype("datetime64[D]"), y.astype("datetime64[D]"), dec.astype("datetime64[D]"),
              cen.astype("datetime64[D]")]  # fmt: skip
    ends = [d + 1, week + 7, (m + 1).astype("datetime64[D]"), (q + 3).astype("datetime64[D]"),
            (q + 3).astype("datetime64[D]"), (y + 1).astype("datetime64[D]"),
            (dec + 10).astype("datetime64[D]"), (cen + 100).astype("datetime64[D]")]  # fmt: skip
    return np.choose(gran, begins), np.choose(gran, ends)


def generate(n: int, directory: Path, seed: int = 11) -> None:
    """Write ``n`` synthetic events under ``directory`` with ``write_parquet`` (a DataFrame)."""
    import pandas as pd

    from timeline_app.core.storage.parquet import write_parquet

    rng = np.random.default_rng(seed)
    d1990, d2025 = (np.datetime64(x, "D").astype(int) for x in ("1990-01-01", "2025-06-01"))
    kind = rng.choice(3, n, p=[0.5, 0.4, 0.1])
    base = d1990 + (rng.beta(4, 1.3, n) * (d2025 - d1990)).astype(int)
    bursts = d1990 + rng.integers(0, d2025 - d1990, 40)
    burst = bursts[rng.integers(0, 40, n)] + rng.normal(0, 12, n).astype(int)
    tail = np.datetime64("1900-01-01", "D").astype(int) + rng.integers(0, 90 * 365, n)
    days = np.choose(kind, [base, burst, tail])
    gran = rng.choice(len(GRANS), n, p=WEIGHTS)
    begin, end = _intervals(days, gran)
    order = np.argsort(begin, kind="stable")
    begin, end, gran = begin[order], end[order], gran[order]
    art = rng.integers(0, 40_000, n)
    aid = np.char.add("a", art.astype(str))
    label = np.char.add(
        np.char.add(np.array(WHAT)[rng.integers(0, len(WHAT), n)], " in "),
        np.array(WHERE)[rng.integers(0, len(WHERE), n)],
    )
    b, e = np.datetime_as_string(begin), np.datetime_as_string(end)
    eid = np.char.add(np.char.add(aid, "@"), np.arange(n).astype(str))
    frame = pd.DataFrame({
        "event_id": eid, "cluster_id": eid, "article_id": aid,
        "article_title": np.char.add("Article ", art.astype(str)), "published": "",
        "anchor": "", "anchor_source": "none", "expression": "then", "expr_start": 0,
        "expr_end": 4, "value": b, "begin": b, "end": e, "granularity": np.array(GRANS)[gran],
        "mod": "", "sentence": label, "label": label,
    })  # fmt: skip
    write_parquet(frame, directory, chunk_rows=100_000, row_group=131_072)


def table_for(n: int) -> Path:
    """The cached table of ``n`` events (generated on first use)."""
    from timeline_app.core.storage.parquet import is_parquet_table

    directory = Path(tempfile.gettempdir()) / f"timeline_app_archive_{n}"
    if not is_parquet_table(directory):
        t = time.perf_counter()
        generate(n, directory)
        print(f"generated {n:,} events in {time.perf_counter() - t:.1f} s -> {directory}")
    return directory


def _stats(name: str, wall: list[float], cpu: list[float], budget: float, unit: str) -> None:
    k = 1000.0 if unit == "ms" else 1.0

    def p95(v: list[float]) -> float:
        return sorted(v)[min(len(v) - 1, int(0.95 * len(v)))]

    mw, mc = statistics.median(wall) * k, statistics.median(cpu) * k
    print(f"{name:<34} wall median {mw:7.2f} p95 {p95(wall) * k:7.2f} {unit} | "
          f"cpu median {mc:7.2f} p95 {p95(cpu) * k:7.2f} {unit} | "
          f"cpu/budget {mc / budget:4.2f} (p95 {p95(cpu) * k / budget:4.2f})")  # fmt: skip


def _timed(app, fn) -> tuple[float, float]:
    """``fn`` plus the event loop's flush: the new frame and the repaint of what it dirtied."""
    w, c = time.perf_counter(), time.process_time()
    fn()
    app.processEvents()
    return time.perf_counter() - w, time.process_time() - c


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1_000_000)
    ap.add_argument("--width", type=int, default=1600)
    ap.add_argument("--png", type=Path, help="also save the window at 3 zoom levels here")
    args = ap.parse_args()
    directory = table_for(args.n)

    from PySide6.QtWidgets import QApplication

    from timeline_app.gui.app import create_application
    from timeline_app.gui.archive_window import ArchiveWindow

    app = create_application()
    assert isinstance(app, QApplication)
    win = ArchiveWindow()
    win.resize(args.width, 900)
    win.show()
    app.processEvents()
    view = win.view
    w0, c0 = time.perf_counter(), time.process_time()
    win.open_table(directory)
    while win.archive is None:
        app.processEvents()
        time.sleep(0.002)
    view.canvas.viewport().repaint()
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    print(f"{args.n:,} events, window {args.width}x900, load {win.load_seconds:.2f} s in thread")
    print(f"{'open until first paint':<34} wall {wall:7.2f} s | cpu {cpu:7.2f} s | "
          f"wall/budget {wall / OPEN_S:4.2f} cpu/budget {cpu / OPEN_S:4.2f}")  # fmt: skip

    busy, quiet = date(2012, 6, 1).toordinal(), date(1957, 3, 1).toordinal()
    levels = [("all time", None, busy), ("a decade", 3650, busy), ("a year", 365, busy),
              ("a month", 31, busy), ("a week", 7, busy), ("a week in 1957", 7, quiet)]  # fmt: skip
    for name, span, mid in levels:
        view.fit_all() if span is None else view.zoom_to_range(mid - span / 2, mid + span / 2)
        app.processEvents()
        zw, zc, pw, pc_ = [], [], [], []
        for k in range(12):
            x = view.canvas.width() * (0.2 + 0.6 * (k % 5) / 4)
            f = 1.2 if k % 2 == 0 else 1 / 1.2
            w, c = _timed(app, lambda f=f, x=x: view.zoom_at(f, x))
            zw.append(w)
            zc.append(c)
        for k in range(16):
            dx = 40 if (k // 4) % 2 == 0 else -40
            w, c = _timed(app, lambda dx=dx: view.pan_px(dx))
            pw.append(w)
            pc_.append(c)
        tag = f"{name} [{view.lod()}, {view.in_view():,} in view]"
        _stats(f"zoom  {tag}", zw, zc, FRAME_MS, "ms")
        _stats(f"pan   {tag}", pw, pc_, FRAME_MS, "ms")

    model = win.table_model
    fw, fc = [], []
    for _ in range(10):
        w, c = _timed(app, lambda: model.fetchMore(model.index(0, 0).parent()))
        fw.append(w)
        fc.append(c)
    _stats(f"table fetchMore ({model.table.batch_size} rows)", fw, fc, FRAME_MS, "ms")
    if args.png:
        args.png.mkdir(parents=True, exist_ok=True)
        shots = (
            ("all", None, busy),
            ("year", 365, busy),
            ("week", 7, busy),
            ("week_1957", 7, quiet),
        )
        for name, span, mid in shots:
            view.fit_all() if span is None else view.zoom_to_range(mid - span / 2, mid + span / 2)
            app.processEvents()
            win.grab().save(str(args.png / f"archive_{name}.png"))
        print(f"screenshots in {args.png}")
    win.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
