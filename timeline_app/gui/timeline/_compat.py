"""Work around a PySide6 6.12.0 bug on Python 3.11: every void Qt method drops a ref to None.

PySide6-Essentials 6.12.0 (abi3 wheel) returns ``Py_None`` from void methods without taking a
reference, as if ``None`` were immortal (it is from Python 3.12, PEP 683). On 3.11 each call of
``QPainter.drawLine``, ``QRectF.setWidth``... lowers ``None``'s count by one until the interpreter
aborts with "none_dealloc: deallocating None" (a few thousand paints). Reproduce with::

    import sys; from PySide6.QtCore import QRectF
    r = QRectF(); n = sys.getrefcount(None); r.setWidth(1.0); assert sys.getrefcount(None) == n

This gives ``None`` a count no program can exhaust, which is what 3.12 does by design. It is a
process-wide fix and belongs with whoever creates the application; it lives here because the
timeline is the heaviest painter and must not crash. Remove when PySide6 is fixed or pinned.
"""

from __future__ import annotations

import ctypes
import sys

__all__ = ["none_refcount_is_leaking", "protect_none"]

_BALLAST = 1 << 48


def none_refcount_is_leaking() -> bool:
    """Whether a void PySide6 call lowers ``None``'s reference count."""
    from PySide6.QtCore import QRectF

    r = QRectF()
    before = sys.getrefcount(None)
    for _ in range(8):
        r.setWidth(1.0)
    return sys.getrefcount(None) < before


def protect_none() -> None:
    """Make ``None`` effectively immortal on Pythons before 3.12 if PySide6 leaks it."""
    if sys.version_info >= (3, 12) or not none_refcount_is_leaking():
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < _BALLAST:
        count.value += _BALLAST
