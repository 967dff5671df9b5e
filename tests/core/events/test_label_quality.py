"""Label quality on sentences written for this test, each with the label a person would give.

The label says what happened at the date: the clause that carries the expression (its subject,
verb and object), not the sentence's first words. A pinned floor of exact matches (after
folding case and punctuation) refuses silent regressions; raise it when labels improve.
"""

from __future__ import annotations

import re

from timeline_app.core.events.labels import make_label

# (sentence, expression, the label a person would give)
TABLE = [
    ("Relations between the two towns go back to 1871, when engineers built the first bridge "
     "across the river.", "1871", "Engineers built the first bridge across the river"),
    ("The festival dates from 1958, when a group of students staged a play in the market square.",
     "1958", "A group of students staged a play in the market square"),
    ("It all began in March 2011, when protesters gathered outside the parliament.",
     "March 2011", "Protesters gathered outside the parliament"),
    ("In 1969, two astronauts walked on the Moon.", "1969", "Two astronauts walked on the Moon"),
    ("On Tuesday evening, firefighters finally brought the blaze under control.",
     "On Tuesday evening", "Firefighters finally brought the blaze under control"),
    ("Last year, the company opened three new factories in Poland.", "Last year",
     "The company opened three new factories in Poland"),
    ("The mayor resigned on Friday, local media reported.", "on Friday", "The mayor resigned"),
    ("Police said the suspect was arrested on Sunday near the border.", "on Sunday",
     "The suspect was arrested near the border"),
    ("According to the ministry, the new hospital will open in September.", "in September",
     "The new hospital will open"),
    ("The striker, who joined the club in 2019, scored twice against the champions.", "in 2019",
     "The striker joined the club"),
    ("The museum, which opened in 1902, is closing for renovation.", "in 1902",
     "The museum opened"),
    ("The airline cancelled hundreds of flights after a storm hit the coast on Thursday.",
     "on Thursday", "A storm hit the coast"),
    ("Shares fell sharply when the bank reported a loss on Wednesday.", "on Wednesday",
     "The bank reported a loss"),
    ("The road has been closed since a landslide hit the valley in January.", "in January",
     "A landslide hit the valley"),
    ("Because the river flooded in April, the harvest was delayed by a month.", "in April",
     "The river flooded"),
    ("The army crossed the border on Monday and seized the airport on Tuesday.", "on Tuesday",
     "The army seized the airport"),
    ("The army crossed the border on Monday and seized the airport on Tuesday.", "on Monday",
     "The army crossed the border"),
    ("The council approved the budget in May, and construction began in August.", "in August",
     "Construction began"),
    ("The council approved the budget in May, and construction began in August.", "in May",
     "The council approved the budget"),
    ("The talks stalled in June; negotiators resumed them in October.", "in October",
     "Negotiators resumed them"),
    ("The bridge reopened to traffic on 3 March 2021.", "on 3 March 2021",
     "The bridge reopened to traffic"),
    ("Voters will go to the polls next spring.", "next spring", "Voters will go to the polls"),
    ("The treaty was signed in Lisbon in December 2007.", "in December 2007",
     "The treaty was signed in Lisbon"),
    ("But by the end of the decade, the factory had closed.", "the end of the decade",
     "The factory had closed"),
    ("The company (then known as Northway Ltd) was listed on the stock exchange in 1987.",
     "in 1987", "The company was listed on the stock exchange"),
    ("The ship left port on 12 May, two days late, and reached Lisbon on 20 May.", "on 20 May",
     "The ship reached Lisbon"),
    ("On Monday the regional government approved a plan to build four new schools and a "
     "hospital in the northern districts.", "On Monday", "The regional government approved a "
     "plan to build four new schools and a hospital in the northern districts"),
    ("Exports rose by 4 percent in 2022, while imports fell for the first time in a decade.",
     "in 2022", "Exports rose by 4 percent"),
    ("The band split up in 1995, but its singer returned to the stage in 2010.", "in 2010",
     "Its singer returned to the stage"),
    ("The band split up in 1995, but its singer returned to the stage in 2010.", "in 1995",
     "The band split up"),
    ("Heavy snow closed the airport for two days in February.", "in February",
     "Heavy snow closed the airport for two days"),
    ("In a speech on Friday, the president promised lower taxes.", "on Friday",
     "The president promised lower taxes"),
    ("The parcels were shipped between May 2 and June 9, the port said.", "May 2",
     "The parcels were shipped between May 2 and June 9"),
    ("The tradition goes back to the town's founding in 1642, as settlers planted the first "
     "orchard by the river.", "1642", "Settlers planted the first orchard by the river"),
    ("The summit followed a busy spring in which the trade minister toured the port in May.",
     "in May", "The trade minister toured the port"),
    ("The trade minister toured the port in May and the premier opened a new factory in June.",
     "in June", "The premier opened a new factory"),
    ("The trade minister toured the port in May and the premier opened a new factory in June.",
     "in May", "The trade minister toured the port"),
    ("Greece and Turkey signed a border accord in 1923.", "in 1923",
     "Greece and Turkey signed a border accord"),
    ("Scientists first described the species in 1835, after an expedition to the islands.",
     "in 1835", "Scientists first described the species"),
    ("The old span was demolished last summer after engineers found cracks in its cables.",
     "last summer", "The old span was demolished"),
    ("A new law, passed in 2016, requires every school to teach first aid.", "in 2016",
     "A new law passed"),
    ("Tomorrow the committee will vote on whether to raise the speed limit.", "Tomorrow",
     "The committee will vote on whether to raise the speed limit"),
    ("The singer, whose first album came out in 1999, will tour Japan next year.", "next year",
     "The singer will tour Japan"),
]  # fmt: skip

