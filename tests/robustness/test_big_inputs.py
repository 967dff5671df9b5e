"""Size as the attack: a 200 MB file, a folder of thousands of files, a long text.

The 200 MB file is sparse (``truncate``), so making it costs nothing; what is checked is that the
app refuses it without reading it, in a fresh process whose peak memory is measured with
``resource.getrusage``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline_app.core.ingest import MAX_FILE_BYTES
from timeline_app.core.story.pipeline import load

REPO = Path(__file__).resolve().parents[2]
GOOD = (
    "Budget passes\n\nThe city council approved the new budget on 12 March 2021 after a debate "
    "that lasted most of the night, the mayor's office said.\n"
)

_MEASURE = r"""
import json, resource, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from timeline_app.cli import main
good, big, out = sys.argv[2], sys.argv[3], sys.argv[4]
main(["export", good, "--csv", out])  # warm up: every module the export needs is imported
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
code = main(["export", good, big, "--csv", out])
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"code": code, "before_kb": before, "after_kb": after}))
"""


def _sparse(path: Path, size: int, head: bytes) -> Path:
    with path.open("wb") as fh:
        fh.write(head)
        fh.truncate(size)  # the rest is a hole: no disk, no time
    return path


@pytest.mark.parametrize("size_mb", [200, 51])
def test_a_huge_file_is_refused_without_being_read(tmp_path: Path, size_mb: int) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    head = ("Huge\n\n" + "The plan was approved on 1 May 2020 by the council. " * 50).encode()
    big = _sparse(tmp_path / "huge.txt", size_mb * 1024 * 1024, head)
    out = tmp_path / "out.csv"
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(REPO), str(good), str(big), str(out)],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    grew_mb = (report["after_kb"] - report["before_kb"]) / 1024
    assert grew_mb < 16, f"peak memory grew by {grew_mb:.0f} MB for a refused file"
    [line] = done.stderr.splitlines()
    assert "huge.txt" in line and "too large" in line
    assert out.read_text(encoding="utf-8").count("\n") == 2  # header + the good article's event
    assert elapsed < 60


def test_the_size_limit_is_what_the_tests_assume() -> None:
    assert 1024 * 1024 <= MAX_FILE_BYTES < 200 * 1024 * 1024


@pytest.mark.slow
def test_a_folder_of_thousands_of_files(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    n = 2500
    for i in range(n):
        sub = folder / f"{i // 500:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        day = 1 + i % 28
        (sub / f"story_{i:05d}.txt").write_text(
            f"Story number {i}\n\nThe committee met on {day} May 2010 to discuss the plan for the "
            "new bridge over the river, officials said.\n",
            encoding="utf-8",
        )
    (folder / "03" / "broken.json").write_text("{", encoding="utf-8")
    progress: list[int] = []
    started = time.monotonic()
    result = load([folder], progress=lambda done, total, msg: progress.append(done))
    elapsed = time.monotonic() - started
    assert len(result.analyses) == n
    assert [Path(p.path).name for p in result.problems] == ["broken.json"]
    ids = [a.article.id for a in result.analyses]
    assert ids == sorted(ids)  # discovery order, whatever order the workers finish in
    assert progress[-1] == n + 1 and progress == sorted(progress)
    assert all(len(a.events) == 1 for a in result.analyses)
    assert elapsed < 90, f"{n} small files took {elapsed:.0f} s"


_TAG_RUNS = 0


def _tag_seconds(sentences: int) -> float:
    from timeline_app.core.temporal import tag

    global _TAG_RUNS
    _TAG_RUNS += 1  # each run a text of its own: the tagger caches a text's reading by content
    text = "The committee met again on 11 May 2010 and again the next week, members said. "
    text = f"Run {_TAG_RUNS}. " + text * sentences
    started = time.process_time()  # (CPU: a shared machine adds no seconds of its own)
    mentions = tag(text, None)
    elapsed = time.process_time() - started
    assert len(mentions) >= sentences
    return elapsed


@pytest.mark.slow
def test_tagging_time_grows_linearly_with_text() -> None:
    """B2: ``tagger._select`` compared every candidate with every span taken (quadratic)."""
    _tag_seconds(200)  # warm up the grammar
    small = min(_tag_seconds(500) for _ in range(3))  # the best of several: a busy machine
    large = min(_tag_seconds(2000) for _ in range(2))  # slows single runs, never speeds them
    assert large < 8 * small, f"500 sentences {small:.2f} s, 2,000 sentences {large:.2f} s"


@pytest.mark.slow
def test_assembling_many_events_on_one_day_grows_near_linearly(tmp_path: Path) -> None:
    """B8: clustering re-sorted a whole date block for every event in it (quadratic).

    Many copies of one story (syndicated wire copy) put thousands of events on the same days.
    """
    from timeline_app.core.corrections.ledger import Corrections
    from timeline_app.core.story.timeline import assemble

    sentence = "The council met on 12 March 2021 to vote on the plan, members said. "
    for i in range(16):
        (tmp_path / f"copy{i:02d}.txt").write_text(
            f"Council votes, copy {i}\n\n" + sentence * 50, encoding="utf-8"
        )
    analyses = load([tmp_path], workers=2).analyses
    assert sum(len(a.events) for a in analyses) == 16 * 50

    def seconds(n: int) -> float:
        started = time.perf_counter()
        timeline = assemble(analyses[:n], Corrections())
        assert len(timeline.events) == n * 50
        return time.perf_counter() - started

    seconds(1)  # warm up
    small = min(seconds(2) for _ in range(3))
    large = min(seconds(16) for _ in range(2))
    assert large < 20 * small, f"100 events {small:.2f} s, 800 events {large:.2f} s"


def _long_text(path: Path) -> Path:
    """A text past STAGE_CHARS: dated sentences, a paragraph every few."""
    from timeline_app.core.story.pipeline import STAGE_CHARS

    sentence = "The council met on {day} May 2019, and two days later it voted on the budget. "
    parts = ["Budget news\n\nPublished: 12 March 2024\n\n"]
    for i in range(STAGE_CHARS * 11 // 10 // len(sentence)):
        parts.append(sentence.format(day=1 + i % 28) + ("\n\n" if i % 5 == 4 else ""))
    path.write_text("".join(parts), encoding="utf-8")
    return path


def test_a_big_text_was_one_silent_step_of_the_progress(tmp_path):
    """Issue 17: progress per file only; a big text now says its stages, with the same result."""
    from timeline_app.core.story.pipeline import analyze

    path = _long_text(tmp_path / "long.txt")
    said: list[tuple[int, int, str]] = []
    result = load([path], workers=1, progress=lambda *step: said.append(step))
    messages = [m for done, total, m in said if done == 0 and m]
    assert len(messages) == 3, said
    assert "finding dates" in messages[0] and "placing" in messages[1]
    assert "building events" in messages[2]
    assert said[-1] == (1, 1, "long.txt")
    [analysis] = result.analyses
    quiet = analyze(analysis.article)  # the one-call path: the same mentions and events
    assert analysis.mentions == quiet.mentions and analysis.events == quiet.events
    assert len(analysis.mentions) > 2000


def test_a_big_text_could_not_be_cancelled_until_it_was_tagged(tmp_path):
    from timeline_app.core.story.pipeline import CancelledError

    path = _long_text(tmp_path / "long.txt")
    said: list[str] = []
    with pytest.raises(CancelledError):
        load([path], workers=1, progress=lambda done, total, m: said.append(m),
             cancelled=lambda: any("finding dates" in m for m in said))
    assert not any("placing" in m for m in said)  # stopped before the next stage
