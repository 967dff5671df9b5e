"""The Dask engine gives exactly the default engine's result, on a real two-process LocalCluster."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from timeline_app.core.ingest import discover
from timeline_app.core.story.engines import dask_client, load_with, load_with_dask, local_cluster
from timeline_app.core.story.pipeline import CancelledError, load

pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[3]


def _gen_corpus():
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_corpus"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    out = tmp_path_factory.mktemp("corpus")
    folder = _gen_corpus().write_corpus(out, 48, seed=7, paragraphs=4)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (out / "notes.pdf").write_bytes(b"%PDF-1.4")
    return [folder, out / "notes.pdf", out / "missing.txt"]


@pytest.fixture(scope="module")
def expected(corpus):
    return load(corpus, workers=2)


@pytest.fixture(scope="module")
def cluster():
    with local_cluster(2) as cluster:
        yield cluster


def test_same_analyses_problems_and_events_on_a_scheduler_address(corpus, expected, cluster):
    seen: list[tuple[int, int]] = []
    got = load_with_dask(
        corpus, cluster.scheduler_address, lambda done, total, _: seen.append((done, total))
    )
    assert len(cluster.workers) == 2
    assert [a.article.id for a in got.analyses] == [a.article.id for a in expected.analyses]
    assert got.analyses == expected.analyses
    assert got.problems == expected.problems
    events = [e for a in got.analyses for e in a.events]
    assert events == [e for a in expected.analyses for e in a.events]
    assert len(events) > 100
    # the cross-source stage (assemble) is a function of the analyses: equal in, equal out; it is
    # not run here because it costs more than the whole load on this corpus (see bench_scale.py)
    files = len(discover(corpus)[0])
    assert seen[0] == (0, files) and seen[-1] == (files, files)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cancel_stops_the_load(corpus, cluster):
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with dask_client(cluster.scheduler_address) as client, pytest.raises(CancelledError):
        load_with_dask(corpus, cancelled=cancelled, client=client)


def test_own_local_cluster_by_engine_name(corpus, expected):
    got = load_with("dask", corpus, workers=2)
    assert got.analyses == expected.analyses
    assert got.problems == expected.problems


def test_nothing_to_load_starts_no_cluster(tmp_path):
    got = load_with_dask([tmp_path / "nothing-here"], "tcp://127.0.0.1:1")
    assert got.analyses == [] and len(got.problems) == 1


def test_unknown_engine_and_misplaced_scheduler():
    with pytest.raises(ValueError, match="unknown engine"):
        load_with("spark", [])
    with pytest.raises(ValueError, match="dask engine"):
        load_with("local", [], scheduler="tcp://127.0.0.1:8786")
