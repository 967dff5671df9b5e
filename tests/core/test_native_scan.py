"""Hyperscan databases kept in the cache; a pattern it refuses, or no Hyperscan, costs only speed."""

from __future__ import annotations

import sys

import pytest

from timeline_app.core import native_scan
from timeline_app.core.temporal import lexicon, recognition, rule_filter, triggers

pytest.importorskip("hyperscan")


def _found(database: native_scan.Database, data: bytes) -> set[int]:
    hits: set[int] = set()
    assert database.scan(data, lambda i, _s, _e, _f, found: found.add(i), hits)
    return hits


def test_a_refused_pattern_is_reported_and_the_others_still_scan(tmp_path, monkeypatch):
    monkeypatch.setattr(native_scan, "cache_folder", lambda: tmp_path)
    patterns = {1: "ago", 2: "(?<=x)y", 3: "week", 4: None}  # 2: no look-behind in Hyperscan
    made = []
    database = native_scan.database("test", "v1", lambda: made.append(1) or patterns,
                                    "singlematch")
    assert database is not None and database.refused == {2, 4}
    assert _found(database, b"two weeks ago") == {1, 3}
    again = native_scan.database("test", "v1", lambda: made.append(1) or patterns, "singlematch")
    assert made == [1]  # read back from the cache, not made again
    assert again.refused == {2, 4} and _found(again, b"a week") == {3}


def test_without_hyperscan_every_rule_is_tried_and_the_matches_are_the_same(monkeypatch):
    text = ("On Wednesday, Oct. 18, 2023, the council met; three years ago it failed, and "
            "it meets again next week – ’May 5’.")
    with lexicon.speaking("en"):
        before = [(s, e, r.id) for s, e, r, _ in recognition._candidates(text, "en")]
    monkeypatch.setitem(sys.modules, "hyperscan", None)  # import hyperscan now fails
    for cached in (rule_filter._database, triggers._starts_database):
        cached.cache_clear()
    try:
        assert native_scan.database("test", "v2", dict, "") is None
        assert rule_filter.possible_rules(text.lower(), "en") is None
        assert triggers._finder_matches(triggers._finder(False, "en"), " " + text.lower(),
                                        "en") is None
        with lexicon.speaking("en"):
            after = [(s, e, r.id) for s, e, r, _ in recognition._candidates(text, "en")]
        assert after == before and len(after) > 5
    finally:
        for cached in (rule_filter._database, triggers._starts_database):
            cached.cache_clear()
