"""Which way a reference points (past or future), read from the words around it.

"arrived on Wednesday" is behind the anchor, "will meet on Friday" ahead. The nearest cue in the
same clause wins: modal and planning words for the future, past-tense verbs for the past.
"""

from __future__ import annotations

import re
from functools import cache
from unicodedata import normalize

from timeline_app.core.regex_needs import compile_fast

from . import lexicon, participle
from .cues import alternation, word_set, words

__all__ = ["direction"]

_COMMA = re.compile(r"[,、，]")  # the Latin comma and the CJK ones ("市は14日、...")
_WORD = re.compile(r"[^\W\d_]+(?:'[a-z]+)?|\d+")  # letters of any script: cues in any language
_WINDOW = 70  # the words read after the expression; before it, back to the clause's start
_FRONTED_WINDOW = 200  # the words read after a date that opens its sentence before a comma
# ... up to the sentence's end: not the dot of "vs.", "Ala.", "Dept." or "Calif." (a word of
# under three small letters, or a short capitalised one) nor one a comma follows ("Calif., ")
_FRONTED_STOP = re.compile(r"[;!?\n]|(?<=[^\W\d_A-Z]{3})(?<![A-Z][a-z]{2})(?<![A-Z][a-z]{3})"
                           r"(?<![A-Z][a-z]{4})\.(?=\s)|(?<=\d)\.(?=\s)")
_STEP = 400  # how far each further look back for the clause's start reaches
_CLAUSE_MAX = 2000  # no clause is longer: text without stops (a table, a feed) is read no further


@cache
def _stop_right(lang: str) -> re.Pattern[str]:
    """Where the clause after an expression ends: a sentence end, not a date's ordinal dot.

    "vom 5. bis 7. März findet ... statt": the verb after the range still governs it.
    """
    months = lexicon.trie_regex(list(lexicon.table("months", lang)))
    return compile_fast(rf"[;!?\n]|\.(?!\s+(?:{months})\b)", re.IGNORECASE)


@cache
def _cue_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """``lang``'s clause start, reporting verb, perfect auxiliary and trailing preposition.

    Where the clause before an expression starts: a sentence end (not the dot of "Sept. 7"), a
    semicolon, colon or line break, or a conjunction that changes the subject's time; the news
    reporting verb right before the expression ("said Tuesday": the report, hence the day, is
    past); "had filed by Wednesday" (a deadline already met looks back); "is to meet on". The
    words are ``cues.txt``.
    """
    conj, said = alternation("clause_conjunction", lang), alternation("reported", lang)
    clause_left = compile_fast(
        r"[.!?](?=[\"')\u201d\u00bb]*\s+(?:[\"'(\u201c\u00ab]?\w|$))|[;:\n]|" rf"\b(?:{conj})\b",
        re.IGNORECASE)
    reported = compile_fast(
        rf"\b(?:{said})(?:\s+(?:{alternation('reported_link', lang)}))?\s+$", re.IGNORECASE)
    perfect = compile_fast(rf"\b(?:{alternation('perfect_aux', lang)})\b", re.IGNORECASE)
    trailing = compile_fast(rf"\s+(?:{alternation('trailing_prep', lang)})\s*$", re.IGNORECASE)
    return clause_left, reported, perfect, trailing


@cache
def _inverted_report(lang: str) -> re.Pattern[str]:
    """A reporting verb after a comma: ", a indiqué le ministre", ", dijo", ", said Smith"."""
    return compile_fast(rf",\s*(?:{alternation('reported', lang)})\b", re.IGNORECASE)


@cache
def _aside(lang: str) -> re.Pattern[str]:
    """An aside between commas that a relative pronoun or a participle opens (``cues.txt``)."""
    ending = alternation("tense_aside_ending", lang)
    return compile_fast(
        rf",\s*(?:(?:{alternation('tense_aside_open', lang)})\b|[^\W\d_]+(?:{ending})\b)"
        r"[^,;]*,", re.IGNORECASE)


