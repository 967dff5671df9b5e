"""The publication line as a row of the events export: when each source published.

A page's dated byline, header or dateline is cut from (or opens) its text and is no mention of the
story's happenings, yet readers of an export want to see when every source published. Each
article with a publication date gets one row with ``role`` ``publication``; every other row is a
``mention``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline_app.core.model import (
    Granularity,
    Interval,
    Mention,
    PublishedSource,
    Timeline,
    TimexType,
)
from timeline_app.core.temporal import tag
from timeline_app.core.temporal.display import human_date

__all__ = ["MENTION", "PUBLICATION", "with_publication_rows"]

PUBLICATION = "publication"
MENTION = "mention"


def _month(day: date) -> Interval:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return Interval(day.replace(day=1), following)


def date_text(line: str, published: date, lang: str | None = None) -> str:
    """The part of a publication line that tells its date, else the whole line.

    A header line may carry the site's furniture after its date ("date 2023-10-19 Newsletter
    Signup"); the export's ``expression`` is the date as written, from the first to the last
    expression of the line that agrees with the publication date ("Wednesday 18 October 2023
    07:00 EDT" is two: a day and its clock time; "02-09-2021 11:40" a year and a time).
    """
    day = published.isoformat()
    agree = [(m, value) for m in tag(line, published, lang=lang)
             if (value := _as_published(m, day))]  # fmt: skip
    if not any(value.startswith(day[:7]) for _, value in agree):
        return line  # nothing there names the month: keep the line the date came from
    return line[min(m.start for m, _ in agree):max(m.end for m, _ in agree)]


def _as_published(m: Mention, day: str) -> str | None:
    """``m``'s value if it agrees with ``day``, else None.

    A numeric date whose order only a policy guessed ("05-03-2021" read month first, its
    confidence under 1) agrees in the other order too: the page's date is known here.
    """
    readings = [m.value or ""]
    if m.confidence < 1 and re.fullmatch(r"\d{4}-\d\d-\d\d.*", readings[0]):
        v = readings[0]
        readings.append(f"{v[:4]}-{v[8:10]}-{v[5:7]}{v[10:]}")
    return next((v for v in readings if v and (v.startswith(day) or day.startswith(v))), None)


def publication_rows(timeline: Timeline) -> list[dict]:
    """One row per article whose page gave a publication date, in article id order."""
    rows = []
    for article_id, analysis in sorted(timeline.analyses.items()):
        article, anchor = analysis.article, analysis.anchor
        if article.published is None or article.published_source is PublishedSource.NONE:
            continue  # (a table of events rebuilt without its pages knows no publication line)
        monthly = article.published_precision == "month"
        interval = _month(article.published) if monthly else Interval.day(article.published)
        value = article.published.isoformat()[:7] if monthly else article.published.isoformat()
        granularity = Granularity.MONTH if monthly else Granularity.DAY
        source = str(article.published_source)
        winner = next((c for c in article.date_candidates if c.get("source") == source), None)
        line = (winner or {}).get("line") or ""
        expression = date_text(line, article.published, article.lang) if line else ""
        mention = Mention(0, 0, expression, TimexType.DATE, value, granularity=granularity,
                          interval=interval)  # fmt: skip
        event_id = f"{article_id}@published"
        rows.append(
            {
                "event_id": event_id,
                "cluster_id": event_id,
                "article_id": article_id,
                "article_title": article.title,
                "published": article.published.isoformat(),
                "anchor": anchor.value.isoformat() if anchor.value else "",
                "anchor_source": anchor.source.value,
                "expression": expression,
                "expr_start": "",
                "expr_end": "",
                "value": value,
                "begin": interval.begin.isoformat(),
                "end": interval.end.isoformat(),
                "granularity": granularity.value,
                "mod": "",
                "sentence": line,
                "label": f"Published ({article.published_source}): {article.title}",
                "display_date": human_date(mention),
                "confidence": 1.0,
                "rule": PUBLICATION,
                "reference": str(article.published_source),
                "role": PUBLICATION,
                "lang": article.lang,
            }
        )
    return rows


def with_publication_rows(rows: list[dict], timeline: Timeline) -> list[dict]:
    """``rows`` (sorted by ``begin``) with the publication rows merged in, still sorted.

    Python's sort is stable: rows of one day keep their order, publication rows after mentions.
    """
    return sorted([*rows, *publication_rows(timeline)], key=lambda row: row["begin"])
