"""What resolution reads off the text alone, kept per text and language between resolutions.

An anchor check re-resolves one parse against many candidate days; the tense around each
expression, the event noun its date dates, the cue words beside it do not change with the day.
Each resolution of a text takes that text's memo (:func:`of`) and looks such readings up by
what they are (``("tense", start, end)``) before computing them.
"""

from __future__ import annotations

__all__ = ["MAX_CHARS", "MAX_TEXTS", "of"]

MAX_TEXTS = 64
"""Texts whose memos are kept (all are dropped at once past this: never a partial memo)."""
MAX_CHARS = 1_000_000
"""A longer text gets a memo for one resolution only: it is rarely re-resolved whole."""

_memos: dict[tuple[str, str], dict] = {}


def of(lang: str, text: str) -> dict:
    """The memo of ``text`` read as ``lang``: readings that depend on nothing else."""
    if len(text) > MAX_CHARS:
        return {}
    key = (lang, text)
    memo = _memos.get(key)
    if memo is None:
        if len(_memos) >= MAX_TEXTS:
            _memos.clear()
        memo = _memos[key] = {}
    return memo
