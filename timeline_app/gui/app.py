"""Starting the desktop app: the QApplication, its look, the main window, the first load."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from timeline_app import __version__
from timeline_app.core.resources import seeds_dir
from timeline_app.gui import icons
from timeline_app.gui.theme import follow_system_scheme, set_theme_mode
from timeline_app.gui.timeline.theme import register_fonts

__all__ = ["archive_table", "create_application", "default_paths", "missing_display", "run"]

_NEEDS = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY"}


def missing_display(env: Mapping[str, str] | None = None, platform: str = sys.platform) -> str:
    """Why no window can open here ("" when one can), checked before Qt, which would abort.

    On X11/Wayland systems a window needs ``DISPLAY`` or ``WAYLAND_DISPLAY``; a platform
    plugin chosen with ``QT_QPA_PLATFORM`` (offscreen, vnc...) is trusted, save xcb and wayland
    without their variable. Windows and macOS always have a screen to ask for.
    """
    env = os.environ if env is None else env
    if platform.startswith(("win", "darwin")):
        return ""
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if chosen:
        needed = _NEEDS.get(chosen.split(";")[0])
        if needed is None or env.get(needed):
            return ""
        return f"no display for the {chosen} platform: {needed} is not set"
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return ""
    return "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set)"


def default_paths() -> list[str]:
    """What opens when no path is given: the seed project, else the bundled seed articles."""
    project = seeds_dir() / "seeds.timeline"
    return [str(project)] if project.is_file() else [str(seeds_dir())]


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with its names (for QSettings), icon and theme; reused if it exists."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("timeline_app")
    app.setApplicationDisplayName("Timeline")
    app.setOrganizationName("timeline_app")
    app.setOrganizationDomain("timeline-app.example")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("timeline-app")
    set_theme_mode(app, str(QSettings().value("view/theme", "system")))
    register_fonts()  # Hangul and Cyrillic in every widget, whatever the system fonts
    follow_system_scheme(app)
    app.setWindowIcon(icons.app_icon())
    return app


def archive_table(paths: Sequence[str] | None) -> Path | str | None:
    """The Parquet events table to open in archive mode: a single path (or URL) that is one."""
    from timeline_app.core.storage.parquet import is_parquet_table

    if paths and len(paths) == 1 and is_parquet_table(paths[0]):
        return paths[0] if "://" in str(paths[0]) else Path(paths[0])
    return None


def run(paths: list[str] | None = None) -> int:
    """Show the main window on ``paths`` (default: the seeds) and run the event loop.

    A single path that is a Parquet events table opens the archive window instead. With no
    display, one line on stderr and exit status 1 (headless work: ``timeline-app export``).
    """
    problem = missing_display()
    if problem and QApplication.instance() is None:
        print(f"timeline-app: error: {problem}; use 'timeline-app export' to work without "
              "a window", file=sys.stderr)
        return 1
    app = create_application()
    table = archive_table(paths)
    if table is not None:
        from timeline_app.gui.archive_window import ArchiveWindow

        archive = ArchiveWindow()
        archive.show()
        archive.open_table(table)
        return app.exec()
    from timeline_app.gui.main_window import MainWindow  # here: archive mode never needs it

    window = MainWindow()
    window.show()
    window.open_paths([str(Path(p)) for p in paths] if paths else default_paths())
    return app.exec()
