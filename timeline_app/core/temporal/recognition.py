"""Recognition: the text alone to an anchor-free :class:`Parse`, cached per content hash.

What an article says does not change when its anchor does. The anchor checks try dozens of
candidate anchors per article, a user corrects an anchor or an expression: each of those only
re-resolves (:func:`.tagger.resolve`) the parse recognised once here. A parse is plain data
(spans, rule ids, the matched groups as strings, the sentence starts), so it pickles to worker
processes and compares equal for equal texts.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain

from . import grammar, lexicon
from .context import sentence_starts
from .guards import GUARDS
from .rule_filter import possible_rules
from .triggers import trigger_positions, windows

__all__ = ["CACHE_SIZE", "Match", "Parse", "cache_parse", "cached_parse", "content_hash",
           "recognise", "recognise_batch"]

CACHE_SIZE = 4096
"""Parses kept (least recently used dropped first): a story's articles, with room to spare
(the anchor checks re-resolve them after loading; ``CACHE_MATCHES`` bounds the memory)."""
CACHE_MATCHES = 100_000
"""Matches kept in all (some 550 bytes each, so about 55 MB): a dense megabyte holds 35,000."""

Candidate = tuple[int, int, grammar.Rule, re.Match[str]]
Guard = Callable[[str, int, int], bool]
Plan = tuple[tuple[tuple[str, ...], tuple[int, int]],
             tuple[tuple[grammar.Rule, Guard | None, bool], ...]]


@dataclass(frozen=True, slots=True)
class Match:
    """One chosen match: its span, the rule, and each named group as written (None if unused)."""

    start: int
    end: int
    rule: str
    groups: tuple[tuple[str, str | None], ...]

    def group(self, name: str) -> str | None:
        for key, value in self.groups:  # (a loop: a generator per call cost twice as much)
            if key == name:
                return value
        return None


@dataclass(frozen=True, slots=True)
class Parse:
    """What recognition found in a text, with no anchor in it.

    ``digest`` is the text's content hash (:func:`content_hash`), ``length`` its length,
    ``lang`` the language whose grammar (``resources/rules/<lang>/``) recognised it;
    ``matches`` the chosen non-overlapping matches in text order; ``sentence_starts`` the
    offsets where sentences begin (the narrative's reach is counted in sentences).
    """

    digest: str
    lang: str
    length: int
    matches: tuple[Match, ...]
    sentence_starts: tuple[int, ...]

    def fits(self, text: str) -> bool:
        """True when this parse was recognised from ``text``."""
        return len(text) == self.length and content_hash(text) == self.digest


def content_hash(text: str) -> str:
    """A digest of ``text`` that is the same in every process (no hash seed)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@cache
def _plans(lang: str) -> tuple[Plan, ...]:
    """The rules grouped by trigger words and reach (their windows are the same).

    With their guards and whether each matches only at the text's start.

    Looked up once per process, not once per rule and text.
    """
    groups: dict[tuple[tuple[str, ...], tuple[int, int]], list] = {}
    for rule in grammar.rules(lang):
        guard = GUARDS.get(rule.params.get("guard", ""))
        groups.setdefault((rule.triggers, rule.reach), []).append((rule, guard, rule.text_start))
    return tuple((key, tuple(rules)) for key, rules in groups.items())


@cache
def _plan_orders(lang: str) -> tuple[frozenset[int], ...]:
    """The ``order`` of each plan's rules (the rule filter's numbers)."""
    return tuple(frozenset(rule.order for rule, _, _ in rules) for _, rules in _plans(lang))


@cache
def _plans_of_triggers(lang: str) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Each trigger -> the plans (indices in :func:`_plans`) it opens; the plans without any."""
    opened: dict[str, list[int]] = {}
    always: list[int] = []
    for i, ((triggers, _), _) in enumerate(_plans(lang)):
        for trigger in triggers:
            opened.setdefault(trigger, []).append(i)
        if not triggers:
            always.append(i)
    return {t: tuple(plans) for t, plans in opened.items()}, tuple(always)


def _open_plans(lang: str, where: dict[str, list[int]]) -> list[int]:
    """The plans (in order) whose trigger words occur: a text holds about half of them."""
    opened, always = _plans_of_triggers(lang)
    active = set(always)
    for trigger, positions in where.items():
        if positions and trigger in opened:
            active.update(opened[trigger])
    return sorted(active)


Scan = tuple[str, dict[str, list[int]], frozenset[int] | None]
"""A text's native scans: the text lower-cased, its trigger positions, the rules possible in it."""


def _scan(text: str, lang: str) -> Scan:
    """What the native passes over ``text`` find: trigger positions, the rules possible.

    The rule filter reads the lower-cased text only where lower-casing kept every offset (true
    but for rare scripts).
    """
    low = text.lower()
    possible = possible_rules(low, lang) if len(low) == len(text) else None
    return low, trigger_positions(text, low, lang), possible


def _candidates(text: str, lang: str = lexicon.DEFAULT_LANG, *, scan_all: bool = False,
                prefilter: bool = True, scanned_ahead: Scan | None = None) -> list[Candidate]:
    """Every match of every rule of ``lang``, each rule run only near its trigger words.

    Only the rules :func:`.rule_filter.possible_rules` finds possible in the text are run.
    ``scanned_ahead`` is the text's :func:`_scan`, if made already (:func:`recognise_batch`).
    ``scan_all`` runs every rule over all the text, ``prefilter=False`` skips the rule
    filter: only to check and measure the pre-filters (bench_tagger, bench_throughput).
    """
    found: list[Candidate] = []
    low, where, possible = scanned_ahead or _scan(text, lang)
    same = len(low) == len(text)  # lower-casing kept every offset (true but for rare scripts)
    scanned = low if same else text
    size = len(text)
    merged: dict[tuple[str, ...], list[int]] = {}
    plans = _plans(lang)
    orders = _plan_orders(lang)
    if scan_all or not prefilter:
        possible = None  # (the rules that can match somewhere in the text; None: any may)
    for i in range(len(plans)) if scan_all else _open_plans(lang, where):
        (triggers, reach), rules = plans[i]
        if possible is not None and possible.isdisjoint(orders[i]):
            continue  # none of the plan's rules can match: its windows are not even drawn
        if scan_all or not triggers:
            spans = [(0, size)]
        else:
            hits = merged.get(triggers)
            if hits is None:  # one trigger's offsets come sorted; several are merged once
                lists = [where[t] for t in triggers if t in where]
                hits = merged[triggers] = (
                    lists[0] if len(lists) == 1 else sorted(chain.from_iterable(lists)))
            spans = windows(hits, size, *reach)
            if not spans:
                continue
        for rule, guard, text_start in rules:
            if possible is not None and rule.order not in possible:
                continue
            finditer, alone, cased, search = rule.scan if same else rule.scan_icase
            # a match at the text's start lies in the first window, if that one starts there
            for lo, hi in (spans[:1] if spans[0][0] == 0 else ()) if text_start else spans:
                first = search(scanned, lo, hi)  # (most windows hold no match of the rule:
                if first is None:  # a search costs less than an iterator that finds nothing)
                    continue
                # then the rest, from where the first ends, as finditer would go on (an empty
                # first match: finditer again, which steps past it its own way)
                for m in (chain((first,), finditer(scanned, first.end(), hi))
                          if first.end() > first.start() else finditer(scanned, lo, hi)):
                    s, e = m.span()
                    if e <= s or (cased is not None and not cased(text, m)):
                        continue
                    if guard is not None and not guard(text, s, e):
                        continue
                    if alone and m.group(grammar.ALONE) is not None and text[e:].strip(_TAIL):
                        continue  # no word vouches for it, and it is not the whole text
                    found.append((s, e, rule, m))
    return found


_TAIL = " \t\r\n.,;:!?\"'\u201d\u2019)"
"""What may follow a phrase that is the whole text: spaces and closing punctuation."""


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Longest match wins; among equals the earlier rule; then left to right."""
    # the characters already taken, one byte each: linear in the text (sorted lists of the
    # taken spans cost a list.insert each, quadratic in a big text's matches)
    taken = bytearray(max((c[1] for c in cands), default=0))
    chosen: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (c[0] - c[1], c[2].order, c[0])):
        s, e = cand[0], cand[1]
        if taken.find(1, s, e) >= 0:
            continue
        taken[s:e] = b"\x01" * (e - s)
        chosen.append(cand)
    chosen.sort(key=lambda c: c[0])
    return chosen


_group_names: dict[int, tuple[re.Pattern[str], tuple[tuple[str, int], ...]]] = {}
"""Each rule pattern's named groups and their numbers, by the pattern's id (a pattern hashes
its whole compiled code; ``groupindex`` is a new mapping each call). The pattern is kept with
them, so that its id is never another's."""


def _as_match(text: str, s: int, e: int, rule: grammar.Rule, m: re.Match[str]) -> Match:
    known = _group_names.get(id(m.re))
    if known is None or known[0] is not m.re:
        known = _group_names[id(m.re)] = (m.re, tuple(m.re.groupindex.items()))
    names = known[1]
    spans = m.regs  # the original spelling, not the lower-cased
    groups = tuple([(name, text[spans[i][0]:spans[i][1]] if spans[i][0] >= 0 else None)
                    for name, i in names])
    shared = _shared_groups.get(groups)  # "March", "2024", unused groups: the same few tuples
    if shared is None:
        if len(_shared_groups) >= _SHARED_GROUPS_MAX:
            _shared_groups.clear()
        shared = _shared_groups[groups] = groups
    return Match(s, e, rule.id, shared)


_shared_groups: dict[tuple, tuple] = {}
"""One tuple for each distinct ``groups`` met: a match's groups were seven small objects, ten
bytes of memory for each byte of a densely dated text (a third of a gigabyte at 34 MB)."""
_SHARED_GROUPS_MAX = 1 << 16


def _recognise(text: str, lang: str, digest: str, scanned_ahead: Scan | None = None) -> Parse:
    with lexicon.speaking(lang):  # the guards read the language's word lists
        chosen = _select(_candidates(text, lang, scanned_ahead=scanned_ahead))
        return Parse(digest, lang, len(text), tuple(_as_match(text, *c) for c in chosen),
                     tuple(sentence_starts(text, lang)))


_cache: OrderedDict[tuple[str, str], Parse] = OrderedDict()
_matches = 0  # matches held by the cached parses
_big: Parse | None = None  # the one parse too big for the cache: a big text re-read, not re-found
_lock = threading.Lock()


def cached_parse(lang: str, digest: str) -> Parse | None:
    """The cached parse of the text with this content hash, read with ``lang``'s grammar."""
    with _lock:
        hit = _cache.get((lang, digest))
        if hit is not None:
            _cache.move_to_end((lang, digest))
            return hit
        if _big is not None and (_big.lang, _big.digest) == (lang, digest):
            return _big
    return None


def recognise(text: str, lang: str | None = None) -> Parse:
    """The anchor-free parse of ``text`` (recognised once per content, then from a cache).

    ``lang`` (ISO 639-1) picks the grammar folder; a language without one is read with the
    default grammar, and the parse says which it was.
    """
    lang = lexicon.grammar_language(lang)
    digest = content_hash(text)
    hit = cached_parse(lang, digest)
    if hit is not None:
        return hit
    parse = _recognise(text, lang, digest)
    cache_parse(parse)
    return parse


def recognise_batch(items: Sequence[tuple[str, str | None]]) -> None:
    """Recognise several texts into the cache, their native scans all made first.

    Hyperscan's databases are read from memory at each scan: run one after another they stay
    in the processor's caches, where between two texts' recognitions they did not (the rule
    filter's scans of bench_throughput's 3 MB: 0.11 against 0.23 s). Same parses as
    :func:`recognise` one by one.
    """
    todo = []
    for text, given in items:
        lang = lexicon.grammar_language(given)
        digest = content_hash(text)
        if cached_parse(lang, digest) is None:
            todo.append((text, lang, digest))
    scans = [_scan(text, lang) for text, lang, _ in todo]
    for (text, lang, digest), scan in zip(todo, scans, strict=True):
        cache_parse(_recognise(text, lang, digest, scan))


def cache_parse(parse: Parse) -> None:
    """Keep ``parse``; one too big for the cache replaces the previous big one."""
    global _matches, _big
    key = (parse.lang, parse.digest)
    with _lock:
        if len(parse.matches) > CACHE_MATCHES:
            _big = parse
            return
        if key not in _cache:
            _matches += len(parse.matches)
        _cache[key] = parse
        _cache.move_to_end(key)
        while len(_cache) > CACHE_SIZE or _matches > CACHE_MATCHES:
            _, dropped = _cache.popitem(last=False)
            _matches -= len(dropped.matches)


def clear_cache() -> None:
    """Forget every cached parse (tests; a changed grammar)."""
    global _matches, _big
    with _lock:
        _cache.clear()
        _matches, _big = 0, None
