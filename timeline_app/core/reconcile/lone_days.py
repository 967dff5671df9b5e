"""A day that an article gives to one happening only: evidence that two such reports agree.

The same holds for a month or a year told once ("completed in 1987", "the last visit, in 2011"):
background that outlets repeat in their own words.

Outlets covering one story each tell what happened on a given day; when each of two articles of
that story reports a single happening on that day, those are most often the same happening told
in other words (a paraphrase, a translation, a report from another angle) even when they share
few words. Not so when:

- one article tells two happenings of that day (a concert and a fire on Saturday): the day is
  then no one's, and its reports must merge on their wording alone, or each as the article's
  only report of its class of deed (:func:`lone_deed_reports`) with a report of that class;
- the two reports name different actors (one minister meets the president, another the foreign
  minister, both on Thursday), or share no plain word nor class of deed (a bridge opened and a
  harbour flooded in one town on one day): the day alone cannot make them one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping
from functools import cache

import numpy as np

from timeline_app.core.model import Event
from timeline_app.core.reconcile.bulk_similarity import KeySets
from timeline_app.core.reconcile.deeds import deed_classes, deed_words
from timeline_app.core.reconcile.signatures import EventText, dateline_end, name_keys, plain_stems
from timeline_app.core.resources import read_text
from timeline_app.core.temporal.grammar import words
from timeline_app.core.temporal.lexicon import languages

__all__ = [
    "BACKGROUND_DAYS",
    "LONE_DAY",
    "LONE_DAY_KEY",
    "LONE_DAY_STORY",
    "LONGEST",
    "SAME_DEED",
    "SHARED_ACTORS",
    "SHARED_WORDS",
    "actors",
    "lone_bonus",
    "lone_day_reports",
    "lone_deed_reports",
    "own_deeds",
    "own_words",
    "deed_keys",
    "Unlikeness",
    "same_deed",
    "unlike",
]

LONE_DAY = 0.3
"""What two reports add when each is its article's only report of that day (month, year)."""
LONGEST = 366
"""The longest period (in days) a lone report may name: a year."""
LONE_DAY_STORY = 0.15
"""Least likeness of the two articles' story keys (cosine) for that to count: well above the
likeness of two stories of one town (a dam's evacuation and a budget vote on one Tuesday)."""
BACKGROUND_DAYS = 7
"""Lone reports of a longer period (a month, a season, a year) that tell the same class of deed
count even where the articles' story keys look unalike: background ("a leak in 2014", "the
inspection in June 2024") that outlets of one story repeat each in their own words, while the
story's own names, in every article of its folder, weigh nearly nothing in their likeness."""
SHARED_ACTORS = 2
"""Names two lone reports of one day must share, with one class of deed, to count as one story
however unalike their articles' story keys (a translation, another outlet's angle): one name
is a town that two stories of one day may share."""
SHARED_WORDS = 2
"""Plain words two lone reports of one period must both say, where no class of deed is named,
to tell one happening: background ("a valve failure let solvent reach the harbour", "solvent
seeped into the harbour basin") or a day ("opened its doors to ambulances again" and "the first
ambulance ... pulled up" in "the emergency department")."""
LONE_DAY_KEY = "\x00lone-day "
"""With the period appended, a blocking key the lone reports of one period share, so that they are
compared even with no word in common (never a word: words hold no control character)."""


def lone_day_reports(events: list[Event], texts: Mapping[str, EventText]) -> np.ndarray:
    """Per event: a day, month or year, worded, and its article's only report of that period.

    Fragments (a dateline's date, with nothing said) are not reports and do not count.
    """
    worded = [e.interval.days <= LONGEST and bool(texts[e.event_id].stems) for e in events]
    count = Counter((e.article_id, e.interval) for e, w in zip(events, worded, strict=True) if w)
    return np.fromiter(
        (w and count[(e.article_id, e.interval)] == 1 for e, w in zip(events, worded, strict=True)),
        bool,
        len(events),
    )


def lone_deed_reports(events: list[Event], texts: Mapping[str, EventText],
                      lone: np.ndarray) -> np.ndarray:
    """Per event not ``lone``: a report of its period that tells a deed no other of its article's.

    An article that tells two happenings of one period (the fish found dead and the tap water
    banned, both on Thursday; an inspection and the report it wrote, both in June) tells each
    as the only one of its class of deed: a report of another article with that class matches
    it, and no other (see ``Unlikeness.same_deed`` and :func:`own_deeds`).
    """
    own = own_deeds(events, texts, lone)
    return np.fromiter((not alone and bool(d) for alone, d in zip(lone.tolist(), own, strict=True)),
                       bool, len(events))


