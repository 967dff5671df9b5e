"""The only report of a day in each of two articles of one story: the same happening, unless the
reports name other actors, share no plain word, or an article tells two happenings that day."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.reconcile.clustering import cluster_events
from timeline_app.core.reconcile.signatures import story_keys

from .test_clustering import article, day, eid

THU = ("on Thursday", "2024-10-10", day("2024-10-10"), "day")
MON = ("on Monday", "2024-10-07", day("2024-10-07"), "day")
LEDES = {  # each outlet opens the story in its own words
    "a": "The dock strike at Marrowport entered its fourth day as container ships queued.",
    "b": "Exporters counted their losses as the Marrowport dockers stayed out for a fourth day.",
    "r": "Marrowport's container terminals stood idle for a fourth day of the dock strike.",
    "l": "Shipping lines diverted cargo away from strike-bound Marrowport on the fourth day.",
}


def _paper(aid: str, sentence: str, marks=(THU,), title: str = "Marrowport dock strike") -> object:
    return article(aid, f"{LEDES[aid]}\n\n{sentence}", list(marks), date(2024, 10, 11), title)


def test_paraphrases_of_a_day_with_no_name_in_common_merge():
    radio = _paper("r", "Negotiators sat down at the labour ministry on Thursday for the first "
                   "time since the walkout.")
    ledger = _paper("l", "Talks on Thursday at the ministry dragged on for nine hours.")
    clusters = cluster_events([radio, ledger])
    assert clusters[eid(radio, "on Thu")] == clusters[eid(ledger, "on Thu")]


def test_reports_naming_other_actors_stay_apart():
    one = _paper("a", "Minister Agnes Brodal received the union leaders at the ministry on "
                 "Thursday.")
    two = _paper("b", "Port director Helena Sauer went to the ministry on Thursday to present "
                 "the offer.")
    clusters = cluster_events([one, two])
    assert clusters[eid(one, "on Thu")] != clusters[eid(two, "on Thu")]


def test_reports_sharing_no_plain_word_stay_apart():
    talks = _paper("a", "Negotiators met at the labour ministry on Thursday.")
    fire = _paper("b", "A warehouse burned down near Gate 4 on Thursday, firefighters said.")
    clusters = cluster_events([talks, fire])
    assert clusters[eid(talks, "on Thu")] != clusters[eid(fire, "on Thu")]


def test_a_day_with_two_happenings_in_one_article_is_no_ones_but_each_deeds():
    """Two happenings of one day in one article: each is the article's only one of its deed."""
    both = _paper("a", "The ministry talks on Thursday failed. Police arrested six pickets at "
                  "the terminal on Thursday evening.",
                  [THU, ("on Thursday evening", "2024-10-10", day("2024-10-10"), "day")])
    talks = _paper("b", "The ministry meeting on Thursday lasted nine hours.")
    held = _paper("r", "Officers detained half a dozen strikers on Thursday.")
    clusters = cluster_events([both, talks, held])
    assert clusters[eid(both, "on Thursday failed")] != clusters[eid(both, "on Thursday evening")]
    assert clusters[eid(talks, "on Thu")] != clusters[eid(both, "on Thursday evening")]
    assert clusters[eid(held, "on Thu")] == clusters[eid(both, "on Thursday evening")]


def test_articles_of_other_stories_never_merge_on_a_shared_day():
    dam = article("d", "Authorities evacuated the village below the dam on Monday after engineers "
                  "found a crack in the spillway.", [MON], date(2024, 10, 8), "Dam evacuation")
    vote = article("v", "The council approved a leaner budget on Monday, cutting road spending.",
                   [MON], date(2024, 10, 8), "Budget vote")
    clusters = cluster_events([dam, vote])
    assert clusters[eid(dam, "on Mon")] != clusters[eid(vote, "on Mon")]


def test_an_agencys_byline_and_dateline_say_nothing_of_the_story():
    one = story_keys("Evacuation below cracked dam",
                     "By Lise Holm\n\nKESSLA, March 10 (Nordpress) - Villagers left their homes.")
    two = story_keys("Council approves budget",
                     "By Lise Holm\n\nKESSLA, March 10 (Nordpress) - The council voted cuts.")
    assert not one & two


def _year(expr: str, y: int) -> tuple[str, str, object, str]:
    from datetime import date as d

    from timeline_app.core.model import Interval

    return (expr, str(y), Interval(d(y, 1, 1), d(y + 1, 1, 1)), "year")


