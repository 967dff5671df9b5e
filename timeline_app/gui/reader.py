"""The reader: one article's cleaned text with every temporal expression marked.

Placed expressions get their granularity's colour as background and are links that emit
``eventActivated(event_id)``; mentions not placed (vague, durations, sets) get a dotted
underline. The selected event's sentence is highlighted with extra selections and scrolled into
view. The widget renders from ``document.timeline`` and re-renders when the document changes.
"""

from __future__ import annotations

import html
from urllib.parse import quote, unquote

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.model import ArticleAnalysis, Mention
from timeline_app.core.story.document import Change, Document
from timeline_app.gui import icons
from timeline_app.gui.binding import follow
from timeline_app.gui.display import (
    anchor_status,
    article_source,
    format_date,
    human_date,
    language_name,
)
from timeline_app.gui.legend import GranularityLegend
from timeline_app.gui.palette import (
    UNPLACED_COLOR,
    granularity_color,
    highlight_background,
    selection_background,
)

__all__ = ["ArticleReader"]

_SCHEME = "event"


def _utf16(text: str) -> list[int] | None:
    """Code point offset -> UTF-16 offset (what QTextDocument counts), or None if the same."""
    if all(ord(c) < 0x10000 for c in text):
        return None
    table, pos = [], 0
    for c in text:
        table.append(pos)
        pos += 2 if ord(c) >= 0x10000 else 1
    table.append(pos)
    return table


