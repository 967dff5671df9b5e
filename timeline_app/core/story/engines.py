"""Where the per-article stage runs: this machine's process pool (default) or a Dask cluster.

Both engines return the same :class:`~timeline_app.core.story.pipeline.LoadResult`, analyses in
discovery order, so everything after loading (``timeline.assemble``: clustering, anchor checks,
sorting; the exporters) is the same whichever ran. The cross-source stage runs here, in the
client, on the reduced result.

Dask is imported only when the Dask engine is used, so starting the app does not pay for it.
With a scheduler address the files must be readable at the same paths on every worker (a shared
filesystem) and ``timeline_app`` importable there.

This engine brings every analysis back to the client, which the window needs. An archive larger
than one machine goes through :func:`timeline_app.core.story.archive_run.run_archive` instead:
read from URLs, merged and written as Parquet by the workers (``docs/scale.md``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from math import ceil
from pathlib import Path
from typing import TYPE_CHECKING

from timeline_app.core.ingest import discover
from timeline_app.core.locations import is_url
from timeline_app.core.model import ArticleAnalysis
from timeline_app.core.story.pipeline import (
    CancelledError,
    LoadResult,
    Progress,
    load,
    process_file,
)
from timeline_app.core.story.sources import list_inputs, process_location
from timeline_app.core.story.unique_ids import make_ids_unique

if TYPE_CHECKING:
    from distributed import Client, LocalCluster

    from timeline_app.core.ingest import LoadProblem

__all__ = ["ENGINES", "dask_client", "load_with", "load_with_dask", "local_cluster"]

ENGINES = ("local", "dask")

_PartOut = list[tuple[int, list[ArticleAnalysis], list["LoadProblem"]]]


def load_with(
    engine: str,
    paths: Iterable[str | Path],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LoadResult:
    """Load with the engine named ``engine`` (``"local"`` or ``"dask"``)."""
    if engine == "local":
        if scheduler:
            raise ValueError("a scheduler address needs the dask engine")
        return load(paths, workers=workers, progress=progress, cancelled=cancelled)
    if engine == "dask":
        result = load_with_dask(paths, scheduler, progress, workers=workers, cancelled=cancelled)
        result.analyses = make_ids_unique(result.analyses, result.problems)
        return result
    raise ValueError(f"unknown engine {engine!r} (expected one of {', '.join(ENGINES)})")


def _process_partition(items: Iterable[tuple[int, str, int | None]]) -> _PartOut:
    """The per-article stage over one partition of ``(discovery index, path or URL, size)``."""
    out: _PartOut = []
    for index, location, size in items:
        if is_url(location):
            analyses, problems = process_location(location, size)
        else:
            analyses, problems = process_file(Path(location))
        out.append((index, analyses, problems))
    return out


def local_cluster(workers: int | None = None, memory_limit: str | None = None) -> LocalCluster:
    """A LocalCluster of this machine: processes, one thread each, loopback only, no dashboard.

    ``memory_limit`` (``"1GiB"``) is each worker's: Dask spills, pauses and at last restarts a
    worker past it (its tasks then run again elsewhere); None leaves Dask's default (a share of
    this machine's memory).

    ``dashboard_address=None`` turns the Bokeh dashboard off, but the scheduler still serves its
    small HTTP endpoints (health, metrics) on port 8787 by default, and warns when another
    cluster holds it; they are moved to a free loopback port instead.
    """
    from distributed import LocalCluster

    return LocalCluster(
        n_workers=workers or os.cpu_count() or 1,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        scheduler_port=0,
        dashboard_address=None,
        worker_dashboard_address=None,
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        silence_logs=logging.ERROR,
        **({"memory_limit": memory_limit} if memory_limit else {}),
    )


@contextmanager
def dask_client(
    scheduler: str | None = None, workers: int | None = None, *, memory_limit: str | None = None
) -> Iterator[Client]:
    """A client on ``scheduler``, or on a private :func:`local_cluster` shut down on exit."""
    from distributed import Client

    if scheduler:
        with Client(scheduler, set_as_default=False) as client:
            yield client
        return
    with (
        local_cluster(workers, memory_limit) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        yield client


def _partitions(total: int, slots: int) -> int:
    """About eight partitions per worker thread for balance, at most 256 files each."""
    return max(1, min(total, max(8 * slots, ceil(total / 256))))


def load_with_dask(
    paths: Iterable[str | Path],
    scheduler: str | None = None,
    progress: Progress | None = None,
    *,
    workers: int | None = None,
    cancelled: Callable[[], bool] | None = None,
    client: Client | None = None,
) -> LoadResult:
    """Discover, read and analyze every article under ``paths`` on Dask.

    Folders and files are discovered here; URLs (``s3://...``) are listed by a worker. The list
    is mapped over partitions with ``dask.bag``; results come back in discovery order, equal to
    :func:`timeline_app.core.story.pipeline.load`'s. ``scheduler`` is a scheduler address
    (``tcp://host:8786``); without one a LocalCluster is started for the call (``workers``
    processes). An existing ``client`` may be passed instead, and is kept open.
    """
    paths = [str(p) for p in paths]
    remote = any(is_url(p) for p in paths)
    files, problems = ([], []) if remote else discover(paths)
    result = LoadResult(problems=list(problems))
    total = len(files)

    def report(done: int, message: str) -> None:
        if progress is not None:
            progress(done, total, message)
        if cancelled is not None and cancelled():
            raise CancelledError("load cancelled")

    if not remote:
        report(0, "")
        if not files:
            return result

    def run(own: Client) -> _PartOut:
        nonlocal total
        entries = [(str(f), None) for f in files]
        if remote:
            entries, listed = own.submit(list_inputs, paths, pure=False).result()
            result.problems.extend(listed)
            total = len(entries)
            report(0, "")
        return _run(own, entries, report) if entries else []

    if client is not None:
        parts = run(client)
    else:
        with dask_client(scheduler, workers) as own:
            parts = run(own)
    parts.sort(key=lambda item: item[0])
    for _, analyses, file_problems in parts:
        result.analyses.extend(analyses)
        result.problems.extend(file_problems)
    return result


def _run(
    client: Client, entries: list[tuple[str, int | None]], report: Callable[[int, str], None]
) -> _PartOut:
    import dask.bag as db
    from distributed import as_completed

    slots = sum(client.nthreads().values()) or 1
    items = [(i, location, size) for i, (location, size) in enumerate(entries)]
    bag = db.from_sequence(items, npartitions=_partitions(len(items), slots))
    futures = client.compute(bag.map_partitions(_process_partition).to_delayed())
    out: _PartOut = []
    try:
        for future in as_completed(futures, loop=client.loop):
            part = future.result()
            out.extend(part)
            name = entries[part[-1][0]][0].rstrip("/").rsplit("/", 1)[-1] if part else ""
            report(len(out), name)
    except BaseException:
        client.cancel(futures)
        raise
    return out
