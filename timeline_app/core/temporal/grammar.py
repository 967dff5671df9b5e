"""The recognition grammar: the lines of ``resources/rules/<lang>/rules.txt``, macros expanded.

A rule is data (id, TIMEX3 type, normalization action with parameters, regex, examples); this
module only parses the file and compiles each pattern once, on first use. Each language is a
folder; its macros ({MONTH}, {UNIT}...) are built from the word lists beside its rules
(``resources/rules/README.md`` states what a folder holds).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property

from timeline_app.core.regex_cache import compile_cached
from timeline_app.core.resources import read_text

from . import lexicon
from .cues import word_set
from .triggers import AFTER, BEFORE

__all__ = ["Resolved", "Rule", "rules", "rules_by_id", "macros"]

Scan = tuple[Callable[..., Iterator[re.Match[str]]], bool,
             Callable[[str, re.Match[str]], bool] | None, Callable[..., re.Match[str] | None]]
"""A rule's finditer, whether it has the ``alone`` group, its case test, its search."""


@cache
def word_bounds(lang: str) -> tuple[str, str]:
    """What may not stand right before and after a match: a letter or digit, or a digit only.

    Japanese and Chinese write no spaces between words ("政府は28日に発表した"): there
    ``calendar.txt`` says ``word_space  none`` and only a digit glued on bounds a match.
    """
    if lexicon.table("calendar", lang).get("word_space") == "none":
        return r"(?<![\d０-９])", r"(?![\d０-９])"
    return r"(?<!\w)", r"(?!\w)"


@dataclass(frozen=True, slots=True)
class Resolved:
    """An example with the value it must resolve to: ``last Friday @ 2023-10-18 => 2023-10-13``."""

    text: str
    anchor: date
    value: str


