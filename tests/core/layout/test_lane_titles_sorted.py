"""Lane titles found by sorted neighbours equal those of comparing every pair of headlines."""

from __future__ import annotations

import random
from datetime import date

from timeline_app.core.layout import lane_titles as lt
from timeline_app.core.layout.lane_titles import LaneSource, lane_titles


def _pairwise_short(words: list[str], others: list[list[str]]) -> tuple[int, int]:
    keys = [lt._key(w) for w in words]
    other_keys = [[lt._key(w) for w in o] for o in others]
    head = max((lt._shared(keys, o) for o in other_keys), default=0)
    tail = max((lt._shared(keys[::-1], o[::-1]) for o in other_keys), default=0)
    return head, tail


def test_sorted_neighbours_give_the_most_shared_start_and_end_of_any_pair():
    rng = random.Random(7)
    vocab = ["Minister", "minister", "visits", "“talks”", "North", "the", "on", "Korea,", "new"]
    sources = {}
    for n in range(120):
        title = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 9)))
        url = rng.choice(["", "https://a.example/x", "https://www.b.example/y"])
        sources[f"a{n:03}"] = LaneSource(title, url, date(2024, 1, 1 + n % 28))
    titles = lane_titles(sources)
    words = {aid: s.title.split() for aid, s in sources.items()}
    for aid, source in sources.items():
        outlet = lt._outlet(source.url) if source.url else ""
        others = [w for other, w in words.items() if other != aid and w
                  and (lt._outlet(sources[other].url) if sources[other].url else "") == outlet]
        if not words[aid]:
            continue
        expected = lt._short(words[aid], *_pairwise_short(words[aid], others))
        assert titles[aid].startswith(f"{outlet} · {expected}" if outlet else expected)
