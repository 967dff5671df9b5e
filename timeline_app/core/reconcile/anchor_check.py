"""Catching anchor problems: an article with no date, or a page date its content contradicts.

Both are answered the same way: re-read the article against candidate anchors
(``analyze(article, Anchor(day, ESTIMATED))``) and score how well its events then land on the dates
other sources give the same happenings (:class:`AnchorSearch`), under hard limits (an article is
written after what it tells as past). Suggestions are never applied here: the user accepts one
(``Suggestion.edit``) and it becomes a correction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from timeline_app.core.corrections.edits import SetAnchor
from timeline_app.core.ingest.dates import valid_date
from timeline_app.core.model import Anchor, AnchorSource, ArticleAnalysis, Interval
from timeline_app.core.reconcile.anchor_evidence import (
    References,
    Related,
    earliest_future,
    latest_past,
)
from timeline_app.core.reconcile.anchor_recheck import CheckState, article_input, touched_by
from timeline_app.core.reconcile.anchor_search import AnchorSearch, Candidate
from timeline_app.core.reconcile.page_estimate import PageEstimate, filed_estimate, page_estimate
from timeline_app.core.reconcile.signatures import Idf

__all__ = [
    "AnchorReport",
    "Problem",
    "Suggestion",
    "check_anchors",
    "estimated_anchors",
    "set_by_user",
    "year_overruled",
]

MIN_GAIN = 0.5
"""Least gain in agreement for a different anchor to count as a conflict."""
BOUND_SLACK = 1e-9
"""Rounding a bound summed in another order than the score may be off by (far less than this)."""
SHIFT_DAYS = 14
"""A page date off by less is within a news cycle: sources disagree, the page is not wrong."""
YEAR = timedelta(days=365)


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str
    detail: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "detail": self.detail}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A proposed anchor ``best`` within the half-open range ``[begin, end)``, and why."""

    best: date
    begin: date
    end: date
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"best": self.best.isoformat(), "begin": self.begin.isoformat(),
                "end": self.end.isoformat(), "reasons": list(self.reasons)}

    def edit(self, article_id: str) -> SetAnchor:
        """The correction that accepts this suggestion."""
        note = "accepted the suggested anchor: " + "; ".join(self.reasons)
        return SetAnchor(article_id, self.best, suggested=True, note=note)


@dataclass(slots=True)
class AnchorReport:
    article_id: str
    problems: list[Problem] = field(default_factory=list)
    suggestion: Suggestion | None = None

    def to_dict(self) -> dict:
        return {"article_id": self.article_id,
                "problems": [p.to_dict() for p in self.problems],
                "suggestion": self.suggestion.to_dict() if self.suggestion else None}


Analyze = Callable[..., ArticleAnalysis]


def _as_dict(analyses: Iterable[ArticleAnalysis] | Mapping[str, ArticleAnalysis] | object
             ) -> dict[str, ArticleAnalysis]:
    """By article id, in id order: results never follow the order files were given in."""
    analyses = getattr(analyses, "analyses", analyses)
    if isinstance(analyses, Mapping):
        return dict(sorted(analyses.items()))
    return dict(sorted(((a.article.id, a) for a in analyses),  # type: ignore[union-attr]
                       key=lambda t: t[0]))


def check_anchors(
    analyses: Iterable[ArticleAnalysis] | Mapping[str, ArticleAnalysis] | object,
    clusters: Mapping[str, str] | None = None,
    *,
    analyze_fn: Analyze | None = None,
    weights: tuple[Idf, Idf] | None = None,
) -> dict[str, AnchorReport]:
    """An :class:`AnchorReport` for every article.

    ``clusters`` is accepted for callers that have them; the search matches events by wording
    itself, whatever their dates. ``analyze_fn`` re-reads an article against a candidate anchor
    (default: the tagger through a shared cache, same result as ``pipeline.analyze``).
    ``weights``: the references' word weights for the search for conflicts and for the estimates
    (default: of the references themselves); an archive checked a related group at a time passes
    the whole archive's (``story.anchor_groups``).
    """
    by_id = _as_dict(analyses)
    inputs = {aid: article_input(a) for aid, a in by_id.items()}
    key = (analyze_fn, tuple(inputs.items()))
    if weights is not None:
        return _check(by_id, analyze_fn, CheckState(analyze_fn, inputs), weights=weights)
    if key not in _RECENT:
        global _LAST
        state = CheckState(analyze_fn, inputs)
        previous = _LAST
        _RECENT[key] = _check(by_id, analyze_fn, state, touched_by(previous, state, by_id),
                              previous)
        _LAST = state
        while len(_RECENT) > 8:
            _RECENT.pop(next(iter(_RECENT)))
    return {aid: AnchorReport(r.article_id, list(r.problems), r.suggestion)
            for aid, r in _RECENT[key].items()}


