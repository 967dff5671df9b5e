"""Counts two reports share, read in figures and in the number words of several languages."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.reconcile.clustering import cluster_events
from timeline_app.core.reconcile.quantities import quantities

from .test_clustering import article, day, eid


@pytest.mark.parametrize(("sentence", "count"), [
    ("About four thousand people walked to the square.", 4000),
    ("Около четырёх тысяч жителей прошли маршем к площади.", 4000),
    ("Environ quatre mille personnes ont défilé.", 4000),
    ("Unos cuatro mil vecinos marcharon el viernes.", 4000),
    ("Rund 4.000 Menschen zogen durch die Stadt.", 4000),
    ("Some 4,000 residents marched.", 4000),
    ("Lifeboats brought 212 passengers ashore.", 212),
    ("The fund holds 1.5 million euros.", 1_500_000),
])
def test_a_count_in_figures_or_words_of_any_language(sentence: str, count: int) -> None:
    assert count in quantities(sentence)


def test_years_days_times_and_vague_or_small_numbers_are_no_counts() -> None:
    assert quantities("It opened in 2016 and closed at 18:40 on 23 October.") == frozenset()
    assert quantities("Hundreds of people and ten firefighters came; it cost 2.50 euros.") \
        == frozenset()


FRIDAY = "2025-05-16"


def _outlet(aid: str, title: str, lede: str, sentence: str, expression: str) -> object:
    return article(aid, f"{lede}\n\n{sentence}",
                   [(expression, FRIDAY, day(FRIDAY), "day")], date(2025, 5, 17), title)


def test_a_count_shared_across_languages_joins_two_reports_of_one_deed():
    """A Russian and an English report of one march, in articles whose story keys look unalike,
    and only the count in common: the count says they tell one story."""
    english = _outlet("e", "Residents demand help", "Rain kept falling in the valley.",
                      "About four thousand people walked to the town hall of Orvik on Friday, "
                      "carrying banners.", "on Friday")
    russian = _outlet("r", "Жители требуют помощи", "Вода ушла из подвалов.",
                      "Около четырёх тысяч жителей в пятницу прошли маршем к зданию "
                      "городского совета.", "пятницу")
    other = _outlet("o", "Tenants gather", "Rain kept falling in the valley.",
                    "About six hundred people walked to the town hall on Friday, carrying "
                    "banners.", "on Friday")
    clusters = cluster_events([english, russian])
    assert clusters[eid(english, "on Friday")] == clusters[eid(russian, "пятницу")]
    clusters = cluster_events([other, russian])
    assert clusters[eid(other, "on Friday")] != clusters[eid(russian, "пятницу")]
