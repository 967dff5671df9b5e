"""Throughput of the temporal tagger against ``dateparser.search.search_dates``, and start-up time.

Usage: python bench/bench_tagger.py [--mb 3] [--sample-kb 40] [--seed 7]

Builds a corpus of a few MB from generated news/history sentences (templates below) plus the
repository's seed articles, times ``tag()`` over all of it, times ``search_dates`` on a sample of
the same text in the same run, and prints the ratio. Also prints the cold start-up time of
importing the tagger (and of ``python -m timeline_app.core.temporal``) in a fresh subprocess.
Also prints the CPU time of re-resolving one article's cached parse against 26 anchors (what
an anchor check does) against re-tagging it 26 times from scratch, and their ratio.
A script that prints, not a timed test.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
import warnings
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline_app.core.temporal import recognise, recognition, resolve, tag  # noqa: E402

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PEOPLE = ["The minister", "A spokesman", "The council", "Rebel leaders", "The company",
          "Investigators", "The mayor", "Protesters", "The central bank", "Officials"]
VERBS = ["said", "announced", "confirmed", "denied", "reported", "warned", "argued"]
THINGS = ["the talks had stalled", "prices would rise", "the bridge was closed",
          "1,000 containers were stuck in port", "30,000 soldiers had crossed the border",
          "turnout rose 45%", "two people were killed", "version 2.3 of the software failed",
          "the vote may be delayed", "thousands march in the capital"]
TEMPLATES = [
    "{who} {verb} on {wd} that {thing}.",
    "{who} {verb} {wd} that {thing}, {n} days after the first report.",
    "On {mon} {d}, {y}, {who_l} {verb} that {thing}.",
    "{who} will meet again next week, and talks resume on {abbr} {d}.",
    "In {y}, the region was annexed. In {mon}, {who_l} {verb} that {thing}.",
    "The dispute began in the early {dec}s and lasted for {n} years.",
    "{who} {verb} yesterday that {thing}; a decision is expected by the end of the month.",
    "Last year, {who_l} {verb} that {thing}. Three years ago the same happened.",
    "The fair is held every week, and the report is published annually since {y}.",
    "{who} {verb} that {thing} during the {ord} quarter of {y}.",
    "Between {abbr} {d} and {abbr2} {d2}, {who_l} {verb} that {thing}.",
    "From {y} to {y2}, {who_l} ran the port. The {ord2} century saw its decline.",
    "Earlier this month {who_l} {verb} that {thing}, and now the council is divided.",
    "Call 555-{phone} for tickets to the 24 Hours show, page {page}, Apollo 11 special.",
    "{who} {verb} at 7:15 p.m. EST on {wd} that {thing}, recently and in the very near future.",
]
# Sentences without any date: real articles carry one temporal expression every few sentences.
FILLERS = [
    "{who} {verb} that {thing}.",
    "The report, which runs to 140 pages, lists 1,200 complaints from residents of the valley.",
    "Analysts {verb} the decision could reshape the market for a generation of investors.",
    "{who} declined to comment on the figures, citing an ongoing review by the regulator.",
    "Traffic was diverted through the old town while crews repaired the damaged main.",
    "According to the ministry, 3,400 households remain without power in the north.",
    "The opposition called the plan reckless and demanded a full parliamentary inquiry.",
    "Shares in the company fell 4.5 percent in early trading before recovering slightly.",
    "Residents of {place} described scenes of confusion as police sealed off the square.",
    "The agreement covers fishing rights, customs checks and the status of {place}.",
    "{who} said the figures for {place} were provisional and might be revised.",
    "Local media in {place} showed long queues outside banks and petrol stations.",
    "The envoy's motorcade passed through {place} under heavy guard, witnesses said.",
    "Critics argue that the subsidy mostly benefits large firms rather than small farms.",
    "The court heard evidence from 14 witnesses, including two former officials.",
    "Prices for wheat and maize rose sharply on international markets.",
]
PLACES = ["Valdora", "the northern province", "Port Amsel", "Kestrel Bay", "the capital",
          "Lindenfeld", "the border town of Orsk-Nova", "Marrow Island", "the old quarter"]
ORDINALS = ["first", "second", "third", "fourth"]
CENTURY = ["17th", "18th", "19th", "20th"]


def build_corpus(target_bytes: int, seed: int) -> list[tuple[str, date]]:
    """Documents of generated text, each ~2-4 kB, with its anchor; plus the seed articles."""
    rng = random.Random(seed)
    docs: list[tuple[str, date]] = []
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for path in seeds:
        docs.append((path.read_text(encoding="utf-8"), date(2023, 10, 19)))
    size = sum(len(t) for t, _ in docs)
    while size < target_bytes:
        anchor = date(1990, 1, 1) + timedelta(days=rng.randrange(12000))
        sentences = []
        for _ in range(rng.randint(15, 30)):
            who = rng.choice(PEOPLE)
            # One sentence in four carries dates: about 3-4 expressions per kB, the density of
            # the TimeBank news articles.
            pool = TEMPLATES if rng.random() < 0.25 else FILLERS
            sentences.append(rng.choice(pool).format(
                who=who, who_l=who[0].lower() + who[1:], verb=rng.choice(VERBS),
                thing=rng.choice(THINGS), wd=rng.choice(WEEKDAYS), mon=rng.choice(MONTHS),
                abbr=rng.choice(ABBR), abbr2=rng.choice(ABBR), d=rng.randint(1, 28),
                d2=rng.randint(1, 28), y=rng.randint(1900, 2024), y2=rng.randint(1900, 2024),
                n=rng.randint(2, 40), dec=rng.randrange(1900, 2020, 10),
                ord=rng.choice(ORDINALS), ord2=rng.choice(CENTURY),
                phone=rng.randint(1000, 9999), page=rng.randint(2, 99), place=rng.choice(PLACES)))
        text = " ".join(sentences)
        docs.append((text, anchor))
        size += len(text)
    return docs


def startup_seconds(code: list[str], runs: int = 3) -> float:
    """Best wall time of a fresh interpreter running ``code`` (cold import of the tagger)."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, *code], input="On Wednesday, Oct. 18.", text=True,
                       capture_output=True, check=True, cwd=ROOT)
        best = min(best, time.perf_counter() - t0)
    return best


