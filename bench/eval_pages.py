"""Scores publication dates on the development pages of ``bench/data/pages/`` against their gold.

A page is *exact* when the date found equals the gold (a month-precision gold wants the month and
``published_precision`` ``month``), *wrong* when a date is given that is not the gold (on a page
without a date, any date is wrong), *missed* when no date is given for a dated page. The gate test
(tests/core/ingest/test_pages_gate.py) pins the floors.

Also: the gold dated mentions of each dated page, tagged against its gold date, and the estimates
of undated pages whose day of writing is known.

Run: ``python bench/eval_pages.py [-v]``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from timeline_app.core.ingest.articles import article_from_text
from timeline_app.core.ingest.loader import read_file
from timeline_app.core.model import Article

PAGES = Path(__file__).parent / "data" / "pages"


@dataclass
class Score:
    dated: int = 0
    undated: int = 0
    exact: int = 0
    wrong: int = 0
    missed: int = 0
    source_right: int = 0
    failures: list[str] = field(default_factory=list)


def golds() -> list[dict]:
    lines = (PAGES / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def page_article(gold: dict) -> Article:
    """The page read as the app reads it.

    A ``.txt`` page's text, or (gold ``file``) an HTML or JSON file through the loader, as a
    user's folder would be.
    """
    if gold.get("file"):
        articles, problems = read_file(PAGES / gold["file"])
        if not articles:
            raise ValueError(f"{gold['file']}: {problems}")
        return articles[0]
    raw = (PAGES / f"{gold['id']}.txt").read_text(encoding="utf-8")
    return article_from_text(raw, article_id=gold["id"])


def found(gold: dict) -> tuple[str | None, str, str | None]:
    """The date given for a page (ISO, cut to the month at month precision), source, precision."""
    article = page_article(gold)
    if article.published is None:
        return None, str(article.published_source), None
    precision = getattr(article, "published_precision", None) or "day"
    value = article.published.isoformat()
    return (value[:7] if precision == "month" else value), str(article.published_source), precision


def score() -> Score:
    result = Score()
    for gold in golds():
        value, source, _ = found(gold)
        if gold["published"] is None:
            result.undated += 1
            if value is not None:
                result.wrong += 1
                result.failures.append(f"{gold['id']}: gave {value} ({source}), gold none")
            continue
        result.dated += 1
        if value == gold["published"]:
            result.exact += 1
            result.source_right += source == gold["source"]
            if source != gold["source"]:
                result.failures.append(f"{gold['id']}: source {source}, gold {gold['source']}")
        elif value is None:
            result.missed += 1
            result.failures.append(f"{gold['id']}: missed {gold['published']}")
        else:
            result.wrong += 1
            result.failures.append(
                f"{gold['id']}: gave {value} ({source}), gold {gold['published']}"
            )
    return result


@dataclass
class EstimateScore:
    pages: int = 0
    held: int = 0
    errors: list[int] = field(default_factory=list)
    """Days between the point estimate and the truth, per page given an estimate."""
    widths: list[int] = field(default_factory=list)
    """Days in each range given."""
    failures: list[str] = field(default_factory=list)


def score_estimates() -> EstimateScore:
    """Undated pages with a known day of writing, each estimated from its own text alone."""
    from timeline_app.core.reconcile.anchor_check import check_anchors
    from timeline_app.core.story.pipeline import analyze

    result = EstimateScore()
    for gold in golds():
        if not gold.get("truth"):
            continue
        result.pages += 1
        analysis = analyze(page_article(gold))
        suggestion = check_anchors([analysis])[gold["id"]].suggestion
        if suggestion is None:
            result.failures.append(f"{gold['id']}: no estimate, truth {gold['truth']}")
            continue
        truth = date.fromisoformat(gold["truth"])
        held = suggestion.begin <= truth < suggestion.end
        result.held += held
        result.errors.append(abs((suggestion.best - truth).days))
        result.widths.append((suggestion.end - suggestion.begin).days)
        if not held:
            result.failures.append(f"{gold['id']}: estimated {suggestion.begin} to "
                                   f"{suggestion.end} (exclusive), truth {gold['truth']}")
    return result


@dataclass
class MentionScore:
    gold: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)


def score_mentions() -> MentionScore:
    """Gold dated mentions of the dated pages, tagged against the page's own gold date."""
    from timeline_app.core.model import Anchor, AnchorSource
    from timeline_app.core.story.pipeline import analyze

    result = MentionScore()
    for gold in golds():
        if not gold["mentions"] or not gold["published"]:
            continue
        article = page_article(gold)
        day = date.fromisoformat(gold["published"] + ("-01" if len(gold["published"]) == 7 else ""))
        found = {
            (m.text, m.value) for m in analyze(article, Anchor(day, AnchorSource.MANUAL)).mentions
        }
        for mention in gold["mentions"]:
            result.gold += 1
            if (mention["text"], mention["value"]) in found:
                result.right += 1
            else:
                result.misses.append(f"{gold['id']}: {mention['text']} = {mention['value']}")
    return result


def main() -> None:
    mentions = score_mentions()
    if "-v" in sys.argv:
        print("\n".join(mentions.misses))
    print(f"gold dated mentions: {mentions.right} of {mentions.gold} found with their value")
    estimates = score_estimates()
    errors, widths = sorted(estimates.errors), sorted(estimates.widths)
    median = errors[len(errors) // 2] if errors else None
    width = widths[len(widths) // 2] if widths else None
    if "-v" in sys.argv:
        print("\n".join(estimates.failures))
    print(
        f"undated with a known day: {estimates.pages}; estimated {len(errors)}, range holds the "
        f"day on {estimates.held}; median error of the point estimate {median} days; median "
        f"width of the range {width} days"
    )
    result = score()
    if "-v" in sys.argv:
        print("\n".join(result.failures))
    print(
        f"dated {result.dated}: exact {result.exact} (source right {result.source_right}), "
        f"wrong {result.wrong}, missed {result.missed}; undated {result.undated}"
    )


if __name__ == "__main__":
    main()
