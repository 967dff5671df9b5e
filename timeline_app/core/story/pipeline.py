"""The per-article stage and the loading of many articles in a process pool.

``analyze`` is a pure function of one article and its anchor: it tags the text and builds the
events. It is what runs in worker processes, what is re-run when a user corrects an anchor, and
what the Dask engine maps over partitions.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from timeline_app.core.events.build import build_events
from timeline_app.core.ingest import LoadProblem, discover, read_file
from timeline_app.core.model import Anchor, AnchorSource, Article, ArticleAnalysis
from timeline_app.core.story.big_texts import BIG_CHARS, build_events_in_parts, recognise_in_parts
from timeline_app.core.story.unique_ids import make_ids_unique
from timeline_app.core.temporal import resolve, tag

__all__ = [
    "CancelledError",
    "LoadResult",
    "analyze",
    "detected_anchor",
    "load",
    "process_file",
]

Progress = Callable[[int, int, str], None]
"""``progress(done, total, message)``."""


class CancelledError(Exception):
    """The user cancelled a load."""


@dataclass(slots=True)
class LoadResult:
    analyses: list[ArticleAnalysis] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)


def detected_anchor(article: Article) -> Anchor:
    """The anchor the page itself gives: its publication date, or none (never today)."""
    if article.published is None:
        return Anchor.none()
    return Anchor(article.published, AnchorSource.DETECTED)


Stage = Callable[[str], None]
"""``stage(message)``: said as each stage of one article's analysis starts."""

STAGE_CHARS = 256 * 1024
"""Texts this long say their stages (a few seconds each from a few MB); shorter ones are silent."""


def analyze(article: Article, anchor: Anchor | None = None, *,
            stage: Stage | None = None, pool: Executor | None = None) -> ArticleAnalysis:
    """``pool``: where the parts of a big text are recognised (``big_texts``)."""
    anchor = anchor if anchor is not None else detected_anchor(article)
    text = article.text
    if (stage is None and pool is None) or len(text) < STAGE_CHARS:
        mentions = tag(text, anchor.value, lang=article.lang or None)
        return ArticleAnalysis(article, anchor, mentions, build_events(article, mentions))
    say = stage or (lambda message: None)
    size = f"{len(text) / 1e6:.1f} M characters"
    say(f"{article.id}: finding dates in {size}")
    parse = recognise_in_parts(
        text, article.lang or None, pool,
        lambda done, parts: say(f"{article.id}: finding dates in {size}, part {done} of {parts}"))
    placing = f"{article.id}: placing {len(parse.matches):,} dates"
    say(placing)

    def placed(done: int, total: int) -> None:
        if done:  # (the start was said above)
            say(f"{placing}, {done:,} placed")

    mentions = resolve(parse, text, anchor.value, ticks=placed)  # what tag() does, by stages
    if anchor.value is not None:  # the anchor checks read it again against its own anchor
        from timeline_app.core.reconcile.anchor_evidence import keep_reading

        keep_reading(article, anchor.value, mentions)
    say(f"{article.id}: building events from {len(mentions):,} dates")
    events = build_events_in_parts(article, mentions, pool)  # (labels on the pool, if any)
    return ArticleAnalysis(article, anchor, mentions, events)


def process_file(path: Path, *, stage: Stage | None = None, pool: Executor | None = None
                 ) -> tuple[list[ArticleAnalysis], list[LoadProblem]]:
    """Read one file and analyze its articles; never raises on bad input."""
    articles, problems = read_file(path)
    analyses = []
    for article in articles:
        try:
            analyses.append(analyze(article, stage=stage, pool=pool))
        except CancelledError:
            raise
        except Exception as exc:  # a tagger bug must not lose the rest of the load
            problems.append(LoadProblem(str(path), f"could not analyze {article.id}: {exc}"))
    return analyses, problems


def _default_workers(n_files: int) -> int:
    return max(1, min(os.cpu_count() or 1, n_files))


