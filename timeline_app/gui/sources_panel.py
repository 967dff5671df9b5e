"""The sources card: every report of the selected happening, and the selected article's anchor.

A cluster merges what several articles report; this card lists each source sentence with the date
that source gives and why, and marks the cluster when sources disagree. Above it, the anchor
problems found for the selected article, with its suggestion one click (one undo step) away.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.model import Event
from timeline_app.core.story.document import Document
from timeline_app.core.temporal.display import human_date
from timeline_app.gui.binding import follow
from timeline_app.gui.commands import CorrectionCommand
from timeline_app.gui.features import FeatureContext
from timeline_app.gui.selection import Selection

__all__ = ["SourcesPanel", "cluster_card_html", "install_sources"]


def _quote(event: Event) -> str:
    """The source sentence with its temporal expression in bold."""
    s = event.sentence
    i = s.find(event.mention.text)
    if i < 0:
        return escape(s)
    j = i + len(event.mention.text)
    return f"{escape(s[:i])}<b>{escape(s[i:j])}</b>{escape(s[j:])}"


def cluster_card_html(document: Document, event_id: str) -> str:
    """The card of ``event_id``'s cluster as HTML: one entry per source, disagreement marked."""
    timeline = document.timeline
    event = timeline.event(event_id)
    if event is None:
        return ""
    members = timeline.clusters().get(event.cluster_id or event.event_id, [event])
    summary = timeline.cluster_summaries.get(event.cluster_id)
    articles = {e.article_id for e in members}
    head = human_date(event.mention)
    if summary is not None and summary.granularity is not None:
        head = human_date(_with_interval(event, summary))
    parts = [f"<h3>{escape(event.label)}</h3>",
             f"<p><b>{escape(head)}</b> · {len(articles)} source{'s' * (len(articles) > 1)}"
             f" · {len(members)} report{'s' * (len(members) > 1)}</p>"]
    if summary is not None and summary.disagreement:
        parts.append("<p style='color:#b3261e'><b>⚠ The sources disagree on the date.</b></p>")
    why = {r.event_id: r.why for r in summary.readings} if summary is not None else {}
    for member in members:
        title = timeline.analyses[member.article_id].article.title
        mark = "▶ " if member.event_id == event_id else ""
        parts.append(
            f"<p>{mark}<a href='event:{escape(member.event_id)}'>{escape(title)}</a><br>"
            f"<b>{escape(human_date(member.mention))}</b>"
            f"<span style='color:gray'> — {escape(why.get(member.event_id, ''))}</span><br>"
            f"“{_quote(member)}”</p>"
        )
    return "".join(parts)


def _with_interval(event: Event, summary) -> object:
    from dataclasses import replace

    return replace(event.mention, interval=summary.interval, granularity=summary.granularity)


class SourcesPanel(QWidget):
    """Follows the selection and the document; never keeps a copy of either."""

    def __init__(self, document: Document, selection: Selection, undo_stack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.selection, self.undo_stack = document, selection, undo_stack
        self.anchor_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.accept_button = QPushButton("Accept suggested anchor")
        self.accept_button.setToolTip("Apply the suggestion as a correction (undoable)")
        self.accept_button.clicked.connect(self.accept_suggestion)
        self.card = QTextBrowser(openLinks=False, openExternalLinks=False)
        self.card.anchorClicked.connect(self._on_link)
        row = QHBoxLayout()
        row.addWidget(self.anchor_label, 1)
        row.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.card, 1)
        selection.changed.connect(lambda *_: self.refresh())
        follow(document.changed, self, lambda _change: self.refresh())
        self.refresh()

    def suggestion(self) -> date | None:
        report = self.document.timeline.reports.get(self.selection.article_id or "")
        return report.suggestion.best if report is not None and report.suggestion else None

    def refresh(self) -> None:
        article_id, event_id = self.selection.article_id, self.selection.event_id
        report = self.document.timeline.reports.get(article_id or "")
        problems = list(getattr(report, "problems", []) or [])
        best = self.suggestion()
        if article_id is None:
            self.anchor_label.setText("<i>Select an article or an event.</i>")
        elif not problems:
            self.anchor_label.setText("No problem found with this article's date.")
        else:
            lines = [f"<b>{escape(p.kind)}</b>: {escape(p.detail)}" for p in problems]
            if best is not None:
                s = report.suggestion
                lines.append(f"Suggested: <b>{best.isoformat()}</b> (between {s.begin} and"
                             f" {s.end}): {escape('; '.join(s.reasons))}")
            self.anchor_label.setText("<br>".join(lines))
        self.accept_button.setVisible(best is not None)
        if best is not None:
            self.accept_button.setText(f"Accept {best.isoformat()}")
        if event_id is None:
            self.card.setHtml("<p style='color:gray'>Click an event to see every source that"
                              " reports it.</p>")
        else:
            self.card.setHtml(cluster_card_html(self.document, event_id))

    def accept_suggestion(self) -> None:
        article_id, best = self.selection.article_id, self.suggestion()
        if article_id is None or best is None:
            return
        edit = self.document.timeline.reports[article_id].suggestion.edit(article_id)
        self.undo_stack.push(CorrectionCommand(self.document, edit,
                                               text=f"Accept suggested anchor {best}"))

    def _on_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("event:"):
            self.selection.select_event(text.removeprefix("event:"))


def install_sources(ctx: FeatureContext) -> SourcesPanel:
    """Add the sources card as a dock (tabbed with the reader); the window keeps the panel."""
    panel = SourcesPanel(ctx.document, ctx.selection, ctx.undo_stack)
    dock = ctx.add_dock("sources", "Sources", panel, Qt.DockWidgetArea.RightDockWidgetArea)
    ctx.host.tabifyDockWidget(ctx.docks["reader"], dock)
    ctx.docks["reader"].raise_()
    return panel
