"""Knight Lab TimelineJS: its JSON, and the columns of its Google Sheets template as CSV.

One slide per cluster. The slide is dated where its sources agree (the interval most articles
give, the finest among equals), linked to its first source with a web address, with the outlet
as credit, and put in a group named by the outlet. TimelineJS renders every text field as HTML,
so each is escaped here, and only http(s) links are written (never ``javascript:``).
"""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, TextIO
from urllib.parse import urlsplit

from timeline_app.core.storage.atomic import write_text_atomically
from timeline_app.core.storage.cells import safe_cell
from timeline_app.core.temporal.display import human_date

if TYPE_CHECKING:
    from timeline_app.core.model import Article, Event, Timeline

__all__ = ["SHEET_COLUMNS", "outlet_of", "timelinejs", "write_timelinejs", "write_timelinejs_sheet"]

SHEET_COLUMNS = [
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Type", "Group", "Background",
]  # fmt: skip
"""The columns of TimelineJS's Google Sheets template, in its order."""


def outlet_of(article: Article) -> str:
    """The outlet an article comes from: its web address's host without ``www.``, else ''."""
    if not _is_web(article.url):
        return ""
    return (urlsplit(article.url.strip()).hostname or "").removeprefix("www.")


def _is_web(url: str) -> bool:
    return urlsplit(url.strip()).scheme.lower() in ("http", "https")


def _agreed(cluster: list[Event]) -> Event:
    """The event whose interval most of the cluster's articles give; finest, then earliest."""
    votes: Counter = Counter()
    for key in {(e.article_id, e.interval.begin, e.interval.end) for e in cluster}:
        votes[key[1:]] += 1
    begin, end = min(votes, key=lambda k: (-votes[k], (k[1] - k[0]).days, k[0]))
    return next(e for e in cluster if (e.interval.begin, e.interval.end) == (begin, end))


def _slides(timeline: Timeline) -> list[dict]:
    """Each cluster's slide, as plain (unescaped) fields, in timeline order."""
    out = []
    for cluster in timeline.clusters().values():
        first = _agreed(cluster)
        articles = [timeline.analyses[e.article_id].article for e in cluster]
        linked = next((a for a in articles if _is_web(a.url)), None)
        outlet = outlet_of(linked or articles[0]) or articles[0].title or articles[0].id
        out.append({
            "id": first.cluster_id or first.event_id,
            "begin": first.interval.begin,
            "last": date.fromordinal(first.interval.end.toordinal() - 1),
            "display": human_date(first.mention),
            "headline": first.label,
            "sources": list(zip(cluster, articles, strict=True)),
            "url": linked.url.strip() if linked else "",
            "credit": outlet_of(linked) if linked else "",
            "caption": linked.title if linked else "",
            "group": outlet,
        })  # fmt: skip
    return out


def _text(sources: list[tuple[Event, Article]]) -> str:
    parts = []
    for event, article in sources:
        name = escape(article.title or article.id)
        if _is_web(article.url):
            name = f'<a href="{escape(article.url.strip(), quote=True)}">{name}</a>'
        parts.append(
            f"<p>“{escape(event.sentence)}” <i>({name}, “{escape(event.mention.text)}”)</i></p>"
        )
    return "".join(parts)


def _tl_date(d: date) -> dict:
    return {"year": d.year, "month": d.month, "day": d.day}


def timelinejs(timeline: Timeline, title: str = "Timeline") -> dict:
    """Knight Lab TimelineJS JSON: a title slide, then one slide per cluster."""
    events = []
    for s in _slides(timeline):
        slide = {
            "unique_id": s["id"],
            "start_date": _tl_date(s["begin"]),
            "display_date": escape(s["display"]),
            "text": {"headline": escape(s["headline"]), "text": _text(s["sources"])},
            "group": escape(s["group"]),
        }
        if s["last"] > s["begin"]:
            slide["end_date"] = _tl_date(s["last"])
        if s["url"]:
            slide["media"] = {
                "url": s["url"], "credit": escape(s["credit"]), "caption": escape(s["caption"]),
            }  # fmt: skip
        events.append(slide)
    articles = len(timeline.analyses)
    summary = f"{len(events)} events from {articles} article{'s' * (articles != 1)}"
    return {"title": {"text": {"headline": escape(title), "text": summary}}, "events": events}


def write_timelinejs(timeline: Timeline, path: str | Path, title: str = "Timeline") -> int:
    import json

    data = timelinejs(timeline, title)
    write_text_atomically(path, lambda fh: json.dump(data, fh, ensure_ascii=False, indent=1))
    return len(data["events"])


def sheet_rows(timeline: Timeline, title: str = "Timeline") -> list[dict]:
    """The Google Sheets template's rows: the title row, then one row per slide."""
    rows = [{**dict.fromkeys(SHEET_COLUMNS, ""), "Headline": escape(title), "Type": "title"}]
    for s in _slides(timeline):
        begin, last = s["begin"], s["last"]
        row = dict.fromkeys(SHEET_COLUMNS, "")
        row.update({
            "Year": begin.year, "Month": begin.month, "Day": begin.day,
            "Display Date": escape(s["display"]), "Headline": escape(s["headline"]),
            "Text": _text(s["sources"]), "Media": s["url"], "Media Credit": escape(s["credit"]),
            "Media Caption": escape(s["caption"]), "Group": escape(s["group"]),
        })  # fmt: skip
        if last > begin:
            row.update({"End Year": last.year, "End Month": last.month, "End Day": last.day})
        rows.append(row)
    return rows


def _write_sheet(rows: list[dict], fh: TextIO) -> None:
    writer = csv.DictWriter(fh, fieldnames=SHEET_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: safe_cell(v) for k, v in row.items()})


def write_timelinejs_sheet(timeline: Timeline, path: str | Path, title: str = "Timeline") -> int:
    """CSV in the template's columns, to paste or import into a copy of the Sheets template."""
    rows = sheet_rows(timeline, title)
    write_text_atomically(path, lambda fh: _write_sheet(rows, fh))
    return len(rows) - 1
