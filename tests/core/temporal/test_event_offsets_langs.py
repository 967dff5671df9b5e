"""Offsets hung on an event in five languages: "am Tag nach dem Brand", "le lendemain de
l'incendie", "dos días después del incendio", "через неделю после пожара".

The direction words are data (``offsets.txt`` of each language folder); these lines check that
each language's day-before/day-after and N-units-after phrases count from the event the text
dates, and that without such a date they stay hung on the event, never the anchor plus the
offset. The anchor is Wednesday 12 June 2019.
"""

from __future__ import annotations

import pytest

from tests.core.temporal.lang_golden import ANCHOR, Line, check, ids
from timeline_app.core.temporal import event_anchor, tag

DATED: list[tuple[str, str, list[tuple[str, ...]]]] = [
    ("de", "Der Brand brach am 3. März 2019 aus. Am Tag nach dem Brand schloss die Mühle.",
     [("3. März 2019", "2019-03-03"), ("Am Tag nach", "2019-03-04")]),
    ("de", "Der Brand brach am 3. März 2019 aus. Am Tag vor dem Brand hatte es geregnet.",
     [("3. März 2019", "2019-03-03"), ("Am Tag vor", "2019-03-02")]),
    ("fr", "L'incendie a éclaté le 3 mars 2019. La veille de l'incendie, la mairie avait été alertée.",
     [("3 mars 2019", "2019-03-03"), ("veille", "2019-03-02")]),
    ("fr", "L'incendie a éclaté le 3 mars 2019. Le lendemain de l'incendie, l'usine a fermé.",
     [("3 mars 2019", "2019-03-03"), ("lendemain", "2019-03-04")]),
    ("es", "El incendio se declaró el 3 de marzo de 2019. Dos días después del incendio, la fábrica cerró.",
     [("3 de marzo de 2019", "2019-03-03"), ("Dos días", "2019-03-05")]),
    ("es", "El incendio se declaró el 3 de marzo de 2019. Al día siguiente del incendio, la fábrica cerró.",
     [("3 de marzo de 2019", "2019-03-03"), ("día siguiente", "2019-03-04")]),
    ("pt", "O incêndio começou em 3 de março de 2019. No dia seguinte ao incêndio, a fábrica fechou.",
     [("3 de março de 2019", "2019-03-03"), ("dia seguinte", "2019-03-04")]),
    ("ru", "Пожар начался 3 марта 2019 года. Через два дня после пожара фабрика закрылась.",
     [("3 марта 2019 года", "2019-03-03"), ("Через два дня", "2019-03-05")]),
    ("ru", "Пожар начался 3 марта 2019 года. На следующий день после пожара фабрика закрылась.",
     [("3 марта 2019 года", "2019-03-03"), ("следующий день", "2019-03-04")]),
    # the day apposed after the event's phrase says which it is, not the last day told
    ("fr", "La ministre s'est rendue vendredi à la mine, fermée depuis le mardi 11 juin. La veille "
     "de sa visite, jeudi, une caméra a montré les hommes.",
     [("vendredi", "2019-06-07"), ("mardi 11 juin", "2019-06-11"), ("veille", "2019-06-06"),
      ("jeudi", "2019-06-06")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), DATED,
                         ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(DATED)])
def test_offset_counts_from_the_event_the_text_dates(lang, text, expected):
    check(lang, text, expected)


HUNG: list[Line] = [
    ("de", "Am Tag nach dem Brand blieben die Schulen geschlossen.", [("Am Tag nach",)]),
    ("fr", "Le lendemain de l'incendie, les écoles sont restées fermées.", [("lendemain",)]),
    ("fr", "La veille de l'incendie, les pompiers avaient alerté la mairie.", [("veille",)]),
    ("es", "Dos días después del incendio, las escuelas seguían cerradas.", [("Dos días",)]),
    ("es", "Al día siguiente del incendio, el alcalde visitó la zona.", [("día siguiente",)]),
    ("pt", "No dia seguinte ao incêndio, o prefeito visitou a área.", [("dia seguinte",)]),
    ("ru", "На следующий день после пожара мэр посетил район.", [("следующий день",)]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), HUNG, ids=ids(HUNG))
def test_offset_from_an_undated_event_is_never_the_anchor_plus_the_offset(lang, text, expected):
    mentions = tag(text, ANCHOR, lang=lang)
    assert [m.text for m in mentions] == [e[0] for e in expected], text
    for m in mentions:
        assert m.reference.startswith(event_anchor.EVENT), (text, m.value, m.reference)
        assert m.interval is None or m.type.value == "DURATION", (text, m.value)


def test_the_finite_verb_ends_a_fronted_german_phrase():
    # the Wednesday is the resignation's, not the accident's: "Vier Tage" is not counted from it
    text = "Vier Tage nach dem Unfall ist der Minister am Mittwoch zurückgetreten."
    offset, day = tag(text, ANCHOR, lang="de")
    assert (offset.text, offset.value, offset.interval) == ("Vier Tage", "P4D", None)
    assert offset.reference == event_anchor.EVENT + "dem Unfall"
    assert (day.text, day.value) == ("Mittwoch", "2019-06-12")
