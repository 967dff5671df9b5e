"""The plain data every part of timeline_app speaks: articles, mentions, intervals, anchors, events.

These are small immutable value types (except :class:`Article`, which ingest fills in) so that they
can cross process boundaries, be hashed, compared in tests, and wrapped by Qt models without copies.
"""

from __future__ import annotations

import operator
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

__all__ = [
    "Anchor",
    "AnchorSource",
    "Article",
    "ArticleAnalysis",
    "Event",
    "Granularity",
    "Interval",
    "Mention",
    "PublishedSource",
    "Timeline",
    "TimexType",
    "sort_key",
]


def _pickled_as_arguments(cls):
    """Pickle instances as their constructor's arguments.

    The default for a slotted dataclass calls ``fields()`` on every object; a load sends
    hundreds of thousands of these values between processes, and this halves that cost.
    """
    values = operator.attrgetter(*cls.__dataclass_fields__)

    def __reduce__(self):
        return (cls, values(self))

    cls.__reduce__ = __reduce__
    return cls


class Granularity(StrEnum):
    """How precise a placed date is; ordered from finest to coarsest."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    @property
    def rank(self) -> int:
        return _GRANULARITY_ORDER.index(self)


_GRANULARITY_ORDER = list(Granularity)


class TimexType(StrEnum):
    """TimeML TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class AnchorSource(StrEnum):
    """Where the reference date an article is resolved against came from."""

    DETECTED = "detected"
    MANUAL = "manual"
    SUGGESTED = "suggested"
    ESTIMATED = "estimated"
    NONE = "none"


class PublishedSource(StrEnum):
    """Where an article's publication date was found."""

    HEADER = "header"
    BYLINE = "byline"
    META = "meta"
    URL = "url"
    MANUAL = "manual"
    DATELINE = "dateline"
    CAPTION = "caption"
    NONE = "none"


@_pickled_as_arguments
@dataclass(frozen=True, slots=True, order=True)
class Interval:
    """A half-open span of days, ``[begin, end)``: the whole uncertain extent of a date."""

    begin: date
    end: date

    def __post_init__(self) -> None:
        if not self.begin < self.end:
            raise ValueError(f"empty interval: {self.begin} .. {self.end}")

    @classmethod
    def day(cls, d: date) -> Interval:
        return cls(d, d + timedelta(days=1))

    @property
    def days(self) -> int:
        return (self.end - self.begin).days

    @property
    def midpoint(self) -> date:
        return self.begin + timedelta(days=self.days // 2)

    def contains(self, d: date) -> bool:
        return self.begin <= d < self.end

    def overlaps(self, other: Interval) -> bool:
        return self.begin < other.end and other.begin < self.end

    def to_dict(self) -> dict[str, str]:
        return {"begin": self.begin.isoformat(), "end": self.end.isoformat()}


@_pickled_as_arguments
@dataclass(frozen=True, slots=True)
class Mention:
    """One temporal expression found in a text, normalized to TIMEX3.

    ``start``/``end`` are offsets into the text that was tagged (Python slice convention).
    ``interval`` is set only where the expression denotes a placeable span of time.
    ``rule`` names the grammar rule that matched and ``reference`` says what it was resolved
    against (``absolute``, ``anchor``, ``narrative``, ``unresolved``, ``quoted``: the day of
    the speech quoting it; ``event:<phrase>``: an offset from an event the text does not date,
    left unplaced for the user to anchor), so a user can see why.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str = ""
    granularity: Granularity | None = None
    interval: Interval | None = None
    rule: str = ""
    reference: str = ""
    confidence: float = 1.0

    @property
    def placeable(self) -> bool:
        return self.interval is not None and self.type in (TimexType.DATE, TimexType.TIME)

    def shifted(self, offset: int) -> Mention:
        return replace(self, start=self.start + offset, end=self.end + offset)

    def to_dict(self) -> dict:
        """The contract's mention object (``tag`` output)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": str(self.type),
            "value": self.value,
            "mod": self.mod,
            "granularity": str(self.granularity) if self.granularity else None,
            "interval": self.interval.to_dict() if self.interval else None,
        }


@_pickled_as_arguments
@dataclass(frozen=True, slots=True)
class Anchor:
    """The reference date an article's relative expressions are resolved against.

    ``value`` is None when there is none; ``interval`` carries the uncertainty of an estimate.
    """

    value: date | None
    source: AnchorSource = AnchorSource.NONE
    interval: Interval | None = None
    note: str = ""

    @classmethod
    def none(cls) -> Anchor:
        return cls(None, AnchorSource.NONE)


