"""Cheap, general text signatures of an event: named actors and places, content stems, quotes.

No word lists about any story: names are runs of capitalized words, content words are what is
left after English function words, and both are reduced to short keys so that "Sergey"/"Sergei",
"Korea"/"Korean" or "arrived"/"arrival" meet. Weights come from the corpus at hand (IDF).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from timeline_app.core.model import Event
from timeline_app.core.reconcile.deeds import deed_classes

__all__ = [
    "EventText",
    "Idf",
    "content_similarity",
    "date_clause",
    "event_text",
    "name_key",
    "name_keys",
    "phrase_text",
    "plain_stems",
    "stem",
    "story_keys",
]

class _Words:
    """Words: Latin letters as they always were read, or runs of another script's letters.

    An accented Latin letter splits a word, as ever; a Russian or Greek report has words too.
    ASCII text (most of it) is read by the Latin pattern alone, as fast as before.
    """

    _LATIN = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]")
    _ANY = re.compile(rf"{_LATIN.pattern}|[^\W\d_A-Za-z\u00c0-\u024f]+")

    def _of(self, text: str) -> re.Pattern[str]:
        return self._LATIN if text.isascii() else self._ANY

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._of(text).finditer(text)

    def findall(self, text: str) -> list[str]:
        return self._of(text).findall(text)


_WORD = _Words()
_QUOTE = re.compile(r"[\"“”]([^\"“”]{12,300})[\"“”]")
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Za-z'’.\-]*){0,3}/?"  # a city in capitals, a region
    r"(?:,[^.\n—–\-:(]{0,40})?\s*(?:\([^)\n]{0,40}\)\s*)?"  # ", Month D" and "(Agency)"
    r"(?:[-—–]{1,2}|:)\s*"
    r"|^\s*[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}[ \t]*\n\s*"  # a city alone on its line
)
"""A dateline opening a sentence ("OSLO, Nov 2 (Agency) -", "KESSLA -"): page furniture, whose
city name says where the report was filed, not what happened."""
_QUOTE_NEXT = re.compile(r"\s*[\"“]([^\"“”]{12,300})[\"“”]")
QUOTE_AFTER = 320
"""A quote opening the sentence after an event's belongs to it ("... on Wednesday. 'We will
not ...,' she said."); this far it may reach."""
THIN_WORDS = 2
"""Fewer plain content words than this (names aside) leave a fragment, not a report."""
_CLAUSE_BREAK = re.compile(r"[;:–—]|,\s|\s(?:and|but|while|whereas|as|after|before|when)\s")
_FUNCTION = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each either even ever
    few for from further had has have having he her here hers him his how i if in into is it its
    itself just last later like may me might more most much must my near neither next no nor not
    now of off on once one only or other our ours out over own per said same says say saying she
    should since so some such than that the their theirs them then there these they this those
    through to too under until up upon us very was we were what when where which while who whom
    whose why will with within without would yet you your mr mrs ms dr new two three four five
    six seven eight nine ten first second third according told tell according earlier week weeks
    day days month months year years ago today yesterday tomorrow time times""".split()
)
_CALENDAR = frozenset(
    """january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
    sunday spring summer autumn fall winter""".split()
)
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er", "ed",
             "es", "al", "s", "e", "y")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, stable stem: lower case, possessive and common suffixes off, at most 6 letters."""
    w = word.lower().replace("’", "'")
    w = w.split("'")[0]
    for suffix in _SUFFIXES:
        if len(w) - len(suffix) >= 4 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    return w[:6]


_CYRILLIC = str.maketrans({
    **dict(zip("абвгдезийклмнопрстуфхыэёіґ", "abvgdeziyklmnoprstufhyeeig", strict=True)),
    "ж": "zh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya", "ї": "yi",
    "є": "ye", "ъ": "", "ь": "",
})
"""Cyrillic letters in Latin ones (х as h, as "Helsinki" is "Хельсинки"): a name a Russian
report spells ("Марнхольт") keys as the Latin reports spell it ("Marnholt")."""


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """The key of a capitalized word, in Latin letters whatever its script."""
    return stem(word.lower().translate(_CYRILLIC))[:5]


def name_keys(text: str) -> set[str]:
    """Keys of capitalized words that are not sentence-initial function words or calendar words."""
    keys = set()
    for m in _WORD.finditer(text):
        w = m.group()
        low = w.lower()
        if not w[0].isupper() or low in _FUNCTION or low in _CALENDAR or len(w) < 2:
            continue
        keys.add(name_key(w))
    return keys


def _content(text: str) -> list[str]:
    return [
        stem(w) for w in _WORD.findall(text)
        if len(w) > 2 and w.lower() not in _FUNCTION and w.lower() not in _CALENDAR
    ]


