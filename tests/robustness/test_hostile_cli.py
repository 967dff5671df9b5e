"""The hostile corpus through the command line, as a user runs it, under the guard.

``python tests/robustness/guards.py -m timeline_app export ...`` in a subprocess: the exit code,
one clear stderr line per problem, the CSV still written, and no network, process or code.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.core.storage.export import COLUMNS
from timeline_app.core.story.pipeline import load

from .hostile import MARKER, build_corpus

GUARD = Path(__file__).with_name("guards.py")
REPO = Path(__file__).resolve().parents[2]
PREFIX = "timeline-app: "
CONTRACT_COLUMNS = COLUMNS[:17]

GOOD = (
    "Budget passes\n\nThe city council approved the new budget on 12 March 2021 after a debate "
    "that lasted most of the night, the mayor's office said.\n"
)


def run_cli(*args: str, cwd: Path, guard_log: Path | None = None, markers: str = "",
            canaries: str = "", timeout: float = 240) -> subprocess.CompletedProcess:  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMELINE_GUARD")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    if guard_log is not None:
        env.update(
            TIMELINE_GUARD_LOG=str(guard_log),
            TIMELINE_GUARD_MARKERS=markers,
            TIMELINE_GUARD_CANARIES=canaries,
        )
        command = [sys.executable, str(GUARD), "-m", "timeline_app", *args]
    else:
        command = [sys.executable, "-m", "timeline_app", *args]
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip


def read_csv(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture(scope="module")
def cli_run(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("hostile_cli")
    folder, cases, canary = build_corpus(root)
    out = root / "out.csv"
    log = root / "guard.log"
    done = run_cli("export", str(folder), "--csv", str(out), cwd=root, guard_log=log,
                   markers=MARKER, canaries=canary.name)  # fmt: skip
    expected = load([folder], workers=1)
    return folder, done, out, log, expected


def test_exit_status_is_success_when_some_articles_load(cli_run) -> None:
    _, done, *_ = cli_run
    assert done.returncode == 0, done.stderr[-2000:]


def test_one_clear_stderr_line_per_problem(cli_run) -> None:
    folder, done, _, _, expected = cli_run
    lines = done.stderr.splitlines()
    assert "Traceback" not in done.stderr
    assert all(line.startswith(PREFIX) for line in lines), lines
    assert len(lines) == len(expected.problems)
    for problem in expected.problems:
        matching = [ln for ln in lines if problem.path in ln and problem.message in ln]
        assert len(matching) == 1, (problem, lines)


def test_the_csv_is_still_written_with_the_good_articles(cli_run) -> None:
    _, done, out, _, expected = cli_run
    header, rows = read_csv(out)
    assert header[: len(CONTRACT_COLUMNS)] == CONTRACT_COLUMNS
    loaded_ids = {a.article.id for a in expected.analyses}
    assert {r["article_id"] for r in rows} <= loaded_ids
    assert "good" in {r["article_id"] for r in rows}
    assert len(rows) == sum(len(a.events) for a in expected.analyses)
    begins = [r["begin"] for r in rows]
    assert begins == sorted(begins)
    for row in rows:
        assert MARKER not in row["sentence"] and MARKER not in row["article_title"]


def test_the_guard_saw_nothing(cli_run) -> None:
    *_, log, _ = cli_run
    assert not log.exists() or log.read_text(encoding="utf-8") == ""


def test_only_bad_files_fail_clearly_and_write_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    out = tmp_path / "out.csv"
    done = run_cli("export", str(tmp_path), "--csv", str(out), cwd=tmp_path)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert all(line.startswith(PREFIX) for line in lines), lines
    assert sum("empty.txt" in ln for ln in lines) == 1
    assert sum("binary.txt" in ln for ln in lines) == 1
    assert "error" in lines[-1] and "Traceback" not in done.stderr
    assert not out.exists()


def test_bad_usage_is_exit_2_on_one_line(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    for args in (
        ["export", str(tmp_path)],  # nothing to export
        ["export", str(tmp_path), "--csv", "o.csv", "--anchor", "good=2023-13-45"],
        ["export", str(tmp_path), "--csv", "o.csv", "--anchor", "nobody=2023-01-01"],
        ["export", str(tmp_path), "--csv", "o.csv", "--width", "-5"],
        ["frobnicate"],
        ["tag", "--anchor", "yesterday"],
    ):
        done = run_cli(*args, cwd=tmp_path)
        assert done.returncode == 2, (args, done.stderr)
        assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith(PREFIX), done.stderr


def test_an_unwritable_output_is_one_error_line(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "no" / "such" / "folder" / "out.csv"
    done = run_cli("export", str(tmp_path / "good.txt"), "--csv", str(out), cwd=tmp_path)
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith(PREFIX), done.stderr


def test_a_file_name_that_is_not_utf8_does_not_sink_the_export(tmp_path: Path) -> None:
    """B4: an article saved under a Latin-1 file name made the whole export fail."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "w", encoding="utf-8") as fh:
        fh.write(GOOD.replace("budget", "plan"))
    out = tmp_path / "out.csv"
    done = run_cli("export", str(folder), "--csv", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    _, rows = read_csv(out)
    assert len({r["article_id"] for r in rows}) == 2


def test_a_file_name_with_a_line_break_stays_on_one_line(tmp_path: Path) -> None:
    """B5: the problem of a file named ``evil\\nname.txt`` was printed over two lines."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "evil\nname.txt").write_bytes(b"")
    out = tmp_path / "out.csv"
    done = run_cli("export", str(folder), "--csv", str(out), cwd=tmp_path)
    assert done.returncode == 0
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(PREFIX), lines
    assert "name.txt" in lines[0]


def test_the_anchor_report_on_the_hostile_folder(cli_run, tmp_path: Path) -> None:
    """``anchors --json``: one valid object per loaded article, problems on stderr as for export."""
    import json

    folder, _, _, _, expected = cli_run
    done = run_cli("anchors", str(folder), "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert sorted(r["article_id"] for r in report) == sorted(
        a.article.id for a in expected.analyses
    )
    for row in report:
        assert row["anchor_source"] in ("detected", "manual", "suggested", "estimated", "none")
        assert isinstance(row["problems"], list)
    lines = done.stderr.splitlines()
    assert len(lines) == len(expected.problems) and all(ln.startswith(PREFIX) for ln in lines)
