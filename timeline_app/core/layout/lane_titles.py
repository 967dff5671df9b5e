"""Lane titles a reader tells apart: the outlet, and what sets a headline apart from the rest.

Five articles about one story often carry five near-identical headlines ("Russian foreign
minister thanks North Korea for…"). A lane is titled by its outlet when the article has a URL,
and by its headline with the words it shares with another headline of that outlet at the start
(or the end) left out, marked with an ellipsis; identical titles are told apart by their dates,
then numbers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlparse

__all__ = ["LaneSource", "lane_titles"]

MIN_SHARED = 3  # words in common before a shared start or end is left out
MIN_LEFT = 3  # words a shortened headline keeps at least
_FOLD = str.maketrans("‘’“”`´", "''\"\"''")
_WORD_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


@dataclass(frozen=True, slots=True)
class LaneSource:
    """What a lane title is made from: the article's headline, URL and publication date."""

    title: str
    url: str = ""
    published: date | None = None


def _key(word: str) -> str:
    return _WORD_EDGE.sub("", word.translate(_FOLD).casefold())


def _shared(a: list[str], b: list[str]) -> int:
    """How many words ``a`` and ``b`` (word keys) have in common at the start."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _most_shared(keys: dict[str, list[str]]) -> dict[str, int]:
    """For each id, the most start words its keys share with another id's.

    In sorted order the longest shared start is with a neighbour, so this costs a sort and
    not a comparison of every pair (hundreds of headlines on one outlet).
    """
    order = sorted(keys, key=lambda aid: (keys[aid], aid))
    most = dict.fromkeys(keys, 0)
    for a, b in zip(order, order[1:], strict=False):
        n = _shared(keys[a], keys[b])
        most[a], most[b] = max(most[a], n), max(most[b], n)
    return most


def _outlet(url: str) -> str:
    host = urlparse(url if "//" in url else f"//{url}").netloc.lower()
    return host.removeprefix("www.").removeprefix("amp.").removeprefix("m.")


def _short(words: list[str], head: int, tail: int) -> str:
    """``words`` without the ``head`` (and ``tail``) words it shares with another headline."""
    head = head if head >= MIN_SHARED else 0
    tail = tail if tail >= MIN_SHARED else 0
    if len(words) - head - tail < MIN_LEFT:  # too little left: drop the start only, and
        tail = 0  # keep the last few words it shares as context ("…motorways again today")
        head = min(head, len(words) - MIN_LEFT)
        head = head if head >= MIN_SHARED else 0
    kept = words[head : len(words) - tail]
    text = " ".join(kept).strip(" ,;:-–—")
    return ("…" if head else "") + text + ("…" if tail else "")


def lane_titles(sources: Mapping[str, LaneSource]) -> dict[str, str]:
    """A distinct, short title per article id (see the module docstring)."""
    words = {aid: s.title.split() for aid, s in sources.items()}
    outlets = {aid: _outlet(s.url) if s.url else "" for aid, s in sources.items()}
    by_outlet: dict[str, dict[str, list[str]]] = {}  # compare within one outlet: the outlet
    for aid, w in words.items():  # tells other outlets' lanes apart
        if w:
            by_outlet.setdefault(outlets[aid], {})[aid] = [_key(x) for x in w]
    heads: dict[str, int] = {}
    tails: dict[str, int] = {}
    for keys in by_outlet.values():
        heads.update(_most_shared(keys))
        tails.update(_most_shared({aid: k[::-1] for aid, k in keys.items()}))
    titles: dict[str, str] = {}
    for aid in sources:
        outlet = outlets[aid]
        short = _short(words[aid], heads[aid], tails[aid]) if words[aid] else aid
        titles[aid] = f"{outlet} · {short}" if outlet else short
    # still the same (syndicated copies): the date, then a number
    for same in _groups(titles):
        dates = {aid: sources[aid].published for aid in same}
        if len(set(dates.values())) == len(same) and None not in dates.values():
            for aid in same:
                d = dates[aid]
                titles[aid] += f" · {d.day} {d:%b} {d.year}"
        else:
            for n, aid in enumerate(sorted(same), 1):
                titles[aid] += f" ({n})"
    return titles


def _groups(titles: dict[str, str]) -> list[list[str]]:
    by_title: dict[str, list[str]] = {}
    for aid, title in titles.items():
        by_title.setdefault(title.casefold(), []).append(aid)
    return [ids for ids in by_title.values() if len(ids) > 1]
