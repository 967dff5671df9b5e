"""Choosing the headline of a dumped page, and recognising it (or a copy of it) elsewhere."""

from __future__ import annotations

import re

from . import furniture as f
from . import vocab
from .passes import BULLET, head_lines

__all__ = ["drop_duplicates", "same_headline", "strip_site_suffix", "take_title"]

_SUFFIX = re.compile(r"\A\s*(?:[-–—|:·•]\s*|\s-)\S.{0,50}\Z")
_FOLD = str.maketrans("‘’“”«»–—", '\'\'""""--')


def _fold(line: str) -> str:
    return " ".join(line.translate(_FOLD).casefold().split()).strip(" .")


def same_headline(line: str, title: str) -> bool:
    """``line`` is ``title``, possibly followed by a site suffix (" - Site", " | Site")."""
    if line[:3].casefold() != title[:3].casefold():
        return False
    return _same_folded(_fold(line), _fold(title))


def _same_folded(a: str, b: str) -> bool:
    """:func:`same_headline` of two lines already folded."""
    return bool(b) and (a == b or (a.startswith(b) and bool(_SUFFIX.match(a[len(b) :]))))


_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " // ")


def strip_site_suffix(title: str, *, headline: str = "", strict: bool = False) -> str:
    """A page title without its " - Site Name" suffix (or the page's own headline if it fits).

    ``strict`` (for titles read from plain text) cuts only a suffix written like a name, every
    word capitalised ("Storm hits coast | Example News"), never "... - live updates".
    """
    title = " ".join(title.split())
    if headline and title.startswith(headline):
        return headline
    for separator in _SEPARATORS:
        if separator in title:
            head, tail = title.rsplit(separator, 1)
            named = all(word[:1].isupper() or not word[:1].isalpha() for word in tail.split())
            if len(tail.split()) <= 4 and len(head.split()) >= 3 and (named or not strict):
                return head.strip()
    return title


def drop_duplicates(paras: list[str], keep: list[bool]) -> None:
    """Of two neighbouring copies of a line (one maybe with a site suffix), keep one."""
    indexes = [i for i, kept in enumerate(keep) if kept]
    folded: dict[int, str] = {}  # each line folded once, if its start matches a neighbour's
    for a, b in zip(indexes, indexes[1:], strict=False):
        if not (keep[a] and keep[b]) or paras[a][:3].casefold() != paras[b][:3].casefold():
            continue  # same_headline either way round starts with this test
        for i in (a, b):
            if i not in folded:
                folded[i] = _fold(paras[i])
        if _same_folded(folded[a], folded[b]):
            keep[a] = False  # the first carries a site suffix, or both are the same
        elif _same_folded(folded[b], folded[a]):
            keep[b] = False


_NUMBER = re.compile(r"\d+(?![\d.,]*\s?%)")
"""A number of a date or time line; a share ("a rise of 4.9%") is a headline's quantity."""


def _title_like(line: str) -> bool:
    """Headline-like, three words or more, and not a date/time line that was not understood."""
    words = f.word_count(line)
    return words >= 3 and f.is_headline_like(line) and (words > 8 or len(_NUMBER.findall(line)) < 2)


def _similar(line: str, title: str) -> bool:
    """Nearly the same words (the page's h1 beside a slightly different og:title)."""
    a, b = set(f.tokens(line)), set(f.tokens(title))
    return f.is_headline_like(line) and len(a & b) >= 0.7 * max(len(a), len(b), 1)


_MENU_SEPARATOR = re.compile(r"\s+[|>›»/·•]\s+")
MENU_ITEM_WORDS = 3


def _menu_like(line: str) -> bool:
    """Sections or a breadcrumb between separators ("News | Incidents", "Plant safety | 36").

    Each item is a few capitalised words or numbers; a headline with a site after a bar has
    lower-case words.
    """
    items = _MENU_SEPARATOR.split(line.strip())
    return len(items) >= 2 and all(_menu_item(item.split()) for item in items)


def _menu_item(words: list[str]) -> bool:
    """A section's name: capitalised words, or two words in sentence case ("Plant safety")."""
    if not 0 < len(words) <= MENU_ITEM_WORDS or not (words[0][:1].isupper() or words[0].isdigit()):
        return False
    named = all(w[:1].isupper() or w[:1].isdigit() or w in ("&", "and") for w in words)
    return named or len(words) <= 2


