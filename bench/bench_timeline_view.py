"""How fast the timeline view redraws with 100,000 events (a script that prints, not a test).

Builds a synthetic timeline (most events 2000-2025, a tail back to 1948, days to years), opens
a ``TimelineView`` on the offscreen platform, then times zoom steps (wheel-sized, around
different points, from the whole story down to days) and pan steps at several zoom levels.
Each step is the full cost a user waits for: a new layout of what is in view plus a
synchronous repaint of the axis, the canvas and the overview. Wall time and this process's
CPU time are both printed: on a shared, loaded machine the first overstates the cost.

    python bench/bench_timeline_view.py [-n 100000] [--articles 40] [--width 1600]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from timeline_app.core.model import (  # noqa: E402
    Anchor,
    AnchorSource,
    Article,
    Event,
    Granularity,
    Interval,
    Mention,
    Timeline,
    TimexType,
)
from timeline_app.core.observable import Signal  # noqa: E402
from timeline_app.core.story.pipeline import ArticleAnalysis  # noqa: E402
from timeline_app.core.story.timeline import sort_key  # noqa: E402

FRAME_MS = 16.0
G = Granularity
_GRAN = [G.DAY] * 6 + [G.WEEK, G.MONTH, G.YEAR]


def _interval(begin: date, g: Granularity) -> Interval:
    if g is G.DAY:
        return Interval.day(begin)
    if g is G.WEEK:
        return Interval(begin, begin + timedelta(days=7))
    if g is G.MONTH:
        m = begin.month
        return Interval(begin, date(begin.year + m // 12, m % 12 + 1, 1))
    return Interval(begin, date(begin.year + 1, 1, 1))


def synthetic_timeline(n: int, articles: int, seed: int = 7) -> Timeline:
    """``n`` events over ``articles`` articles (built directly: no tagger, no clustering)."""
    rng = random.Random(seed)
    per: list[list[Event]] = [[] for _ in range(articles)]
    for k in range(n):
        if rng.random() < 0.85:
            day = date(2000, 1, 1).toordinal() + int(rng.betavariate(5, 1) * 9100)
        else:
            day = date(1948, 1, 1).toordinal() + rng.randrange(0, 19000)
        g = rng.choice(_GRAN)
        begin = date.fromordinal(day)
        if g is G.MONTH:
            begin = begin.replace(day=1)
        elif g is G.YEAR:
            begin = date(begin.year, 1, 1)
        elif g is G.WEEK:
            begin -= timedelta(days=begin.weekday())
        a = k % articles
        aid = f"art{a:03d}"
        m = Mention(k, k + 4, "then", TimexType.DATE, begin.isoformat(), "", g, _interval(begin, g))
        label = f"Event {k}: something happened"
        per[a].append(Event(f"{aid}@{k}", aid, m, 0, 10, label, label, f"{aid}@{k}"))
    analyses = {}
    for a, events in enumerate(per):
        art = Article(f"art{a:03d}", f"Synthetic article {a}", "", date(2025, 1, 1))
        anchor = Anchor(art.published, AnchorSource.DETECTED)
        analyses[art.id] = ArticleAnalysis(art, anchor, [], events)
    events = sorted((e for a in analyses.values() for e in a.events), key=sort_key)
    return Timeline(analyses=analyses, events=events)


def _ms(samples: list[float]) -> str:
    s = sorted(samples)
    med = statistics.median(s)
    p95 = s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]
    return (
        f"median {med:6.2f} ms  p95 {p95:6.2f} ms  max {s[-1]:6.2f} ms  "
        f"(median {med / FRAME_MS:4.2f}x, p95 {p95 / FRAME_MS:4.2f}x the {FRAME_MS:.0f} ms frame)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=100_000)
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--width", type=int, default=1600)
    ap.add_argument("--height", type=int, default=900)
    args = ap.parse_args()

    app = QApplication.instance() or QApplication([sys.argv[0]])
    from timeline_app.gui.timeline.view import TimelineView

    t = time.perf_counter()
    timeline = synthetic_timeline(args.n, args.articles)
    t_data = time.perf_counter() - t
    doc = SimpleNamespace(timeline=timeline, changed=Signal())  # what the view reads

    t = time.perf_counter()
    view = TimelineView(doc)  # type: ignore[arg-type]
    view.resize(args.width, args.height)
    view.show()
    app.processEvents()
    view.fit_all()
    view.repaint()
    t_build = time.perf_counter() - t

    cpu: list[float] = []

    def step(action) -> tuple[float, float]:
        c0, t0 = time.process_time(), time.perf_counter()
        action()
        t1 = time.perf_counter()
        view.repaint()
        t2, c2 = time.perf_counter(), time.process_time()
        cpu.append((c2 - c0) * 1000)
        return (t2 - t0) * 1000, (t1 - t0) * 1000

    rng = random.Random(1)
    zoom, pan, layout_only = [], [], []
    items = []
    for _round in range(3):
        view.fit_all()
        for _ in range(45):  # from the whole story down to a few days
            total, lay = step(lambda: view.zoom_at(1.25, rng.uniform(0.3, 0.9) * args.width))
            zoom.append(total)
            layout_only.append(lay)
            items.append(len(view.scene.events.used) + len(view.scene.clusters.used))
            if _ % 5 == 0:
                for dx in (-120, -60, 60, 120, 240):
                    total, lay = step(lambda dx=dx: view.pan_px(dx))
                    pan.append(total)
                    layout_only.append(lay)

    print(f"timeline_view bench: {args.n:,} events, {args.articles} article lanes, "
          f"{args.width}x{args.height} offscreen")  # fmt: skip
    print(f"  synthetic data         {t_data * 1000:8.1f} ms (not the view)")
    print(f"  build view + 1st paint {t_build * 1000:8.1f} ms (index, compressed axis, layout)")
    print(f"  zoom step  ({len(zoom):3d})      {_ms(zoom)}")
    print(f"  pan step   ({len(pan):3d})      {_ms(pan)}")
    print(f"  of which layout        {_ms(layout_only)}")
    print(f"  CPU time per step      {_ms(cpu)}")
    print(f"  items in view: median {statistics.median(items):.0f}, max {max(items)}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"  machine: {os.cpu_count()} CPUs, load average {load:.1f} (wall times grow with load)")
    view.close()


if __name__ == "__main__":
    main()
