"""Following a core :class:`~timeline_app.core.observable.Signal` from a Qt object, safely.

Core signals hold strong references to their slots; a Qt adapter that connects one must let go
when it is destroyed, or the core would call into a deleted C++ object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from timeline_app.core.observable import Signal

__all__ = ["follow"]


def follow(signal: Signal, owner: QObject, slot: Callable[..., Any]) -> None:
    """Connect ``slot`` to ``signal`` for as long as ``owner`` lives."""
    signal.connect(slot)
    owner.destroyed.connect(lambda *_: signal.disconnect(slot))
