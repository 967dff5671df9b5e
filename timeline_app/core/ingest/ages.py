"""Relative ages beside a stamp ("vor 3 Stunden", "il y a 2 ans", "3시간 전"), in every language.

An age fixes no day without the "now" the page does not give, so it is never an anchor; and on a
stamp's line ("Le mardi 14 novembre 2023 à 18:22 | Mis à jour il y a 2 ans") its words are no
sentence around the date, nor a photo's caption before a credit.
"""

from __future__ import annotations

import re
from functools import cache

from . import vocab

__all__ = ["published_relatively", "without_ages"]


@cache
def _ages() -> re.Pattern[str]:
    phrases = "|".join(f"(?:{entry})" for entry in vocab.entries("relative_ages"))
    return re.compile(rf"(?<![^\W\d_])(?:{phrases})(?![^\W\d_])", re.IGNORECASE)


def without_ages(line: str) -> str:
    """``line`` with its relative ages blanked out."""
    return _ages().sub(" ", line)


@cache
def _relative_publication() -> re.Pattern[str]:
    labels = "|".join(f"(?:{entry})" for entry in vocab.entries("relative_publication"))
    days = "|".join(f"(?:{entry})" for entry in vocab.entries("relative_days"))
    ages = "|".join(f"(?:{entry})" for entry in vocab.entries("relative_ages"))
    return re.compile(
        rf"(?<![^\W\d_])(?:{labels})\s*:?\s*(?:{days}|{ages})(?![^\W\d_])", re.IGNORECASE
    )


def published_relatively(line: str) -> bool:
    """Whether ``line`` tells its first publication relative to the day of reading.

    "Publié hier à 18h20, mis à jour le 15/11/2023": the update's day is then not the page's.
    """
    return _relative_publication().search(line) is not None