def _clause_before(text: str, start: int, clause_left: re.Pattern[str]) -> str:
    """The words of the clause before ``text[start]``, however long: back to its start.

    The last ``_WINDOW`` characters first (most dates stand near their clause's start);
    without a clause start in them, further back a step at a time, to the text's start (or
    ``_CLAUSE_MAX`` characters: a text without stops is not read back to its start at every
    date).
    """
    lo = max(0, start - _WINDOW)
    left = text[lo:start]
    cuts = list(clause_left.finditer(left))
    while not cuts and lo > 0 and start - lo < _CLAUSE_MAX:
        lo = max(0, lo - _STEP)
        left = text[lo:start]
        cuts = list(clause_left.finditer(left))
    if cuts:  # "... and will be sentenced on": the conjunction's own tense word stays in
        tail = re.search(r"[^\W\d_]+$", cuts[-1].group(0))
        keep = tail is not None and tail.start() > 0 and _cue(tail.group(0), "") is not None
        left = left[cuts[-1].start() + tail.start() if keep else cuts[-1].end():]
    return left


def _blank_asides(left: str) -> str:
    """``left`` with its asides (``_aside``) blanked out, the distances kept."""
    if left.count(",") < 2:
        return left
    blanked = _aside(lexicon.current()).sub(lambda m: " " * len(m.group(0)), left)
    return left if blanked == left else blanked


@cache
def _quote_end(lang: str) -> re.Pattern[str]:
    """Where a quoted clause ends ("원한다고 밝혔다", a closing comma and quote mark).

    The reporting verb after it tells when the report was made, not the quote's own time. In a
    script without spaces the quote's end is inside a run of letters ("運行すると発表した").
    """
    if lexicon.table("calendar", lang).get("word_space") == "none":
        return compile_fast(rf"(?:{alternation('quote_end', lang)})")
    return compile_fast(rf"[^\W\d_]*(?:{alternation('quote_end', lang)})(?![^\W\d_])")


def _pluperfect_before(text: str, at: int) -> bool:
    """True when "had" or "had been" ends ``text[:at]`` (``cues.txt``: perfect, passive aux)."""
    last = [w.lower() for w in _WORD.findall(text, max(0, at - 24), at)][-2:]
    if last and _is("passive_aux", last[-1]):
        last = last[:-1]
    return bool(last) and _is("perfect_aux", last[-1])


def _is(kind: str, word: str) -> bool:
    """True when ``word`` is one of the ``kind`` words of ``cues.txt`` (language being tagged)."""
    return word in word_set(kind, lexicon.current())


@cache
def _phrase_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """``lang``'s deadline, planning phrase, plan told after, and verb-before patterns.

    A deadline right before the expression ("by Jan. 14", "until Tuesday", "as early as
    Friday"); multi-word future cues ("is to meet", "plans to visit"), matched before single
    words; plans told after the expression ("On Tuesday, the league plans to hold ..."); the
    verb right before an expression, past a preposition or two ("voted on", "broke out in").
    The words are ``cues.txt``.
    """
    def a(kind: str) -> str:
        return alternation(kind, lang)

    guard = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in words("deadline_not_after", lang))
    deadline = compile_fast(  # one \b before the alternation, not one per word: 4x faster
        rf"\b(?:{a('deadline')}|{guard}(?:{a('deadline_guarded')}))"
        rf"\s+(?:(?:{a('deadline_on')})\s+)?$", re.IGNORECASE)
    to, for_ = a("plan_to"), a("plan_for")
    future_phrase = compile_fast(
        rf"\b(?:(?:(?:{a('plan_be')})\s+(?:(?:{a('plan_be_adjective')})\s+)?|"
        rf"(?:{a('plan_adjective')})\s+|(?:{a('plan_verb')})\s+)(?:{to})(?:\s+\w+){{1,5}}\s*$"
        rf"|(?:{a('plan_for_adjective')})\s+(?:{for_})(?:\s+\w+){{0,4}}\s*$)", re.IGNORECASE)
    right_future = compile_fast(
        rf"\b(?:(?:{a('right_plan_aux')})\s+)?(?:{a('right_plan')})\s+(?:{to})\b|"
        rf"\b(?:{a('right_plan_be')})\s+(?:{a('right_plan_adjective')})\s+(?:{to})\b",
        re.IGNORECASE)
    verb_before = compile_fast(
        rf"\b([A-Za-z]+)\s+([A-Za-z]+\s+)?(?:(?:{a('verb_particle')})\s+){{0,2}}$")
    return deadline, future_phrase, right_future, verb_before


def _cues() -> dict[str, str]:
    return lexicon.table("tense")  # the language being tagged (each table is cached)