_RECENT: dict[tuple, dict[str, AnchorReport]] = {}
"""The last results: a document reassembles on every edit, most of which touch no anchor."""
_LAST: CheckState | None = None
"""What the last check found per article: a correction re-checks only what it touches."""


def _check(by_id: dict[str, ArticleAnalysis], analyze_fn: Analyze | None, state: CheckState,
           touched: set[str] | None = None, previous: CheckState | None = None,
           weights: tuple[Idf, Idf] | None = None) -> dict[str, AnchorReport]:
    """Every article's report, what is found recorded in ``state``.

    Articles not ``touched`` keep their ``previous`` findings (None: all are searched).
    """
    search_idf, estimate_idf = weights or (None, None)
    reports = {aid: AnchorReport(aid) for aid in by_id}
    dated = {aid for aid, a in by_id.items() if a.anchor.value is not None and not _undated(a)}
    overruled = _year_overruled(by_id, dated)  # then dated as a dateline without a year is
    dated -= overruled
    suspects = {aid for aid in dated if by_id[aid].anchor.source == AnchorSource.DETECTED}
    # a wire's yearless dateline whose year related pages fix dates it as well as a stamp: the
    # original a late copy was taken from is often such a wire, and must be there to disagree
    # (a second look only: they never hide a conflict the stamped pages alone show); and an
    # undated page is estimated from them as from stamped pages
    wires = _dateline_dated(by_id, dated)
    state.dated = frozenset(dated | wires)
    if previous is None or previous.dated != state.dated:
        touched = None  # other references: every search reads them afresh
    excluded: set[str] = set()
    refs: References | None = None
    more: References | None = None
    if suspects:
        for aid in sorted(suspects):
            if touched is not None and previous is not None and aid not in touched \
                    and aid in previous.found:
                state.found[aid] = previous.found[aid]
                state.footprint[aid] = previous.footprint[aid]
                continue
            refs = refs or References(by_id, dated, search_idf)
            refs.seen = set()
            search = AnchorSearch(by_id[aid], refs, analyze_fn)
            state.found[aid] = _conflict(search) if search.suspicious() else None
            seen = set(refs.seen)
            if state.found[aid] is None and wires:
                more = more or References(by_id, dated | wires, search_idf, refs)
                more.seen = set()
                search = AnchorSearch(by_id[aid], more, analyze_fn)
                state.found[aid] = _conflict(search) if search.suspicious() else None
                seen |= more.seen
            state.footprint[aid] = frozenset(seen)
        found = [result for result in state.found.values() if result is not None]
        # Strongest first; an article whose evidence rests only on articles already found at
        # fault is the other half of a pair (an original and its shifted copy) and stays.
        # a tie: the later page is the copy; then by id, never by the order found
        found.sort(key=lambda t: (-t[0], -t[1].toordinal(), t[2]))
        for _gain, _page, aid, report, evidence in found:
            if evidence and evidence <= excluded:
                continue
            reports[aid] = report
            excluded.add(aid)
    trusted = (dated | wires) - excluded
    state.trusted = frozenset(trusted)
    if previous is None or previous.trusted != state.trusted:
        touched = None
    # the same references: build them once
    shared = refs if not excluded and not wires and search_idf is estimate_idf else None
    reports.update(_estimates(by_id, trusted, analyze_fn, state, touched, previous,
                              shared, estimate_idf, wordings=refs, overruled=overruled))
    return reports


def _dateline_dated(by_id: dict[str, ArticleAnalysis], dated: set[str]) -> set[str]:
    """Undated articles whose working anchor is the day of their yearless dateline.

    That day's year is the one of related articles with dates of their own (within half a year
    of their median).
    """
    candidates = sorted(aid for aid, a in by_id.items()
                        if a.anchor.source == AnchorSource.ESTIMATED and a.anchor.value is not None
                        and _yearless(a.article) == (a.anchor.value.month, a.anchor.value.day))
    if not candidates:
        return set()
    relations, out = Related(by_id, dated), set()
    for aid in candidates:
        story = _median(by_id[r].anchor.value for r in sorted(relations.of(aid)))
        if story is not None and abs((by_id[aid].anchor.value - story).days) <= YEAR.days // 2:  # type: ignore[operator]
            out.add(aid)
    return out


