"""Patterns from the kept engine code are the patterns ``re.compile`` makes, across runs."""

from __future__ import annotations

import json
import re

import pytest

from timeline_app.core import regex_cache
from timeline_app.core.regex_needs import first_class, requirements

PATTERNS = [
    (r"(?P<month>Jan|Feb)\.?\s+(?P<day>\d{1,2})(?!\d)", 0),
    (r"(?<!\w)(?:last|next)\s+(?P<unit>week|month)s?(?!\w)", re.IGNORECASE),
    (r"[\W\d_](?:mon|tue)(?![^\W\d_])", 0),
    (r"(?=[0-9a-z])(?:\d+|[a-z]+) # a comment", re.VERBOSE),
    ("caf\u00e9|\u0441\u0440\u0435\u0434\u0430", 0),
]


@pytest.fixture
def fresh_store(tmp_path, monkeypatch):
    """An empty cache folder and a store that has read nothing yet."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_store", regex_cache._Store())
    return tmp_path


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_compiled_as_re_compiles_it_before_and_after_a_save(fresh_store, monkeypatch, pattern,
                                                             flags):
    expected = re.compile(pattern, flags)
    first = regex_cache.compile_cached(pattern, flags)
    regex_cache._store.save()
    monkeypatch.setattr(regex_cache, "_store", regex_cache._Store())  # as a new process
    again = regex_cache.compile_cached(pattern, flags)
    assert regex_cache._store.get(f"re{int(flags)}:{pattern}") is not None  # read from disk
    for got in (first, again):
        assert got == expected  # same pattern, flags and engine code
        assert (got.groups, got.groupindex, got.flags) == (
            expected.groups, expected.groupindex, expected.flags)
    text = "On Jan. 5 and last Weeks, mon caf\u00e9 12 \u0441\u0440\u0435\u0434\u0430"
    assert [m.span() for m in again.finditer(text)] == [m.span() for m in
                                                         expected.finditer(text)]


def test_a_bad_pattern_still_raises(fresh_store):
    with pytest.raises(re.error):
        regex_cache.compile_cached("(unclosed")


def test_analyses_are_kept_and_a_spoilt_file_is_ignored(fresh_store, monkeypatch):
    pattern = r"(?:early|late)\s+(?:19|20)\d\ds"
    needs, first = requirements(pattern), first_class(pattern)
    regex_cache._store.save()
    path = regex_cache._Store.path()
    head, *lines = path.read_bytes().split(b"\n")
    assert json.loads(head)["stamp"] == regex_cache._STAMP
    assert lines and all(json.loads(part) is not None  # data: nothing in it can run
                         for line in lines for part in line.split(b"\t"))
    monkeypatch.setattr(regex_cache, "_store", regex_cache._Store())
    assert (requirements(pattern), first_class(pattern)) == (needs, first)
    path.write_bytes(b"\x00not json")
    monkeypatch.setattr(regex_cache, "_store", regex_cache._Store())
    assert regex_cache.compile_cached(pattern) == re.compile(pattern)


def test_another_interpreter_does_not_read_this_ones_code(fresh_store, monkeypatch):
    regex_cache.compile_cached("a+b")
    regex_cache._store.save()
    monkeypatch.setattr(regex_cache, "_STAMP", "another python")
    monkeypatch.setattr(regex_cache, "_store", regex_cache._Store())
    assert regex_cache._store.get("re0:a+b") is None


def test_only_the_entries_asked_for_are_parsed_and_a_spoilt_line_is_derived_anew(fresh_store,
                                                                                  monkeypatch):
    for pattern in ("a+b", "c+d", "e+f"):
        regex_cache.compile_cached(pattern)
    regex_cache._store.save()
    path = regex_cache._Store.path()
    spoilt = path.read_bytes().replace(b'"re0:c+d"\t[', b'"re0:c+d"\t[{')
    path.write_bytes(spoilt)
    monkeypatch.setattr(regex_cache, "_store", regex_cache._Store())  # as a new process
    assert regex_cache.compile_cached("a+b") == re.compile("a+b")
    assert list(regex_cache._store._entries) == ["re0:a+b"]  # the others left unparsed
    assert regex_cache._store.get("re0:c+d") is None  # the spoilt one: made again
    assert regex_cache.compile_cached("c+d") == re.compile("c+d")
    regex_cache._store.save()  # the made one replaces the spoilt line
    monkeypatch.setattr(regex_cache, "_store", regex_cache._Store())
    assert regex_cache._store.get("re0:c+d") is not None
    assert regex_cache._store.get("re0:e+f") is not None


def test_an_edited_pattern_is_compiled_anew_never_served_the_old_code(fresh_store, monkeypatch):
    """Entries are keyed by the pattern's own text: an edited rule is a new entry."""
    old, edited = r"(?P<n>\d+) weeks? ago", r"(?P<n>\d+) (?:weeks?|days?) ago"
    regex_cache.compile_cached(old)
    regex_cache._store.save()
    monkeypatch.setattr(regex_cache, "_store", regex_cache._Store())  # as a new process
    assert regex_cache._store.get(f"re0:{edited}") is None
    got = regex_cache.compile_cached(edited)
    assert got == re.compile(edited) and got.search("3 days ago").group() == "3 days ago"
    assert regex_cache.compile_cached(old).search("3 days ago") is None
