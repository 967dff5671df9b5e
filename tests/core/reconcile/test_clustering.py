"""Cross-source clustering on small corpora written here, with mentions given by hand."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import numpy as np
import pytest
from rapidfuzz import fuzz

from timeline_app.core.events.build import build_events
from timeline_app.core.model import (
    Anchor,
    AnchorSource,
    Article,
    ArticleAnalysis,
    Event,
    Granularity,
    Interval,
    Mention,
    TimexType,
)
from timeline_app.core.reconcile.clustering import (
    MERGE_AT,
    NEAR_MERGE_AT,
    STORY_GATE,
    Blocker,
    actors_overlap,
    cluster_events,
    date_bonus,
    date_relation,
    event_texts,
    gather,
    lead_texts,
    scored_pairs,
    stories,
    summarize,
)
from timeline_app.core.reconcile.coarse_reports import CoarseReports
from timeline_app.core.reconcile.lone_days import (
    LONE_DAY,
    LONE_DAY_KEY,
    LONE_DAY_STORY,
    LONGEST,
    SAME_DEED,
    Unlikeness,
    lone_day_reports,
    own_deeds,
    same_deed,
    unlike,
)
from timeline_app.core.reconcile.shared_dates import LONGEST_PERIOD, SHARED_PERIODS
from timeline_app.core.reconcile.signatures import Idf, content_similarity


def day(iso: str) -> Interval:
    return Interval.day(date.fromisoformat(iso))


def month(y: int, m: int) -> Interval:
    return Interval(date(y, m, 1), date(y + m // 12, m % 12 + 1, 1))


def article(aid: str, body: str, marks: list[tuple[str, str, Interval, str]],
            published: date | None = None, title: str = "") -> ArticleAnalysis:
    """An analysis whose mentions are ``(expression, value, interval, granularity)``."""
    mentions = []
    for expr, value, interval, gran in marks:
        start = body.index(expr)
        said = "absolute" if re.search(r"\d{4}", expr) else "anchor"  # as the tagger reads it
        mentions.append(Mention(start, start + len(expr), expr, TimexType.DATE, value, "",
                                Granularity(gran), interval, rule="test", reference=said))
    art = Article(aid, title or aid, body, published)
    anchor = Anchor(published, AnchorSource.DETECTED) if published else Anchor.none()
    return ArticleAnalysis(art, anchor, mentions, build_events(art, mentions))


def eid(analysis: ArticleAnalysis, expression: str) -> str:
    return f"{analysis.article.id}@{analysis.article.text.index(expression)}"


@pytest.fixture
def bridge() -> list[ArticleAnalysis]:
    """Three reports of one bridge opening (a day, a month, a day off by one) and a storm."""
    return [
        article("a", "The mayor of Springfield, Ann Lowe, opened the new Harbor Bridge on "
                "13 September 2024 before a crowd of thousands. Separately, the council approved "
                "a budget on Monday.",
                [("on 13 September 2024", "2024-09-13", day("2024-09-13"), "day"),
                 ("on Monday", "2024-09-16", day("2024-09-16"), "day")], date(2024, 9, 17),
                "Springfield opens Harbor Bridge"),
        article("b", "Springfield's Harbor Bridge was opened by mayor Ann Lowe in September, "
                "drawing thousands of residents. Lowe said the bridge cost less than planned.",
                [("in September", "2024-09", month(2024, 9), "month")], date(2024, 10, 2),
                "Harbor Bridge opening draws thousands"),
        article("c", "Ann Lowe, Springfield's mayor, opened the Harbor Bridge on 14 September in "
                "front of a large crowd.",
                [("on 14 September", "2024-09-14", day("2024-09-14"), "day")], date(2024, 9, 20),
                "Mayor opens bridge"),
        article("d", "A storm flooded the Springfield harbor on 13 September 2024, closing roads.",
                [("on 13 September 2024", "2024-09-13", day("2024-09-13"), "day")],
                date(2024, 9, 14), "Storm floods harbor"),
    ]


def test_reports_of_one_happening_share_a_cluster(bridge):
    a, b, c, _ = bridge
    clusters = cluster_events(bridge)
    assert clusters[eid(a, "on 13")] == clusters[eid(b, "in Sep")] == clusters[eid(c, "on 14")]


def test_another_happening_on_the_same_day_stays_apart(bridge):
    a, _, _, d = bridge
    clusters = cluster_events(bridge)
    assert clusters[eid(d, "on 13")] != clusters[eid(a, "on 13")]
    assert clusters[eid(a, "on Monday")] not in {clusters[eid(a, "on 13")],
                                                 clusters[eid(d, "on 13")]}


def test_cluster_id_is_the_smallest_event_id_whatever_the_input_order(bridge):
    first = cluster_events(bridge)
    shuffled = bridge[:]
    random.Random(3).shuffle(shuffled)
    assert cluster_events(shuffled) == first
    cid = first[eid(bridge[2], "on 14")]
    assert cid == min(k for k, v in first.items() if v == cid)


def test_a_month_and_a_day_combine_to_the_day_keeping_both_readings(bridge):
    ab = [bridge[0], bridge[1]]
    summary = summarize(ab, cluster_events(ab))[eid(bridge[0], "on 13")]
    assert summary.interval == day("2024-09-13")
    assert summary.granularity == Granularity.DAY
    assert not summary.disagreement
    assert {r.value for r in summary.readings} == {"2024-09-13", "2024-09"}
    assert summary.sources == ("a", "b")


def test_sources_a_day_apart_are_one_happening_with_a_disagreement(bridge):
    summary = summarize(bridge, cluster_events(bridge))[eid(bridge[0], "on 13")]
    assert summary.disagreement
    by_value = {r.value: r for r in summary.readings}
    assert {"2024-09-13", "2024-09-14"} <= set(by_value)
    assert by_value["2024-09-14"].article_id == "c"
    assert "detected anchor 2024-09-20" in by_value["2024-09-14"].why
    # two of three sources say the 13th, the month allows both: the majority wins
    assert summary.interval == day("2024-09-13")


def test_two_happenings_of_one_article_never_merge_through_other_sources():
    one = article("x", "Ministers met in Geneva on Tuesday to discuss the truce. "
                  "Protesters marched through Geneva on Tuesday against the truce.",
                  [("on Tuesday", "2024-03-05", day("2024-03-05"), "day"),
                   ("on Tuesday against", "2024-03-05", day("2024-03-05"), "day")],
                  date(2024, 3, 6))
    other = article("y", "In Geneva, ministers met on Tuesday for truce talks while protesters "
                    "marched on Tuesday against the truce.",
                    [("on Tuesday for", "2024-03-05", day("2024-03-05"), "day")],
                    date(2024, 3, 6))
    clusters = cluster_events([one, other])
    x_events = [e for e in clusters if e.startswith("x@")]
    assert len({clusters[e] for e in x_events}) == 2


def test_the_same_happening_said_twice_in_one_article_is_one_cluster():
    body = ("The Orchard Street library reopened on 2 May 2022 after a long renovation. "
            "Readers returned in numbers. The Orchard Street library reopened on 2 May 2022, "
            "after a long renovation, the city said.")
    first = body.index("on 2 May 2022")
    second = body.index("on 2 May 2022", first + 1)
    mentions = [Mention(s, s + 13, "on 2 May 2022", TimexType.DATE, "2022-05-02", "",
                        Granularity.DAY, day("2022-05-02"), reference="absolute")
                for s in (first, second)]
    art = Article("lib", "Library reopens", body, date(2022, 5, 3))
    analysis = ArticleAnalysis(art, Anchor(art.published, AnchorSource.DETECTED), mentions,
                               build_events(art, mentions))
    clusters = cluster_events([analysis])
    assert clusters[f"lib@{first}"] == clusters[f"lib@{second}"]


def _synthetic(n: int, seed: int = 0) -> tuple[list[Event], dict[str, frozenset[str]]]:
    rng = random.Random(seed)
    events, sigs = [], {}
    for i in range(n):
        d = date(2000, 1, 1) + timedelta(days=rng.randrange(20 * 365))
        m = Mention(0, 3, "day", TimexType.DATE, d.isoformat(), "", Granularity.DAY,
                    Interval.day(d))
        e = Event(f"e{i:06d}", f"art{i // 5}", m, 0, 3, "x", "x")
        events.append(e)
        sigs[e.event_id] = frozenset(f"k{rng.randrange(n // 4 + 1)}" for _ in range(6))
    return events, sigs


def test_blocking_compares_only_events_near_in_time_and_wording():
    events, sigs = _synthetic(2000)
    pairs = Blocker(events, sigs).pairs()
    for i, j in pairs:
        assert abs((events[i].interval.begin - events[j].interval.begin).days) <= 62
        assert sigs[events[i].event_id] & sigs[events[j].event_id]


def test_blocking_grows_near_linearly():
    small = len(Blocker(*_synthetic(2000)).pairs())
    large = len(Blocker(*_synthetic(8000)).pairs())
    assert large < 6 * max(small, 1)  # a square law would give 16 times


def _reference_scored_pairs(events, texts, idf, story, leads):
    """The pair-by-pair scoring the bulk one replaced, kept as the golden reference."""
    lone = lone_day_reports(events, texts)
    periods: dict[str, set] = {e.article_id: set() for e in events}
    for e in events:
        if e.interval.days <= LONGEST_PERIOD:
            periods[e.article_id].add((e.interval.begin, e.interval.end))
    sigs = {e.event_id: texts[e.event_id].names | texts[e.event_id].clause
            | ({f"{LONE_DAY_KEY}{e.interval.begin.isoformat()}/{e.interval.days}"}
               if lone[k] else set())
            for k, e in enumerate(events)}
    own = own_deeds(events, texts, lone)  # (these stories tell nothing again, lead no headline)
    peaks = CoarseReports(events, texts, own, lone.tolist())  # a deedless day and its peak
    for k, e in enumerate(events):
        if lone[k] or own[k]:
            sigs[e.event_id] = sigs[e.event_id] | peaks.keys(k)
    told = Unlikeness(events, texts, np.ones(len(events), bool))  # two words of what was done
    deeds = Unlikeness(events, texts, np.ones(len(events), bool), own)
    out = []
    for i, j in Blocker(events, sigs).pairs():
        a, b = events[i], events[j]
        relation = date_relation(a.interval, b.interval)
        if relation == "far" or (relation == "near" and a.article_id == b.article_id):
            continue  # one article's different days are different happenings
        x, y = texts[a.event_id], texts[b.event_id]
        score = content_similarity(x, y, idf)
        if a.article_id != b.article_id and (a.event_id in leads or b.event_id in leads):
            lx, ly = leads.get(a.event_id, x), leads.get(b.event_id, y)
            score = max(score, 0.9 * content_similarity(lx, ly, idf))
        if a.article_id != b.article_id:
            together = idf.cosine(story.get(a.article_id, frozenset()),
                                  story.get(b.article_id, frozenset()))
            quote = any(fuzz.partial_ratio(q, r) >= 90 for q in x.quotes for r in y.quotes)
            actors = actors_overlap(idf.overlap(x.names, y.names),
                                    idf.overlap(x.focus_names, y.focus_names))
            score += date_bonus(a.interval, b.interval, together, actors, quote,
                                named=bool(x.names & y.names))
            one_story = together >= LONE_DAY_STORY or len(
                periods[a.article_id] & periods[b.article_id]) >= SHARED_PERIODS
            extra = 0.0
            if (a.interval == b.interval and a.interval.days <= LONGEST and lone[i] and lone[j]
                    and one_story
                    and not unlike(events, texts, np.array([i]), np.array([j]))[0]):
                words = told.same_words(np.array([i]), np.array([j]))[0]  # (as a deed)
                extra = LONE_DAY + SAME_DEED * (same_deed(a, b) or words)
            pair = np.array([i]), np.array([j])
            if a.interval.overlaps(b.interval) and together >= STORY_GATE and peaks.fits(*pair)[0]:
                extra = max(extra, deeds.bonus(*pair, np.ones(1, bool))[0])
            score += extra
        need = NEAR_MERGE_AT if relation == "near" else MERGE_AT
        if score >= need:
            out.append((score, i, j))
    return sorted(out, key=lambda t: (-t[0], t[1], t[2]))


def _reported_stories(n_stories: int, seed: int) -> list[ArticleAnalysis]:
    """Stories of a few happenings told by several sources, by day or month, some quoted."""
    rng = random.Random(seed)
    verbs = ["opened", "closed", "signed", "visited", "rejected", "approved", "launched"]
    nouns = ["bridge", "treaty", "factory", "port", "museum", "railway", "summit"]
    out = []
    for s in range(n_stories):
        day0 = date(2010, 1, 1) + timedelta(days=rng.randrange(3 * 365))
        actors = ["".join(rng.choices("KLMNRST", k=1) + rng.choices("aeiolnr", k=5))
                  for _ in range(2)]
        for src in range(rng.randint(2, 6)):
            sentences, marks = [], []
            for h in range(3):
                when = day0 + timedelta(days=h * 2 + rng.choice([0, 0, 0, 1]))
                by_month = rng.random() < 0.3
                expr = when.strftime("in %B %Y") if by_month else when.strftime("on %d %B %Y")
                quote = ' "we will not stop building for the city" ' if rng.random() < 0.2 else ""
                sentences.append(f"{rng.choice(actors)} {rng.choice(verbs)} the "
                                 f"{rng.choice(nouns)}{quote} {expr}, officials said.")
                marks.append((expr, when.strftime("%Y-%m") if by_month else when.isoformat(),
                               month(when.year, when.month) if by_month else day(when.isoformat()),
                               "month" if by_month else "day"))
            body = " ".join(sentences)
            published = day0 + timedelta(days=8 + rng.randrange(3))
            out.append(article(f"s{s:03d}{src}", body, marks, published,
                               f"{actors[0]} news"))
    return out


@pytest.mark.parametrize("seed", [0, 1])
def test_bulk_scores_are_the_pair_by_pair_scores(seed):
    analyses = _reported_stories(40, seed)
    events = sorted(gather(analyses)[0], key=lambda e: e.event_id)
    texts = event_texts(events, gather(analyses)[1])
    idf = Idf(t.names | t.stems for t in texts.values())
    story, leads = stories(analyses), lead_texts(analyses)
    bulk = scored_pairs(events, texts, idf, story, leads)
    reference = _reference_scored_pairs(events, texts, idf, story, leads)
    assert len(bulk) > 50
    assert [(i, j) for _, i, j in bulk] == [(i, j) for _, i, j in reference]
    assert [s for s, _, _ in bulk] == pytest.approx([s for s, _, _ in reference], abs=1e-12)


def test_a_refused_join_of_large_clusters_stays_refused_and_is_remembered():
    from timeline_app.core.reconcile import clustering

    # two clusters of five articles each that share article 4, told as two happenings there
    article = [0, 1, 2, 3, 4, 4, 5, 6, 7, 8, 9]
    said = list(range(11))
    days = [-1] * 11
    clusters = clustering._Clusters(article, said, list(days), list(days))
    for i in (1, 2, 3, 4):
        assert clusters.join(0, i)
    for j in (6, 7, 8, 9):
        assert clusters.join(5, j)
    assert not clusters.join(0, 5)
    assert len(clusters.refused) == 1
    assert not clusters.join(2, 8)  # asked again from other members: the same roots
    assert clusters.join(1, 10)  # a cluster that grows keeps its refusals
    assert not clusters.join(10, 7)
    assert len({clusters.find(i) for i in range(11)}) == 2


@pytest.mark.parametrize("seed", [0, 1])
def test_remembered_refusals_leave_the_clusters_as_they_were(seed, monkeypatch):
    from timeline_app.core.reconcile import clustering

    analyses = _reported_stories(60, seed)
    remembered = cluster_events(analyses)
    monkeypatch.setattr(clustering, "REMEMBER_AT", 10**9)
    assert cluster_events(analyses) == remembered


def test_rows_of_the_same_wording_are_scored_once_with_the_same_numbers():
    from timeline_app.core.reconcile.bulk_similarity import BulkSimilarity

    analyses = _reported_stories(12, 0)
    events = sorted(gather(analyses)[0], key=lambda e: e.event_id)
    texts = list(event_texts(events, gather(analyses)[1]).values())
    idf = Idf(t.names | t.stems for t in texts)
    copies = texts + texts[::2]  # every other row told again (a syndicated copy)
    alone, together = BulkSimilarity(texts, idf), BulkSimilarity(copies, idf)
    assert together.kinds == alone.kinds <= len(texts)
    rng = np.random.default_rng(0)
    i, j = rng.integers(0, len(copies), 400), rng.integers(0, len(copies), 400)
    same = np.array(list(range(len(texts))) + list(range(0, len(texts), 2)))
    got, want = together.wording(i, j), alone.wording(same[i], same[j])
    for part in want:
        assert np.array_equal(got[part], want[part])
    assert np.array_equal(together.finish(got, i, j), alone.finish(want, same[i], same[j]))
