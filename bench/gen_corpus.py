"""Generate a corpus of synthetic news articles whose dates are known.

Each article reports on one of a few stories. Its anchor is a header line (``date 2023-10-19``),
a byline with a date, a ``Date:`` line, or nothing at all (undated). The body mixes dated sentences
in varied wording (weekdays, "yesterday", "last week", "last month", months, years, seasons,
decades, full dates), durations and sets (which are not placed), and undated filler to reach
news size. A share of articles are syndicated copies of earlier ones under another outlet with a
shifted date, so their relative expressions resolve to other days.

Articles go to ``OUT/articles/*.txt``; what was meant goes to ``OUT/manifest.jsonl`` (outside the
articles folder, so a load does not read it): per article its id, published date or null, the
original it copies, and every dated expression with the interval it denotes under the article's
own anchor.

    python bench/gen_corpus.py OUT -n 10000 [--seed 0] [--paragraphs 8]
"""

from __future__ import annotations

import argparse
import calendar
import hashlib
import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

__all__ = ["GeneratedArticle", "generate", "write_corpus"]

WHO = [
    "the foreign minister", "the prime minister", "the company's chief executive", "the mayor",
    "the central bank governor", "the union leader", "the health secretary", "the UN envoy",
    "the defence minister", "the opposition leader", "the coach", "the lead investigator",
]  # fmt: skip
PLACES = [
    "Pyongyang", "Geneva", "Nairobi", "Lisbon", "Osaka", "Quito", "Tallinn", "Brisbane",
    "Accra", "Hanoi", "Montreal", "Valparaiso",
]  # fmt: skip
VERBS = [
    ("arrived in {place}", "arrives in {place}"),
    ("met officials in {place}", "meets officials in {place}"),
    ("announced new measures in {place}", "announces new measures in {place}"),
    ("signed the agreement in {place}", "signs the agreement in {place}"),
    ("opened the summit in {place}", "opens the summit in {place}"),
    ("gave evidence to the inquiry", "gives evidence to the inquiry"),
    ("visited the flooded district", "visits the flooded district"),
    ("rejected the proposal", "rejects the proposal"),
]
OUTLETS = ["Reuters", "The Associated Press", "Press Association", "AFP", "Kyodo", "Bloomberg"]
AUTHORS = ["Jane Okafor", "Luis Pereira", "Mei Tanaka", "Tom Walsh", "Anna Kovacs", "Sam Reid"]
FILLER = [
    "Analysts said the move reflected growing pressure at home.",
    "Officials did not respond to a request for comment.",
    "The statement gave few details about the terms of the deal.",
    "Critics argued the plan would do little to ease the shortage.",
    "Supporters gathered outside the building, waving flags and banners.",
    "The ministry described the talks as frank and constructive.",
    "Several residents told reporters they had not been consulted.",
    "It was not immediately clear how the measures would be funded.",
    "Observers expect further negotiations before any final decision.",
    "Local media showed long queues at petrol stations across the region.",
    "A spokesperson declined to say whether further visits were planned.",
    "The report runs to more than two hundred pages and includes dozens of recommendations.",
]
NUMBERS = ["two", "three", "four", "five", "six", "ten"]
ORDINAL_MONTHS = list(calendar.month_name)[1:]
WEEKDAYS = list(calendar.day_name)


def _iso(d: date) -> str:
    return d.isoformat()


def _month_interval(y: int, m: int) -> tuple[date, date]:
    end = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return date(y, m, 1), end


@dataclass(slots=True)
class GeneratedArticle:
    """One synthetic article and what its dated expressions mean."""

    id: str
    text: str
    published: date | None
    anchor_style: str
    copy_of: str = ""
    expressions: list[dict] = field(default_factory=list)


