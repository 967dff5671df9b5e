"""A yearless dateline's inferred year overruled by related articles (issue 12).

Ingest infers a wire's year from its own mentions; a background mention ("warned in February
2025") may pick the year before the story's. Related articles with years of their own then say
the year, as they do for a dateline whose text gives none: the page is read against the
dateline's day in the story's year, estimated, and its report says why. Pages written here.
"""

from __future__ import annotations

from datetime import date

from timeline_app.core.ingest.articles import article_from_text
from timeline_app.core.model import AnchorSource
from timeline_app.core.reconcile.anchor_check import check_anchors
from timeline_app.core.story.estimates import with_estimates
from timeline_app.core.story.pipeline import analyze

WIRE = (
    "Ferry strike strands Harlin commuters\n\n"
    "HARLIN, May 12 (NWS) - Ferry crews of the Harlin Sound Line walked off the job on Tuesday, "
    "leaving hundreds of commuters stranded on both sides of the sound.\n\n"
    "An inspection ordered by the county council warned in February 2025 that the line's "
    "oldest ferries were unsafe in heavy weather."
)
RELATED = {
    "courier": ("Harlin ferry crews strike\n\nPublished 12 May {year}\n\nFerry crews of the "
                "Harlin Sound Line went on strike today and commuters were stranded at the "
                "Harlin terminal."),
    "gazette": ("Sound Line strike goes on\n\n13 May {year} | Staff reporter\n\nThe strike of "
                "Harlin Sound Line ferry crews went into its second day and commuters queued "
                "for buses around the sound."),
    "radio": ("Harlin ferries still idle\n\nPosted May 14, {year}\n\nNo ferry of the Harlin "
              "Sound Line sailed today as the crews' strike went on and commuters waited."),
}


def _analyses(year: int):
    pages = [article_from_text(WIRE, article_id="wire")]
    pages += [article_from_text(text.format(year=year), article_id=aid)
              for aid, text in sorted(RELATED.items())]
    return [analyze(page) for page in pages]


def test_ingest_infers_the_year_of_the_background_mention() -> None:
    wire = article_from_text(WIRE, article_id="wire")
    assert wire.published == date(2025, 5, 12)
    assert any(c.get("year") == "inferred" for c in wire.date_candidates)


def test_related_articles_of_another_year_overrule_it() -> None:
    analyses = _analyses(2026)
    assert [a.article.published.year for a in analyses] == [2025, 2026, 2026, 2026]
    report = check_anchors(analyses)["wire"]
    assert [p.kind for p in report.problems] == ["missing"]
    assert report.suggestion.best == date(2026, 5, 12)  # (a Tuesday, as the lead says)
    assert any("inferred from its own mentions" in r for r in report.suggestion.reasons)
    wire = next(a for a in with_estimates(analyses) if a.article.id == "wire")
    assert (wire.anchor.value, wire.anchor.source) == (date(2026, 5, 12), AnchorSource.ESTIMATED)


def test_related_articles_of_the_same_year_leave_it() -> None:
    analyses = _analyses(2025)
    assert check_anchors(analyses)["wire"].problems == []
    wire = next(a for a in with_estimates(analyses) if a.article.id == "wire")
    assert (wire.anchor.value, wire.anchor.source) == (date(2025, 5, 12), AnchorSource.DETECTED)


def test_too_few_related_articles_leave_it_to_the_conflict_search() -> None:
    """Two related pages do not re-date the wire; they may still show it disagrees."""
    analyses = _analyses(2026)[:3]
    assert [p.kind for p in check_anchors(analyses)["wire"].problems] in ([], ["conflict"])
    wire = next(a for a in with_estimates(analyses) if a.article.id == "wire")
    assert (wire.anchor.value, wire.anchor.source) == (date(2025, 5, 12), AnchorSource.DETECTED)