@cache
def _endings_of(lang: str) -> tuple[tuple[str, str], ...]:
    """The verb endings of ``tense.txt`` ("-ла  past", "-ᆻ다  past"), longest first, decomposed.

    Tense that lives in the verb ("посетил", "방문했다", "firmó") is read from its ending; Hangul
    is compared in jamo (NFD), so one ending "-ᆻ다" covers every syllable closed by ㅆ.
    """
    rows = [(normalize("NFD", w[1:]), d) for w, d in lexicon.table("tense", lang).items()
            if w.startswith("-") and len(w) > 1]
    return tuple(sorted(rows, key=lambda row: (-len(row[0]), row[0])))


@cache
def _right_of(lang: str) -> frozenset[str]:
    """Words and endings ``tense.txt`` marks ``right``: future cues after the expression.

    They count in a verb-final or verb-second language; the auxiliaries are ``cues.txt``'s
    ``right_cue``.
    """
    return frozenset(row[0].lower() for row in lexicon.entries("tense", lang)
                     if row[2:3] == ("right",))


def _right_of_verb(word: str) -> bool:
    """Whether ``word``, or the ending it has, is a future cue marked ``right``."""
    right = _right_of(lexicon.current())
    return word in right or (_ending(word) or ("",))[0] in right


def _ending(word: str) -> tuple[str, str] | None:
    """(the ending, its direction) of the first ``tense.txt`` ending ``word`` has, if any."""
    endings = _endings_of(lexicon.current())
    if not endings:
        return None
    w = normalize("NFD", word)
    for ending, d in endings:
        if w.endswith(ending) and len(w) > len(ending) + 1:
            return "-" + normalize("NFC", ending), d
    return None


def _schedule_phrase() -> re.Pattern[str]:
    return _schedule_phrase_of(lexicon.current())


@cache
def _schedule_phrase_of(lang: str) -> re.Pattern[str]:
    """The schedule phrases of several words ("takes effect", "gets under way") ending the text."""
    phrases = [w for w, d in lexicon.table("tense", lang).items() if d == "schedule" and " " in w]
    if not phrases:  # (an empty alternation would match everywhere)
        return re.compile(r"(?!)")
    return compile_fast(rf"\b(?:{lexicon.trie_regex(phrases)})(?:\s+[\w']+){{0,3}}\s*$",
                      re.IGNORECASE)


def _cue(word: str, previous: str = "") -> str | None:
    """The direction a word gives, if any.

    A regular "-ed" form after a determiner or with the prefix "un" is an adjective ("a still
    unspecified date", "the combined company"); a schedule verb points ahead only as a finite
    present ("the panel meets", not "failed to meet").
    """
    w = word.lower()
    hit = _cues().get(w)
    if hit == "schedule":  # "The leaders meet Monday": a timetable, ahead
        if word[:1].isupper() and previous:
            return None  # "Das Treffen am Montag": a noun (German capitalises nouns)
        finite = not _is("not_finite", previous) and not previous.isdigit()
        return "future" if finite and previous not in lexicon.table("numbers") else None
    if hit == "past" and _is("adjective_before", previous):
        return None  # "the last flight on Friday": after a determiner no verb, an adjective
    if hit == "prospect":  # "storms possible on Sunday"; "it was possible on Sunday"
        return "past" if _cues().get(previous) == "past" else "future"
    if hit:
        return None if hit == "none" else hit  # "none": a word an ending would misread ("или")
    if (ending := _ending(w)) is not None:  # ("present": only a verb next to the date, below)
        return ending[1] if ending[1] in ("past", "future") else None
    lang = lexicon.current()
    if w.endswith(words("past_ending", lang)) and len(w) > 4 and not _is("not_past", w):
        if _is("adjective_before", previous) or w.startswith(words("adjective_prefix", lang)):
            return None
        return "past"
    return None


def _present_next_to(left: list[re.Match[str]], right: str, opens_clause: bool) -> bool:
    """True when the verb right next to the date is a present of ``tense.txt`` (``present``).

    In a verb-second language the finite verb stands right before the date ("Die Fans feiern am
    Montag", past one preposition of ``phrase_lead``) or right after a date that opens the
    clause ("Am Montag feiern die Fans"); told in the present with no other cue in the clause,
    it is a timetable, ahead. Written in lower case: a capitalised word is a German noun.
    """
    if opens_clause:
        first = _WORD.search(right)
        word = first.group(0) if first else ""
    else:
        names = [m.group(0) for m in left]
        if names and names[-1].lower() in word_set("phrase_lead", lexicon.current()):
            names.pop()
        word = names[-1] if names else ""
    if not word[:1].islower() or word in _cues():
        return False
    ending = _ending(word)
    return ending is not None and ending[1] == "present"


