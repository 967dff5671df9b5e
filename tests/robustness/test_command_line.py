"""The command line at its edges: version, help, progress, standard output, titles, bad lines.

Each test is named after what was broken before (issue 17); see docs/robustness-bugs.md (B13).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app import __version__
from timeline_app.cli import _build_parser, main
from timeline_app.core.storage.export import COLUMNS

REPO = Path(__file__).resolve().parents[2]
GOOD = (
    "Budget passes\n\nThe city council approved the new budget on 12 March 2021 after a debate "
    "that lasted most of the night, the mayor's office said.\n"
)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "budget-story"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def _run(capsys, monkeypatch, argv, stdin=""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    return env


def test_there_was_no_version_option(capsys, monkeypatch):
    code, out, err = _run(capsys, monkeypatch, ["--version"])
    assert code == 0, err
    assert out.strip() == f"timeline-app {__version__}"


def _options(parser: argparse.ArgumentParser, path: str = ""):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _options(sub, f"{path} {name}")
        elif not isinstance(action, argparse._HelpAction):
            yield f"{path} {'/'.join(action.option_strings) or action.dest}", action


def test_options_had_no_help_text():
    missing = [name for name, action in _options(_build_parser())
               if not action.help or action.help == argparse.SUPPRESS]  # fmt: skip
    assert missing == []


def test_csv_dash_made_a_file_named_dash(story, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(capsys, monkeypatch, ["export", str(story), "--csv", "-"])
    assert code == 0, err
    assert not (tmp_path / "-").exists()
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == COLUMNS
    assert [r["value"] for r in rows] == ["2021-03-12"]


def test_json_dash_made_a_file_named_dash(story, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(capsys, monkeypatch, ["export", str(story), "--json", "-"])
    assert code == 0, err
    assert not (tmp_path / "-").exists()
    assert [r["begin"] for r in json.loads(out)] == ["2021-03-12"]


def test_csv_and_json_cannot_both_take_standard_output(story, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(capsys, monkeypatch, ["export", str(story), "--csv", "-", "--json", "-"])
    assert code == 2 and "standard output" in err


def _export_on_a_terminal(story: Path, *extra: str) -> tuple[str, str]:
    """``export --csv -`` with stderr on a pseudo-terminal (where a progress bar belongs)."""
    many = story.parent / "many"
    many.mkdir(exist_ok=True)
    for i in range(12):
        (many / f"a{i:02d}.txt").write_text(GOOD, encoding="utf-8")
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "timeline_app", "export", str(many), "--csv", "-", *extra],
        stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL, env=_env(),
    )  # fmt: skip
    os.close(slave)
    err = b""
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        err += chunk
    out = proc.stdout.read()
    proc.stdout.close()
    proc.wait(timeout=120)
    os.close(master)
    assert proc.returncode == 0, err
    return out.decode("utf-8"), err.decode("utf-8", "replace")


def test_there_was_no_progress_on_a_terminal(story):
    out, err = _export_on_a_terminal(story)
    assert "Loading" in err and "/12 " in err
    assert out.startswith("event_id,") and "Loading" not in out
    assert len(list(csv.DictReader(io.StringIO(out)))) == 12


def test_quiet_silences_the_progress(story):
    out, err = _export_on_a_terminal(story, "--quiet")
    assert "Loading" not in err
    assert len(list(csv.DictReader(io.StringIO(out)))) == 12


def test_progress_never_reaches_a_log_that_is_not_a_terminal(story):
    proc = subprocess.run(
        [sys.executable, "-m", "timeline_app", "export", str(story), "--csv", "-"],
        capture_output=True, text=True, env=_env(), timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""


def test_export_had_no_title_option(story, tmp_path, capsys, monkeypatch):
    out = tmp_path / "tl.json"
    code, _, err = _run(capsys, monkeypatch, ["export", str(story), "--timelinejs", str(out),
                                              "--title", "Budget <night>"])  # fmt: skip
    assert code == 0, err
    assert json.loads(out.read_text())["title"]["text"]["headline"] == "Budget &lt;night&gt;"
    code, _, err = _run(capsys, monkeypatch, ["export", str(story), "--timelinejs", str(out)])
    assert code == 0, err
    assert json.loads(out.read_text())["title"]["text"]["headline"] == "budget-story"


def test_svg_had_no_title_option(qapp, story, tmp_path, capsys, monkeypatch):
    pytest.importorskip("PySide6.QtSvg")
    svg = tmp_path / "t.svg"
    code, _, err = _run(capsys, monkeypatch, ["export", str(story), "--svg", str(svg),
                                              "--title", "Budget night"])  # fmt: skip
    assert code == 0, err
    assert "<title>Budget night</title>" in svg.read_text(encoding="utf-8")


def _tag_jsonl(lines: list[bytes]) -> list[dict]:
    proc = subprocess.run(
        [sys.executable, "-m", "timeline_app", "tag", "--jsonl", "--anchor", "2021-02-10"],
        input=b"\n".join(lines) + b"\n", capture_output=True, env=_env(), timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]


def test_tag_jsonl_stopped_at_a_surrogate_id():
    rows = _tag_jsonl([
        b'{"id": "\\ud800", "text": "We met yesterday."}',
        b'{"id": "b", "text": "We met yesterday."}',
    ])  # fmt: skip
    assert [r["id"] for r in rows] == ["\ud800", "b"]
    assert rows[0]["mentions"][0]["value"] == rows[1]["mentions"][0]["value"] == "2021-02-09"


def test_tag_jsonl_stopped_at_bytes_that_are_not_utf8():
    rows = _tag_jsonl([
        b'{"id": "a", "text": "caf\xe9 yesterday"}',
        b'{"id": "b", "text": "We met yesterday."}',
    ])  # fmt: skip
    assert rows[0]["mentions"] == [] and "UTF-8" in rows[0]["error"]
    assert rows[1]["id"] == "b" and rows[1]["mentions"][0]["value"] == "2021-02-09"


def test_tag_jsonl_stopped_at_any_exception_in_one_record(capsys, monkeypatch):
    import timeline_app.cli as cli

    real = cli._tag_one

    def flaky(text, anchor, prefer, lang=None):
        if "boom" in text:
            raise RuntimeError("tagger broke")
        return real(text, anchor, prefer, lang)

    monkeypatch.setattr(cli, "_tag_one", flaky)
    lines = [json.dumps({"id": "a", "text": "boom"}), json.dumps({"id": "b", "text": "today"})]
    code, out, err = _run(capsys, monkeypatch, ["tag", "--jsonl", "--anchor", "2021-02-10"],
                          "\n".join(lines) + "\n")  # fmt: skip
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0]["id"] == "a" and "tagger broke" in rows[0]["error"]
    assert rows[1]["mentions"][0]["value"] == "2021-02-10"
