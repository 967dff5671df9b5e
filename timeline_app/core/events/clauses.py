"""The clause of a sentence that carries a temporal expression, with its subject.

"Relations go back to 1871, when engineers built a bridge" happened in 1871 as "engineers built a
bridge"; "The army crossed the border on Monday and seized the airport on Tuesday" says for
Tuesday "the army seized the airport". Without a parser, clause boundaries are read from the
words that open or join clauses (``resources/labels/clauses.txt``): a sentence in a language
without such a list keeps its whole main clause, as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from timeline_app.core.resources import read_text

__all__ = ["carrying_clause", "participle_phrases"]

MIN_WORDS = 2  # a "clause" shorter than this (once the expression is out) is a phrase
_WHEN_AFTER = re.compile(r"\s*,?\s*(?:when|as)\s+", re.I)  # right after the expression
_TRAILING = re.compile(r",\s*((?:[\w'’-]+\s*){1,3})$")  # ", two days" before "after they..."
# ", stolen in 1990," / ", passed in 2016,": a participle phrase set off by commas
_PARTICIPLE = re.compile(r",\s+(([a-z]+)\b[^,]{0,80}),")


@dataclass(frozen=True, slots=True)
class _Words:
    sub: re.Pattern[str]  # a subordinate clause opening: " after ", ", while "
    coord: re.Pattern[str]  # ", and " / ", but " / "; "
    and_verb: re.Pattern[str]  # " and seized": a second verb phrase sharing the subject
    and_clause: re.Pattern[str]  # " and the premier opened": a second clause
    rel: re.Pattern[str]  # ", who ...," / ", which ...,"
    verbs: frozenset[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    kinds: dict[str, list[str]] = {}
    for line in read_text("labels", "clauses.txt").splitlines():
        if line.strip() and not line.startswith("#") and ":" in line:
            kind, words = line.split(":", 1)
            kinds.setdefault(kind.strip(), []).extend(w.replace("_", " ") for w in words.split())
    alt = lambda kind: "|".join(map(re.escape, kinds.get(kind, [])))  # noqa: E731
    return _Words(
        sub=re.compile(rf"(?:,\s*|\s+|^)(?:{alt('subordinators')})\s+", re.I),
        coord=re.compile(rf"\s*(?:;|,\s*(?:{alt('coordinators')})\s+)", re.I),
        and_verb=re.compile(r"\s+(?:and|but)\s+(?=(\w+))", re.I),
        and_clause=re.compile(r"\s+(?:and|but)\s+", re.I),
        rel=re.compile(rf",\s*(?:{alt('relative')})\s+([^,]*)(?:,|$)", re.I),
        verbs=frozenset(w.lower() for w in kinds.get("verbs", [])),
    )


def _is_verb(word: str) -> bool:
    """A verb by its form: lowercase, and in the list or ending in -ed.

    A capital makes a name or a month ("May"), not a verb.
    """
    if not word or not word[0].islower():
        return False
    w = word.lower()
    return w in _words().verbs or (len(w) > 4 and w.endswith("ed"))


def _words_without(text: str, a: int, b: int) -> int:
    """Words of ``text`` outside ``[a, b)``."""
    return len((text[:a] + " " + text[b:]).split())


def _subject(text: str) -> str:
    """The words before the first verb of ``text`` (its subject), or ""."""
    words = text.split()
    for n, word in enumerate(words[1:], 1):
        if _is_verb(word.strip(",;:")):
            return " ".join(words[:n])
    return ""


def carrying_clause(sentence: str, a: int, b: int) -> tuple[str, int, int]:
    """The clause that says what happened at the expression ``[a, b)`` of ``sentence``.

    Returns the clause and the expression's span in it (an empty span when the clause is one
    the expression only points to, as the "when" clause after "in 1871").
    """
    when = _WHEN_AFTER.match(sentence, b)
    if when:  # "... in 1871, when engineers built a bridge": what happened then
        start = when.end()
        end = _end(sentence, start, subordinate=False)
        words = sentence[start:end].split()
        if len(words) >= MIN_WORDS and any(_is_verb(x.strip(",;:.")) for x in words):
            return sentence[start:end], 0, 0
    w = _words()
    rel = next((m for m in w.rel.finditer(sentence) if m.start(1) <= a and b <= m.end(1)), None)
    rel = rel or next(
        (
            m
            for m in _PARTICIPLE.finditer(sentence)
            if m.start(1) <= a and b <= m.end(1) and _is_participle(m[2])
        ),
        None,
    )
    if rel is not None:  # "The striker, who joined the club in 2019, scored": its antecedent
        head = sentence[_start(sentence, rel.start())[0] : rel.start()]
        if head.split():
            shift = len(head) + 1 - rel.start(1)
            return f"{head} {sentence[rel.start(1) : rel.end(1)]}", a + shift, b + shift
    start, subordinate = _start(sentence, a)
    # (a clause cut before "after" or "when" leaves the words that measured it: ", two days")
    # a date fronted before the verb ("In 1912, the liner struck ... and sank") dates every
    # verb phrase that follows; one after the verb dates only its own
    fronted = not any(_is_verb(x.strip(",;:.")) for x in sentence[start:a].split())
    end = _end(sentence, b, subordinate, keep_verb_phrases=fronted)
    if end < len(sentence):
        fragment = _TRAILING.search(sentence, max(start, b), end)
        if fragment and not any(_is_verb(x) for x in fragment[1].split()):
            end = fragment.start()
    clause = sentence[start:end]
    if _words_without(clause, a - start, b - start) < MIN_WORDS:
        return sentence, a, b
    if start and _is_verb(clause.split()[0]):  # "... and seized the airport": its subject
        subject = _subject(sentence[:start])
        if subject:
            shift = len(subject) + 1 - start
            return f"{subject} {clause}", a + shift, b + shift
    return clause, a - start, b - start


def _is_participle(word: str) -> bool:
    """A past participle by its form: in the verb list or ending in -ed."""
    return _is_verb(word)


def participle_phrases(sentence: str) -> list[tuple[int, int]]:
    """Spans of ", <participle> ...," phrases (to leave out of a label that is not in them)."""
    return [m.span() for m in _PARTICIPLE.finditer(sentence) if _is_participle(m[2])]


def _has_verb(sentence: str, before: int) -> bool:
    """Whether the clause running up to ``before`` has a verb (after its first word)."""
    words = re.split(r"[;,]", sentence[:before])[-1].split()
    return any(_is_verb(x.strip(",;:.")) for x in words[1:])


@lru_cache(maxsize=512)  # asked two or three times per label
def _openings(sentence: str) -> list[tuple[int, int, str]]:
    """Where clauses open: ``(joining words' start, clause start, kind)``.

    Kinds: ``sub`` (subordinate), ``coord`` (", and", ";"), ``vp`` (" and seized": a verb phrase).

    Only openings of real clauses count: the words up to the next opening hold a verb (so
    "after the earthquake" or "apples, and pears" open nothing).
    """
    w = _words()
    found = [(m.start(), m.end(), "sub") for m in w.sub.finditer(sentence)]
    found += [(m.start(), m.end(), "coord") for m in w.coord.finditer(sentence)]
    found += [(m.start(), m.start(1), "vp") for m in w.and_verb.finditer(sentence)
              if _is_verb(m[1])]  # fmt: skip
    # " and the premier opened": a clause with its subject, after a first one with its verb
    for m in w.and_clause.finditer(sentence):
        after = re.split(r"[,;:.]", sentence[m.end() :], maxsplit=1)[0].split()[:7]
        if (after and not _is_verb(after[0]) and any(map(_is_verb, after[1:]))
                and _has_verb(sentence, m.start())):  # fmt: skip
            found.append((m.start(), m.end(), "coord"))
    found.sort()
    real = []
    for n, (j0, j1, kind) in enumerate(found):
        stop = next((k0 for k0, _, _ in found[n + 1 :] if k0 >= j1), len(sentence))
        if kind != "vp":  # its verb comes before the next comma ("and Dunay, Russia" is none)
            comma = sentence.find(",", j1, stop)
            stop = stop if comma < 0 else comma
        if any(_is_verb(x.strip(",;:.")) for x in sentence[j1:stop].split()):
            real.append((j0, j1, kind))
    return real


def _start(sentence: str, a: int) -> tuple[int, bool]:
    """Where the clause holding position ``a`` starts, and whether it is subordinate."""
    best = (0, False)
    for _, j1, kind in _openings(sentence):
        if j1 <= a:
            best = (j1, kind == "sub")
    return best


def _end(sentence: str, b: int, subordinate: bool, keep_verb_phrases: bool = False) -> int:
    """Where the clause holding position ``b`` ends: the next opening, or the end.

    A subordinate clause also ends at a comma: "Because the river flooded, the harvest...".
    """
    ends = (j0 for j0, _, kind in _openings(sentence)
            if j0 >= b and not (keep_verb_phrases and kind == "vp"))  # fmt: skip
    end = next(ends, len(sentence))
    if subordinate:
        comma = sentence.find(",", b, end)
        end = end if comma < 0 else comma
    return end