YEAR_SOURCES = 3
"""Related articles with years of their own that may overrule a dateline's inferred year."""


def year_overruled(analyses: Iterable[ArticleAnalysis]) -> set[str]:
    """The dated articles :func:`check_anchors` no longer trusts: their inferred year overruled.

    Related articles decide it (:func:`_year_overruled`): a related group finds its own.
    """
    by_id = {a.article.id: a for a in analyses}
    return _year_overruled(by_id, {aid for aid, a in by_id.items()
                                   if a.anchor.value is not None and not _undated(a)})


def _year_overruled(by_id: dict[str, ArticleAnalysis], dated: set[str]) -> set[str]:
    """Dated articles whose dateline's inferred year related articles put in another year.

    Ingest infers a yearless dateline's year from the text's own mentions, often background
    ("an inspection in May 2025" in a Friday ``October 16`` report of 2026): the day falls in
    the year of the story it belongs to, as for a dateline whose text gives no year at all
    (see :func:`_missing`).
    """
    candidates = sorted(aid for aid in dated if _inferred_year(by_id[aid]))
    if not candidates:
        return set()
    relations, out = Related(by_id, dated - set(candidates)), set()
    for aid in candidates:
        related = sorted(relations.of(aid))
        story = _median(by_id[r].anchor.value for r in related)
        page = by_id[aid].anchor.value
        if story is None or page is None or len(related) < YEAR_SOURCES:
            continue
        day = _nearest(story, page.month, page.day)
        if day is not None and day != page and abs((day - story).days) <= YEAR.days // 2:
            out.add(aid)
    return out


def _nearest(centre: date, month: int, day: int) -> date | None:
    """``month``/``day`` in the year nearest ``centre`` (the year before, its own or the next)."""
    days = [d for y in (centre.year - 1, centre.year, centre.year + 1)
            if (d := valid_date(y, month, day)) is not None]
    return min(days, key=lambda d: (abs((d - centre).days), d)) if days else None


def _inferred_year(a: ArticleAnalysis) -> bool:
    """A detected anchor read from a dateline whose year ingest inferred (``year: inferred``)."""
    if a.anchor.source != AnchorSource.DETECTED or a.anchor.value is None:
        return False
    value = a.anchor.value.isoformat()
    return any(c.get("source") == "dateline" and c.get("year") == "inferred"
               and c.get("date") == value for c in a.article.date_candidates)


def set_by_user(a: ArticleAnalysis) -> bool:
    """Whether the article's anchor is the user's (set, or a suggestion accepted).

    The checks report no problem for such an article: only detected page dates are suspects,
    and only articles without a date of their own are missing one.
    """
    return a.anchor.source in (AnchorSource.MANUAL, AnchorSource.SUGGESTED)


def _undated(a: ArticleAnalysis) -> bool:
    """No date of its own: none at all, or only an estimate standing in for one."""
    return a.anchor.source == AnchorSource.ESTIMATED or (
        a.anchor.value is None and a.anchor.source != AnchorSource.MANUAL)


def _estimates(by_id: dict[str, ArticleAnalysis], trusted: set[str],
               analyze_fn: Analyze | None, state: CheckState | None = None,
               touched: set[str] | None = None, previous: CheckState | None = None,
               refs: References | None = None, idf: Idf | None = None,
               wordings: References | None = None, overruled: set[str] = frozenset()
               ) -> dict[str, AnchorReport]:  # fmt: skip
    """A ``missing`` report, with an estimate where the evidence allows, per undated article.

    One not ``touched`` keeps its ``previous`` report (None: all are estimated afresh).
    ``refs``: the references of ``trusted`` if already built; ``wordings``: other references
    of the same articles, whose wordings they share. ``overruled``: dated articles whose
    dateline's inferred year related articles overrule (:func:`_year_overruled`), estimated as
    undated ones.
    """
    undated = sorted(aid for aid, a in by_id.items() if _undated(a) or aid in overruled)
    if not undated:
        return {}
    out = {}
    if refs is None and touched is not None and state is not None and state.quiet:
        refs = previous.references  # type: ignore[union-attr]  # the same references
    relations = Related(by_id, trusted)
    for aid in undated:
        related = relations.of(aid, lede=_undated(by_id[aid]))
        was = previous.estimates.get(aid) if previous is not None and touched is not None \
            else None
        if was is not None and aid not in touched and was[0] == related:  # type: ignore[operator]
            out[aid] = was[1]
            seen = previous.footprint[aid]  # type: ignore[union-attr]
        else:
            refs = refs or References(by_id, trusted, idf, wordings)
            refs.seen = set()
            out[aid] = _missing(AnchorSearch(by_id[aid], refs, analyze_fn, allowed=related),
                                related)
            seen = frozenset(refs.seen | related)  # the median of related anchors counts too
        if state is not None:
            state.estimates[aid] = (frozenset(related), out[aid])
            state.footprint[aid] = seen
    if state is not None:
        state.references = refs
    return out