def load(
    paths: Iterable[str | Path],
    *,
    workers: int | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LoadResult:
    """Discover, read and analyze every article under ``paths``.

    Small loads run in this process; larger ones in a process pool over files. Results keep the
    order of discovery whatever order the workers finish in.
    """
    files, problems = discover(paths)
    result = LoadResult(problems=list(problems))
    total = len(files)
    pool_size = workers or os.cpu_count() or 1  # what a big text's parts may use
    workers = workers or _default_workers(total)
    per_file: list[tuple[list[ArticleAnalysis], list[LoadProblem]] | None] = [None] * total

    def report(done: int, message: str) -> None:
        if progress is not None:
            progress(done, total, message)
        if cancelled is not None and cancelled():
            raise CancelledError("load cancelled")

    report(0, "")
    if workers <= 1 or total < 8:
        with _BigTextPool(pool_size) as pool, _young_gc(GC_YOUNG):  # (a big text: millions)
            for i, path in enumerate(files):
                # a big text's stages tick too (and a cancel is heard between them)
                per_file[i] = process_file(path, stage=lambda message, i=i: report(i, message),
                                           pool=pool.get(path))
                report(i + 1, path.name)
    else:
        per_file = _load_in_pool(files, workers, report)
    for item in per_file:
        assert item is not None
        result.analyses.extend(item[0])
        result.problems.extend(item[1])
    result.analyses = make_ids_unique(result.analyses, result.problems)
    return result


def _load_in_pool(
    files: Sequence[Path], workers: int, report: Callable[[int, str], None]
) -> list[tuple[list[ArticleAnalysis], list[LoadProblem]] | None]:
    out: list[tuple[list[ArticleAnalysis], list[LoadProblem]] | None] = [None] * len(files)
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker)
    with pool, _young_gc(GC_YOUNG):
        pending: dict[Future, int] = {}
        for batch in batches(len(files), workers):
            pending[pool.submit(_process_batch, [files[i] for i in batch])] = batch.start
        done = 0
        try:
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    start = pending.pop(future)
                    for offset, item in enumerate(future.result()):
                        out[start + offset] = item
                        done += 1
                    report(done, files[min(done, len(files)) - 1].name)
        except BaseException:
            for future in pending:
                future.cancel()
            raise
    return out


class _BigTextPool:
    """A process pool for the parts of big texts, started at the first one met (if any)."""

    BIG_BYTES = BIG_CHARS
    """Files this size may hold a big text (a byte per character at least, markup aside)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None

    def get(self, path: Path) -> Executor | None:
        if self.workers <= 1:
            return None
        try:
            if path.stat().st_size < self.BIG_BYTES:
                return None
        except OSError:
            return None  # reading it will say what is wrong
        if self.pool is None:
            self.pool = ProcessPoolExecutor(max_workers=self.workers, initializer=_init_worker)
        return self.pool

    def __enter__(self) -> _BigTextPool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


BATCH_FILES = (4, 64)
"""Files per task: few enough that the last tasks end together, many enough to send cheaply."""


def batches(total: int, workers: int) -> list[range]:
    """Consecutive ranges of file indexes, shrinking toward the end (guided scheduling).

    Each task takes a quarter of a worker's share of what is left, so no worker is left with a
    long last task while the others idle, and progress ticks steadily on small loads.
    """
    low, high = BATCH_FILES
    out: list[range] = []
    start = 0
    while start < total:
        size = min(high, max(low, (total - start) // (4 * workers)))
        out.append(range(start, min(start + size, total)))
        start += size
    return out


GC_YOUNG = 20_000
"""Allocations between collections of the youngest generation, during a load (default 700).

Tagging an article makes tens of thousands of short-lived objects, nearly none in cycles: at the
default threshold the collector ran so often that it took a sixth of a worker's time, and in this
process it re-traversed the growing results on every full collection.
"""


def _init_worker() -> None:
    """Hide what the imports made from the collector; collect young garbage less often."""
    gc.freeze()
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])
    _exit_with_parent()


PARENT_POLL_SECONDS = 1.0


def _exit_with_parent() -> None:
    """End this worker once the process that started it is gone (killed, crashed).

    A forked worker shares its siblings' end of the task queue, so it never sees that queue
    close: without this it would wait for work forever after its parent was killed.
    """
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(PARENT_POLL_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


@contextmanager
def _young_gc(threshold: int) -> Iterator[None]:
    """The collector's first threshold raised for the duration (the whole process's, briefly)."""
    before = gc.get_threshold()
    gc.set_threshold(max(threshold, before[0]), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _process_batch(files: list[Path]) -> list[tuple[list[ArticleAnalysis], list[LoadProblem]]]:
    return [process_file(path) for path in files]
