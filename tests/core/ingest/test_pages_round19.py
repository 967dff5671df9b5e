"""Blind round 19 (issue 12): ``hand_1600`` to ``hand_1619``, 20 pages written gold first.

Ten English pages and ten in German, French, Spanish, Russian and Portuguese, in layouts rounds
15 to 18 did not try: a paywalled teaser, photo galleries with a date on every photo, video and
podcast pages (``1,204 views • Apr 4, 2024``, ``Episode 112 · 47 min · June 11, 2024``), a
newsletter archived on the web, TV transcripts (``Aired January 23, 2024``, ``Стенограмма ... от
03.10.2023``), a broadcaster's ``Sendung vom`` and ``Émission du``, channel mirrors (``👁 3.2K
edited  5 Mar 2024, 14:22``), a Hijri date beside the Gregorian one in a masthead, and 5 undated
pages (``Heute, 14:05``, ``Hier à 18h``, ``Há 3 horas``, a gallery whose only dates are its
photos'), 4 with ``truth``.

First run (before any fix): 15 dated, 13 exact, 0 wrong, 2 missed (the channel mirror's foot with
its ``edited`` mark, the masthead's ``Tuesday, 12 March 2024 | 2 Ramadan 1445``); 5 undated, 4
honest (the gallery given a photo's ``Taken 3 June 2023``). Fixed by general rules: a photo's
"taken/shot on" day (``Aufgenommen am``, ``Prise le``, ``Tomada el``, ``Tirada em``, ``Снято``)
is a field of another date, never the page's; ``edited`` may stand in a stamp line. Left: the
masthead's date above the menu, which sites print as the day of viewing (no wrong date given).
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_pages_gate import assert_round_never_wrong
from .test_pages_round11 import EN_LEAD, _published


@pytest.mark.parametrize(
    "caption",
    [
        "Taken 3 June 2023 by Ana Duarte",
        "Photo taken on 3 June 2023",
        "Shot on June 3, 2023",
        "Aufgenommen am 03.06.2023",
        "Prise le 3 juin 2023",
        "Tomada el 3 de junio de 2023",
        "Снято 03.06.2023",
    ],
)
def test_a_photos_taken_day_is_never_the_pages(caption) -> None:
    found = _published("Eastgate News", "", "Gallery: the carnival parade", "",
                       "Floats line up on Mill Street before the start.", caption, "",
                       EN_LEAD)  # fmt: skip
    assert found[0] is None


def test_a_stamp_above_a_gallery_wins_over_its_photos_days() -> None:
    found = _published("Eastgate News", "", "Gallery: the carnival parade", "",
                       "Published 5 June 2023", "", EN_LEAD, "",
                       "Floats line up on Mill Street.", "Taken 3 June 2023 by Ana Duarte")  # fmt: skip
    assert found[0] == date(2023, 6, 5)


def test_a_channel_posts_foot_with_an_edit_mark_is_its_stamp() -> None:
    found = _published("Harbour Watch", "18.3K subscribers", "", "Harbour Watch", EN_LEAD,
                       "👁 3.2K  edited  5 Mar 2024, 14:22")  # fmt: skip
    assert found[0] == date(2024, 3, 5)


def test_round19_pages_give_no_wrong_date() -> None:
    assert_round_never_wrong(1600, 1619, pages=20, right=19)
