"""Typed phrases, second table: what users type into a date box, and bylines, captions and headlines.

Written with their values before the tagger first ran on them (in the project's own words; no
line taken from a phrase corpus). Two anchors: ``B`` is Tuesday 13 February 2024 with the future
preferred (a date box: "friday" is the coming one); ``A`` is Wednesday 18 October 2023 with the
past preferred (a caption or headline of that day's paper).

Values follow the project's TIMEX3 conventions: a relative count keeps its unit's granularity
("2 wks ago" is a week), a range gives its start, durations are ``P..`` (a decade ``P10Y``, as
TimeBank writes "past decade": the two decade lines were first written ``P1DE``, and counted wrong
in the first run, 172 of 239 right; corrected to the convention after it).
"""

from __future__ import annotations

from datetime import date

ANCHORS = {"A": (date(2023, 10, 18), "past"), "B": (date(2024, 2, 13), "future")}

Phrase = tuple[str, str, str, str]
"""(family, phrase as typed, anchor key, TIMEX3 value)"""

PHRASES: list[Phrase] = [
    # relative days, weeks, months, years
    ("relative", "in 3 days", "B", "2024-02-16"),
    ("relative", "in three days", "B", "2024-02-16"),
    ("relative", "3 days from now", "B", "2024-02-16"),
    ("relative", "a fortnight ago", "B", "2024-W05"),
    ("relative", "next weekend", "B", "2024-W08-WE"),
    ("relative", "this weekend", "B", "2024-W07-WE"),
    ("relative", "the day after tomorrow", "B", "2024-02-15"),
    ("relative", "day before yesterday", "B", "2024-02-11"),
    ("relative", "this coming tuesday", "B", "2024-02-20"),
    ("relative", "next tuesday", "B", "2024-02-20"),
    ("relative", "last tuesday", "B", "2024-02-06"),
    ("relative", "this friday", "B", "2024-02-16"),
    ("relative", "friday", "B", "2024-02-16"),
    ("relative", "next month", "B", "2024-03"),
    ("relative", "last month", "B", "2024-01"),
    ("relative", "next year", "B", "2025"),
    ("relative", "in 2 months", "B", "2024-04"),
    ("relative", "2 years ago", "B", "2022"),
    ("relative", "in 5 years", "B", "2029"),
    ("relative", "3 weeks from today", "B", "2024-03-05"),
    ("relative", "a week from tomorrow", "B", "2024-02-21"),
    ("relative", "two days ago", "B", "2024-02-11"),
    ("relative", "tomorrow", "B", "2024-02-14"),
    ("relative", "next week", "B", "2024-W08"),
    ("relative", "the week after next", "B", "2024-W09"),
    ("relative", "end of next month", "B", "2024-03"),
    ("relative", "early next week", "B", "2024-W08"),
    ("relative", "later this week", "B", "2024-W07"),
    ("relative", "one year from now", "B", "2025"),
    ("relative", "6 months ago", "B", "2023-08"),
    ("relative", "last weekend", "B", "2024-W06-WE"),
    ("relative", "this week", "B", "2024-W07"),
    ("relative", "in 2 weeks", "B", "2024-W09"),
    ("relative", "last thursday", "A", "2023-10-12"),
    ("relative", "monday", "A", "2023-10-16"),
    ("relative", "3 weeks ago", "A", "2023-W39"),
    ("relative", "a fortnight ago", "A", "2023-W40"),
    ("relative", "earlier this year", "A", "2023"),
    ("relative", "the past weekend", "A", "2023-W41-WE"),
    ("relative", "late last year", "A", "2022"),
    ("relative", "5 days ago", "A", "2023-10-13"),
    ("relative", "the weekend before last", "A", "2023-W40-WE"),
    ("relative", "a year ago today", "A", "2022-10-18"),
    ("relative", "this time last year", "A", "2022-10-18"),
    # clock times
    ("time", "at noon tomorrow", "B", "2024-02-14T12:00"),
    ("time", "tonight at 8", "B", "2024-02-13T20:00"),
    ("time", "8pm EST", "B", "2024-02-13T20:00"),
    ("time", "17:30", "B", "2024-02-13T17:30"),
    ("time", "from 9 to 11am", "B", "2024-02-13T09:00"),
    ("time", "at 7:45 am", "B", "2024-02-13T07:45"),
    ("time", "tomorrow at 3pm", "B", "2024-02-14T15:00"),
    ("time", "friday at 6:30pm", "B", "2024-02-16T18:30"),
    ("time", "at 10", "B", "2024-02-13T10:00"),
    ("time", "noon", "B", "2024-02-13T12:00"),
    ("time", "3:00 p.m.", "B", "2024-02-13T15:00"),
    ("time", "9 in the morning", "B", "2024-02-13T09:00"),
    ("time", "quarter past 4 pm", "B", "2024-02-13T16:15"),
    ("time", "half past 7 tomorrow", "B", "2024-02-14T07:30"),
    ("time", "10:30pm tomorrow", "B", "2024-02-14T22:30"),
    ("time", "tomorrow 9am", "B", "2024-02-14T09:00"),
    ("time", "next monday at 9am", "B", "2024-02-19T09:00"),
    ("time", "at 2 pm on friday", "B", "2024-02-16T14:00"),
    ("time", "1400 hrs", "B", "2024-02-13T14:00"),
    ("time", "between 2 and 4pm", "B", "2024-02-13T14:00"),
    ("time", "9:30 tonight", "B", "2024-02-13T21:30"),
    ("time", "6 am tomorrow", "B", "2024-02-14T06:00"),
    ("time", "5pm on the 20th", "B", "2024-02-20T17:00"),
    ("time", "last night at 11", "A", "2023-10-17T23:00"),
    ("time", "yesterday at 4:15 pm", "A", "2023-10-17T16:15"),
    ("time", "at 8:30 this morning", "A", "2023-10-18T08:30"),
    ("time", "3 pm yesterday", "A", "2023-10-17T15:00"),
    ("time", "around 5pm", "A", "2023-10-18T17:00"),
    ("time", "11 p.m. GMT", "A", "2023-10-18T23:00"),
    ("time", "0900 GMT", "A", "2023-10-18T09:00"),
    ("time", "12:00 noon", "A", "2023-10-18T12:00"),
    ("time", "midday friday", "A", "2023-10-13T12:00"),
    ("time", "noon on saturday", "A", "2023-10-14T12:00"),
    # parts of the day
    ("part", "this morning", "B", "2024-02-13TMO"),
    ("part", "tomorrow evening", "B", "2024-02-14TEV"),
    ("part", "friday afternoon", "B", "2024-02-16TAF"),
    ("part", "tomorrow night", "B", "2024-02-14TNI"),
    ("part", "saturday morning", "B", "2024-02-17TMO"),
    ("part", "this evening", "B", "2024-02-13TEV"),
    ("part", "late tonight", "B", "2024-02-13TNI"),
    ("part", "early tomorrow morning", "B", "2024-02-14TMO"),
    ("part", "sunday night", "A", "2023-10-15TNI"),
    ("part", "the night before last", "A", "2023-10-16TNI"),
    ("part", "late afternoon", "A", "2023-10-18TAF"),
    # ordinals and compositions
    ("ordinal", "the third Monday in January", "B", "2025-01-20"),
    ("ordinal", "last day of february 2020", "B", "2020-02-29"),
    ("ordinal", "2nd week of march", "B", "2024-W11"),
    ("ordinal", "the last friday of june", "B", "2024-06-28"),
    ("ordinal", "first monday of next month", "B", "2024-03-04"),
    ("ordinal", "the 5th of next month", "B", "2024-03-05"),
    ("ordinal", "the 15th", "B", "2024-02-15"),
    ("ordinal", "tuesday the 27th", "B", "2024-02-27"),
    ("ordinal", "the first of march", "B", "2024-03-01"),
    ("ordinal", "march 1st", "B", "2024-03-01"),
    ("ordinal", "the last weekend of april", "B", "2024-W17-WE"),
    ("ordinal", "first sunday of october", "B", "2024-10-06"),
    ("ordinal", "last day of the month", "B", "2024-02-29"),
    ("ordinal", "first day of next year", "B", "2025-01-01"),
    ("ordinal", "the end of next week", "B", "2024-W08"),
    ("ordinal", "the 2nd of april", "B", "2024-04-02"),
    ("ordinal", "the first week of may", "A", "2023-W18"),
    ("ordinal", "the 3rd", "A", "2023-10-03"),
    ("ordinal", "the 25th", "A", "2023-09-25"),
    ("ordinal", "21st of june", "A", "2023-06-21"),
    ("ordinal", "tues 14 nov", "A", "2023-11-14"),
    ("ordinal", "fri 13 oct", "A", "2023-10-13"),
    # holidays, alone and with offsets
    ("holiday", "christmas eve", "B", "2024-12-24"),
    ("holiday", "the day after thanksgiving", "B", "2024-11-29"),
    ("holiday", "two days before christmas", "B", "2024-12-23"),
    ("holiday", "easter 2025", "B", "2025-04-20"),
    ("holiday", "new year's eve", "B", "2024-12-31"),
    ("holiday", "memorial day", "B", "2024-05-27"),
    ("holiday", "halloween", "B", "2024-10-31"),
    ("holiday", "valentine's day", "B", "2024-02-14"),
    ("holiday", "mothers day", "B", "2024-05-12"),
    ("holiday", "st patrick's day", "B", "2024-03-17"),
    ("holiday", "independence day", "B", "2024-07-04"),
    ("holiday", "july 4th", "B", "2024-07-04"),
    ("holiday", "good friday 2024", "B", "2024-03-29"),
    ("holiday", "the week before christmas", "B", "2024-W51"),
    ("holiday", "christmas day 2019", "B", "2019-12-25"),
    ("holiday", "last christmas", "B", "2023-12-25"),
    ("holiday", "martin luther king day", "B", "2025-01-20"),
    ("holiday", "presidents day", "B", "2024-02-19"),
    ("holiday", "new years day 2025", "B", "2025-01-01"),
    ("holiday", "boxing day", "B", "2024-12-26"),
    # numeric forms
    ("numeric", "2/14", "B", "2024-02-14"),
    ("numeric", "02/29/2024", "B", "2024-02-29"),
    ("numeric", "2024-03-15", "B", "2024-03-15"),
    ("numeric", "15.03.2024", "B", "2024-03-15"),
    ("numeric", "3/15/24", "B", "2024-03-15"),
    ("numeric", "20240315", "B", "2024-03-15"),
    ("numeric", "15-Mar-2024", "B", "2024-03-15"),
    ("numeric", "Mar 15 2024", "B", "2024-03-15"),
    ("numeric", "15 Mar 2024", "B", "2024-03-15"),
    ("numeric", "2024/3/5", "B", "2024-03-05"),
    ("numeric", "03.15.2024", "B", "2024-03-15"),
    ("numeric", "12/25", "B", "2024-12-25"),
    ("numeric", "31/12/2023", "B", "2023-12-31"),
    ("numeric", "march 15th, 2024", "B", "2024-03-15"),
    ("numeric", "the 15th of march", "B", "2024-03-15"),
    ("numeric", "Feb '22", "B", "2022-02"),
    ("numeric", "march 2025", "B", "2025-03"),
    ("numeric", "2025", "B", "2025"),
    ("numeric", "sept 2021", "B", "2021-09"),
    ("numeric", "oct. 5", "B", "2024-10-05"),
    ("numeric", "Jan. 6, 2021", "A", "2021-01-06"),
    ("numeric", "1 Jan", "A", "2023-01-01"),
    ("numeric", "Jan 1st", "A", "2023-01-01"),
    # quarters, halves, seasons
    ("period", "q3", "B", "2024-Q3"),
    ("period", "next quarter", "B", "2024-Q2"),
    ("period", "the first half of 2019", "B", "2019-H1"),
    ("period", "2nd half of next year", "B", "2025-H2"),
    ("period", "summer 2025", "B", "2025-SU"),
    ("period", "this summer", "B", "2024-SU"),
    ("period", "next spring", "B", "2024-SP"),
    ("period", "fall 2023", "B", "2023-FA"),
    ("period", "the third quarter of 2023", "B", "2023-Q3"),
    ("period", "Q4 '23", "B", "2023-Q4"),
    ("period", "the last quarter of 2022", "B", "2022-Q4"),
    ("period", "last fall", "A", "2022-FA"),
    ("period", "the spring of 2020", "A", "2020-SP"),
    ("period", "winter 2022-23", "A", "2022-WI"),
    ("period", "FY2022", "A", "2022"),
    # intervals and bounds
    ("interval", "June 3-5", "B", "2024-06-03"),
    ("interval", "mid-2021", "B", "2021"),
    ("interval", "late 1990s", "B", "199"),
    ("interval", "since 2010", "B", "2010"),
    ("interval", "between 2015 and 2018", "B", "2015"),
    ("interval", "from monday to wednesday", "B", "2024-02-19"),
    ("interval", "2019-2021", "B", "2019"),
    ("interval", "the early 2000s", "B", "200"),
    ("interval", "until friday", "B", "2024-02-16"),
    ("interval", "by the end of the year", "B", "2024"),
    ("interval", "the 1980s", "B", "198"),
    ("interval", "march through may", "B", "2024-03"),
    ("interval", "mar 10 - mar 15", "B", "2024-03-10"),
    ("interval", "from 2020 to 2022", "B", "2020"),
    ("interval", "early october", "A", "2023-10"),
    ("interval", "late september 2023", "A", "2023-09"),
    ("interval", "end of last month", "A", "2023-09"),
    ("interval", "the beginning of the year", "A", "2023"),
    ("interval", "since monday", "A", "2023-10-16"),
    ("interval", "the 2010s", "A", "201"),
    ("interval", "in the late 19th century", "A", "18"),
    ("interval", "circa 1850", "A", "1850"),
    # durations
    ("duration", "for 2 hours", "B", "PT2H"),
    ("duration", "3-day", "B", "P3D"),
    ("duration", "two weeks", "B", "P2W"),
    ("duration", "90 minutes", "B", "PT90M"),
    ("duration", "a couple of days", "B", "P2D"),
    ("duration", "half an hour", "B", "PT30M"),
    ("duration", "6 months", "B", "P6M"),
    ("duration", "a decade", "B", "P10Y"),
    ("duration", "24 hours", "B", "PT24H"),
    ("duration", "1 yr", "B", "P1Y"),
    ("duration", "3 hrs", "B", "PT3H"),
    ("duration", "the past 48 hours", "A", "PT48H"),
    ("duration", "over the last decade", "A", "P10Y"),
    ("duration", "the past three years", "A", "P3Y"),
    ("duration", "in the last 2 weeks", "A", "P2W"),
    ("duration", "2 days", "A", "P2D"),
    # misspellings and abbreviations
    ("abbrev", "tmrw", "B", "2024-02-14"),
    ("abbrev", "wed.", "B", "2024-02-14"),
    ("abbrev", "sept 9", "B", "2024-09-09"),
    ("abbrev", "last yr", "B", "2023"),
    ("abbrev", "weds", "B", "2024-02-14"),
    ("abbrev", "thurs 3pm", "B", "2024-02-15T15:00"),
    ("abbrev", "2 wks ago", "B", "2024-W05"),
    ("abbrev", "tomorow", "B", "2024-02-14"),
    ("abbrev", "tonite", "B", "2024-02-13TNI"),
    ("abbrev", "febuary 20", "B", "2024-02-20"),
    ("abbrev", "mon", "B", "2024-02-19"),
    ("abbrev", "sat 10am", "B", "2024-02-17T10:00"),
    ("abbrev", "dec 25", "B", "2024-12-25"),
    ("abbrev", "tmrw morning", "B", "2024-02-14TMO"),
    # bylines, captions and headlines
    ("caption", "Posted: Tue 17 Oct 2023 14:05", "A", "2023-10-17T14:05"),
    ("caption", "Updated 2:30 p.m. EDT", "A", "2023-10-18T14:30"),
    ("caption", "October 16, 2023 at 9:12 am", "A", "2023-10-16T09:12"),
    ("caption", "Mon, Oct 16, 2023", "A", "2023-10-16"),
    ("caption", "16 October 2023, 11:30 GMT", "A", "2023-10-16T11:30"),
    ("caption", "2023-10-16 08:45", "A", "2023-10-16T08:45"),
    ("caption", "Last updated on 10/17/2023", "A", "2023-10-17"),
    ("caption", "Photo taken Sept. 30, 2023", "A", "2023-09-30"),
    ("caption", "File photo from 2019", "A", "2019"),
    ("caption", "(AP Photo, Nov. 3, 2022)", "A", "2022-11-03"),
    ("headline", "Stocks slide Tuesday as yields climb", "A", "2023-10-17"),
    ("headline", "Storm expected to hit coast by Friday", "A", "2023-10-20"),
    ("headline", "Court rules in 2019 case", "A", "2019"),
    ("headline", "Election set for Nov. 7", "A", "2023-11-07"),
    ("headline", "Parade returns this weekend", "A", "2023-W42-WE"),
    ("headline", "Company reports Q3 loss", "A", "2023-Q3"),
    ("headline", "Prices rose 3% last month", "A", "2023-09"),
    ("headline", "Talks resume next week", "A", "2023-W43"),
    ("headline", "Museum reopens after 3-year renovation", "A", "P3Y"),
]


