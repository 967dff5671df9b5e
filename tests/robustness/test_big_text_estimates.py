"""The anchor checks of a text no other article can agree with (issue 17: a big undated text).

What broke: an undated 34 MB text was re-read against some seventeen candidate days, and each of
its events compared with every other event, though no other source could agree with any day; a
lone dated text contradicted by its own dates was searched the same way. The short way must give
what the full search gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.reconcile import anchor_check, anchor_evidence
from timeline_app.core.reconcile.anchor_check import check_anchors, estimated_anchors
from timeline_app.core.reconcile.anchor_search import AnchorSearch
from timeline_app.core.story.estimates import with_estimates
from timeline_app.core.story.pipeline import analyze, process_file

SENTENCES = (
    "The works began in {month} {year} and the mayor said they went well.",
    "On {day} {month} {year} the council voted on the harbour budget.",
    "Last Tuesday the minister met the board, and on Friday they signed the deal.",
    "Two weeks ago the port reported a rise in trade, officials said.",
    "Residents were told on Wednesday that the bridge would reopen next spring.",
)
MONTHS = ("March", "June", "October")


def _text(sentences: int, *, published: str | None) -> str:
    head = "Harbour news\n\n" + (f"Published: {published}\n\n" if published else "")
    body = " ".join(
        SENTENCES[i % len(SENTENCES)].format(
            month=MONTHS[i % 3], day=1 + i % 27, year=2019 + i // 5 % 5) + ("\n\n" if i % 4 == 3 else "")
        for i in range(sentences))  # fmt: skip
    return head + body


def _analyses(tmp_path: Path, text: str):
    path = tmp_path / "lone.txt"
    path.write_text(text, encoding="utf-8")
    analyses, problems = process_file(path)
    assert not problems
    return analyses


def _fresh_checks() -> None:
    anchor_check._RECENT.clear()
    anchor_check._LAST = None
    anchor_evidence._tagged.cache_clear()


@pytest.fixture
def full_search(monkeypatch: pytest.MonkeyPatch):
    """Make every search the full one, as before the short way."""

    def force() -> None:
        monkeypatch.setattr(AnchorSearch, "can_agree", lambda self: True)
        _fresh_checks()

    return force


def test_a_lone_undated_text_is_estimated_as_the_full_search_estimates_it(
        tmp_path: Path, full_search) -> None:
    analyses = _analyses(tmp_path, _text(200, published=None))
    assert analyses[0].anchor.value is None
    _fresh_checks()
    short = estimated_anchors(analyses)
    full_search()
    full = estimated_anchors(analyses)
    assert short == full
    assert short["lone"].value is not None  # it does estimate one: from the dates told as past


def test_a_lone_dated_text_its_own_dates_contradict_is_reported_as_the_full_search_says(
        tmp_path: Path, full_search) -> None:
    analyses = _analyses(tmp_path, _text(200, published="12 March 2021"))
    _fresh_checks()
    short = check_anchors(analyses)
    full_search()
    full = check_anchors(analyses)
    assert short == full
    assert [p.kind for p in short["lone"].problems] == ["conflict"]  # 2023 told as past


def test_a_lone_undated_text_is_read_at_a_few_days_not_seventeen(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    analyses = _analyses(tmp_path, _text(200, published=None))
    days = []
    real = anchor_evidence.resolve

    def counted(parse, text, day, **kw):
        days.append(day)
        return real(parse, text, day, **kw)

    monkeypatch.setattr(anchor_evidence, "resolve", counted)
    _fresh_checks()
    assert estimated_anchors(analyses)
    assert 1 <= len(days) <= 3


def test_a_big_undated_text_is_not_read_again_against_its_estimate(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(anchor_evidence, "UNCACHED_CHARS", 1_000)  # the big text's way
    analyses = _analyses(tmp_path, _text(200, published=None))
    _fresh_checks()
    estimate = estimated_anchors(analyses)["lone"]
    expected = analyze(analyses[0].article, estimate)
    _fresh_checks()
    import timeline_app.core.story.estimates as estimates

    reads = []
    monkeypatch.setattr(estimates, "analyze", lambda *a, **k: reads.append(a) or analyze(*a, **k))
    (reread,) = with_estimates(analyses)
    assert reads == []  # the estimate's own reading was taken
    assert reread == expected


def test_the_steps_after_the_load_are_said_too(tmp_path: Path) -> None:
    """A big text's estimate and merge take minutes: the progress must not stop at the load."""
    from timeline_app.core.story.headless import open_corpus

    path = tmp_path / "lone.txt"
    path.write_text(_text(40, published=None), encoding="utf-8")
    said: list[tuple[int, int, str]] = []
    open_corpus([path], progress=lambda done, total, message: said.append((done, total, message)))
    after = [m for d, t, m in said if m.startswith(("estimating", "merging"))]
    assert after[0] == "estimating the anchors of undated articles"
    assert after[1].startswith("merging") and after[1].endswith("events across sources")
    assert said[-1][:2] == (1, 1)  # the count stays that of the files loaded


def test_a_big_dated_text_is_checked_on_the_loads_own_reading(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, full_search) -> None:
    """Its anchor check reads it against its page date: the load's reading, not a second one.

    What broke: the check re-resolved a 34 MB text against the day it was just read against,
    and made its events again (a third of the export). Alone, it needs only the dates it tells
    as past; among other sources, the load's reading is taken.
    """
    from timeline_app.core.story import pipeline

    monkeypatch.setattr(anchor_evidence, "UNCACHED_CHARS", 1_000)  # the big text's way
    monkeypatch.setattr(pipeline, "STAGE_CHARS", 1_000)
    path = tmp_path / "lone.txt"
    path.write_text(_text(200, published="12 March 2021"), encoding="utf-8")
    articles, _ = pipeline.read_file(path)
    analysis = analyze(articles[0], stage=lambda message: None)  # (the load's big text way)
    reads = []
    real = anchor_evidence.resolve
    monkeypatch.setattr(anchor_evidence, "resolve", lambda *a, **k: reads.append(a) or real(*a, **k))
    _fresh_checks()
    short = check_anchors([analysis])
    assert [p.kind for p in short["lone"].problems] == ["conflict"]  # 2023 told as past
    full_search()  # as if other sources could agree: the page date's reading is the load's
    assert check_anchors([analysis]) == short
    assert reads == []
    anchor_evidence._last_big.clear()  # none kept: read again, to the same report
    _fresh_checks()
    assert check_anchors([analysis]) == short
    assert len(reads) == 1
