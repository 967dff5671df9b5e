"""Which files a set of paths names: recursion, order, hidden and unknown files, loops."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timeline_app.core.ingest import discover


def _touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")


def _rel(paths: list[Path], root: Path) -> list[str]:
    return [p.relative_to(root).as_posix() for p in paths]


def test_folders_are_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    _touch(
        tmp_path,
        "b.txt", "a.html", "sub/z.json", "sub/deeper/y.jsonl", "c.HTM", "A_upper.txt",
        ".hidden.txt", ".git/config.txt", "notes.md", "image.png", "project.timeline",
    )  # fmt: skip
    found, problems = discover([tmp_path])
    # files the app does not read are reported (issue 17); hidden ones and its own are not
    assert sorted(Path(p.path).name for p in problems) == ["image.png", "notes.md"]
    assert _rel(found, tmp_path) == [
        "A_upper.txt", "a.html", "b.txt", "c.HTM", "sub/deeper/y.jsonl", "sub/z.json",
    ]  # fmt: skip
    assert discover([tmp_path])[0] == found  # deterministic


def test_explicit_unsupported_files_are_reported(tmp_path: Path) -> None:
    _touch(tmp_path, "report.pdf", "README", "ok.txt", "seeds.timeline")
    found, problems = discover(
        [
            tmp_path / "report.pdf",
            tmp_path / "README",
            tmp_path / "ok.txt",
            tmp_path / "seeds.timeline",
        ]
    )
    assert _rel(found, tmp_path) == ["ok.txt"]
    assert [(Path(p.path).name, p.message) for p in problems] == [
        ("report.pdf", "'.pdf' files are not supported (expected .txt, .html, .htm, .json or .jsonl)."),
        ("README", "Files without an extension are not supported (expected .txt, .html, .htm, .json or .jsonl)."),
    ]  # fmt: skip


def test_explicit_hidden_file_is_kept(tmp_path: Path) -> None:
    _touch(tmp_path, ".draft.txt")
    found, problems = discover([str(tmp_path / ".draft.txt")])
    assert _rel(found, tmp_path) == [".draft.txt"] and problems == []


def test_missing_path_is_reported(tmp_path: Path) -> None:
    found, problems = discover([tmp_path / "nope"])
    assert found == []
    assert problems[0].message == "No such file or folder."


def test_each_file_is_listed_once(tmp_path: Path) -> None:
    _touch(tmp_path, "a.txt", "sub/b.txt")
    found, _ = discover([tmp_path / "sub" / "b.txt", tmp_path, tmp_path / "a.txt"])
    assert _rel(found, tmp_path) == ["sub/b.txt", "a.txt"]


def test_symlink_loop_is_reported_not_fatal(tmp_path: Path) -> None:
    _touch(tmp_path, "root/a.txt", "root/sub/b.txt")
    os.symlink(tmp_path / "root", tmp_path / "root" / "sub" / "loop")
    found, problems = discover([tmp_path / "root"])
    assert _rel(found, tmp_path) == ["root/a.txt", "root/sub/b.txt"]
    assert len(problems) == 1
    assert "loop" in problems[0].message
    assert problems[0].path.endswith("loop")


def test_broken_link_inside_folder_is_reported(tmp_path: Path) -> None:
    _touch(tmp_path, "a.txt")
    os.symlink(tmp_path / "missing.txt", tmp_path / "dangling.txt")
    os.symlink(tmp_path / "missing.bin", tmp_path / "dangling.bin")
    found, problems = discover([tmp_path])
    assert _rel(found, tmp_path) == ["a.txt"]
    assert [Path(p.path).name for p in problems] == ["dangling.bin", "dangling.txt"]


def test_unreadable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _touch(tmp_path, "ok/a.txt", "locked/b.txt")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found, problems = discover([tmp_path])
    assert _rel(found, tmp_path) == ["ok/a.txt"]
    assert problems[0].message == "Permission denied: the folder cannot be read."
    assert problems[0].path == str(tmp_path / "locked")


def test_strings_and_paths_are_both_accepted(tmp_path: Path) -> None:
    _touch(tmp_path, "a.txt")
    assert discover([str(tmp_path)])[0] == discover([tmp_path])[0]


def test_pipes_are_reported_and_never_opened(tmp_path: Path) -> None:
    from timeline_app.core.ingest import read_file

    _touch(tmp_path, "a.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    found, problems = discover([tmp_path])
    assert _rel(found, tmp_path) == ["a.txt"]
    assert [(Path(p.path).name, p.message) for p in problems] == [
        ("pipe.txt", "Not a regular file (a pipe, socket or device); skipped.")
    ]
    assert discover([tmp_path / "pipe.txt"])[1][0].message.startswith("Not a regular file")
    articles, problems = read_file(tmp_path / "pipe.txt")  # would block forever if opened
    assert articles == [] and "Not a regular file" in problems[0].message


def test_link_to_itself_is_a_loop(tmp_path: Path) -> None:
    os.symlink(tmp_path / "self.txt", tmp_path / "self.txt")
    found, problems = discover([tmp_path])
    assert found == []
    assert problems[0].message == "Symbolic link loop: the link points back at itself."
