"""French golden table: every family of the grammar, each line with the value it must give."""

from __future__ import annotations

import pytest

from tests.core.temporal.lang_golden import Line, check, ids

LINES: list[Line] = [
    ("absolute", "Le traité a été signé le 14 mars 2018 à Genève.", [("14 mars 2018", "2018-03-14")]),
    ("absolute", "La séance du mardi 5 février 2019 a été levée.", [("mardi 5 février 2019", "2019-02-05")]),
    ("absolute", "Le pont a rouvert le 1er mai.", [("1er mai", "2019-05-01")]),
    ("absolute", "Rapport publié le 17/12/2018.", [("17/12/2018", "2018-12-17")]),
    ("month", "En mars 2017, l'usine a fermé.", [("mars 2017", "2017-03")]),
    ("month", "Les travaux se sont achevés en mars.", [("mars", "2019-03")]),
    ("month", "Mars dernier, la grève a commencé.", [("Mars dernier", "2019-03")]),
    ("year", "En 2016, le pont a été construit, depuis 2010 il était prévu.",
     [("2016", "2016"), ("2010", "2010")]),
    ("weekday", "Le ministre est arrivé vendredi dernier.", [("vendredi dernier", "2019-06-07")]),
    ("weekday", "Les discussions reprendront mercredi prochain.", [("mercredi prochain", "2019-06-19")]),
    ("weekday", "Le ministre est arrivé lundi à Paris.", [("lundi", "2019-06-10")]),
    ("weekday", "La délégation sera à Berlin lundi.", [("lundi", "2019-06-17")]),
    ("deictic", "Hier, le ministre a dit qu'avant-hier tout était prêt.",
     [("Hier", "2019-06-11"), ("avant-hier", "2019-06-10")]),
    ("deictic", "Ce matin les travaux ont commencé, après-demain ils finiront.",
     [("Ce matin", "2019-06-12TMO"), ("après-demain", "2019-06-14")]),
    ("deictic", "Aujourd'hui le parlement vote.", [("Aujourd'hui", "2019-06-12")]),
    ("relunit", "La semaine dernière les prix ont monté, cette année moins.",
     [("semaine dernière", "2019-W23"), ("cette année", "2019")]),
    ("relunit", "La loi entrera en vigueur le mois prochain.", [("mois prochain", "2019-07")]),
    ("relunit", "L'an dernier, la récolte a été faible.", [("an dernier", "2018")]),
    ("ago", "Il y a trois jours, le parlement a voté.", [("Il y a trois jours", "2019-06-09")]),
    ("ago", "La session s'ouvre dans deux semaines.", [("dans deux semaines", "2019-W26")]),
    ("season", "À l'été 2018 il a fait très chaud.", [("été 2018", "2018-SU")]),
    ("mod", "Fin juin 2018, des élections ont eu lieu.", [("Fin juin 2018", "2018-06", "END")]),
    ("mod", "Début mars, des élections ont eu lieu.", [("Début mars", "2019-03", "START")]),
    ("mod", "Fin septembre, la rentrée aura lieu.", [("Fin septembre", "2019-09", "END")]),
    ("duration", "Les travaux ont duré pendant trois ans.", [("trois ans", "P3Y")]),
    ("range", "Le festival a eu lieu du 5 au 7 mars.", [("5", "2019-03-05"), ("7 mars", "2019-03-07")]),
    ("weekday", "Le président a annoncé ce mardi un accord.", [("ce mardi", "2019-06-11")]),
    ("time", "Il est arrivé à 15 heures, vers 10h20.", [("15 heures", "2019-06-12T15:00"), ("10h20", "2019-06-12T10:20")]),
    ("duration", "Ils ont marché pendant 15 heures.", [("15 heures", "PT15H")]),
    ("narrative", "Le 3 mars 2015, il est arrivé à Lyon; le lendemain il est parti et cette année-là il est revenu.",
     [("3 mars 2015", "2015-03-03"), ("lendemain", "2015-03-04"), ("cette année-là", "2015")]),
    ("absolute", "Le rapport du 05/03/2018 a été publié.", [("05/03/2018", "2018-03-05")]),
    ("time", "La réunion a commencé hier à 15 h 30.", [("hier", "2019-06-11"), ("15 h 30", "2019-06-11T15:30")]),
    ("time", "Le ministre est arrivé dans l'après-midi.", [("dans l'après-midi", "2019-06-12TAF")]),
    ("time", "Le vote a eu lieu à 8 h du soir.", [("8 h du soir", "2019-06-12T20:00")]),
    ("holiday", "À Noël, la famille s'est réunie.", [("Noël", "2018-12-25")]),
    ("holiday", "Pâques 2020 a été célébrée sans fidèles.", [("Pâques 2020", "2020-04-12")]),
    ("holiday", "Le défilé du 14 juillet 2018 a eu lieu sous la pluie.", [("14 juillet 2018", "2018-07-14")]),
    ("holiday", "Deux jours après Noël 2016, il est parti.", [("Deux jours après Noël 2016", "2016-12-27")]),
    ("holiday", "Noël dernier, les magasins étaient pleins.", [("Noël dernier", "2018-12-25")]),
    ("tense", "Lundi, le ministre signera l'accord.", [("Lundi", "2019-06-17")]),
    ("tense", "Le ministre a signé lundi l'accord.", [("lundi", "2019-06-10")]),
    ("tense", "La conférence aura lieu le 7 juin prochain.", [("7 juin prochain", "2020-06-07")]),
    ("event", "Le sommet s'est tenu le 5 mai 2018. Un mois après le sommet, les négociations ont échoué.",
     [("5 mai 2018", "2018-05-05"), ("Un mois", "2018-06")]),
    ("event", "Un mois après le sommet, les négociations ont échoué.", [("Un mois", "P1M")]),
]  # fmt: skip


@pytest.mark.parametrize(("family", "text", "expected"), LINES, ids=ids(LINES))
def test_french(family, text, expected):
    check("fr", text, expected)
