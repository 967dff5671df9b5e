"""A minimal callback signal, so Qt adapters can follow core objects without core knowing Qt."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["Signal"]


class Signal:
    """Callbacks called in connection order with the emitted arguments."""

    def __init__(self) -> None:
        self._slots: list[Callable[..., Any]] = []

    def connect(self, slot: Callable[..., Any]) -> None:
        if slot not in self._slots:
            self._slots.append(slot)

    def disconnect(self, slot: Callable[..., Any]) -> None:
        if slot in self._slots:
            self._slots.remove(slot)

    def emit(self, *args: Any) -> None:
        for slot in list(self._slots):
            slot(*args)
