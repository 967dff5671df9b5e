"""Nonsense, far-away and zoned dates: handled or refused clearly, never a crash.

In-process through ``tag`` and, as a user would, through ``timeline-app tag`` and ``export``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.core.temporal import tag

from .test_text_properties import check_mentions

REPO = Path(__file__).resolve().parents[2]
ANCHOR = date(2023, 10, 18)

NONSENSE = [
    "February 30", "February 30, 2023", "on 30 February 2023", "the 45th of Smarch",
    "Smarch 45, 2023", "in the year 99999", "year 0", "in 0000", "32/13/2020", "13/32/2020",
    "02/29/2023", "2023-02-30", "2023-13-01", "2023-00-10", "the 0th of May", "May 0, 2023",
    "week 54 of 2023", "Q5 2023", "the 32nd of January", "25:61 on Monday", "the 13th month",
    "-2023", "2023 BC", "the year -1", "Octember 3rd",
]  # fmt: skip
FAR = [
    "in the year 1", "in AD 1", "on 1 January 1", "in 9999", "on 31 December 9999",
    "3000 BC", "in 3000 BC", "the 10th century BC", "the 1st century", "the 100th century",
    "in the 99th century", "in 10,000 years", "5 billion years ago", "9999 years ago",
    "the next 10,000,000 days", "in 1066", "the 1600s", "the 1990s", "the 2090s", "in 2999",
]  # fmt: skip


def _real_dates_only(mentions) -> None:
    """A placed mention's value must name real days: no 30 February, no month 13."""
    for m in mentions:
        if m.interval is None:
            continue
        head = m.value.split("T", 1)[0]
        if len(head) == 10 and head[4] == "-" and head[7] == "-":
            assert date.fromisoformat(head) == m.interval.begin, m


@pytest.mark.parametrize("text", NONSENSE)
def test_nonsense_dates_are_never_placed_on_days_that_do_not_exist(text: str) -> None:
    sentence = f"Officials said it happened {text}, according to the report."
    mentions = tag(sentence, ANCHOR)
    check_mentions(sentence, mentions)
    _real_dates_only(mentions)
    for m in mentions:
        if m.interval is not None:
            assert date(1, 1, 1) <= m.interval.begin < m.interval.end <= date(9999, 12, 31)


@pytest.mark.parametrize("text", FAR)
@pytest.mark.parametrize("anchor", [ANCHOR, None, date(1900, 1, 1)], ids=str)
def test_far_past_and_future_dates(text: str, anchor) -> None:
    sentence = f"Historians said it happened {text}, the museum wrote."
    mentions = tag(sentence, anchor)
    check_mentions(sentence, mentions)
    _real_dates_only(mentions)


def test_bc_years_are_not_placed_as_ad_years() -> None:
    for text in ("in 3000 BC", "in 44 BC", "the 10th century BC"):
        for m in tag(f"Rome was founded {text}, they say.", ANCHOR):
            if m.interval is not None:
                assert not (m.interval.begin.year == 3000 or m.interval.begin.year == 44), m


# -- through the command line ---------------------------------------------------------------


def run_tag(args: list[str], stdin: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", "tag", *args],
        input=stdin, capture_output=True, text=True, timeout=120, cwd=REPO,
    )  # fmt: skip


ZONED = [
    ("2023-10-18T23:30:00-05:00", "2023-10-19"),
    ("2023-10-18T23:30:00+14:00", "2023-10-19"),
    ("2023-10-18T00:10:00Z", "2023-10-19"),
    ("2023-10-18T12:00", "2023-10-19"),
    ("2023-10-18", "2023-10-19"),
]


