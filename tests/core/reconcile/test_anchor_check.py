"""Anchor checks on small corpora written here: a syndicated copy, undated pages, a bad page date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from timeline_app.core.corrections.edits import SetAnchor
from timeline_app.core.model import (
    Anchor,
    AnchorSource,
    Article,
    ArticleAnalysis,
    Interval,
    PublishedSource,
)
from timeline_app.core.reconcile.anchor_check import AnchorReport, check_anchors
from timeline_app.core.reconcile.clustering import cluster_events
from timeline_app.core.story.pipeline import analyze

FIRE = date(2021, 3, 10)  # a Wednesday

ORIGINAL = """Fire crews fought a huge blaze at the Kestrel paper mill in Dunmore on Wednesday.
The fire broke out in the drying hall of the Kestrel mill shortly after midnight on Wednesday and burned for eleven hours.
Mill owner Brightwater Holdings said on Thursday that 140 workers would be paid while the site is closed.
The mill, built in 1952, was bought by Brightwater Holdings in 2016.
Investigators from the Dunmore fire service began their inquiry on Thursday."""

SECOND = """A blaze tore through the Kestrel paper mill in Dunmore on Wednesday, fire crews said.
Brightwater Holdings, which owns the Kestrel mill, said on Thursday it would keep paying its 140 workers.
The Dunmore fire service said investigators started work on Thursday."""

THIRD = """Dunmore was counting the cost on Friday after a huge fire at the Kestrel paper mill on Wednesday.
Brightwater Holdings said on Thursday that the 140 mill workers would keep their pay.
The mayor of Dunmore, Ruth Calloway, visited the burned drying hall on Friday."""

UNDATED = """Brightwater Holdings will rebuild the Kestrel paper mill in Dunmore, its chief executive Tom Ferris said on Monday.
The mill was gutted by a fire at the Kestrel mill in Dunmore on Wednesday last week, fire crews said.
Ferris said the 140 workers kept their pay since the fire.
Brightwater bought the mill in 2016."""


def _article(aid: str, text: str, published: date | None) -> Article:
    source = PublishedSource.HEADER if published else PublishedSource.NONE
    return Article(aid, text.splitlines()[0][:60], text, published, source)


@pytest.fixture(scope="module")
def fire() -> list[ArticleAnalysis]:
    """Three reports of a mill fire, a copy of the first republished 15 months later, and an
    undated follow-up written the Monday after the fire."""
    return [
        analyze(_article("a_original", ORIGINAL, FIRE + timedelta(days=1))),
        analyze(_article("b_second", SECOND, FIRE + timedelta(days=1))),
        analyze(_article("c_third", THIRD, FIRE + timedelta(days=2))),
        analyze(_article("d_copy", ORIGINAL, date(2022, 6, 20))),
        analyze(_article("e_undated", UNDATED, None)),
    ]


@pytest.fixture(scope="module")
def reports(fire) -> dict[str, AnchorReport]:
    return check_anchors(fire)


def test_every_article_gets_a_report(reports, fire):
    assert set(reports) == {a.article.id for a in fire}
    for aid in ("a_original", "b_second", "c_third"):
        assert reports[aid].problems == []
        assert reports[aid].suggestion is None


def test_a_republished_copy_is_a_conflict_with_the_original_date_suggested(reports):
    report = reports["d_copy"]
    assert [p.kind for p in report.problems] == ["conflict"]
    suggestion = report.suggestion
    assert suggestion is not None
    assert abs((suggestion.best - (FIRE + timedelta(days=1))).days) <= 3
    assert suggestion.begin <= suggestion.best < suggestion.end
    assert any("2022-06-20" in r for r in suggestion.reasons)  # the page date it contradicts


def test_an_undated_article_gets_an_honest_estimate(reports):
    report = reports["e_undated"]
    assert [p.kind for p in report.problems] == ["missing"]
    s = report.suggestion
    assert s is not None
    truth = FIRE + timedelta(days=5)
    assert s.begin <= truth < s.end
    assert (s.end - s.begin).days <= 366
    assert s.begin >= date(2016, 1, 1)  # it tells of 2016 as past
    assert s.reasons and all(isinstance(r, str) and r for r in s.reasons)


def test_suggestions_are_never_applied_silently(fire, reports):
    assert fire[3].anchor.source == AnchorSource.DETECTED
    assert fire[4].anchor.source == AnchorSource.NONE
    edit = reports["d_copy"].suggestion.edit("d_copy")
    assert isinstance(edit, SetAnchor)
    assert (edit.article_id, edit.value) == ("d_copy", reports["d_copy"].suggestion.best)
    assert edit.suggested  # accepted, the anchor source becomes "suggested"


def test_the_corrected_copy_joins_its_sources_clusters(fire, reports):
    best = reports["d_copy"].suggestion.best
    fixed = [a if a.article.id != "d_copy" else
             analyze(a.article, Anchor(best, AnchorSource.SUGGESTED)) for a in fire]
    clusters = cluster_events(fixed)
    text = ORIGINAL
    fire_day = [f"{aid}@{text.index('Wednesday')}" for aid in ("a_original", "d_copy")]
    assert clusters[fire_day[0]] == clusters[fire_day[1]]
    second = f"b_second@{SECOND.index('Wednesday')}"
    assert clusters[second] == clusters[fire_day[0]]


def test_only_the_later_of_a_lone_original_and_copy_is_at_fault():
    pair = [analyze(_article("orig", ORIGINAL, FIRE + timedelta(days=1))),
            analyze(_article("copy", ORIGINAL, date(2023, 2, 2)))]
    # a copy is word for word the original: its events match one for one
    reports = check_anchors(pair)
    assert reports["orig"].problems == []
    assert [p.kind for p in reports["copy"].problems] == ["conflict"]


def test_a_year_told_as_past_after_the_page_date_is_a_conflict():
    text = "The Harlow footbridge was finished in 2021 after two years of work, the council said."
    report = check_anchors([analyze(_article("early", text, date(2019, 5, 1)))])["early"]
    assert [p.kind for p in report.problems] == ["conflict"]
    assert "2021" in report.problems[0].detail


def test_an_undated_article_with_nothing_to_go_on_has_no_suggestion():
    text = "Residents say the park is quieter than it used to be. Some miss the old bandstand."
    report = check_anchors([analyze(_article("vague", text, None))])["vague"]
    assert [p.kind for p in report.problems] == ["missing"]
    assert report.suggestion is None


def test_an_undated_article_with_only_a_past_year_is_placed_within_a_year_after_it():
    text = "The Harlow footbridge was finished in 2021 after two years of work, the council said."
    report = check_anchors([analyze(_article("later", text, None))])["later"]
    s = report.suggestion
    assert s is not None and s.begin == date(2021, 1, 1) and (s.end - s.begin).days <= 366


def test_report_dict_has_the_contract_fields(reports):
    d = reports["d_copy"].to_dict()
    assert {"problems", "suggestion"} <= set(d)
    assert set(d["problems"][0]) == {"kind", "detail"}
    assert set(d["suggestion"]) == {"best", "begin", "end", "reasons"}
    date.fromisoformat(d["suggestion"]["best"])
    assert reports["a_original"].to_dict()["suggestion"] is None


def test_a_manual_anchor_is_not_second_guessed(fire):
    manual = replace(fire[3], anchor=Anchor(date(2022, 6, 20), AnchorSource.MANUAL))
    reports = check_anchors([*fire[:3], manual])
    assert reports["d_copy"].problems == []


@pytest.fixture(scope="module")
def seeds() -> list[ArticleAnalysis]:
    from timeline_app.core.ingest import read_file
    from timeline_app.core.resources import seeds_dir

    articles = [a for path in sorted(seeds_dir().glob("*.txt")) for a in read_file(path)[0]]
    return [analyze(a) for a in articles]


def _seed(analyses: list[ArticleAnalysis], prefix: str) -> str:
    return next(a.article.id for a in analyses if a.article.id.startswith(prefix))


def test_seeds_undated_page_is_missing_with_an_estimate_holding_its_date(seeds):
    report = check_anchors(seeds)[_seed(seeds, "004")]
    assert [p.kind for p in report.problems] == ["missing"]
    s = report.suggestion
    assert s is not None and s.begin <= date(2025, 7, 12) < s.end
    assert (s.end - s.begin).days <= 366


def test_seeds_republished_page_is_a_conflict_pointing_back_to_the_story(seeds):
    reports = check_anchors(seeds)
    report = reports[_seed(seeds, "002")]
    assert [p.kind for p in report.problems] == ["conflict"]
    assert abs((report.suggestion.best - date(2023, 10, 19)).days) <= 3
    for prefix in ("000", "001", "003"):
        assert reports[_seed(seeds, prefix)].problems == []


def test_seeds_arrival_is_one_cluster_of_four_sources_once_the_copy_is_corrected(seeds):
    copy = _seed(seeds, "002")
    best = check_anchors(seeds)[copy].suggestion.best
    fixed = [a if a.article.id != copy else analyze(a.article, Anchor(best, AnchorSource.SUGGESTED))
             for a in seeds]
    clusters = cluster_events(fixed)
    arrival = date(2023, 10, 18)
    sources: dict[str, set[str]] = {}
    for a in fixed:
        for e in a.events:
            if e.interval == Interval.day(arrival):
                sources.setdefault(clusters[e.event_id], set()).add(a.article.id[:3])
    assert {"000", "001", "002", "003"} in sources.values()


def test_a_month_after_a_happening_dated_elsewhere_dates_the_page():
    dam = "The Gorran dam in the Ellery valley collapsed on 2 May 2020, flooding four villages."
    later = ("Engineers began rebuilding the Gorran dam on Monday, a month after the Gorran dam "
             "in the Ellery valley collapsed and flooded four villages.")
    reports = check_anchors([analyze(_article("dam", dam, date(2020, 5, 3))),
                             analyze(_article("rebuild", later, date(2023, 1, 16)))])
    report = reports["rebuild"]
    assert [p.kind for p in report.problems] == ["conflict"]
    assert abs((report.suggestion.best - date(2020, 6, 1)).days) <= 12
    assert any("a month after" in r for r in report.suggestion.reasons)
    assert reports["dam"].problems == []


OTHER_STORY = """Voters in Marrow County approved a new library levy on Tuesday by a wide margin.
The levy will fund longer opening hours at all five branches, the county clerk said on Wednesday.
The library board first asked for the levy in 2014."""


def test_articles_of_another_story_do_not_pull_an_estimate(fire):
    others = [analyze(_article(f"z_levy{i}", OTHER_STORY, date(2015, 11, 4) + timedelta(days=i)))
              for i in range(3)]
    alone = check_anchors(fire)["e_undated"].suggestion
    mixed = check_anchors([*fire, *others])["e_undated"].suggestion
    assert (mixed.best, mixed.begin, mixed.end) == (alone.best, alone.begin, alone.end)
    vague = "The mill workers in Dunmore say the town is quieter now. Some miss the old mill."
    lone = analyze(_article("vague", vague, None))
    assert check_anchors([*others, lone])["vague"].suggestion is None


def test_a_year_inside_a_name_is_not_a_date_of_writing():
    text = ("Negotiators met again in Geneva on fishing rights.\n"
            "The meeting echoes the 2016 accord signed in Lima, which both sides praised.")
    report = check_anchors([analyze(_article("named", text, None))])["named"]
    assert report.suggestion is None  # nothing but a name: no estimate from it


def test_the_point_estimate_is_not_the_start_of_the_range():
    text = "The Harlow footbridge was finished in 2021 after two years of work, the council said."
    s = check_anchors([analyze(_article("later", text, None))])["later"].suggestion
    assert s.begin < s.best < s.end
    assert abs((s.best - (s.begin + (s.end - s.begin) / 2)).days) <= 7


def test_the_estimate_is_the_working_anchor_and_missing_is_still_reported(fire):
    from timeline_app.core.reconcile.anchor_check import estimated_anchors

    anchors = estimated_anchors(fire)
    assert set(anchors) == {"e_undated"}
    anchor = anchors["e_undated"]
    assert anchor.source == AnchorSource.ESTIMATED and anchor.interval.contains(anchor.value)
    placed = [analyze(a.article, anchor) if a.article.id == "e_undated" else a for a in fire]
    assert placed[4].events and all(e.interval for e in placed[4].events)
    report = check_anchors(placed)["e_undated"]
    assert [p.kind for p in report.problems] == ["missing"]
    assert report.suggestion.best == anchor.value  # the same evidence, the same estimate


def _run_anchors(paths: list[str], seed: str) -> str:
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-m", "timeline_app", "anchors", "--json", *paths],
                          capture_output=True, text=True, env=env, check=True)
    return done.stdout


def test_estimates_on_the_command_line_are_the_same_whatever_the_seed_or_order(tmp_path):
    import json

    pages = {"a_original": (ORIGINAL, "Date: 2021-03-11"), "b_second": (SECOND, "Date: 2021-03-11"),
             "c_third": (THIRD, "Date: 2021-03-12"), "e_undated": (UNDATED, ""),
             "z_levy": (OTHER_STORY, "Date: 2015-11-04")}
    paths = []
    for name, (text, header) in pages.items():
        title = text.splitlines()[0][:50]
        path = tmp_path / f"{name}.txt"
        path.write_text("\n".join(filter(None, [title, header, "", text])), encoding="utf-8")
        paths.append(str(path))
    first = _run_anchors(paths, "1")
    assert _run_anchors(paths[::-1], "2") == first
    assert _run_anchors([str(tmp_path)], "3") == first
    rows = {row["article_id"]: row for row in json.loads(first)}
    undated = rows["e_undated"]
    assert undated["published"] is None and undated["anchor_source"] == "estimated"
    assert [p["kind"] for p in undated["problems"]] == ["missing"]
    assert undated["anchor"] == undated["suggestion"]["best"]
    truth = FIRE + timedelta(days=5)
    assert undated["suggestion"]["begin"] <= truth.isoformat() < undated["suggestion"]["end"]


def test_related_articles_fix_the_year_of_a_dateline_without_one():
    from timeline_app.core.ingest.articles import article_from_text

    raw = ("Kestrel mill to be rebuilt\n\nDUNMORE, March 15 (Wire) - Brightwater Holdings will "
           "rebuild the Kestrel paper mill in Dunmore after the fire at the Kestrel mill, its "
           "chief executive Tom Ferris said on Monday.\n\nThe 140 workers kept their pay.")
    article = article_from_text(raw, article_id="f_wire")
    assert article.published is None
    assert {"date": "--03-15", "source": "dateline"}.items() <= article.date_candidates[-1].items()
    fire = [analyze(_article("a_original", ORIGINAL, FIRE + timedelta(days=1))),
            analyze(_article("b_second", SECOND, FIRE + timedelta(days=1))),
            analyze(article)]
    report = check_anchors(fire)["f_wire"]
    assert [p.kind for p in report.problems] == ["missing"]
    assert report.suggestion.best == date(2021, 3, 15)
    assert "without a year" in report.suggestion.reasons[-1]


def test_exports_of_a_folder_with_estimates_are_identical_whatever_the_seed_or_order(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    folder = Path(__file__).parents[3] / "bench" / "data" / "stories" / "valley"
    files = sorted(str(p) for p in folder.glob("*.txt"))
    outputs = []
    for seed, paths in (("1", files), ("2", files[::-1]), ("3", [str(folder)])):
        out = tmp_path / f"{seed}.csv"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "timeline_app", "export", *paths, "--csv", str(out)],
                       capture_output=True, env=env, check=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    assert b",estimated," in outputs[0] and b",publication" in outputs[0]


REBUILD = """Brightwater Holdings will rebuild the Kestrel paper mill in Dunmore, its chief executive Tom Ferris said on Monday.
The 140 workers of the Kestrel mill in Dunmore kept their pay, Ferris said.
Brightwater bought the mill in 2016."""

INSURERS = """Insurers of the Kestrel paper mill in Dunmore agreed on Wednesday to pay Brightwater Holdings for the rebuilding.
Brightwater Holdings said the Kestrel mill would reopen within a year."""


def test_a_late_copy_of_a_wire_dated_only_by_its_yearless_dateline_is_caught():
    """The one source that tells the copy's happenings is the wire it was copied from, whose
    dateline has no year: once related pages fix that year, the wire disagrees with the copy."""
    from timeline_app.core.ingest.articles import article_from_text
    from timeline_app.core.story.estimates import with_estimates

    wire = article_from_text("Fire guts Kestrel mill\n\nDUNMORE, March 11 (Wire) - " + ORIGINAL,
                             article_id="w_wire")
    assert wire.published is None
    analyses = with_estimates([
        analyze(wire),
        analyze(_article("r_rebuild", REBUILD, date(2021, 3, 22))),
        analyze(_article("s_insurers", INSURERS, date(2021, 3, 25))),
        analyze(_article("c_copy", ORIGINAL, date(2021, 5, 4))),
    ])
    reports = check_anchors(analyses)
    assert analyses[0].anchor.value == date(2021, 3, 11)
    assert [p.kind for p in reports["c_copy"].problems] == ["conflict"]
    assert abs((reports["c_copy"].suggestion.best - date(2021, 3, 11)).days) <= 1
    assert not reports["r_rebuild"].problems and not reports["s_insurers"].problems



def test_the_working_anchor_of_an_undated_article_is_the_day_its_report_suggests():
    """An estimate is made again on the article read against it (a day and month then get
    their year), and without the pages found at fault (a copy stamped a year late), until it
    holds: the checks, which see the article so read, suggest that same day."""
    from pathlib import Path

    from timeline_app.core.story.headless import anchor_report, open_corpus

    folder = Path(__file__).parents[3] / "bench" / "data" / "stories" / "velm_spill"
    rows = anchor_report(open_corpus([folder]))
    estimated = [r for r in rows if r["anchor_source"] == "estimated" and r["suggestion"]]
    assert len(estimated) >= 10
    for row in estimated:
        assert row["suggestion"]["best"] == row["anchor"], row["article_id"]


CLUB = """The Dunmore anglers' club met on Tuesday to talk about the Kestrel paper mill.
Members asked Brightwater Holdings, owner of the Kestrel mill in Dunmore, to test the water."""


def test_an_article_of_the_story_whose_events_line_up_with_none_is_placed_within_its_days(fire):
    """Related articles give a range even when none of them dates what it tells: the days they
    were written (pages found at fault left out)."""
    analyses = [*fire[:4], analyze(_article("h_club", CLUB, None))]
    report = check_anchors(analyses)["h_club"]
    assert [p.kind for p in report.problems] == ["missing"]
    s = report.suggestion
    assert s is not None
    assert (s.begin, s.end) == (FIRE + timedelta(days=1), FIRE + timedelta(days=3))
    assert s.begin <= s.best < s.end


LAWSUIT = """Kestrel mill workers sue Brightwater Holdings
Workers at the Kestrel paper mill in Dunmore filed a lawsuit against Brightwater Holdings on Friday, adding to the cost of the fire that gutted the mill.
Brightwater Holdings said it would defend the case."""

RESIGNED = """Brightwater Holdings chief quits over Kestrel mill
Tom Ferris, the head of Brightwater Holdings, resigned on Monday, five weeks after the fire that gutted the Kestrel mill in Dunmore.
Brightwater Holdings said its finance chief would run the group for now."""


def test_weeks_after_a_happening_rest_on_its_own_reports_not_on_those_recalling_it():
    # the lawsuit's sentence reads most like "the fire that gutted the Kestrel mill", but its
    # date is the day of the filing: only the fire's own reports place the undated page
    written = FIRE + timedelta(weeks=5)
    pages = [analyze(_article("a_original", ORIGINAL, FIRE + timedelta(days=1))),
             analyze(_article("b_second", SECOND, FIRE + timedelta(days=1))),
             analyze(_article("c_third", THIRD, FIRE + timedelta(days=2))),
             analyze(_article("f_lawsuit", LAWSUIT, FIRE + timedelta(days=24))),
             analyze(_article("g_resigned", RESIGNED, None))]
    s = check_anchors(pages)["g_resigned"].suggestion
    assert s is not None
    assert abs((s.best - written).days) <= 3
    assert s.begin <= written < s.end
    assert not any("f_lawsuit" in r and "five weeks after" in r for r in s.reasons)
    assert any("five weeks after" in r for r in s.reasons)  # the estimate says what it rests on
