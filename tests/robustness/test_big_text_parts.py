"""A big text is recognised in parts on the worker pool (issue 17: a 34 MB text in a minute).

What could break: a match or a sentence start lost, doubled or changed at a cut between parts;
a parse that depends on how many workers read it; a load that differs from the whole text's.
"""

from __future__ import annotations

import json
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from timeline_app.core.story import big_texts, pipeline
from timeline_app.core.story.big_texts import cut, recognise_in_parts
from timeline_app.core.story.pipeline import analyze, load
from timeline_app.core.temporal import recognition

DEV_DATA = Path("/work/shared/dev-data/tbaq.jsonl")
SENTENCES = (
    "On {month} {day}, {year}, the council of Aldmere voted on the harbour budget.",
    "Two days later the mayor said the vote would stand until March {year}.",
    "Last Tuesday the minister met the board, and on Friday they signed it.",
    "The works began in {month} {year} and should end by the summer of {next}.",
    "A month after the summit, officials reported a {day}% rise in trade.",
    "The strike that started on {day} {month} lasted three weeks; \"we won\", Mr. Hale said.",
    "Residents were told on Wednesday that the bridge would reopen next spring.",
)
MONTHS = ("January", "March", "May", "July", "Sept.", "Oct.", "December")


def _dense(sentences: int, *, paragraphs: bool = True) -> str:
    parts = ["Harbour news\n\nPublished: 12 March 2024\n\n"]
    for i in range(sentences):
        parts.append(SENTENCES[i % len(SENTENCES)].format(
            month=MONTHS[i * 5 % len(MONTHS)], day=1 + i * 11 % 28, year=1990 + i * 13 % 35,
            next=1991 + i * 13 % 35))  # fmt: skip
        parts.append("\n\n" if paragraphs and i % 5 == 4 else " ")
    return "".join(parts)


def _whole(text: str) -> recognition.Parse:
    recognition.clear_cache()
    parse = recognition.recognise(text, "en")
    recognition.clear_cache()
    return parse


def _texts() -> list[str]:
    texts = [_dense(3_000), _dense(3_000, paragraphs=False)]
    if DEV_DATA.exists():  # real news prose (TimeBank), one article after another
        with DEV_DATA.open(encoding="utf-8") as fh:
            texts.append("\n\n".join(json.loads(line)["text"].strip() for line in fh))
    return texts


@pytest.mark.parametrize("which", [0, 1, 2])
def test_matches_and_sentences_at_the_cuts_are_those_of_the_whole_text(which: int) -> None:
    texts = _texts()
    if which >= len(texts):
        pytest.skip("no TimeBank dev data here")
    text = texts[which]
    parts = cut(text, 20_000)
    assert len(parts) > 5
    assert parts[0].start == 0 and parts[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(parts, parts[1:], strict=False))
    recognition.clear_cache()
    in_parts = recognise_in_parts(text, "en", part_chars=20_000)
    assert in_parts == _whole(text)


def test_parts_cut_at_paragraph_breaks_when_there_are_some() -> None:
    text = _dense(3_000)
    for part in cut(text, 20_000)[1:]:
        assert text[part.start - 2:part.start] == "\n\n"


def test_the_parse_does_not_depend_on_the_number_of_workers() -> None:
    text = _dense(3_000)
    recognition.clear_cache()
    here = recognise_in_parts(text, "en", part_chars=20_000)
    said: list[tuple[int, int]] = []
    for workers in (1, 2):
        recognition.clear_cache()
        with ProcessPoolExecutor(workers) as pool:
            pooled = recognise_in_parts(text, "en", pool, lambda d, n: said.append((d, n)),
                                        part_chars=20_000)
        assert pooled == here
    assert said[-1][0] == said[-1][1]  # every part was said done, the last one last
    recognition.clear_cache()


def test_a_big_file_loads_alike_serially_and_on_one_or_two_workers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(big_texts, "PART_CHARS", 40_000)
    monkeypatch.setattr(pipeline._BigTextPool, "BIG_BYTES", 80_000)
    path = tmp_path / "big.txt"
    path.write_text(_dense(4_000), encoding="utf-8")
    assert path.stat().st_size > pipeline.STAGE_CHARS  # the staged path, in parts
    results = []
    for workers in (1, 2):
        recognition.clear_cache()
        stages: list[str] = []
        loaded = load([path], workers=workers,
                      progress=lambda d, t, m, said=stages: said.append(m))
        assert not loaded.problems
        results.append(loaded.analyses)
        assert any("part 2 of" in message for message in stages)
    recognition.clear_cache()
    article = results[0][0].article
    serial = analyze(article)  # the whole text recognised at once
    recognition.clear_cache()
    assert results[0] == results[1] == [serial]
    assert len(serial.events) > 3_000
