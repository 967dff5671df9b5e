"""Telling page furniture from article text, one line or fragment at a time.

Every test here is general: vocabularies live in ``resources/ingest/*.txt`` and the shapes are those
of menus, buttons, icon inventories, captions, link lists and appeals found on news sites at large.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import vocab

__all__ = [
    "appeal_strength",
    "cut_breadcrumb",
    "cut_icon_inventory",
    "cut_trailing_ui",
    "is_end_marker",
    "is_author_line",
    "is_caption",
    "is_headline_like",
    "is_list_item",
    "is_label_line",
    "is_prose",
    "is_section_header",
    "is_service_line",
    "is_ui_line",
    "word_count",
]

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d[\d,.]*")
_CLOSERS = "\"'”’»)]*"
_FRAGMENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_ICON_SHAPE = re.compile(r"\A[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,3}\s+(?:An?|The)\s+\S")
_ICON_INNER = re.compile(r"(?:^|\s)[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,3}\s+(?:An?|The)\s+\S")
_CRUMB_SEP = re.compile(r"\s*[>»›]\s*")
_CRUMB_LEAD = re.compile(r"\A(?:(?:current|you are here|location|breadcrumbs?)\s*:\s*)", re.I)
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_AUTHOR = re.compile(
    r"\A(?:by|(?:words|written|text|story|reporting|photos?|video) by)\s+[A-Z\u00c0-\u024f]", re.I
)
_BULLET = re.compile(r"\A[-•*·–—▪►]\s+")
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»')
_PRONOUN = re.compile(r"\b(?:we|us|our|ours|you|your|yours)\b", re.I)
_PAREN_END = re.compile(r"\(([^()]{2,160})\)\s*\Z")
_LOWER_OK = frozenset({"via", "of", "and", "for", "the", "de", "in", "by", "on", "from", "at"})


def word_count(line: str) -> int:
    """Words in a whitespace-collapsed line (cheap: lines are collapsed before any test)."""
    return line.count(" ") + 1 if line else 0


@lru_cache(maxsize=4096)
def _tokens(line: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(line.lower()))


def _last_char(line: str) -> str:
    stripped = line.rstrip().rstrip(_CLOSERS)
    return stripped[-1:] if stripped else ""


def is_prose(line: str) -> bool:
    """A sentence paragraph: ends like a sentence and has some length, or is simply long."""
    words = word_count(line)
    return words >= 30 or (words >= 6 and _last_char(line) in ".!?…")


def is_headline_like(line: str) -> bool:
    """Short, starts with a capital, digit or quote, and does not end with a full stop."""
    words = word_count(line)
    if not 2 <= words <= 30 or len(line) > 220:
        return False
    first = line.lstrip("-•*·–—‘“\"' ")[:1]
    return (first.isupper() or first.isdigit()) and _last_char(line) not in ".,;:"


def is_list_item(line: str) -> bool:
    """An entry of a list of links: a bullet, or a short line that does not end with a period."""
    words = word_count(line)
    if _BULLET.match(line):
        return words <= 40
    return words <= 30 and _last_char(line) != "."


def is_ui_line(line: str) -> bool:
    """A whole-line UI phrase, or a short line made of button, menu and section words."""
    if len(line) > 400:
        return False
    if vocab.pattern("ui_phrases", whole_line=True).match(line.strip(" .:|-•·")):
        return True
    if word_count(line) >= 10 and is_prose(line):
        return False
    tokens = _tokens(line)
    if not tokens or len(tokens) > 40:
        return False
    known = vocab.words("ui_words") | vocab.words("nav_words")
    content = [token for token in tokens if token not in vocab.words("stop_words")]
    if not content:
        return False
    hits = sum(token in known for token in content)
    if not any(token in vocab.words("ui_words") for token in content):
        return len(content) >= 3 and hits == len(content) and len(tokens) <= 12  # a menu
    return hits >= len(content) * (0.75 if len(tokens) <= 12 else 0.9)


def cut_trailing_ui(line: str) -> tuple[str, bool]:
    """Cut share buttons glued after the last sentence ("... said. Share Tweet Email")."""
    if _last_char(line) in ".!?…":
        return line, False
    fragments = _FRAGMENT_SPLIT.split(line)
    if len(fragments) < 2 or not is_ui_line(fragments[-1]):
        return line, False
    return line[: len(line) - len(fragments[-1])].rstrip(), True


def is_end_marker(line: str) -> bool:
    """The start of the comment area or footer ("23 Comments", "Leave a Reply")."""
    text = line.strip(" :|-•·")
    return len(text) < 60 and bool(vocab.pattern("end_markers", whole_line=True).match(text))


def is_service_line(line: str) -> bool:
    """Login, notification, cookie or newsletter talk: one phrase in a short line, two in a long."""
    words = word_count(line)
    if words > 60 or vocab.words("service_words").isdisjoint(_tokens(line)):
        return False
    hits = len(vocab.pattern("service_phrases").findall(line))
    return hits >= (1 if words <= 20 else 2)


def is_section_header(line: str) -> bool:
    """The heading of a list of other stories: "Related", "Most read", "More from Politics"."""
    text = line.strip(" :|-•·>»").strip()
    return word_count(text) <= 7 and bool(
        vocab.pattern("section_headers", whole_line=True).match(text)
    )


def is_label_line(line: str) -> bool:
    """A label whose value is on the next line: "Posted in", "Filed under", "Tags:"."""
    return bool(
        re.fullmatch(
            r"(posted|filed|published) (in|under)|tags?|topics?|categor(y|ies)",
            line.strip(" :").lower(),
        )
    )


def is_author_line(line: str) -> bool:
    """A byline naming the writer: "By Jane Roe", "By Jane Roe and John Doe, Reuters"."""
    return bool(_AUTHOR.match(line)) and word_count(line) <= 10 and _last_char(line) != "."


def is_caption(line: str) -> bool:
    """A photo caption marked as such: a credit in the closing parenthesis or a credit phrase."""
    if _last_char(line) == "." and not line.rstrip().endswith(")"):
        tail = line[-80:]
        return bool(vocab.pattern("credit_phrases").search(tail)) and word_count(line) <= 80
    paren = _PAREN_END.search(line)
    if paren and _credit_like(paren.group(1)):
        return True
    return word_count(line) <= 80 and bool(vocab.pattern("credit_phrases").search(line))


def _credit_like(inside: str) -> bool:
    tokens = re.findall(r"[\w'’-]+", inside)
    if not tokens:
        return False
    if any(token.lower() in vocab.words("credit_words") for token in tokens):
        return True
    capital = [token for token in tokens if token[:1].isupper()]
    others = [t for t in tokens if not t[:1].isupper() and t.lower() not in _LOWER_OK]
    return len(capital) >= 2 and not others


def cut_icon_inventory(line: str) -> tuple[str, int]:
    """Cut runs of 3+ icon descriptions ("Tick An icon of a tick mark."); text left, count cut."""
    fragments = _FRAGMENT_SPLIT.split(line)
    if len(fragments) < 3:
        return line, 0
    flags = [_is_icon_fragment(fragment) for fragment in fragments]
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
            if inner and _is_icon_fragment(fragments[position][inner.start() :].lstrip()):
                index = pieces.index(fragments[position])
                pieces[index] = fragments[position][: inner.start()].rstrip()
                cut += 1
    return " ".join(piece for piece in pieces if piece), cut


def _is_icon_fragment(fragment: str) -> bool:
    if not _ICON_SHAPE.match(fragment) or word_count(fragment) > 40:
        return False
    return any(token in vocab.words("icon_words") for token in _tokens(fragment))


def cut_breadcrumb(line: str) -> tuple[str, bool]:
    """Remove a leading breadcrumb ("Current:Home > News") and return what follows it."""
    body = _CRUMB_LEAD.sub("", line.strip())
    parts = _CRUMB_SEP.split(body)
    if len(parts) < 2 or word_count(parts[0]) > 3:
        return line, False
    nav = vocab.words("nav_words") | vocab.words("ui_words")
    if not all(0 < word_count(p) <= 3 for p in parts[:-1]) or not (
        set(_tokens(parts[0])) & nav or _CRUMB_LEAD.match(line.strip())
    ):
        return line, False
    last = parts[-1]
    glue = _GLUE.search(last)
    if glue and glue.start() <= 30:
        return last[glue.start() :].strip(), True
    if word_count(last) <= 3:
        return "", True
    words = last.split()
    lead = 0
    while lead < len(words) - 1 and words[lead].lower() in nav:
        lead += 1
    return " ".join(words[lead:]), True


def appeal_strength(line: str) -> int:
    """2 for a donation/subscription appeal, 1 for a sentence speaking as we/you, else 0."""
    if not _PRONOUN.search(line) or word_count(line) > 150:
        return 0
    outside = _QUOTED.sub(" ", line)
    if not _PRONOUN.search(outside):
        return 0
    if vocab.pattern("appeal_phrases").search(outside):
        return 2
    hits = {token for token in _tokens(outside) if token in vocab.words("appeal_words")}
    return 2 if len(hits) >= 2 else 1
