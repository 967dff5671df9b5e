"""Korean attribution in labels: "X는 …했다고 밝혔다" says what happened, then who said it.

A Korean sentence puts the verb of saying last, after a quotative ending ("-다고", "-라고",
a closing quote and "고"); the comma-based English forms of ``labels`` never see it. What was
said is the label, as English labels drop "he said": the speaker goes when the quotation has
a subject of its own or is quoted word for word, and stays otherwise ("정부는 … 늘리겠다").
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline_app.core.resources import read_text

__all__ = ["drop_korean_attribution", "has_hangul"]

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_QUOTE_OPEN = "\"“‘'"
_SOURCE = re.compile(r"^(?:\S+\s+){0,3}?\S*에\s+따르면\s*,?\s*")
"""An opening "X에 따르면" ("according to X")."""
_SPEAKER = re.compile(r"^(?:\S+\s+){0,3}?\S+(?:은|는)\s+")
"""A topic phrase of a few words opening the sentence: the speaker ("김 장관은", "외교부는")."""
_OWN_SUBJECT = re.compile(r"\S[이가]\s")
_ADDRESSEE = re.compile(r"^\S+(?:에게|한테)\s+")
"""Whom the speaker told ("기자들에게"): attribution too."""
_BETWEEN_QUOTES = re.compile(r"[\"”’']\s*(?:이?라|하)?며\s+[\"“‘']")


def has_hangul(s: str) -> bool:
    return _HANGUL.search(s) is not None


@lru_cache(maxsize=1)
def _tail() -> re.Pattern[str]:
    """The quotative ending and the verb of saying that close the sentence."""
    lines = read_text("labels", "attribution_ko.txt").splitlines()
    verbs = "|".join(
        sorted(
            {w.strip() for w in lines if w.strip() and not w.startswith("#")}, key=len, reverse=True
        )
    )
    # (a few words may stand between: "…했다고 기자들에게 말했다")
    return re.compile(
        rf"(?:(?P<quote>[\"”’']\s*(?:이?라고|고))|(?P<ending>다|라)고)(?:\s+\S+){{0,3}}?\s+(?:{verbs})$"
    )


def drop_korean_attribution(s: str) -> str:
    """``s`` without its opening source, its verb of saying and, when it can go, its speaker."""
    source = _SOURCE.match(s)
    if source and len(s) - source.end() > 8:
        s = s[source.end() :]
    m = _tail().search(s)
    if m is None:
        return s
    quoted = m.group("quote") is not None
    head = s[: m.start()] + ("다" if m.group("ending") else "")  # "…했다고" -> "…했다"
    speaker = _SPEAKER.match(head)
    if speaker:
        rest = head[speaker.end() :]
        if rest[:1] in _QUOTE_OPEN or (not quoted and _OWN_SUBJECT.search(rest)):
            head = _ADDRESSEE.sub("", rest, count=1)
    if quoted:
        head = _BETWEEN_QUOTES.sub(", ", head).strip().strip(_QUOTE_OPEN + "”’")
    return head.strip() or s
