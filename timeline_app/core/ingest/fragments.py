"""Cutting furniture glued inside a line: icon inventories, breadcrumbs, trailing share buttons.

A dumped page often runs furniture and article together on one line ("date 2023-10-19 Calendar
An icon of a desk calendar. ..."); these functions cut at sentence or fragment level and keep the
rest of the line exactly as written.
"""

from __future__ import annotations

import re

from . import vocab
from .dates import date_of, date_pattern
from .furniture import is_service_line, is_ui_line, last_char, tokens, word_count

__all__ = [
    "cut_ad_marks",
    "cut_breadcrumb",
    "cut_glued_ui",
    "cut_icon_inventory",
    "cut_trailing_ui",
    "is_icon_fragment",
]

FRAGMENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_ICON_SHAPE = re.compile(r"\A[A-Z][\w'’&-]*(?:\s+[^\W\d][\w'’&-]*){0,3}\s+(?:An?|The)\s+\S")
_ICON_INNER = re.compile(r"(?:^|\s)[A-Z][\w'’&-]*(?:\s+[^\W\d][\w'’&-]*){0,3}\s+(?:An?|The)\s+\S")
_ICON_ARTICLE = re.compile(r"(?<=\s)(?:An?|The)(?=\s)")
_CRUMB_SEP = re.compile(r"\s*[>»›]\s*")
_CRUMB_LEAD = re.compile(r"\A(?:(?:current|you are here|location|breadcrumbs?)\s*:\s*)", re.I)
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def cut_icon_inventory(line: str) -> tuple[str, int]:
    """Cut runs of 3+ icon descriptions ("Tick An icon of a tick mark."); text left, count cut."""
    # each icon description has its own "A", "An" or "The": too few capitals, no regex needed
    if line.count("A") + line.count("The") < 3 or len(_ICON_ARTICLE.findall(line)) < 3:
        return line, 0
    fragments = FRAGMENT_SPLIT.split(line)
    if len(fragments) < 3:
        return line, 0
    flags = [is_icon_fragment(fragment) for fragment in fragments]
    drop = [False] * len(fragments)
    start = 0
    while start < len(flags):
        end = start
        while end < len(flags) and flags[end]:
            end += 1
        if end - start >= 3:
            drop[start:end] = [True] * (end - start)
        start = end + 1
    if not any(drop):
        return line, 0
    pieces = [f for f, gone in zip(fragments, drop, strict=True) if not gone]
    cut = sum(drop)
    for position in range(len(fragments) - 1):  # a run's first icon may follow other text
        if drop[position + 1] and not drop[position]:
            inner = _ICON_INNER.search(fragments[position])
            if inner and is_icon_fragment(fragments[position][inner.start() :].lstrip()):
                index = pieces.index(fragments[position])
                pieces[index] = fragments[position][: inner.start()].rstrip()
                cut += 1
    return " ".join(piece for piece in pieces if piece), cut


def is_icon_fragment(fragment: str) -> bool:
    if not _ICON_SHAPE.match(fragment) or word_count(fragment) > 40:
        return False
    return any(token in vocab.words("icon_words") for token in tokens(fragment))


def cut_breadcrumb(line: str) -> tuple[str, bool]:
    """Remove a leading breadcrumb ("Current:Home > News") and return what follows it."""
    if ">" not in line and "»" not in line and "›" not in line:
        return line, False
    body = _CRUMB_LEAD.sub("", line.strip())
    parts = _CRUMB_SEP.split(body)
    if len(parts) < 2 or word_count(parts[0]) > 3:
        return line, False
    nav = vocab.union("ui_words", "nav_words")
    if not all(0 < word_count(p) <= 3 for p in parts[:-1]) or not (
        set(tokens(parts[0])) & nav or _CRUMB_LEAD.match(line.strip())
    ):
        return line, False
    last = parts[-1]
    glue = _GLUE.search(last)
    if glue and glue.start() <= 30:
        return last[glue.start() :].strip(), True
    if word_count(last) <= 3:
        return (last.strip() if _is_full_date(last) else ""), True
    words = last.split()
    lead = 0
    while lead < len(words) - 1 and words[lead].lower() in nav:
        lead += 1
    return " ".join(words[lead:]), True


def _is_full_date(crumb: str) -> bool:
    """Whether a breadcrumb's last crumb is a full date ("Home > News > 7 March 2024").

    That is the page's day, kept for the stamp finder; a month or a year alone is an archive's,
    cut with the rest.
    """
    match = date_pattern().fullmatch(crumb.strip())
    return match is not None and date_of(match) is not None


def cut_trailing_ui(line: str) -> tuple[str, bool]:
    """Cut share buttons glued after the last sentence ("... said. Share Tweet Email")."""
    if last_char(line) in ".!?…":
        return line, False
    fragments = FRAGMENT_SPLIT.split(line)
    if len(fragments) >= 2 and (is_ui_line(fragments[-1]) or is_service_line(fragments[-1])):
        return line[: len(line) - len(fragments[-1])].rstrip(), True
    return line, False


_AD_MARK = re.compile(r"(?:(?<=[.!?\"”’])\s+|\A)(?:ADVERTISEMENT|Advertisement)\s+(?=[A-Z“\"‘])")


def cut_ad_marks(line: str) -> tuple[str, bool]:
    """Cut an "Advertisement" label dropped between two sentences of a paragraph."""
    if "dvertisement" not in line and "DVERTISEMENT" not in line:
        return line, False
    cut = _AD_MARK.sub(lambda m: " " if m.start() else "", line)
    return cut, cut != line


GLUED_UI_WORDS = 3
"""At least this many button or menu words in a row make a glued run worth cutting."""


def cut_glued_ui(line: str) -> tuple[str, bool]:
    """Cut a run of button/menu words glued before or after a headline ("Home News World ...")."""
    known = vocab.union("ui_words", "nav_words")

    def ui(word: str) -> bool:
        bare = word.strip(".,:;!?|/•·()[]").lower()
        return bool(bare) and bare in known and word[:1].isupper()

    def separator(word: str) -> bool:
        return not word.strip(".,:;!?|/•·()[]-–—>»")  # a bare one: "Register / Login"

    def run(order: list[str]) -> int:
        taken = counted = 0
        for word in order:
            if separator(word):
                taken += 1
            elif ui(word):
                taken += 1
                counted += 1
            else:
                break
        return taken if counted >= GLUED_UI_WORDS else 0

    open_end = last_char(line) not in ".!?…"
    first = line.split(None, 1)[:1]
    if not open_end and not (first and (separator(first[0]) or ui(first[0]))):
        return line, False  # a sentence opening with a plain word: no run, no need to split
    words = line.split()
    if len(words) < GLUED_UI_WORDS + 3:
        return line, False
    lead = run(words)
    tail = run(words[::-1][: len(words) - lead]) if open_end else 0
    if not (lead or tail) or len(words) - lead - tail < 3:
        return line, False
    return " ".join(words[lead : len(words) - tail]), True