def plain_stems(text: str) -> frozenset[str]:
    """Stems of the lower-case content words of ``text``: what it says happened, names aside."""
    return frozenset(
        stem(w) for w in _WORD.findall(text)
        if len(w) > 2 and w.islower() and w not in _FUNCTION and w not in _CALENDAR
    )


def dateline_end(sentence: str) -> int:
    """Where a dateline opening ``sentence`` ends (0 if there is none).

    Not :func:`timeline_app.core.ingest.datelines.dateline_end`, on purpose: that one cuts an
    event's label on the page and must not cut prose, so it wants a known dateline's shape (a
    date it can read, or a city in capitals and a dash). Here a sentence's wording is compared
    across reports, and any leading place in capitals with a mark (", anything (Agency) -", a
    city alone on its line) is furniture to drop, whatever date it spells: wider on purpose.
    """
    m = _DATELINE.match(sentence)
    return m.end() if m else 0


def is_thin(text: str) -> bool:
    """Whether ``text`` is a fragment (a city, a bare dateline) that must not bridge reports.

    One plain word that tells a class of deed is a report ("So Dana Morell resigned
    yesterday."), not a fragment (:func:`thin_count`).
    """
    plain = 0
    for m in _WORD.finditer(text):
        w = m.group()
        if len(w) > 2 and w.islower() and w not in _FUNCTION and w not in _CALENDAR:
            plain += 1
            if plain >= THIN_WORDS:
                return False
    return thin_count(plain, text)


def thin_count(plain: int, text: str) -> bool:
    """Whether ``plain`` plain words make ``text`` a fragment.

    Fewer than :data:`THIN_WORDS`, and not one that tells a class of deed (:mod:`.deeds`).
    """
    return plain < THIN_WORDS and (plain == 0 or not deed_classes(text))


@dataclass(frozen=True, slots=True)
class EventText:
    """What the wording of an event says: names, stems of its clause and its sentence, quotes."""

    names: frozenset[str]
    focus_names: frozenset[str]
    stems: frozenset[str]
    clause: frozenset[str]
    local: frozenset[str]
    flat: str
    quotes: tuple[str, ...]
    headline: frozenset[str] = frozenset()
    """For an article's lead event (``clustering.lead_text``): the classes of deed its title
    tells ("Holme islanders rally"), the lead's own as much as its sentence's."""


def _clause_around(sentence: str, a: int, b: int) -> str:
    """The clause of ``sentence`` holding ``[a, b)``, widened to the previous one if short."""
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]
    i = max(k for k in range(len(cuts) - 1) if cuts[k] <= a)
    start, end = cuts[i], cuts[i + 1]
    if end < b:
        end = b
    if len(_content(sentence[start:end])) < 3:
        if i + 2 < len(cuts):
            end = cuts[i + 2]
        elif i > 0:
            start = cuts[i - 1]
    return sentence[start:end]


def date_clause(event: Event, text: str | None = None) -> str:
    """The clause of ``event``'s sentence that holds its date: what the date is the day of.

    "a class action filed last Friday, adding to the bill for a fire": the clause of "last
    Friday" tells the filing; the fire is only recalled further on.
    """
    return _clause_around(*_sentence_of(event, text))


def _sentence_of(event: Event, text: str | None) -> tuple[str, int, int]:
    """``event``'s sentence and where its date lies in it (``text``: its article's text)."""
    m = event.mention
    if text is not None and event.sentence_start <= m.start < m.end <= event.sentence_end:
        sentence = text[event.sentence_start:event.sentence_end]
        a, b = m.start - event.sentence_start, m.end - event.sentence_start
    else:
        sentence = event.sentence
        a = max(0, sentence.find(m.text))
        b = a + len(m.text)
    return sentence, a, b


def event_text(event: Event, text: str | None = None, lede: str = "") -> EventText:
    """Signatures of ``event``; ``text`` is its article's text (offsets), else its sentence.

    ``lede`` is undated text that tells the same happening (an article's opening lines, for the
    first dated event of the news day): its words count as the event's own.
    """
    m = event.mention
    sentence, a, b = _sentence_of(event, text)
    cut = dateline_end(sentence)
    if a < cut:  # the dateline's own date: only the fragment is its wording
        sentence, cut = sentence[:cut], 0
    sentence = " " * cut + sentence[cut:]  # offsets kept
    bare = sentence[:a] + " " + sentence[b:]
    if is_thin(bare) and not lede:
        return EMPTY_TEXT
    clause = _clause_around(sentence, a, b)
    clause = lede + " " + clause.replace(m.text, " ")
    bare = lede + " " + bare
    content = _content(bare)
    before = _content(sentence[:a])[-5:]
    after = _content(sentence[b:])[:2]
    said = _QUOTE.findall(sentence)
    if text is not None and event.sentence_end:  # the words said follow the report of the deed
        follows = _QUOTE_NEXT.match(text, event.sentence_end, event.sentence_end + QUOTE_AFTER)
        said += [follows.group(1)] if follows else []
    quotes = tuple(re.sub(r"\W+", " ", q).lower().strip() for q in said)
    return EventText(
        names=frozenset(name_keys(bare)),
        focus_names=frozenset(name_keys(clause)),
        stems=frozenset(content),
        clause=frozenset(_content(clause)),
        local=frozenset(before + after),
        flat=" ".join(content),
        quotes=tuple(q for q in quotes if q.count(" ") >= 2),
    )