def estimated_anchors(
    analyses: Iterable[ArticleAnalysis] | Mapping[str, ArticleAnalysis],
    *,
    analyze_fn: Analyze | None = None,
) -> dict[str, Anchor]:
    """The working anchor of each undated article whose evidence allows an estimate.

    The estimate (``AnchorSource.ESTIMATED``, its range in ``interval``) places the article's
    relative dates, tentatively, until the user accepts or sets one; the article's report still
    says ``missing``. Only its own text and related articles with dates of their own count, and
    not those whose page date the checks find at fault (a copy stamped a year late would pull the
    estimate a year off, and the article's report suggest another day than its working anchor):
    the estimates are those of :func:`check_anchors`.
    """
    out = {}
    for aid, report in sorted(check_anchors(analyses, analyze_fn=analyze_fn).items()):
        s = report.suggestion
        if s is not None and any(p.kind == "missing" for p in report.problems):
            note = "estimated: " + "; ".join(s.reasons)
            out[aid] = Anchor(s.best, AnchorSource.ESTIMATED, Interval(s.begin, s.end), note)
    return out


def _conflict(search: AnchorSearch) -> tuple[float, date, str, AnchorReport, set[str]] | None:
    page = search.analysis.anchor.value
    assert page is not None
    if not search.can_agree():  # no other source can date it otherwise: its own text only
        return _contradicted(search, search.absolute_at(page))  # (its violations, at no cost)
    here = search.score(page)
    centres = search.centres(page)
    if search.lead_known():
        # a conflict needs a day more than SHIFT_DAYS away that gains MIN_GAIN: when no such
        # day does, the days near the page date cannot make one, and need not be read
        far = [d for d in search.days_around(centres) if abs((d - page).days) > SHIFT_DAYS]
        most = search.most_on(far)  # what no far day can exceed: then none need be read
        if most is not None and most - here.score < MIN_GAIN - BOUND_SLACK:
            return _contradicted(search, here)
        each = search.most_each(far, page) if most is not None else None
        if each is not None:  # nor the days whose own bound cannot gain (told as past after)
            far = [d for d, m in zip(far, each, strict=True)
                   if m - here.score >= MIN_GAIN - BOUND_SLACK]
        if all(search.score(d).score - here.score < MIN_GAIN for d in far):
            return _contradicted(search, here)
    scored = search.scored(centres)
    if not scored:
        return None
    best = max(scored, key=lambda c: c.score)  # its range only if it is kept (see span)
    gain = best.score - here.score
    if gain < MIN_GAIN or abs((best.day - page).days) <= SHIFT_DAYS \
            or len(best.agree_articles) <= len(here.agree_articles):
        return _contradicted(search, here)
    lo, hi = search.span(best, scored)
    best = search.pick(lo, hi, prefer=search.reference_anchor(best, lo, hi))
    shift = (page - best.day).days
    reasons = [
        f"its page date {page.isoformat()} reads its relative dates {abs(shift)} days "
        f"{'later' if shift > 0 else 'earlier'} than {len(best.agree_articles)} other sources "
        f"date the same happenings (a republished or misdated page?)",
        f"with {best.day.isoformat()} as anchor, {len(best.agree)} readings of its events agree "
        f"with other sources (against {len(here.agree)} with the page date)",
    ]
    reasons += best.agree[:4]
    reasons += here.violations[:2]
    aid = search.analysis.article.id
    detail = (f"its page date {page.isoformat()} disagrees with its content; its happenings "
              f"match other sources around {best.day.isoformat()}")
    suggestion = Suggestion(best.day, lo, hi + timedelta(days=1), reasons)
    report = AnchorReport(aid, [Problem("conflict", detail)], suggestion)
    return (gain, page, aid, report, best.agree_articles | here.far_articles)


