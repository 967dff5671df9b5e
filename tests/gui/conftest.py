"""Fixtures shared by the GUI tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def restore_look(qapp):
    palette, sheet, style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    mode = qapp.property("themeMode")
    yield qapp
    qapp.setProperty("themeMode", mode)
    qapp.styleHints().unsetColorScheme()
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