def own_deeds(events: list[Event], texts: Mapping[str, EventText], lone: np.ndarray,
              again: Collection[tuple[int, int]] = ()) -> list[frozenset[str]]:
    """Per event, the classes of deed that it alone of its article's reports of its period tells.

    A ``lone`` report's are all it tells. The ban's sentence that also says "dead fish were
    found" tells the ban alone: the fish kill is its article's other report's too. Two reports
    that tell one happening again (``again``: pairs ``(i, j)``, ``i < j``, of
    :mod:`.told_again`) are one report here: the class they both tell is each one's own.
    """
    worded = [e.interval.days <= LONGEST and bool(texts[e.event_id].stems) for e in events]
    tellers: dict[tuple[str, object, str], list[int]] = {}
    told = []
    for k, (e, w) in enumerate(zip(events, worded, strict=True)):
        deeds = deed_classes(_said(e)) if w else frozenset()
        told.append(deeds)
        for c in deeds:
            tellers.setdefault((e.article_id, e.interval, c), []).append(k)
    pairs = set(again)

    def own(k: int, c: str) -> bool:
        found = tellers[(events[k].article_id, events[k].interval, c)]
        return len(found) == 1 or len(found) == 2 and (found[0], found[1]) in pairs

    return [d if alone else frozenset(c for c in d if own(k, c))
            for k, (d, alone) in enumerate(zip(told, lone.tolist(), strict=True))]


def own_words(events: list[Event], texts: Mapping[str, EventText],
              solo: np.ndarray) -> list[frozenset[str]]:
    """Per event not ``solo``: the plain words of its sentence no other report of its period says.

    Only where they are :data:`SHARED_WORDS` at least (else none; two reports of one sentence
    have none of their own).

    An article that tells two happenings of one day ("told not to drink tap water" on Monday,
    the stream "running thick and brown" on Monday morning) tells each in words of its own: a
    report of another article that says those words ("found the little river ... running
    thick and brown") tells the same happening, as one of its class of deed would.
    """
    found: list[frozenset[str]] = [frozenset()] * len(events)
    groups: dict[tuple[str, object], list[int]] = {}
    for k, e in enumerate(events):
        if e.interval.days <= LONGEST and texts[e.event_id].stems:
            groups.setdefault((e.article_id, e.interval), []).append(k)
    for members in groups.values():
        if len(members) < 2:
            continue
        sentences = {k: _sentence_words(_said(events[k])) for k in members}
        counts = Counter(w for k in members for w in sentences[k])
        for k in members:
            if solo[k]:
                continue
            alone = frozenset(w for w in sentences[k] if counts[w] == 1)
            if len(alone) >= SHARED_WORDS:
                found[k] = alone
    return found


def deed_keys(event: Event, deeds: frozenset[str] | None = None) -> frozenset[str]:
    """Blocking keys of a lone report's period and each class of deed it tells.

    Reports of one deed and period are compared however they word it (an article's two reports
    of a period never share one, their classes being apart; see :func:`lone_deed_reports`).
    """
    when = event.interval
    deeds = deed_classes(_said(event)) if deeds is None else deeds
    return frozenset(f"{LONE_DAY_KEY}{when.begin.isoformat()}/{when.days}/{name}"
                     for name in sorted(deeds))


_FIRST_WORD = re.compile(r"\W*\w+")


@cache
def _holidays() -> re.Pattern[str]:
    """One-word holidays of every language ("Christmas", "Weihnachten"), as one pattern."""
    found = sorted({w.lower() for lang in languages() for w in words("holidays", None, lang)
                    if len(w.split()) == 1}, key=lambda w: (-len(w), w))
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, found))})(?!\w)", re.IGNORECASE)


def actors(event: Event, text: EventText) -> frozenset[str]:
    """Keys of the names a report gives past its first word (a capital there proves nothing).

    A holiday's name ("before Christmas") is a date said, not an actor; nor is a noun after a
    determiner or a count ("das Feuer", "212 Passagiere"), nor an acronym in the plural ("MPs",
    "CEOs": a kind of person, not one actor), nor a word that tells a deed ("an Land",
    "Notstand"): languages that capitalise nouns write what was done with capitals.
    """
    said = _said(event)
    first = _FIRST_WORD.match(said)
    names = text.names - name_keys(first.group()) if first is not None else text.names
    holidays = _holidays().findall(said)
    names = names - name_keys(" ".join(holidays)) if holidays else names
    nouns = (_nouns().findall(said) + _COUNTED.findall(said) + _PLURAL_ACRONYM.findall(said)
             + _set_phrases().findall(said))
    names = names - name_keys(" ".join(nouns)) if nouns else names
    done = deed_words(said) if names else ""
    return names - name_keys(done) if done and not done.islower() else names


_COUNTED = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,\u00a0 ]\d{3})*\s+"
                      r"([A-ZÄÖÜ]\w+)(?!\w)(?!\s+[A-ZÄÖÜ\d])")