def reading(phrase: str, key: str) -> list:
    """The tagger's mentions of a phrase as ``timeline-app tag --jsonl`` reads a line with no lang."""
    from timeline_app.core.ingest.language import detect_language
    from timeline_app.core.temporal import tag
    from timeline_app.core.temporal.language_fit import fitting_language

    anchor, prefer = ANCHORS[key]
    return tag(phrase, anchor, prefer=prefer, lang=fitting_language(phrase, detect_language(phrase)))


def is_right(mentions: list, value: str) -> bool:
    """Right: the first expression found has the gold value (a range's end may follow it)."""
    return bool(mentions) and mentions[0].value == value


def wrong() -> list[tuple[Phrase, list]]:
    """The lines the tagger gets wrong, with what it gave."""
    out = []
    for line in PHRASES:
        found = reading(line[1], line[2])
        if not is_right(found, line[3]):
            out.append((line, found))
    return out


if __name__ == "__main__":  # python -m tests.core.temporal.typed_phrases_golden
    missed = wrong()
    for (family, phrase, key, value), found in missed:
        print(f"{family:9s} {key} {phrase!r:42s} gold {value:18s} got "
              f"{[(m.text, m.value, m.rule) for m in found]}")
    n = len(PHRASES)
    print(f"{n - len(missed)}/{n} right ({100 * (n - len(missed)) / n:.1f}%)")