KICKER_MAX_WORDS = 3
"""A kicker (section label above a headline) is this short and holds a section word."""


def _kicker(line: str) -> bool:
    known = vocab.union("ui_words", "nav_words")
    return f.word_count(line) <= KICKER_MAX_WORDS and not known.isdisjoint(f.tokens(line))


NAME_MAX_WORDS = 6
_ELIDED = re.compile(r"[a-z]['’][A-Z]")
"""An elided particle before a name ("l'Orme", "d'Italia")."""
_NAME_PARTICLES = frozenset(
    "of the and en de du del la le y et für der & - da do dos das des di della von van".split()
)


def _name_like(line: str) -> bool:
    """A short line of capitalised words, as a site's name ("Southern Cone Wire, en Español").

    A channel's number is part of its name ("KANAL 3 NEWS", "Radio 1"), when words come with it.
    """
    words = line.replace(",", " ").split()
    return 0 < len(words) <= NAME_MAX_WORDS and not all(w.isdigit() for w in words) and all(
        w[:1].isupper() or w.lower() in _NAME_PARTICLES or w.isdigit() or _ELIDED.match(w)
        for w in words
    )


_FIELD = re.compile(r"[A-Z][A-Z ]{2,}:\s")
"""A field of the page's head in capitals ("NEWSPAPER SECTION: News", "WRITER: ..."): no title."""


def _site_name(line: str, below: str) -> bool:
    """A name above a headline that is not one: capitalised words over a sentence-case line."""
    words = below.split()
    sentence_case = len(words) >= 4 and sum(w[:1].islower() for w in words[1:]) >= len(words) // 2
    return _name_like(line) and sentence_case


def _below_stamps(
    paras: list[str], candidates: list[int], chosen: int, markers: set[int]
) -> int | None:
    """The headline under the stamps, when the site's name stands alone above them.

    "Southern Cone Wire", a clock, "Uruguay", a stamp, "Dredging contract goes to ...": the
    first headline-like line below the last date or byline marker of the page's head.
    """
    stamps = [m for m in markers if m > chosen]
    if not stamps:
        return None
    later = [i for i in candidates if i > max(stamps) and not _FIELD.match(paras[i])]
    return later[0] if later else None


def take_title(
    paras: list[str], keep: list[bool], known: str, markers: set[int]
) -> tuple[str, bool]:
    """Pick the headline and drop it and everything above it from the text.

    The headline opens the block of headline-like lines right above the byline (or above the
    first paragraph when there is no byline): below it may come a standfirst, above it lies
    page furniture. A short kicker opening the block is passed over.
    """
    head = head_lines(paras, keep)
    if known:
        for i in head[:4]:
            if same_headline(paras[i], known) or _similar(paras[i], known):
                keep[i] = False
        return known, True
    candidates = [i for i in head if _title_like(paras[i])]
    if not candidates:
        return "", False
    after = [m for m in sorted(markers) if m > candidates[0]]
    before = [i for i in candidates if not after or i < after[0]]
    before = [i for i in before if not _menu_like(paras[i])] or before
    unnamed = [i for i in before if not f.is_role_line(paras[i])]
    before = unnamed or before  # "The Associated Press" is a byline, if anything else will do
    run = [before[-1]]
    for i in reversed(before[:-1]):
        if run[0] - i > 3:  # a long stretch of furniture between: a menu, a tagline
            break
        run.insert(0, i)
    chosen = run[0]
    if len(run) >= 2 and _kicker(paras[chosen]):
        chosen = run[1]  # "Israel-Hamas war latest" above the headline is a kicker
    if len(run) == 1 and _name_like(paras[chosen]):
        chosen = _below_stamps(paras, candidates, chosen, markers) or chosen
    elif len(run) >= 2 and chosen == run[0] and _site_name(paras[chosen], paras[run[1]]):
        chosen = run[1]  # "THE HARBOUR GAZETTE" above "Empty glass cases and a smashed pane"
    for i in head:
        if i <= chosen:
            keep[i] = False
    return strip_site_suffix(BULLET.sub("", paras[chosen]), strict=True), True