def _contradicted(search: AnchorSearch, here: Candidate
                  ) -> tuple[float, date, str, AnchorReport, set[str]] | None:
    """A ``conflict`` when the page date makes the text tell of later dates as past."""
    if not here.violations:
        return None
    aid = search.analysis.article.id
    detail = "its page date contradicts its own text: " + "; ".join(here.violations)
    return (0.0, here.day, aid, AnchorReport(aid, [Problem("conflict", detail)]), set())


def _missing(search: AnchorSearch, related: set[str]) -> AnchorReport:
    """The ``missing`` report and its estimate; a dateline without a year then fixes the day.

    A wire code's day of filing comes first: machine-written, it says more than the text.
    """
    if (filed := filed_estimate(search.analysis)) is not None:
        return _page_report(search, filed)
    report = _estimate(search, related)
    if report.suggestion is None:  # the text dates nothing: what the page shows around it
        report = _from_page(search, related) or report
    month_day = _yearless(search.analysis.article)
    if month_day is None:
        return report
    s = report.suggestion
    story = _median(search.refs.anchors.get(r) for r in sorted(related))
    centre = story or (s.best if s else None)  # the story's own dates fix a year best
    day = _nearest(centre, *month_day) if centre is not None else None
    if day is None:
        return report
    floor = latest_past(search.base_events(), search.text)
    if (story is None and s is not None and not s.begin <= day < s.end) \
            or (floor is not None and day < floor[0]):
        return report
    why = (f"its dateline gives {day.strftime('%d %B')} without a year; the year is that of "
           + (f"{len(related)} related articles" if story else "the estimate above"))
    page = search.analysis.anchor
    found = (f"the year {page.value.year} inferred from its own mentions is not the story's"
             if page.source == AnchorSource.DETECTED and page.value is not None
             else "no publication date was found on the page")
    reasons = [*(s.reasons if s and not story else [found]), why]
    problem = Problem("missing", "the article has no date; its dateline has no year; estimated "
                      f"{day.isoformat()}")
    suggestion = Suggestion(day, day, day + timedelta(days=1), reasons)
    return AnchorReport(report.article_id, [problem], suggestion)


def _from_page(search: AnchorSearch, related: set[str]) -> AnchorReport | None:
    story = _median(search.refs.anchors.get(r) for r in sorted(related))
    found = page_estimate(search.analysis, story)
    return None if found is None else _page_report(search, found)


def _page_report(search: AnchorSearch, found: PageEstimate) -> AnchorReport:
    last = found.end - timedelta(days=1)
    problem = Problem("missing", "the article has no date; estimated from the page "
                      f"{found.begin.isoformat()} to {last.isoformat()}, most likely "
                      f"{found.best.isoformat()}")
    return AnchorReport(search.analysis.article.id, [problem],
                        Suggestion(found.best, found.begin, found.end, found.reasons))


def _yearless(article) -> tuple[int, int] | None:
    """(month, day) of a dateline without a year (``--MM-DD``), or whose year ingest inferred."""
    for c in article.date_candidates:
        value = c.get("date") or ""
        if c.get("source") == "dateline" and value.startswith("--"):
            return int(value[2:4]), int(value[5:7])
        if c.get("source") == "dateline" and c.get("year") == "inferred":  # (_year_overruled)
            return int(value[5:7]), int(value[8:10])
    return None


