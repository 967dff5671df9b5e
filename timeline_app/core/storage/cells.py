"""Spreadsheet cells that cannot run: CSV injection neutralised as OWASP recommends.

A spreadsheet opening a CSV treats a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a
formula (``=HYPERLINK(...)``, ``=cmd|'/c calc'!A1``), and tab or carriage return can smuggle one
past a first-character check. Such a text cell gets a single quote in front (OWASP, "CSV
Injection"): spreadsheets show the text as written, and a reader can strip the quote. Numbers
are written as numbers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["FORMULA_STARTS", "safe_cell", "safe_column"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """``value``, or ``'`` + ``value`` for text a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_column(values: pd.Series) -> pd.Series:
    """:func:`safe_cell` of every cell of a column, in bulk (a big text's table has millions)."""
    try:
        risky = values.str.startswith(FORMULA_STARTS, na=False)
    except AttributeError:  # (no text in it: None or numbers only)
        return values
    if not risky.any():
        return values
    out = values.copy()
    out[risky] = "'" + values[risky]
    return out
