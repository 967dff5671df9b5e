"""Scoring candidate anchors of one article against the dated events of the other articles.

Each candidate day is a re-read of the article and a score: matched events that land on the date
their source gives add (more for finer dates, less for wording that matches many datings), strong
matches that land far away subtract, and a date told as past that lies after the candidate is a
violation. The best day, the days that score as well and rival readings give the range.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from timeline_app.core.model import Anchor, AnchorSource, ArticleAnalysis, Event, Interval
from timeline_app.core.reconcile.anchor_bound import anchor_read_ids, best_placement
from timeline_app.core.reconcile.anchor_evidence import (
    APPROX,
    FAR_DAYS,
    MATCH_AT,
    STRONG_AT,
    Offset,
    References,
    dated_events,
    gap,
    grain_of,
    offset_from,
    offsets,
    tagged_events,
    told_as_past,
)
from timeline_app.core.reconcile.clustering import LEDE_CHARS
from timeline_app.core.reconcile.deeds import deed_classes
from timeline_app.core.reconcile.signatures import event_text, phrase_text

__all__ = ["AnchorSearch", "Candidate"]

EPS = 0.05
CENTRE_SPAN = 366
"""The widest match (a year) whose midpoint may centre a search: a decade's ("as in the 1980s",
matched to "this week") holds the reading on every day of ten years, and its middle is no day a
page was written near."""
RIVAL = 0.4
"""Days within this share of the best gain over the worst are rivals the range must hold."""
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


@dataclass(slots=True)
class Candidate:
    """One candidate anchor, its score, and the evidence behind it in plain English."""

    day: date
    score: float = 0.0
    agree: list[str] = field(default_factory=list)
    agree_articles: set[str] = field(default_factory=set)
    far_articles: set[str] = field(default_factory=set)
    far: list[str] = field(default_factory=list)
    """Strong matches that land far away, most similar first."""
    violations: list[str] = field(default_factory=list)
    weekdays: list[str] = field(default_factory=list)
    recency: float = 0.0


class AnchorSearch:
    """Candidate anchors of one article, scored by agreement with the references."""

    def __init__(self, analysis: ArticleAnalysis, refs: References,
                 analyze_fn: Callable[..., ArticleAnalysis] | None = None,
                 allowed: set[str] | None = None) -> None:
        """``allowed``: the only articles whose events may count (None: every reference)."""
        self.analysis, self.refs, self.analyze_fn = analysis, refs, analyze_fn
        self.allowed = allowed
        self.text = analysis.article.text
        self._at: dict[date, Candidate] = {}
        self._matches: dict[str, list[tuple[Event, float]]] = {}
        self._lead: str | None = None
        self._offset_matches: list[tuple[Offset, list[tuple[Event, float]]]] | None = None
        self._ambiguities: dict[str, int] = {}
        self._weighed: dict[tuple, list[tuple[float, Event]]] = {}
        self._past: dict[tuple[int, int, int, int], bool] = {}
        self._readings: dict[tuple, tuple] = {}
        self._by_object: dict[int, tuple[Event, tuple]] = {}
        self._by_facts: dict[int, tuple[Event, tuple | None]] = {}
        self._last_read: tuple[date, list[Event]] | None = None
        self._unmatched: dict[str, Event] = {}
        self._day_rows: dict[str, list[tuple[str, float, int, int, int, Event]]] = {}
        """Events whose matches :meth:`centres` did not need, as it met them."""
        self._base: list[Event] | None = None
        self._can_agree: bool | None = None
        self._absolute: Candidate | None = None
        self._placements: dict[str, float] = {}
        self._claimed: dict[str, str] | None = None

    def base_events(self) -> list[Event]:
        """The article's own events (made once per search: a big text's are a million)."""
        if self._base is None:
            self._base = dated_events(self.analysis)
        return self._base

    def events_at(self, day: date) -> list[Event]:
        """The article re-read against ``day``: ``analyze(article, Anchor(day, ESTIMATED))``.

        The default does the same, tagging through a cache shared by every search. The day
        read last is kept: :meth:`centres` reads again the day just scored.
        """
        if self._last_read is not None and self._last_read[0] == day:
            return self._last_read[1]
        events = self._events_at(day)
        self._last_read = (day, events)
        return events

    def _events_at(self, day: date) -> list[Event]:
        if self.analyze_fn is not None:
            anchor = Anchor(day, AnchorSource.ESTIMATED)
            return dated_events(self.analyze_fn(self.analysis.article, anchor))
        return tagged_events(self.analysis.article, day)

    def _matches_of(self, e: Event) -> list[tuple[Event, float]]:
        if e.event_id not in self._matches:
            # read as it was first met (an absolute date is never the lead): the same matches
            e = self._unmatched.pop(e.event_id, e)
            lead = None
            if self._lead in (None, e.event_id) and e.mention.reference != "absolute" \
                    and e.interval.days <= 1 and e.sentence_start <= 2 * LEDE_CHARS:
                self._lead = e.event_id
                title = self.analysis.article.title
                lead = event_text(e, self.text,
                                  f"{title}. {self.text[:e.sentence_start][-LEDE_CHARS:]}")
            if not self.can_agree():  # (the lead is still chosen, as the estimate names it)
                self._matches[e.event_id] = []
                return []
            x = self.refs.event_text(e)
            self._matches[e.event_id] = self._kept(self.refs.matches(e, x, lead))
        return self._matches[e.event_id]

    def can_agree(self) -> bool:
        """Whether any other article's events may count: not when none is ``allowed`` or read.

        Then no candidate day gains or loses by other sources, whatever the day: an estimate
        has only the article's own text to go by, and need not compare its events at all.
        """
        if self._can_agree is None:  # (asked per event: the answer does not change)
            self._can_agree = bool(self.allowed) if self.allowed is not None else \
                self.refs.has_others(self.analysis.article.id)
        return self._can_agree

    def _kept(self, found: list[tuple[Event, float]]) -> list[tuple[Event, float]]:
        if self.allowed is None:
            return found
        return [(f, sim) for f, sim in found if f.article_id in self.allowed]

    def _offsets(self) -> list[tuple[Offset, list[tuple[Event, float]]]]:
        """The article's offsets ("a month after ...") with what other sources date."""
        if self._offset_matches is None and not self.can_agree():
            self._offset_matches = []
        if self._offset_matches is None:
            aid = self.analysis.article.id
            self._offset_matches = []
            for offset in offsets(self.analysis):
                found = self._kept(self.refs.matches_text(aid, phrase_text(offset.phrase)))
                found = self._deed_reports(offset, found) or found
                found = [(f, sim) for f, sim in found if not offset_from(f.sentence, offset.phrase)]
                best: dict[str, tuple[Event, float]] = {}
                for f, sim in found:
                    if f.interval.days <= 366 and (f.article_id not in best
                                                   or sim > best[f.article_id][1]):
                        best[f.article_id] = (f, sim)
                if best:
                    self._offset_matches.append((offset, list(best.values())))
        return self._offset_matches

    def _deed_reports(self, offset: Offset, found: list[tuple[Event, float]]
                      ) -> list[tuple[Event, float]]:
        """The reports of the deed an offset names ("five weeks after the fire"), if any.

        Reports that only recall it read alike too ("a lawsuit over the fire"), and would put
        the other happening on their own day. Among related articles only: a class of deeds
        says little unless the story already agrees. Each weighs as alike as it reads, or as a
        bare match.
        """
        classes = deed_classes(offset.phrase)
        if self.allowed is None or not classes:
            return []
        alike = {f.event_id: sim for f, sim in found}
        reports = [f for f in self.refs.deed_reports(self.analysis.article.id, classes)
                   if f.article_id in self.allowed]
        return [(f, max(MATCH_AT, alike.get(f.event_id, 0.0))) for f in reports]

    def offset_centre(self, day: date) -> date | None:
        """The median day the offsets fitting ``day`` point to ("five weeks after" the fire).

        An offset's window is its slack around that day: the day itself is the likeliest.
        """
        days = sorted(w.midpoint for offset, found in self._offsets() for f, _ in found
                      if (w := offset.window(f.interval)).contains(day))
        return days[(len(days) - 1) // 2] if days else None

    def _ambiguity(self, e: Event) -> int:
        self._matches_of(e)
        return self._ambiguity_of(e.event_id)

    def _ambiguity_of(self, event_id: str) -> int:
        """How many different datings the matches of the event give.

        Template-like wording matches many happenings at many dates, and then says little about
        any one of them. (Its matches do not change with the day: counted once per event.)
        """
        count = self._ambiguities.get(event_id)
        if count is None:
            groups: list[Interval] = []
            for f, _ in self._matches[event_id]:
                if not any(f.interval.overlaps(g) for g in groups):
                    groups.append(f.interval)
            count = self._ambiguities[event_id] = max(1, len(groups))
        return count

    def _weights(self, e: Event) -> list[tuple[float, Event]]:
        """The weight of each matching article's best match for ``e`` as read now, least first.

        Depends on the event's reading (interval, confidence) and its matches alone: a search
        reads most events alike on many of the days it scores, and weighs them once.
        """
        key = (e.event_id, e.interval, e.mention.confidence, e.mention.reference)
        weighed = self._weighed.get(key)
        if weighed is not None:
            return weighed
        best: dict[str, tuple[float, Event]] = {}
        if e.mention.reference != "absolute":  # only what moves with the anchor counts
            begin, end = e.interval.begin.toordinal(), e.interval.end.toordinal()
            days, confidence = end - begin, min(e.mention.confidence, 1.0)
            for aid, sim, f_begin, f_end, f_days, f in self._match_days(e):
                if begin < f_end and f_begin < end:  # the same day, or overlapping
                    w = sim * grain_of(max(days, f_days)) * confidence
                elif sim >= STRONG_AT and max(f_begin - end, begin - f_end) > FAR_DAYS:
                    w = -0.5 * sim  # (far: a gap over FAR_DAYS is never near)
                else:
                    w = 0.0
                if aid not in best or w > best[aid][0]:
                    best[aid] = (w, f)
        weighed = self._weighed[key] = sorted(best.values(), key=lambda t: t[0])
        return weighed

    def _match_days(self, e: Event) -> list[tuple[str, float, int, int, int, Event]]:
        """The matches of ``e`` as (article, similarity over ambiguity, day numbers), once."""
        self._matches_of(e)
        return self._rows_of(e.event_id)

    def _rows_of(self, event_id: str) -> list[tuple[str, float, int, int, int, Event]]:
        """:meth:`_match_days` of an event whose matches are known."""
        rows = self._day_rows.get(event_id)
        if rows is None:
            spread = self._ambiguity_of(event_id)
            owner = self._claims()
            rows = self._day_rows[event_id] = [
                (f.article_id, sim / spread, f.interval.begin.toordinal(),
                 f.interval.end.toordinal(), f.interval.days, f)
                for f, sim in self._matches[event_id]
                if owner.get(f.event_id, event_id) == event_id]
        return rows

    def _claims(self) -> dict[str, str]:
        """Which of the undated page's events each report of another source is claimed by.

        A report is one happening: of two events of the page told on different days, at most
        one is the same happening ("Today we carried 8,000 signatures" and "Tomorrow the
        council votes" both read like "the group had delivered 8,000 signatures asking the
        council to rebuild"), the one that reads most like it. Estimates only (``allowed``):
        the events matched by then (:meth:`centres` matched them all).
        """
        if self._claimed is None:
            best: dict[str, tuple[float, str]] = {}
            if self.allowed is not None:
                for eid, found in sorted(self._matches.items()):
                    for f, sim in found:
                        if f.event_id not in best or sim > best[f.event_id][0]:
                            best[f.event_id] = (sim, eid)
            self._claimed = {fid: eid for fid, (_, eid) in best.items()}
        return self._claimed

    def _told_as_past(self, e: Event) -> bool:
        key = (e.mention.start, e.mention.end, e.sentence_start, e.sentence_end)
        past = self._past.get(key)
        if past is None:
            past = self._past[key] = told_as_past(e, self.text)
        return past

    def _reading(self, e: Event) -> tuple[list[float], list[str], list[str], list[str],
                                          list[str], str | None]:
        """What ``e`` as read now adds to a candidate, whatever the candidate's day.

        Its weights (added one by one, in order, as the score always was), the agreements and
        far matches in plain English with their articles, and its weekday line. A search
        reads most events alike on many of the days it scores: each reading is put in words
        once.
        """
        seen = self._by_object.get(id(e))  # the same event object: a day read alike
        if seen is not None and seen[0] is e:
            return seen[1]
        m = e.mention
        if not self.can_agree():  # no other source: no weights, only the weekday line
            if m.reference != "absolute":
                self._matches_of(e)  # (the lead is chosen as the first such event met)
            return [], [], [], [], [], self._weekday(e)
        key = (e.event_id, e.interval, m.confidence, m.reference, m.text, m.value, e.label)
        found = self._readings.get(key)
        if found is not None:
            self._by_object[id(e)] = (e, found)  # (held: its id is never another's)
            return found
        weights: list[float] = []
        agree: list[str] = []
        agree_ids: list[str] = []
        far: list[str] = []
        far_ids: list[str] = []
        for w, f in self._weights(e):
            weights.append(w)
            what = f"“{m.text}” ({e.label})"
            if w > 0:
                agree.append(f"{what} lines up with {f.article_id}, which dates it "
                             f"{f.mention.value}")
                agree_ids.append(f.article_id)
            elif w < 0:
                far_ids.append(f.article_id)
                far.append(f"puts {what} at {m.value}, but {f.article_id} dates "
                           f"the same happening {f.mention.value}")
        found = self._readings[key] = (weights, agree, agree_ids, far, far_ids, self._weekday(e))
        self._by_object[id(e)] = (e, found)
        return found

    @staticmethod
    def _weekday(e: Event) -> str | None:
        """The line a relative weekday ("on Friday") adds, whatever the other sources say."""
        m = e.mention
        if m.reference != "absolute" and e.interval.days <= 100 \
                and _WEEKDAY.fullmatch(m.text.strip()):
            return (f"“{m.text}” puts its happening on "
                    f"{e.interval.begin.strftime('%A')} {m.value}")
        return None

    def evaluate(self, day: date, events: list[Event]) -> Candidate:
        c = Candidate(day)
        spans = [(o.start, o.end) for o, _ in self._offsets()]
        score, recency, lead = 0.0, 0.0, self._lead
        for e in events:
            facts = self._facts(e, spans)
            if facts is None:
                continue  # "a month after ..." dates the news by the other happening, below
            (weights, agree, agree_ids, far, far_ids, weekday), past, end = facts
            for w in weights:
                score += w
            if agree:
                c.agree += agree
                c.agree_articles.update(agree_ids)
            if far:
                c.far_articles.update(far_ids)
                c.far += far
            if past is not None:
                if past[0] > day:
                    c.violations.append(past[1])
            elif end is not None:
                lead = lead or self._lead  # (chosen once, by the first reading of the lead)
                late = math.log1p(max(0, (day - end).days))
                recency += late * (2 if e.event_id == lead else 1)
                if weekday is not None:
                    c.weekdays.append(weekday)
        c.score, c.recency = score, recency
        for offset, found in self._offsets():
            for f, sim in found:
                if offset.window(f.interval).contains(day):
                    c.score += sim / len(found)
                    c.agree_articles.add(f.article_id)
                    c.agree.append(f"“{offset.said.strip()}…”: {f.article_id} dates that "
                                   f"{f.mention.value}, which puts this article near "
                                   f"{offset.window(f.interval).midpoint.isoformat()}")
        c.score -= 0.5 * len(c.violations)
        return c

    def _facts(self, e: Event, spans: list[tuple[int, int]]) -> tuple | None:
        """What :meth:`evaluate` reads of ``e`` whatever the day, once per event object.

        None for an event inside an offset's words; else its reading (see :meth:`_reading`),
        ``(begin, violation)`` of a date told as past, and the end of a relative date.
        """
        seen = self._by_facts.get(id(e))
        if seen is not None and seen[0] is e:
            return seen[1]
        m = e.mention
        facts: tuple | None = None
        if not (spans and any(a <= m.start < b for a, b in spans)):
            reading = self._reading(e)
            past = end = None
            if m.reference == "absolute":
                if m.rule != APPROX and self._told_as_past(e):
                    past = (e.interval.begin, f"it tells of {m.value} as past (“{m.text}”)")
            elif e.interval.days <= 100:
                end = e.interval.end
            facts = (reading, past, end)
        self._by_facts[id(e)] = (e, facts)  # (held: its id is never another's)
        return facts

    def absolute_at(self, day: date) -> Candidate:
        """:meth:`evaluate` of the absolute dates alone: all that tells ``day``'s violations."""
        if self._absolute is None or self._absolute.day != day:
            self._absolute = self.evaluate(
                day, [e for e in self.base_events() if e.mention.reference == "absolute"])
        return self._absolute

    def score(self, day: date) -> Candidate:
        if day not in self._at:
            self._at[day] = self.evaluate(day, self.events_at(day))
        return self._at[day]

    def suspicious(self) -> bool:
        """Whether the page anchor needs a search: far duplicates or a past told as future.

        Cheap on purpose (it runs for every dated article): wording is compared only with
        events dated far from the event's own reading.
        """
        day = self.analysis.anchor.value
        assert day is not None
        events = self.base_events()
        if self.absolute_at(day).violations:
            return True
        near: set[str] = set()
        shifted: dict[int, set[str]] = defaultdict(set)  # by the shift in weeks it implies
        for e in events if self.can_agree() else ():
            if e.mention.reference == "absolute":
                continue
            for f in self.refs.strong(e, self.refs.event_text(e)):
                if gap(e.interval, f.interval) <= 0:
                    near.add(f.article_id)
                elif gap(e.interval, f.interval) > FAR_DAYS:
                    weeks = (f.interval.midpoint - e.interval.midpoint).days // 7
                    shifted[weeks].add(f.article_id)
        # more sources agree on one other reading than on the page date's
        if any(len(ids - near) > len(near) for ids in shifted.values()):
            return True
        return any(not offset.window(f.interval).contains(day) and sim >= STRONG_AT
                   for offset, found in self._offsets() for f, sim in found)

    def most_on(self, days: list[date]) -> float | None:
        """An upper bound on the score of every day of ``days``, read without reading them.

        Each expression that may read the anchor adds at most its best one placement among
        its matches (:func:`anchor_bound.best_placement`), each day its offsets exactly;
        violations only subtract. None when some such expression's matches are not known yet
        (only the days read so far matched them) or the article's readings cannot be told
        apart by its words (:func:`anchor_bound.anchor_read_ids`): then the days are read.
        """
        bound = self._read_bound(days)
        if bound is None:
            return None
        found = self._offsets()
        return bound[1] + max(sum(sim / len(fs) for offset, fs in found for f, sim in fs
                                  if offset.window(f.interval).contains(d)) for d in days)

    def most_each(self, days: list[date], read: date) -> list[float] | None:
        """An upper bound on the score of each day of ``days``, read without reading them.

        :meth:`most_on`'s bound of the expressions that may read the anchor, plus what the
        other expressions, as the day ``read`` (already scored) read them, give each day
        exactly: they read alike on every day and weigh nothing, but a date told as past after
        the day is a violation, and the offsets count. None when :meth:`most_on` is None.
        """
        bound = self._read_bound(days)
        if bound is None:
            return None
        ids, total = bound
        fixed = [e for e in self.events_at(read) if e.event_id not in ids]
        if any(e.mention.reference != "absolute" for e in fixed):
            return None  # (one placed off its words' start: told apart by its reading only)
        return [total + self.evaluate(d, fixed).score for d in days]

    def _read_bound(self, days: list[date]) -> tuple[set[str], float] | None:
        """The ids of the expressions that may read the anchor and the sum of their bounds."""
        if self.analyze_fn is not None or not days:
            return None
        ids = anchor_read_ids(self.analysis.article, days[0])
        if ids is None or any(x not in self._matches for x in ids):
            return None
        return ids, sum(self._placement(x) for x in sorted(ids))

    def _placement(self, event_id: str) -> float:
        """``best_placement`` of an event whose matches are known (they never change): once."""
        found = self._placements.get(event_id)
        if found is None:
            found = self._placements[event_id] = best_placement(self._rows_of(event_id))
        return found

    def centres(self, probe: date) -> list[date]:
        """Candidate anchors near ``probe``'s matches on other sources.

        Shifts that land matched events on their sources' dates, and those sources' anchors.
        """
        weight: Counter[date] = Counter({probe: 0.01})
        for e in self.events_at(probe):
            if e.mention.reference == "absolute":
                # its matches move no centre (and an absolute date weighs nothing): they are
                # looked up only if a reading needs them, as they would be now
                if e.event_id not in self._matches:
                    self._unmatched.setdefault(e.event_id, e)
                continue
            for f, sim in self._matches_of(e)[:3]:
                if f.interval.days > CENTRE_SPAN:
                    continue
                weight[probe + (f.interval.midpoint - e.interval.midpoint)] += sim
                ref = self.refs.anchors.get(f.article_id)
                if ref is not None:
                    weight[ref] += sim / 2
        for offset, found in self._offsets():
            for f, sim in found:
                weight[offset.window(f.interval).midpoint] += sim / 2
        return [d for d, _ in weight.most_common(5)]

    def search(self, centres: list[date], floor: date | None = None
               ) -> tuple[Candidate, date, date] | None:
        """The best candidate near ``centres`` and the range of days that score as well."""
        scored = self.scored(centres, floor)
        if not scored:
            return None
        best = max(scored, key=lambda c: c.score)
        return (best, *self.span(best, scored, floor))

    def scored(self, centres: list[date], floor: date | None = None) -> list[Candidate]:
        """The candidates a few days around ``centres`` (none before ``floor``)."""
        return [self.score(d) for d in self.days_around(centres) if floor is None or d >= floor]

    @staticmethod
    def days_around(centres: list[date]) -> list[date]:
        """The days :meth:`scored` reads around ``centres``, in order."""
        return sorted({c + timedelta(days=k) for c in centres for k in range(-2, 3)})

    def lead_known(self) -> bool:
        """Whether the lead event is chosen: then the order days are read in changes nothing.

        (The first reading with an event that may lead chooses it, and the lead is matched
        with the article's opening words as well.)
        """
        return self._lead is not None

    def span(self, best: Candidate, scored: list[Candidate], floor: date | None = None
             ) -> tuple[date, date]:
        """The range of days around ``best`` that score as well, holding its rivals.

        The costly part of a search (each day of its edges is a re-reading): a caller that
        can reject ``best`` on its own asks for it only when it keeps it.
        """
        worst = min(c.score for c in scored)
        tol = min(EPS, 0.5 * (best.score - worst)) if best.score > worst else EPS

        def ok(d: date) -> bool:
            return (floor is None or d >= floor) and self.score(d).score >= best.score - tol

        # other days that score nearly as well are rival readings: the range must hold them
        near = best.score - max(tol, RIVAL * (best.score - worst))
        rivals = [c.day for c in scored if c.score >= near]
        lo, hi = self._edge(best.day, -1, ok), self._edge(best.day, 1, ok)
        return min([lo, *rivals]), max([hi, *rivals])

    @staticmethod
    def _edge(start: date, step: int, ok: Callable[[date], bool]) -> date:
        good, jump = 0, 1
        while jump <= 512 and ok(start + timedelta(days=step * jump)):
            good, jump = jump, jump * 2
        bad = jump
        if jump > 512:
            return start + timedelta(days=step * good)
        while bad - good > 1:
            mid = (good + bad) // 2
            good, bad = (mid, bad) if ok(start + timedelta(days=step * mid)) else (good, mid)
        return start + timedelta(days=step * good)

    def reference_anchor(self, c: Candidate, lo: date | None = None, hi: date | None = None
                         ) -> date | None:
        """The median anchor of the sources that agree with ``c``.

        Those written within ``[lo, hi]`` (the days that fit as well) only, when some are: the
        later reports that recall the same happening would pull a copy's day after its original.
        """
        days = [self.refs.anchors[a] for a in c.agree_articles if self.refs.anchors.get(a)]
        if lo is not None and hi is not None:
            days = [d for d in days if lo <= d <= hi] or days  # type: ignore[operator]
        return date.fromordinal(int(statistics.median(d.toordinal() for d in days))) \
            if days else None  # type: ignore[union-attr]

    def pick(self, lo: date, hi: date, prefer: date | None, *, weekday: bool | None = None
             ) -> Candidate:
        """The likeliest day of ``[lo, hi]``: nearest ``prefer``, else most recent references.

        ``weekday`` (default: when nothing is preferred) moves it to the weekday the lead names.
        """
        span = (hi - lo).days
        if prefer is not None:
            centre = min(max(prefer, lo), hi)
            days = [centre + timedelta(days=k) for k in range(-3, 4)]
        else:
            days = [lo + timedelta(days=k) for k in range(0, span + 1, 7 if span > 21 else 1)]
        days = [d for d in days if lo <= d <= hi]
        if prefer is not None:  # the nearest days win whatever their scores: read only those
            nearest = min(abs((d - prefer).days) for d in days)
            days = [d for d in days if abs((d - prefer).days) == nearest]
        key = (lambda c: (abs((c.day - prefer).days), c.recency, c.day)) if prefer else \
            (lambda c: (c.recency, c.day))
        best = min((self.score(d) for d in days), key=key)
        if prefer is None and span > 21:
            near = [best.day + timedelta(days=k) for k in range(-6, 7)]
            best = min((self.score(d) for d in near if lo <= d <= hi), key=key)
        named = self._lead_weekday()
        if (prefer is None if weekday is None else weekday) and named is not None:
            # "on Saturday" at the top of a news story: the story's day is a Saturday
            days = [best.day + timedelta(days=k) for k in range(-3, 4)]
            same = [d for d in days if lo <= d <= hi and d.weekday() == named]
            if same:
                best = self.score(min(same, key=lambda d: abs((d - best.day).days)))
        return best

    def _lead_weekday(self) -> int | None:
        """The weekday the article's lead event names (0 is Monday), if it names one."""
        if self._lead is None:
            return None
        m = next((m for m in self.analysis.mentions
                  if f"{self.analysis.article.id}@{m.start}" == self._lead), None)
        hit = _WEEKDAY.fullmatch(m.text.strip()) if m is not None else None
        if hit is None:
            return None
        return ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(hit.group().lower()[:3])
