"""Gate on the multi-outlet development stories: clustering may not lose a happening it finds.

Pairwise precision and recall of the clusters against the gold happenings of
``bench/data/stories`` (see :mod:`stories_gold`), each story clustered alone and all of them
together, with the pages' true anchors so that only clustering is judged. The floors are the
numbers reached when they were pinned: raise them with every improvement, never lower them.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.core.reconcile.clustering import cluster_events

from .stories_gold import load_story, pair_counts, story_names

PER_STORY_TRUE_PAIRS = 115
"""Gold pairs found when each story is clustered alone (of 176)."""
MIXED_TRUE_PAIRS = 117
"""Gold pairs found when all stories share one folder (of 176)."""
WRONG_PAIRS = 0
"""Pairs joined that the gold keeps apart (two happenings in one cluster)."""
LARGE_FLOORS = {
    # story: (gold pairs, gold pairs found, happenings whole, gold mentions the tagger misses)
    "velm_spill": (172, 172, 15, 0),
    "korvel_hospital": (196, 193, 10, 0),  # the Italian pages dated since the it grammar;
    # 190 and 9 whole since a day told with no deed joins its day's peak deed (coarse_reports);
    # 193 and 10 since a visit in French, Italian, Spanish reflexives ("s'est rendue jeudi à")
    "marnholt_flood": (457, 457, 17, 0),  # blind round 8; first run 306 of 446, 6 whole;
    # 361 since names in Cyrillic key in Latin letters (the Russian flood report joins), 390
    # and 11 whole since the deed "build" (the levee built in 2016, in five languages); 405 of
    # 457 and 13 whole, every gold mention dated, since the offsets2 resolution fixes (a
    # weekday's own participle, "the same day" from a point, event offsets across languages);
    # 429 and 14 since shorthand weeks and months join their day (reconcile/coarse_reports.py);
    # 457 and 17 since the deeds of a state of emergency, an anniversary, the Italian flood
    "strandby_ferry": (254, 254, 12, 0),  # blind round 9; first run 191 of 251, 5 whole; 223
    # and 7 since the deeds of a ship aground, refloated, its passengers brought ashore; 225
    # and 8 since a lead that names no deed tells its title's (the rally); 240 and 9 since a
    # day told with no deed joins its day's peak deed (reconcile/coarse_reports.py); 232 and 9
    # with offsets2's "in the afternoon" dated (the tow's report took the refloat's on its
    # tail's words); 240 again since words said past a date's clause yield to the deed's own
    # report in the other article (reconcile/deed_rivals.py); 246 and 10 with the ship named
    # between verb and particle ("lifted the ship free"); 248 and 11 since a noun after a count
    # or in a deed is no actor ("212 Passagiere an Land"); 251 and 12 since a possessive opening
    # the next sentence goes on from who was named ("His body washed up", told_again); 254 of
    # 254, every gold mention dated, since a German year before a building's participle ("wurde
    # 1999 gebaut", de/rules.txt year_founded) is dated
    "ulvhamar_mine": (549, 482, 11, 0),  # blind round 10, pinned at its first run (nothing
    # tuned to it): "Le même jour" and the German "die 1974 eröffnet wurde" not dated; 315
    # since a day followed by a present relative clause is past ("the order on Monday, which
    # halts all output": the closure joins its other reports); 316 of 541 and one gold mention
    # undated since the German year before a founding's participle ("die 1974 eröffnet wurde");
    # 326 of 549, 9 whole, every gold mention dated, since the French "Le même jour"; with the deeds of a
    # collapse, rescue, opening, warning, hearing, contact and police search in five languages
    # ("effondrement", "se hundió", "winched", "seit ... in Betrieb"), "MPs" and German counts in
    # words ("elf Tagen") naming no actor: 482 of 549 and 11 whole, none wrong
}
"""Per story told at the held-out's scale: pairs found, and happenings whose gold events all
share one cluster holding no other's (velm_spill of 15, korvel_hospital of 11, marnholt_flood
of 17, strandby_ferry of 12, ulvhamar_mine of 15)."""
LARGE_WRONG_PAIRS: dict[str, int] = {}
"""Pairs joined that the gold keeps apart, per story told at the held-out's scale (none unless
named). (marnholt_flood had 4: the insurance paper's "approved by the cabinet on Tuesday will
cover" was read as the next Tuesday, the resignation's day; a weekday now takes the tense of its
own participle.) ulvhamar_mine's 7 at its first run: the French raid told "lundi" joins the
mine closures of that Monday, whose own report there ("Le même jour") is not dated; 8 since the
closures' cluster holds one report more (the order "on Monday, which halts", dated right): the
same wrong join, weighing one pair more; none since "Le même jour" is dated (the closures'
own French report holds them apart from the raid)."""


@pytest.fixture(scope="module")
def stories():
    return {name: load_story(name) for name in story_names()}


def test_the_gold_is_sound(stories):
    assert len(stories) >= 8
    for story in stories.values():
        assert 3 <= len(story.analyses) <= 8
        assert not story.missing, f"gold mentions the tagger no longer dates: {story.missing}"
    assert sum(pair_counts(s.gold, {e: e for e in s.gold})[2] for s in stories.values()) == 176


def test_each_story_alone_meets_its_floors(stories):
    tp = predicted = 0
    for story in stories.values():
        t, p, _ = pair_counts(story.gold, cluster_events(story.analyses))
        tp, predicted = tp + t, predicted + p
    assert predicted - tp <= WRONG_PAIRS
    assert tp >= PER_STORY_TRUE_PAIRS


def test_stories_of_one_folder_meet_their_floors(stories):
    analyses = [a for s in stories.values() for a in s.analyses]
    gold = {e: h for s in stories.values() for e, h in s.gold.items()}
    tp, predicted, _ = pair_counts(gold, cluster_events(analyses))
    assert predicted - tp <= WRONG_PAIRS
    assert tp >= MIXED_TRUE_PAIRS


def test_clusters_do_not_depend_on_the_order_of_files(stories):
    name = "kessla_dam"
    files = sorted(load_story(name).analyses, key=lambda a: a.article.id)
    order = [f"{a.article.id}.txt" for a in files]
    forward = cluster_events(load_story(name, order=order).analyses)
    backward = cluster_events(load_story(name, order=order[::-1]).analyses)
    assert forward == backward
    analyses = [a for s in stories.values() for a in s.analyses]
    shuffled = analyses[:]
    random.Random(7).shuffle(shuffled)
    assert cluster_events(shuffled) == cluster_events(analyses)


_CLUSTER_ALL = """
import json, sys
sys.path.insert(0, sys.argv[1])
from stories_gold import load_story, story_names
from timeline_app.core.reconcile.clustering import cluster_events
analyses = [a for n in story_names() for a in load_story(n).analyses]
print(json.dumps(cluster_events(analyses), sort_keys=True))
"""


def test_clusters_do_not_depend_on_the_hash_seed():
    here = str(Path(__file__).resolve().parent)
    runs = [subprocess.run([sys.executable, "-c", _CLUSTER_ALL, here], capture_output=True,
                           text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed})
            for seed in ("1", "2")]
    assert runs[0].stdout == runs[1].stdout and runs[0].stdout.startswith("{")


def _happenings_clustered(gold: dict[str, str], clusters: dict[str, str]) -> int:
    """Happenings whose gold events share one cluster that holds no other happening's event."""
    found: dict[str, set[str]] = {}
    told: dict[str, set[str]] = {}
    for event, happening in gold.items():
        found.setdefault(happening, set()).add(clusters[event])
        told.setdefault(clusters[event], set()).add(happening)
    return sum(len(c) == 1 and told[next(iter(c))] == {h} for h, c in found.items())