@cache
def _in_force_pattern(lang: str) -> re.Pattern[str] | None:
    """", which halts": a relative clause opening right after a date, its first verb's word."""
    opener, ending = alternation("in_force_open", lang), words("in_force_ending", lang)
    if not opener or not ending:
        return None
    return compile_fast(rf"\s*,\s*(?:{opener})\s+(?:[a-z]+ly\s+)?([a-z]+)\b")


def _in_force(text: str, end: int) -> bool:
    """True when the date at ``end`` is followed by a relative clause told in the present.

    "the order on Monday, which halts all output": the order holds now, so Monday is behind.
    A timetable verb of ``tense.txt`` ("which starts") and any tense cue are no such present.
    """
    lang = lexicon.current()
    pattern = _in_force_pattern(lang)
    found = pattern.match(text, end) if pattern is not None else None
    if found is None:
        return False
    verb = found.group(1)
    return (len(verb) > 3 and verb.endswith(words("in_force_ending", lang))
            and not _is("in_force_not", verb) and verb not in _cues())


def until_ahead(text: str, start: int, end: int) -> bool:
    """True when a deadline word right before the date ends a span a future verb tells.

    "revisará la situación hasta el 31 de diciembre", "will stay open until Dec. 31": no
    reading behind the anchor then. The word alone says less ("has fallen this year through
    Oct. 19", "ordered to return the child by Jan. 14").
    """
    left = text[max(0, start - _WINDOW):start]
    cuts = [m.end() for m in _cue_patterns(lexicon.current())[0].finditer(left)]
    if cuts:
        left = left[cuts[-1]:]
    deadline = _phrase_patterns(lexicon.current())[0]
    return (deadline.search(left) is not None
            and direction(text, start, end, until=False) == "future")


def told_past(text: str, start: int) -> bool:
    """True when a past-tense verb governs the expression from right before it.

    "The council voted on December 1", "the quarter ended Oct. 31": the date is told as done,
    never still to come. Only the nearest verb counts: "said it will redeem shares on Oct. 31"
    and "gave no reason for the Jan. 14 deadline" are not told so.
    """
    m = _phrase_patterns(lexicon.current())[3].search(text, max(0, start - 48), start)
    if m is None:
        return False
    first, second = m.group(1).lower(), (m.group(2) or "").strip().lower()
    verb, previous = (second, first) if second else (first, "")
    if second and _cue(first) == "past" and _is("phrasal_particle", second):
        verb, previous = first, ""  # "broke out in"
    return _cue(verb, previous) == "past" and not _is("passive_aux", previous)


def _is_unit(word: str) -> bool:
    """True for a unit of time ("year", "week's"): the word before it qualifies that unit."""
    w = word.lower()
    return lexicon.table("units").get(w.removesuffix("'s")) is not None


def _left_cue(left: str, words: list[re.Match[str]]) -> tuple[int, str] | None:
    """(distance to the expression, direction) of the nearest tense cue in ``left``.

    Read from the expression backwards, up to the first cue: a long clause costs only the
    words between its nearest cue and the date.
    """
    for i in range(len(words) - 1, -1, -1):
        m = words[i]
        previous = words[i - 1].group(0).lower() if i else ""
        hit = _cue(m.group(0), previous)
        if hit == "past" and _is("passive_aux", previous):
            hit = None  # "would be paid", "is to be completed": a participle, not a past tense
        if hit and i + 1 < len(words) and _is_unit(words[i + 1].group(0)):
            hit = None  # "approved next year's budget": a time of its own, not the verb's tense
        if hit is None and i + 1 < len(words) and _is("reported", m.group(0).lower()) \
                and _is("reported_clause", words[i + 1].group(0).lower()):
            hit = "past"  # "said that at the close of business Thursday": the report's past
        if hit:
            return len(left) - m.end(), hit
    return None


