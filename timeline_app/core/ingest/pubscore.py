"""Choosing the publication date among a page's candidates, with a score and reasons for each.

A page shows many dates: the site's clock above the masthead, the stamp by the headline, an update
stamp, a dateline, a caption, dates in related-headline lists and quoted posts. Each candidate
starts from what its kind of line is worth and loses for what makes it unlikely to be the page's
own date; the best score wins, a labelled stamp then page order break ties, and nothing under
``MIN_SCORE`` wins.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from timeline_app.core.model import PublishedSource

from .candidates import DateCandidate

__all__ = ["MIN_SCORE", "Scored", "choose_publication", "rank_candidates"]

MIN_SCORE = 0.3
"""A candidate scored below this is listed, never chosen."""

_BASE = {
    PublishedSource.HEADER: (0.9, "a labelled or machine-written date line"),
    PublishedSource.BYLINE: (0.8, "a byline stamp"),
    PublishedSource.DATELINE: (0.75, "an agency dateline"),
    PublishedSource.CAPTION: (0.35, "a photo caption's date"),
}

_CONTEXT = {
    "footer": (0.2, "at the foot of the page"),
    "widget": (0.9, "beside a weather reading: the site's widget, the day of reading"),
    "masthead": (0.6, "above the site's menus, not by the headline: the site's date line"),
    "place_clock": (0.6, "a place and the time of day above the headline: the site's clock"),
    "reading_day": (0.6, "the site's date above a stamp that only reads right before it"),
    "quoted": (0.7, "inside a quoted post, not the page's date"),
    "related": (0.65, "in a list of other stories"),
    "event": (0.7, "beside an event's hours (10am – 4pm): the event's day, not the page's"),
    "fixture": (0.7, "right under a match's score: the match's day, not the report's"),
    "after_prose": (0.5, "below the start of the article's text: another story's or a post's date"),
    "after_article": (0.7, "below the article's text: another story's date in a list"),
    "archive": (0.8, "a lead under an archive's heading: when the photo or story is from"),
    "story_foot": (0.3, "alone below the article's text, before a list or the end: its foot stamp"),
    "print_issue": (0.4, "a print edition's day: the web page's own stamp is preferred"),
    "first_elsewhere": (
        0.4,
        "the day the original appeared in another outlet: the copy's own stamp is preferred",
    ),
    "relative_first": (
        0.5,
        "beside a first publication told relatively ('Publié hier'): that day is not the update's",
    ),
    "date_list": (
        0.9,
        "on a run of dated lines: a table or list of dates (a schedule, an archive)",
    ),
    "listing": (0.9, "an item of a listing: headline, date and teaser, again and again"),
}
"""Where a candidate stands, what that takes off its score, and why."""


@dataclass(frozen=True, slots=True)
class Scored:
    candidate: DateCandidate
    score: float
    why: str

    def to_dict(self) -> dict:
        c = self.candidate
        value = c.value.isoformat()[:7] if c.precision == "month" else c.value.isoformat()
        out = {
            "date": value,
            "source": str(c.source),
            "line": c.line,
            "score": round(self.score, 2),
            "why": self.why,
        }
        if c.year_inferred:  # (related articles may know the year better: reconcile.anchor_check)
            out["year"] = "inferred"
        return out


def _is_clock(candidate: DateCandidate, others: list[DateCandidate]) -> bool:
    """Above the headline, unlabelled, later than a stamp further down: the site's date widget.

    So is a date at the very top over a listing of earlier stories (headline, date, teaser, again).

    "Above the headline" is at the very top, or stacked on the other stamp with no line of
    four words between them (``City, March 5th 2026 - 04:49 UTC`` over the article's stamp,
    under the site's name). A labelled stamp ("Posted ...") is the page's own, whatever dates
    stand below it; a stamp below the article's prose (the next story's) makes no clock of it.
    """
    if candidate.label:
        return False
    if candidate.lines_above == 0 and any(
        o.context == "listing" and o.prose_above == candidate.prose_above
        and o.value < candidate.value
        for o in others
    ):
        # (the date heading a listing of earlier stories: the site's, the day it is read)
        return True
    return any(
        o.start > candidate.start
        and o.prose_above == candidate.prose_above
        and (
            candidate.lines_above == 0
            or o.lines_above == candidate.lines_above + _counted(candidate)
        )
        and o.source in (PublishedSource.HEADER, PublishedSource.BYLINE)
        and not o.is_update
        and not o.context
        and o.value < candidate.value
        for o in others
    )


def _counted(candidate: DateCandidate) -> int:
    """1 when the candidate's own line counts among the lines above the next (four words)."""
    return int(len(candidate.line.split(None, 4)) >= 4)


