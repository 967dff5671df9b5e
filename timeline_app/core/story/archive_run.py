"""An archive on a Dask cluster: read where it lives, merge where the data is, write from there.

The client sends names and counts, never articles::

    1 list      one worker lists the inputs (folders, or URLs: s3://, gs://, file://, ...)
    2 analyze   a task per part (files_per_part: 64 files, fewer if large): read (same limits
                and problem reports as a local load), analyze, and store the analyses in
                OUT/_work/parts/; it returns counts, problems and the part's related groups
                (partitions.spans), and its articles' ids and paths
    2b ids      the client renames clashing ids across parts as the default engine does
                (unique_ids: ID~2, with a notice); a task per part with a rename stores it
    3 weights   one task sums the parts' word counts into the archive's Idf (it stays there)
    4 slice     a task per part cuts its analyses into the windows of related groups
                (partitions.windows) that see them, with each article's lead event found whole
    5 merge     a task per window reads its slices, clusters them (partitions.cluster_window)
                and writes the events it owns as OUT/year=YYYY/month=MM/part-WWWWW.parquet; the
                windows of a group too large for one are scored apart, joined by one task per
                group (partitions.window_pairs, join_pairs), then written
    6 close     a worker writes OUT/_events.json (files and rows) and removes OUT/_work

Every finished part and window leaves a marker in ``_work``: a run stopped and started again on
the same inputs skips them. A task whose worker dies is re-run elsewhere by the scheduler.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from sys import intern
from typing import TYPE_CHECKING, Any

from timeline_app.core.errors import TimelineError
from timeline_app.core.ingest import LoadProblem
from timeline_app.core.locations import join
from timeline_app.core.model import Timeline, sort_key
from timeline_app.core.storage import parquet, plaindata
from timeline_app.core.story import anchor_groups, long_events, pair_stream, partitions
from timeline_app.core.story.pipeline import GC_YOUNG, CancelledError, Progress
from timeline_app.core.story.sources import analyze_all, list_inputs, read_entries
from timeline_app.core.story.unique_ids import renamed, unique_ids

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["FILES_PER_PART", "ArchiveRun", "files_per_part", "run_archive"]

FILES_PER_PART = 64
"""Files per analyze task, at most :data:`PART_BYTES` of them; a larger archive gets larger
parts (:data:`MAX_PARTS`)."""
PART_BYTES = 1 << 20
"""Listed bytes per analyze task, about, unless that is over :data:`FILES_PER_PART` files: an
archive of JSON Lines files of 100 articles (a crawl's dumps) in parts of 64 files held 6,400
articles a task, and 3,000 of them made one task for two workers."""
MAX_PARTS = 128
"""Parts of a run, at most, unless ``files_per_part`` is given: every part writes a slice for
each window that sees its events and every window reads one from each part, so parts times
windows objects go through the store (at 100,000 files and 64 a part, some 150,000)."""
WORK = "_work"
WORK_FORMAT = 5
"""The layout of the work files (2: a cut window's settled clusters apart from its open pairs,
slices with signatures; 3: a cut group's long events in a side table, ``long/``; 4: the pairs
left to a join as runs of ``pair_stream``; 5: a part's summary lists its articles' ids and
paths): a stopped run of another layout is started afresh, not resumed."""
RETRIES = 2


@dataclass(slots=True)
class ArchiveRun:
    """What the client learns of a run: counts, problems, where the table is, and stage CPU.

    ``clusters`` sums each window's distinct clusters: one spanning a cut counts once per side.
    ``cpu`` is the workers' processor seconds by stage.
    """

    output: str
    files: int = 0
    articles: int = 0
    events: int = 0
    clusters: int = 0
    parts: int = 0
    windows: int = 0
    resumed_parts: int = 0
    resumed_windows: int = 0
    problems: list[LoadProblem] = field(default_factory=list)
    cpu: dict[str, float] = field(default_factory=dict)
    wall: dict[str, float] = field(default_factory=dict)
    """Seconds of wall time from the client's view, by stage (list, analyze, slice, merge, ...)."""
    largest_window: tuple[int, int] = (0, 0)
    """``(events, pairs)`` scored by the cut window with the most events (resumed ones aside)."""
    long_events: int = 0
    long_pairs: int = 0
    join: tuple[int, int] = (0, 0)
    """``(events, pairs)`` of the largest cut group's streamed join (resumed ones aside)."""
    """Long events kept apart in the cut groups' side tables, and their pairs among themselves."""
    anchor_reports: dict[str, dict] | None = None
    """When asked for: ``AnchorReport.to_dict()`` of each article with a problem or a
    suggestion (the others have nothing to report), computed on the workers."""


def _fs(url: str) -> tuple[Any, str]:
    from fsspec.core import url_to_fs

    return url_to_fs(url)


def _put(url: str, data: bytes) -> None:
    fs, path = _fs(url)
    fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
    fs.pipe_file(path, data)


def _get(url: str) -> bytes | None:
    fs, path = _fs(url)
    try:
        return fs.cat_file(path)
    except FileNotFoundError:
        return None


def _get_many(urls: list[str]) -> Iterator[bytes | None]:
    """The files at ``urls`` (of one store), in order: fetched together, concurrently on S3."""
    if not urls:
        return
    fs, _ = _fs(urls[0])
    paths = [_fs(url)[1] for url in urls]
    got = fs.cat(paths, on_error="return") if len(paths) > 1 else {paths[0]: _get(urls[0])}
    for path in paths:
        data = got.get(path)
        yield data if isinstance(data, bytes) else None


def _without_gc(task: Callable[..., Any]) -> Callable[..., Any]:
    """``task`` with the cyclic collector paused, resumed when it ends.

    A merge task builds millions of objects that hold no cycles (reference counts free them),
    and each collection walks them all again: 18% of the merge stages' CPU on 2,000 articles.
    """

    @functools.wraps(task)
    def paused(*args: Any, **kwargs: Any) -> Any:
        was = gc.isenabled()
        gc.disable()
        try:
            return task(*args, **kwargs)
        finally:
            if was:
                gc.enable()

    return paused


def _young_gc(task: Callable[..., Any]) -> Callable[..., Any]:
    """``task`` with young collections every :data:`~.pipeline.GC_YOUNG` allocations, not 700.

    Tagging makes tens of thousands of short-lived objects an article, nearly none in cycles;
    the default engine's loads collect as rarely, and the analyze tasks ran at Python's default.
    """

    @functools.wraps(task)
    def rarer(*args: Any, **kwargs: Any) -> Any:
        before = gc.get_threshold()
        gc.set_threshold(max(GC_YOUNG, before[0]), *before[1:])
        try:
            return task(*args, **kwargs)
        finally:
            gc.set_threshold(*before)

    return rarer


# --- the workers' tasks -----------------------------------------------------------------------
def _listed(listing: tuple[list, list[LoadProblem]]) -> tuple[int, list[LoadProblem], int]:
    """The listing's files, problems, and its files' mean size (0 if the store said none)."""
    sizes = [size for _, size in listing[0] if size is not None]
    return len(listing[0]), listing[1], sum(sizes) // len(sizes) if sizes else 0


def files_per_part(files: int, mean_size: int) -> int:
    """Files per analyze task: :data:`FILES_PER_PART`, fewer if large, more past :data:`MAX_PARTS`.

    It depends on the listing alone, so a resumed run cuts the same parts.
    """
    per = FILES_PER_PART
    if mean_size > 0:
        per = max(1, min(per, PART_BYTES // mean_size))
    return max(per, -(-files // MAX_PARTS))


@_young_gc
def _analyze_part(listing: tuple[list, list], index: int, per: int, work: str) -> dict:
    marker = join(work, "parts", f"part-{index:05d}.json")
    done = _get(marker)
    if done is not None:
        return {**json.loads(done), "resumed": True}
    cpu = {"read": 0.0, "analyze": 0.0, "store": 0.0}
    analyses, problems = [], []
    entries = listing[0][index * per : (index + 1) * per]
    reading = read_entries(entries)
    for location, _size in entries:
        t = time.process_time()
        articles, trouble = next(reading)
        problems.extend(trouble)
        cpu["read"] += time.process_time() - t
        t = time.process_time()
        done, failed = analyze_all(articles, location)
        analyses.extend(done)
        problems.extend(failed)
        cpu["analyze"] += time.process_time() - t
    t = time.process_time()
    n, counts = partitions.key_counts(analyses)
    _put(join(work, "parts", f"part-{index:05d}.keys"), _pack((n, counts)))
    _put(join(work, "parts", f"part-{index:05d}.data"), _pack(analyses))
    cpu["store"] += time.process_time() - t
    summary = {
        "files": len(listing[0][index * per : (index + 1) * per]),
        "articles": len(analyses),
        "events": n,
        "problems": [[p.path, p.message] for p in problems],
        "ids": [[a.article.id, a.article.path] for a in analyses],
        "spans": partitions.spans(analyses),
        "months": sorted(partitions.begin_months(analyses).items()),
        "cpu": cpu,
    }
    _put(marker, json.dumps(summary).encode())
    return {**summary, "resumed": False}


def _rename_part(work: str, index: int, ids: dict[int, str]) -> None:
    """Store part ``index`` with its ``ids`` (position: new id) taken; again is harmless."""
    url = join(work, "parts", f"part-{index:05d}.data")
    analyses = _unpack(_get(url))
    if any(analyses[i].article.id != new_id for i, new_id in ids.items()):
        _put(url, _pack([renamed(a, ids.get(i, a.article.id)) for i, a in enumerate(analyses)]))


def _renames(sources: list[list[list[str]]]) -> tuple[dict[int, dict[int, str]], list]:
    """Each part's renamed ids (position: new id), from its ``(id, path)`` list, and the notices.

    The parts in order are the discovery order of the default engine, so are its renames.
    """
    ids, notices = unique_ids([(aid, path) for part in sources for aid, path in part])
    out: dict[int, dict[int, str]] = {}
    at = 0
    for index, part in enumerate(sources):
        for i, (aid, _) in enumerate(part):
            if ids[at + i] != aid:
                out.setdefault(index, {})[i] = ids[at + i]
        at += len(part)
    return out, notices


def _weights(work: str, parts: int) -> partitions.Idf:
    return partitions.weights(
        _unpack(_get(join(work, "parts", f"part-{i:05d}.keys"))) for i in range(parts)
    )


def _windows_key(windows: list[partitions.Window]) -> str:
    return hashlib.sha1(repr(windows).encode()).hexdigest()[:12]


@_without_gc
def _slice_part(work: str, index: int, windows: list[partitions.Window], key: str) -> dict:
    """Cut part ``index`` into the windows that see its events; the windows it wrote for."""
    marker = join(work, "slices", key, f"part-{index:05d}.json")
    done = _get(marker)
    if done is not None:
        return {**json.loads(done), "cpu": {}}
    t = time.process_time()
    analyses = _unpack(_get(join(work, "parts", f"part-{index:05d}.data")))
    leads = partitions.lead_texts(analyses)
    signed = partitions.known(analyses)  # once here, on whole articles: windows get no texts
    groups = _long_side(work, key, index, analyses, windows, signed)
    wrote = []
    for w, seen in partitions.sliced(analyses, windows).items():
        ids = {e.event_id for a in seen for e in a.events}
        mine = {k: v for k, v in leads.items() if k in ids}
        texts = {k: signed.texts[k] for k in sorted(ids)}
        story = {a.article.id: signed.story[a.article.id] for a in seen}
        periods = {a.article.id: signed.periods.get(a.article.id, frozenset()) for a in seen}
        sliced = (partitions.trimmed(seen, windows[w]), mine, texts, story, periods)
        _put(join(work, "slices", key, f"w{w:05d}-p{index:05d}.data"), _pack(sliced))
        wrote.append(w)
    _put(marker, json.dumps({"windows": wrote, "groups": groups}).encode())
    return {"windows": wrote, "groups": groups, "cpu": {"slice": time.process_time() - t}}


def _group_of(windows: list[partitions.Window]) -> dict[tuple[int, int], int]:
    """A cut group's number: the index of its first window."""
    out: dict[tuple[int, int], int] = {}
    for i, w in enumerate(windows):
        if w.split:
            out.setdefault((w.g0, w.g1), i)
    return out


def _long_side(work: str, key: str, index: int, analyses: list, windows: list,
               signed: partitions.Known) -> list[int]:  # fmt: skip
    """Write part ``index``'s share of each cut group's side table of long events.

    ``gG-pP.keys``: the rows (ids, days, blocking keys), read by every window of group G;
    ``gG-pP.data``: their signatures and their articles' story keys, read for the events met.
    """
    found: dict[int, list] = {}
    cut = _group_of(windows)
    for a in analyses:
        for e in a.events:
            if partitions.is_long(e):
                begin = e.interval.begin.toordinal()
                group = next((g for (g0, g1), g in cut.items() if g0 <= begin < g1), None)
                if group is not None:
                    found.setdefault(group, []).append(e)
    for group, events in sorted(found.items()):
        rows = long_events.long_rows(events, signed.texts)
        stem = join(work, "long", key, f"g{group:05d}-p{index:05d}")
        _put(f"{stem}.keys", _pack_plain([list(r) for r in rows]))
        articles = sorted({e.article_id for e in events})
        _put(f"{stem}.data", _pack(({e.event_id: signed.texts[e.event_id] for e in events},
                                    {aid: signed.story[aid] for aid in articles})))  # fmt: skip
    return sorted(found)


def _long_index(work: str, key: str, group: int, parts: list[int]
                ) -> tuple[long_events.LongIndex, partitions.LongTexts]:  # fmt: skip
    """The side table of a cut group, as a window holds it.

    The index, and a way to fetch the signatures of the long events met (from the parts that
    hold them).
    """
    rows, part_of = [], {}
    urls = [join(work, "long", key, f"g{group:05d}-p{p:05d}.keys") for p in parts]
    for part, data in zip(parts, _get_many(urls), strict=True):
        for row in _unpack_plain(data):
            rows.append(row)
            part_of[row[0]] = part
    index = long_events.LongIndex(rows)
    del rows

    def fetch(ids: list[str]) -> tuple[dict, dict]:
        wanted = set(ids)
        articles = {row[1] for row in index.rows if row[0] in wanted}
        texts, story = {}, {}
        needed = sorted({part_of[i] for i in ids})
        urls = [join(work, "long", key, f"g{group:05d}-p{p:05d}.data") for p in needed]
        for data in _get_many(urls):
            signed, keys = _unpack(data)
            texts.update((k, v) for k, v in signed.items() if k in wanted)
            story.update((a, v) for a, v in keys.items() if a in articles)
        return texts, story

    return index, fetch


@_without_gc
def _long_group(work: str, key: str, group: int, parts: list[int], idf: Any) -> dict:
    """The pairs of a cut group's long events among themselves, scored once (the side table)."""
    stem = join(work, "pairs", key, f"g{group:05d}.long")
    fs, path = _fs(f"{stem}.head.z")
    if fs.exists(path):
        return {"cpu": {}}
    t = time.process_time()
    rows, texts, story = [], {}, {}
    keys = [join(work, "long", key, f"g{group:05d}-p{p:05d}.keys") for p in parts]
    for data in _get_many(keys):
        rows.extend(long_events.interned_row(r) for r in _unpack_plain(data))
    datas = [join(work, "long", key, f"g{group:05d}-p{p:05d}.data") for p in parts]
    for data in _get_many(datas):  # words shared: the group's long events are all held at once
        signed, keyed = _unpack(data)
        texts.update(long_events.interned_texts(signed))
        story.update({intern(a): frozenset(map(intern, k)) for a, k in keyed.items()})
    events, pairs = long_events.long_pairs(rows, texts, idf, story)
    count = len(rows)
    del rows, texts, story  # scored: what a 1 GiB worker needs for the run's lists is freed
    side = partitions.long_side_of(events, pairs)
    _put_run(stem, side)
    return {"cpu": {"merge": time.process_time() - t}, "long": count, "pairs": len(side[0])}


def _seen(
    work: str, key: str, index: int, parts: list[int],
    scoring: partitions.Window | None = None,
) -> tuple[list, dict, partitions.Known]:  # fmt: skip
    """The slices of window ``index``: what it sees, lead texts and signatures.

    The analyses come without their articles' texts; given ``scoring`` (the window), without
    the long events it only writes.
    """
    kept, leads, texts, story, periods = [], {}, {}, {}, {}
    urls = [join(work, "slices", key, f"w{index:05d}-p{part:05d}.data") for part in parts]
    for data in _get_many(urls):
        seen, mine, signed, keys, dated = _unpack(data)
        periods.update(dated)
        if scoring is not None and scoring.split:
            seen = [replace(a, events=events) for a in seen
                    if (events := [e for e in a.events if scoring.scores(e)])]  # fmt: skip
            ids = {e.event_id for a in seen for e in a.events}
            signed = {k: v for k, v in signed.items() if k in ids}
        kept.extend(partitions.trimmed(seen))  # slices of an earlier layout held some texts
        leads.update(mine)
        texts.update(signed)
        story.update(keys)
    return kept, leads, partitions.Known(texts, story, periods)


@_without_gc
def _pair_window(
    work: str, key: str, index: int, window: partitions.Window, parts: list[int], idf: Any,
    group: int = -1, long_parts: list[int] | None = None,
) -> dict:  # fmt: skip
    """A window cut from a large group: score its pairs (joined later with its group's).

    Its short events' pairs with the group's long ones are found in the side table of the
    ``long_parts`` parts.
    """
    stem = join(work, "pairs", key, f"w{index:05d}")
    fs, path = _fs(f"{stem}.head.z")
    if fs.exists(path):
        return {"cpu": {}}
    t = time.process_time()
    kept, leads, signed = _seen(work, key, index, parts, window)
    side = _long_index(work, key, group, long_parts) if long_parts else None
    counts: dict[str, int] = {}
    settled, left = partitions.window_pairs(kept, window, idf, leads, signed, side, counts)
    del kept, leads, signed, side
    _put(f"{stem}.local.z", _pack_plain(settled))
    _put_run(stem, left)
    return {"cpu": {"merge": time.process_time() - t}, **counts}


def _put_run(stem: str, pairs: partitions.WindowPairs) -> None:
    """A window's pairs left to the join, as a run of the streamed join (``pair_stream``).

    ``STEM.pairs``: the pairs in join order, in chunks; ``STEM.head.z``, written last (it says
    the run is whole): the events they name and the own-article pairs.
    """
    scores, firsts, seconds, rows = pairs
    head = pair_stream.head_of(firsts, seconds, scores, rows)
    _put(f"{stem}.pairs", pair_stream.pack_chunks(pair_stream.chunks_of(scores, firsts, seconds)))
    _put(f"{stem}.head.z", _pack_plain([head.rows, head.own]))


def _run_at(stem: str) -> pair_stream.Run:
    """The run written by :func:`_put_run`; its pairs are read a chunk at a time, not whole."""
    def head() -> pair_stream.Head:
        return pair_stream.Head(*_unpack_plain(_get(f"{stem}.head.z")))

    def chunks() -> Iterator[pair_stream.Chunk]:
        fs, path = _fs(f"{stem}.pairs")
        with fs.open(path, "rb", block_size=PAIR_BLOCK) as handle:
            yield from pair_stream.read_chunks(handle)

    return pair_stream.Run(head, chunks)


PAIR_BLOCK = 1 << 18
"""Bytes read ahead from each run's pair file by the join (fsspec's default is 5 MB a file:
some 60 windows' files open at once at 100,000 articles)."""


@_without_gc
def _join_group(
    work: str, key: str, indexes: list[int], spans: list[tuple[int, int]], _scored: list,
    long: bool = False,
) -> dict:
    """Join the pairs a large group's windows left open; each window's go to its own file.

    ``spans``: each window's ``(lo, hi)``, which says who owns an event (by its first day).
    """
    marker = join(work, "joins", key, f"group-{indexes[0]:05d}.json")
    if _get(marker) is not None:
        return {"cpu": {}}
    t = time.process_time()
    stems = [join(work, "pairs", key, f"w{index:05d}") for index in indexes]
    if long:  # the group's long events' pairs among themselves
        stems.append(join(work, "pairs", key, f"g{indexes[0]:05d}.long"))
    counts: dict[str, int] = {}
    joined = pair_stream.join_runs([_run_at(stem) for stem in stems], counts)
    for index, (lo, hi) in zip(indexes, spans, strict=True):  # a window's events at a time
        mine = joined.clusters((joined.first >= lo) & (joined.first < hi))
        _put(join(work, "joins", key, f"w{index:05d}.json.z"), _pack_plain(mine))
    _put(marker, b"{}")
    return {"cpu": {"join": time.process_time() - t}, "join": counts}


@_without_gc
def _merge_window(
    work: str, key: str, index: int, window: partitions.Window, parts: list[int], idf: Any,
    output: str, _joined: Any = None,
) -> dict:  # fmt: skip
    """Write the events ``window`` owns with their clusters.

    A window of whole groups clusters them here; a cut one reads what its group's join found.
    """
    marker = join(work, "windows", key, f"window-{index:05d}.json")
    done = _get(marker)
    if done is not None:
        return {**json.loads(done), "resumed": True}
    t = time.process_time()
    kept, leads, signed = _seen(work, key, index, parts)
    gather = time.process_time() - t
    t = time.process_time()
    if window.split:  # what the window settled alone, and what its group's join found
        clusters = _unpack_plain(_get(join(work, "pairs", key, f"w{index:05d}.local.z")))
        clusters.update(_unpack_plain(_get(join(work, "joins", key, f"w{index:05d}.json.z"))))
    else:
        clusters = partitions.cluster_window(kept, window, idf, leads, signed)
    del leads, signed
    events = [
        replace(e, cluster_id=e.cluster_id or clusters.get(e.event_id, e.event_id))
        for a in kept
        for e in a.events
        if window.owns(e)
    ]
    events.sort(key=sort_key)
    merge = time.process_time() - t
    t = time.process_time()
    timeline = Timeline({a.article.id: a for a in kept}, events)
    files = _write_months(timeline, output, f"part-{index:05d}.parquet")
    result = {
        "files": files,
        "events": len(events),
        "clusters": len({e.cluster_id for e in events}),
        "cpu": {"gather": gather, "merge": merge, "write": time.process_time() - t},
    }
    _put(marker, json.dumps(result).encode())
    return {**result, "resumed": False}


def _write_months(timeline: Timeline, output: str, name: str) -> dict[str, int]:
    """The window's events, in timeline order, one file per month they begin in."""
    import pyarrow.parquet as pq

    fs, root = _fs(output)
    by_month: dict[str, list] = {}
    for event in timeline.events:
        begin = event.interval.begin
        by_month.setdefault(f"year={begin.year:04d}/month={begin.month:02d}", []).append(event)
    files = {}
    for key, events in by_month.items():
        table = parquet.timeline_table(timeline, events)
        fs.makedirs(join(root, key), exist_ok=True)
        with fs.open(join(root, key, name), "wb") as handle:
            pq.write_table(table, handle)
        files[f"{key}/{name}"] = table.num_rows
    return files


def _pack(value: Any) -> bytes:
    return plaindata.pack(value)


def _unpack(data: bytes | None) -> Any:
    """A work file back as values: plain data only (the folder may be writable by others)."""
    if data is None:
        raise FileNotFoundError("a part of the run is missing from its work folder")
    return plaindata.unpack(data)


def _pack_plain(value: Any) -> bytes:
    """Lists, strings and numbers alone (pairs, clusters) as compressed JSON: no tags to walk.

    A list is encoded and compressed an item at a time: a window's pair columns as one JSON
    text, then its bytes, were two copies of some 150 MB each in a 1 GiB worker.
    """
    items = value if isinstance(value, list) else None
    if items is None:
        return zlib.compress(json.dumps(value, separators=(",", ":")).encode(), 1)
    packer = zlib.compressobj(1)
    out = [packer.compress(b"[")]
    for k, item in enumerate(items):
        text = json.dumps(item, separators=(",", ":"))
        out.append(packer.compress(f"{',' if k else ''}{text}".encode()))
    out.append(packer.compress(b"]"))
    out.append(packer.flush())
    return b"".join(out)


def _unpack_plain(data: bytes | None) -> Any:
    if data is None:
        raise FileNotFoundError("a part of the run is missing from its work folder")
    try:
        return json.loads(zlib.decompress(data))
    except (zlib.error, ValueError) as exc:
        raise TimelineError(f"stored data cannot be read ({exc})") from None


# --- anchor checks, a related group at a time (anchor_groups) --------------------------------
ANCHOR_BATCH = 2000
"""Articles per anchor-check task, about: whole related groups, so a large group is one task."""


def _anchor_part(work: str, index: int) -> None:
    """Part ``index``'s articles as grouping needs them, and its share of the weights."""
    where = join(work, "anchors", f"part-{index:05d}.data")
    if _fs(where)[0].exists(_fs(where)[1]):
        return
    analyses = _unpack(_get(join(work, "parts", f"part-{index:05d}.data")))
    keys = anchor_groups.article_keys(analyses)
    _put(where, _pack((keys, anchor_groups.reference_counts(analyses))))


def _output_clusters(output: str, files: list[str]) -> dict[str, set[str]]:
    """The articles of each cluster of the events table written so far (from its files)."""
    import pyarrow.parquet as pq

    fs, root = _fs(output)
    members: dict[str, set[str]] = {}
    for name in files:
        with fs.open(join(root, name), "rb") as handle:
            table = pq.read_table(handle, columns=["cluster_id", "article_id"])
        for cid, aid in zip(*(table.column(c).to_pylist() for c in ("cluster_id", "article_id")),
                            strict=True):  # fmt: skip
            members.setdefault(cid, set()).add(aid)
    return members


def _anchor_plan(work: str, parts: int, output: str, files: list[str], per: int
                 ) -> tuple[int, Any]:  # fmt: skip
    """Related groups packed into batches (files ``anchors/batch-B``); ``(batches, weights)``."""
    keys, counts, part_of = [], [], {}
    for i in range(parts):
        found, share = _unpack(_get(join(work, "anchors", f"part-{i:05d}.data")))
        keys.extend(found)
        counts.append(share)
        part_of.update(dict.fromkeys((k[0] for k in found), i))
    groups = anchor_groups.related_groups(keys, _output_clusters(output, files).values())
    batches: list[list[list[str]]] = [[]]
    for group in groups:
        if batches[-1] and sum(map(len, batches[-1])) + len(group) > per:
            batches.append([])
        batches[-1].append(group)
    for b, batch in enumerate(batches):
        where = {aid: part_of[aid] for group in batch for aid in group}
        _put(join(work, "anchors", f"batch-{b:05d}.data"), _pack((batch, where)))
    return len(batches), anchor_groups.weights_from(counts)


def _batch_articles(work: str, b: int) -> tuple[list[list[str]], dict[str, Any]]:
    """Batch ``b``'s related groups and their articles by id (read from the parts)."""
    batch, where = _unpack(_get(join(work, "anchors", f"batch-{b:05d}.data")))
    by_id = {}
    for part in sorted(set(where.values())):
        for a in _unpack(_get(join(work, "parts", f"part-{part:05d}.data"))):
            if where.get(a.article.id) == part:
                by_id[a.article.id] = a
    return batch, by_id


def _anchor_overruled(work: str, b: int) -> Any:
    """What batch ``b``'s pages whose inferred year is overruled take off the weights.

    Related articles decide it, so a group at a time (``anchor_groups.overruled_counts``),
    before any check: the whole run never trusts such pages.
    """
    batch, by_id = _batch_articles(work, b)
    n, df = 0, Counter()
    for group in batch:
        m, counts = anchor_groups.overruled_counts(by_id[aid] for aid in group)
        n += m
        df.update(counts)
    return n, df


def _weights_without_overruled(idf: Any, overruled: list[Any]) -> Any:
    return anchor_groups.weights_without(idf, overruled)


def _anchor_batch(work: str, b: int, weights: tuple[Any, Any], undated_only: bool) -> dict:
    """Check each group of batch ``b``: its reports (small), never the articles themselves.

    The first pass (``undated_only`` false) writes what its pages at fault take off the weights;
    the second checks again only the groups with undated articles, with both weights.
    """
    t = time.process_time()
    batch, by_id = _batch_articles(work, b)
    reports: dict[str, dict] = {}
    checked, undated = [], False
    for group in batch:
        if undated_only and all(anchor_groups.dated(by_id[aid]) for aid in group):
            continue
        undated = undated or not all(anchor_groups.dated(by_id[aid]) for aid in group)
        reports.update(anchor_groups.check_group([by_id[aid] for aid in group], weights))
        checked.extend(group)
    if not undated_only:
        faults = [by_id[aid] for aid, r in reports.items()
                  if any(p["kind"] == "conflict" for p in r["problems"])]  # fmt: skip
        _put(join(work, "anchors", f"faults-{b:05d}.data"),
             _pack(anchor_groups.fault_counts(faults)))  # fmt: skip
    return {"reports": reports, "checked": checked, "undated": undated,
            "cpu": {"anchors": time.process_time() - t}}  # fmt: skip


def _weights_without_faults(work: str, idf: Any, batches: int) -> Any:
    faults = [_unpack(_get(join(work, "anchors", f"faults-{b:05d}.data"))) for b in range(batches)]
    return anchor_groups.weights_without(idf, faults)


def _anchor_checks(
    client, work: str, output: str, parts: int, files: list[str], add_cpu: Callable[[dict], None]
) -> dict[str, dict]:
    """Every report with something to say, checked on the workers a related group at a time."""
    from operator import getitem

    done = [client.submit(_anchor_part, work, i, pure=False, retries=RETRIES)
            for i in range(parts)]  # fmt: skip
    client.gather(done)
    plan = client.submit(_anchor_plan, work, parts, output, files, ANCHOR_BATCH, pure=False,
                         retries=RETRIES)  # fmt: skip
    batches = client.submit(getitem, plan, 0).result()
    overruled = [client.submit(_anchor_overruled, work, b, pure=False, retries=RETRIES)
                 for b in range(batches)]  # fmt: skip
    idf = client.submit(_weights_without_overruled, client.submit(getitem, plan, 1), overruled,
                        pure=False)  # fmt: skip
    first = [client.submit(_anchor_batch, work, b, (idf, idf), False, pure=False,
                           retries=RETRIES) for b in range(batches)]  # fmt: skip
    reports: dict[str, dict] = {}
    again = []
    faults = False
    for b, future in enumerate(first):
        result = future.result()
        reports.update(result["reports"])
        add_cpu(result["cpu"])
        faults = faults or any(p["kind"] == "conflict" for r in result["reports"].values()
                               for p in r["problems"])  # fmt: skip
        if result["undated"]:
            again.append(b)
    if faults and again:  # pages at fault anywhere change the weights of every estimate
        without = client.submit(_weights_without_faults, work, idf, batches, pure=False)
        second = [client.submit(_anchor_batch, work, b, (idf, without), True, pure=False,
                                retries=RETRIES) for b in again]  # fmt: skip
        for future in second:
            result = future.result()
            for aid in result["checked"]:
                reports.pop(aid, None)
            reports.update(result["reports"])
            add_cpu(result["cpu"])
    return dict(sorted(reports.items()))


# --- the client -------------------------------------------------------------------------------
def _prepare(output: str, manifest: dict) -> bool:
    """Ready ``output`` for a run; True if it resumes one stopped on the same inputs."""
    fs, root = _fs(output)
    work = join(root, WORK)
    if fs.exists(join(root, parquet.META)):
        fs.rm(join(root, parquet.META))  # the table is incomplete until the run ends
    earlier = _get(join(output, WORK, "manifest.json"))
    if earlier is not None and json.loads(earlier) == manifest:
        return True
    if fs.exists(root):
        names = [p.rstrip("/").rsplit("/", 1)[-1] for p in fs.ls(root, detail=False)]
        if any(not (n == WORK or n.startswith("year=")) for n in names):
            raise FileExistsError(f"{output} exists and is not an events table")
        for name in names:
            fs.rm(join(root, name), recursive=True)
    fs.makedirs(work, exist_ok=True)
    _put(join(output, WORK, "manifest.json"), json.dumps(manifest).encode())
    return False


def run_archive(
    inputs: Iterable[str | Path],
    output: str | Path,
    *,
    client: Client | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    memory_limit: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    files_per_part: int | None = None,
    window_events: int = partitions.WINDOW_EVENTS,
    anchors: bool = False,
) -> ArchiveRun:
    """Read, analyze and merge the archive under ``inputs``; write its events table to ``output``.

    ``inputs`` and ``output`` are folders every worker sees or URLs. Without ``client`` or
    ``scheduler``, a LocalCluster of ``workers`` processes (``memory_limit`` each) is started
    for the run and shut down after it. ``anchors``: also check the articles' anchors (a
    related group per task, ``anchor_groups``) into ``ArchiveRun.anchor_reports``.
    ``files_per_part``: files per analyze task (default: :func:`files_per_part`).
    """
    from timeline_app.core.story.engines import dask_client

    if client is not None:
        return _run(client, inputs, str(output), progress, cancelled, files_per_part,
                    window_events, anchors)  # fmt: skip
    with dask_client(scheduler, workers, memory_limit=memory_limit) as own:
        return _run(own, inputs, str(output), progress, cancelled, files_per_part, window_events,
                    anchors)  # fmt: skip


def _run(client, inputs, output, progress, cancelled, per, window_events, anchors) -> ArchiveRun:  # noqa: PLR0913
    from distributed import as_completed

    inputs = [str(i) for i in inputs]
    manifest = {"inputs": inputs, "files_per_part": per, "window_events": window_events,
                "version": parquet.VERSION, "work": WORK_FORMAT}  # fmt: skip
    run = ArchiveRun(output)
    work = join(output, WORK)
    futures: list = []

    def report(done: int, total: int, message: str) -> None:
        if progress is not None:
            progress(done, total, message)
        if cancelled is not None and cancelled():
            raise CancelledError("archive run cancelled")

    def add_cpu(cpu: dict[str, float]) -> None:
        for stage, seconds in cpu.items():
            run.cpu[stage] = run.cpu.get(stage, 0.0) + seconds

    clock = [time.perf_counter()]

    def lap(stage: str) -> None:  # the wall time since the last lap, as ``stage``'s
        now = time.perf_counter()
        run.wall[stage] = run.wall.get(stage, 0.0) + now - clock[0]
        clock[0] = now

    try:  # the client itself never opens the archive or the output: workers do
        client.submit(_prepare, output, manifest, pure=False, retries=RETRIES).result()
        listing = client.submit(list_inputs, inputs, pure=False, retries=RETRIES)
        futures.append(listing)
        run.files, problems, mean_size = client.submit(_listed, listing,
                                                       retries=RETRIES).result()  # fmt: skip
        run.problems.extend(problems)
        lap("list")
        report(0, run.files, "")
        if per is None:
            per = files_per_part(run.files, mean_size)
        run.parts = -(-run.files // per)
        futures = [client.submit(_analyze_part, listing, i, per, work, pure=False,
                                 retries=RETRIES) for i in range(run.parts)]  # fmt: skip
        runs: list[partitions.Span] = []
        order = {future.key: i for i, future in enumerate(futures)}
        summaries: dict[int, tuple[int, list, list]] = {}
        months: Counter[int] = Counter()
        done = 0
        for future in as_completed(futures, loop=client.loop):
            summary = future.result()
            summaries[order[future.key]] = (summary["articles"], summary["problems"],
                                            summary["ids"])  # fmt: skip
            runs = partitions.join_spans([*runs, *map(tuple, summary["spans"])])
            months.update(dict(summary["months"]))
            run.resumed_parts += summary["resumed"]
            add_cpu(summary["cpu"])
            done += summary["files"]
            report(done, run.files, f"{done:,} of {run.files:,} files read")
            future.release()
        for i in sorted(summaries):  # problems in the order of the files, whoever finished first
            run.articles += summaries[i][0]
            run.problems.extend(LoadProblem(*p) for p in summaries[i][1])
        renames, notices = _renames([summaries[i][2] for i in sorted(summaries)])
        run.problems.extend(notices)  # after the files' problems, as the default engine's
        del summaries
        futures = [client.submit(_rename_part, work, i, ids, pure=False, retries=RETRIES)
                   for i, ids in sorted(renames.items())]  # fmt: skip
        client.gather(futures)
        listing.release()
        lap("analyze")
        idf = client.submit(_weights, work, run.parts, pure=False, retries=RETRIES)
        windows = partitions.windows(runs, months, window_events)
        run.windows = len(windows)
        key = _windows_key(windows)
        futures = [client.submit(_slice_part, work, i, windows, key, pure=False,
                                 retries=RETRIES) for i in range(run.parts)]  # fmt: skip
        order = {future.key: i for i, future in enumerate(futures)}
        readers: dict[int, list[int]] = {w: [] for w in range(len(windows))}
        long_readers: dict[int, list[int]] = {}  # a cut group's parts with long events
        for sliced, future in enumerate(as_completed(futures, loop=client.loop), 1):
            sliced_part = future.result()
            for w in sliced_part["windows"]:
                readers[w].append(order[future.key])
            for g in sliced_part["groups"]:
                long_readers.setdefault(g, []).append(order[future.key])
            add_cpu(sliced_part["cpu"])
            report(run.files, run.files, f"sliced {sliced} of {run.parts} parts")
            future.release()
        lap("slice")
        side = []  # the pair and join tasks of cut groups
        futures = []
        groups: dict[tuple[int, int], list[int]] = {}
        for i, w in enumerate(windows):
            if w.split:
                groups.setdefault((w.g0, w.g1), []).append(i)
        joined = {}
        for indexes in groups.values():
            g, long_parts = indexes[0], sorted(long_readers.get(indexes[0], []))
            scored = [client.submit(_pair_window, work, key, i, windows[i], sorted(readers[i]),
                                    idf, g, long_parts, pure=False, retries=RETRIES)
                      for i in indexes]  # fmt: skip
            if long_parts:
                scored.append(client.submit(_long_group, work, key, g, long_parts, idf,
                                            pure=False, retries=RETRIES))  # fmt: skip
            spans = [(windows[i].lo, windows[i].hi) for i in indexes]
            done_join = client.submit(_join_group, work, key, indexes, spans, scored,
                                      bool(long_parts), pure=False, retries=RETRIES)  # fmt: skip
            side += [*scored, done_join]
            joined.update(dict.fromkeys(indexes, done_join))
        futures = [
            client.submit(_merge_window, work, key, i, w, sorted(readers[i]), idf, output,
                          joined.get(i), pure=False, retries=RETRIES)
            for i, w in enumerate(windows)
        ]  # fmt: skip
        futures += side
        files: dict[str, int] = {}
        merges = futures[: len(windows)]
        for future in side:
            result = future.result()
            add_cpu(result["cpu"])
            if "events" in result:
                run.largest_window = max(run.largest_window, (result["events"], result["pairs"]))
            run.long_events += result.get("long", 0)
            run.long_pairs += result["pairs"] if "long" in result else 0
            if "join" in result:
                run.join = max(run.join, (result["join"]["events"], result["join"]["pairs"]))
        if side:
            lap("pair")
        for merged, future in enumerate(as_completed(merges, loop=client.loop), 1):
            result = future.result()
            files.update(result["files"])
            run.events += result["events"]
            run.clusters += result["clusters"]
            run.resumed_windows += result["resumed"]
            add_cpu(result["cpu"])
            report(run.files, run.files, f"merged {merged} of {len(windows)} windows")
            future.release()
        idf.release()
        lap("merge")
        if anchors:
            report(run.files, run.files, "checking anchors")
            run.anchor_reports = _anchor_checks(client, work, output, run.parts, sorted(files),
                                                add_cpu)  # fmt: skip
            lap("anchors")
    except BaseException:
        client.cancel(futures)
        raise
    client.submit(_close, output, files, pure=False, retries=RETRIES).result()
    lap("close")
    return run


def _close(output: str, files: dict[str, int]) -> None:
    from timeline_app.core.storage.export import COLUMNS

    meta = parquet.table_meta([*COLUMNS, "sentence_start", "sentence_end"], "month", files)
    _put(join(output, parquet.META), json.dumps(meta, indent=1).encode())
    fs, root = _fs(output)
    fs.rm(join(root, WORK), recursive=True)
