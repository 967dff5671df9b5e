"""A synthetic story for the timeline tests: five articles, 1948 to 2025, every granularity.

Built from model objects directly (no tagger), as ``ArticleAnalysis`` values a ``Document`` takes.
"""

from __future__ import annotations

from datetime import date, timedelta

from timeline_app.core.model import (
    Anchor,
    AnchorSource,
    Article,
    Event,
    Granularity,
    Interval,
    Mention,
    TimexType,
)

G = Granularity

ARTICLES = [
    ("a1", "Council approves Harbor Bridge replacement", date(2023, 10, 18), AnchorSource.DETECTED),
    ("a2", "A short history of the Harbor Bridge", date(2023, 10, 20), AnchorSource.DETECTED),
    (
        "a3",
        "Inspectors warned of cracks for years, records show",
        date(2023, 10, 25),
        AnchorSource.DETECTED,
    ),
    ("a4", "What the bridge closure means for commuters", date(2024, 3, 2), AnchorSource.MANUAL),
    (
        "a5",
        "Harbor Bridge reopens to traffic after two years",
        date(2025, 6, 12),
        AnchorSource.ESTIMATED,
    ),
]

# (article, begin, granularity, expression, label, cluster)
ROWS = [
    ("a2", date(1948, 5, 14), G.DAY, "14 May 1948", "Port authority founded", ""),
    ("a2", date(1950, 1, 1), G.DECADE, "the 1950s", "Bridge planned and financed", ""),
    ("a2", date(1953, 1, 1), G.YEAR, "1953", "Construction begins on the steel span", ""),
    ("a2", date(1957, 6, 1), G.MONTH, "June 1957", "Bridge opens with a parade", "open57"),
    ("a3", date(1957, 6, 1), G.MONTH, "June 1957", "Original bridge opened", "open57"),
    ("a2", date(1967, 3, 1), G.SEASON, "spring 1967", "First flood damages the piers", ""),
    ("a2", date(1973, 10, 1), G.QUARTER, "late 1973", "Emergency repairs to the deck", ""),
    ("a3", date(1990, 1, 1), G.DECADE, "the 1990s", "Traffic doubles as the suburbs grow", ""),
    (
        "a2",
        date(1900, 1, 1),
        G.CENTURY,
        "the 20th century",
        "Harbor becomes the city's trade hub",
        "",
    ),
    ("a3", date(2001, 1, 1), G.YEAR, "2001", "First inspection notes rust on cables", ""),
    ("a3", date(2008, 9, 1), G.MONTH, "September 2008", "Budget cuts postpone repainting", ""),
    ("a3", date(2015, 1, 1), G.YEAR, "2015", "Engineers rate the bridge 'poor'", ""),
    (
        "a3",
        date(2019, 4, 15),
        G.WEEK,
        "the week of April 15, 2019",
        "Load limit cut to 20 tonnes",
        "",
    ),
    (
        "a3",
        date(2022, 11, 3),
        G.DAY,
        "November 3, 2022",
        "Inspectors find a cracked gusset plate",
        "",
    ),
    ("a1", date(2023, 10, 2), G.DAY, "October 2", "Bridge closed after a joint fails", "close"),
    ("a3", date(2023, 10, 2), G.DAY, "Oct. 2", "Emergency closure ordered", "close"),
    ("a4", date(2023, 10, 2), G.DAY, "2 October 2023", "Bridge shut overnight", "close"),
    ("a1", date(2023, 10, 5), G.DAY, "October 5", "Ferry service doubled", ""),
    ("a1", date(2023, 10, 9), G.WEEK, "the following week", "Engineers survey the span", ""),
    ("a1", date(2023, 10, 11), G.DAY, "Wednesday", "Mayor calls for replacement", "mayor"),
    (
        "a3",
        date(2023, 10, 11),
        G.DAY,
        "October 11",
        "Mayor says the bridge cannot be saved",
        "mayor",
    ),
    ("a1", date(2023, 10, 17), G.DAY, "Tuesday", "Council debates for six hours", ""),
    ("a1", date(2023, 10, 18), G.DAY, "today", "Council approves replacement, 7 to 2", "vote"),
    ("a3", date(2023, 10, 18), G.DAY, "last Wednesday", "Council vote on replacement", "vote"),
    ("a4", date(2023, 10, 18), G.DAY, "October 18", "Replacement approved by council", "vote"),
    ("a1", date(2023, 11, 1), G.MONTH, "next month", "Design tender to open", ""),
    ("a2", date(2023, 10, 20), G.DAY, "today", "Historical society opens archive", ""),
    ("a3", date(2023, 10, 23), G.DAY, "Monday", "Records released under FOI request", ""),
    ("a4", date(2023, 12, 1), G.MONTH, "December", "Temporary ferry terminal built", ""),
    ("a4", date(2024, 1, 1), G.QUARTER, "the first quarter of 2024", "Contract awarded", ""),
    ("a4", date(2024, 2, 26), G.WEEK, "last week", "Commuter survey published", ""),
    ("a4", date(2024, 3, 2), G.DAY, "Saturday", "Bus lanes added on Harbor Road", ""),
    ("a4", date(2024, 6, 1), G.SEASON, "this summer", "Demolition of the old span", "demo"),
    ("a5", date(2024, 6, 1), G.SEASON, "summer 2024", "Old span demolished", "demo"),
    ("a4", date(2024, 1, 1), G.YEAR, "2024", "Commute times up 20 minutes", ""),
    ("a5", date(2024, 9, 1), G.MONTH, "September 2024", "New foundations poured", ""),
    ("a5", date(2025, 1, 1), G.QUARTER, "early 2025", "Deck segments lifted into place", ""),
    ("a5", date(2025, 5, 30), G.DAY, "May 30", "Load test passes", ""),
    ("a5", date(2025, 6, 11), G.DAY, "yesterday", "Bridge reopens to traffic", ""),
    ("a5", date(2025, 6, 11), G.DAY, "Wednesday", "Ribbon cut by the mayor", ""),
]


