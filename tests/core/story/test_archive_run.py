"""An archive in S3 (a real server on loopback), read, merged and written by a Dask cluster.

The cluster is a LocalCluster of two worker processes with a memory limit each; the reference
is the default engine on the same files (``assemble`` over ``load``, written by
``write_parquet``): the two events tables must be equal, row for row.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("s3fs")
pytest.importorskip("moto.server")

from tests.core.story.s3_server import s3_server, s3fs_client  # noqa: E402
from tests.core.story.test_dask_engine import _gen_corpus  # noqa: E402
from timeline_app.core.storage.parquet import (  # noqa: E402
    META,
    is_parquet_table,
    read_parquet,
    write_parquet,
)
from timeline_app.core.story.archive_run import files_per_part, run_archive  # noqa: E402
from timeline_app.core.story.engines import dask_client  # noqa: E402
from timeline_app.core.story.pipeline import CancelledError, load  # noqa: E402
from timeline_app.core.story.timeline import assemble  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("archive")
    folder = _gen_corpus().write_corpus(out, 40, seed=11, paragraphs=4)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "huge.txt").write_bytes(b"a" * (5 * 1024 * 1024 + 1))  # big: loads, slowly
    (folder / ".hidden.txt").write_text("Not an article, 1 May 2020.", encoding="utf-8")
    (out / "notes.pdf").write_bytes(b"%PDF-1.4")
    return out


@pytest.fixture(scope="module")
def s3(corpus):
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with s3_server() as endpoint:
        fs = s3fs_client()
        fs.mkdir("news")
        fs.mkdir("out")
        fs.put(str(corpus / "articles"), "news/articles", recursive=True)
        fs.put(str(corpus / "notes.pdf"), "news/notes.pdf")
        yield endpoint


@pytest.fixture(scope="module")
def client(s3):
    """Started after the server: the workers inherit its address from the environment."""
    with dask_client(None, 2, memory_limit="1GiB") as client:
        yield client


INPUTS = ["s3://news/articles", "s3://news/notes.pdf", "s3://news/missing.txt"]


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    """The default engine's table and problems on the same files, read from disk."""
    paths = [corpus / "articles", corpus / "notes.pdf", corpus / "missing.txt"]
    result = load(paths, workers=2)
    table = tmp_path_factory.mktemp("reference") / "events"
    write_parquet(assemble(result.analyses), table)
    return read_parquet(table), result.problems


def _local(url: str, corpus: Path) -> str:
    return url.replace("s3://news", str(corpus))


def test_the_workers_read_s3_and_write_the_default_engines_table(
    client, reference, corpus, monkeypatch
):
    expected, problems = reference
    # the client cannot reach the store: listing, reading and writing must happen on the workers
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:9")
    seen = []
    run = run_archive(INPUTS, "s3://out/events", client=client, files_per_part=8,
                      window_events=15, progress=lambda d, t, m: seen.append((d, t)))  # fmt: skip
    monkeypatch.undo()
    assert run.parts == 6 and run.windows > 1  # 42 files listed (40 articles, empty, huge), in parts of 8
    # groups cut into windows, their decades kept apart (side table) and their pairs joined
    assert run.largest_window[0] > 0 and run.long_events > 20 and run.long_pairs > 0
    got = read_parquet("s3://out/events")
    assert len(got) > 150
    assert got.equals(expected)
    assert run.events == len(expected) and run.articles == 41  # the 40 and the big one
    assert [(_local(p.path, corpus), p.message) for p in run.problems] == [
        (p.path, p.message) for p in problems
    ]
    assert seen[0] == (0, 42) and seen[-1][0] == 42
    fs = s3fs_client()
    names = fs.find("out/events")
    assert not [n for n in names if "/_work" in n]
    assert all(n.endswith(META) or "/year=" in n and "/month=" in n for n in names)


def test_parts_are_cut_by_listed_bytes_so_large_files_still_spread():
    """Files of 100 articles make a part each, not 64 a part (one task for a small archive)."""
    assert files_per_part(3_000, 9_000) == 64  # a file per article
    assert files_per_part(30, 900_000) == 1  # JSON Lines files of 100
    assert files_per_part(1_000, 900_000) == 8  # ... and no more than MAX_PARTS parts
    assert files_per_part(100_000, 9_000) == 782
    assert files_per_part(10, 0) == 64  # sizes the store did not give


