"""The publication line is a row of the events export (``role`` ``publication``)."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from timeline_app.core.storage.export import write_csv, write_json
from timeline_app.core.storage.publication import date_text
from timeline_app.core.story.headless import open_corpus

PAGE = """Harbour dredging to start next month
By Mei Lin Tan
11 May 2020
Dredging of the inner harbour will start in June, the port board said on Monday.
The board said the contract signed on 2 April 2020 would see the work finished before autumn.
"""
MONTHLY = """DATE: 2019-03
Regional airline adds winter routes
The regional airline will add three winter routes to ski towns, its chief executive said.
The routes were dropped on 4 January 2015 when demand fell.
"""


def test_each_dated_article_has_one_publication_row(tmp_path: Path) -> None:
    (tmp_path / "dredging.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "routes.txt").write_text(MONTHLY, encoding="utf-8")
    (tmp_path / "undated.txt").write_text(PAGE.replace("11 May 2020\n", ""), encoding="utf-8")
    timeline = open_corpus([tmp_path]).timeline
    write_csv(timeline, tmp_path / "out.csv")
    with (tmp_path / "out.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    published = [r for r in rows if r["role"] == "publication"]
    assert [(r["article_id"], r["begin"], r["granularity"]) for r in published] == [
        ("routes", "2019-03-01", "month"),
        ("dredging", "2020-05-11", "day"),
    ]
    assert published[1]["expression"] == "11 May 2020" and published[1]["value"] == "2020-05-11"
    assert {r["role"] for r in rows} == {"publication", "mention"}
    assert any(r["role"] == "mention" and r["value"] == "2020-04-02" for r in rows)
    assert [r["begin"] for r in rows] == sorted(r["begin"] for r in rows)
    write_json(timeline, tmp_path / "out.json")
    as_json = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [r["role"] for r in as_json] == [r["role"] for r in rows]


def test_the_expression_is_the_date_not_the_furniture_beside_it() -> None:
    """A header line may carry the site's menu after its date: the row names the date alone."""
    assert date_text("date 2021-03-05 Subscribe Sign in / Register", date(2021, 3, 5)) == (
        "2021-03-05")
    assert date_text("Friday 5 March 2021 09:15 GMT", date(2021, 3, 5)) == (
        "Friday 5 March 2021 09:15 GMT")
    assert date_text("Updated: 05-03-2021 11:40 IST | Share", date(2021, 3, 5)) == (
        "05-03-2021 11:40 IST")
    # nothing in the line names the month: the line stays, as the source it came from
    assert date_text("Posted by the desk", date(2021, 3, 5)) == "Posted by the desk"
