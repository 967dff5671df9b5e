"""JSON and JSONL records: shapes, ids, hashes, and one problem per bad record or line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from timeline_app.core.ingest import IngestError, article_from_record, read_file
from timeline_app.core.ingest.records import canonical_hash
from timeline_app.core.model import PublishedSource

TEXT = "Ferry sinks off the coast; all passengers rescued, coastguard says in a statement."
RECORD = {
    "id": "r1",
    "title": "Ferry sinks off coast",
    "text": TEXT,
    "published": "2022-07-04T09:30:00Z",
    "url": "https://example.org/2022/07/04/ferry",
}


def _json(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_record_fields() -> None:
    article = article_from_record(RECORD, path="feed.json")
    assert (article.id, article.title, article.text) == ("r1", "Ferry sinks off coast", TEXT)
    assert article.published == date(2022, 7, 4)
    assert article.published_source is PublishedSource.META
    assert article.url == RECORD["url"]
    assert article.path == "feed.json"
    assert article.content_hash == canonical_hash(RECORD)
    assert article.content_hash == canonical_hash(dict(reversed(RECORD.items())))


def test_record_without_published_falls_back_to_url() -> None:
    article = article_from_record({k: v for k, v in RECORD.items() if k != "published"})
    assert (article.published, article.published_source) == (date(2022, 7, 4), PublishedSource.URL)


def test_record_with_html() -> None:
    html = "<html><body><article><h1>Ferry sinks</h1><p>" + TEXT + "</p></article></body></html>"
    article = article_from_record({"id": "h", "html": html})
    assert article.title == "Ferry sinks"
    assert article.text == TEXT


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "a", "title": "T"}, "no 'text' or 'html'"),
        ({"id": "a", "text": "   "}, "no 'text' or 'html'"),
        ({"id": "a", "text": 42}, "Field 'text' must be a string, not int."),
        ({"id": "a", "text": TEXT, "title": ["x"]}, "Field 'title' must be a string, not list."),
        ({"id": True, "text": TEXT}, "Field 'id' must be a string, not bool."),
        ({"id": "a", "text": TEXT, "published": 2022}, "Field 'published' must be a string"),
        ({"text": TEXT}, "no 'id'"),
        (["not", "a", "dict"], "must be a JSON object, not list"),
    ],
)
def test_bad_records_raise_clear_errors(record: object, message: str) -> None:
    with pytest.raises(IngestError, match=message.replace("(", r"\(").replace(")", r"\)")):
        article_from_record(record)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "shape",
    [RECORD, [RECORD], {"articles": [RECORD]}],
    ids=["one", "list", "articles"],
)
def test_json_shapes(tmp_path: Path, shape: object) -> None:
    articles, problems = read_file(_json(tmp_path, "feed.json", shape))
    assert problems == []
    assert [a.id for a in articles] == ["r1"]


def test_json_bad_record_is_a_problem_and_the_rest_loads(tmp_path: Path) -> None:
    data = [
        RECORD,
        {"id": "r2", "text": 5},
        {"id": "r3", "title": "No body"},
        {**RECORD, "id": "r4"},
    ]
    articles, problems = read_file(_json(tmp_path, "feed.json", data))
    assert [a.id for a in articles] == ["r1", "r4"]
    assert [p.message for p in problems] == [
        "Record 2 (id 'r2'): Field 'text' must be a string, not int.",
        "Record 3 (id 'r3'): The record has no 'text' or 'html'.",
    ]


def test_missing_ids_are_file_stem_and_index(tmp_path: Path) -> None:
    data = [{"text": TEXT}, {"text": TEXT + " More."}]
    articles, _ = read_file(_json(tmp_path, "batch.json", data))
    assert [a.id for a in articles] == ["batch_0", "batch_1"]


def test_jsonl_with_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps(RECORD), "{not json", "", json.dumps({**RECORD, "id": "r2"}), "[1, 2]"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, problems = read_file(path)
    assert [a.id for a in articles] == ["r1", "r2"]
    assert problems[0].message.startswith("Line 2 is not valid JSON")
    assert problems[1].message == "Line 5: A record must be a JSON object, not list."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{broken", "Not valid JSON"),
        ('"just a string"', "No article records found"),
        ('{"meta": 1}', "No article records found"),
        ("[]", "holds no records"),
    ],
)
def test_json_files_without_records(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    articles, problems = read_file(path)
    assert articles == []
    assert message in problems[0].message


def test_deeply_nested_json_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    articles, problems = read_file(path)
    assert articles == []
    assert problems[0].message == "The JSON is nested too deeply to read."


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2022-07-04", date(2022, 7, 4)),
        ("2022-07-04T23:30:00-05:00", date(2022, 7, 4)),
        ("July 4, 2022", date(2022, 7, 4)),
        ("4 July 2022 10:00", date(2022, 7, 4)),
        ("last Tuesday", None),
        ("2022-02-30", None),
    ],
)
def test_published_values(published: str, expected: date | None) -> None:
    article = article_from_record({"id": "a", "text": TEXT, "published": published})
    assert article.published == expected
    if expected is None:
        assert article.published_source is PublishedSource.NONE
        assert any("not understood" in w for w in article.warnings)
    else:
        assert article.published_source is PublishedSource.META


def test_a_lone_surrogate_escape_is_replaced_not_the_file_lost(tmp_path: Path) -> None:
    # JSON may escape half of a UTF-16 pair alone; Python cannot encode such a string
    raw = ('{"id": "a", "text": "Talks began \\ud800 on 3 March 2024 \\ud83d\\ude00."}\n'
           '{"id": "b", "text": "Talks ended on 5 March 2024."}\n')  # fmt: skip
    path = tmp_path / "feed.jsonl"
    path.write_text(raw, encoding="utf-8")
    articles, problems = read_file(path)
    assert problems == []
    assert [a.text for a in articles] == [
        "Talks began \ufffd on 3 March 2024 \U0001f600.", "Talks ended on 5 March 2024."]
