"""The one current selection (an article, maybe one of its events) that every view follows.

Views report what the user picked with :meth:`Selection.select_event` or
:meth:`Selection.select_article` and redraw from ``changed(article_id, event_id)``; setting what is
already selected does nothing, so views updating each other never loop.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from timeline_app.core.story.document import Change, Document
from timeline_app.gui.binding import follow

__all__ = ["Selection"]


class Selection(QObject):
    """``changed(article_id | None, event_id | None)`` whenever either changes."""

    changed = Signal(object, object)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.article_id: str | None = None
        self.event_id: str | None = None
        follow(document.changed, self, self._on_document_changed)

    def select_event(self, event_id: str | None) -> None:
        """Select an event (and so its article); None keeps the article, drops the event."""
        if event_id is None:
            self._set(self.article_id, None)
            return
        event = self.document.timeline.event(event_id)
        if event is not None:
            self._set(event.article_id, event_id)

    def select_article(self, article_id: str | None) -> None:
        """Select an article; its selected event is kept only if it belongs to it."""
        if article_id == self.article_id:
            return
        if article_id is not None and article_id not in self.document.timeline.analyses:
            return
        self._set(article_id, None)

    def _set(self, article_id: str | None, event_id: str | None) -> None:
        if (article_id, event_id) == (self.article_id, self.event_id):
            return
        self.article_id, self.event_id = article_id, event_id
        self.changed.emit(article_id, event_id)

    def _on_document_changed(self, change: Change) -> None:
        timeline = self.document.timeline
        article_id = self.article_id if self.article_id in timeline.analyses else None
        event_id = self.event_id
        if event_id is not None and (article_id is None or timeline.event(event_id) is None):
            event_id = None
        self._set(article_id, event_id)
