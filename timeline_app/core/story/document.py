"""The open story: loaded articles plus the user's corrections, and the timeline derived from them.

Views never keep their own copy: they read ``document.timeline`` and follow ``document.changed``.
The machine's analysis of each article is kept apart from the corrected one, so corrections are
laid over fresh tagger output every time and removing one brings back exactly what was there.

Each stage's result is kept by its inputs: an article re-read under a manual anchor by
``(content, anchor)`` (the reading a dialog's :meth:`Document.preview` made is the one its OK
applies), event signatures by their text (``SignatureMemo``). A document that is
``deferred`` (the window's) shows a correction at once with :func:`provisional` and leaves the
exact cross-source work (clusters, anchor checks) to :meth:`Document.settle_job` on a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from timeline_app.core.corrections.ledger import Corrections, Edit, Orphan
from timeline_app.core.events.build import build_events
from timeline_app.core.ingest import LoadProblem
from timeline_app.core.model import Article, ArticleAnalysis, Event, Interval, Timeline
from timeline_app.core.observable import Signal
from timeline_app.core.reconcile.signature_memo import SignatureMemo
from timeline_app.core.story.estimates import with_estimates
from timeline_app.core.story.pipeline import LoadResult, analyze
from timeline_app.core.story.timeline import (
    RowDelta,
    assemble,
    changed_rows,
    checked,
    fresh_events,
    provisional,
    row_delta,
)

if TYPE_CHECKING:
    from timeline_app.core.story.story_process import StoryProcess

__all__ = ["Change", "Document", "Move", "Prepared", "Preview"]


@dataclass(frozen=True, slots=True)
class Change:
    """What changed, and the ids of the articles touched.

    ``kind`` is ``reset``, ``added``, ``corrected``, or ``settled`` (a deferred document's
    clusters and anchor reports came in from a worker). ``rows``, where a worker found them,
    says which rows of the events list left and came (a view then needs no pass of its own).
    """

    kind: str
    article_ids: tuple[str, ...] = ()
    rows: RowDelta | None = None


@dataclass(frozen=True, slots=True)
class Preview:
    """What a preview of ``edit`` read and built, for an apply of the same edit to take.

    ``read``: the articles it re-read under the edit. A deferred document's preview also
    builds the provisional timeline the edit would show (``analyses``, ``timeline``, ``rows``)
    on the dialog's worker; :meth:`Document.apply` installs it as it is if the document is
    still at ``version``, so that the OK costs the window's thread no story-wide work.
    """

    read: dict[str, ArticleAnalysis]
    edit: Edit | None = None
    version: int = -1
    analyses: dict[str, ArticleAnalysis] | None = None
    timeline: Timeline | None = None
    rows: RowDelta | None = None


@dataclass(frozen=True, slots=True)
class Move:
    """One event a correction would move: ``None`` where it is not (or no longer) placed."""

    event_id: str
    label: str
    old: Interval | None
    new: Interval | None


@dataclass(frozen=True, slots=True)
class Prepared:
    """What ``add`` or ``reset`` would build from a load, computed away from the document.

    Made by the function :meth:`Document.snapshot_for_load` returns, on any thread; installed by
    :meth:`Document.commit` on the document's own thread.
    """

    result: LoadResult
    replace: bool
    version: int
    corrections: Corrections
    machine: dict[str, ArticleAnalysis]
    manual: dict[str, ArticleAnalysis]
    analyses: dict[str, ArticleAnalysis]
    timeline: Timeline


class Document:
    def __init__(self, corrections: Corrections | None = None) -> None:
        self.corrections = corrections or Corrections()
        self.problems: list[LoadProblem] = []
        self._machine: dict[str, ArticleAnalysis] = {}  # as loaded, no correction
        self._manual: dict[str, ArticleAnalysis] = {}  # re-tagged under a manual anchor
        self._previewed: dict[str, ArticleAnalysis] = {}  # re-tagged by the last preview
        self._preview: Preview | None = None  # the last preview, whole
        self._analyses: dict[str, ArticleAnalysis] = {}  # with every correction laid over
        self.timeline = Timeline()
        self.changed = Signal()
        self._version = 0  # bumped by every change, so a prepared load knows if it is stale
        self.memo = SignatureMemo()
        self.deferred = False
        """Set by a window: corrections show :func:`provisional` timelines, loads come without
        anchor reports, and :meth:`settle_job` does the rest on a worker."""
        self.unsettled = False
        """Whether clusters or anchor reports still wait for :meth:`settle`."""
        self.remote: StoryProcess | None = None
        """Set by a window: where the functions for other threads (loads, :meth:`settle_job`)
        have the estimates, clusters and anchor checks computed (the same results)."""
        self._exact = True

    @property
    def analyses(self) -> dict[str, ArticleAnalysis]:
        return self._analyses

    @property
    def articles(self) -> list[Article]:
        return [a.article for a in self._machine.values()]

    def add(self, result: LoadResult) -> None:
        """Take the articles of a finished load (new ids are added, known ids replaced)."""
        ids = []
        for analysis in result.analyses:
            article_id = analysis.article.id
            self._machine[article_id] = analysis
            self._manual.pop(article_id, None)
            self._analyses[article_id] = self._corrected(article_id, self.corrections)
            ids.append(article_id)
        self.problems.extend(result.problems)
        self._reassemble(Change("added", tuple(ids)))

    def clear(self) -> None:
        self._machine.clear()
        self._manual.clear()
        self._analyses.clear()
        self.problems.clear()
        self._reassemble(Change("reset"))

    def reset(self, result: LoadResult, corrections: Corrections) -> None:
        """Replace everything: a project was opened (one ``reset`` change)."""
        self.corrections = corrections
        self._machine = {a.article.id: a for a in result.analyses}
        self._manual.clear()
        self._analyses = {k: self._corrected(k, corrections) for k in self._machine}
        self.problems = list(result.problems)
        self._reassemble(Change("reset"))

    def snapshot_for_load(self, *, replace: bool) -> Callable[[LoadResult], Prepared]:
        """Freeze what a load will be laid over; the function returned may run on any thread.

        Clustering and anchor checks cost seconds on a large story: a window runs them on its
        loader's thread with this, and only swaps the result in with :meth:`commit`.
        """
        version = self._version
        corrections = Corrections() if replace else self.corrections.copy()
        machine = {} if replace else dict(self._machine)
        manual = {} if replace else dict(self._manual)
        memo, deferred, remote = self.memo, self.deferred, self.remote

        def prepare(result: LoadResult) -> Prepared:
            new_machine, new_manual = dict(machine), dict(manual)
            for analysis in result.analyses:
                new_machine[analysis.article.id] = analysis
                new_manual.pop(analysis.article.id, None)
            # undated articles on their estimated anchors, as the command line loads them
            loaded = list(new_machine.values())
            loaded = remote.estimates(loaded) if remote is not None else with_estimates(loaded)
            new_machine = {a.article.id: a for a in loaded}
            analyses = {k: _laid_over(a, corrections, new_manual) for k, a in new_machine.items()}
            timeline = _assembled(analyses, corrections, memo, remote)
            if not deferred:  # else the anchor checks follow on a worker (settle_job)
                checked(timeline)
            timeline.unplaced()  # found here, not by the views on the document's thread
            return Prepared(result, replace, version, corrections, new_machine, new_manual,
                            analyses, timeline)

        return prepare

    def snapshot_for_open(self) -> Callable[[LoadResult, Corrections], Prepared]:
        """What :meth:`reset` builds, as a function for any thread (a window opening a project).

        :meth:`commit` installs it, or resets afresh if the document changed meanwhile.
        """
        version, memo, remote = self._version, self.memo, self.remote

        def prepare(result: LoadResult, corrections: Corrections) -> Prepared:
            machine = {a.article.id: a for a in result.analyses}
            manual: dict[str, ArticleAnalysis] = {}
            analyses = {k: _laid_over(a, corrections, manual) for k, a in machine.items()}
            timeline = _assembled(analyses, corrections, memo, remote)
            timeline.unplaced()  # found here, not by the views on the document's thread
            return Prepared(result, True, version, corrections, machine, manual, analyses,
                            timeline)  # fmt: skip

        return prepare

    def commit(self, prepared: Prepared) -> None:
        """Install a prepared load (one change); redone here if the document changed meanwhile."""
        if prepared.version != self._version:
            if prepared.replace:
                self.reset(prepared.result, prepared.corrections)
            else:
                self.add(prepared.result)
            return
        self.corrections = prepared.corrections
        self._machine, self._manual = prepared.machine, prepared.manual
        self._analyses = prepared.analyses
        if prepared.replace:
            self.problems = list(prepared.result.problems)
        else:
            self.problems.extend(prepared.result.problems)
        ids = tuple(a.article.id for a in prepared.result.analyses)
        self._emit(prepared.timeline, Change("reset") if prepared.replace else Change("added", ids))

    def settle_job(self) -> Callable[[], tuple[int, Timeline | None, dict]]:
        """The exact cross-source work for the state now, as a function for any thread.

        It assembles afresh (clusters, summaries) unless the timeline is already exact, then
        runs the anchor checks (in :attr:`remote` if set); :meth:`settle` installs what it
        returns.
        """
        version, timeline, memo = self._version, self.timeline, self.memo
        analyses, corrections = dict(self._analyses), self.corrections.copy()
        exact, remote = self._exact, self.remote

        def settle() -> tuple[int, Timeline | None, dict, RowDelta | None]:
            fresh = None if exact else _assembled(analyses, corrections, memo, remote)
            rows = None
            if fresh is not None:
                _keep_unchanged(timeline, fresh)
                fresh.unplaced()  # found here, not by the views on the document's thread
                rows = changed_rows(timeline.events, fresh.events)  # (here too)
            settled = fresh or timeline
            if settled.anchor_check is None:
                return version, fresh, {}, rows
            if remote is not None:
                return version, fresh, remote.check(settled.analyses), rows
            return version, fresh, settled.anchor_check(), rows

        return settle

    def settle(self, result: tuple) -> bool:
        """Install a :meth:`settle_job` result, unless the document changed since (then False).

        ``result``: ``(version, timeline or None, reports[, rows])``.
        """
        version, timeline, reports, *rest = result
        if version != self._version:
            return False
        rows = rest[0] if rest and timeline is not None else None
        timeline = timeline or self.timeline  # only the reports were missing: the same timeline
        timeline._reports = reports
        self._emit(timeline, Change("settled", tuple(timeline.analyses), rows))
        return True

    def apply(self, edit: Edit, made_at: datetime | None = None) -> Edit:
        """Apply a correction and re-resolve what it touches; return the inverse edit.

        ``made_at`` stamps the edit (the GUI passes the time of the click); what it replaces is
        recorded in ``edit.replaced``.
        """
        preview = self._preview_of(edit)
        inverse = self.corrections.apply(self._stamped(edit, made_at))
        if preview is not None:  # read and placed on the dialog's worker: installed as it is
            self._manual.update(preview.read)
            self._analyses = preview.analyses  # type: ignore[assignment]
            self._emit(preview.timeline, Change("corrected", edit.article_ids, preview.rows),  # type: ignore[arg-type]
                       exact=False)
            return inverse
        try:
            self._refresh(edit.article_ids if edit.reanalyzes else ())
        except Exception:  # a tagger failure must not leave a correction half applied
            self.corrections.apply(inverse)
            self._refresh(edit.article_ids if edit.reanalyzes else ())
            raise
        self._reassemble(Change("corrected", edit.article_ids))
        return inverse

    def apply_all(self, edits: list[Edit], made_at: datetime | None = None) -> list[Edit]:
        """Apply several edits as one change; return their inverses, to be applied in order."""
        inverses = []
        for edit in edits:
            inverses.append(self.corrections.apply(self._stamped(edit, made_at)))
            self._refresh(edit.article_ids if edit.reanalyzes else ())
        ids = tuple(dict.fromkeys(i for e in edits for i in e.article_ids))
        self._reassemble(Change("corrected", ids))
        return inverses[::-1]

    def _stamped(self, edit: Edit, made_at: datetime | None) -> Edit:
        if made_at is not None:
            edit = replace(edit, made_at=made_at)
        if not edit.is_clear and not edit.replaced:
            edit = replace(edit, replaced=self.describe(edit.slot))
        machine = self._machine.get(edit.slot[1])
        if not edit.is_clear and not edit.article_hash and machine is not None:
            edit = replace(edit, article_hash=machine.article.content_hash)
        return edit

    def preview(self, edit: Edit) -> list[Move]:
        """What ``edit`` would move, without applying it (no signal, nothing changed)."""
        moves, read = self.preview_job(edit)()
        self.keep_preview(read)
        return moves

    def preview_job(self, edit: Edit) -> Callable[[], tuple[list[Move], Preview]]:
        """:meth:`preview` as a function for any thread: the moves, and what it read and built.

        A dialog runs it on a worker (re-reading an article under another anchor takes tens of
        ms) and gives its :class:`Preview` to :meth:`keep_preview`.
        """
        twin = self.corrections.copy()
        twin.apply(edit)
        touched = set(edit.article_ids)
        bases = {aid: self._machine[aid] for aid in edit.article_ids if aid in self._analyses}
        analyses, manual = dict(self._analyses), dict(self._manual)
        had = {aid: manual.get(aid) for aid in bases}
        shown, version = self.timeline, self._version
        # (the window's apply shows the provisional timeline: built here, off its thread)
        builds = self.deferred and edit.reanalyzes and bool(bases)
        before = {e.event_id: e for e in shown.events if e.article_id in touched}

        def job() -> tuple[list[Move], dict]:
            for article_id, base in bases.items():
                analyses[article_id] = _laid_over(base, twin, manual)
            # only the touched articles' events can move (clusters never change an interval):
            # what provisional() would place for them, and nothing else of the story is compared
            was = {event_id: e.cluster_id for event_id, e in before.items()}
            after = {e.event_id: e for e in fresh_events(was, analyses, touched, twin)}
            moves = []
            for event_id in sorted(before.keys() | after.keys()):
                old, new = before.get(event_id), after.get(event_id)
                if old is None or new is None or old.interval != new.interval:
                    label = (new or old).label  # type: ignore[union-attr]
                    moves.append(Move(event_id, label, old.interval if old else None,
                                      new.interval if new else None))
            read = {aid: manual[aid] for aid in bases if manual.get(aid) is not had[aid]}
            if not builds:
                return moves, Preview(read)
            timeline = provisional(shown, analyses, touched, twin)
            timeline.unplaced()  # found here, not by the views on the document's thread
            return moves, Preview(read, edit, version, analyses, timeline,
                                  row_delta(shown.events, timeline.events, touched))

        return job

    def keep_preview(self, preview: Preview | dict[str, ArticleAnalysis]) -> None:
        """Keep what a preview read (and built) for an apply of the same edit (an OK) to take."""
        if not isinstance(preview, Preview):
            preview = Preview(dict(preview))
        self._preview = preview
        self._previewed = dict(preview.read)

    def preview_kept(self) -> bool:
        """Whether a preview built from the state shown now is kept (an apply may take it)."""
        return self._preview is not None and self._preview.version == self._version

    def _preview_of(self, edit: Edit) -> Preview | None:
        """The kept preview's timeline for ``edit``, if it was built from the state shown now."""
        preview, self._preview = self._preview, None
        if (preview is None or preview.timeline is None or preview.edit != edit
                or preview.version != self._version or not self.deferred):
            return None
        self._previewed = {}
        return preview

    def dependents(self, article_id: str) -> list[Event]:
        """Events of ``article_id`` that hang off its anchor (they move when the anchor does)."""
        return [e for e in self.timeline.events_of(article_id) if e.mention.reference == "anchor"]

    def orphans(self) -> list[Orphan]:
        return self.corrections.orphans(self.articles)

    def event_key(self, event: Event) -> tuple[str, int, int, str]:
        return (event.article_id, event.mention.start, event.mention.end, event.mention.text)

    def describe(self, slot: tuple) -> str:
        """The state of ``slot`` now, in words: what a correction made there replaces."""
        kind, article_id = slot[0], slot[1]
        analysis = self._analyses.get(article_id)
        if analysis is None:
            return ""
        if kind == "anchor":
            a = analysis.anchor
            return f"{a.value.isoformat() if a.value else 'no date'} ({a.source})"
        if kind == "language":
            return analysis.article.lang
        mention = next((m for m in analysis.mentions if (m.start, m.end) == slot[2:4]), None)
        event = next((e for e in self.timeline.events if self.event_key(e) == slot[1:]), None)
        if kind == "mention":
            return f"{mention.value} ({mention.rule or 'tagger'})" if mention else "no date"
        if kind == "label":
            return event.label if event else ""
        if kind == "hidden":
            return "shown"
        if kind == "cluster":
            return event.cluster_id if event else ""
        return "unreviewed" if kind == "review" else ""

    def _corrected(self, article_id: str, corrections: Corrections) -> ArticleAnalysis:
        """The machine's analysis of ``article_id`` with ``corrections`` laid over it."""
        return _laid_over(self._machine[article_id], corrections, self._manual)

    def _refresh(self, article_ids: tuple[str, ...]) -> None:
        for article_id in article_ids:
            previewed = self._previewed.pop(article_id, None)
            if previewed is not None:  # (used by _laid_over only if read under this anchor)
                self._manual[article_id] = previewed
            if article_id in self._machine:
                self._analyses[article_id] = self._corrected(article_id, self.corrections)

    def _reassemble(self, change: Change) -> None:
        if self.deferred and change.kind == "corrected":
            timeline = provisional(self.timeline, self._analyses, change.article_ids,
                                   self.corrections)
            self._emit(timeline, change, exact=False)
        else:
            self._emit(assemble(self._analyses.values(), self.corrections, self.memo), change)

    def _emit(self, timeline: Timeline, change: Change, *, exact: bool = True) -> None:
        """Install ``timeline``; a deferred document keeps the reports it has until checked."""
        if self.deferred and timeline._reports is None:
            timeline._reports = {aid: r for aid, r in (self.timeline._reports or {}).items()
                                 if aid in timeline.analyses}
        self._exact = exact
        self.unsettled = self.deferred and change.kind != "settled" and bool(timeline.analyses)
        self.timeline = timeline
        self._version += 1
        self.changed.emit(change)