@dataclass(frozen=True)
class Rule:
    """One grammar line; ``order`` breaks ties between overlapping matches of equal length."""

    id: str
    type: str
    action: str
    params: dict[str, str]
    pattern: str
    examples: tuple[str, ...]
    order: int
    lang: str = lexicon.DEFAULT_LANG
    resolved: tuple[Resolved, ...] = ()

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The pattern for lower-cased text (twice as fast as IGNORECASE), compiled on first use.

        A short text compiles only the rules its trigger words call for.
        """
        return self._compile(0)

    @cached_property
    def regex_icase(self) -> re.Pattern[str]:
        """The same pattern for text whose lower-casing would shift offsets (rare scripts)."""
        return self._compile(re.IGNORECASE)

    def _compile(self, flags: int) -> re.Pattern[str]:
        r"""``(?<!\w)(?:pattern)(?!\w)``: the pattern between word bounds.

        Only the windows around a rule's trigger words are searched, and only for the rules
        Hyperscan finds possible in the text (:mod:`.rule_filter`). Two older pre-filters no
        longer paid for themselves behind those: a look-ahead for the characters a match starts
        with, and a search for text every match holds before each window was tried
        (bench_throughput measured each within its noise, -0.04 to +0.01 s a MB, and each cost
        0.06 and 0.13 s of CPU in a process whose regex cache did not hold its analysis).
        """
        expanded = _expand(self.pattern, self.lang)
        before, after = word_bounds(self.lang)
        try:
            return compile_cached(rf"{before}(?:{expanded}){after}", flags)
        except re.error as exc:
            raise ValueError(f"rule {self.id}: {exc}") from exc

    @cached_property
    def cased_groups(self) -> tuple[tuple[str, bool], ...]:
        """The groups of this rule that need capitals (see :func:`cased_groups`)."""
        return tuple((name, whole) for name, whole in cased_groups(self.lang).items()
                     if name in self.regex.groupindex)  # fmt: skip

    def cased(self, text: str, m: re.Match[str]) -> bool:
        """The capitals the grammar requires are there in the original ``text``.

        A full month, weekday or holiday name may be in lower case ("last friday") unless it
        is also a common word ("may", "march"); such words and abbreviations ("sat") then
        need a number in the match ("may 5, 2020").
        """
        for name, whole in self.cased_groups:
            s, e = m.span(name)
            if s < 0:
                continue
            if whole:
                if any(c.islower() for c in text[s:e]) and not _whole(m, text, self.lang):
                    return False  # ("q3" typed alone is Q3)
            elif text[s].islower():  # digits ("10/18/2023") have no case to check
                word = " ".join(text[s:e].lower().split()).rstrip(".")
                full, homonyms = lower_case_names(self.lang)
                if (word not in full or (word in homonyms and not _DIGIT.search(text, *m.span())
                                         and not _narrowed(m) and not _of_inside(m, text, s)
                                         and not _vouched(text, s, self.lang))) \
                        and not _whole(m, text, self.lang):
                    return False
        return True

    @cached_property
    def scan(self) -> Scan:
        """What recognition runs on lower-cased text, looked up once per rule, not per text."""
        return (self.regex.finditer, ALONE in self.regex.groupindex,
                self.cased if self.cased_groups else None, self.regex.search)

    @cached_property
    def scan_icase(self) -> Scan:
        """The same for text whose lower-casing shifts offsets (rare scripts)."""
        return (self.regex_icase.finditer, ALONE in self.regex.groupindex,
                self.cased if self.cased_groups else None, self.regex_icase.search)

    @cached_property
    def reach(self) -> tuple[int, int]:
        """How far (chars) a match may extend before and after its trigger word."""
        before, _, after = self.params.get("reach", "").partition("/")
        return (int(before) if before else BEFORE, int(after) if after else AFTER)

    @cached_property
    def text_start(self) -> bool:
        r"""Every match starts the text: the pattern opens with ``(?<![\s\S])``, no ``|`` by it.

        Such a rule ("20240315" or "Monday" typed alone) can only match in a text's first window.
        """
        expanded = _expand(self.pattern, self.lang)
        return expanded.startswith(_TEXT_START) and not _top_level_bar(expanded)

    @cached_property
    def triggers(self) -> tuple[str, ...]:
        """Trigger classes or words, one of which occurs in every match (see ``triggers.py``)."""
        return tuple(self.params.get("trig", "").split("+")) if self.params.get("trig") else ()


_TEXT_START = r"(?<![\s\S])"


def _top_level_bar(pattern: str) -> bool:
    """Whether ``pattern`` has an alternation outside every group (escapes and sets skipped)."""
    depth, i, in_set = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif in_set:
            in_set = c != "]"
        elif c == "[":  # a set: "]" right after "[" or "[^" is a member, not its end
            in_set = True
            i += pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i + 1)
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def _narrowed(m: re.Match[str]) -> bool:
    """A modifier phrase vouches for a name that is a common word too ("mid-march").

    "the end of march" counts; a lone adverb does not ("they later may decide").
    """
    if "mod" not in m.re.groupindex or not m.group("mod"):
        return False
    mod = m.group("mod")
    return mod.endswith("-") or " " in mod.strip() or m.string[m.end("mod"):m.end("mod") + 1] == "-"


def _whole(m: re.Match[str], text: str, lang: str) -> bool:
    """The match is all the text but a preposition (a typed "mon", "in may", "nächste woche").

    Such a phrase has no other word to tell a name from a common word, nor capitals to go by:
    it is what it is typed for. The prepositions are the language's (``phrase_lead`` in
    ``cues.txt``).
    """
    if text[m.end():].strip(" \t\r\n.,;:!?)"):
        return False
    lead = " ".join(text[:m.start()].lower().split())
    leads = word_set("phrase_lead", lang)
    if not lead or lead in leads:
        return True
    first, _, rest = lead.partition(" ")  # a part of it: "end of q3", "by the end of q3"
    mods = lexicon.table("modifiers", lang)
    return lead in mods or (first in leads and rest in mods)


_LAST_WORD = re.compile(r"([^\W\d_]+)-?\s*$")


def _vouched(text: str, s: int, lang: str) -> bool:
    """A word right before that only a month takes vouches for it ("in may", "late march").

    The words are the language's (``name_vouch`` in ``cues.txt``); what follows must not be a
    verb's ("in may be" is no month).
    """
    before = _LAST_WORD.search(text, max(0, s - 16), s)
    if before is None or before.group(1).lower() not in word_set("name_vouch", lang):
        return False
    after = _FIRST_WORD.match(text, s)
    return after is None or after.group(1).lower() not in word_set("name_not_before", lang)


_FIRST_WORD = re.compile(r"[^\W\d_]+\.?\s+([^\W\d_]+)")


def _of_inside(m: re.Match[str], text: str, s: int) -> bool:
    """"the first monday of may": "of" inside the match, after words that need a month."""
    return s - 3 > m.start() and text[s - 3:s].lower() == "of "


_DIGIT = re.compile(r"\d")


@cache
def lower_case_names(lang: str = lexicon.DEFAULT_LANG) -> tuple[frozenset[str], frozenset[str]]:
    """(names that may be written in lower case, those of them that need a number then).

    Month and weekday names (and weekday plurals) and holidays; abbreviations, and the names
    ``homonyms.txt`` lists as common words as well, need a number.
    """
    full = {w.lower() for w in words("months", "full", lang) + words("weekdays", "full", lang)}
    full |= {w.lower() + "s" for w in words("weekdays", "full", lang)}
    full |= {" ".join(w.lower().split()) for w in words("holidays", None, lang)}
    abbreviations = {w.lower() for w in words("months", "abbr", lang)
                     + words("weekdays", "abbr", lang)}
    homonyms = frozenset(lexicon.table("homonyms", lang)) | abbreviations
    return frozenset(full | abbreviations), homonyms


@cache
def cased_groups(lang: str = lexicon.DEFAULT_LANG) -> dict[str, bool]:
    """Groups whose words must be capitalized in the original text (``cased.txt``).

    True = all capitals ("BC", "EST"), False = an initial capital ("May", "Monday"). A group
    marked ``any`` is written with capitals by the language (German nouns: a capital is no sign
    of a title) but read in lower case too (chat, captions: "vor zwei wochen").
    """
    return {name: how == "all" for name, how in lexicon.table("cased", lang).items()
            if how != "any"}


def words(name: str, kind: str | None = None, lang: str = lexicon.DEFAULT_LANG) -> list[str]:
    """The names of one list (of one ``kind``: "full", "abbr"), as written in the file."""
    return [r[0] for r in lexicon.entries(name, lang)
            if kind is None or (len(r) > 2 and r[2] == kind)]


@cache
def macros(lang: str = lexicon.DEFAULT_LANG) -> dict[str, str]:
    """Macro name -> regex text. Month and weekday names are case-sensitive inside."""
    months_abbr = lexicon.alternation(words("months", "abbr", lang), case_sensitive=True)
    months_full = lexicon.alternation(words("months", "full", lang), case_sensitive=True)
    wd_full = lexicon.alternation(words("weekdays", "full", lang), case_sensitive=True)
    wd_abbr = lexicon.alternation(words("weekdays", "abbr", lang), case_sensitive=True)
    wd_plural = lexicon.alternation([w + "s" for w in words("weekdays", "full", lang)],
                                    case_sensitive=True)
    numbers = lexicon.table("numbers", lang)
    ones = [w for w, v in numbers.items() if v.isdigit() and 1 <= int(v) <= 9 and len(w) > 2]
    teens = [w for w, v in numbers.items() if v.isdigit() and 10 <= int(v) <= 19]
    tens = list(lexicon.number_parts(lang)[1])
    ones_re, teens_re, tens_re = (lexicon.alternation(x) for x in (ones, teens, tens))
    num_words = lexicon.alternation(list(numbers))
    ordinals = lexicon.alternation(list(lexicon.table("ordinals", lang)))
    holidays = lexicon.alternation(words("holidays", None, lang), case_sensitive=True)

    def listed(name: str) -> str:
        return lexicon.alternation(list(lexicon.table(name, lang)))

    return {
        "MONTH": rf"(?P<month>{months_full}|{months_abbr}\.?)",
        "MONTHFULL": rf"(?P<month>{months_full})",
        "MONTHABBR": rf"(?P<month>{months_abbr})\.?",
        "MONTHNAME": rf"{months_full}|{months_abbr}",
        "WEEKDAYNAME": wd_full,
        "WEEKDAYPLURAL": wd_plural,
        "WEEKDAYABBR": wd_abbr,
        "WDAY": rf"(?:(?P<weekday>{wd_full}|{wd_abbr}\.?),?\s+)?",
        "DAY": r"(?P<day>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d:/.,]\d)(?!\w)",
        "DAYWORD": rf"(?P<dayword>{ordinals})",
        "YEAR": r"(?P<year>(?:1\d|2[01])\d\d)(?![\d%])",
        "NUM": (rf"(?P<num>(?<![\d,.$])\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?(?:\s+\d/\d)?(?![\d,])"
                rf"|{tens_re}[\s-]{ones_re}"
                rf"|{num_words})"),
        "UNIT": rf"(?P<unit>{listed('units')})",
        "SEASON": rf"(?P<season>{listed('seasons')})",
        "PART": rf"(?P<part>{listed('parts_of_day')})",
        "MOD": rf"(?P<mod>{listed('modifiers')})",
        "QMOD": rf"(?P<qmod>{listed('quantifiers')})",
        "ORD": ordinals,
        "DECWORD": listed("decades"),
        "VAGUE": listed("vague"),
        "HOLIDAY": rf"(?P<holiday>{holidays})",
        "PARTICLE": lexicon.alternation(words("particles", None, lang)),
        "ONESWORD": ones_re,
        "TEENWORD": teens_re,
        "TENSWORD": tens_re,
    }


_MACRO = re.compile(r"\{([A-Z0-9]+)(?::([\w|]+))?\}")
_LEFT_MACRO = re.compile(r"\{[A-Z][A-Z0-9]*(?::[^{}]*)?\}")
# "# EXAMPLE: last Friday @ 2023-10-18 => 2023-10-13": the text, an anchor, the TIMEX3 value.
_RESOLVED = re.compile(r"(?P<text>.+?)\s+@\s+(?P<anchor>\d{4}-\d\d-\d\d)\s+=>\s+(?P<value>\S+)")
_LINE = re.compile(r"^(\S+)\s+(DATE|TIME|DURATION|SET)\s+(\S+)\s+(.+)$")


ALONE = "alone"
"""The group a rule's ``{AFTER:...}`` matches when no word precedes it: the text's very start.

