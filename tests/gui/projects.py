"""Opening a project in a window from a test: start it, then wait for the worker's commit."""

from __future__ import annotations

from pathlib import Path


def open_and_wait(qtbot, io, path: str | Path | None = None, *, recover: bool = False) -> bool:
    """Open ``path`` (or recover the unsaved story) through ``io``; True once committed.

    False if the user declined, or if the project was refused (``io.refused``).
    """
    done: list[bool] = []

    def ok(_path) -> None:
        done.append(True)

    def refused(_message) -> None:
        done.append(False)

    io.opened.connect(ok)
    io.refused.connect(refused)
    try:
        started = io.recover_untitled() if recover else io.open(path)
        if not started:
            return False
        qtbot.waitUntil(lambda: bool(done) or not io.opening.running, timeout=60_000)
        return bool(done) and done[0]
    finally:
        io.opened.disconnect(ok)
        io.refused.disconnect(refused)


def wait_opened(qtbot, window) -> None:
    """Wait until the project a window was asked to open is committed (or refused)."""
    qtbot.waitUntil(lambda: not window.project_io.opening.running, timeout=60_000)
