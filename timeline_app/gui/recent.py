"""Recently opened files and folders, remembered in QSettings, shown as a menu."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu

__all__ = ["RecentFiles"]


class RecentFiles(QObject):
    """The last ``limit`` paths opened, newest first; ``changed`` after every update."""

    changed = Signal()

    def __init__(self, settings: QSettings, key: str = "recentFiles", limit: int = 10) -> None:
        super().__init__()
        self.settings, self.key, self.limit = settings, key, limit

    def paths(self) -> list[str]:
        value = self.settings.value(self.key, [])
        if isinstance(value, str):  # an INI file gives back a one-item list as a string
            value = [value]
        return [str(p) for p in value or []]

    def add(self, paths: list[str]) -> None:
        current = self.paths()
        for path in reversed(paths):
            path = str(Path(path))
            if path in current:
                current.remove(path)
            current.insert(0, path)
        self.settings.setValue(self.key, current[: self.limit])
        self.changed.emit()

    def clear(self) -> None:
        self.settings.setValue(self.key, [])
        self.changed.emit()

    def fill(self, menu: QMenu, open_path: Callable[[str], None]) -> None:
        """Rebuild ``menu``: one action per existing path, then Clear."""
        menu.clear()
        paths = [p for p in self.paths() if Path(p).exists()]
        for number, path in enumerate(paths, 1):
            label = f"&{number % 10}  {Path(path).name or path}"
            action = menu.addAction(label)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: open_path(p))
        if not paths:
            menu.addAction("No recent files").setEnabled(False)
        menu.addSeparator()
        menu.addAction("Clear Menu", self.clear).setEnabled(bool(paths))