class ArticleReader(QWidget):
    """Shows one article; ``eventActivated(event_id)`` when the user clicks an expression."""

    eventActivated = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.article_id: str | None = None
        self.event_id: str | None = None
        self._focus: Mention | None = None
        self._offsets: list[int] | None = None

        self.title = QLabel(objectName="readerTitle", wordWrap=True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel(objectName="readerMeta", wordWrap=True, openExternalLinks=True)
        self.meta.setTextFormat(Qt.TextFormat.RichText)
        self.status_icon = QLabel()
        meta_row = QHBoxLayout()
        meta_row.setSpacing(6)
        meta_row.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        meta_row.addWidget(self.meta, 1)
        self.browser = QTextBrowser(objectName="readerText")
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.anchorClicked.connect(self._on_anchor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(meta_row)
        layout.addWidget(self.browser, 1)
        self.legend = GranularityLegend()
        layout.addWidget(self.legend)
        follow(document.changed, self, self._on_changed)
        self.clear()

    # --- what to show -------------------------------------------------------------------------
    def clear(self) -> None:
        self.article_id = self.event_id = None
        self._focus = None
        self.title.setText("No article selected")
        self.meta.setText("Pick an article, an event in the table or a mark on the timeline.")
        self.status_icon.clear()
        self.browser.clear()

    def show_article(self, article_id: str | None) -> None:
        """Show ``article_id`` from its top, with no event selected."""
        if article_id is None or article_id not in self.document.timeline.analyses:
            self.clear()
            return
        if article_id != self.article_id:
            self.article_id = article_id
            self._render()
        self.event_id, self._focus = None, None
        self._mark_focus()
        self.browser.verticalScrollBar().setValue(0)

    def show_event(self, event_id: str | None) -> None:
        """Show the event's article with its sentence highlighted and scrolled into view."""
        event = self.document.timeline.event(event_id) if event_id else None
        if event is None:
            self.event_id = None
            return
        if event.article_id != self.article_id:
            self.article_id = event.article_id
            self._render()
        self.event_id, self._focus = event_id, event.mention
        self._mark_focus(event.sentence_start, event.sentence_end)

    def show_mention(self, article_id: str, mention: Mention) -> None:
        """Show a mention that has no event (the vague tray): the mention itself is marked."""
        if article_id != self.article_id:
            self.article_id = article_id
            self._render()
        self.event_id, self._focus = None, mention
        self._mark_focus(mention.start, mention.end)

    # --- rendering ---------------------------------------------------------------------------
    def _analysis(self) -> ArticleAnalysis | None:
        return self.document.timeline.analyses.get(self.article_id or "")

    def _pos(self, offset: int) -> int:
        return self._offsets[offset] if self._offsets is not None else offset

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self._pos(start))
        cursor.setPosition(self._pos(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _render(self) -> None:
        analysis = self._analysis()
        if analysis is None:
            self.clear()
            return
        article = analysis.article
        self._render_header(analysis)
        self.browser.setPlainText(article.text)
        self._offsets = _utf16(article.text)
        self._set_line_height(135)
        palette = self.browser.palette()
        events = {e.mention.start: e for e in self.document.timeline.events_of(article.id)}
        for mention in analysis.mentions:
            fmt = QTextCharFormat()
            event = events.get(mention.start)
            if event is not None:
                fmt.setBackground(highlight_background(mention.granularity, palette))
                fmt.setAnchor(True)
                fmt.setAnchorHref(f"{_SCHEME}:{quote(event.event_id, safe='')}")
                fmt.setToolTip(f"{human_date(mention)} · {mention.value} — click to select")
            else:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(QColor(UNPLACED_COLOR))
                why = "not on the timeline" if mention.placeable else "not placed"
                fmt.setToolTip(f"{why}: {mention.type} {mention.value}")
            self._cursor(mention.start, mention.end).mergeCharFormat(fmt)

    def _set_line_height(self, percent: int) -> None:
        cursor = QTextCursor(self.browser.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(block)

    def _render_header(self, analysis: ArticleAnalysis) -> None:
        article = analysis.article
        report = self.document.timeline.reports.get(article.id)
        status = anchor_status(analysis, report)
        anchor = analysis.anchor
        anchor_text = format_date(anchor.value) if anchor.value else "none"
        published = format_date(article.published) if article.published else "no date found"
        icon = icons.icon(f"anchor-{status}").pixmap(14, 14)
        self.title.setText(article.title or article.id)
        source = html.escape(article_source(article))
        if article.url.startswith(("http://", "https://")):
            source = f'<a href="{html.escape(article.url, quote=True)}">{source}</a>'
        parts = [source, f"published {published}", f"anchor {anchor_text} ({status})"]
        parts.insert(1, html.escape(language_name(article.lang)))
        self.meta.setText("&nbsp; · &nbsp;".join(p for p in parts if p))
        self.meta.setToolTip(anchor.note or f"anchor source: {anchor.source}")
        self.status_icon.setPixmap(icon)

    def _mark_focus(self, start: int | None = None, end: int | None = None) -> None:
        if start is None or end is None or self._focus is None:
            self.browser.setExtraSelections([])
            return
        palette = self.browser.palette()
        sentence = QTextEdit.ExtraSelection()
        sentence.cursor = self._cursor(start, end)
        sentence.format.setBackground(selection_background(palette))
        expression = QTextEdit.ExtraSelection()
        expression.cursor = self._cursor(self._focus.start, self._focus.end)
        strong = granularity_color(self._focus.granularity)
        expression.format.setBackground(strong)
        expression.format.setForeground(QColor("white"))
        expression.format.setFontWeight(QFont.Weight.Bold)
        expression.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
        self.browser.setExtraSelections([sentence, expression])
        self._scroll_to(start)

    def _scroll_to(self, offset: int) -> None:
        """Bring ``offset`` to about a third of the way down the view."""
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self._pos(offset))
        self.browser.setTextCursor(cursor)
        bar = self.browser.verticalScrollBar()
        y = self.browser.cursorRect(cursor).top() + bar.value()
        bar.setValue(max(0, y - self.browser.viewport().height() // 3))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Re-colour the marks when the palette switches between light and dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.article_id is not None:
            self._rerender()

    # --- following -------------------------------------------------------------------------------
    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == _SCHEME:
            self.eventActivated.emit(unquote(url.path()))

    def _on_changed(self, change: Change) -> None:
        if self.article_id is None:
            return
        if change.kind != "reset" and self.article_id not in change.article_ids:
            return
        if self.article_id not in self.document.timeline.analyses:
            self.clear()
            return
        self._rerender()

    def _rerender(self) -> None:
        """Render the current article again, keeping what is focused and the scroll position."""
        assert self.article_id is not None
        event_id, focus = self.event_id, self._focus
        scroll = self.browser.verticalScrollBar().value()
        self._render()
        self.browser.verticalScrollBar().setValue(scroll)
        if event_id is not None and self.document.timeline.event(event_id) is not None:
            self.show_event(event_id)
        elif event_id is None and focus is not None:
            self.show_mention(self.article_id, focus)
        else:
            self.event_id = self._focus = None
            self._mark_focus()