"""A capitalised word right after a count in figures ("212 Passagiere"): a noun of a language
that capitalises its nouns, not a name (a count of things; "10 Downing Street", a capital after
it, is an address)."""


_PLURAL_ACRONYM = re.compile(r"(?<!\w)[A-Z]{2,5}s(?!\w)")
"""An acronym with a plural ``s`` ("MPs", "MEPs", "CEOs"): a common noun, not a name."""


@cache
def _set_phrases() -> re.Pattern[str]:
    """Set phrases with a noun after a bare preposition ("unter Tage", "vor Ort")."""
    found = sorted((line.strip() for line in read_text("reconcile", "set_phrases.txt").splitlines()
                    if line.strip() and not line.startswith("#")), key=lambda p: (-len(p), p))
    phrases = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in found)
    return re.compile(rf"(?<!\w)(?:{phrases})(?!\w)")


@cache
def _nouns() -> re.Pattern[str]:
    """A capitalised word after a determiner of a language that capitalises its nouns."""
    found = sorted((line.strip().lower() for line in
                    read_text("reconcile", "noun_determiners.txt").splitlines()
                    if line.strip() and not line.startswith("#")), key=lambda w: (-len(w), w))
    return re.compile(rf"(?<!\w)(?i:{'|'.join(map(re.escape, found))})\s+([A-ZÄÖÜ]\w+)")


def unlike(
    events: list[Event], texts: Mapping[str, EventText], i: np.ndarray, j: np.ndarray
) -> np.ndarray:
    """Per pair: actors named and none in common, or no plain word shared by the clauses.

    What was done must be shared ("talks" and "talks"), not merely who is about ("minister" in
    a clause about talks and in another about a wreath).
    """
    asked = np.zeros(len(events), bool)
    asked[i] = asked[j] = True
    return Unlikeness(events, texts, asked)(i, j)


SAME_DEED = 0.1
"""What two lone reports add when they tell the same class of deed (:mod:`.deeds`) in other
words ("buckled and dropped into the river", "gave way"): on top of :data:`LONE_DAY`."""


def same_deed(a: Event, b: Event) -> bool:
    """Whether two reports tell a deed of one class (a collapse, a closure, an inquiry)."""
    return bool(deed_classes(_said(a)) & deed_classes(_said(b)))


def lone_bonus(
    events: list[Event], texts: Mapping[str, EventText], i: np.ndarray, j: np.ndarray
) -> np.ndarray:
    """Per pair of lone reports of one period and one story: what that adds to their score.

    Nothing for reports :func:`unlike` each other; :data:`LONE_DAY`, and :data:`SAME_DEED` more
    when they tell the same class of deed.
    """
    asked = np.zeros(len(events), bool)
    asked[i] = asked[j] = True
    return Unlikeness(events, texts, asked).bonus(i, j)


