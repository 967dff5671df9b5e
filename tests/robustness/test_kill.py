"""Data safety: SIGKILL the app during a save, during an autosave and during a long load.

A child process keeps correcting and saving (``save_worker.py``) and says on stdout what it has
saved; the test kills it at chosen moments inside saves. Afterwards the project (or its autosave)
must open, and hold every correction the child had finished saving: the last complete save, or
the one being written if its rename had happened. Nothing half-written, ever.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline_app.core.storage.project import read_project, save_project
from timeline_app.core.storage.projectfiles import autosave_path, recovery_for

from . import save_worker

REPO = Path(__file__).resolve().parents[2]
WORKER = Path(save_worker.__file__)
# (step during whose save we kill, seconds to wait after "saving K" was printed)
KILLS = [(1, 0.0), (2, 0.03), (3, 0.08), (4, 0.15), (5, 0.25), (6, 0.0)]

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    return env


def _kill_during_save(mode: str, target: Path, step: int, delay: float) -> int:
    """Run the worker, kill it ``delay`` s into the save of ``step``; the last step it saved."""
    child = subprocess.Popen(
        [sys.executable, str(WORKER), mode, str(target), "30"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(),
    )  # fmt: skip
    assert child.stdout is not None
    saved = 0
    try:
        deadline = time.monotonic() + 120
        for line in child.stdout:
            if line.startswith("saved "):
                saved = int(line.split()[1])
            if line.strip() == f"saving {step}":
                time.sleep(delay)
                child.send_signal(signal.SIGKILL)
                break
            assert time.monotonic() < deadline, "the worker never reached the step"
        else:
            pytest.fail(f"worker ended early: {child.stderr.read() if child.stderr else ''}")
        rest, _ = child.communicate(timeout=30)  # what it printed before dying
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    for line in rest.splitlines():
        if line.startswith("saved "):
            saved = int(line.split()[1])
    assert child.returncode == -signal.SIGKILL
    return saved


def _check_saved(path: Path, saved: int) -> None:
    """``path`` holds the corrections of step ``saved`` or ``saved + 1``, complete."""
    if not path.exists():
        assert saved == 0, f"step {saved} was saved but {path.name} is gone"
        return
    project = read_project(path)  # never a half file: this must not raise
    step = int(project.settings["step"])
    assert step in (saved, saved + 1), (step, saved)
    assert project.corrections == save_worker.expected(step)
    assert [a.id for a in project.articles] == [a.id for a in save_worker.articles()]
    assert all(a.text for a in project.articles)


@pytest.mark.parametrize(("step", "delay"), KILLS, ids=[f"step{s}+{d}s" for s, d in KILLS])
def test_kill_during_save(tmp_path: Path, step: int, delay: float) -> None:
    target = tmp_path / "story.timeline"
    saved = _kill_during_save("save", target, step, delay)
    assert saved >= step - 1
    _check_saved(target, saved)
    # the next save after the crash works and the project opens with it
    again = read_project(target) if target.exists() else None
    if again is not None:
        save_project(target, again.articles, again.corrections, again.settings)
        assert read_project(target).corrections == again.corrections


@pytest.mark.parametrize(
    ("step", "delay"), KILLS[1:4], ids=[f"step{s}+{d}s" for s, d in KILLS[1:4]]
)
def test_kill_during_autosave(tmp_path: Path, step: int, delay: float) -> None:
    project = tmp_path / "story.timeline"
    base = save_worker.expected(0)
    save_project(project, save_worker.articles(), base, {"step": "0"})
    before = hashlib.sha256(project.read_bytes()).hexdigest()
    time.sleep(0.02)  # the sidecar must be newer than the project to be offered
    saved = _kill_during_save("autosave", project, step, delay)
    # the project itself was never touched
    assert hashlib.sha256(project.read_bytes()).hexdigest() == before
    assert read_project(project).corrections == base
    sidecar = autosave_path(project)
    _check_saved(sidecar, saved)
    assert recovery_for(project) == sidecar  # the window will offer what was autosaved


def _children(pid: int) -> list[int]:
    """The processes ``pid`` started (Linux /proc)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _pool_workers(child: subprocess.Popen, timeout: float = 30.0) -> list[int]:
    """The worker processes of ``child``'s load, once they exist and have had time to start."""
    deadline = time.monotonic() + timeout
    while child.poll() is None and time.monotonic() < deadline:
        workers = _children(child.pid)
        if workers:
            time.sleep(0.5)  # into the first batches
            return _children(child.pid)
        time.sleep(0.05)
    return []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def test_kill_during_a_long_load_leaves_project_and_output_alone(tmp_path: Path) -> None:
    """``export`` reads a project and a big folder; killed mid-load, nothing is written."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(400):
        (folder / f"s{i:04d}.txt").write_text(
            f"Story {i}\n\n" + "The council met on 12 March 2021 to vote on the plan, members "
            "said, and met again on Tuesday. " * 40,
            encoding="utf-8",
        )  # fmt: skip
    project = tmp_path / "story.timeline"
    save_project(project, save_worker.articles()[:3], save_worker.expected(2), {"step": "2"})
    before = hashlib.sha256(project.read_bytes()).hexdigest()
    out = tmp_path / "out.csv"
    child = subprocess.Popen(
        [sys.executable, "-m", "timeline_app", "export", str(folder), "--project", str(project),
         "--csv", str(out)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env(), cwd=tmp_path,
    )  # fmt: skip
    try:
        workers = _pool_workers(child)  # kill mid-load: once the pool is at work
        assert child.poll() is None, "the load ended before it could be killed: make it longer"
        assert workers, "the load runs in a pool of worker processes"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    deadline = time.monotonic() + 15
    while workers and time.monotonic() < deadline:  # the pool's workers follow their parent
        workers = [pid for pid in workers if _alive(pid)]
        time.sleep(0.2)
    assert workers == [], "pool workers outlived the killed load"
    assert hashlib.sha256(project.read_bytes()).hexdigest() == before
    assert read_project(project).corrections == save_worker.expected(2)
    assert not out.exists()  # the CSV is written whole at the end, or not at all
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.csv")]
    assert leftovers == []


def test_a_killed_save_leaves_at_most_a_temporary_beside_the_project(tmp_path: Path) -> None:
    """What a kill mid-save leaves on disk: the good project, at most one ``.saving`` file and
    its SQLite journal. They are never taken for the project (their names say what they are)."""
    target = tmp_path / "story.timeline"
    saved = _kill_during_save("save", target, 3, 0.05)
    _check_saved(target, saved)
    others = sorted(p.name for p in tmp_path.iterdir() if p != target)
    assert len(others) <= 2, others
    assert all(
        n.startswith(".story.timeline.") and n.endswith((".saving", ".saving-journal"))
        for n in others
    ), others
