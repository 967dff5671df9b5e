"""The Qt binding the app runs on must be sound; pyproject excludes a release that is not."""

from __future__ import annotations

import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_keep_nones_reference_count():
    # PySide6 6.12.0 on CPython 3.11 returned None from void methods without a reference, and
    # the interpreter aborted ("deallocating None") after a few thousand paints.
    from PySide6.QtCore import QRectF

    rect = QRectF()
    before = sys.getrefcount(None)
    for _ in range(1000):
        rect.setWidth(1.0)
    assert sys.getrefcount(None) >= before - 10
