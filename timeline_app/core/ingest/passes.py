"""The passes that decide which lines of a page are furniture, over the page as a whole.

Each pass looks at the kept lines in order and clears ``keep[i]`` for furniture; the order of the
passes matters (lists before appeals before captions before the title) and is set in
:func:`timeline_app.core.ingest.plaintext.clean_text`.
"""

from __future__ import annotations

import re

from . import furniture as f
from . import vocab
from .fragments import is_icon_fragment

__all__ = [
    "cut_at_end_marker",
    "drop_appeals",
    "drop_captions",
    "drop_lines",
    "drop_icon_lines",
    "drop_lists",
    "drop_menus",
    "head_lines",
    "trim_tail",
]

BULLET = re.compile(r"\A[-•*·–—▪►]\s+")


def _kept(keep: list[bool], start: int = 0) -> list[int]:
    return [i for i in range(start, len(keep)) if keep[i]]


END_MARKER_AFTER = 3
"""The comment area opens only after this many paragraphs of (surviving) prose, in the page's
second half."""


def cut_at_end_marker(paras: list[str], keep: list[bool]) -> None:
    """Drop the comment area or footer: everything from its opening line on."""
    prose = 0
    indexes = _kept(keep)
    for position, i in enumerate(indexes):
        if f.is_end_marker(paras[i]):
            # too early to open the comment area (a button near the top): just the line
            if prose < END_MARKER_AFTER or position < len(indexes) // 2:
                keep[i] = False
                continue
            for j in range(i, len(keep)):
                keep[j] = False
            return
        prose += f.is_prose(paras[i])


def drop_lines(paras: list[str], keep: list[bool]) -> None:
    for i in _kept(keep):
        line = paras[i]
        if f.is_section_header(line) or f.is_end_marker(line):
            continue  # left for drop_lists and cut_at_end_marker, which take what follows
        if f.is_ui_line(line) or f.is_service_line(line):
            keep[i] = False
    for i in _kept(keep):
        if f.is_label_line(paras[i]):
            keep[i] = False
            following = _kept(keep, i + 1)[:1]
            if following and not f.is_prose(paras[following[0]]) and len(paras[following[0]]) < 60:
                keep[following[0]] = False


def _listish(line: str) -> bool:
    return not f.is_prose(line) and (
        bool(BULLET.match(line)) or f.is_headline_like(line) or f.word_count(line) <= 4
    )


def drop_lists(paras: list[str], keep: list[bool]) -> None:
    """Section headers with their link lists, and long runs of headline-like lines."""
    indexes = _kept(keep)
    first_prose = next((i for i in indexes if f.is_prose(paras[i])), len(keep))

    def item(position: int) -> bool:
        line = paras[indexes[position]] if position < len(indexes) else ""
        byline = f.is_author_line(line) or f.is_caption(line)
        return bool(line) and f.is_list_item(line) and not byline

    position = 0
    while position < len(indexes):
        i = indexes[position]
        if f.is_section_header(paras[i]):
            keep[i] = False
            position += 1
            while item(position):
                # above the article, the last headline before the byline or text is its title
                if i < first_prose and not item(position + 1):
                    break
                keep[indexes[position]] = False
                position += 1
            continue
        position += 1
    indexes = _kept(keep)
    runs: list[list[int]] = [[]]
    for i in indexes:
        line = paras[i]
        if f.word_count(line) >= 5 and _listish(line):
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    last_prose = max((i for i in indexes if f.is_prose(paras[i])), default=-1)
    for run in runs:
        tail = bool(run) and run[0] > last_prose
        bulleted = any(BULLET.match(paras[i]) for i in run)
        if (tail and len(run) >= 3) or (len(run) >= 5 and not bulleted):
            for i in run:
                keep[i] = False


APPEAL_BRIDGE_WORDS = 80
"""A paragraph this short between two appeal paragraphs belongs to the appeal."""


def drop_appeals(paras: list[str], keep: list[bool]) -> None:
    """Runs of we/you paragraphs holding at least one donation or subscription appeal."""
    indexes = _kept(keep)
    strengths = [f.appeal_strength(paras[i]) for i in indexes]
    for k in range(1, len(indexes) - 1):  # "X is trusted by readers..." inside an appeal
        short = f.word_count(paras[indexes[k]]) <= APPEAL_BRIDGE_WORDS
        if not strengths[k] and short and strengths[k - 1] and strengths[k + 1] == 2:
            strengths[k] = 1
    run: list[int] = []
    strong = False
    for i, strength in [*zip(indexes, strengths, strict=True), (-1, 0)]:
        if strength:
            run.append(i)
            strong = strong or strength == 2
            continue
        if strong:
            for j in run:
                keep[j] = False
        run, strong = [], False


def drop_captions(paras: list[str], keep: list[bool]) -> None:
    """Captions, and the image title above a caption when it is short or repeats it."""
    indexes = _kept(keep)
    for position, i in enumerate(indexes):
        if not f.is_caption(paras[i]):
            continue
        keep[i] = False
        if position == 0:
            continue
        above = indexes[position - 1]
        below = indexes[position + 1] if position + 1 < len(indexes) else None
        line = paras[above]
        if f.is_headline_like(line) and (
            f.word_count(line) <= 4
            or paras[i].startswith(line)
            or (below is not None and f.is_headline_like(paras[below]))
        ):
            keep[above] = False


def head_lines(paras: list[str], keep: list[bool]) -> list[int]:
    """Kept lines above the first prose paragraph."""
    head: list[int] = []
    for i in _kept(keep):
        if f.is_prose(paras[i]):
            break
        head.append(i)
    return head


def drop_icon_lines(paras: list[str], keep: list[bool]) -> None:
    """An icon inventory written one description per line ("Tick An icon of a tick mark.")."""
    run: list[int] = []
    for i in [*_kept(keep), -1]:
        if i >= 0 and is_icon_fragment(paras[i]):
            run.append(i)
            continue
        if len(run) >= 2:
            for j in run:
                keep[j] = False
        run = []


def drop_menus(paras: list[str], keep: list[bool]) -> None:
    """Runs of very short lines (site menus dumped one item per line: "World", "Business")."""
    run: list[int] = []
    known = vocab.union("ui_words", "nav_words")
    for i in [*_kept(keep), -1]:
        line = paras[i] if i >= 0 else ""
        if i >= 0 and f.word_count(line) <= 3 and f.last_char(line) not in ".!?:,;":
            run.append(i)
            continue
        vocabulary = sum(1 for j in run if set(f.tokens(paras[j])) <= known)
        if len(run) >= 4 or (len(run) == 3 and vocabulary >= 2):
            for j in run:
                keep[j] = False
        run = []


def trim_tail(paras: list[str], keep: list[bool]) -> None:
    """Short non-sentence lines after the last paragraph (tags, share rows, site names)."""
    indexes = _kept(keep)
    if not any(f.is_prose(paras[i]) for i in indexes):
        return
    for i in reversed(indexes):
        line = paras[i]
        sentence = f.word_count(line) >= 3 and f.last_char(line) in ".!?…"  # "No one was hurt."
        if sentence or f.is_prose(line) or f.word_count(line) > 8:
            break
        keep[i] = False
