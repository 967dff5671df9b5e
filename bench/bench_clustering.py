"""Growth of the cross-source stage (clustering, cluster summaries, anchor checks) with input size.

Synthetic analyses, no tagger: stories of a few happenings each (made-up actors and places, a verb
and an object), reported by several sources in varied wording, each dated by day or by month, over
twenty years. Prints the time of each part at three sizes, so near-linear growth (or not) shows.

``--flat`` measures generated stories instead (``bench/gen_corpus.py``, tagged once through
``pipeline.load``): the CPU time per article of clustering and of anchor checks on the first
100, 300, 1,000 and 3,000 articles of one corpus, with each size's ratio to the smallest.

    python bench/bench_clustering.py [--events 3000] [--seed 0]
    python bench/bench_clustering.py --flat [--sizes 100,300,1000,3000] [--no-anchors]

``--compare CHECKOUT`` times clustering alone (CPU seconds, best of ``--repeat``) here and in
another checkout of the project (say a worktree of main), alternately in fresh processes on
the same synthetic corpus, and prints the ratio: the machine's load cancels out.

    python bench/bench_clustering.py --compare /tmp/main-checkout [--events 3000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import string
import sys
import time
from datetime import date, timedelta

from timeline_app.core.events.build import build_events
from timeline_app.core.model import (
    Anchor,
    AnchorSource,
    Article,
    ArticleAnalysis,
    Granularity,
    Interval,
    Mention,
    TimexType,
)
from timeline_app.core.reconcile.anchor_check import check_anchors
from timeline_app.core.reconcile.clustering import cluster_events, summarize

VERBS = ["opened", "closed", "signed", "visited", "announced", "rejected", "approved", "sold",
         "launched", "blocked", "won", "lost", "attacked", "inspected", "praised", "criticised"]
NOUNS = ["bridge", "treaty", "factory", "budget", "port", "election", "museum", "pipeline",
         "festival", "strike", "merger", "summit", "reactor", "railway", "stadium", "vaccine"]
FILLER = ["officials said", "according to witnesses", "in a statement", "before a large crowd",
          "amid heavy rain", "after weeks of talks", "despite protests", "to little fanfare"]


def _name(rng: random.Random) -> str:
    return rng.choice(string.ascii_uppercase) + "".join(rng.choices("aeioulnrstmkd", k=6))


def corpus(n_events: int, seed: int = 0) -> list[ArticleAnalysis]:
    """About ``n_events`` events: stories of 3 happenings, each story told by 2 to 5 sources."""
    rng = random.Random(seed)
    analyses: list[ArticleAnalysis] = []
    made = 0
    story = 0
    while made < n_events:
        day0 = date(2005, 1, 1) + timedelta(days=rng.randrange(20 * 365))
        actors = [_name(rng) for _ in range(3)]
        place = _name(rng)
        happenings = [(day0 + timedelta(days=rng.randrange(10)), rng.choice(VERBS),
                       rng.choice(NOUNS), rng.choice(actors)) for _ in range(3)]
        for source in range(rng.randint(2, 5)):
            published = day0 + timedelta(days=12 + rng.randrange(3))
            body, marks = [], []
            for when, verb, noun, who in happenings:
                by_month = rng.random() < 0.3
                expr = when.strftime("in %B %Y") if by_month else when.strftime("on %d %B %Y")
                words = [f"{who} {verb} the {place} {noun}", expr, rng.choice(FILLER)]
                if rng.random() < 0.5:
                    words = [words[1].capitalize(), words[0], words[2]]
                sentence = " ".join(words) + "."
                start = sum(len(s) + 1 for s in body) + sentence.lower().index(expr.lower())
                body.append(sentence)
                if by_month:
                    begin = when.replace(day=1)
                    end = (begin + timedelta(days=32)).replace(day=1)
                    marks.append((start, expr, when.strftime("%Y-%m"), Interval(begin, end),
                                  Granularity.MONTH))
                else:
                    marks.append((start, expr, when.isoformat(), Interval.day(when),
                                  Granularity.DAY))
            text = " ".join(body)
            mentions = [Mention(s, s + len(x), text[s:s + len(x)], TimexType.DATE, v, "", g, iv,
                                reference="absolute") for s, x, v, iv, g in marks]
            art = Article(f"s{story:05d}_{source}", f"{place} news", text, published)
            analyses.append(ArticleAnalysis(art, Anchor(published, AnchorSource.DETECTED),
                                            mentions, build_events(art, mentions)))
            made += len(mentions)
        story += 1
    return analyses


def _timed(fn, *args):
    t = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t


def _cpu(fn, *args):
    t = time.process_time()
    out = fn(*args)
    return out, time.process_time() - t


def _forget_checks() -> None:
    """Empty the anchor checks' caches: a size must not reuse the checks of an earlier run."""
    from timeline_app.core.reconcile import anchor_check, anchor_evidence

    anchor_check._RECENT.clear()
    anchor_evidence._tagged.cache_clear()


