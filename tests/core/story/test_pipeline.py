"""Loading many articles: the process pool gives what one process gives, in discovery order."""

from __future__ import annotations

import gc
import pickle
from concurrent.futures import ProcessPoolExecutor
from datetime import date

from timeline_app.core.model import Anchor, AnchorSource, Interval
from timeline_app.core.story import pipeline
from timeline_app.core.story.pipeline import load

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _write_articles(folder, n: int) -> None:
    for i in range(n):
        day = 1 + i % 27
        (folder / f"a{i:03}.txt").write_text(
            f"Council votes on harbour plan {i}\n\ndate 2021-03-{day:02}\n\n"
            f"The council met on {WEEKDAYS[i % 5]} to debate the harbour plan for district {i}. "
            "The previous plan was rejected in 1998 after two years of talks.\n\n"
            "A final vote is expected next month, the mayor said.\n",
            encoding="utf-8",
        )


def _summary(result):
    return [
        (a.article.id, a.anchor.value, [(m.start, m.value) for m in a.mentions],
         [(e.event_id, e.label) for e in a.events])
        for a in result.analyses
    ]  # fmt: skip


def test_pool_gives_what_one_process_gives_in_discovery_order(tmp_path):
    _write_articles(tmp_path, 20)
    pooled = load([tmp_path], workers=2)
    alone = load([tmp_path], workers=1)
    assert _summary(pooled) == _summary(alone)
    assert [a.article.path for a in pooled.analyses] == sorted(
        a.article.path for a in pooled.analyses
    )
    assert len(pooled.analyses) == 20 and not pooled.problems
    first = pooled.analyses[0]
    assert first.anchor.value == date(2021, 3, 1)
    assert {m.value for m in first.mentions} >= {"1998", "2021-04"}


def test_progress_reaches_the_total(tmp_path):
    _write_articles(tmp_path, 10)
    seen: list[tuple[int, int]] = []
    load([tmp_path], workers=2, progress=lambda done, total, _: seen.append((done, total)))
    assert seen[0] == (0, 10) and seen[-1] == (10, 10)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_relaxed_collector_is_restored_after_a_load():
    before = gc.get_threshold()
    with pipeline._young_gc(pipeline.GC_YOUNG):
        assert gc.get_threshold()[0] == max(pipeline.GC_YOUNG, before[0])
        assert gc.get_threshold()[1:] == before[1:]
    assert gc.get_threshold() == before


def _worker_threshold() -> tuple[int, int]:
    return gc.get_threshold()[0], gc.get_freeze_count()


def test_workers_collect_young_garbage_less_often():
    with ProcessPoolExecutor(max_workers=1, initializer=pipeline._init_worker) as pool:
        threshold, frozen = pool.submit(_worker_threshold).result()
    assert threshold == pipeline.GC_YOUNG
    assert frozen > 0  # what the imports made is out of the collector's sight


def test_values_cross_processes_unchanged(tmp_path):
    _write_articles(tmp_path, 3)
    analyses = load([tmp_path], workers=1).analyses
    anchor = Anchor(date(2021, 3, 1), AnchorSource.MANUAL, Interval.day(date(2021, 3, 1)), "x")
    for value in (analyses, anchor, anchor.interval):
        assert pickle.loads(pickle.dumps(value)) == value


def test_batches_cover_every_file_once_and_shrink_toward_the_end():
    for total, workers in [(0, 2), (1, 2), (9, 2), (100, 2), (10_000, 2), (777, 8)]:
        parts = pipeline.batches(total, workers)
        assert [i for part in parts for i in part] == list(range(total))
        sizes = [len(part) for part in parts]
        assert all(size <= pipeline.BATCH_FILES[1] for size in sizes)
        assert all(a >= b for a, b in zip(sizes, sizes[1:], strict=False))
    sizes = [len(part) for part in pipeline.batches(10_000, 2)]
    assert sizes[0] == 64 and sizes[-2] <= 4  # the last tasks are small, so workers end together
