"""What the main thread ran in its longest slices of work: a sampler for ``bench_story``.

The heartbeat (a short QTimer on the main thread) marks the event loop's turns; a helper thread
samples the main thread's Python stack (``sys._current_frames``) every :data:`SAMPLE_S` while a
turn has lasted over :data:`WATCH_AFTER_S`, and reads the main thread's own CPU clock
(``time.pthread_getcpuclockid``), so that each slice between two beats is known by its CPU and
by what ran in it. A sample is taken when the main thread lets the interpreter lock go; code that
holds it (a C call) shows as the Python line that called it.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

SAMPLE_S = 0.002
WATCH_AFTER_S = 0.005
HERE = "timeline_app"


@dataclass
class Slice:
    """One turn of the main thread: wall and CPU seconds, and the stacks sampled in it."""

    wall: float
    cpu: float
    phase: str
    stacks: Counter = field(default_factory=Counter)


def _stack(frame, depth: int = 6) -> tuple[str, ...]:
    """The innermost frames of the project (and the first outside it), innermost first."""
    out: list[str] = []
    outside = None
    while frame is not None and len(out) < depth:
        code = frame.f_code
        where = f"{code.co_filename.rsplit('/', 1)[-1]}:{code.co_name}:{frame.f_lineno}"
        if HERE in code.co_filename:
            out.append(where)
        elif not out and outside is None:
            outside = where
        frame = frame.f_back
    return ((outside,) if outside else ()) + tuple(out)


class SliceRecorder:
    """Samples the main thread between heartbeats; ``beat()`` is called on each beat."""

    def __init__(self) -> None:
        self.main = threading.main_thread().ident
        self.clock = time.pthread_getcpuclockid(self.main)
        self.slices: list[Slice] = []
        self.phase = ""
        """What the window is doing (set by the bench): each slice is labelled with it."""
        self._start = time.perf_counter()
        self._cpu = time.clock_gettime(self.clock)
        self._samples: Counter = Counter()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self.thread = threading.Thread(target=self._sample, name="slice-sampler", daemon=True)
        self.collections: list[tuple[str, int, float]] = []
        self._gc_start: float | None = None

    def start(self) -> None:
        self.beat()
        self.thread.start()
        gc.callbacks.append(self._collected)

    def stop(self) -> None:
        self._stop.set()
        self.thread.join(1)
        if self._collected in gc.callbacks:
            gc.callbacks.remove(self._collected)

    def _collected(self, when: str, info: dict) -> None:
        """The cyclic collector's passes on the main thread: (phase, generation, CPU-ms)."""
        if threading.get_ident() != self.main:
            return
        if when == "start":
            self._gc_start = time.thread_time()
        elif self._gc_start is not None:
            self.collections.append((self.phase, info["generation"],
                                     1000 * (time.thread_time() - self._gc_start)))
            self._gc_start = None

    def beat(self) -> None:
        """End the turn now (main thread): keep it if it was long enough to matter."""
        now, cpu = time.perf_counter(), time.clock_gettime(self.clock)
        with self._lock:
            wall, used = now - self._start, cpu - self._cpu
            if used > WATCH_AFTER_S:
                self.slices.append(Slice(wall, used, self.phase, self._samples))
            self._start, self._cpu, self._samples = now, cpu, Counter()

    def _sample(self) -> None:
        while not self._stop.wait(SAMPLE_S):
            if time.perf_counter() - self._start < WATCH_AFTER_S:
                continue
            frame = sys._current_frames().get(self.main)
            if frame is None:
                continue
            stack = _stack(frame)
            del frame
            with self._lock:
                self._samples[stack] += 1

    def report(self, top: int = 10, over_ms: float = 10.0) -> list[str]:
        """Per phase, the slices over ``over_ms`` CPU-ms; then each such slice, with its stacks.

        Every slice over ``over_ms`` is listed (at least the ``top`` longest), each with its
        three most sampled stacks.
        """
        over = [s for s in self.slices if 1000 * s.cpu > over_ms]
        lines = []
        for phase in dict.fromkeys(s.phase for s in self.slices):
            mine = [s for s in self.slices if s.phase == phase]
            big = [s for s in over if s.phase == phase]
            lines.append(f"phase {phase}: {len(mine)} slices over {1000 * WATCH_AFTER_S:.0f} "
                         f"cpu-ms, {len(big)} over {over_ms:.0f}; longest "
                         f"{1000 * max(s.cpu for s in mine):.0f} cpu-ms, "
                         f"{1000 * max(s.wall for s in mine):.0f} ms wall")
        for phase in dict.fromkeys(c[0] for c in self.collections):
            mine = [c for c in self.collections if c[0] == phase]
            worst = max(mine, key=lambda c: c[2])
            lines.append(f"phase {phase}: {len(mine)} collections on the main thread, "
                         f"{sum(c[2] for c in mine):.1f} cpu-ms in all, the longest "
                         f"{worst[2]:.1f} (generation {worst[1]})")
        for s in sorted(self.slices, key=lambda s: -s.cpu)[:max(top, len(over))]:
            lines.append(f"slice {1000 * s.cpu:.0f} cpu-ms ({1000 * s.wall:.0f} ms wall), {s.phase}:")
            total = sum(s.stacks.values()) or 1
            for stack, n in s.stacks.most_common(3):
                lines.append(f"    {100 * n / total:3.0f}% " + " < ".join(stack))
        return lines


class StepTrace:
    """Each slot of a core signal timed as it runs (main thread's CPU and wall), while armed.

    The correction's path, from the command's push to the views: what each follower of
    ``document.changed`` costs, and the document's own work before it emits.
    """

    def __init__(self, signal) -> None:
        self.signal = signal
        self.armed = False
        self.steps: list[tuple[str, float, float]] = []
        signal._slots = [self._timed(slot) for slot in signal._slots]

    def _timed(self, slot):
        owner = getattr(slot, "__self__", None)
        name = (f"{type(owner).__name__}.{slot.__name__}" if owner is not None
                else getattr(slot, "__qualname__", repr(slot)))

        def timed(*args):
            if not self.armed:
                return slot(*args)
            t, c = time.perf_counter(), time.thread_time()
            try:
                return slot(*args)
            finally:
                self.steps.append((name, 1000 * (time.thread_time() - c),
                                   1000 * (time.perf_counter() - t)))

        return timed

    def time(self, name: str, call, *args):
        """``call(*args)`` timed as a step of its own (while armed)."""
        t, c = time.perf_counter(), time.thread_time()
        try:
            return call(*args)
        finally:
            if self.armed:
                self.steps.append((name, 1000 * (time.thread_time() - c),
                                   1000 * (time.perf_counter() - t)))

    def report(self) -> list[str]:
        return [f"  step {name}: {cpu:.1f} cpu-ms, {wall:.1f} ms wall"
                for name, cpu, wall in self.steps]
