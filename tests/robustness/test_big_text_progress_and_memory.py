"""A big text says how far its longest steps have come, and holds less (issue 17).

What broke: placing a 34 MB text's dates and clustering its events were minutes without a word
on the progress bar; every match held seven small tuples of its own, every mention its own
copy of the words and value a million others share; a big text's throwaway
resolution memo kept a normalization of every match until the pass ended.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from timeline_app.core.reconcile import lone_article
from timeline_app.core.story import pipeline
from timeline_app.core.story.headless import open_corpus
from timeline_app.core.temporal import recognise, recognition, resolve, tagger, text_memo

from .test_big_text_parts import _dense


def test_a_big_texts_dates_and_clusters_tick_as_they_go(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tagger, "TICK_MATCHES", 1_000)
    monkeypatch.setattr(lone_article, "PAIR_CHUNK", 2_000)
    path = tmp_path / "big.txt"
    path.write_text(_dense(4_000), encoding="utf-8")
    assert path.stat().st_size > pipeline.STAGE_CHARS  # a text that says its stages
    said: list[str] = []
    recognition.clear_cache()
    document = open_corpus([path], progress=lambda done, total, message: said.append(message))
    assert len(document.timeline.events) > 3_000
    placed = [int(m.group(1).replace(",", "")) for s in said
              if (m := re.search(r"dates, ([\d,]+) placed$", s))]
    assert len(placed) > 3 and placed == sorted(placed)  # ticks from inside the pass, in order
    scored = [s for s in said if re.fullmatch(r"scoring [\d,]+ pairs, [\d,]+ scored", s)]
    assert len(scored) > 1
    merging = next(k for k, s in enumerate(said) if s.startswith("merging"))
    assert said.index(scored[0]) > merging  # said while the clusters are made, not before
    assert any(s.startswith("summing up the clusters") for s in said[merging:])


def test_a_short_text_is_silent_and_the_same(tmp_path: Path) -> None:
    text = _dense(60)
    ticks: list[tuple[int, int]] = []
    with_ticks = resolve(recognise(text, "en"), text, date(2024, 3, 12),
                         ticks=lambda done, total: ticks.append((done, total)))
    assert with_ticks == resolve(recognise(text, "en"), text, date(2024, 3, 12))
    assert ticks == [(0, len(recognise(text, "en").matches))]  # one tick at the start


def test_matches_of_the_same_words_share_their_groups() -> None:
    text = _dense(200)
    recognition.clear_cache()
    matches = recognise(text, "en").matches
    by_words: dict[tuple[str, str], list] = {}
    for m in matches:
        by_words.setdefault((m.rule, text[m.start:m.end]), []).append(m)
    repeated = [ms for ms in by_words.values() if len(ms) > 1]
    assert repeated
    for ms in repeated:
        assert all(m.groups is ms[0].groups for m in ms)  # one tuple, however often it is met
    recognition.clear_cache()


def test_a_big_text_is_placed_alike_without_keeping_its_memo(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = _dense(600)
    parse = recognise(text, "en")
    kept = resolve(parse, text, date(2024, 3, 12))  # a memo kept for the text
    assert len(text) <= text_memo.MAX_CHARS
    monkeypatch.setattr(text_memo, "MAX_CHARS", 10_000)  # the text is now a big one
    assert resolve(parse, text, date(2024, 3, 12)) == kept


def test_mentions_of_the_same_words_share_their_strings() -> None:
    text = _dense(200)
    mentions = resolve(recognise(text, "en"), text, date(2024, 3, 12))
    first: dict[str, object] = {}
    repeated = 0
    for m in mentions:
        seen = first.setdefault(m.text, m)
        if seen is not m:
            repeated += 1
            assert m.text is seen.text  # type: ignore[attr-defined]
    assert repeated > len(mentions) // 2
    values = {}
    assert all(values.setdefault(m.value, m.value) is m.value for m in mentions)