def _dated_sentence(rng: random.Random, pub: date, who: str) -> tuple[str, dict | None]:
    """A sentence with one temporal expression, and the expression with its intended interval."""
    place = rng.choice(PLACES)
    past, future = rng.choice(VERBS)
    past, future = past.format(place=place), future.format(place=place)
    Who = who[0].upper() + who[1:]
    kind = rng.randrange(13)
    if kind == 0:
        d = pub - timedelta(days=rng.randint(1, 6))
        expr = f"on {WEEKDAYS[d.weekday()]}"
        s, span, gran = f"{Who} {past} {expr}.", (d, d + timedelta(days=1)), "day"
    elif kind == 1:
        d = pub - timedelta(days=1)
        expr = "yesterday"
        s, span, gran = f"{Who} {past} {expr}, officials said.", (d, d + timedelta(days=1)), "day"
    elif kind == 2:
        monday = pub - timedelta(days=pub.weekday() + 7)
        expr = "last week"
        s, span, gran = f"{Who} {past} {expr}.", (monday, monday + timedelta(days=7)), "week"
    elif kind == 3:
        first = pub.replace(day=1) - timedelta(days=1)
        expr = "last month"
        s = f"The ministry said {expr} that {who} {past}."
        span, gran = _month_interval(first.year, first.month), "month"
    elif kind == 4:
        d = pub - timedelta(days=rng.randint(30, 900))
        expr = f"{ORDINAL_MONTHS[d.month - 1]} {d.day}, {d.year}"
        s, span, gran = f"On {expr}, {who} {past}.", (d, d + timedelta(days=1)), "day"
    elif kind == 5:
        d = pub - timedelta(days=rng.randint(40, 2000))
        expr = f"{d.day} {ORDINAL_MONTHS[d.month - 1]} {d.year}"
        s, span, gran = f"{Who} first {past} on {expr}.", (d, d + timedelta(days=1)), "day"
    elif kind == 6:
        y = pub.year - rng.randint(1, 6)
        m = rng.randint(1, 12)
        expr = f"{ORDINAL_MONTHS[m - 1]} {y}"
        s, span, gran = f"In {expr}, {who} {past}.", _month_interval(y, m), "month"
    elif kind == 7:
        y = pub.year - rng.randint(2, 30)
        expr = str(y)
        s, span, gran = f"Back in {expr}, {who} {past}.", (date(y, 1, 1), date(y + 1, 1, 1)), "year"
    elif kind == 8:
        y = pub.year - rng.randint(1, 3)
        expr = f"the summer of {y}"
        s = f"Tensions rose during {expr}, when {who} {past}."
        span, gran = (date(y, 6, 1), date(y, 9, 1)), "season"
    elif kind == 9:
        dec = (pub.year - rng.randint(15, 45)) // 10 * 10
        expr = f"the {dec}s"
        s = f"The dispute dates back to {expr}."
        span, gran = (date(dec, 1, 1), date(dec + 10, 1, 1)), "decade"
    elif kind == 10:
        d = pub + timedelta(days=rng.randint(1, 6))
        expr = f"on {WEEKDAYS[d.weekday()]}" if (d - pub).days > 1 else "tomorrow"
        s, span, gran = f"{Who} {future} {expr}.", (d, d + timedelta(days=1)), "day"
    elif kind == 11:
        expr = f"for {rng.choice(NUMBERS)} years"
        return f"The programme has been running {expr}, {who} said.", {
            "text": expr,
            "type": "DURATION",
            "interval": None,
        }
    else:
        expr = "every week"
        return f"Inspectors have visited the site {expr} since the talks began.", {
            "text": expr,
            "type": "SET",
            "interval": None,
        }
    return s, {"text": expr, "type": "DATE", "granularity": gran,
               "interval": {"begin": _iso(span[0]), "end": _iso(span[1])}}  # fmt: skip


