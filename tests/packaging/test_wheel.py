"""``pip install .`` from a fresh clone gives a working ``timeline-app`` with every resource file.

The wheel is built from a clone of the committed tree (``git clone``), so files that exist only in
this working copy cannot hide a missing package-data rule. It is installed into a new virtual
environment that reuses the dependencies installed where the tests run (no network) and is run
from a folder outside the checkout, on the seeds found through the installed package.

Where the tests run may itself be a virtual environment (the README's ``pip install -e
".[test]"`` in a fresh venv): ``venv --system-site-packages`` would then reach the base
interpreter's packages, not the ones installed beside pytest ("No module named 'syntok'"), so the
new environment is also pointed at this interpreter's site-packages (:func:`_see_our_packages`).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import REPO, check_seed_export, clean_env

pytestmark = pytest.mark.slow

BIN = "Scripts" if sys.platform == "win32" else "bin"


def _run(*args: str, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        list(args), capture_output=True, text=True, timeout=timeout, cwd=cwd,
        stdin=subprocess.DEVNULL, env=clean_env(),
    )  # fmt: skip


def _fresh_source(dest: Path) -> Path:
    """A clone of the committed tree, or a plain copy where this is not a git checkout."""
    if shutil.which("git") and (REPO / ".git").exists():
        done = _run("git", "clone", "--quiet", "--no-hardlinks", str(REPO), str(dest), cwd=REPO)
        if done.returncode == 0:
            return dest
    ignore = shutil.ignore_patterns(
        ".git", "build", "dist", "*.egg-info", "__pycache__", ".*_cache"
    )
    shutil.copytree(REPO, dest, ignore=ignore)
    return dest


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("wheel")
    source = _fresh_source(root / "src")
    out = root / "wheels"
    done = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out),
                str(source), cwd=root)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    [built] = out.glob("timeline_app-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("venv")
    env_dir = root / "env"
    done = _run(sys.executable, "-m", "venv", "--system-site-packages", str(env_dir), cwd=root)
    assert done.returncode == 0, done.stderr
    python = env_dir / BIN / "python"
    _see_our_packages(python)
    done = _run(str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                str(wheel), cwd=root)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return env_dir


def our_site_packages() -> list[str]:
    """The folders this interpreter's installed packages are in (a venv's and its base's)."""
    import site
    import sysconfig

    paths = [sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    paths += site.getsitepackages()
    if site.ENABLE_USER_SITE and site.getusersitepackages():
        paths.append(site.getusersitepackages())
    kept: list[str] = []
    for path in paths:  # never the checkout itself: the installed wheel is under test
        if path not in kept and Path(path).is_dir() and not Path(path).resolve().is_relative_to(
            REPO.resolve()
        ):
            kept.append(path)
    return kept


def _see_our_packages(python: Path) -> None:
    """A ``.pth`` in the new environment listing :func:`our_site_packages`, after its own.

    Plain folder lines: the ``.pth`` files inside those folders (this checkout's editable
    install among them) are not run, so ``timeline_app`` still comes from the wheel.
    """
    done = _run(str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                cwd=python.parent)  # fmt: skip
    assert done.returncode == 0, done.stderr
    pth = Path(done.stdout.strip()) / "timeline_test_dependencies.pth"
    pth.write_text("\n".join(our_site_packages()) + "\n", encoding="utf-8")


def _tracked(folder: str) -> set[str]:
    done = _run("git", "ls-files", folder, cwd=REPO)
    if done.returncode != 0 or not done.stdout.strip():
        return {p.relative_to(REPO).as_posix() for p in (REPO / folder).rglob("*") if p.is_file()}
    return set(done.stdout.split())


def test_the_wheel_holds_every_resource_seed_and_rule(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder, package in (
        ("resources", "timeline_app/resources"),
        ("seeds", "timeline_app/seeds"),
    ):
        tracked = _tracked(folder)
        assert tracked, folder
        for path in tracked:
            inside = package + path[len(folder) :]
            assert inside in names, f"{path} is not in the wheel (as {inside})"
    assert "timeline_app/seeds/seeds.timeline" in names
    assert "timeline_app/resources/rules/en/rules.txt" in names
    assert "timeline_app/resources/icons/app/timeline-app.svg" in names
    assert not any("__pycache__" in n or n.startswith(("tests/", "bench/")) for n in names)


def test_the_installed_package_is_the_wheel_not_the_checkout(venv: Path, tmp_path: Path) -> None:
    code = (
        "import timeline_app, json; from timeline_app.core.resources import resource, seeds_dir;"
        "print(json.dumps([timeline_app.__file__, str(resource('rules', 'en', 'rules.txt')),"
        " str(seeds_dir()), resource('icons', 'app', 'timeline-app.svg').is_file()]))"
    )
    done = _run(str(venv / BIN / "python"), "-c", code, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    package, rules, seeds, icon = __import__("json").loads(done.stdout)
    for path in (package, rules, seeds):
        assert Path(path).resolve().is_relative_to(venv.resolve()), path
    assert icon


def _installed_seeds(venv: Path, cwd: Path) -> Path:
    done = _run(str(venv / BIN / "python"), "-c",
                "from timeline_app.core.resources import seeds_dir; print(seeds_dir())", cwd=cwd)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return Path(done.stdout.strip())


def test_timeline_app_exports_the_installed_seeds(venv: Path, tmp_path: Path) -> None:
    seeds = _installed_seeds(venv, tmp_path)
    assert not seeds.resolve().is_relative_to(REPO.resolve())
    done = _run(str(venv / BIN / "timeline-app"), "export", str(seeds), "--csv", "out.csv",
                cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    check_seed_export(tmp_path / "out.csv", manual=False)


def test_timeline_app_exports_the_installed_seed_project(venv: Path, tmp_path: Path) -> None:
    project = _installed_seeds(venv, tmp_path) / "seeds.timeline"
    done = _run(str(venv / BIN / "timeline-app"), "export", str(project), "--csv", "out.csv",
                cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    check_seed_export(tmp_path / "out.csv", manual=True)
