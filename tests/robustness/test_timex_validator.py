"""The TIMEX3 validator the property tests rely on: it must accept the spec and refuse the rest."""

from __future__ import annotations

import pytest

from .timex import is_timex_value

GOOD = [
    ("2023-10-18", "DATE"), ("2023-10", "DATE"), ("2023", "DATE"), ("199", "DATE"), ("19", "DATE"),
    ("2023-W42", "DATE"), ("2023-W42-WE", "DATE"), ("2024-SU", "DATE"), ("2023-Q4", "DATE"),
    ("2023-H1", "DATE"), ("XXXX-10-18", "DATE"), ("BC0300", "DATE"), ("PAST_REF", "DATE"),
    ("PRESENT_REF", "DATE"), ("FUTURE_REF", "DATE"), ("0001-01-01", "DATE"),
    ("2023-10-18T07:00", "TIME"), ("2023-10-18TMO", "TIME"), ("2023-10-18T23:30-05:00", "TIME"),
    ("P3Y", "DURATION"), ("P1.5M", "DURATION"), ("PT30M", "DURATION"), ("P1DE", "DURATION"),
    ("PXY", "DURATION"), ("P10000000D", "DURATION"), ("P1Y2M", "DURATION"),
    ("P1W", "SET"), ("XXXX-WXX-1", "SET"), ("P1D", "SET"),
]  # fmt: skip
BAD = [
    ("2023-13-01", "DATE"), ("2023-10-32", "DATE"), ("2023-W54", "DATE"), ("20231", "DATE"),
    ("", "DATE"), ("2023-10-18 ", "DATE"), ("October", "DATE"), ("2023-AU", "DATE"),
    ("P", "DURATION"), ("3Y", "DURATION"), ("P3", "DURATION"), ("PT", "DURATION"),
    ("2023-10-18", "DURATION"), ("P3Y", "DATE"), ("2023-10-18T25:00", "TIME"),
    ("2023-10-18", "NOPE"), ("99999", "DATE"), ("-2023", "DATE"),
]  # fmt: skip


@pytest.mark.parametrize(("value", "kind"), GOOD)
def test_accepts(value: str, kind: str) -> None:
    assert is_timex_value(value, kind)


@pytest.mark.parametrize(("value", "kind"), BAD)
def test_refuses(value: str, kind: str) -> None:
    assert not is_timex_value(value, kind)
