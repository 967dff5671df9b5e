"""``anchors --json``: the candidates each page offered, best first, with scores and reasons."""

from __future__ import annotations

from pathlib import Path

from timeline_app.core.story.headless import anchor_report, open_corpus

PAGES = Path(__file__).parents[3] / "bench" / "data" / "pages"


def _report(tmp_path: Path, **pages: str) -> dict[str, dict]:
    for name, text in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    document = open_corpus([tmp_path])
    return {row["article_id"]: row for row in anchor_report(document)}


def test_widget_update_and_first_publication(tmp_path: Path) -> None:
    text = (PAGES / "hand_15_widget_and_update.txt").read_text(encoding="utf-8")
    row = _report(tmp_path, page=text)["page"]
    assert (row["published"], row["published_precision"]) == ("2023-09-05", "day")
    dates = [c["date"] for c in row["candidates"]]
    assert dates == ["2023-09-05", "2023-09-07", "2023-09-09"]
    scores = [c["score"] for c in row["candidates"]]
    assert scores == sorted(scores, reverse=True)
    assert "update" in row["candidates"][1]["why"] and "widget" in row["candidates"][2]["why"]
    assert set(row) >= {"lang", "candidates", "published_precision"}


def test_month_header_and_inferred_dateline_year(tmp_path: Path) -> None:
    rows = _report(
        tmp_path,
        month=(PAGES / "hand_11_header_month.txt").read_text(encoding="utf-8"),
        wire=(PAGES / "hand_03_two_word_city.txt").read_text(encoding="utf-8"),
    )
    assert rows["month"]["published_precision"] == "month"
    assert rows["month"]["candidates"][0]["date"] == "2019-03"
    assert rows["wire"]["published_source"] == "dateline"
    assert "inferred" in rows["wire"]["candidates"][0]["why"]


def test_undated_page_lists_what_it_refused(tmp_path: Path) -> None:
    text = (PAGES / "gen_140_related_list_only.txt").read_text(encoding="utf-8")
    row = _report(tmp_path, page=text)["page"]
    assert row["published"] is None and row["published_precision"] is None
    assert row["candidates"] and all(c["score"] < 0.3 for c in row["candidates"])
    assert any(p["kind"] == "missing" for p in row["problems"])