EMPTY_TEXT = EventText(frozenset(), frozenset(), frozenset(), frozenset(), frozenset(), "", ())
"""The signatures of a fragment: nothing to share, so nothing to merge on."""


def phrase_text(phrase: str) -> EventText:
    """Signatures of a bare phrase (what follows "a month after", say)."""
    stems = frozenset(_content(phrase))
    names = frozenset(name_keys(phrase))
    return EventText(names, names, stems, stems, stems, " ".join(_content(phrase)), ())


def story_keys(title: str, text: str, lede: int = 700) -> frozenset[str]:
    """What an article is about: names and content stems of its title and first lines.

    Its furniture says nothing of that: a byline's author and a dateline's city and agency
    ("By Lise Holm", "KESSLA, March 10 (Wire) -") are shared by an agency's reports of any story.
    """
    lines = text[:lede].split("\n")
    kept = (line[dateline_end(line + "\n"):] for line in lines if not _BYLINE.match(line))
    head = "\n".join([title, *kept])
    return frozenset(name_keys(head)) | frozenset(_content(title))


_BYLINE = re.compile(
    r"\s*(?i:by|written by|reporting by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*$"
)
"""A line naming the writer and nothing else ("By Lise Holm")."""


class Idf:
    """Smoothed inverse document frequency of keys over a set of events."""

    def __init__(self, docs: Iterable[Iterable[str]]) -> None:
        self.df: Counter[str] = Counter()
        self._memo: dict[str, float] = {}
        self._totals: dict[frozenset[str], float] = {}
        self.n = 0
        for doc in docs:
            self.n += 1
            self.df.update(set(doc))

    def __call__(self, key: str) -> float:
        weight = self._memo.get(key)
        if weight is None:
            weight = math.log((self.n + 1) / (self.df.get(key, 0) + 0.5)) + 1.0
            self._memo[key] = weight
        return weight

    def overlap(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Weighted share of keys in common, between the overlap and the Dice coefficient."""
        if not a or not b:
            return 0.0
        common = a & b
        if not common:
            return 0.0
        shared = math.fsum(self(k) for k in common)  # exact: no set order in the result
        wa, wb = self.total(a), self.total(b)
        return 0.3 * (shared / min(wa, wb)) + 0.7 * (2 * shared / (wa + wb))

    def total(self, keys: frozenset[str]) -> float:
        """The summed weight of ``keys`` (remembered: the same sets are compared many times)."""
        weight = self._totals.get(keys)
        if weight is None:
            weight = self._totals[keys] = math.fsum(self(k) for k in keys)
        return weight

    def cosine(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Weighted share of keys in common, symmetric (small sets are not favoured)."""
        if not a or not b:
            return 0.0
        shared = math.fsum(self(k) ** 2 for k in a & b)
        return shared / math.sqrt(math.fsum(self(k) ** 2 for k in a)
                                  * math.fsum(self(k) ** 2 for k in b))


def content_similarity(x: EventText, y: EventText, idf: Idf) -> float:
    """How likely two events are the same happening by their wording alone, in [0, 1]."""
    names = 0.5 * idf.overlap(x.names, y.names) + 0.5 * idf.overlap(x.focus_names, y.focus_names)
    stems = idf.overlap(x.stems, y.stems)
    clause = idf.overlap(x.clause, y.clause)
    local = idf.overlap(x.local, y.local)
    fuzzy = fuzz.token_set_ratio(x.flat, y.flat) if x.flat and y.flat else 0.0
    fuzzy = max(0.0, (fuzzy - 40.0) / 60.0)  # unrelated news sentences already score ~40
    if min(len(x.stems), len(y.stems)) < 4:
        fuzzy *= 0.5  # a short sentence is a subset of anything
    quote = 0.0
    for q in x.quotes:
        if any(fuzz.partial_ratio(q, r) >= 90 for r in y.quotes):
            quote = 1.0
            break
    score = 0.3 * names + 0.25 * stems + 0.15 * clause + 0.1 * local + 0.2 * fuzzy
    if max(stems, clause) < 0.25 and not quote:
        score *= 0.6  # the same actors doing something else
    return min(1.0, score + 0.15 * quote)