def _assembled(analyses: dict[str, ArticleAnalysis], corrections: Corrections,
               memo: SignatureMemo, remote: StoryProcess | None) -> Timeline:
    """``assemble``, its clusters computed in ``remote`` if there is one."""
    clusters = remote.clusters(analyses) if remote is not None else None
    return assemble(analyses.values(), corrections, memo, clusters)


def _keep_unchanged(shown: Timeline, fresh: Timeline) -> None:
    """Give ``fresh`` the objects of ``shown`` wherever they are equal (on the worker).

    The views then tell an unchanged event or summary by identity, on the main thread, instead
    of comparing 16,000 events field by field there; the values are the same either way.
    """
    before = {e.event_id: e for e in shown.events}
    fresh.events = [
        old if (old := before.get(e.event_id)) is not None and old == e else e
        for e in fresh.events
    ]
    summaries = shown.cluster_summaries
    fresh.cluster_summaries = {
        cid: old if (old := summaries.get(cid)) is not None and old == s else s
        for cid, s in fresh.cluster_summaries.items()
    }
    fresh._by_id = None  # (an index over the replaced objects is built again when asked)


def _laid_over(
    base: ArticleAnalysis, corrections: Corrections, manual: dict[str, ArticleAnalysis]
) -> ArticleAnalysis:
    """``base`` (the machine's analysis) with ``corrections`` laid over it.

    An article under a manual anchor is tagged again, unless a reading of it against the same
    day is at hand (tagging depends on the text and the anchor's day alone: a note or a source
    changes nothing); ``manual`` keeps those re-taggings.
    """
    article_id = base.article.id
    anchor = corrections.anchor_for(base.article)
    lang = corrections.language_for(base.article)
    if anchor is not None or lang is not None:
        article = base.article if lang is None else replace(base.article, lang=lang)
        anchor = anchor if anchor is not None else base.anchor
        known = manual.get(article_id)
        # (a language correction reads a copy of the article: its text tells if it is the same)
        same_text = known is not None and (
            known.article is base.article
            if lang is None
            else known.article.content_hash == base.article.content_hash
        )
        stale = (
            not same_text
            or known.anchor.value != anchor.value
            or known.article.lang != article.lang
        )
        if stale:
            same = anchor.value == base.anchor.value and lang is None
            known = replace(base, anchor=anchor) if same else analyze(article, anchor)
        elif known.anchor != anchor:
            known = replace(known, anchor=anchor)
        manual[article_id] = known
        base = known
    mentions = corrections.correct_mentions(base.article, base.mentions)
    if mentions is base.mentions:
        return base
    return replace(base, mentions=mentions, events=build_events(base.article, mentions))
