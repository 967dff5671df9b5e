"""A date inside a participle's phrase: "the package approved by the cabinet on Tuesday will ...".

The future verb after the date is the main clause's; the date belongs to the participle before
it, a reduced relative whose time is past. The words are each language's ``cues.txt``: the
participle's endings (``date_participle_ending``), its agent word (``date_participle_agent``:
"by", "par", "por"), the words before it that make it part of a verb or a noun
(``date_participle_not_after``: "was approved", "la llegada"), and the participles that point
ahead (``date_participle_ahead``: "scheduled", "prévu").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicon
from .cues import word_set, words

__all__ = ["owns_date"]

_LETTERS = re.compile(r"[^\W\d_]+")
_WORDS_BACK = 7  # a participle, its agent phrase ("by Vessland's cabinet") and a preposition


def _participle(word: str, lang: str) -> bool:
    endings = words("date_participle_ending", lang)
    return any(word.endswith(e) and len(word) > len(e) + 2 for e in endings)


def _in_attribute(clause_left: str, right: str, lang: str) -> bool:
    """True for a date inside an attribute before its noun: "das am Dienstag beschlossene Paket".

    A determiner right before the date's preposition (``date_attribute_open``), and after
    the date, a few words on, a past participle as an adjective (``date_attribute_ending``)
    before a capitalised noun; one that points ahead ("geplante") keeps the clause's reading.
    """
    opens = words("date_attribute_open", lang)
    if not opens:
        return False
    found = [w.lower() for w in _LETTERS.findall(clause_left)][-2:]
    if len(found) < 2 or found[0] not in opens:
        return False
    endings = words("date_attribute_ending", lang)
    not_endings = words("date_attribute_not_ending", lang)
    piece = _PHRASE_END.split(right, maxsplit=1)[0][:_ATTRIBUTE_REACH]
    for word in _before_nouns(piece):  # "vom Kabinett beschlossene Paket"
        if word.endswith(endings) and not word.endswith(not_endings):
            return word not in word_set("date_participle_ahead", lang)
    return False


_PHRASE_END = re.compile(r"[,.;:!?]")
_ATTRIBUTE_REACH = 60
_WORD_THEN_LETTER = re.compile(r"\b([^\W\d_]+)\s+(?=[^\W\d_])")


def _before_nouns(piece: str) -> Iterator[str]:
    """The words of ``piece`` in small letters that stand before a capitalised word.

    A capital is any script's (``str.isupper``): "beschlossene Élysée-Abkommen", "Łódź".
    """
    for m in _WORD_THEN_LETTER.finditer(piece):
        word = m.group(1)
        if not word[0].isupper() and piece[m.end()].isupper():
            yield word


def owns_date(clause_left: str, right: str = "") -> bool:
    """True when a participle's phrase ends right at the date that ``clause_left`` leads to.

    The participle stands a few words back, after no comma, with its agent right after it or
    the date a preposition away; a word before it that makes it a verb's part or a noun, or a
    participle that points ahead ("prévu mardi"), keeps the clause's own reading.
    """
    lang = lexicon.current()
    if _in_attribute(clause_left, right, lang):
        return True
    if not words("date_participle_ending", lang):
        return False
    piece = clause_left[clause_left.rfind(",") + 1:]
    found = [w.lower() for w in _LETTERS.findall(piece)][-_WORDS_BACK:]
    agent = word_set("date_participle_agent", lang)
    not_after = word_set("date_participle_not_after", lang)
    for i in range(len(found) - 1, -1, -1):
        word = found[i]
        if not _participle(word, lang):
            continue
        if word in word_set("date_participle_ahead", lang) or (i and found[i - 1] in not_after):
            return False
        after = found[i + 1:]
        return (bool(after) and after[0] in agent) or len(after) <= 1
    return False
