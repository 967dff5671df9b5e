from __future__ import annotations

import csv
import json
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.factories import analysis, mention
from timeline_app.core.model import Event, Granularity, Interval, Mention, Timeline, TimexType
from timeline_app.core.storage.export import (
    COLUMNS,
    event_rows,
    timelinejs,
    write_csv,
    write_json,
    write_timelinejs,
)
from timeline_app.core.story.timeline import assemble
from timeline_app.core.temporal.display import human_date

CONTRACT = [
    "event_id", "cluster_id", "article_id", "article_title", "published", "anchor",
    "anchor_source", "expression", "expr_start", "expr_end", "value", "begin", "end",
    "granularity", "mod", "sentence", "label",
]  # fmt: skip


def _timeline():
    body_a = "The bridge opened in 1932. It was closed for repairs in the summer of 2024."
    body_b = "Crews said on Monday, 3 June 2024 the work would last for three years."
    a = analysis(
        "a1",
        body_a,
        [
            mention("in 1932", body_a, "1932", Granularity.YEAR, date(1932, 1, 1), date(1933, 1, 1)),
            mention("the summer of 2024", body_a, "2024-SU", Granularity.SEASON,
                    date(2024, 6, 1), date(2024, 9, 1)),
        ],
        published=date(2024, 9, 2),
    )
    b = analysis(
        "b2",
        body_b,
        [
            mention("Monday, 3 June 2024", body_b, "2024-06-03", Granularity.DAY,
                    date(2024, 6, 3), date(2024, 6, 4)),
            mention("for three years", body_b, "P3Y", None, type_=TimexType.DURATION),
        ],
    )
    return assemble([a, b])


def test_csv_has_the_contract_columns_in_order_and_rows_sorted_by_begin(tmp_path):
    path = tmp_path / "events.csv"
    assert write_csv(_timeline(), path) == 4  # three mentions and a1's publication row
    with path.open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
        fh.seek(0)
        rows = list(csv.DictReader(fh))
    assert [(r["role"], r["begin"]) for r in rows if r["role"] != "mention"] == [
        ("publication", "2024-09-02")
    ]
    rows = [r for r in rows if r["role"] == "mention"]
    assert header[: len(CONTRACT)] == CONTRACT
    assert header == COLUMNS
    assert [r["begin"] for r in rows] == ["1932-01-01", "2024-06-01", "2024-06-03"]
    first = rows[0]
    assert first["expression"] == "in 1932"
    assert (first["value"], first["end"], first["granularity"]) == ("1932", "1933-01-01", "year")
    assert first["anchor"] == "2024-09-02" and first["anchor_source"] == "detected"
    assert first["sentence"] == "The bridge opened in 1932."
    body = "The bridge opened in 1932. It was closed for repairs in the summer of 2024."
    assert body[int(first["expr_start"]):int(first["expr_end"])] == "in 1932"


def test_durations_get_no_row_and_undated_articles_have_empty_anchor(tmp_path):
    rows = event_rows(_timeline())
    assert all(r["value"] != "P3Y" for r in rows)
    b_rows = [r for r in rows if r["article_id"] == "b2"]
    assert [(r["published"], r["anchor"], r["anchor_source"]) for r in b_rows] == [("", "", "none")]


