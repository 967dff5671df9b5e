"""Blind round 15 (issue 12): ``hand_1200`` to ``hand_1249``, 50 English pages written gold first.

Outlets and kinds imitated after studying real pages of the search tool's stored corpus: Sri
Lankan (a ``Today's Paper`` widget over ``22 May 2024 - 14 - 3120``, a weekday stamp glued to the
lead), Ghanaian (``Ho, Nov. 14, GNA –`` under a stamp; a yearless GNA lead naming only a past
year), Gulf (``• PUBLISHED: Sat 2 Mar 2024, 3:25 PM``, a city's today widget with a Hijri date, a
weather widget a line at a time), an Indian news shot's ``BY NAME | OCT 1, 2023 7:09 PM #TAGS`` at
the foot, Malaysian (``KUALA LUMPUR, June 25 (NNN-BERNAMA) —``, ``5:28 PM MYT``), Philippine (a
file photo's caption date above the story, ``MANILA (Outlet/ANN) -`` with no date, a caption's
``(Aug. 29, 2024)`` over a theme's foot ``August 30th, 2024|Categories: News|0 Comments``),
Kenyan, Zimbabwean (a print page code glued to the reporter's name), Pacific (``Wed 08 Apr 2015
-``, ``Monday July 06, 2020``, ``5:42 pm on 5 March 2024``), Argentine day-first dashes, Mexican
and Costa Rican English editions, newsletter platforms (``Mar 5, 2024 ∙ Paid`` and a yearless
``Mar 5``), live blogs (dated entries newest first over a foot ``First published``; ``Last updated
3 hours ago`` with times only), AMP ``Mar 5 2024 11:15 PM``, press wires (``SINGAPORE - Media
Outreach Newswire - 5 March 2024 -``, Business Wire's long zone), a small weekly's print week,
Nigerian, South African, Bangladeshi ``Update: 1845 hrs``, Nepali ``Published at :`` under a
Bikram Sambat header, a Pakistani print line of the next day, a Tanzanian ``Published on ... -
Updated 2 hours ago``; and undated pages (a topic page of relative ages, a briefs page with a
future date, a blog's comment dates and copyright range, a weather widget over a blog page).

First run of ``hand_1200`` to ``hand_1239`` (before any fix): 30 dated, 26 exact, 1 wrong (the
caption's ``(Aug. 29, 2024)`` over the theme's foot stamp), 3 missed (the stamp glued to the lead,
the yearless NNN-BERNAMA dateline, the wire's name between dashes); 10 undated, 9 honest (the
weather widget's date, its reading two lines above, given).

Fixed by general rules: a theme's foot line whose date is followed by the post's categories, tags
and comment count is the story's foot stamp; a temperature alone on a line right above a date
(short lines between) makes the date a weather widget's; a stamp with its time glued to the
first paragraph's words opens the lead (not when several paragraphs open so: a list of teasers);
a wire's name between dashes after the place (``CITY - Wire Name - date -``); a list's heading
ends an evenly spaced run of dates, so a post's foot stamp over ``3 thoughts on "..."`` is not the
comments' listing. Left: hand_1208's yearless dateline, whose text names a bare year only.

Round 15b (``hand_1240`` to ``hand_1249``, written gold first against those fixes): first run 6
dated, 5 exact, 0 wrong, 1 missed (the foot stamp over a comment heading); 4 of 4 undated honest.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.model import PublishedSource

from .test_pages_gate import assert_round_holds, assert_round_never_wrong
from .test_pages_round11 import EN_LEAD, _published


@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        ("August 30th, 2024|Categories: News|0 Comments", date(2024, 8, 30)),
        ("August 30, 2024 · Posted in News · 2 Comments", date(2024, 8, 30)),
        ("August 30, 2024 | Category: Local | No Comments", date(2024, 8, 30)),
        ("August 30, 2024 | Harbour board votes on the new quay tonight", None),
    ],
)
def test_a_themes_foot_line_with_categories_and_counters_is_the_storys(foot, expected) -> None:
    caption = ("MEETING. The mayor and the harbour master meet at the town hall on Thursday "
               "(Aug. 29, 2024). (Photo from the mayor's office)")  # fmt: skip
    found = _published("News", "", "Harbour talks", "", caption, "", EN_LEAD, "", EN_LEAD, "",
                       foot)  # fmt: skip
    assert found[0] == (expected or date(2024, 8, 29))  # (else the caption's day, a weak witness)


def test_a_foot_stamp_over_a_comment_heading_is_not_the_comments_list() -> None:
    found = _published("Garden Notes", "", "Why my peppers dropped their flowers", "", EN_LEAD, "",
                       "March 3, 2024 | Categories: Garden | 3 Comments", "",
                       '3 thoughts on "Why my peppers dropped their flowers"', "",
                       "Ruth", "March 4, 2024 at 9:10 am", "Fleece worked.", "",
                       "Sam", "March 6, 2024 at 6:40 pm", "Mine too.")  # fmt: skip
    assert found[0] == date(2024, 3, 3)


@pytest.mark.parametrize(
    ("reading", "expected"),
    [
        ("6.3 C\nLondon", None),
        ("31 C\nDoha", None),
        ("21°\nAccra", None),
        ("Sunny\nLondon", date(2025, 4, 25)),  # (no reading: the date heads the story)
    ],
)
def test_a_temperature_above_a_date_makes_it_a_weather_widgets(reading, expected) -> None:
    found = _published(reading, "Friday, April 25, 2025", "Home Blog Page 317", "",
                       "MP urges successor to stay focused", "", EN_LEAD)  # fmt: skip
    assert found[0] == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Thursday, 14 March 2024 19:48A former minister", date(2024, 3, 14)),
        ("March 14, 2024 7:48 pmPolice in the north", date(2024, 3, 14)),
        ("14 March 2024 19:48 The council", date(2024, 3, 14)),
        ("On 14 March 2024 at 19:48 the council", None),  # (a sentence, not a stamp)
        ("14 March 2024 was the day the council", None),  # (no time: a sentence's subject)
    ],
)
def test_a_stamp_glued_to_the_first_paragraph_opens_the_lead(opening, expected) -> None:
    found = _published("Latest News", "", "Minister to face court", "",
                       f"{opening} said the permits had been sold to a private dealer, "
                       "police told the magistrate's court in the capital.", "",
                       "The case will be taken up again next month.")  # fmt: skip
    assert found == (expected, PublishedSource.DATELINE if expected else PublishedSource.NONE)


def test_teasers_each_opening_with_a_glued_stamp_are_a_list() -> None:
    teaser = ("Supporters of the former president will start a petition asking that he be made "
              "prime minister if their alliance wins.")  # fmt: skip
    found = _published("Latest News", "", "Petition campaign",
                       f"Thursday, 13 August 2015 19:48{teaser}", "", "Premier post ruled out",
                       f"Thursday, 13 August 2015 17:48{teaser}")  # fmt: skip
    assert found[0] is None


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("SINGAPORE - Media Outreach Newswire - 5 March 2024 - A", date(2024, 3, 5)),
        ("NAIROBI - Pan Africa Wire - March 5, 2024 - A", date(2024, 3, 5)),
        ("SINGAPORE - a company said on 5 March 2024 - A", None),
    ],
)
def test_a_wires_name_between_dashes_after_the_place(opening, expected) -> None:
    found = _published("Press Releases", "", "Logistics firm opens hub", "",
                       f"{opening} regional logistics company opened a cold-chain warehouse near "
                       "the port, saying it would handle vaccines for six countries.")  # fmt: skip
    assert found[0] == expected


def test_round15_pages_give_no_wrong_date() -> None:
    assert_round_never_wrong(1200, 1249, pages=50, right=49)  # (hand_1208 left undated)


def test_round15_pages_hold_but_the_one_left() -> None:
    assert_round_holds(1200, 1207, pages=8, undated=2)
    assert_round_holds(1209, 1249, pages=41, undated=12)
