"""Which told time a phrase counts from, and which clause gives a weekday its direction.

"the same day" after "visited on Tuesday the town flooded since Saturday" is Tuesday: a day a
span starts from ("since Saturday") is no point of the story. "the plan approved by the cabinet
on Tuesday will cover": the weekday belongs to its participle (past), not to the main clause's
future verb. Lines written here; the anchor is Wednesday 12 June 2019.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.temporal.lang_golden import check

SAME_DAY: list[tuple[str, str, list[tuple[str, ...]]]] = [
    ("en", "The Prime Minister on Tuesday visited the town flooded since Saturday. The region declared an emergency the same day.",
     [("Tuesday", "2019-06-11"), ("Saturday", "2019-06-08"), ("the same day", "2019-06-11")]),
    ("en", "The minister visited the town, flooded since Saturday, on Tuesday. That day the region declared an emergency.",
     [("Saturday", "2019-06-08"), ("Tuesday", "2019-06-11"), ("That day", "2019-06-11")]),
    ("en", "The river burst its banks on Saturday. The region declared an emergency the same day.",
     [("Saturday", "2019-06-08"), ("the same day", "2019-06-08")]),
    ("de", "Der Minister besuchte am Dienstag die seit Samstag überflutete Stadt. Am selben Tag rief die Region den Notstand aus.",
     [("Dienstag", "2019-06-11"), ("Samstag", "2019-06-08"), ("selben Tag", "2019-06-11")]),
    ("fr", "Le ministre s'est rendu mardi à Marnholt, inondée depuis samedi. La région avait décrété l'état d'urgence le matin même.",
     [("mardi", "2019-06-11"), ("samedi", "2019-06-08"), ("matin même", "2019-06-11TMO")]),
    ("fr", "La digue a cédé samedi. Le jour même, la région a décrété l'état d'urgence.",
     [("samedi", "2019-06-08"), ("jour même", "2019-06-08")]),
    ("es", "El ministro visitó el martes la ciudad, inundada desde el sábado. Ese mismo día la región declaró la emergencia.",
     [("martes", "2019-06-11"), ("sábado", "2019-06-08"), ("Ese mismo día", "2019-06-11")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), SAME_DAY,
                         ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(SAME_DAY)])
def test_the_same_day_counts_from_the_last_day_told_as_a_point(lang, text, expected):
    check(lang, text, expected)


PARTICIPLE: list[tuple[str, str, list[tuple[str, ...]]]] = [
    ("en", "The package approved by the cabinet on Tuesday will cover only a small share of the losses.",
     [("Tuesday", "2019-06-11")]),
    ("en", "The plan, approved by the cabinet on Tuesday, will cover the losses.", [("Tuesday", "2019-06-11")]),
    ("en", "The cabinet on Tuesday will approve the plan.", [("Tuesday", "2019-06-18")]),
    ("en", "The vote scheduled for Tuesday will decide the plan.", [("Tuesday", "2019-06-18")]),
    ("fr", "Le plan approuvé par le gouvernement mardi couvrira une petite partie des pertes.", [("mardi", "2019-06-11")]),
    ("fr", "Le plan, approuvé mardi par le gouvernement, couvrira les pertes.", [("mardi", "2019-06-11")]),
    ("fr", "Le sommet prévu mardi réunira dix pays.", [("mardi", "2019-06-18")]),
    ("fr", "Le plan sera approuvé mardi par le gouvernement.", [("mardi", "2019-06-18")]),
    ("es", "El plan aprobado por el gobierno el martes cubrirá solo una parte de las pérdidas.", [("martes", "2019-06-11")]),
    ("es", "Su llegada el martes cambiará la agenda.", [("martes", "2019-06-18")]),
    ("pt", "O plano aprovado pelo governo na terça-feira cobrirá apenas parte das perdas.", [("terça-feira", "2019-06-11")]),
    ("it", "Il piano approvato dal governo martedì coprirà solo una parte delle perdite.", [("martedì", "2019-06-11")]),
    # a relative clause in the present right after the day says its act is in force now: done
    ("en", "Analysts said the order on Monday, which halts all output, would cost the group dearly.",
     [("Monday", "2019-06-10")]),
    ("en", "The ban on Friday, which bars all flights, will cost airlines millions.", [("Friday", "2019-06-07")]),
    # a future told before the day still governs it
    ("en", "The council will vote on Monday, which gives residents a week to object.", [("Monday", "2019-06-17")]),
    ("en", "The talks on Monday, which is expected to be tense, will decide the plan.", [("Monday", "2019-06-17")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), PARTICIPLE,
                         ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(PARTICIPLE)])
def test_a_weekday_takes_the_tense_of_its_own_participle_or_relative_clause(lang, text, expected):
    check(lang, text, expected)


def test_a_week_earlier_is_not_counted_from_a_year():
    # "opened in 2016": a year, no day to count a week from; the last day told (Saturday) is two
    # sentences back, out of news reach: the length, as "three days later" alone gives it
    check("en", "The river burst through the levee on Saturday. The levee was opened in 2016 and had "
          "been the pride of the town. Only a week earlier, the mayor cut a cake on it.",
          [("Saturday", "2019-06-08"), ("2016", "2016"), ("a week earlier", "P1W")])


RELATIVE: list[tuple[str, str, list[tuple[str, ...]]]] = [
    ("fr", "Le ministre s'est rendu mardi à Marnholt, où la rivière a rompu une digue samedi soir. "
           "La région avait décrété l'état d'urgence le matin même.",
     [("mardi", "2019-06-11"), ("samedi soir", "2019-06-08TEV"), ("matin même", "2019-06-11TMO")]),
    ("en", "The minister went to the town on Tuesday, where the river broke a levee on Saturday. "
           "The region declared an emergency the same day.",
     [("Tuesday", "2019-06-11"), ("Saturday", "2019-06-08"), ("the same day", "2019-06-11")]),
    ("en", "The river broke a levee on Saturday. The region declared an emergency the same day.",
     [("Saturday", "2019-06-08"), ("the same day", "2019-06-08")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), RELATIVE,
                         ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(RELATIVE)])
def test_the_same_day_is_the_main_clause_day_not_a_relative_clause_one(lang, text, expected):
    check(lang, text, expected)


@pytest.mark.parametrize(("text", "value"), [
    ("The board ordered new units only this spring.", "2026-SP"),  # past, said in autumn
    ("The board will order new units this spring.", "2027-SP"),
    ("The board orders new units this spring.", "2027-SP"),
])
def test_this_season_half_a_year_away_takes_the_clause_tense(text, value):
    check("en", text, [("this spring", value)], anchor=date(2026, 11, 20))


@pytest.mark.parametrize(("text", "expected"), [
    ("The region declared an emergency on Tuesday. The governor said soldiers would help. "
     "The prime minister toured the town in the afternoon.",
     [("Tuesday", "2019-06-11"), ("the afternoon", "2019-06-11TAF")]),
    ("The prime minister toured the town in the afternoon.", []),  # no day told: not placed
])
def test_the_part_of_a_day_told_in_news_is_that_days(text, expected):
    check("en", text, expected)


@pytest.mark.parametrize(("text", "value"), [
    ("Das am Dienstag vom Kabinett beschlossene Paket wird nur einen Teil der Schäden decken.",
     "2019-06-11"),
    ("Das am Dienstag geplante Treffen wird in Berlin stattfinden.", "2019-06-18"),
    ("Am Dienstag wird das Kabinett das Paket beschließen.", "2019-06-18"),
])
def test_a_german_weekday_in_an_attribute_takes_its_participle(text, value):
    check("de", text, [("Dienstag", value)])


@pytest.mark.parametrize("text", [
    "Das am Dienstag beschlossene Élysée-Abkommen wird nur einen Teil der Schäden decken.",
    "Das am Dienstag vom Kabinett beschlossene Łódź-Paket wird nur einen Teil decken.",
])
def test_the_noun_after_the_attribute_may_open_with_any_scripts_capital(text):
    """A capital outside German's A-Z and ÄÖÜ (a French or Polish name) opens the noun too."""
    check("de", text, [("Dienstag", "2019-06-11")])