def test_a_background_year_told_once_merges_only_with_the_same_deed():
    one = _paper("a", "The last visit by an Ostmark minister, in 2011, ended without a deal.",
                 [_year("in 2011", 2011)])
    two = _paper("b", "In 2011 the previous visit ended without agreement.",
                 [_year("In 2011", 2011)])
    clusters = cluster_events([one, two])
    assert clusters[eid(one, "in 2011")] == clusters[eid(two, "In 2011")]
    term = _paper("r", "Brandt won a second term in 2017.", [_year("in 2017", 2017)])
    hall = _paper("l", "The town opened the sports hall in 2017.", [_year("in 2017", 2017)])
    clusters = cluster_events([term, hall])
    assert clusters[eid(term, "in 2017")] != clusters[eid(hall, "in 2017")]


def _own(aid: str, title: str, lede: str, sentence: str, marks) -> object:
    """An outlet whose title and lede share no word with the others' (story keys unalike)."""
    return article(aid, f"{lede}\n\n{sentence}", list(marks), date(2025, 9, 20), title)


@pytest.mark.parametrize(("wire_says", "local_says"), [
    # one class of deed (a leak) in other words
    ("The group settled claims over a smaller leak in 2014 out of court.",
     "Fuel seeped into the canal in 2014, and the council fined the firm."),
    # no class of deed, but two words of what was done ("diesel", "canal")
    ("The site had a previous incident in 2014, when a pump failure let diesel reach the canal.",
     "Diesel seeped into the canal basin in 2014, and the council fined the firm."),
    # a structure's background: one class of deed (built) in other words
    ("The flood wall, completed in 2014, cost the region 90 million.",
     "Contractors built that barrier in 2014 with money from Brussels."),
])
def test_a_background_year_merges_across_unalike_articles(wire_says, local_says):
    wire = _own("w", "Plant halts output", "Production stopped after the warehouse burned.",
                wire_says, [_year("in 2014", 2014)])
    local = _own("c", "Families sleep on camp beds", "Hundreds spent the night in a gym.",
                 local_says, [_year("in 2014", 2014)])
    other = _own("o", "Anglers count losses", "Trout vanished from the weir pools.",
                 "The anglers' club moved its clubhouse to the canal in 2014.",
                 [_year("in 2014", 2014)])
    clusters = cluster_events([wire, local, other])
    assert clusters[eid(wire, "in 2014")] == clusters[eid(local, "in 2014")]
    assert clusters[eid(other, "in 2014")] != clusters[eid(wire, "in 2014")]

SAT = ("on Saturday", "2025-09-13", day("2025-09-13"), "day")


def test_one_day_one_deed_and_two_names_merge_across_unalike_articles():
    wire = _own("w", "Thousands on the streets", "Demonstrators filled the centre.",
                "Thousands marched through Dorvik on Saturday to demand the closure of the "
                "Salteg plant.", [SAT])
    german = _own("g", "Menschenmenge zieht durch die Stadt", "Die Polizei sprach von Ruhe.",
                  "Mehrere Tausend Menschen sind am Samstag durch Dorvik gezogen, um die "
                  "Schließung des Werks Salteg zu fordern.",
                  [("am Samstag", "2025-09-13", day("2025-09-13"), "day")])
    clusters = cluster_events([wire, german])
    assert clusters[eid(wire, "on Sat")] == clusters[eid(german, "am Samstag")]



def _actors_of(report) -> frozenset[str]:
    from timeline_app.core.reconcile.lone_days import actors
    from timeline_app.core.reconcile.signatures import event_text

    [event] = report.events
    return actors(event, event_text(event, report.article.text))


def test_a_holiday_named_is_a_date_not_an_actor():
    deal = _own("d", "Households to be paid", "The first sums go out soon.",
                "The deal announced yesterday pays each household before Christmas, Mayor "
                "Brandt said.", [("yesterday", "2025-09-19", day("2025-09-19"), "day")])
    names = _actors_of(deal)
    assert "brand" in names and "chris" not in names


def test_a_german_noun_after_its_article_is_not_an_actor():
    report = _own("g", "Brand im Werk", "Die Feuerwehr war die ganze Nacht im Einsatz.",
                  "Laut Bürgermeisterin Jansen brach das Feuer am Dienstag in einer Lagerhalle "
                  "aus.", [("am Dienstag", "2025-09-16", day("2025-09-16"), "day")])
    names = _actors_of(report)
    assert "janse" in names and not names & {"feuer", "lager"}


@pytest.mark.parametrize(("sentence", "kept", "dropped"), [
    ("At the hearing on Tuesday, MPs asked Chair Holm why the NHS waited.", {"holm", "nhs"},
     {"mps"}),  # an acronym in the plural is a kind of person
    ("Laut Direktorin Falk waren die Männer am Samstag nach elf Tagen unter Tage geborgen worden.",
     {"falk"}, {"tage", "tagen"}),  # a German count in words, a set phrase
])
def test_plural_acronyms_german_counts_and_set_phrases_name_no_actor(
        sentence: str, kept: set[str], dropped: set[str]) -> None:
    names = _actors_of(_own("m", "A report", "Nothing else is said.", sentence,
                            [("on Tuesday" if "Tuesday" in sentence else "am Samstag",
                              "2025-09-16", day("2025-09-16"), "day")]))
    assert kept <= names and not names & dropped



