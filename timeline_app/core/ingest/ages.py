"""Relative ages beside a stamp ("vor 3 Stunden", "il y a 2 ans", "3시간 전"), in every language.

An age fixes no day without the "now" the page does not give, so it is never an anchor; and on a
stamp's line ("Le mardi 14 novembre 2023 à 18:22 | Mis à jour il y a 2 ans") its words are no
sentence around the date, nor a photo's caption before a credit.
"""

from __future__ import annotations

import re
from functools import cache

from . import vocab

__all__ = ["without_ages"]


@cache
def _ages() -> re.Pattern[str]:
    phrases = "|".join(f"(?:{entry})" for entry in vocab.entries("relative_ages"))
    return re.compile(rf"(?<![^\W\d_])(?:{phrases})(?![^\W\d_])", re.IGNORECASE)


def without_ages(line: str) -> str:
    """``line`` with its relative ages blanked out."""
    return _ages().sub(" ", line)
