"""Hostile and broken files through ``pipeline.load``: each gets a clear message, the rest loads.

The corpus (``hostile.py``) holds empty, binary, truncated, mis-encoded, UTF-16, script-laden,
wrongly-shaped JSON, looping and unreadable entries next to one good article. The load runs under
the audit-hook guard: no network, no process, no input compiled as code, no file the input
points at opened.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timeline_app.core.ingest import read_file
from timeline_app.core.story.pipeline import LoadResult, load

from .guards import guarded
from .hostile import MARKER, SECRET, Case, build_corpus


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("hostile")
    folder, cases, canary = build_corpus(root)
    with guarded(markers=(MARKER,), canaries=(canary.name,)) as violations:
        result = load([folder], workers=1)
    return folder, cases, result, violations


def _of(result: LoadResult, name: str):
    analyses = [a for a in result.analyses if Path(a.article.path).name == name]
    problems = [p for p in result.problems if name in Path(p.path).parts]
    return analyses, problems


def _cases() -> list[Case]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return build_corpus(Path(tmp))[1]


def test_the_load_ends_and_the_good_article_is_there(loaded) -> None:
    _, _, result, _ = loaded
    good, problems = _of(result, "good.txt")
    assert problems == []
    assert len(good) == 1 and "12 March 2021" in good[0].article.text
    assert [e.mention.value for e in good[0].events] == ["2021-03-12"]


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c.name)
def test_each_hostile_file_is_loaded_or_refused_clearly(loaded, case: Case) -> None:
    _, _, result, _ = loaded
    analyses, problems = _of(result, case.name)
    if case.expect == "problem":
        assert analyses == [], f"{case.name} should not load"
        assert problems, f"{case.name} should be reported"
        assert case.message.lower() in " ".join(p.message for p in problems).lower()
    else:
        texts = [a.article.text for a in analyses]
        assert any(case.text in t for t in texts), (case.name, [t[:80] for t in texts], problems)
        for piece in case.absent:
            for a in analyses:
                assert piece not in a.article.text and piece not in a.article.title, piece
    if case.problems is not None:
        assert len(problems) == case.problems, [p.message for p in problems]


def test_every_problem_is_one_clear_line(loaded) -> None:
    _, _, result, _ = loaded
    assert result.problems
    for problem in result.problems:
        message = problem.message
        assert message and "\n" not in message and len(message) < 300, message
        assert "Traceback" not in message and 'File "' not in message, message
        assert Path(problem.path).name, problem


def test_no_network_no_process_no_code_from_input(loaded) -> None:
    *_, violations = loaded
    assert violations == []
    assert not Path(f"/tmp/{MARKER}").exists()


def test_hostile_html_keeps_its_text_and_nothing_else(loaded) -> None:
    _, _, result, _ = loaded
    [page], _ = _of(result, "hostile.html")
    text = page.article.text
    assert "On 8 September 2015 the flood barrier closed" in text
    assert "June 2014" in text
    for piece in (MARKER, SECRET, "<script", "javascript:", "198.51.100.7", "iframe"):
        assert piece not in text, piece
    assert page.article.title == "Flood barrier closes"


def test_the_same_files_load_the_same_way_twice(loaded) -> None:
    folder, _, first, _ = loaded
    again = load([folder], workers=1)
    assert [a.article.id for a in again.analyses] == [a.article.id for a in first.analyses]
    assert [a.article.text for a in again.analyses] == [a.article.text for a in first.analyses]
    assert again.problems == first.problems


def test_the_process_pool_gives_the_same_result(loaded) -> None:
    folder, _, first, _ = loaded
    pooled = load([folder], workers=2)
    assert [a.article.id for a in pooled.analyses] == [a.article.id for a in first.analyses]
    assert sorted(map(str, pooled.problems)) == sorted(map(str, first.problems))


# -- unreadable entries named one by one ---------------------------------------------------------


def test_unreadable_things_named_explicitly(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(
        "Budget passes\n\nThe city council approved the new budget on 12 March 2021 after a "
        "debate that lasted most of the night.\n",
        encoding="utf-8",
    )
    folder_txt = tmp_path / "folder.txt"
    folder_txt.mkdir()
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4 nothing")
    missing = tmp_path / "missing.txt"
    result = load([fifo, pdf, missing, folder_txt, good], workers=1)
    assert [a.article.id for a in result.analyses] == ["good"]
    messages = {Path(p.path).name: p.message for p in result.problems}
    assert "regular file" in messages["pipe.txt"]
    assert "not supported" in messages["report.pdf"]
    assert "No such file" in messages["missing.txt"]
    # a folder named like an article is read as the (empty) folder it is
    assert "folder.txt" not in messages
    # and read_file, handed that folder, says what it is instead of crashing
    articles, problems = read_file(folder_txt)
    assert articles == [] and "folder" in problems[0].message


def test_permission_denied_on_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root chmod does not stop reads, so opening the file is made to fail as it would."""
    for name in ("a.txt", "locked.txt", "z.txt"):
        (tmp_path / name).write_text(
            f"Story {name}\n\nThe city council approved the new budget on 12 March 2021 after "
            "a debate that lasted most of the night.\n",
            encoding="utf-8",
        )
    real_open = Path.open

    def guarded_open(self: Path, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    result = load([tmp_path], workers=1)
    assert [a.article.id for a in result.analyses] == ["a", "z"]
    [problem] = result.problems
    assert Path(problem.path).name == "locked.txt"
    assert "Permission denied" in problem.message


def test_permission_denied_on_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "open").mkdir()
    (tmp_path / "closed").mkdir()
    for folder in ("open", "closed"):
        (tmp_path / folder / "story.txt").write_text(
            "Story\n\nThe city council approved the new budget on 12 March 2021 after a debate "
            "that lasted most of the night.\n",
            encoding="utf-8",
        )
    real_scandir = os.scandir

    def guarded_scandir(path=".", *args):
        if Path(path).name == "closed":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path, *args)

    monkeypatch.setattr(os, "scandir", guarded_scandir)
    result = load([tmp_path], workers=1)
    assert [Path(a.article.path).parent.name for a in result.analyses] == ["open"]
    [problem] = result.problems
    assert Path(problem.path).name == "closed" and "Permission denied" in problem.message


def test_read_errors_after_open_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """An I/O error while reading (a bad disk, a vanished network share) is one problem."""
    path = tmp_path / "eio.txt"
    path.write_text("x" * 100, encoding="utf-8")
    real_open = Path.open

    class Failing:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def read(self, *args):
            raise OSError(5, "Input/output error")

    monkeypatch.setattr(
        Path, "open", lambda self, *a, **k: Failing() if self == path else real_open(self, *a, **k)
    )
    articles, problems = read_file(path)
    assert articles == []
    assert "Input/output error" in problems[0].message