def re_resolve_vs_retag(docs: list[tuple[str, date]], anchors: int = 26,
                        rounds: int = 3) -> tuple[float, float]:
    """CPU seconds of re-resolving the seeds' parses against many anchors, and of re-tagging.

    Each seed's one parse is resolved against ``anchors`` anchors; the other way recognises and
    resolves it that many times (the cache cleared before each tag).
    """
    texts = [text for text, _ in docs[:5]]
    days = [date(2023, 10, 19) + timedelta(days=11 * i) for i in range(anchors)]
    best_resolve = best_retag = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for text in texts:
            parse = recognise(text)
            for day in days:
                resolve(parse, text, day)
        best_resolve = min(best_resolve, time.process_time() - t0)
        t0 = time.process_time()
        for text in texts:
            for day in days:
                recognition.clear_cache()
                tag(text, day)
        best_retag = min(best_retag, time.process_time() - t0)
    return best_resolve, best_retag


def dense_scaling(small: int = 250_000, factor: int = 4, seed: int = 3) -> tuple[float, float]:
    """CPU seconds to tag ``small`` characters of dense dated sentences, and ``factor`` times more.

    A tagger whose cost is linear gives a ratio near ``factor``.
    """
    rng = random.Random(seed)

    def dense(size: int) -> str:
        out: list[str] = []
        length = 0
        while length < size:
            sentence = (f"On {rng.choice(WEEKDAYS)}, {rng.choice(MONTHS)} {rng.randint(1, 28)}, "
                        f"{rng.randint(1900, 2024)}, the council met; two days later, in "
                        f"{rng.choice(MONTHS)}, it voted again. ")
            out.append(sentence)
            length += len(sentence)
        return "".join(out)

    seconds = []
    for size in (small, small * factor):
        text = dense(size)
        recognition.clear_cache()
        t0 = time.process_time()
        tag(text, date(2023, 10, 19))
        seconds.append(time.process_time() - t0)
    return seconds[0], seconds[1]


