"""Starting the app: names for QSettings, the theme following the system scheme, run()."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from timeline_app.core.resources import seeds_dir
from timeline_app.gui import app as app_module
from timeline_app.gui.main_window import MainWindow
from timeline_app.gui.palette import is_dark
from timeline_app.gui.theme import apply_theme


@pytest.fixture
def tmp_settings(tmp_path):
    """Send the default QSettings to a temporary INI file, and app data to test locations."""
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    yield tmp_path
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    QStandardPaths.setTestModeEnabled(False)


def test_theme_light_and_dark(restore_look):
    apply_theme(restore_look, dark=True)
    assert is_dark(restore_look.palette())
    assert "readerTitle" in restore_look.styleSheet()
    apply_theme(restore_look, dark=False)
    assert not is_dark(restore_look.palette())
    assert restore_look.palette().color(QPalette.ColorRole.Base).lightness() > 200


def test_theme_follows_the_system_scheme(restore_look):
    app_module.create_application()
    restore_look.styleHints().setColorScheme(Qt.ColorScheme.Dark)
    if restore_look.styleHints().colorScheme() != Qt.ColorScheme.Dark:
        pytest.skip("this platform does not let the colour scheme be set")
    assert is_dark(restore_look.palette())
    restore_look.styleHints().setColorScheme(Qt.ColorScheme.Light)
    assert not is_dark(restore_look.palette())


def test_run_opens_the_seeds_by_default(qtbot, restore_look, tmp_settings, monkeypatch):
    """``run`` up to its event loop, which is replaced: a nested exec/quit upsets later tests."""
    seen: dict = {}
    before = {id(w) for w in QApplication.topLevelWidgets()}  # windows other tests left

    def fake_exec(app) -> int:
        window = next(
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and id(w) not in before
        )
        qtbot.waitUntil(lambda: bool(window.document.timeline.analyses), timeout=60_000)
        seen["articles"] = len(window.document.timeline.analyses)
        seen["settings"] = window.settings.fileName()
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.default_paths() == [str(seeds_dir() / "seeds.timeline")]
    assert app_module.run(None) == 0
    assert seen["articles"] == 5
    assert QApplication.organizationName() == "timeline_app"
    assert seen["settings"].startswith(str(tmp_settings))


def test_the_chosen_theme_is_used_at_the_next_start(restore_look, tmp_settings):
    QSettings().setValue("view/theme", "dark")
    app_module.create_application()
    assert is_dark(restore_look.palette())
    QSettings().setValue("view/theme", "light")
    app_module.create_application()
    assert not is_dark(restore_look.palette())
