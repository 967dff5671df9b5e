"""The `holidays` tables kept between runs: the library's own answers, and never another version's."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest

from timeline_app.core.temporal import dates, kept_holidays

ASKED = [("US", "public", 2014), ("IN", "optional", 2023), ("KR", "public", 2019),
         ("XX", "public", 2020)]  # (no such country: an empty table, kept too)


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """An empty cache folder, and the process's own memories of it cleared (before and after)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    kept_holidays.forget()
    dates.library_holidays.cache_clear()
    yield tmp_path
    kept_holidays.forget()
    dates.library_holidays.cache_clear()


def _as_a_new_process() -> None:
    kept_holidays.forget()
    dates.library_holidays.cache_clear()


def test_the_installed_version_is_found_without_importing_the_library() -> None:
    installed = kept_holidays._installed()
    assert installed is not None and installed.startswith("holidays-")
    assert installed.endswith(".dist-info")


def test_a_kept_table_is_the_librarys_own_and_the_library_is_not_asked_again(fresh_cache, monkeypatch) -> None:
    made = {asked: dates._library_table(*asked) for asked in ASKED}
    assert made[("US", "public", 2014)]["Thanksgiving Day"] == date(2014, 11, 27)
    assert made[("XX", "public", 2020)] == {}
    for asked in ASKED:
        assert dates.library_holidays(*asked) == made[asked]
    _as_a_new_process()

    def library(*args):
        raise AssertionError(f"the library was asked for {args}")

    monkeypatch.setattr(dates, "_library_table", library)
    for asked in ASKED:
        again = dates.library_holidays(*asked)
        assert again == made[asked]
        assert list(again) == list(made[asked])  # the same order of names


def test_another_version_of_the_library_is_asked_again(fresh_cache, monkeypatch) -> None:
    asked = ("US", "public", 2014)
    dates.library_holidays(*asked)
    _as_a_new_process()
    monkeypatch.setattr(kept_holidays, "_installed", lambda: "holidays-99.0.dist-info")
    asked_again: list[tuple] = []
    real = dates._library_table

    def library(*args):
        asked_again.append(args)
        return real(*args)

    monkeypatch.setattr(dates, "_library_table", library)
    assert dates.library_holidays(*asked)["Thanksgiving Day"] == date(2014, 11, 27)
    assert asked_again == [asked]  # not read from the other version's file
    assert len(list(fresh_cache.glob("timeline_app/holidays-*.json"))) == 2


def test_a_spoilt_file_or_entry_is_made_again(fresh_cache, monkeypatch) -> None:
    asked = ("US", "public", 2014)
    expected = dates.library_holidays(*asked)
    path = kept_holidays._path()
    assert path is not None and path.exists()
    for spoilt in (b"\x00not json", b'{"US/public/2014": [["Thanksgiving Day", "not a date"]]}'):
        path.write_bytes(spoilt)
        _as_a_new_process()
        assert dates.library_holidays(*asked) == expected


def test_a_second_process_does_not_import_the_library(tmp_path) -> None:
    code = ("import sys; from timeline_app.core.temporal import dates; "
            "print(dates.library_holidays('US', 'public', 2014)['Thanksgiving Day'], "
            "'holidays' in sys.modules)")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                           check=True).stdout.split() for _ in range(2)]
    assert runs == [["2014-11-27", "True"], ["2014-11-27", "False"]]
