"""Issue 2's acceptance on the bundled seeds: the story from 1948 through both visits, headless."""

from __future__ import annotations

import csv
import json
from collections import defaultdict

import pytest

from timeline_app.cli import main
from timeline_app.core.resources import seeds_dir
from timeline_app.core.story.headless import open_corpus

ANCHOR_KEYS = {"article_id", "title", "published", "published_source", "anchor", "anchor_source",
               "problems", "suggestion", "published_precision", "lang", "candidates"}


@pytest.fixture(scope="module")
def corrected_rows(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds") / "out.csv"
    code = main(["export", str(seeds_dir()), "--anchor", "002=2023-10-19",
                 "--anchor", "004=2025-07-12", "--csv", str(out)])
    assert code == 0
    with out.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_story_runs_from_1948_to_july_2025(corrected_rows):
    begins = [r["begin"] for r in corrected_rows]
    assert begins == sorted(begins)
    assert begins[0] == "1948-01-01"
    assert corrected_rows[0]["granularity"] == "year"
    last = corrected_rows[-1]
    assert (last["begin"], last["granularity"], last["article_id"][:3]) == ("2025-07-12", "day", "004")


def test_october_2023_arrival_is_dated_by_several_sources(corrected_rows):
    by_day = defaultdict(set)
    for r in corrected_rows:
        if r["granularity"] == "day":
            by_day[r["begin"]].add(r["article_id"][:3])
    assert {"000", "001", "002", "003"} <= by_day["2023-10-18"]


def test_every_row_points_into_the_cleaned_text(corrected_rows):
    document = open_corpus([seeds_dir()])
    for r in corrected_rows:
        if r["role"] == "publication":  # the byline or header line, cut from the text
            continue
        text = document.analyses[r["article_id"]].article.text
        assert text[int(r["expr_start"]):int(r["expr_end"])] == r["expression"]
        assert r["expression"] in r["sentence"]


def test_no_event_comes_from_page_furniture(corrected_rows):
    document = open_corpus([seeds_dir()])
    for analysis in document.analyses.values():
        text = analysis.article.text
        for word in ("An icon of", "Related\n", "Ranking\n", "Recommendation\n", "Your donation",
                     "Register / Login", "Leave a Comment"):
            assert word not in text, (analysis.article.id, word)
    furniture_dates = {"2024 presidential race", "Week 1", "24 Hours", "2025 electric"}
    for r in corrected_rows:
        assert not any(f in r["sentence"] for f in furniture_dates), r["sentence"]


def test_without_anchors_the_undated_article_is_placed_on_its_estimate(tmp_path, capsys):
    out = tmp_path / "out.csv"
    assert main(["export", str(seeds_dir()), "--csv", str(out)]) == 0
    with out.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["article_id"].startswith("004")]
    assert rows, "the undated article still has its absolute dates"
    assert all(r["published"] == "" and r["anchor_source"] == "estimated" for r in rows)
    assert len({r["anchor"] for r in rows}) == 1 and rows[0]["anchor"]
    assert main(["anchors", str(seeds_dir()), "--json"]) == 0
    report = {r["article_id"][:3]: r for r in json.loads(capsys.readouterr().out)}
    assert all(set(r) == ANCHOR_KEYS for r in report.values())
    assert report["004"]["anchor"] == rows[0]["anchor"]
    assert report["004"]["anchor_source"] == "estimated"
    assert report["004"]["published_source"] == "none"
    assert "missing" in {p["kind"] for p in report["004"]["problems"]}
    assert (report["003"]["published"], report["003"]["published_source"]) == ("2023-10-18", "byline")
    assert (report["002"]["published"], report["002"]["published_source"]) == ("2025-04-26", "header")


def test_the_seed_project_carries_both_corrections(tmp_path):
    out = tmp_path / "p.csv"
    assert main(["export", str(seeds_dir() / "seeds.timeline"), "--csv", str(out)]) == 0
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    anchors = {r["article_id"][:3]: (r["anchor"], r["anchor_source"]) for r in rows}
    assert anchors["002"] == ("2023-10-19", "manual")
    assert anchors["004"] == ("2025-07-12", "manual")
    assert rows[0]["begin"] == "1948-01-01" and rows[-1]["begin"] == "2025-07-12"