def test_a_stopped_run_resumes_from_what_it_wrote(client, reference):
    expected, _ = reference

    def stop_after_first_window() -> bool:
        return any(m.startswith("merged") for _, _, m in messages)

    messages: list[tuple] = []
    with pytest.raises(CancelledError):
        run_archive(INPUTS, "s3://out/resumed", client=client, files_per_part=8, window_events=60,
                    progress=lambda *m: messages.append(m), cancelled=stop_after_first_window)  # fmt: skip
    assert not is_parquet_table("s3://out/resumed")  # no table until the run ends
    run = run_archive(INPUTS, "s3://out/resumed", client=client, files_per_part=8,
                      window_events=60)  # fmt: skip
    assert run.resumed_parts == run.parts and run.resumed_windows >= 1
    assert read_parquet("s3://out/resumed").equals(expected)


def test_a_lost_worker_is_retried(client, reference, tmp_path):
    expected, _ = reference
    killed: list[str] = []

    def kill_one_worker(done: int, total: int, message: str) -> None:
        if done and not killed:
            victim = sorted(client.scheduler_info()["workers"])[0]
            killed.append(victim)
            os.kill(client.run(os.getpid, workers=[victim])[victim], signal.SIGKILL)

    run = run_archive(INPUTS, tmp_path / "events", client=client, files_per_part=4,
                      window_events=60, progress=kill_one_worker)  # fmt: skip
    assert read_parquet(tmp_path / "events").equals(expected)
    assert run.articles == 41
    client.wait_for_workers(2, timeout=60)
    assert killed and killed[0] not in client.scheduler_info()["workers"]  # it did die


def _marked(mark: str) -> list[int]:
    """Processes whose environment holds ``mark`` (the CLI and everything it started)."""
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if mark.encode() in Path(f"/proc/{entry}/environ").read_bytes():
                    pids.append(int(entry))
            except OSError:
                continue
    return pids


def _left(mark: str, seconds: float = 10) -> list[int]:
    deadline = time.monotonic() + seconds
    while _marked(mark) and time.monotonic() < deadline:
        time.sleep(0.2)
    return _marked(mark)


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
@pytest.mark.parametrize("ending", ["exit", "SIGTERM", "SIGKILL"])
def test_no_process_outlives_the_cli(corpus, tmp_path, ending):
    mark = uuid.uuid4().hex
    env = {**os.environ, "TIMELINE_TEST_MARK": mark, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "timeline_app", "export", "--engine", "dask", "--workers", "2",
           "--worker-memory", "1GiB", "--parquet", str(tmp_path / "events"),
           str(corpus / "articles")]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if ending != "exit":
        deadline = time.monotonic() + 60
        while len(_marked(mark)) < 3 and time.monotonic() < deadline:  # the CLI and 2 workers
            time.sleep(0.2)
        assert len(_marked(mark)) >= 3
        proc.send_signal(getattr(signal, ending))
    _, err = proc.communicate(timeout=120)
    if ending == "exit":
        assert proc.returncode == 0, err.decode()
        assert b"41 articles" in err and is_parquet_table(tmp_path / "events")
    assert _left(mark) == []


def test_the_dask_engine_loads_urls_listed_by_a_worker(client, corpus, monkeypatch):
    from timeline_app.core.story.engines import load_with_dask

    expected = load([corpus / "articles", corpus / "notes.pdf", corpus / "missing.txt"])
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:9")  # the client cannot reach S3
    got = load_with_dask(INPUTS, client=client)
    assert [a.article.id for a in got.analyses] == [a.article.id for a in expected.analyses]
    assert [a.events for a in got.analyses] == [a.events for a in expected.analyses]
    assert all(a.article.path.startswith("s3://news/articles/") for a in got.analyses)
    assert [(_local(p.path, corpus), p.message) for p in got.problems] == [
        (p.path, p.message) for p in expected.problems
    ]


STORIES = ROOT / "bench" / "data" / "stories"
"""Development stories by several outlets, with republished copies (page dates off by months)
and undated pages: anchor checks find conflicts and estimates there."""


