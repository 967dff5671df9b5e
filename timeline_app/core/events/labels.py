"""Short labels for timeline events: the gist of a sentence, not just its first words.

A label drops what the timeline already shows (the temporal expression itself), what is not the
happening (attribution such as ", officials said", parentheticals, relative clauses), and keeps the
head of the main clause, cut at a word boundary.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline_app.core.events.attribution_ko import drop_korean_attribution, has_hangul
from timeline_app.core.events.clauses import carrying_clause, participle_phrases
from timeline_app.core.resources import read_text

__all__ = ["make_label"]

MAX_LABEL = 120  # the timeline elides to the room a label has; tables show it whole

_TIGHT_PUNCT = ",.;:»“"
"""Marks written without a space before them: a space left there by a cut goes."""
_SPACE_BEFORE_PUNCT = re.compile(rf"\s+([{_TIGHT_PUNCT}])")
_SPACED_PUNCT = tuple(" " + mark for mark in _TIGHT_PUNCT)
"""Each of those marks after a space: a label with none of them needs no substitution."""
_DOUBLE_COMMA = re.compile(r",\s*,")
_PARENS = re.compile(r"\s*[\(\[][^\)\]]{0,120}[\)\]]")
_QUOTES = "\"“”‘’'„«»‹›"  # English, German („…“), French and Russian («…») quotes
_EDGES = " ,;:-–—" + _QUOTES
_LEADING_CONNECTIVE = re.compile(
    r"^(?:and|but|so|meanwhile|however|also|then|still|yet|thus)\b[,\s]*", re.I
)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose|where|when)\b[^,]*(?:,|$)", re.I)
_DANGLING_PREPOSITION = re.compile(
    r"\b(?:on|in|at|during|since|by|from|until|of"
    r"|am|im|vom|zum|seit|bis|ab|le|du|en|depuis|dès|el|del|desde|hasta|в|во|с|со|до|к|на)"
    r"\s+(?=[\s,.;]|$)",
    re.I,
)
"""A preposition or article left before the gap of the removed expression ("arrived on  .",
"war am  für", "llegó el  a", "прибыл в  ."), in each language of the grammar."""
_DANGLING_WORDS = tuple("on in at during since from by of for the a an and".split())
_DANGLING = re.compile(rf"[\s,;:\-–—]+(?:{'|'.join(_DANGLING_WORDS)})?$", re.I)
_DANGLING_REACH = max(map(len, _DANGLING_WORDS)) + 2
"""How far from the end a match of ``_DANGLING`` has a character of its run of punctuation or
space: past the longest word, and a final newline (``$`` matches before one)."""


@lru_cache(maxsize=1)
def _attribution() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """The trailing and leading attribution patterns, built once from the verb list, and it."""
    lines = read_text("labels", "attribution.txt").splitlines()
    words = sorted({w.strip().lower() for w in lines if w.strip() and not w.startswith("#")})
    verbs = "|".join(map(re.escape, words))
    sources = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in _source_phrases())
    # trailing ", X said" / ", said X" / ", according to X" (", según X", ", laut X")
    tail = re.compile(
        rf",\s*(?:[^,]{{0,60}}\s)?(?:{verbs})\b[^,]{{0,80}}$|,\s*(?:{sources})\s[^,]+$", re.I
    )
    # leading "X said (that)" when what follows is a full clause ("sagte, die ...", "заявил, что")
    head = re.compile(
        rf"^[^,]{{0,60}}?\b(?:{verbs})(?:\s*,?\s+(?:that|que|dass|что))?(?:\s*,)?\s+(?=[A-Z\w])",
        re.I,
    )
    # a verb that holds another ("says", "say") is found by the other
    needed = tuple(w for w in words if not any(v != w and v in w for v in words))
    return tail, head, needed


@lru_cache(maxsize=1)
def _source_phrases() -> tuple[str, ...]:
    """The phrases that name a source: "according to", "selon", "по словам" (``sources.txt``)."""
    lines = read_text("labels", "sources.txt").splitlines()
    return tuple(sorted({w.strip().lower() for w in lines if w.strip() and not w.startswith("#")}))


@lru_cache(maxsize=1)
def _source_opening() -> re.Pattern[str]:
    """The source opening a sentence: "According to X, ...", "Selon X, ...", "По словам X, ..."."""
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in _source_phrases())
    return re.compile(rf"^(?:{alternation})\b[^,]{{0,80}},\s*(?=\w)", re.I)


def _drop_attribution(s: str) -> str:
    if has_hangul(s):  # the verb of saying comes last: another form
        return drop_korean_attribution(s)
    opening = _source_opening().match(s)
    if opening and len(s) - opening.end() > 25:
        s = s[opening.end() :]
    tail, head, verbs = _attribution()
    low = s.lower()
    for verb in verbs:  # a plain loop: any() over a generator costs twice as much
        if verb in low:
            break
    else:
        if "ı" not in low and "ſ" not in low:
            return s  # both forms need a verb ("according to" too); ı/ſ are "i"/"s" to re.I
    if "," in s:  # the trailing forms all open with a comma
        s = tail.sub("", s)
    m = head.match(s)
    if m and len(s) - m.end() > 25 and not s[m.end() :].lower().startswith("to "):
        # (not "The parcels are reported to have been shipped": a passive, not attribution)
        s = s[m.end() :]
    return s


_BOUND_WORDS = tuple("between and or from to until till through than".split())
_BOUND_BEFORE = re.compile(rf"\b(?:{'|'.join(_BOUND_WORDS)})\s*$", re.I)
_BOUND_REACH = max(map(len, _BOUND_WORDS))
# "May 2 and June 9", "1990 to 1995": a range goes on to another date (a digit or a capital);
# "last week and expect", "next month to discuss" go on to other words
_BOUND_AFTER = re.compile(
    r"^(?:['’][sS]\b|\s*(?:(?i:and|or|to|through|until)\s+(?=[A-Z\d])|[-–]\s))"
)


def _removable(sentence: str, start: int, end: int) -> bool:
    """Whether dropping the expression leaves grammar whole: not in a range, not a possessive."""
    # the word must end what comes before once its space is stripped: search only that end
    # (a search from a position still sees the character before it for \b)
    before = sentence[:start].rstrip()
    return not (
        _BOUND_BEFORE.search(before, max(0, len(before) - _BOUND_REACH))
        or _BOUND_AFTER.match(sentence[end:])
    )


def _cut(s: str, limit: int) -> str:
    if len(s) <= limit:
        return s
    cut = s[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return _without_dangling(cut) + "…"


def _without_dangling(cut: str) -> str:
    """``_DANGLING.sub("", cut)``, searching only near the end, where its one match must end."""
    near = max(0, len(cut) - _DANGLING_REACH)
    m = _DANGLING.search(cut, near)
    if m is None:
        return cut
    if (m.start() > near or near == 0) and m.end() == len(cut):  # the whole run is in reach
        return cut[: m.start()]
    return _DANGLING.sub("", cut)


_FRONTED = re.compile(
    r"^(?:(?:but|and|so|yet|then)\s+)?(?:in|on|at|during|by|after|before|since|from|early|late|"
    r"last|this|next|over|within|throughout|around|until)\b",
    re.I,
)
_ACCORDING = re.compile(r"^according to [^,]{1,60},\s*", re.I)


def _without_fronted(
    sentence: str, expression: tuple[int, int]
) -> tuple[str, tuple[int, int] | None]:
    """Drop a fronted adverbial holding the expression, and a leading "According to X,".

    "In a speech on Friday, the president promised..." is "the president promised...".
    """
    a, b = expression
    comma = sentence.find(",", b)
    head = sentence[:comma] if comma > 0 else ""
    if head and (a == 0 or _FRONTED.match(head)) and "," not in sentence[:a]:
        rest = sentence[comma + 1 :]
        if len(rest.split()) >= 3:
            return rest.lstrip(), None
    m = _ACCORDING.match(sentence)
    if m and a >= m.end():
        return sentence[m.end() :], (a - m.end(), b - m.end())
    return sentence, expression


def make_label(
    sentence: str, expression: tuple[int, int] | None = None, limit: int = MAX_LABEL
) -> str:
    """The gist of ``sentence``; ``expression`` is the temporal expression's span inside it."""
    if expression is not None:  # the clause that says what happened then
        sentence, *span = carrying_clause(sentence, *expression)
        expression = (span[0], span[1]) if span[0] < span[1] else None
        if expression is not None:
            sentence, expression = _without_fronted(sentence, expression)
    s = sentence
    if expression is not None and _removable(sentence, *expression):
        a, b = expression
        s = s[:a] + " " + s[b:]
        # a preposition left dangling before the removed expression goes with it
        s = _DANGLING_PREPOSITION.sub(" ", s)
    s = " ".join(s.split())
    if "(" in s or "[" in s:
        s = _PARENS.sub("", s)
    if "," in s:
        s = _RELATIVE_CLAUSE.sub("", s)
        for start, end in reversed(participle_phrases(s)):  # ", stolen in 1990,"
            s = s[:start] + s[end:]
    s = _drop_attribution(s.rstrip(" ."))
    s = s.strip(_EDGES)
    connective = _LEADING_CONNECTIVE.match(s)  # its only match: it starts with ^
    if connective:
        s = s[connective.end() :]
    if any(pair in s for pair in _SPACED_PUNCT):  # (spaces are single here)
        s = _SPACE_BEFORE_PUNCT.sub(r"\1", s)
    if ",," in s or ", ," in s:  # after the line above, only these two forms are left
        s = _DOUBLE_COMMA.sub(",", s)
    s = s.strip(" ,;:-–—")
    if not s:
        s = " ".join(sentence.split())
    s = s[0].upper() + s[1:] if s else s
    return _cut(s.rstrip(" .,;:"), limit)
