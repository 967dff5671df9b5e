"""Regressions, each named after what broke (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from timeline_app.core.temporal import tag

THU = date(2023, 10, 19)


def _values(text: str, anchor: date | None = THU, **kw: str) -> dict[str, str]:
    return {m.text: m.value for m in tag(text, anchor, **kw)}


def test_sentence_final_month_keeps_its_full_stop_out() -> None:
    assert "October" in _values("The vote was held on the 18th of October.") or \
        "the 18th of October" in _values("The vote was held on the 18th of October.")
    assert all(not k.endswith(".") for k in _values("Elections are due in October."))


def test_year_after_comma_in_a_list() -> None:
    assert set(_values("Floods struck in 1994, 1995 and 1997 elections were held.")) >= {
        "1994", "1995", "1997"}


def test_ages_and_rates_are_not_durations() -> None:
    assert _values("A 52-year-old engineer earns $2 million a year.") == {}
    assert _values("The engineer, 52 years old, retired.") == {}


def test_television_titles_are_not_times() -> None:
    assert _values('He spoke on ABC\'s "This Week" and on VOA Today programme.') == {}


def test_daily_is_a_set() -> None:
    assert _values("Flights run daily.") == {"daily": "P1D"}


def test_reported_speech_day_is_past_even_with_would_after() -> None:
    assert _values("The ambassador said on Tuesday that Iraq would retaliate.") == {
        "Tuesday": "2023-10-17"}


def test_deadline_words_look_ahead() -> None:
    assert _values("The offer was extended to Nov. 16.") == {"Nov. 16": "2023-11-16"}
    assert _values("Holders of record Dec. 21 will be paid.")["Dec. 21"] == "2023-12-21"


def test_prefer_decides_when_tense_does_not() -> None:
    # (a schedule verb such as "meets" is a tense cue: see test_tense_schedule.py)
    assert _values("The board decision on Friday.", prefer="past")["Friday"] == "2023-10-13"
    assert _values("The board decision on Friday.", prefer="future")["Friday"] == "2023-10-20"


def test_abbreviated_month_does_not_end_a_sentence() -> None:
    assert _values("They met on Oct. 2. Ten days later they split.")["Ten days later"] == \
        "2023-10-12"


def test_text_whose_lower_case_is_longer_keeps_offsets() -> None:
    text = "In \u0130stanbul on Wednesday, Oct. 18, 2023, officials met."
    (m,) = tag(text, THU)
    assert text[m.start:m.end] == "Wednesday, Oct. 18, 2023"


def test_empty_and_blank_text() -> None:
    assert tag("", None) == []
    assert tag(" \n\t ", THU) == []


def test_anchor_at_the_end_of_the_calendar_does_not_overflow() -> None:
    (m,) = tag("They meet next year.", date(9999, 6, 1))
    assert m.value == "XXXX-XX-XX" and m.interval is None
    assert tag("They met on Sunday.", date(1, 1, 1))  # found, whatever it can be resolved to
