"""Starting the desktop app: the QApplication, its look, the main window, the first load."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from timeline_app import __version__
from timeline_app.core.resources import seeds_dir
from timeline_app.gui import icons
from timeline_app.gui.theme import apply_theme, follow_system_scheme
from timeline_app.gui.timeline.theme import register_fonts

__all__ = ["archive_table", "create_application", "default_paths", "run"]


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
    apply_theme(app)
    register_fonts()  # Hangul and Cyrillic in every widget, whatever the system fonts
    follow_system_scheme(app)
    app.setWindowIcon(icons.app_icon())
    return app


def archive_table(paths: Sequence[str] | None) -> Path | None:
    """The Parquet events table to open in archive mode: a single path that is one, else None."""
    from timeline_app.core.storage.parquet import is_parquet_table

    if paths and len(paths) == 1 and is_parquet_table(paths[0]):
        return Path(paths[0])
    return None


def run(paths: list[str] | None = None) -> int:
    """Show the main window on ``paths`` (default: the seeds) and run the event loop.

    A single path that is a Parquet events table opens the archive window instead.
    """
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
