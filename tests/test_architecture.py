"""The house rules that a tool can check: core stays free of Qt and of the GUI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import timeline_app

PACKAGE = Path(timeline_app.__file__).parent
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "qtpy", "shiboken6", "timeline_app.gui", "timeline_app.cli")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_core_never_imports_qt_or_gui():
    offenders = {
        str(path.relative_to(PACKAGE)): name
        for path in (PACKAGE / "core").rglob("*.py")
        for name in _imports(path)
        if name.startswith(FORBIDDEN)
    }
    assert offenders == {}


def test_importing_the_core_loads_no_qt():
    code = (
        "import sys, timeline_app.core.story.pipeline, timeline_app.core.storage.export, "
        "timeline_app.core.story.document, timeline_app.core.story.headless;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


ROOT = PACKAGE.parent
PYPROJECT = ROOT / "pyproject.toml"


def _lint(config: Path) -> int:
    from importlinter.cli import lint_imports

    return lint_imports(config_filename=str(config), no_cache=True, no_logo=True)


def test_import_contracts_hold():
    """The import-linter contracts in pyproject.toml: no Qt in core, stages import downward."""
    assert _lint(PYPROJECT) == 0


def test_import_contracts_can_fail(tmp_path):
    """The layers contract is live: turned upside down, it must report broken imports."""
    text = PYPROJECT.read_text(encoding="utf-8")
    start = text.index("layers = [")
    end = text.index("]", start)
    layers = [line.strip().strip(",") for line in text[start:end].splitlines()[1:] if line.strip()]
    upside_down = "layers = [\n" + "".join(f"    {layer},\n" for layer in reversed(layers))
    (tmp_path / "pyproject.toml").write_text(text[:start] + upside_down + text[end:], encoding="utf-8")
    assert _lint(tmp_path / "pyproject.toml") == 1
