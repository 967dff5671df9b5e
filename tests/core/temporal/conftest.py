"""Helpers shared by the tagger tests: tag a sentence and look mentions up by their text."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.model import Mention
from timeline_app.core.temporal import tag

THURSDAY = date(2023, 10, 19)  # the anchor most tests use: Thursday 19 October 2023


def by_text(text: str, anchor: date | None = THURSDAY, **kw: str) -> dict[str, Mention]:
    """Mentions of ``text`` keyed by their surface text."""
    return {m.text: m for m in tag(text, anchor, **kw)}


def value_of(text: str, expr: str, anchor: date | None = THURSDAY, **kw: str) -> str:
    found = by_text(text, anchor, **kw)
    assert expr in found, f"{expr!r} not found in {list(found)}"
    return found[expr].value


@pytest.fixture
def anchor() -> date:
    return THURSDAY