Such a match counts only when it is the whole text (a typed phrase, a caption): the words that
vouch for "the 17th" or "3/17" in a sentence are not needed when nothing else is there.
"""


def _expand(pattern: str, lang: str = lexicon.DEFAULT_LANG) -> str:
    table = macros(lang)
    taken: set[str] = set()

    def one(m: re.Match[str]) -> str:
        if m.group(1) == "AFTER":  # {AFTER:in|during}: preceded by one of these words,
            words = [rf"(?<=\b{w}\s)" for w in m.group(2).split("|")]
            if ALONE not in taken:  # or nothing at all: the text is the phrase ("3/17")
                taken.add(ALONE)
                words.append(rf"(?<![\s\S])(?P<{ALONE}>)")
            return "(?:" + "|".join(words) + ")"
        text = table[m.group(1)]
        if m.group(2):  # {MONTH:month2}: the same macro under another group name
            text = re.sub(r"\(\?P<\w+>", f"(?P<{m.group(2)}>", text, count=1)
        return text

    expanded = _MACRO.sub(one, pattern)
    left = _LEFT_MACRO.search(expanded)
    if left is not None:  # "{AFTER:jusqu'en}": a word the macro cannot hold would never match
        raise ValueError(f"macro {left.group(0)} not understood (words: letters and digits)")
    return expanded


def _parse_action(spec: str) -> tuple[str, dict[str, str]]:
    action, _, rest = spec.partition(":")
    params = dict(kv.split("=", 1) for kv in rest.split(",") if kv)
    return action, params


@cache
def rules(lang: str = lexicon.DEFAULT_LANG) -> tuple[Rule, ...]:
    """All rules of ``lang`` in file order, each compiled on first use (word-bounded)."""
    out: list[Rule] = []
    examples: list[str] = []
    resolved: list[Resolved] = []
    for raw in read_text("rules", lang, "rules.txt").splitlines():
        line = raw.strip()
        if line.startswith("# EXAMPLE:"):
            example = line[len("# EXAMPLE:"):].strip()
            m = _RESOLVED.fullmatch(example)
            if m is not None:
                example = m["text"]
                resolved.append(Resolved(example, date.fromisoformat(m["anchor"]), m["value"]))
            examples.append(example)
            continue
        if not line or line.startswith("#"):
            continue
        m = _LINE.match(line)
        if m is None:
            raise ValueError(f"bad rule line: {line!r}")
        if not examples:
            raise ValueError(f"rule {m.group(1)} has no # EXAMPLE line above it")
        action, params = _parse_action(m.group(3))
        pattern = m.group(4).strip()
        out.append(Rule(m.group(1), m.group(2), action, params, pattern, tuple(examples),
                        len(out), lang, tuple(resolved)))
        examples, resolved = [], []
    return tuple(out)


@cache
def rules_by_id(lang: str = lexicon.DEFAULT_LANG) -> dict[str, Rule]:
    """The rules of ``lang`` by id: a mention names the rule that matched it."""
    return {rule.id: rule for rule in rules(lang)}
