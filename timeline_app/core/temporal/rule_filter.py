"""Which rules of a language can match anywhere in a text, found in one native pass.

Recognition runs each rule's regex in the windows around its trigger words; in a news
article four rules in five whose triggers occur still match nowhere ("year" is everywhere,
"three years ago" is not), and those windows were most of the regex time. Hyperscan
(:mod:`timeline_app.core.native_scan`) scans the text once for every rule's superset
(:mod:`timeline_app.core.regex_superset`: a pattern that matches wherever the rule could, in
any window) and reports the rules it found; the others are skipped, so the matches are the same.
Without Hyperscan, or on text it cannot take, every rule is tried.
"""

from __future__ import annotations

from functools import cache

from timeline_app.core import native_scan, regex_superset

from . import grammar

__all__ = ["possible_rules"]

_FLAGS = "utf8|singlematch|dotall|allowempty"


def possible_rules(lowered: str, lang: str) -> frozenset[int] | None:
    """The ``order`` of every rule of ``lang`` that may match in ``lowered``; None: all may."""
    database = _database(lang)
    if database is None:
        return None
    try:
        data = lowered.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: not text Hyperscan may read
        return None
    hits: set[int] = set(database.refused)
    if not database.scan(data, _note, hits):
        return None
    return frozenset(hits)


def _note(rule: int, _start: int, _end: int, _flags: int, hits: set[int]) -> None:
    hits.add(rule)


@cache
def _database(lang: str) -> native_scan.Database | None:
    """The supersets of the language's rules; a rule that has none is always possible."""
    rules = [(rule.order, grammar._expand(rule.pattern, rule.lang)) for rule in grammar.rules(lang)]

    def supersets() -> dict[int, str | None]:
        out: dict[int, str | None] = {}
        for order, pattern in rules:
            try:
                out[order] = regex_superset.superset(pattern)
            except ValueError:
                out[order] = None
        return out

    source = "\n".join([f"rules {regex_superset.VERSION}",
                        *(f"{order}\t{pattern}" for order, pattern in rules)])
    return native_scan.database(f"rules-{lang}", source, supersets, _FLAGS)