def interval_of(begin: date, g: Granularity) -> Interval:
    """The whole interval a date of granularity ``g`` starting at ``begin`` denotes."""
    if g is G.DAY:
        return Interval.day(begin)
    if g is G.WEEK:
        return Interval(begin, begin + timedelta(days=7))
    months = {G.MONTH: 1, G.SEASON: 3, G.QUARTER: 3}.get(g)
    if months:
        m = begin.month - 1 + months
        return Interval(begin, date(begin.year + m // 12, m % 12 + 1, 1))
    years = {G.YEAR: 1, G.DECADE: 10, G.CENTURY: 100}[g]
    return Interval(begin, date(begin.year + years, 1, 1))


def analyses(rows=ROWS, articles=ARTICLES):
    """``ArticleAnalysis`` values for the story, events in text order per article."""
    from timeline_app.core.model import ArticleAnalysis

    out = []
    for aid, title, published, source in articles:
        text, events, mentions = "", [], []
        for art, begin, g, expr, label, cluster in rows:
            if art != aid:
                continue
            sentence = f"{label} {expr}."
            start = len(text) + len(label) + 1
            m = Mention(
                start,
                start + len(expr),
                expr,
                TimexType.DATE,
                begin.isoformat(),
                "",
                g,
                interval_of(begin, g),
            )
            e = Event(
                f"{aid}@{start}",
                aid,
                m,
                len(text),
                len(text) + len(sentence),
                sentence,
                label,
                cluster and f"c-{cluster}",
            )
            text += sentence + " "
            mentions.append(m)
            events.append(e)
        article = Article(aid, title, text, published)
        out.append(ArticleAnalysis(article, Anchor(published, source), mentions, events))
    return out


def timeline():
    """The story's Timeline, assembled here: no tagger, no clustering, the clusters as given."""
    from timeline_app.core.model import Timeline, sort_key

    found = analyses()
    events = sorted((e for a in found for e in a.events), key=sort_key)
    return Timeline(analyses={a.article.id: a for a in found}, events=events)


def publish(doc, tl) -> None:
    """Give ``doc`` the timeline ``tl`` and tell its views, as ``Document.add`` would.

    ``Document.add`` re-checks anchors with the tagger, which is still being written; these
    tests are about the timeline view, so they must not fail when the tagger does.
    """
    from timeline_app.core.story.document import Change

    doc.timeline = tl
    doc.changed.emit(Change("added", tuple(tl.analyses)))


def document():
    """A Document holding the story."""
    from timeline_app.core.story.document import Document

    doc = Document()
    publish(doc, timeline())
    return doc