@pytest.mark.parametrize(("anchor", "tomorrow"), ZONED, ids=[z for z, _ in ZONED])
def test_anchor_as_a_date_time_in_any_zone(
    anchor: str, tomorrow: str, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The anchor's calendar date is taken as written in its own zone (never converted to UTC)."""
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("The plant opens tomorrow, they said."))
    assert main(["tag", "--anchor", anchor]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["anchor"] == anchor
    [mention] = out["mentions"]
    assert mention["value"] == tomorrow and mention["interval"]["begin"] == tomorrow


BAD_ANCHORS = ["2023-02-30", "99999-01-01", "0000-01-01", "yesterday", "2023-10-18T25:00",
               "18/10/2023", "2023-10-18T23:30:00-25:00", "NaN", "\x00"]  # fmt: skip


@pytest.mark.parametrize("anchor", BAD_ANCHORS, ids=repr)
def test_a_bad_anchor_is_refused_on_one_line(
    anchor: str, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("tomorrow"))
    assert main(["tag", "--anchor", anchor]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.splitlines()
    assert line.startswith("timeline-app: error:") and "ISO 8601" in line


@pytest.mark.parametrize("anchor", ["0001-01-01", "0001-01-07", "9999-12-25", "9999-12-31"])
def test_an_anchor_at_the_end_of_the_calendar_is_handled_or_refused_clearly(
    anchor: str, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    text = "It happened yesterday, on Sunday, and will again tomorrow and next year."
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    code = main(["tag", "--anchor", anchor])
    captured = capsys.readouterr()
    if code == 0:
        check = json.loads(captured.out)
        assert all(text[m["start"] : m["end"]] == m["text"] for m in check["mentions"])
    else:
        assert code in (1, 2)
        [line] = captured.err.splitlines()
        assert line.startswith("timeline-app: ")


def test_tag_jsonl_goes_on_after_a_record_that_fails() -> None:
    """B6 and the contract: a bad line yields its own error and the run goes on."""
    records = [
        {"id": "a", "text": "It rained on 18 October 2023.", "anchor": "2023-10-19"},
        {"id": "b", "text": "tomorrow", "anchor": "2023-02-30"},
        {"id": "c", "text": "tomorrow", "anchor": "9999-12-31"},
        {"id": "d", "text": "on Sunday", "anchor": "0001-01-01"},
        {"id": "e", "text": 42, "anchor": "2023-10-19"},
        {"id": "f", "text": "next year", "anchor": "2023-10-18T23:30:00-05:00", "prefer": "future"},
        {"id": "g", "text": "x", "prefer": "sideways"},
    ]
    lines = [json.dumps(r) for r in records] + [
        "not json",
        "[1, 2]",
        '{"id": "h", "text": "today"}',
    ]
    done = run_tag(["--jsonl", "--anchor", "2023-10-18"], "\n".join(lines) + "\n")
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(out) == len(lines)
    assert [o.get("id") for o in out] == ["a", "b", "c", "d", "e", "f", "g", None, None, "h"]
    assert out[0]["mentions"][0]["value"] == "2023-10-18"
    for bad in (1, 4, 6, 7, 8):
        assert out[bad]["mentions"] == [] and out[bad]["error"], out[bad]
    assert out[5]["mentions"][0]["value"] == "2024"
    assert out[9]["mentions"][0]["value"] == "2023-10-18"


def test_export_with_far_manual_anchors(tmp_path: Path) -> None:
    """``--anchor ID=DATE`` at the ends of the calendar: exported or refused, on one line."""
    (tmp_path / "far.txt").write_text(
        "Plant to open\n\nThe company said the plant would open tomorrow, after years of delays "
        "and on Sunday it held a party for the workers, officials said.\n",
        encoding="utf-8",
    )
    for value in ("0001-01-01", "9999-12-31", "2023-10-18T23:30:00-05:00"):
        out = tmp_path / f"out-{value[:4]}.csv"
        done = subprocess.run(
            [sys.executable, "-m", "timeline_app", "export", str(tmp_path), "--csv", str(out),
             "--anchor", f"far={value}"],
            capture_output=True, text=True, timeout=120, cwd=tmp_path,
        )  # fmt: skip
        assert "Traceback" not in done.stderr
        if done.returncode == 0:
            assert out.exists()
        else:
            assert done.returncode == 1 and len(done.stderr.splitlines()) == 1, done.stderr