class Unlikeness:
    """:func:`unlike` for many pairs of the ``asked`` events, in bulk.

    Each event's clause, actors and plain words of its clause are read once and held as key
    sets (:class:`~bulk_similarity.KeySets`); a pair's shared keys are counted there. The words
    two clauses share and both say plainly are those their clauses' plain words share. The
    classes of deed each tells (:mod:`.deeds`) are read once too, as bits.
    """

    def __init__(self, events: list[Event], texts: Mapping[str, EventText],
                 asked: np.ndarray, deeds: list[frozenset[str]] | None = None,
                 words: list[frozenset[str]] | None = None) -> None:
        rows = np.flatnonzero(asked)
        self.row = np.full(len(events), -1, np.int64)
        self.row[rows] = np.arange(len(rows), dtype=np.int64)
        read = []
        for k in rows.tolist():
            text = texts[events[k].event_id]
            said = _said(events[k])
            mine = words[k] if words is not None else frozenset()
            read.append((text.clause, actors(events[k], text), text.clause & plain_stems(said),
                         mine or _sentence_words(said), _common_names(said),
                         mine or text.clause - _amounts()))
        self.named = np.fromiter((bool(r[1]) for r in read), bool, len(read))
        # the script of its names: a Russian report's names are never a Latin one's keys
        self.script = np.fromiter((_script(r[1]) for r in read), np.int64, len(read))
        self.sets = []
        for field in range(5):
            # the fourth: each one's clause (rows 0..n-1), then each one's sentence (n..2n-1),
            # both its own words where it is told in words of its own (own_words);
            # the fifth: each one's actors, then the keys of its sentence's plain words
            sets = [r[field] for r in read] if field < 3 else [
                *(r[5 if field == 3 else 1] for r in read), *(r[field] for r in read)]
            ids: dict[str, int] = {}
            for keys in sets:
                for key in sorted(keys):  # ids not in hash order
                    ids.setdefault(key, len(ids))
            self.sets.append(KeySets(sets, ids, np.ones(len(ids) + 1)))
        classes = [deed_classes(_said(events[k])) if deeds is None else deeds[k]
                   for k in rows.tolist()]
        bit = {name: n for n, name in enumerate(sorted(set().union(*classes)))}
        self.deeds = np.fromiter((sum(1 << bit[name] for name in found) for found in classes),
                                 np.int64, len(classes))  # one bit a class: 63 at most

    def _unlike(self, a: np.ndarray, b: np.ndarray, deed: np.ndarray) -> np.ndarray:
        def shares(field: int) -> np.ndarray:
            return self.sets[field].shared(a, b)[1] > 0

        # a deed of one class told in other words stands for the shared clause words; an actor
        # one names ("University Hospital") that the other says plainly ("the hospital") is
        # one both name; names written in two scripts cannot be told apart so
        n = len(self.named)
        named = self.sets[4]
        common = (named.shared(a, b + n)[1] > 0) | (named.shared(b, a + n)[1] > 0)
        others = self.named[a] & self.named[b] & (self.script[a] == self.script[b])
        return ((~shares(0) & ~deed) | (others & ~shares(1) & ~common) | (~shares(2) & ~deed))

    def __call__(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        a, b = self.row[i], self.row[j]
        return self._unlike(a, b, (self.deeds[a] & self.deeds[b]) != 0)

    def same_deed(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Per pair: whether both tell a deed of one class (:func:`same_deed`)."""
        return (self.deeds[self.row[i]] & self.deeds[self.row[j]]) != 0

    def same_words(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Per pair: :data:`SHARED_WORDS` words of one's clause the other's sentence says plainly.

        Words of the sentence alone ("officials said") say nothing of what was done.
        """
        return np.logical_or(*self.said_by(i, j))

    def said_by(self, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per pair: ``j``'s sentence says words of ``i``'s clause; ``i``'s says ``j``'s.

        :data:`SHARED_WORDS` of them each way (:meth:`same_words` is either of the two).
        """
        a, b, n = self.row[i], self.row[j], len(self.named)
        said = self.sets[3]
        return (said.shared(a, b + n)[1] >= SHARED_WORDS,
                said.shared(b, a + n)[1] >= SHARED_WORDS)

    def same_deed_and_actors(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Per pair: one class of deed, and :data:`SHARED_ACTORS` actors both name."""
        a, b = self.row[i], self.row[j]
        deed = (self.deeds[a] & self.deeds[b]) != 0
        return deed & (self.sets[1].shared(a, b)[1] >= SHARED_ACTORS)

    def bonus(self, i: np.ndarray, j: np.ndarray, told: np.ndarray | None = None) -> np.ndarray:
        """:func:`lone_bonus` of the pairs.

        ``told``, per pair, counts as a shared class of deed (background whose sentences share
        :data:`SHARED_WORDS`).
        """
        a, b = self.row[i], self.row[j]
        deed = (self.deeds[a] & self.deeds[b]) != 0
        alike = deed if told is None else deed | told
        return np.where(self._unlike(a, b, alike), 0.0, LONE_DAY + SAME_DEED * alike)


def _script(names: frozenset[str]) -> int:
    """0 for names in Latin letters (or none), 1 for names in another script (Cyrillic...)."""
    return int(any(ord(ch) > LATIN_END for key in names for ch in key))


LATIN_END = 0x24F
"""The last code point of the Latin letters (Latin Extended-B)."""


def _common_names(said: str) -> frozenset[str]:
    """The plain words of a sentence as name keys.

    "the hospital" names the "University Hospital" another report names.
    """
    return frozenset(w[:5] for w in plain_stems(said))


_QUOTED = re.compile(r"[\"“„«]([^\"“”„«»]{1,300})[\"“”»]")


def _sentence_words(said: str) -> frozenset[str]:
    """Plain words of a sentence but for who told it and what they said in quotes.

    "officials said" tells who told it; a quote is what was said, not what was done.
    """
    return plain_stems(_QUOTED.sub(" ", said)) - _attribution() - _amounts()


@cache
def _amounts() -> frozenset[str]:
    """Stems of the words that say how much ("million", "crowns": ``amount_words.txt``)."""
    lines = read_text("reconcile", "amount_words.txt").splitlines()
    return plain_stems(" ".join(w.strip() for w in lines if w.strip() and not w.startswith("#")))


@cache
def _attribution() -> frozenset[str]:
    """Stems of the words that say who told a report (``attribution_words.txt``)."""
    lines = read_text("reconcile", "attribution_words.txt").splitlines()
    return plain_stems(" ".join(w.strip() for w in lines if w.strip() and not w.startswith("#")))


def _said(event: Event) -> str:
    return event.sentence[dateline_end(event.sentence) :]
