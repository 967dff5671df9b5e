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
        "import sys, timeline_app.core.pipeline, timeline_app.core.export, "
        "timeline_app.core.document, timeline_app.core.corpus;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