def direction(text: str, start: int, end: int, *, until: bool = True) -> str | None:
    """``past``, ``future`` or None (no cue) for the expression at ``text[start:end]``.

    In order: a reporting verb right before ("said Tuesday") means past; a deadline word
    ("by Jan. 14") or a planning phrase ("is to meet") future; else the nearest tense cue in
    the clause, words before the expression first, and after it only auxiliaries and verbs.
    """
    clause_left, reported, perfect, trailing = _cue_patterns(lexicon.current())
    clause = _clause_before(text, start, clause_left)
    left = clause[-_WINDOW:]  # the phrases that end right before the date: its last words
    if reported.search(left):
        return "past"
    # "In January, a week after the anniversary of the ruling, a bombing killed ...": a date
    # that opens its sentence before a comma is told in the tense of the main verb, however far
    fronted = text.startswith(",", end) and len(_WORD.findall(clause)) <= 1
    right = text[end:end + (_FRONTED_WINDOW if fronted else _WINDOW)]
    stop = (_FRONTED_STOP if fronted else _stop_right(lexicon.current())).search(right)
    if stop:
        right = right[:stop.start()]
    inverted = _inverted_report(lexicon.current()).search(right)
    if inverted:  # "levées fin avril, a indiqué le porte-parole": the report's tense, not its
        right = right[:inverted.start()]
    quote = _quote_end(lexicon.current()).search(right)
    if quote and _COMMA.search(right, 0, quote.start()):
        right = right[quote.end():]  # "市は14日、...運行すると発表した": the report's date
    elif quote:  # "크리스마스 전에 타결을 원한다고 밝혔다": the quote's tense, not the report's
        right = right[:quote.end()]
    deadline, future_phrase, right_future, _ = _phrase_patterns(lexicon.current())
    if until and deadline.search(left) and not perfect.search(left + " " + right):
        return "future"  # (until=False: the verbs' own direction, for until_ahead)
    near_left = trailing.sub(" ", left)
    plan = future_phrase.search(near_left) or _schedule_phrase().search(near_left)
    if plan is not None:  # "had been due to expire Friday": a plan told as past is past
        return "past" if _pluperfect_before(near_left, plan.start()) else "future"
    words = list(_WORD.finditer(clause))  # the nearest verb of the clause, however far back
    blanked = _blank_asides(clause)
    best = _left_cue(blanked, words if blanked is clause else list(_WORD.finditer(blanked)))
    if best is None and blanked is not clause:  # an aside's verb when the clause has no other
        best = _left_cue(clause, words)
    # "On Tuesday, the league plans to hold ...": but past a comma, once the words before gave
    # a cue, a verb after is another clause's ("approved late Monday, is expected to close")
    joining = word_set("clause_join", lexicon.current())
    first = _WORD.search(right)
    if best is not None and first is not None and first.start() <= 2 \
            and first.group(0).lower() in joining:
        right = ""  # "received images Tuesday morning and will release more": another predicate
    left_best = best
    if (left_best is None or left_best[1] == "past") and _in_force(text, end):
        return "past"  # "the order on Monday, which halts all output, would cost"
    ahead = right_future.search(right)
    if ahead and (best is None or (ahead.start() + 2 < best[0]
                                   and not _COMMA.search(right, 0, ahead.start()))):
        best = (ahead.start() + 2, "future")
    # A timetable present after the expression ("Am Freitag trifft der Minister") governs it
    # when the expression opens its clause (verb second), past a preposition at most.
    opens_clause = len(words) <= 1
    previous = ""
    reporting = word_set("reported", lexicon.current())
    for m in _WORD.finditer(right):
        word = m.group(0).lower()
        if word in reporting and previous in joining:
            break  # "on Wednesday night and said the funerals would be held": another clause
        if best is not None and "," in right[:m.start()]:
            break  # ", approved by both boards late Monday, is expected to": the aside's verb
        hit = _cue(word, previous)
        previous = word
        if hit == "future" and not _is("right_cue", word) and not _right_of_verb(word):
            hit = None
        if hit == "future" and opens_clause is False and _cues().get(word) == "schedule":
            hit = None  # "Nach der Wahl am Sonntag beginnt heute": the verb is what follows's
        if hit:
            dist = m.start() + 3  # a cue after the expression counts a little less
            if best is None or dist < best[0]:
                best = (dist, hit)
            break
    if best is None and _present_next_to(words, right, opens_clause):
        return "future"  # "Die Fans feiern am Montag"
    if best is not None and best is not left_best and best[1] == "future" \
            and participle.owns_date(clause, text[end:end + _WINDOW]):
        return "past"  # "the plan approved by the cabinet on Tuesday will cover": its own
    return best[1] if best else None
