"""Evidence for anchor checks: what an article tells as past, and the events of other sources.

An article's wording does not change with its anchor, so its events are matched to the events of
other sources by wording alone (:class:`References`); values the tagger gave without an interval
(``2022`` with mod BEFORE, from "over three years ago") still count, as approximate events.
"""

from __future__ import annotations

import re
import statistics
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property, lru_cache

import numpy as np

from timeline_app.core.events.build import build_events, event_id_for
from timeline_app.core.events.labels import make_label
from timeline_app.core.events.sentences import SentenceIndex
from timeline_app.core.ingest.tense import ahead_markers, done_markers
from timeline_app.core.model import (
    Article,
    ArticleAnalysis,
    Event,
    Granularity,
    Interval,
    Mention,
    TimexType,
)
from timeline_app.core.reconcile import signature_memo
from timeline_app.core.reconcile.clustering import lead_texts
from timeline_app.core.reconcile.deeds import deed_classes
from timeline_app.core.reconcile.lede_likeness import LedeIndex, lede_related, lede_signature
from timeline_app.core.reconcile.signatures import (
    EventText,
    Idf,
    content_similarity,
    date_clause,
    event_text,
    plain_stems,
    story_keys,
)
from timeline_app.core.temporal import recognise, resolve
from timeline_app.core.temporal.lexicon import number_value, speaking

__all__ = [
    "APPROX",
    "FAR_DAYS",
    "MATCH_AT",
    "STRONG_AT",
    "Offset",
    "References",
    "dated_events",
    "few_keys_related",
    "earliest_future",
    "gap",
    "grain",
    "grain_of",
    "latest_past",
    "names_a_thing",
    "offsets",
    "offset_from",
    "Related",
    "related_articles",
    "tagged_events",
    "keep_reading",
    "take_reading",
    "told_as_past",
]