def prefilter_seconds(docs: list[tuple[str, date]], rounds: int = 2) -> dict[str, float]:
    """CPU seconds of recognition over ``docs``, with and without the pre-filters.

    The trigger windows (with the rule filter), and every rule over all the text.
    """
    ways = {"windows": {}, "full scan": {"scan_all": True}}
    out = {}
    for name, kw in ways.items():
        best = float("inf")
        for _ in range(rounds):
            t0 = time.process_time()
            for text, _ in docs:
                recognition._candidates(text, **kw)
            best = min(best, time.process_time() - t0)
        out[name] = best
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=3.0, help="corpus size in MB")
    ap.add_argument("--sample-kb", type=float, default=40.0,
                    help="size of the sample given to dateparser (it is slow)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rounds", type=int, default=2, help="timing rounds (best is kept)")
    args = ap.parse_args(argv)

    docs = build_corpus(int(args.mb * 1_000_000), args.seed)
    total = sum(len(t) for t, _ in docs)
    tag("warm up the grammar on Oct. 18, 2023.", date(2023, 10, 19))
    t0 = time.perf_counter()
    mentions = sum(len(tag(text, anchor)) for text, anchor in docs)
    ours = time.perf_counter() - t0
    ours_rate = total / ours
    print(f"corpus: {len(docs)} documents, {total / 1e6:.2f} MB")
    print(f"tag():        {ours:7.2f} s  {ours_rate / 1e3:8.1f} kB/s  {mentions} mentions")
    step = max(1, len(docs) // 60)
    costs = prefilter_seconds(docs[::step])
    print("recognition pre-filters (CPU s over a sample): "
          + ", ".join(f"{k} {v:.3f}" for k, v in costs.items())
          + f"; windows pay {costs['full scan'] / costs['windows']:.1f}x")
    one, four = dense_scaling()
    print(f"dense dated text: 0.25 MB {one:.2f} s CPU, 1 MB {four:.2f} s CPU, "
          f"ratio {four / one:.1f} (4.0 is linear)")
    again, retag = re_resolve_vs_retag(docs)
    print(f"26 anchors x 5 seed articles: re-resolve one parse {again:.3f} s CPU, re-tag "
          f"{retag:.3f} s CPU, ratio re-tag / re-resolve {retag / again:.1f}x")

    from dateparser.search import search_dates  # imported late: it is slow to import

    # The sample: documents spread over the whole corpus (seeds and generated alike).
    step = max(1, len(docs) // 200)
    sample, size = [], 0
    for text, anchor in docs[::step]:
        sample.append((text, anchor))
        size += len(text)
        if size >= args.sample_kb * 1000:
            break

    def run_dateparser() -> tuple[float, int]:
        t0 = time.perf_counter()
        found = 0
        for text, anchor in sample:
            base = datetime(anchor.year, anchor.month, anchor.day)
            found += len(search_dates(text, languages=["en"],
                                      settings={"RELATIVE_BASE": base}) or [])
        return time.perf_counter() - t0, found

    def run_tagger() -> float:
        t0 = time.perf_counter()
        for text, anchor in sample:
            recognition.clear_cache()  # measure recognition too, not the cache
            tag(text, anchor)
        return time.perf_counter() - t0

    # Interleaved rounds, best of each: the machine may be shared, noise only ever slows down.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        search_dates("warm up on Oct. 18, 2023", languages=["en"])
        theirs, ours_sample, found = float("inf"), float("inf"), 0
        for _ in range(args.rounds):
            t, found = run_dateparser()
            theirs = min(theirs, t)
            ours_sample = min(ours_sample, min(run_tagger() for _ in range(3)))
    print(f"search_dates: {theirs:7.2f} s  {size / theirs / 1e3:8.1f} kB/s  {found} dates "
          f"(sample of {len(sample)} documents, {size / 1e3:.0f} kB, best of {args.rounds})")
    print(f"tag() on the same sample: {ours_sample:7.3f} s  {size / ours_sample / 1e3:8.1f} kB/s")
    print(f"throughput ratio tag / search_dates: {theirs / ours_sample:6.1f}x")

    imp = startup_seconds(["-c", "import timeline_app.core.temporal"])
    first = startup_seconds(["-c", "import datetime, timeline_app.core.temporal as t; "
                                   "t.tag('On Oct. 18, 2023.', datetime.date(2023, 10, 19))"])
    cli = startup_seconds(["-m", "timeline_app.core.temporal", "--anchor", "2023-10-19"])
    print(f"cold start: import {imp:.2f} s, import + first tag {first:.2f} s, "
          f"python -m timeline_app.core.temporal {cli:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
