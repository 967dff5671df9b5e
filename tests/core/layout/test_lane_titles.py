"""Lane titles a reader tells apart, on headlines written for the test (no Qt)."""

from __future__ import annotations

from datetime import date

from timeline_app.core.layout.lane_titles import LaneSource, lane_titles

HEADLINES = {
    "a": "Dutch farmers block motorways over nitrogen rules, police say",
    "b": "Dutch farmers block motorways over new nitrogen limits",
    "c": "Dutch farmers block motorways in protest at nitrogen cuts",
    "d": "Thousands of tractors bring The Hague to a standstill",
    "e": "Nitrogen protest: Dutch farmers block motorways for a second day",
}


def test_near_identical_headlines_are_told_apart_by_what_differs():
    titles = lane_titles({k: LaneSource(v) for k, v in HEADLINES.items()})
    assert len(set(titles.values())) == len(HEADLINES)
    assert titles["a"] == "…nitrogen rules, police say"
    assert titles["b"] == "…new nitrogen limits"
    assert titles["c"] == "…in protest at nitrogen cuts"
    assert titles["d"] == HEADLINES["d"]  # nothing shared: the whole headline
    assert titles["e"] == HEADLINES["e"]  # shares words, but not its start


def test_the_outlet_comes_first_when_the_url_is_known():
    titles = lane_titles({
        "a": LaneSource(HEADLINES["a"], "https://www.nltimes.example/2019/10/01/farmers"),
        "b": LaneSource(HEADLINES["b"], "https://amp.dutchnews.example/news/tractors"),
    })  # fmt: skip
    assert titles == {"a": "nltimes.example · Dutch farmers block motorways over nitrogen rules, "
                      "police say", "b": "dutchnews.example · Dutch farmers block motorways over "
                      "new nitrogen limits"}  # two headlines: the outlets already tell them apart


def test_syndicated_copies_are_told_apart_by_date_then_number():
    same = "Farmers block motorways"
    titles = lane_titles({"a": LaneSource(same, published=date(2019, 10, 1)),
                          "b": LaneSource(same, published=date(2019, 10, 2)),
                          "c": LaneSource("Tractors in The Hague")})  # fmt: skip
    assert titles["a"] == "Farmers block motorways · 1 Oct 2019"
    assert titles["b"] == "Farmers block motorways · 2 Oct 2019"
    titles = lane_titles({"a": LaneSource(same), "b": LaneSource(same)})
    assert titles == {"a": "Farmers block motorways (1)", "b": "Farmers block motorways (2)"}


def test_a_short_headline_is_kept_whole():
    titles = lane_titles({"a": LaneSource("Dutch farmers block motorways"),
                          "b": LaneSource("Dutch farmers block motorways again today")})  # fmt: skip
    assert titles["a"] == "Dutch farmers block motorways"
    assert titles["b"] == "…motorways again today"