MATCH_AT = 0.25
STRONG_AT = 0.45
FAR_DAYS = 30
MAX_LOOKS = 30
"""Events compared in full per event (those sharing most wording keys)."""
MAX_MATCHES = 8
DEED_DAYS = 7
"""The widest date (a week) that a deed's own report may give to anchor an offset on."""
"""Matches kept per event (at most two per other article)."""
KEPT_SIMILARITIES = 200_000
"""Most pair similarities :class:`References` keeps between searches (some 40 MB)."""
APPROX = "approximate"
"""The ``rule`` of an event whose span was read off its value (``2022`` with mod BEFORE)."""
_DEADLINE = re.compile(r"\b(?:by|until|till|before|through|ahead of)\s+(?:the\s+)?$", re.I)
_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def _derived(m: Mention) -> tuple[Interval, Granularity] | None:
    """The span of a value the tagger gave without an interval (``2022`` with mod BEFORE)."""
    hit = _VALUE.match(m.value)
    if hit is None:
        return None
    y, mo, d = (int(g) if g else None for g in hit.groups())
    assert y is not None
    if d is not None and mo is not None:
        return Interval.day(date(y, mo, d)), Granularity.DAY
    if mo is not None:
        return Interval(date(y, mo, 1), date(y + mo // 12, mo % 12 + 1, 1)), Granularity.MONTH
    return Interval(date(y, 1, 1), date(y + 1, 1, 1)), Granularity.YEAR


@lru_cache(maxsize=4096)
def _tagged(text: str, day: date, lang: str = "") -> tuple[Mention, ...]:
    """The article's one parse (cached by content) resolved against ``day``: no re-recognition."""
    return tuple(resolve(recognise(text, lang or None), text, day))


@lru_cache(maxsize=256)
def _sentences(text: str, lang: str = "") -> SentenceIndex:
    return SentenceIndex.of(text, lang)


def dated_events(analysis: ArticleAnalysis) -> list[Event]:
    """The article's events, plus approximate ones for values given without an interval."""
    approx = _approximate(analysis.mentions)
    firm = [e for e in analysis.events if e.mention.mod not in _BOUND]
    if not approx:
        return firm
    article = analysis.article
    index = _sentences(article.text, article.lang)
    return [*firm, *build_events(article, approx, index)]


_BOUND = frozenset({"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"})
"""Point mods of a bound ("over three years ago"): the far side of its interval is the tagger's
convention, so the checks read such a mention off its value, as an approximate event."""


def _approximate(mentions: Iterable[Mention]) -> list[Mention]:
    return [
        replace(m, interval=span[0], granularity=span[1], rule=APPROX,
                confidence=min(m.confidence, 0.5))
        for m in mentions
        if (not m.placeable or m.mod in _BOUND) and m.type in (TimexType.DATE, TimexType.TIME)
        and (span := _derived(m))
    ]


UNCACHED_CHARS = 1_000_000
"""A text this long is re-read uncached: a day's reading of it holds a million mentions."""


_last_big: list[tuple[str, str, date, list[Mention]]] = []
"""The last reading of a text over ``UNCACHED_CHARS``: an estimate's is then its article's."""
_last_big_lock = threading.Lock()


def _big_reading(text: str, day: date, lang: str) -> list[Mention]:
    with _last_big_lock:  # the load's own reading of the text against this day (keep_reading)
        if _last_big and _last_big[0][1:3] == (lang, day) and (
                _last_big[0][0] is text or _last_big[0][0] == text):
            return _last_big[0][3]
    mentions = resolve(recognise(text, lang or None), text, day)
    with _last_big_lock:
        _last_big[:] = [(text, lang, day, mentions)]
    return mentions


def keep_reading(article: Article, day: date, mentions: list[Mention]) -> None:
    """The load's reading of a big ``article`` against its anchor ``day``, kept for the checks.

    They read the article against its own anchor first: ``tag(article.text, day)`` again,
    seconds a megabyte. It is the slot :func:`take_reading` reads (one big text at a time).
    """
    if len(article.text) >= UNCACHED_CHARS:
        with _last_big_lock:
            _last_big[:] = [(article.text, article.lang, day, mentions)]


def take_reading(article: Article, day: date) -> list[Mention] | None:
    """The mentions of the last reading of a big ``article`` against ``day``, handed over once.

    What ``tag(article.text, day)`` gives: re-reading a big undated text against its estimate
    costs as much as the estimate itself.
    """
    with _last_big_lock:
        if not _last_big:
            return None
        text, lang, read_on, mentions = _last_big[0]
        if read_on != day or lang != article.lang or text != article.text:
            return None
        _last_big.clear()
        return mentions


def tagged_events(article: Article, day: date) -> list[Event]:
    """The article tagged against ``day`` (through a cache shared by every search), as events."""
    text = article.text
    small = len(text) < UNCACHED_CHARS
    mentions = _tagged(text, day, article.lang) if small else \
        _big_reading(text, day, article.lang)
    made, same = _made_events(article.id, article.lang, text) if small else ({}, {})
    firm: list[Event] = []
    approx: list[Event] = []
    for m in mentions:
        # the tagger hands back the very mention object of an expression it read alike (its
        # words alone): found by identity first, without hashing the mention's fields
        seen = same.get(id(m))
        if seen is not None and seen[0] is m:
            found = seen[1]
        else:
            found = made.get(m)
            if found is None:
                found = made[m] = _events_of(article, m)
            same[id(m)] = (m, found)  # (held: its id is never another's)
        if found[0] is not None:
            firm.append(found[0])
        if found[1] is not None:
            approx.append(found[1])
    return firm + approx  # as dated_events: the firm ones, then the approximate ones


def _events_of(article: Article, m: Mention) -> tuple[Event | None, Event | None]:
    """The event ``m`` makes, firm or approximate (see :func:`dated_events`), if any."""
    firm = m.placeable and m.mod not in _BOUND
    approx = None if firm else next(iter(_approximate([m])), None)
    made = m if firm else approx
    if made is None or not made.placeable:
        return None, None
    where = _placed(article.text, article.lang, made.start, made.end)
    e = Event(event_id=event_id_for(article.id, made), article_id=article.id, mention=made,
              sentence_start=where[0], sentence_end=where[1], sentence=where[2],
              label=where[3])
    return (e, None) if firm else (None, e)


Made = tuple[Event | None, Event | None]
_made: dict[tuple[str, str, str], tuple[dict[Mention, Made], dict[int, tuple[Mention, Made]]]] = {}


def _made_events(article_id: str, lang: str, text: str
                 ) -> tuple[dict[Mention, Made], dict[int, tuple[Mention, Made]]]:
    """The events already made of this article's mentions, by mention and by mention object.

    A search reads the same mention (the same value) on many of its days: its event is made
    once. Kept for a few articles at a time (all dropped at once past that).
    """
    key = (article_id, lang, text)
    made = _made.get(key)
    if made is None:
        if len(_made) >= 16:
            _made.clear()
        made = _made[key] = ({}, {})
    return made


@lru_cache(maxsize=65536)
def _placed(text: str, lang: str, start: int, end: int) -> tuple[int, int, str, str]:
    """Sentence span, sentence and label of the expression at ``[start, end)``.

    As :func:`build_events` makes them; they do not change with the anchor (only the value
    does), so a search re-reading the article against many days labels each expression once.
    """
    s, e = _sentences(text, lang).containing(start, end)
    raw = text[s:e]
    return s, e, " ".join(raw.split()), make_label(raw, (start - s, end - s))


def told_as_past(e: Event, text: str) -> bool:
    """Whether the sentence tells ``e`` as done (a past verb, no future or deadline wording)."""
    sentence = text[e.sentence_start:e.sentence_end] if text else e.sentence
    before = text[max(e.sentence_start, e.mention.start - 20):e.mention.start] if text else ""
    return bool(done_markers().search(sentence)) and not ahead_markers().search(sentence) \
        and not _DEADLINE.search(before)


_NAMING = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that|last|whose)\s+$", re.I)
_NAMED = re.compile(r"\s+[a-z][a-z-]+\b")


def names_a_thing(e: Event, text: str) -> bool:
    """A bare year used as part of a name ("the 2018 talks", "its 2020 budget"), not a date."""
    if not text or not re.fullmatch(r"\d{4}", e.mention.text.strip()):
        return False
    before = text[max(0, e.mention.start - 12):e.mention.start]
    after = _NAMED.match(text, e.mention.end)
    return bool(_NAMING.search(before)) and after is not None \
        and after.group().strip() not in _NOT_NOUNS


_NOT_NOUNS = frozenset({"and", "or", "to", "when", "as", "after", "before", "until", "was", "is"})


def latest_past(events: list[Event], text: str = "") -> tuple[date, str, str] | None:
    """``(begin, value, expression)`` of the latest absolute date an article tells as past.

    A year that is part of a name ("the 2018 talks") says when that thing was, not that the
    article was written after it ended, and is left out.
    """
    told = [e for e in events if e.mention.reference == "absolute" and e.mention.rule != APPROX
            and told_as_past(e, text) and not names_a_thing(e, text)]
    if not told:
        return None
    e = max(told, key=lambda e: e.interval.begin)
    snippet = e.sentence if len(e.sentence) <= 100 else e.sentence[:100].rsplit(" ", 1)[0] + "…"
    return e.interval.begin, e.mention.value, snippet


RELATED_KEYS = 3
"""Story keys (names, title stems) two articles must share to be about the same story."""
RELATED_SHARE = 0.15
"""... and the share of the smaller article's keys they must make up."""
FEW_KEYS_SOURCES = 3
"""Articles an article with few keys (a blog post's bare title) must share most of them with,
``RELATED_KEYS - 1`` at least, to be about their story: one such page alone may be a chance
(two pages of two keys each stay apart), a story told by several is not."""


def few_keys_related(shared: np.ndarray, mine: int) -> np.ndarray:
    """Which of the articles sharing ``shared`` keys with one of ``mine`` keys it joins so."""
    ok = (shared >= RELATED_KEYS - 1) & (2 * shared >= mine)
    return ok if int(ok.sum()) >= FEW_KEYS_SOURCES else np.zeros_like(ok)


def related_articles(by_id: Mapping[str, ArticleAnalysis], article_id: str,
                     among: Iterable[str], lede: bool = False) -> set[str]:
    """The articles of ``among`` about the same story as ``article_id`` (title and lead keys).

    An undated article is estimated from these only: a folder may hold other stories, and their
    dates say nothing about this one. ``lede``: also those alike by a name and their opening
    lines (:func:`.lede_likeness.lede_related`), as an undated article's estimate reads them.
    """
    mine = _keys(by_id[article_id].article)
    out = set()
    others = [aid for aid in among if aid != article_id]
    if lede:
        out |= {aid for aid in others
                if lede_related(_lede(by_id[article_id].article), _lede(by_id[aid].article))}
    counts = [len(mine & _keys(by_id[aid].article)) for aid in others]
    few = few_keys_related(np.array(counts, np.int64), len(mine))
    for aid, shared, joined in zip(others, counts, few.tolist(), strict=True):
        theirs = _keys(by_id[aid].article)
        if joined or (shared >= RELATED_KEYS
                      and shared >= RELATED_SHARE * min(len(mine), len(theirs))):
            out.add(aid)
    return out


class Related:
    """:func:`related_articles` of many articles among the same ones, counted in bulk.

    Keys are counted through an index of which articles hold each key, not by comparing the
    article with every other: the cost grows with the keys shared, not with the story squared.
    """

    def __init__(self, by_id: Mapping[str, ArticleAnalysis], among: Iterable[str]) -> None:
        self.by_id = by_id
        self.among = sorted(among)
        self.at = {aid: row for row, aid in enumerate(self.among)}
        self.sizes = np.fromiter((len(_keys(by_id[aid].article)) for aid in self.among),
                                 np.int64, len(self.among))
        rows: dict[str, list[int]] = defaultdict(list)
        for row, aid in enumerate(self.among):
            for key in _keys(by_id[aid].article):
                rows[key].append(row)
        self.rows = {key: np.array(r, np.int64) for key, r in rows.items()}
        self._lede_index: LedeIndex | None = None

    def of(self, article_id: str, lede: bool = False) -> set[str]:
        """The related articles of ``article_id``.

        ``lede``: also those alike by a name and their opening lines
        (:func:`.lede_likeness.lede_related`), as an undated page is estimated from.
        """
        out = self._by_keys(article_id)
        if lede:
            out |= self._by_lede(article_id)
        return out

    def _by_lede(self, article_id: str) -> set[str]:
        if self._lede_index is None:
            self._lede_index = LedeIndex([_lede(self.by_id[aid].article) for aid in self.among])
        rows = self._lede_index.alike(_lede(self.by_id[article_id].article),
                                      self.at.get(article_id, -1))
        return {self.among[r] for r in rows}

    def _by_keys(self, article_id: str) -> set[str]:
        mine = _keys(self.by_id[article_id].article)
        lists = [r for key in mine if (r := self.rows.get(key)) is not None]
        if not lists:
            return set()
        shared = np.bincount(np.concatenate(lists), minlength=len(self.among))
        if article_id in self.at:
            shared[self.at[article_id]] = 0  # (never itself, nor counted among the few)
        ok = (shared >= RELATED_KEYS) & (shared >= RELATED_SHARE * np.minimum(len(mine),
                                                                           self.sizes))
        ok |= few_keys_related(shared, len(mine))
        return {self.among[row] for row in np.flatnonzero(ok).tolist()
                if self.among[row] != article_id}


@lru_cache(maxsize=4096)
def _story_keys(title: str, text: str) -> frozenset[str]:
    return story_keys(title, text)


def _keys(article: Article) -> frozenset[str]:
    return _story_keys(article.title, article.text[:700])


def _lede(article: Article) -> frozenset[str]:
    return lede_signature(article.title, article.text[:700])


def told_as_future(e: Event, text: str) -> bool:
    """Whether the sentence tells ``e`` as still to come (future wording, no past verb)."""
    sentence = text[e.sentence_start:e.sentence_end] if text else e.sentence
    return bool(ahead_markers().search(sentence)) and not done_markers().search(sentence)


def earliest_future(events: list[Event], text: str = "") -> tuple[date, str, str] | None:
    """``(begin, value, expression)`` of the earliest absolute date told as still to come."""
    told = [e for e in events if e.mention.reference == "absolute" and e.mention.rule != APPROX
            and told_as_future(e, text) and not names_a_thing(e, text)]
    if not told:
        return None
    e = min(told, key=lambda e: e.interval.begin)
    return e.interval.begin, e.mention.value, e.mention.text


def grain(a: Interval, b: Interval) -> float:
    return grain_of(max(a.days, b.days))


def grain_of(days: int) -> float:
    """How much an agreement on a span of ``days`` says: a day most, a decade little."""
    return 1.0 if days <= 1 else 0.7 if days <= 7 else 0.4 if days <= 31 else \
        0.3 if days <= 100 else 0.25 if days <= 366 else 0.1


class References:
    """The dated events of trusted articles (absolute ones of all), indexed by wording keys."""

    def __init__(self, by_id: Mapping[str, ArticleAnalysis], trusted: set[str],
                 idf: Idf | None = None, wordings: References | None = None) -> None:
        """``idf``: the word weights to compare with (default: those of these events).

        An archive checked a related group at a time passes the whole archive's.
        ``wordings``: references of the same articles whose events' wordings were read
        already (an event's wording is its own, whichever articles are trusted).
        """
        self._by_id, self._trusted, self._idf = by_id, trusted, idf
        self.anchors = {aid: by_id[aid].anchor.value for aid in trusted}
        self.text_of = {aid: a.article.text for aid, a in by_id.items()}
        same_story = wordings is not None and wordings._by_id is by_id
        self._read: dict[tuple, EventText] = wordings._read if same_story else {}  # type: ignore[union-attr]
        self._leads: dict[str, tuple[str, EventText] | None] = \
            wordings._leads if same_story else {}  # type: ignore[union-attr]
        self._wider = wordings if same_story and trusted <= wordings._trusted else None  # type: ignore[union-attr]
        """References of the same articles trusting more of them: their events and wording
        index, once read, are these ones' with the events of the articles no longer trusted
        left out (see :meth:`_narrowed`)."""
        self.seen: set[str] | None = None
        """When a set, every article with an event a lookup found alike is added to it.

        (Which events are compared, and how alike they read, does not depend on their dates.)
        """
        self._asking: str | None = None
        self._looks: dict[frozenset[str], list[int]] = {}
        self._sims: dict[tuple, float] = {}
        self._numbers: dict[EventText, int] = {}
        self._text_numbers: dict[str, int] = {}
        self._lead_numbers: dict[str, int] = {}

    def event_text(self, e: Event) -> EventText:
        """``event_text(e, its article's text)``, read once per wording.

        A search re-reads its article on many days, and the same expression in the same
        sentence reads alike.
        """
        m = e.mention
        key = (e.event_id, e.sentence_start, e.sentence_end, m.start, m.end, m.text, e.sentence)
        found = self._read.get(key)
        if found is None:
            text = self.text_of[e.article_id]
            memo = signature_memo.last
            found = memo.known(e, text) if memo is not None else None
            found = self._read[key] = found or event_text(e, text)
        return found

    def _asked_by(self, article_id: str) -> None:
        """Keep similarities, up to ``KEPT_SIMILARITIES``, emptied between articles' searches.

        They repeat: a search re-reads the same events on many days, and reports of one
        happening are worded alike.
        """
        if article_id != self._asking:
            self._asking = article_id
            if len(self._sims) > KEPT_SIMILARITIES:
                self._sims = {}
                self._numbers = {}
                self._text_numbers = {}
                self._lead_numbers = {}

    def _similarity(self, x: EventText, xk: int, event_id: str, lead: bool) -> float:
        """How alike ``x`` (numbered ``xk``) reads to the event ``event_id`` (its lead text).

        Kept by the numbers of the two wordings: events worded alike (a wire sentence several
        outlets print) are compared once, and hashing two texts per lookup cost more than most
        lookups save.
        """
        numbers = self._lead_numbers if lead else self._text_numbers
        yk = numbers.get(event_id)
        if yk is None:
            yk = numbers[event_id] = self._number(
                self.leads[event_id] if lead else self.texts[event_id])
        key = (xk, yk)
        sim = self._sims.get(key)
        if sim is None:
            y = self.leads[event_id] if lead else self.texts[event_id]
            sim = self._sims[key] = content_similarity(x, y, self.idf)
        return sim

    def _number(self, x: EventText) -> int:
        """A number for the wording ``x``, the same for equal wordings (see ``_similarity``)."""
        found = self._numbers.get(x)
        if found is None:
            found = self._numbers[x] = len(self._numbers)
        return found

    # The events and their wording are read at the first comparison: an estimate with no
    # related article to compare with (one big undated text) never reads them.

    def _narrowed(self, name: str) -> References | None:
        """The wider references, if they have read ``name`` already (else read it afresh)."""
        wider = self._wider
        return wider if wider is not None and name in wider.__dict__ else None

    @cached_property
    def _kept(self) -> np.ndarray:
        """Which of the wider references' events these keep (the absolute ones of all)."""
        wider = self._narrowed("events")
        assert wider is not None
        trusted = self._trusted
        return np.fromiter((e.article_id in trusted or e.mention.reference == "absolute"
                            for e in wider.events), bool, len(wider.events))

    @cached_property
    def events(self) -> list[Event]:
        wider = self._narrowed("events")
        if wider is not None:
            return [e for e, keep in zip(wider.events, self._kept.tolist(), strict=True) if keep]
        events: list[Event] = []
        for aid, a in sorted(self._by_id.items()):  # id order, whatever order files came in
            evs = dated_events(a)
            if aid not in self._trusted:
                evs = [e for e in evs if e.mention.reference == "absolute"]
            events += evs
        return events

    @cached_property
    def texts(self) -> dict[str, EventText]:
        wider = self._narrowed("texts")
        if wider is not None:
            return {e.event_id: wider.texts[e.event_id] for e in self.events}
        return {e.event_id: self.event_text(e) for e in self.events}

    @cached_property
    def leads(self) -> dict[str, EventText]:
        """Each trusted article's lead (see ``clustering.lead_texts``), read once per article."""
        out: dict[str, EventText] = {}
        for aid in sorted(self._trusted):
            if aid not in self._leads:
                self._leads[aid] = next(iter(lead_texts([self._by_id[aid]]).items()), None)
            lead = self._leads[aid]
            if lead is not None:
                out[lead[0]] = lead[1]
        return out

    @cached_property
    def idf(self) -> Idf:
        return self._idf or Idf(t.names | t.stems for t in self.texts.values())

    @cached_property
    def index(self) -> dict[str, np.ndarray]:
        wider = self._narrowed("index")
        if wider is not None and "events" in wider.__dict__:
            kept = self._kept
            row = np.cumsum(kept) - 1  # a kept event's position among these ones
            narrowed = {}
            for key, rows in wider.index.items():
                rows = rows[kept[rows]]
                if len(rows):
                    narrowed[key] = row[rows]
            return narrowed
        index: dict[str, list[int]] = defaultdict(list)
        for i, e in enumerate(self.events):
            for key in self.texts[e.event_id].names | self.texts[e.event_id].clause:
                index[key].append(i)
        return {key: np.array(rows, np.int64) for key, rows in index.items()}

    def has_others(self, article_id: str) -> bool:
        """Whether an article other than ``article_id`` is read: else nothing can match."""
        return any(aid != article_id for aid in self.text_of)

    def median_anchor(self) -> date | None:
        days = [d for d in self.anchors.values() if d is not None]
        return date.fromordinal(int(statistics.median(d.toordinal() for d in days))) \
            if days else None

    def most_shared(self, keys: frozenset[str]) -> list[int]:
        """The events (positions) sharing most of ``keys``, at most ``MAX_LOOKS``.

        Ties go by position, never by the order of a set of strings (it follows the hash seed).
        Counted in bulk: the posting lists of common words grow with the story. Kept per set of
        keys for the whole story: reports of one happening are worded alike, and a search asks
        again for every event it re-reads.
        """
        found = self._looks.get(keys)
        if found is None:
            found = self._looks[keys] = self._most_shared(keys)
        return found

    def _most_shared(self, keys: frozenset[str]) -> list[int]:
        lists = [rows for key in keys if (rows := self.index.get(key)) is not None]
        if not lists:
            return []
        counts = np.bincount(np.concatenate(lists))
        hit = np.flatnonzero(counts)
        # one total order: more shared keys first, then the earlier event
        order = (int(counts.max()) - counts[hit]) * (len(counts) + 1) + hit
        if len(order) > MAX_LOOKS:
            order = order[np.argpartition(order, MAX_LOOKS - 1)[:MAX_LOOKS]]
        order.sort()
        return (order % (len(counts) + 1)).tolist()

    def strong(self, e: Event, x: EventText) -> list[Event]:
        """Events of other articles that read very like ``e`` (whatever their dates)."""
        out = []
        self._asked_by(e.article_id)
        xk = self._number(x)
        for i in self.most_shared(x.names | x.clause):
            f = self.events[i]
            if f.article_id != e.article_id and \
                    self._similarity(x, xk, f.event_id, False) >= STRONG_AT:
                out.append(f)
        if self.seen is not None:
            self.seen.update(f.article_id for f in out)
        return out

    def deed_reports(self, article_id: str, classes: frozenset[str]) -> list[Event]:
        """Events of other articles whose date is the day of a deed of ``classes``, and no other.

        "five weeks after the fire": the fire's own reports ("a fire broke out on Tuesday"),
        not those that only recall it ("a lawsuit filed on Friday over the fire", "the manager
        of the fire-hit plant was detained on Monday"). Day-grained dates only: a month says
        little of a day.
        """
        out = [f for f, told in self._date_deeds
               if f.article_id != article_id and told and told <= classes]
        if self.seen is not None:
            self.seen.update(f.article_id for f in out)
        return out

    @cached_property
    def _date_deeds(self) -> list[tuple[Event, frozenset[str]]]:
        """Each day-grained event with the deeds the clause of its date tells."""
        return [(f, deed_classes(date_clause(f, self.text_of[f.article_id])))
                for f in self.events if f.interval.days <= DEED_DAYS]

    def matches(self, e: Event, x: EventText, lead: EventText | None) -> list[tuple[Event, float]]:
        """Events of other articles that read like ``e``, with their similarity."""
        return self.matches_text(e.article_id, x, lead)

    def matches_text(self, article_id: str, x: EventText, lead: EventText | None = None
                     ) -> list[tuple[Event, float]]:
        """Events of articles other than ``article_id`` that read like ``x``."""
        out = []
        self._asked_by(article_id)
        xk = self._number(x)
        other = lead or x
        ok = self._number(other)
        leads = self.leads
        for i in self.most_shared(x.names | x.clause
                                  | (lead.names | lead.clause if lead else frozenset())):
            f = self.events[i]
            if f.article_id == article_id:
                continue
            sim = self._similarity(x, xk, f.event_id, False)
            if lead is not None or f.event_id in leads:
                sim = max(sim, 0.9 * self._similarity(other, ok, f.event_id,
                                                       f.event_id in leads))
            if sim >= MATCH_AT:
                out.append((f, sim))
        if self.seen is not None:
            self.seen.update(f.article_id for f, _ in out)
        out.sort(key=lambda t: -t[1])
        per_article: Counter[str] = Counter()
        kept = []
        for f, sim in out:
            per_article[f.article_id] += 1
            if per_article[f.article_id] <= 2:
                kept.append((f, sim))
        return kept[:MAX_MATCHES]


@dataclass(frozen=True, slots=True)
class Offset:
    """The article's news placed relative to another happening.

    "a month after the summit" (``days``), "the 75th anniversary of ties" (``years``); ``said``
    is the wording, ``phrase`` the other happening.
    """

    phrase: str
    said: str
    start: int
    end: int
    days: int = 0
    years: int = 0

    def window(self, other: Interval) -> Interval:
        """Where the article's anchor falls if the other happening is at ``other``."""
        if self.years:
            begin = other.begin.replace(year=other.begin.year + self.years) - timedelta(days=90)
            return Interval(begin, begin + timedelta(days=90 + 365 + 270))
        slack = timedelta(days=max(3, self.days // 3))
        shift = timedelta(days=self.days)
        return Interval(other.begin + shift - slack, other.end + shift + slack)


_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_AFTER = re.compile(r"\b(?:([a-z]+)[\s-])?([a-z]+|\d{1,3})\s+"
                    r"(day|week|month|year)s?\s+(?:after|since)\s+(?:the\s+)?", re.I)
"""A count of units before "after"/"since": the count is any number word of the English lists
("fifteen", "twenty-one"), read by :func:`.lexicon.number_value`; vague ones ("a few") count
nothing."""
_ANNIVERSARY = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?", re.I)
_PHRASE_END = re.compile(r"[.;!?\n]|,\s(?=(?:and|but|which|who)\b|\w+\s+(?:said|says)\b)")


def _phrase(text: str, start: int) -> str:
    end = _PHRASE_END.search(text, start)
    return text[start:end.start() if end else len(text)][:160]


def _count(hit: re.Match[str]) -> tuple[int | None, int]:
    """The whole count of an ``_AFTER`` hit and where it starts ("twenty one", else "one")."""
    with speaking("en"):
        if hit[1] is not None:
            value = number_value(f"{hit[1]} {hit[2]}")
            if value is not None and value == int(value):
                return int(value), hit.start(1)
        value = number_value(hit[2])
    if value is None or value != int(value) or value < 1:
        return None, hit.start(2)
    return int(value), hit.start(2)


def offsets(analysis: ArticleAnalysis) -> list[Offset]:
    """Where the article dates its own news relative to another happening."""
    text, out = analysis.article.text, []
    for hit in _AFTER.finditer(text):
        count, start = _count(hit)
        if count is None:
            continue
        phrase = _phrase(text, hit.end())
        out.append(Offset(phrase, text[start:hit.end()] + phrase[:60], start, hit.end(),
                          days=count * _UNIT_DAYS[hit[3].lower()]))
    for hit in _ANNIVERSARY.finditer(text):
        phrase = _phrase(text, hit.end())
        out.append(Offset(phrase, hit.group() + phrase[:60], hit.start(), hit.end(),
                          years=int(hit[1])))
    return [o for o in out if len(o.phrase.split()) >= 2]


def offset_from(sentence: str, phrase: str) -> bool:
    """Whether ``sentence`` dates its news as an offset from the happening ``phrase`` names.

    "went back to class on Tuesday, a month after the flood that filled the schools with mud"
    dates the return to class, not the flood: a source saying so is no report of the flood for
    another article's "a month after the flood" (it would put the flood on the return's day).
    The same happening is one the phrases tell a class of deed of alike, or say two plain words
    of alike.
    """
    deeds, words = deed_classes(phrase), plain_stems(phrase)
    for hit in _AFTER.finditer(sentence):
        theirs = _phrase(sentence, hit.end())
        if deeds & deed_classes(theirs) or len(words & plain_stems(theirs)) >= 2:
            return True
    return False


def gap(a: Interval, b: Interval) -> int:
    return max((b.begin - a.end).days, (a.begin - b.end).days)