def _estimate(search: AnchorSearch, related: set[str]) -> AnchorReport:
    aid = search.analysis.article.id
    floor = latest_past(search.base_events(), search.text)
    reasons = ["no publication date was found on the page"]
    if floor is not None:
        reasons.append(
            f"it tells of {floor[1]} as past (“{floor[2]}”), so it was written after "
            f"{floor[0].isoformat()}"
        )
    if related:
        reasons.append(f"{len(related)} related articles with dates of their own were compared "
                       "(articles of other stories do not count)")
    probe = floor[0] if floor else _median(search.refs.anchors.get(r) for r in sorted(related))
    problem = Problem("missing", "the article has no date; relative dates cannot be placed")
    if probe is None:
        return AnchorReport(aid, [problem])
    centres = search.centres(probe)
    # with no other source allowed to agree, no day is found by agreement: the text's own
    # bounds below give the estimate, and the days around the centres need not be read
    found = search.search(centres, floor=floor[0] if floor else None) \
        if search.can_agree() else None
    # (a probe that scores as well by agreement of its own is no reason to set the search by)
    if found is None or not found[0].agree or (found[0].score <= search.score(probe).score
                                               and not search.score(probe).agree):
        told = sorted(d for r in related if (d := search.refs.anchors.get(r)) is not None)
        if floor is None and len(told) >= STORY_SPAN_SOURCES:
            # nothing of its own lines up, but it is about the story they tell: it was
            # written while they were (the days their pages show, the middle most likely)
            lo, hi = told[0], told[-1]
            reasons.append(f"none of its events lines up with theirs: it is placed within the "
                           f"days they were written, {lo.isoformat()} to {hi.isoformat()}")
            best = search.pick(lo, hi, prefer=probe, weekday=True)
            reasons += best.weekdays[:1]
            problem = Problem("missing", problem.detail + f"; estimated {lo.isoformat()} to "
                              f"{hi.isoformat()}, most likely {best.day.isoformat()}")
            return AnchorReport(aid, [problem],
                                Suggestion(best.day, lo, hi + timedelta(days=1), reasons))
        if floor is None:
            return AnchorReport(aid, [problem])
        lo, hi = floor[0], floor[0] + YEAR - timedelta(days=1)
        ceiling = earliest_future(search.base_events(), search.text)
        if ceiling is not None and lo < ceiling[0] <= hi:
            hi = ceiling[0]
            reasons.append(f"it tells of {ceiling[1]} as still to come (“{ceiling[2]}”), so it "
                           f"was written by {hi.isoformat()}")
            prefer = lo + (hi - lo) / 2
        else:
            reasons.append("nothing bounds it above: assumed written within a year of that date")
            prefer = _likeliest(floor, lo, hi)
        best = search.pick(lo, hi, prefer=prefer, weekday=True)
    else:
        top, lo, hi = found
        if len(top.agree_articles) < 2 and (hi - lo).days < 300:
            # one source alone may be a coincidence of wording: it narrows to a year, no more
            lo = max(top.day - YEAR / 2, floor[0]) if floor else top.day - YEAR / 2
            hi = lo + YEAR - timedelta(days=1)
            reasons.append("only one other source supports the estimate, so it is kept a "
                           "year wide")
        # a wide range that fits equally: its middle is likelier than either end; a narrow
        # one set by "N weeks after" another happening: the day that many weeks after it;
        # else the day that scored best (the range holds its rivals, which score less)
        middle = lo + (hi - lo) / 2 if (hi - lo).days > WIDE_DAYS else \
            search.offset_centre(top.day) or top.day
        best = search.pick(lo, hi, prefer=middle, weekday=True)
        reasons += best.agree[:4]
        reasons.append(f"every date from {lo.isoformat()} to {hi.isoformat()} fits that evidence "
                       "about equally; the best guess is the most likely day of that range")
    reasons += best.weekdays[:1]
    problem = Problem("missing", problem.detail + f"; estimated {lo.isoformat()} to "
                      f"{hi.isoformat()}, most likely {best.day.isoformat()}")
    return AnchorReport(aid, [problem], Suggestion(best.day, lo, hi + timedelta(days=1), reasons))


def _median(days: Iterable[date | None]) -> date | None:
    known = sorted(d for d in days if d is not None)
    return known[(len(known) - 1) // 2] if known else None


STORY_SPAN_SOURCES = 3
"""Related articles with dates of their own that place an article telling nothing they date
within the days they were written."""
WIDE_DAYS = 60
"""A range of estimates wider than this is flat: the middle is taken rather than one end."""
NEWS_LAG = timedelta(days=7)
"""How soon after the latest happening it tells as past a news article is most likely written."""


def _likeliest(floor: tuple[date, str, str], lo: date, hi: date) -> date:
    """The most likely day of writing when only a past happening bounds it: soon after it.

    A bare year ("finished in 2021") bounds a whole year: its middle is likeliest.
    """
    if len(floor[1]) <= 4:
        return lo + (hi - lo) / 2
    return min(max(lo + NEWS_LAG, lo), hi)