def test_json_holds_the_same_rows(tmp_path):
    timeline = _timeline()
    path = tmp_path / "events.json"
    write_json(timeline, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    mentions = [d["event_id"] for d in data if d["role"] == "mention"]
    assert mentions == [r["event_id"] for r in event_rows(timeline)]
    assert [d["event_id"] for d in data if d["role"] == "publication"] == ["a1@published"]
    assert set(CONTRACT) <= set(data[0])


def _whole_json(timeline) -> str:
    from timeline_app.core.storage.publication import with_publication_rows

    return json.dumps(with_publication_rows(event_rows(timeline), timeline),
                      ensure_ascii=False, indent=1)


def test_json_written_a_row_at_a_time_is_the_whole_lists_dump(tmp_path):
    """A big text's JSON is streamed: the same bytes as ``json.dump`` of every row at once."""
    body = "Le 3 juin 2024, « Zoë » dit:\n\"oui\" — \u2028 fin le 4 juin 2024."
    odd = analysis("c3", body, [
        mention("3 juin 2024", body, "2024-06-03", Granularity.DAY, date(2024, 6, 3),
                date(2024, 6, 4)),
        mention("4 juin 2024", body, "2024-06-04", Granularity.DAY, date(2024, 6, 4),
                date(2024, 6, 5))], published=date(2024, 6, 3))  # fmt: skip
    timeline = _timeline()
    for shown in (timeline, assemble([odd, *timeline.analyses.values()]), assemble([])):
        path = tmp_path / "events.json"
        count = write_json(shown, path)
        assert path.read_text(encoding="utf-8") == _whole_json(shown)
        assert count == len(json.loads(_whole_json(shown)))


def test_timelinejs_display_dates_follow_granularity(tmp_path):
    data = timelinejs(_timeline(), "Bridge")
    displays = [slide["display_date"] for slide in data["events"]]
    assert displays == ["1932", "Summer 2024", "3 Jun 2024"]
    summer = data["events"][1]
    assert summer["start_date"] == {"year": 2024, "month": 6, "day": 1}
    assert summer["end_date"] == {"year": 2024, "month": 8, "day": 31}
    assert "closed for repairs" in summer["text"]["text"]
    assert "Title of a1" in summer["text"]["text"]
    path = tmp_path / "tl.json"
    assert write_timelinejs(_timeline(), path) == 3
    assert json.loads(path.read_text(encoding="utf-8"))["title"]["text"]["headline"] == "Timeline"


# event_rows formats each day, display date and confidence once per call and looks the rest
# up; the rows must be those of formatting every event afresh. Each field is mostly one of two,
# so that events often differ in one field only.
def _mostly(two: list, anything: st.SearchStrategy) -> st.SearchStrategy:
    return st.integers(0, 9).flatmap(lambda i: st.sampled_from(two) if i else anything)


@st.composite
def _placed_event(draw, article_ids=("a1", "b2")):
    begin = draw(_mostly([date(2023, 12, 5), date(2023, 12, 31)], st.dates(max_value=date(9999, 1, 1))))
    end = begin + timedelta(days=draw(_mostly([2, 28], st.integers(1, 366))))  # or same end
    value = draw(_mostly(["2024-SU", "2023-W52"], st.sampled_from(["199", "XXXX-WI", "19"])))
    mod = draw(_mostly(["", "START"], st.sampled_from(["MID", "END", "APPROX", "BEFORE", "LESS"])))
    granularity = draw(_mostly([Granularity.WEEK, Granularity.SEASON], st.sampled_from([*Granularity, None])))
    confidence = draw(_mostly([1, 1.0, 0.0, -0.0, 0.85], st.floats()))
    m = Mention(draw(st.integers(0, 50)), 60, "x", TimexType.DATE, value, mod, granularity,
                Interval(begin, end), confidence=confidence)  # fmt: skip
    article_id = draw(st.sampled_from(article_ids))
    return Event(f"{article_id}@{m.start}", article_id, m, 0, 1, "s", "l",
                 draw(st.sampled_from(["", "c1"])))  # fmt: skip


def _row_afresh(timeline, event: Event) -> dict:
    a = timeline.analyses[event.article_id]
    m = event.mention
    published = a.article.published.isoformat() if a.article.published else ""
    anchor = a.anchor.value.isoformat() if a.anchor.value else ""
    return {
        "event_id": event.event_id, "cluster_id": event.cluster_id or event.event_id,
        "article_id": a.article.id, "article_title": a.article.title, "published": published,
        "anchor": anchor, "anchor_source": a.anchor.source.value, "expression": m.text,
        "expr_start": m.start, "expr_end": m.end, "value": m.value,
        "begin": m.interval.begin.isoformat(), "end": m.interval.end.isoformat(),
        "granularity": m.granularity.value if m.granularity else "", "mod": m.mod,
        "sentence": event.sentence, "label": event.label, "display_date": human_date(m),
        "confidence": round(m.confidence, 3), "rule": m.rule, "reference": m.reference,
        "role": "mention",
        "lang": a.article.lang,
    }  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_placed_event(), min_size=5, max_size=40))
def test_rows_are_those_of_formatting_each_event_afresh(events):
    timeline = Timeline(
        {"a1": analysis("a1", "x", [], published=date(2024, 9, 2)), "b2": analysis("b2", "y", [])},
        events,
    )
    assert repr(event_rows(timeline)) == repr([_row_afresh(timeline, e) for e in events])
