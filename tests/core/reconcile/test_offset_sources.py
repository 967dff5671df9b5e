"""An undated page's "a month after the flood" read against the sources of the same return.

A source that dates the return to class "on Tuesday, a month after the flood" dates the
return, not the flood: it was taken as a report of the flood, and put the undated page a month
after the return. And a wire whose dateline gives the day without a year, the year fixed by
related pages, is a source for an undated page as a stamped page is. Pages written here.
"""

from __future__ import annotations

from datetime import date

from timeline_app.core.ingest.articles import article_from_text
from timeline_app.core.reconcile.anchor_evidence import offset_from
from timeline_app.core.story.estimates import with_estimates
from timeline_app.core.story.pipeline import analyze

PAGES = {
    "a_flood": ("Flood fills Selby schools with mud\n\nPublished 11 October 2026\n\nThe river "
                "Orla broke its banks in Selby on Saturday night and filled three of the town's "
                "schools and the Selby market hall with mud."),
    "b_cost": ("Selby counts the cost of the Orla flood\n\nPosted October 13, 2026\n\nSelby "
               "traders said on Monday the Orla flood had ruined the market hall and three "
               "schools in the town."),
    "c_mayor": ("Selby mayor asks for flood money\n\n14 October 2026 | Staff reporter\n\nThe "
                "mayor of Selby, Ines Lund, asked the government for money to clean the town's "
                "schools after the Orla flood."),
    "d_wire": ("Selby children back at school\n\nSELBY, Nov 10 (NWS) - Children in Selby went "
               "back to their classrooms on Tuesday, a month after the Orla flood that filled three "
               "of the town's schools with mud, the Selby school board said."),
    "e_undated": ("Back to school in Selby\n\nThree of Selby's schools opened their doors again "
                  "on Tuesday, a month after the flood that filled their classrooms with mud."),
}


def test_a_sentence_dating_its_news_after_the_happening_is_no_report_of_it() -> None:
    wire = "Children went back to class on Tuesday, a month after the flood that filled the schools."
    assert offset_from(wire, "flood that filled their classrooms with mud")
    assert offset_from(wire, "storm flooded the schools")  # (one class of deed: a flood)
    assert not offset_from("The river flooded three schools on Saturday night.", "flood")
    assert not offset_from(wire, "visit of the minister to the town")


def test_the_undated_page_is_placed_by_the_wire_that_dates_the_same_return() -> None:
    analyses = [analyze(article_from_text(text, article_id=aid))
                for aid, text in sorted(PAGES.items())]
    assert analyses[3].article.published is None  # the wire's year is the related pages'
    placed = {a.article.id: a.anchor for a in with_estimates(analyses)}
    assert placed["d_wire"].value == date(2026, 11, 10)
    undated = placed["e_undated"].value
    assert undated is not None and abs((undated - date(2026, 11, 10)).days) <= 3, undated


def test_an_offset_alone_is_read_from_the_reports_of_the_happening_it_names() -> None:
    pages = dict(PAGES, e_undated=(
        "Back to school in Selby\n\nThree of Selby's schools have opened their doors again, a "
        "month after the Orla flood that filled their classrooms with mud."))
    analyses = [analyze(article_from_text(text, article_id=aid))
                for aid, text in sorted(pages.items())]
    undated = {a.article.id: a.anchor for a in with_estimates(analyses)}["e_undated"].value
    assert undated is not None and abs((undated - date(2026, 11, 10)).days) <= 7, undated
