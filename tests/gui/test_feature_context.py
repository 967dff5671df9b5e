"""Features are given what they use and never grow the main window by setting attributes on it."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

import timeline_app.gui as gui_package
from timeline_app.gui.main_window import MainWindow

GUI = Path(gui_package.__file__).parent
WINDOW_NAMES = {"window", "win", "w", "main_window", "host"}


def _window_target(node: ast.expr) -> bool:
    """``window.x`` or ``self.window.x`` / ``self.host.x`` (``x`` set on the main window)."""
    if not isinstance(node, ast.Attribute):
        return False
    owner = node.value
    if isinstance(owner, ast.Name):
        return owner.id in WINDOW_NAMES
    return (
        isinstance(owner, ast.Attribute)
        and isinstance(owner.value, ast.Name)
        and owner.value.id == "self"
        and owner.attr in WINDOW_NAMES
    )


def _offences(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "setattr"
            and node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id in WINDOW_NAMES
        ):
            found.append(f"line {node.lineno}: setattr({node.args[0].id}, …)")
        for t in targets:
            if _window_target(t):
                found.append(f"line {node.lineno}: {ast.unparse(t)} = …")
    return found


def test_the_check_finds_what_it_looks_for():
    bad = "def f(window):\n    window.panel = 1\n    self.window.x += 2\n    setattr(w, 'y', 3)\n"
    assert len(_offences(bad)) == 3
    good = "def f(ctx):\n    panel = ctx.document\n    self.window = ctx.host\n"
    assert _offences(good) == []


def test_no_feature_module_sets_attributes_on_the_window():
    offences = {}
    for path in sorted(GUI.rglob("*.py")):
        if path.name == "main_window.py":
            continue
        found = _offences(path.read_text(encoding="utf-8"))
        if found:
            offences[str(path.relative_to(GUI))] = found
    assert offences == {}


class _Probe(MainWindow):
    """A main window that records who sets its attributes."""

    def __setattr__(self, name: str, value: object) -> None:
        module = sys._getframe(1).f_globals.get("__name__", "")
        if module not in ("timeline_app.gui.main_window", __name__):
            type(self).strangers.append((module, name))
        super().__setattr__(name, value)


def test_only_the_window_sets_its_attributes_while_every_feature_runs(qtbot, tmp_path):
    _Probe.strangers = []
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = _Probe(settings=settings, workers=1)
    qtbot.addWidget(window)
    window.window_menus.help.guide.trigger()  # features that act later, too
    window.theme_actions["system"].trigger()
    window.project_io.ask_unsaved = lambda: "discard"  # (a test's own stub is allowed)
    assert window.help_page is not None and window.help_page.isVisible()
    assert window.sources_panel is window.docks["sources"].widget()
    assert window.corrections_ui.document is window.document
    assert _Probe.strangers == []
