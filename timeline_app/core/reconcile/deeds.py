"""What a report says was done, as a class of deeds: the same collapse in other words.

Outlets tell one happening in their own words: "it buckled and dropped into the river", "the
structure gave way", "a pedestrian span came down". Shared word stems miss those; classes of
deeds (``resources/reconcile/deeds.txt``, words and phrases matched from a word's start) see
that two reports tell the same kind of deed. Used only where a day and a story already agree
(:mod:`.lone_days`): on its own a class says little (many things close on one day).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from timeline_app.core.resources import read_text

__all__ = ["deed_classes", "deed_words"]


@cache
def _pattern() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern for every class (a named group each, ``c0``, ``c1``...) and the class names."""
    names, groups = [], []
    for line in read_text("reconcile", "deeds.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, words = line.split(":", 1)
        forms = sorted((w.strip() for w in words.split(",") if w.strip()), key=len, reverse=True)
        alternation = "|".join(_form(form) for form in forms)
        groups.append(f"(?P<c{len(names)}>{alternation})")
        names.append(name.strip())
    return re.compile(rf"(?<!\w)(?:{'|'.join(groups)})", re.IGNORECASE), tuple(names)


def _form(form: str) -> str:
    """A form as a pattern: spaces match any run of them.

    A trailing ``$`` ends the word there ("met$" is met, never metres).
    """
    whole = form.endswith("$")
    pattern = re.escape(form.removesuffix("$")).replace(r"\ ", r"\s+")
    return rf"{pattern}(?!\w)" if whole else pattern


@lru_cache(maxsize=1 << 16)
def _told(text: str) -> tuple[frozenset[str], str]:
    """The classes of deeds ``text`` tells and the words that tell them, read in one pass."""
    pattern, names = _pattern()
    found = [(names[int(m.lastgroup[1:])], m.group()) for m in pattern.finditer(text)
             if m.lastgroup]
    return frozenset(name for name, _ in found), " ".join(words for _, words in found)


def deed_classes(text: str) -> frozenset[str]:
    """The classes of deeds ``text`` tells ("collapse", "close"...); a sentence is read once."""
    return _told(text)[0]


def deed_words(text: str) -> str:
    """The words of ``text`` that tell its deeds ("an Land", "Notstand"), joined by spaces.

    What was done, not who did it: a noun of a language that capitalises its nouns ("brachten
    212 Passagiere an Land") is no actor's name where it tells a deed.
    """
    return _told(text)[1]