def _score(candidate: DateCandidate, others: list[DateCandidate]) -> Scored:
    score, why = _BASE.get(candidate.source, (0.5, str(candidate.source)))
    reasons = [candidate.why or why]
    if candidate.year_inferred:
        score -= 0.1
    if candidate.precision == "month":
        score -= 0.05
        reasons.append("gives the month only")
    if candidate.is_update:
        score -= 0.3
        reasons.append("an update stamp: the first publication is preferred")
    if candidate.context in _CONTEXT:
        penalty, reason = _CONTEXT[candidate.context]
        score -= penalty
        reasons.append(reason)
    if candidate.other_reading is not None:
        score -= UNSETTLED_PENALTY
        reasons.append("day and month could be either way and nothing on the page settles it")
    if candidate.source is PublishedSource.CAPTION and any(
        o.source is PublishedSource.CAPTION and o.value != candidate.value for o in others
    ):
        score -= CAPTIONS_DISAGREE_PENALTY
        reasons.append("the page's captions name other days too: the photos' days, not the page's")
    if candidate.label == "today":
        score -= 0.9
        reasons.append("the site's date widget: the day of reading, not of writing")
    elif _is_clock(candidate, others):
        score -= 0.6
        reasons.append("above the headline and later than the stamp below it: the site's clock")
    return Scored(candidate, round(score, 3), "; ".join(reasons))


CAPTIONS_DISAGREE_PENALTY = 0.1
"""What a caption's date loses when another caption names another day (a gallery): enough to
fall under ``MIN_SCORE``."""
UNSETTLED_PENALTY = 0.7
"""What a slashed date whose order nothing settles loses: enough never to be chosen (a wrong
date is worse than none)."""


def _bounded(
    candidate: DateCandidate, candidates: list[DateCandidate]
) -> tuple[DateCandidate, DateCandidate | None]:
    """An unsettled slashed date settled by the site's date above it, the day of reading.

    "January 17, 2018" heading the site over "12/01/2018 | Section": the page was written by
    the day it is read, so 12 January, not 1 December. Returns the settled candidate and the
    site's date that settled it, if one did.
    """
    if candidate.other_reading is None or candidate.is_update:
        return candidate, None
    early, late = sorted((candidate.value, candidate.other_reading))
    for other in candidates:
        reading_day = (
            other.label == "today"
            or other.context in ("masthead", "place_clock")
            or (
                not other.label
                and not other.context  # (a list of other stories' dates bounds nothing)
                and other.lines_above < candidate.lines_above
            )
        )
        if other.start < candidate.start and reading_day and early <= other.value < late:
            why = "; ".join(w for w in (candidate.why, "the other order lies after the site's "
                                        "date above it") if w)  # fmt: skip
            return replace(candidate, value=early, other_reading=None, why=why), other
    return candidate, None


def _settled(candidates: list[DateCandidate]) -> list[DateCandidate]:
    """Candidates with unsettled slashed dates bounded by the site's date above them."""
    pairs = [_bounded(c, candidates) for c in candidates]
    bounds = {id(bound) for _, bound in pairs if bound is not None}
    return [
        replace(c, context=c.context or "reading_day") if id(original) in bounds else c
        for original, (c, _) in zip(candidates, pairs, strict=True)
    ]


def rank_candidates(candidates: list[DateCandidate]) -> list[Scored]:
    """Every candidate scored, best first (labelled, then page order, among equals)."""
    candidates = _settled(candidates)
    scored = [_score(c, candidates) for c in candidates]
    # (among equals, a labelled stamp before an unlabelled date: "Published 3 November 2024"
    # under a list of "02 Nov '24" items; then page order)
    return sorted(scored, key=lambda s: (-s.score, not s.candidate.label, s.candidate.start))


def choose_publication(candidates: list[DateCandidate]) -> DateCandidate | None:
    """The best-scored candidate, or None when none is worth choosing."""
    ranked = rank_candidates(candidates)
    if ranked and ranked[0].score >= MIN_SCORE:
        return ranked[0].candidate
    return None
