"""The tense reader finds the governing verb of the date's clause however far before the date,
and no further than the clause (sentences written here)."""

from __future__ import annotations

from timeline_app.core.temporal import lexicon
from timeline_app.core.temporal.tense import _CLAUSE_MAX, direction


def _direction(text: str, phrase: str) -> str | None:
    start = text.index(phrase)
    with lexicon.speaking("en"):
        return direction(text, start, start + len(phrase))


def test_a_verb_far_before_the_date_governs_it() -> None:
    filler = "of the joint crew of the orbiting laboratory and its many partner agencies " * 3
    assert _direction(f"Ruiz will be named commander {filler}for a mission in December.",
                      "December") == "future"
    assert _direction(f"The board approved the purchase {filler}in February.",
                      "February") == "past"


def test_a_verb_of_the_sentence_before_does_not() -> None:
    text = ("The authority bought buses last year. Forty electric buses for the northern and "
            "eastern routes of the regional network are on order for February.")
    assert _direction(text, "February") != "past"


def test_an_aside_gives_its_verb_only_to_a_clause_without_one() -> None:
    text = ("Ruiz will be named commander of the crew, replacing an engineer who withdrew "
            "last year, for a mission in December.")
    assert _direction(text, "December") == "future"
    text = "The crew, which trained together for two years, and its flight in December."
    assert _direction(text, "December") == "past"


def test_a_text_without_stops_is_read_back_no_further_than_a_clause_can_run() -> None:
    words = "the crew of the laboratory " * (_CLAUSE_MAX // 20)
    assert _direction(f"Ruiz will lead {words}in December.", "December") is None
    assert _direction(f"{words}Ruiz will lead {words[:200]}in December.", "December") == "future"