@pytest.fixture(scope="module")
def large_stories():
    return {name: load_story(name) for name in story_names(large=True)}


def test_a_story_of_thirty_outlets_meets_its_floors(large_stories):
    assert set(large_stories) == set(LARGE_FLOORS), "a story at the held-out's scale has no floors"
    for name, story in large_stories.items():
        actual_floor, found_floor, whole_floor, missing_most = LARGE_FLOORS[name]
        assert len(story.analyses) >= 20
        assert len(story.missing) <= missing_most, f"gold mentions not dated: {story.missing}"
        clusters = cluster_events(story.analyses)
        tp, predicted, actual = pair_counts(story.gold, clusters)
        assert actual == actual_floor
        assert _happenings_clustered(story.gold, clusters) >= whole_floor, name
        assert predicted - tp <= LARGE_WRONG_PAIRS.get(name, 0), name
        assert tp >= found_floor, name


ALL_TRUE_PAIRS = 1649
"""Gold pairs found when every story, small and large, shares one folder (1165 of 1252 before
the blind ulvhamar_mine joined the folder; 1472 with it at its first run; more since its event
offsets and deeds in every language of the lexicon)."""
ALL_WRONG_PAIRS = 5
"""Pairs joined there that the gold keeps apart (none when each story is alone): the
festival's fire and its cancellation (brelmont_festival), korvel's leak and the watchdog's
investigation of one Tuesday. Was 23 before amounts ("cost ... million crowns") stopped counting
as words of what was done: marnholt's levee of 2016 and marrowport's strike of 2016 had joined.
12 with ulvhamar_mine, whose own 7 wrong pairs at its first run (see LARGE_WRONG_PAIRS) come too;
13 with its 8; 5 since its "Le même jour" is dated and it has none."""


def test_every_story_in_one_folder_meets_its_floors(stories, large_stories):
    every = {**stories, **large_stories}
    analyses = [a for s in every.values() for a in s.analyses]
    gold = {e: h for s in every.values() for e, h in s.gold.items()}
    tp, predicted, _ = pair_counts(gold, cluster_events(analyses))
    assert predicted - tp <= ALL_WRONG_PAIRS
    assert tp >= ALL_TRUE_PAIRS