@dataclass(slots=True)
class Article:
    """One source article after ingest: its cleaned main text and what is known of its date.

    All character offsets elsewhere (mentions, events) point into ``text``.
    """

    id: str
    title: str
    text: str
    published: date | None = None
    published_source: PublishedSource = PublishedSource.NONE
    url: str = ""
    path: str = ""
    content_hash: str = ""
    warnings: list[str] = field(default_factory=list)
    published_precision: str | None = None
    """``day`` or ``month`` (a partial header): how much of ``published`` the page gave."""
    date_candidates: list[dict] = field(default_factory=list)
    """The dates the page offered, best first: ``{date, source, line, score, why}``."""
    lang: str = ""
    """ISO 639-1 code of the article's language, detected at ingest (``""`` where unknown)."""


@_pickled_as_arguments
@dataclass(frozen=True, slots=True)
class Event:
    """A dated sentence of one article: the unit drawn on the timeline."""

    event_id: str
    article_id: str
    mention: Mention
    sentence_start: int
    sentence_end: int
    sentence: str
    label: str
    cluster_id: str = ""

    @property
    def interval(self) -> Interval:
        assert self.mention.interval is not None
        return self.mention.interval

    @property
    def granularity(self) -> Granularity | None:
        return self.mention.granularity


@dataclass(slots=True)
class ArticleAnalysis:
    """An article with its anchor, every mention found, and the events they give."""

    article: Article
    anchor: Anchor
    mentions: list[Mention]
    events: list[Event]


def sort_key(event: Event) -> tuple:
    mention = event.mention
    interval = mention.interval
    return (interval.begin, interval.end, event.article_id, mention.start)


def unplaced_in(article_id: str, analysis: ArticleAnalysis) -> list[tuple[str, Mention]]:
    """One article's DATE/TIME mentions that could not be placed (:meth:`Timeline.unplaced`)."""
    return [(article_id, m) for m in analysis.mentions
            if m.type in (TimexType.DATE, TimexType.TIME) and m.interval is None]


@dataclass(slots=True)
class Timeline:
    """What the views show: analyses by article id and all placed events, sorted by date."""

    analyses: dict[str, ArticleAnalysis] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    cluster_summaries: dict[str, Any] = field(default_factory=dict)
    """Merged happenings by cluster id (``clustering.ClusterSummary``): sources, combined
    interval, disagreement."""
    anchor_check: Callable[[], dict[str, Any]] | None = field(
        default=None, repr=False, compare=False
    )
    """Computes :attr:`reports` when first asked for: an export of events never needs them, and
    on a large story they cost more than everything else."""

    _reports: dict[str, Any] | None = field(default=None, init=False, repr=False, compare=False)
    _by_id: dict[str, Event] | None = field(default=None, init=False, repr=False, compare=False)
    _unplaced: list[tuple[str, Mention]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def reports(self) -> dict[str, Any]:
        """Anchor problems and suggestions by article id (``anchor_check.AnchorReport``)."""
        if self._reports is None:
            self._reports = self.anchor_check() if self.anchor_check is not None else {}
        return self._reports

    def event(self, event_id: str) -> Event | None:
        """The event with this id; the index is built once (a Timeline is never mutated)."""
        if self._by_id is None:
            self._by_id = {e.event_id: e for e in self.events}
        return self._by_id.get(event_id)

    def events_of(self, article_id: str) -> list[Event]:
        return [e for e in self.events if e.article_id == article_id]

    def clusters(self) -> dict[str, list[Event]]:
        groups: dict[str, list[Event]] = defaultdict(list)
        for event in self.events:
            groups[event.cluster_id or event.event_id].append(event)
        return dict(groups)

    def unplaced(self) -> list[tuple[str, Mention]]:
        """DATE/TIME mentions that could not be placed (vague, or no anchor in reach).

        Found once per timeline (several views ask at every change); each caller gets a copy.
        """
        if self._unplaced is None:
            self._unplaced = [u for article_id, a in self.analyses.items()
                              for u in unplaced_in(article_id, a)]
        return list(self._unplaced)

    def span(self) -> Interval | None:
        if not self.events:
            return None
        return Interval(
            min(e.interval.begin for e in self.events), max(e.interval.end for e in self.events)
        )
