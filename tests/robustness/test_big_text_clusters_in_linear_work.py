"""A big text's cross-source stage no longer grows faster than the text (issue 17).

What broke: a lone 34 MB text spent most of its minutes and gigabytes clustering with itself.
Every candidate pair scoring from ``MERGE_AT`` was kept as a Python tuple and joined, about 19
per event in dense prose, though with one article only the pairs said twice
(``SAID_TWICE_AT``) can join; and the export built every row of the table before writing one.
The work is counted here (candidate and scored pairs per event), never timed.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from timeline_app.core.model import Article, PublishedSource
from timeline_app.core.reconcile import lone_article
from timeline_app.core.reconcile.clustering import cluster_events
from timeline_app.core.reconcile.lone_article import cluster_lone_article
from timeline_app.core.reconcile.signature_memo import SignatureMemo
from timeline_app.core.storage import export
from timeline_app.core.story.pipeline import analyze
from timeline_app.core.story.timeline import assemble

DEV_DATA = Path("/work/shared/dev-data/tbaq.jsonl")
SENTENCES = (
    "On {month} {day}, {year}, the council of {town} voted on the harbour budget.",
    "Two days later the mayor of {town} said the vote would stand until March {next}.",
    "Last Tuesday the minister met the board, and on Friday they signed the agreement.",
    "The works began in {month} {year} and should end by the summer of {next}.",
    'The strike that started on {day} {month} lasted three weeks; "we won the pay rise we '
    'asked for", Mr. Hale of {town} said.',
    "Residents were told on Wednesday that the bridge would reopen next spring.",
    "On {day} {month} {year} a fire closed the {town} ferry terminal for a week.",
)
MONTHS = ("January", "March", "May", "July", "September", "October", "December")
TOWNS = ("Aldmere", "Brookvale", "Corrin", "Dunmore")


def _dense(sentences: int, seed: int = 0, years: int = 35) -> str:
    """Dated prose that says some happenings again, word for word or nearly, days apart."""
    parts = ["Harbour news\n\nPublished: 12 March 2024\n\n"]
    for k in range(sentences):
        i = k + seed
        parts.append(SENTENCES[i % len(SENTENCES)].format(
            month=MONTHS[i * 5 % len(MONTHS)], day=1 + i * 11 % 28, year=1990 + i * 13 % years,
            next=1991 + i * 13 % years, town=TOWNS[i * 3 % len(TOWNS)]))  # fmt: skip
        parts.append("\n\n" if k % 5 == 4 else " ")
    return "".join(parts)


def _analysis(text: str, article_id: str = "big", published: date | None = date(2024, 3, 12)):
    article = Article(
        id=article_id,
        path=f"{article_id}.txt",
        title="Harbour news",
        text=text,
        published=published,
        published_source=PublishedSource.HEADER,
        lang="en",
    )
    return analyze(article)


def _texts() -> list[str]:
    texts = [_dense(1_500), _dense(1_200, seed=3)]
    if DEV_DATA.exists():  # real news prose (TimeBank), one article after another
        with DEV_DATA.open(encoding="utf-8") as fh:
            texts.append("\n\n".join(json.loads(line)["text"].strip() for line in fh))
    return texts


@pytest.mark.parametrize("which", [0, 1, 2])
def test_a_lone_article_gets_the_clusters_of_the_cross_source_stage(which, monkeypatch) -> None:
    texts = _texts()
    if which >= len(texts):
        pytest.skip("the development data is not here")
    analysis = _analysis(texts[which])
    lone = cluster_lone_article(analysis)
    assert lone == cluster_events([analysis])
    monkeypatch.setattr(lone_article, "MEMO_EVENTS", 0)  # a big text's: signatures not kept
    memo = SignatureMemo()
    assert cluster_lone_article(analysis, memo) == lone
    assert memo.known(analysis.events[0], analysis.article.text) is None
    assert sum(k != v for k, v in lone.items()) > (10 if which < 2 else 0)  # some said twice


def test_the_pairs_a_lone_article_scores_grow_as_its_text() -> None:
    # Pairs per event grow while the blocks of a month fill up to BLOCK_CAP, then stay; work
    # quadratic in a block (every pair of a month, or of a day) would double them here.
    counts = []
    for sentences in (1_200, 2_400):
        analysis = _analysis(_dense(sentences, years=3))
        tally: dict[str, int] = {}
        cluster_lone_article(analysis, counts=tally)
        counts.append((len(analysis.events), tally))
    (small_events, small), (big_events, big) = counts
    assert big_events > 1.9 * small_events
    for what in ("candidates", "scored", "kept"):
        per_event = small[what] / small_events, big[what] / big_events
        assert per_event[1] <= 1.5 * per_event[0], (what, per_event)
    assert big["kept"] <= big["scored"] <= big["candidates"]


def test_one_article_is_clustered_alone_and_many_across_sources(monkeypatch) -> None:
    import timeline_app.core.reconcile.clustering as clustering

    text = _dense(300)
    seen: list[int] = []
    general = clustering.cluster_events
    monkeypatch.setattr(clustering, "cluster_events",
                        lambda analyses, memo=None: seen.append(len(analyses)) or general(analyses, memo))  # fmt: skip
    alone = assemble([_analysis(text)])
    assert seen == []
    assert {e.cluster_id for e in alone.events} != {e.event_id for e in alone.events}
    assemble([_analysis(text, "a"), _analysis(_dense(300, seed=3), "b")])
    assert seen == [2]


def _csv(timeline, chunk_rows: int | None, monkeypatch) -> str:
    if chunk_rows is None:
        monkeypatch.setattr(export, "_chunkable", lambda timeline: False)
    else:
        monkeypatch.setattr(export, "CSV_CHUNK_ROWS", chunk_rows)
    out = io.StringIO()
    written = export.write_csv(timeline, out)
    assert written == len(list(csv.reader(io.StringIO(out.getvalue())))) - 1
    monkeypatch.undo()
    return out.getvalue()


@pytest.mark.parametrize("chunk_rows", [1, 7, 100_000])
def test_the_csv_written_a_chunk_at_a_time_is_the_whole_tables(chunk_rows, monkeypatch) -> None:
    # three dated articles: their publication rows fall among the mentions' dates
    analyses = [
        _analysis(_dense(40, seed=s), f"a{s}", date(2000 + 5 * s, 1 + s, 9)) for s in range(3)
    ]
    timeline = assemble(analyses)
    assert len(timeline.events) > 50
    whole = _csv(timeline, None, monkeypatch)
    assert whole.count("publication") >= 3
    assert _csv(timeline, chunk_rows, monkeypatch) == whole


def test_an_empty_table_written_a_chunk_at_a_time_keeps_its_header(monkeypatch) -> None:
    timeline = assemble([_analysis("Nothing dated here, nor there.")])
    whole = _csv(timeline, None, monkeypatch)
    assert _csv(timeline, 5, monkeypatch) == whole
    assert whole.startswith("event_id,")