FLOOR = 42  # of 43; before labels took the carrying clause: 14 of 38

# Written after the rules above were done and measured once as they were (no rule changed
# for them): how the labels fare on sentences the rules were not shaped on.
LATER = [
    ("The hospital treated more than 300 patients on Saturday after a chemical leak at the "
     "plant.", "on Saturday", "The hospital treated more than 300 patients"),
    ("Work on the tunnel stopped in 2014, when the contractor went bankrupt.", "2014",
     "The contractor went bankrupt"),
    ("The minister, who took office in January, has already replaced four senior officials.",
     "in January", "The minister took office"),
    ("During the night of 4 August, a fire destroyed the town's library.", "the night of 4 August",
     "A fire destroyed the town's library"),
    ("Farmers harvested the first grapes last week and expect a record vintage.", "last week",
     "Farmers harvested the first grapes"),
    ("The court acquitted the former mayor on Tuesday, his lawyer said.", "on Tuesday",
     "The court acquitted the former mayor"),
    ("The company was founded in 1886 and moved to its present site in 1921.", "in 1921",
     "The company moved to its present site"),
    ("Rescuers found the missing climbers on Monday morning, two days after they set out.",
     "on Monday morning", "Rescuers found the missing climbers"),
    ("Since 2010 the city has planted more than a million trees.", "Since 2010",
     "The city has planted more than a million trees"),
    ("Inflation slowed in March for the third month in a row, the statistics office said.",
     "in March", "Inflation slowed for the third month in a row"),
    ("The prime minister will visit Canada next month to discuss trade.", "next month",
     "The prime minister will visit Canada to discuss trade"),
    ("Protests spread to the capital in late May, and the government resigned in June.",
     "in June", "The government resigned"),
    ("The painting, stolen in 1990, was found in a barn yesterday.", "yesterday",
     "The painting was found in a barn"),
    ("After the dam burst on 2 April, thousands of people fled their homes.", "on 2 April",
     "The dam burst"),
    ("The orchestra gave its first concert in 1842 in a small hall near the harbour.", "in 1842",
     "The orchestra gave its first concert in a small hall near the harbour"),
]  # fmt: skip
LATER_FLOOR = 12  # of 15; 9 as first measured, 12 once ranges, participles and ", two days" were mended


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _label(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return make_label(sentence, (start, start + len(expression)))


def test_labels_say_what_happened_as_a_person_would():
    misses = [
        (expected, got)
        for sentence, expression, expected in TABLE
        if _fold(got := _label(sentence, expression)) != _fold(expected)
    ]
    matched = len(TABLE) - len(misses)
    print(f"\nlabels matching a person's: {matched} of {len(TABLE)}")
    for expected, got in misses:
        print(f"  want {expected!r}\n   got {got!r}")
    assert matched >= FLOOR, misses


def test_a_passive_report_is_not_cut_as_attribution():
    s = "The crates are reported to have been shipped between 3 May and 9 May, officials said."
    assert (
        _label(s, "3 May") == "The crates are reported to have been shipped between 3 May and 9 May"
    )


def test_labels_on_sentences_the_rules_were_not_shaped_on():
    misses = [
        (expected, got)
        for sentence, expression, expected in LATER
        if _fold(got := _label(sentence, expression)) != _fold(expected)
    ]
    print(f"\nlater labels matching a person's: {len(LATER) - len(misses)} of {len(LATER)}")
    for expected, got in misses:
        print(f"  want {expected!r}\n   got {got!r}")
    assert len(LATER) - len(misses) >= LATER_FLOOR, misses


def test_a_list_of_places_is_no_clause():
    s = "The crates were shipped on 3 May from Oran, Algeria, and Sete, France, the port said."
    assert _label(s, "on 3 May") == "The crates were shipped from Oran, Algeria, and Sete, France"