def flatness(sizes: list[int], seed: int = 0, anchors: bool = True) -> list[tuple[int, float, float]]:
    """``(articles, cluster cpu-ms per article, anchor-check cpu-ms per article)`` per size."""
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_load import cached_corpus

    from timeline_app.core.story.pipeline import load

    analyses = load([cached_corpus(max(sizes), seed)]).analyses
    cluster_events(analyses[:20])  # warm the stem cache and numpy before the first size
    rows = []
    for n in sizes:
        part = analyses[:n]
        clusters, t_cluster = _cpu(cluster_events, part)
        _, t_summary = _cpu(summarize, part, clusters)
        _forget_checks()
        t_anchor = _cpu(check_anchors, part)[1] if anchors else 0.0
        rows.append((n, 1000 * (t_cluster + t_summary) / n, 1000 * t_anchor / n))
    return rows


def print_flatness(rows: list[tuple[int, float, float]]) -> None:
    print(f"{'articles':>8} {'cluster ms/a':>12} {'anchors ms/a':>12} {'ratio':>6}  (CPU)")
    base = rows[0][1] + rows[0][2]
    for n, c, a in rows:
        print(f"{n:>8} {c:>12.2f} {a:>12.2f} {(c + a) / base:>6.2f}")


def cluster_cpu(events: int, seed: int) -> float:
    """CPU seconds of :func:`cluster_events` alone on the synthetic corpus of ``events``."""
    analyses = corpus(events, seed)
    cluster_events(analyses[:20])  # warm caches and numpy
    return _cpu(cluster_events, analyses)[1]


def compare(other: str, events: int, seed: int, repeat: int) -> tuple[float, float]:
    """Best CPU seconds of clustering ``(here, in the checkout other)``, runs alternating."""
    import os
    import subprocess
    from pathlib import Path

    code = ("import sys; sys.path.insert(0, sys.argv[1]); sys.path.insert(1, sys.argv[2]);"
            "import bench_clustering as b; print(b.cluster_cpu(int(sys.argv[3]), int(sys.argv[4])))")
    bench = str(Path(__file__).resolve().parent)
    here = str(Path(__file__).resolve().parents[1])
    best = {here: float("inf"), other: float("inf")}
    for _ in range(repeat):
        for root in (other, here):
            out = subprocess.run([sys.executable, "-c", code, root, bench, str(events), str(seed)],
                                 capture_output=True, text=True, check=True, cwd=root,
                                 env={**os.environ, "PYTHONPATH": root})
            best[root] = min(best[root], float(out.stdout.split()[-1]))
    return best[here], best[other]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=3000, help="events at the smallest size")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--flat", action="store_true", help="per-article CPU on generated stories")
    parser.add_argument("--sizes", default="100,300,1000,3000")
    parser.add_argument("--no-anchors", action="store_true")
    parser.add_argument("--compare", metavar="CHECKOUT", help="another checkout to time against")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if args.compare:
        here, other = compare(args.compare, args.events, args.seed, args.repeat)
        print(f"clustering {args.events} events, CPU s (best of {args.repeat}): here {here:.3f}, "
              f"{args.compare} {other:.3f}, ratio {here / other:.2f}")
        return
    if args.flat:
        sizes = [int(x) for x in args.sizes.split(",")]
        print_flatness(flatness(sizes, args.seed, not args.no_anchors))
        return
    print(f"{'events':>7} {'cluster s':>9} {'summary s':>9} {'anchors s':>9} {'total s':>8} "
          f"{'us/event':>8} {'clusters':>8}")
    first = None
    for scale in (1, 2, 4):
        analyses = corpus(args.events * scale, args.seed)
        n = sum(len(a.events) for a in analyses)
        clusters, t_cluster = _timed(cluster_events, analyses)
        _, t_summary = _timed(summarize, analyses, clusters)
        _, t_anchor = _timed(check_anchors, analyses)
        total = t_cluster + t_summary + t_anchor
        first = first or (n, total)
        growth = f"x{total / first[1]:.1f} time for x{n / first[0]:.1f} events"
        print(f"{n:>7} {t_cluster:>9.2f} {t_summary:>9.2f} {t_anchor:>9.2f} {total:>8.2f} "
              f"{1e6 * total / n:>8.0f} {len(set(clusters.values())):>8}  {growth}")


if __name__ == "__main__":
    main()
