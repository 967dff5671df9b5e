"""Publication dates written in Russian, Korean, German, French and Spanish.

Datelines ("Москва. 5 марта.", "SÉOUL, 2 avril (Reuters)", "MADRID, 7 feb.-"), bylines
("Publié le 14 mars 2021 à 10h20", "Actualizado: 9 de octubre de 2023") and stamps
("2024년 3월 5일 오전 10:20") near the top of a page. Numeric day-first dates ("03.11.2022") are
read by :mod:`.dates` already.

A cheap pattern built from dateparser's locale data (its month names, in each language) finds
the candidate spans; dateparser, told the language the month name came from, reads each one.
Nothing here runs unless the English patterns found no date at the top of the page, and
dateparser sees only the few spans the pattern found.

A dateline often omits the year. Then the year the text itself names most often is taken (the
latest among equals), unless exactly one year next to those it names fits the weekday its lead
names ("este martes"); with no weekday named, a dateline takes the one year that puts its day
just after the text's full dated mentions; the candidate's ``why`` says which; with no year in
the text there is no candidate.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from datetime import date
from functools import cache

from timeline_app.core.model import PublishedSource

from . import furniture, vocab
from .ages import without_ages
from .datelines import YEAR_AHEAD_DAYS, YEAR_BACK_DAYS, named_weekdays, weekday_years
from .dates import calendar_words, full_year, valid_date
from .limits import is_limit
from .pubdate import HEAD_LINES, MAX_SCANNED_LINES, PROSE_WORDS, DateCandidate
from .stamps import SENTENCE_END, is_credit_line, is_field_line, issued_elsewhere

__all__ = [
    "LANGUAGES",
    "find_locale_dates",
    "issued_candidate",
    "locale_line_candidate",
    "mark_labels",
    "month_names",
    "read_date",
    "read_day_first",
]

LANGUAGES: tuple[str, ...] = (
    "ru", "ko", "de", "fr", "es", "it", "pt", "pl", "tr", "uk", "id", "nl", "sv", "nb", "da", "ar",
    "hi", "el", "ro", "cs", "he",
)  # fmt: skip
"""The languages whose month names are read (dateparser's locale data), first ones first where
a name is shared; no two of them give one name to different months."""
_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_PLACEHOLDER_YEAR = 2000  # a leap year: "29 février" without a year is still read
BYLINE_MAX_CHARS = 160
"""A byline or stamp line is short; a dateline may open a long paragraph (only its head is read)."""
DATELINE_PLACE = re.compile(
    r"\A\s*(?:\([^\W\d_][^\W\d_ .&'’-]{1,20}\)\s*[-–—]?\s*)?"
    r"[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,3}(?:\s*\([^\W\d_]{1,4}\))?\s*[,.]\s*"
    r"(?:[^\W\d_]{2,6}\.\s*,?\s*)?(?:(?:le|el|il|den)\s+)?"
)
"""A place heading a dateline: up to four words, then a comma or a full stop, and perhaps an
abbreviated region ("Tlacolula, Oax., 22 de febrero", "Guadalajara, Jal. 12 de septiembre") or
an article before the day ("Dakar, le 14 novembre 2023 – (APS) –"). An Italian wire names itself
first and may bracket the province: "(AGI) - Paliano (Fr), 15 settembre -", "(DIRE) Bari, 15 set.
-"."""


@cache
def month_names() -> dict[str, frozenset[str]]:
    """Each month name or abbreviation (lower case) and the languages that write it.

    Taken from dateparser's locale data; Korean months ("3월") are numbers and are read by
    their own pattern.
    """
    from dateparser.languages.loader import default_loader

    names: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        info = default_loader.get_locale(lang).info
        for key in _MONTH_KEYS:
            for name in info.get(key, ()):
                word = name.lower().rstrip(".")
                if len(word) >= 3 and _letters(word.replace(" ", "")):
                    names.setdefault(word, set()).add(lang)
    return {word: frozenset(langs) for word, langs in names.items()}


def _letters(word: str) -> bool:
    """Letters and their marks only ("मार्च": a vowel sign is no letter to ``str.isalpha``)."""
    return all(unicodedata.category(c)[0] in "LM" for c in word)


@cache
def _pattern() -> re.Pattern[str]:
    months = "|".join(re.escape(m) for m in sorted(month_names(), key=len, reverse=True))
    day_month = (
        rf"(?P<day>\d{{1,2}})(?:er|\.|º|°)?\s*(?:de\s+)?(?P<month>{months})\.?(?![^\W\d_])"
        r"(?:,?\s*(?:de\s+|del\s+)?(?P<year>\d{4})(?!\d)(?:\s*г(?:ода|\.))?)?"
    )
    month_day = (  # a blog's header: "segunda-feira, novembro 23, 2020" (the year after a comma)
        rf"(?P<mmonth>{months})\.?\s+(?P<mday>\d{{1,2}}),\s*(?P<myear>\d{{4}})(?!\d)"
    )
    korean = r"(?:(?P<kyear>\d{4})\s*년\s*)?(?P<kmonth>\d{1,2})\s*월\s*(?P<kday>\d{1,2})\s*일"
    cjk = r"(?P<cyear>\d{4})\s*年\s*(?P<cmonth>\d{1,2})\s*月\s*(?P<cday>\d{1,2})\s*日"
    eras = "|".join(sorted((e for e in _era_offsets() if e != "bare"), key=len, reverse=True))
    era = (  # "令和6年9月19日", "民國114年11月5日", "114年11月5日" (``era_years.txt``)
        rf"(?:(?P<era>{eras})\s*(?P<eyear>\d{{1,3}})|(?P<ryear>1\d\d))\s*年"
        r"\s*(?P<emonth>\d{1,2})\s*月\s*(?P<eday>\d{1,2})\s*日"
    )
    # (Japanese and Chinese: "2024年3月14日", with its year; a day alone, "14日", is no stamp)
    stated = "".join(sorted(_cjk_weekdays()))
    weekday_md = (  # a portal's yearless stamp with its weekday: "9/19(木) 9:38配信"
        rf"(?P<wmonth>\d{{1,2}})/(?P<wday>\d{{1,2}})\s*[(（](?P<wweekday>[{stated}])[)）]"
    )
    numeric = (  # (a two-digit year is read only after a label: "Publié le 12/06/24 à 14h20")
        r"(?P<nday>\d{1,2})(?P<nsep>[/.-])(?P<nmonth>\d{1,2})(?P=nsep)(?P<nyear>\d{4}|\d\d)(?!\d)"
    )
    thai_names = "|".join(re.escape(m) for m in sorted(thai_months(), key=len, reverse=True))
    thai = rf"(?P<tday>\d{{1,2}})\s*(?P<tmonth>{thai_names})\s*(?P<tyear>\d{{4}})(?!\d)"
    return re.compile(  # (a CJK date may be glued to the outlet's name: "【晨報2025年11月05日訊】")
        rf"(?<![\w.])(?:{thai}|{day_month}|{month_day}|{korean}|{weekday_md}|{numeric})"
        rf"|(?<![\d.])(?:{cjk})|(?<![\d.])(?:{era})",
        re.IGNORECASE,
    )


@cache
def _era_offsets() -> dict[str, int]:
    """Era names (``era_years.txt``) and the year before each era's first; "bare" for a bare one."""
    return {era: int(offset) for era, offset in (e.split() for e in vocab.entries("era_years"))}


@cache
def _cjk_weekdays() -> dict[str, int]:
    """One-character weekdays (``cjk_weekdays.txt``) and their numbers, 0 for Monday."""
    return {name: int(number) - 1
            for number, *names in (entry.split() for entry in vocab.entries("cjk_weekdays"))
            for name in names}  # fmt: skip


BUDDHIST_ERA_FROM = 2400
"""A Thai date's year above this is of the Buddhist era, 543 years ahead of the Gregorian one."""
BUDDHIST_ERA_OFFSET = 543


@cache
def thai_months() -> dict[str, int]:
    """Thai month names and abbreviations (``มี.ค.``) and their numbers."""
    names: dict[str, int] = {}
    for entry in vocab.entries("thai_months"):
        number, *words = entry.split()
        names.update((word, int(number)) for word in words)
    return names


@cache
def _parser(lang: str):
    from dateparser.date import DateDataParser

    settings = {
        "DATE_ORDER": "DMY",
        "PREFER_LOCALE_DATE_ORDER": False,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "STRICT_PARSING": True,
    }
    return DateDataParser(languages=[lang], settings=settings)


def read_date(text: str, languages: tuple[str, ...] | frozenset[str]) -> date | None:
    """``text`` (a date and nothing else) read by dateparser in the first language that can."""
    for lang in sorted(languages, key=LANGUAGES.index):
        found = _parser(lang).get_date_data(text).date_obj
        if found is not None and 1900 <= found.year <= 2100:
            return found.date()
    return None


def _read_match(match: re.Match[str], year: int | None) -> date | None:
    """The date of one match; ``year`` fills in a missing one."""
    if match.group("nyear"):  # 05/03/2021 in a page not in English: day first
        written = int(match.group("nyear"))
        full = written if written >= 100 else full_year(written)
        try:
            value = date(full, int(match.group("nmonth")), int(match.group("nday")))
        except ValueError:
            return None
        return value if 1900 <= value.year <= 2100 else None
    if match.group("tyear"):  # "5 มี.ค. 2567": the Buddhist era's 2567 is 2024
        written = int(match.group("tyear"))
        gregorian = written - BUDDHIST_ERA_OFFSET if written > BUDDHIST_ERA_FROM else written
        return valid_date(gregorian, thai_months()[match.group("tmonth")],
                          int(match.group("tday")))  # fmt: skip
    if match.group("cyear"):
        return valid_date(int(match.group("cyear")), int(match.group("cmonth")),
                          int(match.group("cday")))  # fmt: skip
    if match.group("kmonth"):
        written = match.group("kyear")
        given = int(written) if written else year
        if given is None:
            return None
        text = f"{given}년 {int(match.group('kmonth'))}월 {int(match.group('kday'))}일"
        return read_date(text, ("ko",))
    if match.group("emonth"):
        offset = _era_offsets()[match.group("era") or "bare"]
        written = int(match.group("eyear") or match.group("ryear"))
        return valid_date(offset + written, int(match.group("emonth")), int(match.group("eday")))
    if match.group("wmonth"):
        if not year:
            return None
        return valid_date(year, int(match.group("wmonth")), int(match.group("wday")))
    if match.group("myear"):
        languages = month_names()[match.group("mmonth").lower()]
        return read_date(f"{match.group('mday')} {match.group('mmonth')} {match.group('myear')}",
                         languages)  # fmt: skip
    languages = month_names()[match.group("month").lower()]
    if match.group("year"):
        return read_date(f"{match.group('day')} {match.group('month')} {match.group('year')}",
                         languages)  # fmt: skip
    if year is None:
        return None
    placeholder = f"{match.group('day')} {match.group('month')} {_PLACEHOLDER_YEAR}"
    found = read_date(placeholder, languages)
    if found is None:
        return None
    try:
        return found.replace(year=year)
    except ValueError:  # 29 February in a year that has none
        return None


_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _year_of_text(text: str) -> int | None:
    """The year the text names most often (the latest among equals), if it names one."""
    counts = Counter(int(y) for y in _YEAR.findall(text))
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def _weekday_year(text: str, value: date) -> tuple[int | None, set[int] | None]:
    """``(year, fitting)``: the years next to those the text names that fit the lead's weekday.

    ``year`` is the one that stands out, if any; ``fitting`` is None when no weekday is named.
    "SANTIAGO, 14 mar" with "este martes", the text naming 2010 and 2024 (a plan): 2023. When
    several fit, the one nearest the latest year the text names, if one is nearest.
    """
    if not named_weekdays(text):
        return None, None
    named = {int(y) for y in _YEAR.findall(text)}
    years = {y + step for y in named for step in (-1, 0, 1)}
    fitting = weekday_years(text, value.month, value.day, years)
    if not _this_weekday().search(text):  # ("el martes" told on Wednesday: the day before too)
        either = fitting | _day_after_years(text, value, years)
        named_fits = either & named
        if len(either) > 1 and len(named_fits) == 1:  # (a year the text names, among them)
            return next(iter(named_fits)), either
        fitting = either
    if len(fitting) <= 1:
        return next(iter(fitting), None), fitting
    # (several fit, "2019" and "2024" both put 12 June on a Wednesday: the day of writing lies
    # near the latest year the text names, "terminará en diciembre de 2025")
    latest = max(named)
    nearest = sorted(fitting, key=lambda y: (abs(latest - y), -y))
    best = nearest[0] if abs(latest - nearest[0]) < abs(latest - nearest[1]) else None
    return best, fitting


@cache
def _this_weekday() -> re.Pattern[str]:
    """A weekday named as the day of writing itself ("este miércoles", ``same_day_markers.txt``)."""
    names = {name for _number, names in vocab.weekdays() for name in names}
    words = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    markers = "|".join(f"(?:{entry})" for entry in vocab.entries("same_day_markers"))
    return re.compile(rf"(?<![^\W\d_])(?:{markers})\s+(?:{words})(?![^\W\d_])", re.IGNORECASE)


def _day_after_years(text: str, value: date, years: set[int]) -> set[int]:
    """The years that put ``value`` the day after a weekday the lead names."""
    named = named_weekdays(text)
    return {
        year
        for year in years
        if (day := valid_date(year, value.month, value.day)) is not None
        and (day.weekday() - 1) % 7 in named
    }


def _stated_weekday_year(text: str, match: re.Match[str]) -> tuple[int | None, set[int]]:
    """``(year, fitting)`` for a yearless stamp that states its weekday ("9/19(木)").

    The years next to those the text names whose month and day fall on that weekday; ``year`` is
    the one that does, if only one.
    """
    weekday = _cjk_weekdays()[match.group("wweekday")]
    month, day = int(match.group("wmonth")), int(match.group("wday"))
    named = {int(y) for y in _YEAR.findall(text)}
    fitting = {
        y
        for y in {n + step for n in named for step in (-1, 0, 1)}
        if (found := valid_date(y, month, day)) is not None and found.weekday() == weekday
    }
    return (next(iter(fitting)) if len(fitting) == 1 else None), fitting


def _mentions_year(text: str, value: date) -> int | None:
    """The one year that puts a yearless dateline's day just after the text's full dates.

    As for English datelines (``datelines.infer_year``): a dated mention lies within a year before
    the day of writing (an event reported) or a few months after it (a plan). "ЕКАТЕРИНБУРГ, 14
    мар —" with "2 марта 2023 года" in the text: 2023. Only when one year alone fits: without
    the tense English markers give, "2 июня 2022" may be a plan of 2022 or an event before 2023.
    """
    dated = [found for match in _pattern().finditer(text)
             if _has_year(match) and (found := _read_match(match, None))]  # fmt: skip
    scores: dict[int, float] = {}  # (the year and how well its mentions agree)
    for year in sorted({d.year for d in dated} | {d.year + 1 for d in dated}):
        day_of = valid_date(year, value.month, value.day)
        if day_of is None:
            continue
        total = 0.0
        for mention in dated:
            gap = (day_of - mention).days
            if 0 <= gap <= YEAR_BACK_DAYS:
                total += 1 - gap / (2 * YEAR_BACK_DAYS)
            elif 0 < -gap <= YEAR_AHEAD_DAYS:
                total += 1 + gap / (2 * YEAR_AHEAD_DAYS)
        if total:
            scores[year] = total
    if len(scores) != 1:  # (no tense is read in these languages: two years that fit give none)
        return None
    return next(iter(scores))


@cache
def _today() -> re.Pattern[str]:
    from . import vocab

    words = "|".join(f"(?:{entry})" for entry in vocab.entries("today_phrases"))
    return re.compile(rf"(?<![^\W\d_])(?:{words})\s*,?\s*$", re.IGNORECASE)


def _not_english(match: re.Match[str]) -> bool:
    """Whether a month's name is no English month name ("Oktober", not "mar" or "may")."""
    return match.group("month").lower() not in _english_months()


@cache
def _english_months() -> frozenset[str]:
    from .dates import month_names as english_months

    return frozenset(name.rstrip(".") for name in english_months().lower().split("|"))


def _today_year(text: str, value: date) -> int | None:
    """The year of the dateline's own day where the text names it in full as today.

    "Ancona, 18 set. (Adnkronos) - ... oggi 18 settembre 2023": 2023. Only one such year counts.
    """
    years = {
        found.year
        for match in _pattern().finditer(text)
        if _has_year(match)
        and _today().search(text, max(0, match.start() - 20), match.start())
        and (found := _read_match(match, None)) is not None
        and (found.month, found.day) == (value.month, value.day)
    }
    return next(iter(years)) if len(years) == 1 else None


_SHORT_NUMERIC = re.compile(r"(?<![\w.:/-])(\d{1,2})([./-])(\d{1,2})\2(\d\d)(?![\d:/-]|[.,]\d)")
"""A numeric date with a two-digit year ("15-09-20", "14.03.24"): a wire's transmission stamp."""


def _restated_year(text: str, match: re.Match[str]) -> int | None:
    """The year of a yearless dateline's own day written again in digits, a two-digit year.

    "(DIRE) Bari, 15 set. - ..." over the wire's foot "08:50 15-09-20": the foot's numbers read
    as 15 September (either order) once the dateline names the day, and its year is 2020. Only
    one such year counts; a digit date that is not the dateline's day says nothing.
    """
    placeholder = _read_match(match, _PLACEHOLDER_YEAR)
    if placeholder is None:
        return None
    years = set()
    for found in _SHORT_NUMERIC.finditer(text):
        first, second, two = int(found.group(1)), int(found.group(3)), int(found.group(4))
        if (placeholder.day, placeholder.month) in ((first, second), (second, first)):
            years.add(full_year(two))
    return next(iter(years)) if len(years) == 1 else None


def _with_year(value: date, year: int) -> date:
    try:
        return value.replace(year=year)
    except ValueError:  # 29 February
        return value


def _before_the_update(matches: list[re.Match[str]], labels: list[str]) -> list[re.Match[str]]:
    """The line's other dates when each is earlier than its update's.

    ("Modifié le 6 mars 2024 | Créé le 5 mars 2024" under a label not known): a page is updated
    after it is published.
    """
    updates = [_read_match(m, None) for m, label in zip(matches, labels, strict=True)
               if label == "updated" and _has_year(m)]  # fmt: skip
    others = [m for m, label in zip(matches, labels, strict=True) if label != "updated"]
    if not updates or not others or None in updates:
        return matches
    first_update = min(d for d in updates if d is not None)
    earlier = [m for m in others
               if _has_year(m) and (d := _read_match(m, None)) and d < first_update]  # fmt: skip
    return earlier if len(earlier) == len(others) else matches


def _has_year(match: re.Match[str]) -> bool:
    return bool(
        match.group("year")
        or match.group("myear")
        or match.group("kyear")
        or match.group("cyear")
        or match.group("emonth")
        or match.group("nyear")
        or match.group("tyear")
    )


_TIME = re.compile(r"\d{1,2}\s*(?:[:h.]\s*\d{2}|ч|시|uhr)\w*", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{3,}")
_DATELINE_END = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*[.,:;–—-]*\s*")
SENTENCE_WORDS = 3
"""A short line with this many lower-case words of three letters or more besides its dates and
times is a sentence that holds a date ("le président a signé la loi"), not a byline."""


def _is_sentence(line: str) -> bool:
    """Whether a line is a sentence that holds a date rather than a stamp.

    Enough lower-case words, or words of a script without case (Arabic, Hebrew, Hindi); or a
    sentence's end in Korean ("다."), Japanese and Chinese ("。").
    """
    rest = _TIME.sub(" ", _pattern().sub(" ", without_ages(line)))  # ("Mis à jour il y a 2 ans")
    if rest.rstrip().endswith(("다.", "다", "。")):
        return True
    return sum(1 for w in _WORD.findall(rest) if w.islower() or _caseless(w)) >= SENTENCE_WORDS


def _caseless(word: str) -> bool:
    """A word of a script without upper and lower case ("الميزانية", "बजट")."""
    return not word.isupper() and not word.islower() and not word.istitle()


LABEL_REACH = 30
"""A label stands at most this many characters before the date it introduces."""
_RANGE_BEFORE = re.compile(r"\b(?:ab|desde|с|from)\s*$", re.IGNORECASE)
"""Words that open a span by themselves ("ab 3. Mai"). "vom", "du", "del" may say "of" as well
("Pressemitteilung Nr. 45 vom 12.04.2023"): only a span's end after the date makes them "from"."""
_RANGE_AFTER = re.compile(  # (not a time glued by a dash: "12.06.2024-14:20")
    r"\s*(?:au|bis|al|hasta|a|по|до|–|—|-|~)\s*\d(?!\d?[:h.]\d\d(?![.\d]))", re.IGNORECASE
)  # ("bis 30.05.2023" ends a span: a time "-14.20" has no third part)
_RANGE_END = re.compile(
    r"\d[^\d|]{0,20}?(?:\b(?:au|bis|al|hasta|по|до)\s*|\s[–—-]\s*|~\s*)$", re.IGNORECASE
)


@cache
def _labels() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Date labels of the five languages and the English label of their kind."""
    from . import vocab

    kinds = {"update": "updated", "original": "published", "today": "today"}
    out = []
    for entry in vocab.entries("locale_date_labels"):
        words, kind = entry.rsplit(None, 1)
        out.append((re.compile(rf"(?:{words})\W*$", re.IGNORECASE), kinds[kind]))
    return tuple(out)


APPEARED_REACH = 100
_APPEARED_IN = re.compile(
    r"\b(?:paru|parue|erschienen|publicad[oa]|pubblicat[oa])\s+(?:dans|in|en|su)\b"
    r"[^|.\n]{1,70}?\b(?:du|am|vom|del|el|il)\s*$",
    re.IGNORECASE,
)
"""A repost's note naming the paper and its day: "Article paru dans Le Monde du 18/08/21",
"Erschienen in der Rundschau vom 05.03.24" (the paper's name stands between label and date)."""


def _label_before(head: str, start: int) -> str:
    """The kind of label ("published", "updated") just before ``start``, or "".

    A weekday may stand between them ("Publié le mardi 28 avril 2020").
    """
    if _APPEARED_IN.search(head[max(0, start - APPEARED_REACH) : start]):
        return "published"
    before = head[max(0, start - LABEL_REACH) : start]
    before = before.split("|")[-1]  # ("Modifié le ... | Publié le ..."): only its own label
    before = _weekday_after_label().sub("", before)
    for pattern, kind in _labels():
        if pattern.search(before):
            return kind
    return ""


@cache
def _weekday_after_label() -> re.Pattern[str]:
    from . import vocab

    names = {name for entry in vocab.entries("weekdays") for name in entry.split()[1:]}
    words = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(rf"\s(?:{words})\.?,?\s*$", re.IGNORECASE)


_OTHER_CALENDAR = re.compile(r"\d{3,4}\s*(?:هـ|ه|AH)\.?\s*[–—-]\s*$")
"""A Hijri date before the Gregorian one ("22 شعبان 1444 هـ - 14 مارس 2023"): the same day in two
calendars, not a span."""


def _in_range(head: str, match: re.Match[str]) -> bool:
    """A date opening or closing a span ("du 3 juin au 15 septembre"): an event's, not a stamp."""
    before = without_ages(head[: match.start()])  # ("2 ore fa - 05/03/2024": an age, no span)
    return bool(
        _RANGE_BEFORE.search(before)
        or (_RANGE_END.search(before) and not _OTHER_CALENDAR.search(before))
        or _RANGE_AFTER.match(without_ages(head[match.end() :]))
    )


def locale_line_candidate(
    line: str, offset: int, text: str, *, named_months: bool = False
) -> DateCandidate | None:
    """The date a line of a page in another language offers as its own, if any.

    A stamp, a byline or a dateline in that language's words, with its label. With
    ``named_months`` only a full date whose month is a name ("13 Oktober 2025").
    """
    if not _DIGIT.search(line, 0, BYLINE_MAX_CHARS):
        return None
    found = _line_candidate(line, offset, text, named_months=named_months)
    if found is not None and named_months and found.year_inferred:
        return None
    return found


def _line_candidate(
    line: str, offset: int, text: str, *, named_months: bool = False
) -> DateCandidate | None:
    if is_field_line(line):  # "Termin: ...", "Né le ...", "기간: ...": another thing's date
        return None
    if is_credit_line(line):  # "Foto: Rita Lopes – 22.fev.2021/Reuters": the photo's day
        return None
    head = line[:BYLINE_MAX_CHARS]
    matches = [m for m in _pattern().finditer(head)
               if not _in_range(head, m) and not is_limit(head, m.start(), m.end())]  # fmt: skip
    if named_months:  # (digits on a page read as English keep the English order, and a line
        # the English patterns declined, a range or a field, stays declined)
        matches = [m for m in matches if m.group("cyear") or (m.group("year") and _not_english(m))]
    if not matches:
        return None
    labels = [_label_before(head, m.start()) for m in matches]
    kept = [(m, label) for m, label in zip(matches, labels, strict=True)
            if label or len(m.group("nyear") or "0000") == 4]  # fmt: skip
    if not kept:
        return None
    matches, labels = [m for m, _ in kept], [label for _, label in kept]
    # (a line whose every date has its label is a byline, however many words the labels take:
    # "Article mis en ligne le 23 avril 2016 dernière modification le 15 décembre 2017")
    short = len(line) <= BYLINE_MAX_CHARS and (all(labels) or not _is_sentence(line))
    place = _place(head)
    if "updated" in labels and "published" in labels:  # the first publication, wherever it stands
        matches = [m for m, label in zip(matches, labels, strict=True) if label != "updated"]
    elif "updated" in labels:
        matches = _before_the_update(matches, labels)
    for match in matches:
        dateline = place is not None and match.start() == place.end()
        lead = not short and not dateline and (
            _opens_lead(head, match, text) or _in_lead_bracket(head, match)
        )
        if not (short or dateline or lead):
            continue
        restated = None if _has_year(match) else _restated_year(text, match)
        year = None if _has_year(match) else restated or _year_of_text(text)
        value = _read_match(match, year)
        if value is None:
            continue
        fitting: set[int] | None = None
        if year is not None and year != restated:  # (the day restated in digits is its own proof)
            fits, fitting = (_stated_weekday_year(text, match) if match.group("wweekday")
                             else _weekday_year(text, value))  # fmt: skip
            if fits is not None:
                value, year = _with_year(value, fits), fits
            elif fitting is not None and year not in fitting:
                continue  # the lead's weekday fits no year the text suggests: the year is unknown
            elif fitting is None:  # no weekday to check it: "seit 2022" in the text is no year
                mentioned = None
                if dateline and not short:
                    mentioned = restated or _today_year(text, value) or _mentions_year(text, value)
                if mentioned is None:  # of writing, and a guessed year is worse than none
                    continue
                value, year = _with_year(value, mentioned), mentioned
        alone = not line[: match.start()].strip() and not line[match.end() :].strip(" .,")
        source = PublishedSource.HEADER if alone and _has_year(match) else PublishedSource.BYLINE
        why = f"written in {', '.join(_languages(match))}"
        if dateline and (not short or _AGENCY_CLOSE.match(line, match.end())):
            source, why = PublishedSource.DATELINE, f"a dateline opening the lead, {why}"
        elif lead:
            source, why = PublishedSource.DATELINE, f"a date opening the lead, {why}"
        if year is not None:
            why += f"; no year: {year}, " + (
                "the year of the same day written in digits on the page"
                if year == restated
                else "the year that follows the text's full dated mentions"
                if fitting is None
                else "the year the text names most often"
                if year == _year_of_text(text)
                else "the one year near those the text names that fits the weekday of its lead"
            )
        start = offset + len(line) - len(line.lstrip())
        if short:
            end = len(line.rstrip())
        else:  # the dateline and what closes it ("(Reuters) -") are cut, the paragraph stays
            end = _DATELINE_END.match(line, match.end()).end()
        return DateCandidate(value, source, start, offset + end, line=line.strip(), why=why,
                             year_inferred=year is not None,
                             label=_label_before(head, match.start()))  # fmt: skip
    return None


_AGENCY_CLOSE = re.compile(r"\.?\s*\([^()\n]{2,40}\)\s*[-–—]{1,2}\s*\Z")
"""An agency's name and a dash closing a dateline set on a line of its own, the lead below it:
"SEVILLA, 7 Feb. (Agencia) -"."""


def _place(head: str) -> re.Match[str] | None:
    """The place heading a dateline, unless what stands there names a day.

    "В минувшую субботу, 13 февраля, на стадионе ..." opens with a weekday, not a city: the
    day it names is the event's, told in a sentence.
    """
    place = DATELINE_PLACE.match(head)
    if place is None or any(w.lower() in calendar_words()
                            for w in re.findall(r"\w+", place.group())):
        return None
    return place


def _opens_lead(head: str, match: re.Match[str], text: str) -> bool:
    """A full date opening a paragraph, its first sentence after it.

    "6.10.2025 Am Sonntagabend ...".

    A portal prints its stamp so before the lead. A sentence opening with a bare date and a
    capital is no sentence of the prose ("Am 6.10.2025 ..."); a page where several paragraphs
    open so is a list of teasers, none the page's.
    """
    after = head[match.end() : match.end() + 2].lstrip()
    if head[: match.start()].strip() or not _has_year(match) or not after[:1].isupper():
        return False
    return sum(_opens_with_date(line) for line in text.split("\n")) == 1


_LEAD_BRACKET = re.compile(r"\s*【[^】\n]{0,40}】")
"""A Chinese lead's opening bracket naming the outlet and the day: "【晨報2025年11月05日訊】"."""


def _in_lead_bracket(head: str, match: re.Match[str]) -> bool:
    bracket = _LEAD_BRACKET.match(head)
    return bracket is not None and _has_year(match) and match.end() < bracket.end()


def _opens_with_date(line: str) -> bool:
    """A paragraph of prose opening with a full date and a capital after it."""
    if len(line.split(None, PROSE_WORDS)) < PROSE_WORDS:
        return False
    found = _pattern().match(line.lstrip())
    return bool(found and _has_year(found) and line.lstrip()[found.end() :].lstrip()[:1].isupper())


def _languages(match: re.Match[str]) -> list[str]:
    if match.group("kmonth"):
        return ["ko"]
    if match.group("tyear"):
        return ["th"]
    if match.group("cyear"):
        return ["ja", "zh"]
    if match.group("nyear"):
        return ["digits, day first"]
    if match.group("wmonth"):
        return ["ja", "ko"]
    if match.group("emonth"):
        return ["ja", "zh", "an era's year"]
    if match.group("mmonth"):
        return sorted(month_names()[match.group("mmonth").lower()], key=LANGUAGES.index)
    return sorted(month_names()[match.group("month").lower()], key=LANGUAGES.index)


def find_locale_dates(text: str, *, head_lines: int = HEAD_LINES) -> list[DateCandidate]:
    """Datelines, bylines and stamps in the five languages near the top of ``text``.

    The top is counted as :func:`.pubdate.find_publication_dates` counts it.
    """
    found: list[DateCandidate] = []
    offset = substantial = 0
    related = False
    for number, line in enumerate(text.split("\n")):
        if number >= MAX_SCANNED_LINES or substantial >= head_lines:
            break
        if line.strip():
            if furniture.is_section_header(line):  # "Mehr zum Thema": other stories' dates
                related = True
            elif len(line.split(None, PROSE_WORDS)) >= PROSE_WORDS:
                related = False
            if _DIGIT.search(line, 0, BYLINE_MAX_CHARS):
                candidate = _line_candidate(line, offset, text)
                # (a first-publication label is the page's own, even below a list of events)
                if candidate is not None and (not related or candidate.label == "published"):
                    found.append(candidate)
            substantial += len(line.split(None, 3)) >= 4
        offset += len(line) + 1
    return found


def mark_labels(found: list[DateCandidate], text: str) -> list[DateCandidate]:
    """``found`` (the English patterns' dates on a page in another language), labels read.

    Each candidate gets the kind of label it stands after ("수정 2023.04.12" is an update), and
    those on a line a field label opens ("Termin:", "기간:") go.
    """
    out = []
    for candidate in found:
        line_start = text.rfind("\n", 0, candidate.start) + 1
        line = text[line_start : text.find("\n", candidate.start) % (len(text) + 1)]
        if is_field_line(line):
            continue
        at = candidate.start - line_start
        if is_limit(line, at, _first_digit(line, at) + 1):  # ("gilt bis 30.09.2024")
            continue
        if not candidate.label:
            written = text[line_start : candidate.start + BYLINE_MAX_CHARS]
            at = candidate.start - line_start
            kind = _label_before(written, at) or _label_before(written, _first_digit(written, at))
            candidate = replace(candidate, label=kind) if kind else candidate
        out.append(candidate)
    return out


def _first_digit(line: str, start: int) -> int:
    found = _DIGIT.search(line, start)
    return found.start() if found else start


_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def read_day_first(found: list[DateCandidate], text: str) -> list[DateCandidate]:
    """``found`` with each "05/03/2021" read day first: the page is not in English.

    The English patterns read a slashed date whose both numbers could be a month in the US
    order (5 March as May 3); in the five other languages the day comes first.
    """
    out = []
    for candidate in found:
        written = _SLASHED.search(text, candidate.start, candidate.end)
        if written is not None:
            first, second, year = (int(g) for g in written.groups())
            if (
                first != second
                and first <= 12
                and second <= 12
                and (candidate.value == date(year, first, second))
            ):
                why = "; ".join(w for w in (candidate.why, "read day first") if w)
                candidate = replace(candidate, value=date(year, second, first), why=why)
        out.append(replace(candidate, other_reading=None))
    return out


def issued_candidate(line: str, offset: int) -> DateCandidate | None:
    """The first publication a foot sentence names in another language, its full date closing it.

    "Este artículo se publicó originalmente el 4 de marzo de 2024." (a portal's rewrite); a date
    in mid-sentence tells of something else.
    """
    said = issued_elsewhere().match(line)
    match = said and _pattern().match(line, said.end())
    if not match or not _has_year(match) or not SENTENCE_END.match(line, match.end()):
        return None
    value = _read_match(match, None)
    if value is None:
        return None
    start = offset + len(line) - len(line.lstrip())
    return DateCandidate(value, PublishedSource.BYLINE, start, offset + match.end(), "published")