def _stems_clash(folders: list[Path]) -> set[str]:
    stems = sorted((f.stem, f.parent.name) for d in folders for f in d.iterdir() if f.is_file())
    return {d for (a, d), (b, _) in zip(stems[1:], stems, strict=False) if a == b}


CLASHING = "strandby_ferry"
"""Its ``press_review_visit.txt`` has the id of marnholt_flood's: renamed ``~2``."""


@pytest.fixture(scope="module")
def stories(s3) -> list[Path]:
    """The story folders, two of which hold a file of one name (ids made unique: ``ID~2``)."""
    fs = s3fs_client()
    fs.mkdir("stories")
    folders = sorted(p for p in STORIES.iterdir() if p.is_dir())
    assert CLASHING in _stems_clash(folders)
    for folder in folders:
        fs.put(str(folder), f"stories/{folder.name}", recursive=True)
    return folders


def test_two_files_of_one_name_in_two_parts_keep_two_ids(client, s3, tmp_path):
    """Issues 17 and 18: the default engine's ids (ID~2), notices and table, across parts."""
    fs = s3fs_client()
    fs.mkdir("clash")
    folders = [STORIES / "marnholt_flood", STORIES / CLASHING]
    assert _stems_clash(folders) == {CLASHING}
    for folder in folders:
        fs.put(str(folder), f"clash/{folder.name}", recursive=True)
    expected = load(folders)
    assert "press_review_visit~2" in {a.article.id for a in expected.analyses}
    write_parquet(assemble(expected.analyses), tmp_path / "events")
    run = run_archive([f"s3://clash/{f.name}" for f in folders], "s3://out/clash",
                      client=client, files_per_part=8)  # fmt: skip
    assert run.parts > 1 and run.articles == len(expected.analyses)
    got = read_parquet("s3://out/clash")
    assert "press_review_visit~2" in set(got["article_id"])
    assert got.equals(read_parquet(tmp_path / "events"))
    local = {f"s3://clash/{f.name}": str(f) for f in folders}

    def on_disk(text: str) -> str:
        for url, path in local.items():
            text = text.replace(url, path)
        return text

    assert [(on_disk(p.path), on_disk(p.message)) for p in run.problems] == [
        (p.path, p.message) for p in expected.problems
    ]
    assert any("press_review_visit~2" in p.message for p in run.problems)


def test_renames_across_parts_follow_the_default_engines_rule():
    """Parts in order are discovery order: taken ids skipped, a clash inside a part renamed."""
    from timeline_app.core.story.archive_run import _renames

    parts = [[["a", "p/a.txt"], ["b", "p/b.txt"]], [["a", "q/a.txt"], ["a~2", "q/a~2.txt"]],
             [["a", "r/a.html"], ["a", "r/a.txt"]]]  # fmt: skip
    renames, notices = _renames(parts)
    assert renames == {1: {0: "a~3"}, 2: {0: "a~4", 1: "a~5"}}
    assert [p.path for p in notices] == ["q/a.txt", "r/a.html", "r/a.txt"]
    assert all("p/a.txt" in p.message and not p.skipped for p in notices)


def test_anchor_checks_on_the_cluster_equal_the_default_engines(client, stories, monkeypatch):
    from distributed import Future

    from timeline_app.core.reconcile.anchor_check import check_anchors

    analyses = load(stories).analyses
    expected = {aid: r.to_dict() for aid, r in sorted(check_anchors(analyses).items())
                if r.problems or r.suggestion}  # fmt: skip
    kinds = {p["kind"] for r in expected.values() for p in r["problems"]}
    assert kinds == {"conflict", "missing"} and len(expected) >= 10  # the corpus tests both
    received: list = []  # everything the client is handed by the workers
    result = Future.result
    monkeypatch.setattr(Future, "result", lambda self, *a, **k: received.append(
        out := result(self, *a, **k)) or out)  # fmt: skip
    run = run_archive([f"s3://stories/{f.name}" for f in stories], "s3://out/stories",
                      client=client, files_per_part=8, anchors=True)  # fmt: skip
    monkeypatch.undo()
    assert run.articles == len(analyses)
    assert run.anchor_reports == expected
    sent = repr(received)
    for a in analyses:  # the reports quote a phrase at most: no article's text comes back
        body = a.article.text.strip()
        assert body[:400] not in sent and body[-400:] not in sent