def _anchor_lines(rng: random.Random, pub: date | None, style: str, outlet: str) -> list[str]:
    if pub is None or style == "none":
        return [f"By {rng.choice(AUTHORS)}, {outlet}"]
    if style == "header":
        return [f"date {_iso(pub)}", f"By {rng.choice(AUTHORS)}"]
    if style == "byline":
        day = f"{WEEKDAYS[pub.weekday()]} {pub.day} {ORDINAL_MONTHS[pub.month - 1]} {pub.year}"
        return [f"By {rng.choice(AUTHORS)}, {outlet}", f"{day} 07:{rng.randint(10, 59)} EDT"]
    return [f"Date:{_iso(pub)} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:00"]


def _article_id(i: int, text: str) -> str:
    return f"{i:06d}_{hashlib.sha1(text.encode()).hexdigest()[:16]}"


def generate(n: int, seed: int = 0, paragraphs: int = 14) -> list[GeneratedArticle]:
    """``n`` articles: ~10% undated, ~15% syndicated copies shifted by 1 to 3 days."""
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    stories = [start + timedelta(days=rng.randint(0, 3650)) for _ in range(max(1, n // 50))]
    out: list[GeneratedArticle] = []
    bodies: list[tuple[str, str, list[str], date]] = []  # (id, title, body lines, published)
    for i in range(n):
        outlet = rng.choice(OUTLETS)
        if bodies and rng.random() < 0.15:
            orig_id, title, lines, orig_pub = rng.choice(bodies)
            pub = orig_pub + timedelta(days=rng.randint(1, 3))
            style = rng.choice(["header", "byline", "dateline"])
            head = _anchor_lines(rng, pub, style, outlet)
            text = "\n".join([title, "", *head, "", *lines]) + "\n"
            out.append(GeneratedArticle(_article_id(i, text), text, pub, style, copy_of=orig_id))
            continue
        pub = rng.choice(stories) + timedelta(days=rng.randint(0, 20))
        who = rng.choice(WHO)
        lines, expressions = [], []
        for _ in range(paragraphs):
            sentences = []
            for _ in range(rng.randint(2, 4)):
                if rng.random() < 0.45:
                    s, expr = _dated_sentence(rng, pub, who)
                    if expr is not None:
                        expressions.append(expr)
                    sentences.append(s)
                else:
                    sentences.append(rng.choice(FILLER))
            lines += [" ".join(sentences), ""]
        place = rng.choice(PLACES)
        title = f"{who[4:].capitalize()} {rng.choice(VERBS)[1].format(place=place)}"
        undated = rng.random() < 0.1
        style = "none" if undated else rng.choice(["header", "byline", "dateline"])
        head = _anchor_lines(rng, None if undated else pub, style, outlet)
        text = "\n".join([title, "", *head, "", *lines])
        art = GeneratedArticle(
            _article_id(i, text), text, None if undated else pub, style, expressions=expressions
        )
        out.append(art)
        if not undated:
            bodies.append((art.id, title, lines, pub))
    return out


def write_corpus(out: str | Path, n: int, seed: int = 0, paragraphs: int = 14) -> Path:
    """Write ``n`` articles under ``out/articles`` and the manifest; return the articles folder."""
    out = Path(out)
    articles = out / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    with open(out / "manifest.jsonl", "w", encoding="utf-8") as manifest:
        for art in generate(n, seed, paragraphs):
            (articles / f"{art.id}.txt").write_text(art.text, encoding="utf-8")
            record = {
                "id": art.id,
                "published": _iso(art.published) if art.published else None,
                "anchor_style": art.anchor_style,
                "copy_of": art.copy_of or None,
                "expressions": art.expressions,
            }
            manifest.write(json.dumps(record) + "\n")
    return articles


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--paragraphs", type=int, default=14, help="body paragraphs per article")
    args = parser.parse_args(argv)
    folder = write_corpus(args.out, args.n, args.seed, args.paragraphs)
    sizes = [p.stat().st_size for p in folder.iterdir()]
    print(f"{len(sizes)} articles in {folder}, mean {sum(sizes) / max(1, len(sizes)):.0f} bytes")


if __name__ == "__main__":
    main()
