"""Telling page furniture from article text, one whole line at a time.

Every test here is general: vocabularies live in ``resources/ingest/*.txt`` and the shapes are those
of menus, buttons, icon inventories, captions, link lists and appeals found on news sites at large.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import vocab

__all__ = [
    "appeal_strength",
    "is_end_marker",
    "is_author_line",
    "is_caption",
    "is_headline_like",
    "is_list_item",
    "is_label_line",
    "is_name_line",
    "is_role_line",
    "is_role_line_any",
    "is_prose",
    "is_menu_item",
    "is_section_header",
    "opens_with_section_header",
    "is_service_line",
    "is_ui_line",
    "last_char",
    "tokens",
    "word_count",
]

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d[\d,.]*")
_END_MARKS = frozenset(".,;:!?")
_CLOSERS = "\"'”’»)]*"
_AUTHOR = re.compile(
    r"\A(?:by|(?:words|written|text|story|reporting|photos?|video) by)\s+[A-Z\u00c0-\u024f]", re.I
)
_BULLET = re.compile(r"\A[-•*·–—▪►]\s+")
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»')
_PRONOUNS = frozenset(
    {"we", "us", "our", "ours", "you", "your", "yours"}
    | {
        f"{who}{mark}{end}"
        for who in ("we", "you")
        for mark in "'’"
        for end in ("ve", "re", "ll", "d")
    }
)
_PRONOUN = re.compile(r"\b(?:we|us|our|ours|you|your|yours)\b", re.I)
_PAREN_END = re.compile(r"\(([^()]{2,160})\)\s*\Z")
_NAME_LINKS = frozenset({"and", "in", "de", "van", "von", "der", "del", "da", "la", "le", "y", "&"})
_LOWER_OK = frozenset({"via", "of", "and", "for", "the", "de", "in", "by", "on", "from", "at"})


def word_count(line: str) -> int:
    """Words in a whitespace-collapsed line (cheap: lines are collapsed before any test)."""
    return line.count(" ") + 1 if line else 0


@lru_cache(maxsize=4096)
def tokens(line: str) -> tuple[str, ...]:
    """The lower-cased words and numbers of ``line``: what ``_WORD`` finds, found faster.

    No token spans a space, so each whitespace-separated piece is read alone, and the common
    pieces (a bare word, a word before a comma or full stop) need no regex at all.
    """
    out: list[str] = []
    for piece in line.lower().split():
        if piece.isalpha():
            out.append(piece)
        elif piece[-1] in _END_MARKS and piece[:-1].isalpha():
            out.append(piece[:-1])
        else:
            out.extend(_WORD.findall(piece))
    return tuple(out)


def last_char(line: str) -> str:
    stripped = line.rstrip().rstrip(_CLOSERS)
    return stripped[-1:] if stripped else ""


def is_prose(line: str) -> bool:
    """A sentence paragraph: ends like a sentence and has some length, or is simply long."""
    words = word_count(line)
    return words >= 30 or (words >= 6 and last_char(line) in ".!?…")


def is_headline_like(line: str) -> bool:
    """Short, starts with a capital, digit or quote, and does not end with a full stop."""
    words = word_count(line)
    if not 2 <= words <= 30 or len(line) > 220:
        return False
    first = line.lstrip("-•*·–—‘“\"' ")[:1]
    return (first.isupper() or first.isdigit()) and last_char(line) not in ".,;:"


def is_list_item(line: str) -> bool:
    """An entry of a list of links: a bullet, or a short line that does not end with a period."""
    words = word_count(line)
    if _BULLET.match(line):
        return words <= 40
    return words <= 30 and last_char(line) != "."


def is_ui_line(line: str) -> bool:
    """A whole-line UI phrase, or a short line made of button, menu and section words."""
    if len(line) > 400 or word_count(line) > 40:
        return False
    if vocab.pattern("ui_phrases", whole_line=True).match(line.strip(" .:|-•·")):
        return True
    if word_count(line) <= 40 and vocab.pattern("ui_contains").search(line):
        return True
    if word_count(line) >= 10 and is_prose(line):
        return False
    words = tokens(line)
    if not words or len(words) > 40:
        return False
    known = vocab.union("ui_words", "nav_words")
    content = [token for token in words if token not in vocab.words("stop_words")]
    if not content:
        return False
    hits = sum(token in known for token in content)
    if not any(token in vocab.words("ui_words") for token in content):  # a menu of sections?
        # (separators are no words: "News | Culture | Sport", "Home > Business > Retail")
        # (a script without case, "정치 경제 사회", counts as capitalised)
        capitalized = all(not word[:1].islower() for word in line.split() if word[:1].isalnum())
        return (
            len(content) >= 3 and len(words) <= 12 and capitalized and hits >= 0.65 * len(content)
        )
    return hits >= len(content) * (0.75 if len(words) <= 12 else 0.9)


MENU_ITEM_WORDS = 2


def is_menu_item(line: str) -> bool:
    """A menu dumped one item per line: "Lokales", "Sport", "Новости" (a word or two, all known)."""
    words = tokens(line)
    known = vocab.union("ui_words", "nav_words")
    return 0 < len(words) <= MENU_ITEM_WORDS and all(word in known for word in words)


def is_end_marker(line: str) -> bool:
    """The start of the comment area or footer ("23 Comments", "Leave a Reply")."""
    text = line.strip(" :|-•·")
    return len(text) < 60 and bool(vocab.pattern("end_markers", whole_line=True).match(text))


def is_service_line(line: str) -> bool:
    """Login, notification, cookie or newsletter talk: one phrase in a short line, two in a long."""
    words = word_count(line)
    if words > 60 or vocab.words("service_words").isdisjoint(tokens(line)):
        return False
    hits = vocab.pattern("service_phrases").count(line)
    return hits >= (1 if words <= 20 else 2)


_COMMENTS_ON = re.compile(
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten) "
    r"(thoughts?|responses?|comments?|replies|reactions?) (on|to) \S",
    re.IGNORECASE,
)
"""A blog's comment heading that names its post ("3 thoughts on "New crossing for Mill Lane""),
as long as the post's title: the dates below are the comments'."""


def is_section_header(line: str) -> bool:
    """The heading of a list of other stories: "Related", "Most read", "More from Politics"."""
    text = line.strip(" :|-•·>»").strip()
    if word_count(text) <= 30 and _COMMENTS_ON.match(text):
        return True
    return word_count(text) <= 7 and bool(
        vocab.pattern("section_headers", whole_line=True).match(text)
    )


_HEADED_ITEM = re.compile(r"\A([^:|]{3,40}?)\s*[:|]\s*\S")


def opens_with_section_header(line: str) -> bool:
    """A list's heading and its item on one line: "Lesen Sie auch: Neue Brücke (17.09.2024)"."""
    headed = _HEADED_ITEM.match(line.strip())
    return headed is not None and is_section_header(headed.group(1))


