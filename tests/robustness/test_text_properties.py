"""Property-based tests of the tagger and the date readers: any text, any anchor, no surprises.

Texts mix arbitrary Unicode with sentences built from date words (months, weekdays, numbers,
ordinals, units, modifiers, punctuation), which is where the grammar's regexes and the calendar
arithmetic are exercised. Runs are derandomized, so CI sees the same examples every time.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline_app.core.errors import CorrectionError
from timeline_app.core.ingest import find_publication_dates
from timeline_app.core.ingest.pubdate import parse_date
from timeline_app.core.model import Granularity, TimexType
from timeline_app.core.temporal import tag
from timeline_app.core.temporal.timexvalue import interval_of_value

from .timex import MODS, is_timex_value

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan.", "Feb", "Sept.", "Oct.", "Dec", "Smarch", "MARCH",
    "march", "Mai",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Wed.",
            "Thurs", "sunday"]  # fmt: skip
WORDS = [
    "the", "of", "in", "on", "at", "since", "until", "by", "before", "after", "from", "to",
    "ago", "last", "next", "this", "coming", "previous", "early", "late", "mid", "mid-", "end",
    "beginning", "start", "around", "about", "nearly", "more than", "year", "years", "month",
    "months", "week", "weeks", "weekend", "day", "days", "decade", "decades", "century",
    "centuries", "quarter", "Q1", "Q4", "H1", "spring", "summer", "autumn", "fall", "winter",
    "today", "tomorrow", "yesterday", "tonight", "morning", "evening", "night", "noon", "now",
    "BC", "AD", "BCE", "CE", "fiscal", "half", "a", "one", "two", "three", "dozen", "hundred",
    "thousand", "million", "every", "each", "daily", "weekly", "annual", "Christmas", "Easter",
    "Thanksgiving", "New Year's Eve", "the 1990s", "the '90s", "the 2020s", "the 45th", "1st",
    "2nd", "3rd", "31st", "45th", "0th", "third", "twentieth", "a.m.", "p.m.", "GMT", "UTC",
    "said", "will", "had", "has been", "was", "would", "he", "they", "officials",
]  # fmt: skip
PUNCT = [",", ".", ";", ":", "-", "–", "—", "/", "'", "’", "(", ")", '"', "\n", "\n\n", "\t",
         " ", "  ", "…", "\u200b", "\u00a0", "é", "🙂", "\u202e"]  # fmt: skip
NUMBERS = st.one_of(
    st.integers(0, 40).map(str),
    st.integers(0, 100_000).map(str),
    st.sampled_from(
        [
            "0",
            "00",
            "000",
            "0000",
            "1",
            "9999",
            "99999",
            "1900",
            "2023",
            "2029",
            "2030",
            "1066",
            "3000",
            "10,000",
            "1.5",
            "-5",
            "+3",
            "07",
            "31",
            "32",
            "29",
            "30",
            "45",
            "13",
            "366",
            "53",
        ]
    ),  # fmt: skip
    st.builds(
        lambda a, b, c: f"{a}/{b}/{c}",
        st.integers(0, 40),
        st.integers(0, 40),
        st.integers(0, 10_000),
    ),  # fmt: skip
    st.builds(
        lambda a, b, c: f"{a:04d}-{b:02d}-{c:02d}",
        st.integers(0, 9999),
        st.integers(0, 14),
        st.integers(0, 33),
    ),  # fmt: skip
    st.builds(lambda h, m: f"{h}:{m:02d}", st.integers(0, 30), st.integers(0, 70)),
    st.builds(lambda y: f"{y}s", st.integers(0, 3000)),
    st.builds(lambda y: f"W{y}", st.integers(0, 60)),
)
TOKENS = st.one_of(
    st.sampled_from(MONTHS),
    st.sampled_from(WEEKDAYS),
    st.sampled_from(WORDS),
    NUMBERS,
    st.text(max_size=6),
)
DATE_SENTENCES = st.lists(
    st.tuples(TOKENS, st.sampled_from(PUNCT + [" "] * 12)), min_size=1, max_size=40
).map(lambda parts: "".join(token + sep for token, sep in parts))
TEXTS = st.one_of(
    DATE_SENTENCES,
    st.text(max_size=200),
    st.builds(
        lambda a, b, c: a + b + c, st.text(max_size=40), DATE_SENTENCES, st.text(max_size=40)
    ),  # fmt: skip
)
ZONES = st.sampled_from([timezone(timedelta(hours=h, minutes=m)) for h, m in
                         ((-12, 0), (-5, 0), (0, 0), (5, 30), (9, 0), (14, 0))])  # fmt: skip
NEWS_ANCHORS = st.one_of(
    st.none(),
    st.dates(date(1800, 1, 1), date(2200, 12, 31)),
    st.datetimes(datetime(1800, 1, 1), datetime(2200, 12, 31), timezones=ZONES),
)
ANY_ANCHORS = st.one_of(
    NEWS_ANCHORS,
    st.dates(),
    st.sampled_from([date.min, date.max, date(1, 1, 7), date(9999, 12, 25)]),
    st.datetimes(timezones=ZONES),
)
PREFER = st.sampled_from(["past", "future"])


def check_mentions(text: str, mentions: list) -> None:
    previous_end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text), (m.start, m.end, len(text))
        assert text[m.start : m.end] == m.text
        assert m.start >= previous_end, "mentions overlap or are out of order"
        previous_end = m.end
        assert isinstance(m.type, TimexType)
        assert is_timex_value(m.value, m.type), (m.type, m.value, m.text)
        assert m.mod in MODS, m.mod
        if m.interval is not None:
            assert m.interval.begin < m.interval.end
            assert m.type in (TimexType.DATE, TimexType.TIME)
            assert isinstance(m.granularity, Granularity)
        d = m.to_dict()  # what the CLI prints: the contract's keys, JSON-ready
        assert set(d) == {"start", "end", "text", "type", "value", "mod", "granularity",
                          "interval"}  # fmt: skip


@SETTINGS
@given(text=TEXTS, anchor=NEWS_ANCHORS, prefer=PREFER)
@example(text="February 30, 2023 and the 45th of Smarch", anchor=date(2023, 10, 18), prefer="past")
@example(text="32/13/2020, year 0, in 99999, 3000 BC", anchor=date(2023, 10, 18), prefer="past")
@example(text="on 1 January 1 and 31 December 9999", anchor=None, prefer="future")
@example(text="tomorrow, at 23:30", anchor=datetime(2023, 10, 18, 23, 30,
         tzinfo=timezone(timedelta(hours=-5))), prefer="past")  # fmt: skip
def test_tagger_on_any_text_with_a_news_anchor(text: str, anchor, prefer: str) -> None:
    mentions = tag(text, anchor, prefer=prefer)
    check_mentions(text, mentions)
    assert tag(text, anchor, prefer=prefer) == mentions  # the same input, the same output


@SETTINGS
@given(text=DATE_SENTENCES, anchor=ANY_ANCHORS, prefer=PREFER)
@example(text="tomorrow", anchor=date(9999, 12, 31), prefer="past")
@example(text="on Sunday", anchor=date(1, 1, 1), prefer="past")
@example(text="next year", anchor=date(9999, 6, 1), prefer="future")
def test_tagger_with_anchors_at_the_ends_of_the_calendar(text: str, anchor, prefer: str) -> None:
    """B6: relative dates against an anchor in year 1 or 9999 overflowed ``datetime.date``."""
    mentions = tag(text, anchor, prefer=prefer)
    check_mentions(text, mentions)


@SETTINGS
@given(text=TEXTS, anchor=NEWS_ANCHORS)
def test_tagger_offsets_survive_a_prefix(text: str, anchor) -> None:
    """Offsets are into the text given: a prefix of plain words shifts them, nothing else."""
    prefix = "Officials said on the record. \n"
    alone = tag(text, anchor)
    shifted = tag(prefix + text, anchor)
    assert all((prefix + text)[m.start : m.end] == m.text for m in shifted)
    # the mentions found in the text alone are found again, at shifted offsets, where the
    # prefix cannot have changed how they read (it holds no date and ends a sentence)
    starts = {m.start for m in shifted}
    assert sum(m.start + len(prefix) in starts for m in alone) >= len(alone) // 2


B9_CASES = [
    ("the 19th century 3000 BC AD 1 Q3 H1 fiscal 2024", date(2023, 10, 18), "past"),
    ("In AD 33 the city grew; by the summer it had walls.", date(2023, 10, 18), "past"),
    ("last summer", date(1, 1, 1), "past"),
    ("the third quarter, and last Q3", date(1, 1, 1), "past"),
    ("in January", date(9999, 12, 31), "future"),
]


@pytest.mark.parametrize(("text", "anchor", "prefer"), B9_CASES)
def test_values_from_years_outside_1000_to_9999_are_timex3(text: str, anchor, prefer: str) -> None:
    """B9: years below 1000 gave ``1-Q3``, year 0 ``0-SU``, year 10000 ``10000-01``."""
    check_mentions(text, tag(text, anchor, prefer=prefer))


def test_prefer_must_be_past_or_future() -> None:
    with pytest.raises(ValueError, match="prefer"):
        tag("tomorrow", date(2023, 10, 18), prefer="sideways")


@SETTINGS
@given(text=TEXTS)
def test_publication_date_reader_on_any_text(text: str) -> None:
    candidates = find_publication_dates(text)
    for c in candidates:
        assert isinstance(c.value, date)
        assert 0 <= c.start < c.end <= len(text)
    assert find_publication_dates(text) == candidates
    value = parse_date(text)
    assert value is None or isinstance(value, date)


@SETTINGS
@given(value=st.one_of(st.text(max_size=20), NUMBERS,
                       st.from_regex(r"[0-9X]{2,5}(-(W?[0-9X]{1,2}|SP|SU|FA|WI|AU|Q[0-9]|H[0-9])"
                                     r"(-[0-9X]{1,2}|-WE)?)?", fullmatch=True)))  # fmt: skip
@example(value="0000")
@example(value="9999-12-31")
@example(value="9999-W52")
@example(value="9999-WI")
@example(value="000")
@example(value="00")
def test_typed_timex_values_are_read_or_refused_clearly(value: str) -> None:
    """What a user types as a corrected value: an interval, or CorrectionError, nothing else."""
    try:
        interval, granularity = interval_of_value(value)
    except CorrectionError as exc:
        assert str(exc)
        return
    assert interval.begin < interval.end
    assert isinstance(granularity, Granularity)
