"""The Qt models follow the document: rows, human dates, sort keys, text and date filters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from timeline_app.core.corrections.edits import RelabelEvent
from timeline_app.core.events.build import build_events
from timeline_app.core.model import (
    Article,
    ArticleAnalysis,
    Granularity,
    Interval,
    Mention,
    TimexType,
)
from timeline_app.core.story.document import Document
from timeline_app.core.story.pipeline import LoadResult, detected_anchor
from timeline_app.gui.models import ArticleListModel, EventFilterProxy, EventTableModel, Roles

TEXT_A = (
    "Reyes arrived in Port Selden on 18 October 2023 for talks with Holt. "
    "Relations between the two countries go back to the 1990s. "
    "Varga is expected to visit in summer 2024. "
    "Ties had been strained recently. "
    "Sanctions have lasted for three years."
)
TEXT_B = "Holt met the Estmarki minister on 19 October 2023. An arms deal was discussed in 2023."

_SPANS = {
    "18 October 2023": (Granularity.DAY, "2023-10-18", date(2023, 10, 18), date(2023, 10, 19)),
    "19 October 2023": (Granularity.DAY, "2023-10-19", date(2023, 10, 19), date(2023, 10, 20)),
    "the 1990s": (Granularity.DECADE, "199", date(1990, 1, 1), date(2000, 1, 1)),
    "summer 2024": (Granularity.SEASON, "2024-SU", date(2024, 6, 1), date(2024, 9, 1)),
    "2023": (Granularity.YEAR, "2023", date(2023, 1, 1), date(2024, 1, 1)),
}


def mention(text: str, expression: str, *, last: bool = False) -> Mention:
    """A mention of ``expression`` in ``text``: placed if it is in ``_SPANS``, else vague."""
    start = text.rindex(expression) if last else text.index(expression)
    end = start + len(expression)
    if expression in _SPANS:
        g, value, begin, stop = _SPANS[expression]
        return Mention(start, end, expression, TimexType.DATE, value, "", g, Interval(begin, stop))
    if expression.startswith("for "):
        return Mention(start, end, expression, TimexType.DURATION, "P3Y")
    return Mention(start, end, expression, TimexType.DATE, "PAST_REF")


def analysis(article: Article, expressions: list[str | tuple[str, bool]]) -> ArticleAnalysis:
    mentions = [
        mention(article.text, e[0], last=e[1]) if isinstance(e, tuple) else mention(article.text, e)
        for e in expressions
    ]
    mentions.sort(key=lambda m: m.start)
    return ArticleAnalysis(
        article, detected_anchor(article), mentions, build_events(article, mentions)
    )


def synthetic_result() -> LoadResult:
    a = Article(
        "a1", "Reyes arrives in Port Selden", TEXT_A, date(2023, 10, 19),
        url="https://www.reuters.com/world/lavrov",
    )  # fmt: skip
    b = Article("b2", "Holt hosts Estmarki minister", TEXT_B, None, path="/news/b2.txt")
    return LoadResult(
        [
            analysis(a, ["18 October 2023", "the 1990s", "summer 2024", "recently",
                         "for three years"]),
            analysis(b, ["19 October 2023", ("2023", True)]),
        ]
    )  # fmt: skip


def synthetic_document() -> Document:
    document = Document()
    document.add(synthetic_result())
    return document


def test_event_table_follows_document(qtbot):
    document = Document()
    model = EventTableModel(document)
    assert model.rowCount() == 0
    with qtbot.waitSignal(model.modelReset):
        document.add(synthetic_result())
    assert (
        model.rowCount() == 5
    )  # three in a1 (the vague and the duration are not events), two in b2
    whens = [model.index(r, model.WHEN).data() for r in range(model.rowCount())]
    assert whens == ["1990s", "2023", "18 Oct 2023", "19 Oct 2023", "Summer 2024"]
    row = model.row_of("a1@" + str(TEXT_A.index("summer 2024")))
    assert model.index(row, model.GRANULARITY).data() == "season"
    assert model.index(row, model.SOURCE).data() == "Reyes arrives in Port Selden"
    assert model.index(row, model.EXPRESSION).data() == "summer 2024"
    assert model.index(row, 0).data(Roles.ID) == model.event_at(row).event_id


def test_sorting_by_date_uses_intervals_not_text(qtbot):
    model = EventTableModel(synthetic_document())
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(model.WHEN, Qt.SortOrder.DescendingOrder)
    whens = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert whens == ["Summer 2024", "19 Oct 2023", "18 Oct 2023", "2023", "1990s"]
    proxy.sort(model.GRANULARITY, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, model.GRANULARITY).data() == "day"
    assert proxy.index(proxy.rowCount() - 1, model.GRANULARITY).data() == "decade"


def test_text_filter_matches_label_sentence_expression_and_source(qtbot):
    model = EventTableModel(synthetic_document())
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.accepted_ids() is None
    with qtbot.waitSignal(proxy.acceptedChanged) as blocker:
        proxy.set_text("varga")
    assert proxy.rowCount() == 1
    assert blocker.args[0] == {f"a1@{TEXT_A.index('summer 2024')}"}
    proxy.set_text("holt hosts")  # words of the source title, in any order
    assert proxy.rowCount() == 2
    proxy.set_text("1990s")
    assert proxy.rowCount() == 1
    proxy.set_text("")
    assert proxy.rowCount() == 5 and proxy.accepted_ids() is None


def test_the_filter_is_asked_only_while_one_is_in_force_and_follows_new_rows(qtbot):
    """With no filter, a reset lets every row through without asking Python of each; with one,
    the rows a change brings are filtered as the others are."""
    document = synthetic_document()
    model = EventTableModel(document)
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    asked = []
    predicate = model.passes
    model.passes = lambda event: asked.append(event.event_id) or predicate(event)
    document.add(synthetic_result())  # the same articles again: a reset of the rows
    assert proxy.rowCount() == 5 and asked == []
    proxy.set_text("varga")
    assert proxy.rowCount() == 1 and len(asked) == 5
    document.apply(RelabelEvent(*document.event_key(model.event_at(0)), label="Varga returns"))
    assert proxy.rowCount() == 2  # the relabelled row passes now
    assert {model.event_at(proxy.mapToSource(proxy.index(r, 0)).row()).label
            for r in range(2)} >= {"Varga returns"}
    proxy.set_text("")
    assert proxy.rowCount() == 5


def test_date_range_keeps_overlapping_events(qtbot):
    model = EventTableModel(synthetic_document())
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_date_range(date(2023, 10, 19), date(2023, 12, 31))
    ids = proxy.accepted_ids()
    assert ids is not None
    whens = sorted(model.index(model.row_of(i), 0).data() for i in ids)
    assert whens == ["19 Oct 2023", "2023"]  # the year overlaps the range, 18 Oct does not
    proxy.set_date_range(None, date(1995, 1, 1))
    assert proxy.rowCount() == 1
    proxy.set_date_range(None, None)
    assert proxy.rowCount() == 5


def test_article_list_shows_source_date_and_anchor_status(qtbot):
    document = synthetic_document()
    model = ArticleListModel(document)
    assert model.rowCount() == 2
    first, second = model.index(0), model.index(1)
    assert first.data() == "Reyes arrives in Port Selden"
    assert first.data(Roles.STATUS) == "detected"
    assert first.data(Roles.SUBTITLE) == "19 Oct 2023 · reuters.com"
    assert second.data(Roles.STATUS) == "missing"
    assert second.data(Roles.SUBTITLE) == "no date · anchor missing · b2.txt"
    assert not first.data(Qt.ItemDataRole.DecorationRole).isNull()
    with qtbot.waitSignal(model.modelReset):
        document.clear()
    assert model.rowCount() == 0
