"""The packaged app: PyInstaller builds the one-folder app, and the built binary works alone.

Built once per session into a temporary folder with ``packaging/build.sh`` (the same script a
release uses); then the binary is run from another folder with a clean environment: it exports
the seeds to CSV headless, exports the bundled seed project with its manual corrections, tags
text from stdin, and starts the window (offscreen) without dying.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import REPO, check_seed_export, clean_env

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the test builds for Linux"),
]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="PyInstaller comes with the test extra")
    root = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    done = subprocess.run(
        ["bash", str(REPO / "packaging" / "build.sh"), str(root / "dist"), str(root / "work")],
        capture_output=True, text=True, timeout=900, cwd=REPO, stdin=subprocess.DEVNULL,
        env=clean_env(PYTHON=sys.executable),
    )  # fmt: skip
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr[-4000:]
    binary = root / "dist" / "timeline-app" / "timeline-app"
    assert binary.is_file()
    print(f"\nPyInstaller build: {elapsed:.0f} s, {_size_mb(binary.parent):.0f} MB")
    shutil.rmtree(root / "work", ignore_errors=True)  # keep the disk light
    return binary


def _size_mb(folder: Path) -> float:
    """Bytes on disk, each file once (PyInstaller links some libraries into the top folder)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_symlink()) / 1e6


def _run(binary: Path, *args: str, cwd: Path, stdin: str | None = None, timeout: float = 300):
    return subprocess.run(
        [str(binary), *args], capture_output=True, text=True, timeout=timeout, cwd=cwd,
        input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL, env=clean_env(),
    )  # fmt: skip


def _bundled(binary: Path) -> Path:
    [seeds] = list(binary.parent.rglob("timeline_app/seeds"))
    return seeds


def test_the_bundle_is_lean(app: Path) -> None:
    folder = app.parent
    names = {p.name for p in folder.rglob("*")}
    for unwanted in ("tkinter", "_tkinter", "QtWebEngineCore", "libQt6WebEngineCore.so.6",
                     "libQt6Quick.so.6", "libQt6Qml.so.6", "pytest", "hypothesis", "botocore",
                     "pyarrow", "dask"):  # fmt: skip
        assert not any(n == unwanted or n.startswith(unwanted + ".") for n in names), unwanted
    assert _size_mb(folder) < 350


def test_the_bundle_carries_every_resource(app: Path) -> None:
    internal = _bundled(app).parent
    for relative in ("resources/rules/en/rules.txt", "resources/rules/en/months.txt",
                     "resources/icons/app/timeline-app.svg", "seeds/seeds.timeline",
                     "seeds/000_5f84da57c26851d4.txt"):  # fmt: skip
        assert (internal / relative).is_file(), relative
    expected = {p.relative_to(REPO / "resources") for p in (REPO / "resources").rglob("*")
                if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".py"}  # fmt: skip
    bundled = {p.relative_to(internal / "resources") for p in (internal / "resources").rglob("*")
               if p.is_file()}  # fmt: skip
    assert expected <= bundled


def test_the_bundle_carries_the_native_sentence_segmenter(app: Path) -> None:
    """blingfire loads its library with ctypes: the spec must bring it, or syntok stands in."""
    import importlib.util

    if importlib.util.find_spec("blingfire") is None:
        pytest.skip("blingfire is not installed")
    assert list(app.parent.rglob("blingfire/libblingfiretokdll.so"))
    assert not list(app.parent.rglob("blingfire/*.bin"))  # its tokenizer models stay out


def test_the_built_binary_exports_the_seeds(app: Path, tmp_path: Path) -> None:
    """``timeline-app export seeds/ --csv out.csv`` from a folder that is not the checkout."""
    shutil.copytree(REPO / "seeds", tmp_path / "seeds", ignore=shutil.ignore_patterns("*.py*"))
    done = _run(app, "export", "seeds/", "--csv", "out.csv", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    check_seed_export(tmp_path / "out.csv", manual=False)
    # the same CSV, byte for byte, as the app run from Python: same rules, same segmenter
    reference = subprocess.run(
        [sys.executable, "-m", "timeline_app", "export", "seeds/", "--csv", "ref.csv"],
        capture_output=True, text=True, timeout=300, cwd=tmp_path, stdin=subprocess.DEVNULL,
        env={**clean_env(), "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert reference.returncode == 0, reference.stderr
    frozen = (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert frozen == (tmp_path / "ref.csv").read_text(encoding="utf-8")


def test_the_built_binary_opens_the_bundled_seed_project(app: Path, tmp_path: Path) -> None:
    project = _bundled(app) / "seeds.timeline"
    done = _run(app, "export", str(project), "--csv", "out.csv", "--json", "out.json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    check_seed_export(tmp_path / "out.csv", manual=True)
    rows = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert len(rows) >= 10


def test_the_built_binary_tags_stdin(app: Path, tmp_path: Path) -> None:
    done = _run(app, "tag", "--anchor", "2023-10-18T23:30:00-05:00", cwd=tmp_path,
                stdin="The leaders met on Wednesday and will meet again next week.")  # fmt: skip
    assert done.returncode == 0, done.stderr
    values = [m["value"] for m in json.loads(done.stdout)["mentions"]]
    assert "2023-10-18" in values and "2023-W43" in values


def test_the_built_binary_reports_bad_files_and_goes_on(app: Path, tmp_path: Path) -> None:
    shutil.copy(REPO / "seeds" / "003_629714076ce80f21.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.html").write_bytes(bytes(range(256)) * 8)
    done = _run(app, "export", str(tmp_path), "--csv", "out.csv", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 2 and all(ln.startswith("timeline-app: ") for ln in lines), lines
    assert (tmp_path / "out.csv").stat().st_size > 0


def test_the_built_app_starts_its_window(app: Path, tmp_path: Path) -> None:
    """No arguments: the window on the bundled seed project; it must still be up after 8 s."""
    child = subprocess.Popen(
        [str(app)], cwd=tmp_path, env=clean_env(HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        time.sleep(8)
        alive = child.poll() is None
    finally:
        child.terminate()
        try:
            _, err = child.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            child.kill()
            _, err = child.communicate()
    assert alive, f"the window died at start (exit {child.returncode}): {err[-3000:]}"
    assert "Traceback" not in err and "ModuleNotFoundError" not in err, err[-3000:]
