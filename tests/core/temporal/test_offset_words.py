"""Every word a rule's ``dir`` group writes is in its language's ``offsets.txt``.

When the directions moved from code to data, "back", "hence" and "previously" were left out of
``en/offsets.txt``: "two years back", "3 days hence" and "two years previously" were no longer
tagged at all (``offset_words.direction`` guesses nothing for a word it does not know).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline_app.core.resources import resource
from timeline_app.core.temporal import lexicon, tag

_PLAIN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


def _alternatives(body: str) -> list[str]:
    """The top-level alternatives of a group's body, regex escapes kept."""
    parts, depth, current, k = [], 0, "", 0
    while k < len(body):
        c = body[k]
        if c == "\\":
            current, k = current + body[k:k + 2], k + 2
            continue
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += c
        k += 1
    return [*parts, current]


def _group_bodies(text: str) -> list[str]:
    out = []
    for m in re.finditer(r"\(\?P<dir2?>", text):
        depth, j = 1, m.end()
        while depth and j < len(text):
            if text[j] == "\\":
                j += 2
                continue
            depth += (text[j] == "(") - (text[j] == ")")
            j += 1
        out.append(text[m.end():j - 1])
    return out


LANGS = sorted(p.name for p in resource("rules").iterdir() if (p / "rules.txt").exists())


@pytest.mark.parametrize("lang", LANGS)
def test_every_plain_direction_word_of_a_rule_is_in_the_data(lang):
    known = {row[0].lower() for row in lexicon.entries("offsets", lang)}
    text = (resource("rules") / lang / "rules.txt").read_text(encoding="utf-8")
    written = set()
    for body in _group_bodies(text):
        for alternative in _alternatives(body):
            word = re.sub(r"\\s[+*]|\s+", " ", alternative).strip().lower()
            if _PLAIN.fullmatch(word):
                written.add(word)
    assert sorted(written - known) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("He left two years back.", ("two years back", "2022")),
    ("It ends 3 days hence.", ("3 days hence", "2024-03-08")),
    ("She had moved here two years previously.", ("two years previously", "2022")),
])
def test_offsets_written_with_the_rarer_words_are_tagged(text, expected):
    found = [(m.text, m.value) for m in tag(text, date(2024, 3, 5), lang="en")]
    assert found == [expected]
