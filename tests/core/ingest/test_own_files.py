"""Files the app writes itself, found among articles, are passed over quietly."""

from __future__ import annotations

from datetime import date

from timeline_app.core.corrections.edits import SetAnchor
from timeline_app.core.corrections.ledger import Corrections
from timeline_app.core.ingest import discover, read_file
from timeline_app.core.storage.projectfiles import export_corrections


def test_exported_corrections_beside_articles_are_not_articles(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Ferry returns\n\ndate 2020-05-04\n\nThe ferry returned to service on Monday after repairs.",
        encoding="utf-8",
    )
    export_corrections(Corrections([SetAnchor("a", date(2020, 5, 1))]), tmp_path / "fixes.json")
    files, problems = discover([tmp_path])
    loaded = [read_file(f) for f in files]
    assert problems == []
    assert [a.id for articles, _ in loaded for a in articles] == ["a"]
    assert [p for _, found in loaded for p in found] == []


def test_other_json_without_records_is_still_reported(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('{"format": "someone else", "rows": []}', encoding="utf-8")
    articles, problems = read_file(path)
    assert articles == [] and len(problems) == 1


def test_a_text_article_loads_past_5_mb_and_a_collection_keeps_the_file_limit(tmp_path):
    """Issue 17: big text loads (up to TEXT_LIMIT, like a record's text); collections hold more."""
    from timeline_app.core.ingest.reading import TEXT_LIMIT

    text, records = tmp_path / "big.txt", tmp_path / "big.jsonl"
    for size in (6 * 1024 * 1024, TEXT_LIMIT + 1):
        for path in (text, records):
            with path.open("wb") as handle:  # sparse: no disk used
                handle.truncate(size)
        for path in (text, records):
            _, problems = read_file(path)
            too_large = any("too large" in p.message for p in problems)
            if path.suffix == ".txt":  # a collection holds many texts: the file limit is higher
                assert too_large == (size > TEXT_LIMIT), (path.name, size, problems)
            else:
                assert not too_large, (path.name, size, problems)