def test_one_day_one_deed_and_two_words_of_it_merge_across_unalike_articles():
    wire = _own("w", "River mud still tainted", "Residues remain below the works.",
                "Solvent residues remain in the riverbed below the works, the state laboratory "
                "said in a report published on Thursday.",
                [("on Thursday", "2025-10-02", day("2025-10-02"), "day")])
    paper = _own("p", "Chief executive quits", "Pressure on the board grew all week.",
                 "Pressure had grown since the state laboratory's report on Thursday, which found "
                 "the river bed polluted, and the chief executive resigned.",
                 [("on Thursday", "2025-10-02", day("2025-10-02"), "day")])
    other = _own("o", "Harbour board fined", "The port paid up at last.",
                 "The harbour board's report on Thursday praised the new cranes.",
                 [("on Thursday", "2025-10-02", day("2025-10-02"), "day")])
    clusters = cluster_events([wire, paper, other])
    assert clusters[eid(wire, "on Thursday")] == clusters[eid(paper, "on Thursday")]
    assert clusters[eid(other, "on Thursday")] != clusters[eid(wire, "on Thursday")]


def _day(expression: str, iso: str) -> tuple:
    return (expression, iso, day(iso), "day")


GERMAN_RESCUE = ("Fähre vor Tresk havariert", "Die Küstenwache war die ganze Nacht im Einsatz.",
                 "Rettungsboote brachten in der Nacht 140 Fahrgäste an Land, die letzten am "
                 "Montagmorgen.", [_day("am Montagmorgen", "2025-09-15")])


def test_a_noun_after_a_count_or_telling_a_deed_is_not_an_actor():
    assert not _actors_of(_own("g", *GERMAN_RESCUE)) & {"fahrg", "land"}
    street = _own("s", "Fire in the centre", "Crews came from three towns.",
                  "Mayor Brandt visited 12 Quay Street on Monday.", [_day("on Monday", "2025-09-15")])
    assert {"brand", "quay", "stree"} <= _actors_of(street)  # an address, a capital after it


def test_a_rescue_told_with_german_nouns_merges_with_the_english_report():
    german = _own("g", *GERMAN_RESCUE)
    wire = _own("w", "Ferry aground off Tresk", "The coastguard worked through the night.",
                "Lifeboats from Tresk and Ovik worked until dawn, and the last passengers were "
                "brought ashore early on Monday.", [_day("early on Monday", "2025-09-15")])
    clusters = cluster_events([german, wire])
    assert clusters[eid(german, "am Montagmorgen")] == clusters[eid(wire, "early on Monday")]


def test_a_state_of_emergency_told_in_french_merges_with_the_english_report():
    tuesday = "2025-09-16"
    french = _own("f", "Inondations : le ministre à Tresk", "Les pompiers pompaient toujours.",
                  "Le ministre Paul Arven s'est rendu mardi à Tresk. La préfecture avait décrété "
                  "l'état d'urgence le matin même.",
                  [_day("mardi", tuesday), _day("le matin même", tuesday)])
    radio = _own("r", "Floods in Tresk", "Water is still rising downstream.",
                 "This morning the prefecture declared a state of emergency for the towns and the "
                 "villages downstream.", [_day("This morning", tuesday)])
    wire = _own("w", "Minister sees flood damage", "He promised help to every family.",
                "Minister Paul Arven visited Tresk on Tuesday and met families in the school.",
                [_day("on Tuesday", tuesday)])
    clusters = cluster_events([french, radio, wire])
    assert clusters[eid(french, "le matin même")] == clusters[eid(radio, "This morning")]
    assert clusters[eid(french, "mardi")] == clusters[eid(wire, "on Tuesday")]
    assert clusters[eid(french, "mardi")] != clusters[eid(radio, "This morning")]


def test_two_stories_backgrounds_that_each_cost_millions_stay_apart():
    """How much is no deed: "cost ... million crowns" in two stories' background years."""
    year = [_year("in 2011", 2011)]
    dam = _own("d", "Reservoir level falls", "The water board met at noon.",
               "The dam was finished in 2011 and cost 250 million crowns.", year)
    strike = _own("s", "Bus drivers walk out", "No buses ran in the city.",
                  "A similar walkout in 2011 cost shops about 30 million crowns.", year)
    clusters = cluster_events([dam, strike])
    assert clusters[eid(dam, "in 2011")] != clusters[eid(strike, "in 2011")]