_LABEL = re.compile(r"(posted|filed|published) (in|under)|tags?|topics?|categor(y|ies)")


def is_label_line(line: str) -> bool:
    """A label whose value is on the next line: "Posted in", "Filed under", "Tags:"."""
    return bool(_LABEL.fullmatch(line.strip(" :").lower()))


def is_author_line(line: str) -> bool:
    """A byline naming the writer: "By Jane Roe", "By Jane Roe and John Doe, Reuters"."""
    return bool(_AUTHOR.match(line)) and word_count(line) <= 10 and last_char(line) != "."


def is_caption(line: str) -> bool:
    """A photo caption marked as such: a credit in the closing parenthesis or a credit phrase."""
    if last_char(line) == "." and not line.rstrip().endswith(")"):
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


def appeal_strength(line: str) -> int:
    """2 for a donation/subscription appeal, 1 for a sentence speaking as we/you, else 0."""
    words = word_count(line)
    if words > 150:
        return 0
    spoken = not _PRONOUNS.isdisjoint(tokens(line))
    if not spoken or not _PRONOUN.search(outside := _QUOTED.sub(" ", line)):
        if words > 25:
            return 0
        phrases = vocab.pattern("appeal_phrases").count(line)
        hits = vocab.words("appeal_words").intersection(tokens(line))
        return 2 if phrases >= 2 or (phrases and hits) else 0
    if vocab.pattern("appeal_phrases").search(outside):
        return 2
    hits = vocab.words("appeal_words").intersection(tokens(outside))
    return 2 if len(hits) >= 2 else 1


def is_name_line(line: str) -> bool:
    """A writer's or agency's name ("Jane Roe", "The Associated Press", "Jane Roe in Madrid")."""
    words = line.split()
    if not 1 <= len(words) <= 5 or last_char(line) in ".!?:" or any(c.isdigit() for c in line):
        return False
    capital = [w for w in words if w[:1].isupper()]
    return len(capital) >= 1 and all(w[:1].isupper() or w in _NAME_LINKS for w in words)


def is_role_line_any(line: str) -> bool:
    """Holds a writer's role word, however long the line ("... is a reporter for ...")."""
    return not vocab.words("role_words").isdisjoint(tokens(line))


def is_role_line(line: str) -> bool:
    """A writer's role, maybe with a name ("Staff Writer", "Jane Roe, Economics correspondent")."""
    return word_count(line) <= 6 and not vocab.words("role_words").isdisjoint(tokens(line))
