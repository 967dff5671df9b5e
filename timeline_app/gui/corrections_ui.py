"""Corrections in the window: actions, dialogs, the review queue and the undo history.

``install_corrections(ctx, events, vague)`` is the one call the main window makes. Every
correction goes through the window's ``QUndoStack`` as one :class:`CorrectionCommand`; dialogs
are opened with ``open()`` (never a nested event loop) and push their command when accepted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QInputDialog, QUndoView
from shiboken6 import isValid

from timeline_app.core.corrections.edits import (
    ClearCorrection,
    Edit,
    HideEvent,
    MarkReviewed,
    MergeEvents,
    RelabelEvent,
    SetLanguage,
    SplitEvent,
)
from timeline_app.core.ingest.language import SUPPORTED_LANGUAGES
from timeline_app.core.model import Event
from timeline_app.gui.anchor_dialog import AnchorDialog
from timeline_app.gui.commands import CorrectionCommand, CorrectionsCommand
from timeline_app.gui.corrections_panel import CorrectionsPanel
from timeline_app.gui.display import language_name
from timeline_app.gui.expression_dialog import ExpressionDialog
from timeline_app.gui.review_panel import ReviewPanel

if TYPE_CHECKING:
    from timeline_app.gui.events_panel import EventsPanel
    from timeline_app.gui.features import FeatureContext
    from timeline_app.gui.vague_tray import VagueTray

__all__ = ["CorrectionsUI", "install_corrections"]


class CorrectionsUI(QObject):
    """The corrections feature of one main window."""

    def __init__(self, ctx: FeatureContext, events: EventsPanel, vague: VagueTray) -> None:
        super().__init__(ctx.host)
        self.ctx = ctx
        self.host = ctx.host  # the parent of actions, docks and dialogs
        self.document = ctx.document
        self.stack = ctx.undo_stack
        self.selection = ctx.selection
        self.events_panel, self.vague = events, vague
        self.dialog = None  # the open correction dialog, if any (tests drive it)
        self._build_actions()
        self._build_docks()
        self.selection.changed.connect(self._enable)
        self.stack.indexChanged.connect(self._enable)
        self._enable()

    # -- building ------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: str | None = None, name: str = "") -> QAction:
        action = QAction(text, self.host, objectName=name)
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        acts = self.ctx.actions
        self.set_anchor = acts.set_anchor
        self.set_anchor.setShortcut("Ctrl+Shift+A")
        self.set_anchor.triggered.connect(lambda _c=False: self.edit_anchor())
        a = self._action
        self.set_language = a("Article &Language…", self.edit_language, name="setLanguage")
        self.correct_expression = a("Correct &Expression…", self.edit_expression, "Ctrl+Shift+X")
        self.relabel = a("&Relabel Event…", self.relabel_event, "F2")
        self.hide = a("&Hide Event", self.hide_event, "Ctrl+Shift+H")
        self.merge = a("&Merge With…", self.merge_event, "Ctrl+Shift+M")
        self.split = a("&Split From Happening", self.split_event)
        self.reviewed = a("Mark Re&viewed", self.mark_reviewed, "Ctrl+Shift+R")
        menu = self.host.menuBar().addMenu("&Corrections")
        self.menu = menu
        menu.addAction(self.set_anchor)
        menu.addAction(self.set_language)
        menu.addAction(self.correct_expression)
        menu.addSeparator()
        menu.addActions([self.relabel, self.hide, self.merge, self.split, self.reviewed])
        menu.addSeparator()
        self.event_actions = [
            self.correct_expression, self.relabel, self.hide, self.merge, self.split, self.reviewed
        ]  # fmt: skip
        self.events_panel.addActions([self.set_anchor, *self.event_actions])
        self.events_panel.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # vague mentions are not events: they are corrected from the tray's own menu
        self.correct_vague = a("Correct &Expression…", self.edit_vague_mention)
        self.vague.view.addAction(self.correct_vague)
        self.vague.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _build_docks(self) -> None:
        self.review = ReviewPanel(self.document)
        self.review.eventActivated.connect(self.selection.select_event)
        self.review.reviewRequested.connect(self.mark_reviewed_ids)
        self.history = QUndoView(self.stack, objectName="undoHistory")
        self.history.setEmptyLabel("Loaded story")
        self.list = CorrectionsPanel(self.document)
        self.list.articleActivated.connect(self.selection.select_article)
        self.list.removeRequested.connect(self.remove_corrections)
        docks = (("Review", self.review), ("History", self.history), ("Corrections", self.list))
        for title, widget in docks:
            dock = QDockWidget(title, self.host, objectName=f"{title.lower()}_dock")
            dock.setWidget(widget)
            self.host.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.menu.addAction(dock.toggleViewAction())
            setattr(self, f"{title.lower()}_dock", dock)
        self.host.tabifyDockWidget(self.review_dock, self.history_dock)
        self.host.tabifyDockWidget(self.history_dock, self.corrections_dock)
        self.review_dock.raise_()

    # -- state ---------------------------------------------------------------------------------
    def _event(self) -> Event | None:
        event_id = self.selection.event_id
        return self.document.timeline.event(event_id) if event_id else None

    def _enable(self, *_args) -> None:
        if not isValid(self.host):
            return
        article_id = self.selection.article_id
        self.set_anchor.setEnabled(article_id in self.document.analyses)
        self.set_language.setEnabled(article_id in self.document.analyses)
        has_event = self._event() is not None
        for action in self.event_actions:
            action.setEnabled(has_event)

    def push(self, edit: Edit, text: str | None = None) -> None:
        """One correction, one undo step (none, and a message, if it cannot be made)."""
        command = CorrectionCommand(self.document, edit, text)
        self.stack.push(command)
        if command.error:
            self.ctx.show_message(f"Correction not made: {command.error}", 10000)

    # -- corrections ---------------------------------------------------------------------------
    def _open(self, dialog) -> None:
        self.dialog = dialog

        def done() -> None:
            edit = dialog.edit()
            if edit is not None:
                self.push(edit)

        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def edit_anchor(self, article_id: str | None = None) -> None:
        article_id = article_id or self.selection.article_id
        if article_id in self.document.analyses:
            self._open(AnchorDialog(self.document, article_id, self.host))

    def edit_language(self, article_id: str | None = None) -> None:
        """Say which language the article is in (its grammar), or go back to the detected one."""
        article_id = article_id or self.selection.article_id
        analysis = self.document.analyses.get(article_id or "")
        if analysis is None:
            return
        given = self.document.corrections.language_for(analysis.article)
        detected = "Detected by the app"
        choices = {detected: "", **{language_name(c): c for c in SUPPORTED_LANGUAGES}}
        names = list(choices)
        current = language_name(given) if given else detected

        def done(name: str) -> None:
            code = choices.get(name, "")
            if code != (given or ""):
                self.push(SetLanguage(article_id, code))

        self._ask("Article Language", "The article is written in:", done, items=names)
        if self.dialog is not None:
            self.dialog.setTextValue(current)

    def edit_expression(self) -> None:
        event = self._event()
        if event is not None:
            self._open(ExpressionDialog(self.document, self.document.event_key(event), self.host))

    def edit_vague_mention(self) -> None:
        """Correct the unplaced mention selected in the vague tray (give it a value, say)."""
        index = self.vague.view.currentIndex()
        if not index.isValid():
            return
        article_id, mention = self.vague.model.mention_at(index.row())
        key = (article_id, mention.start, mention.end, mention.text)
        self._open(ExpressionDialog(self.document, key, self.host))

    def _ask(self, title: str, label: str, done, text: str = "", items: list[str] | None = None):
        dialog = QInputDialog(self.host, objectName="correctionInput")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        if items is not None:
            dialog.setComboBoxItems(items)
        else:
            dialog.setTextValue(text)
        dialog.textValueSelected.connect(done)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def relabel_event(self) -> None:
        event = self._event()
        if event is None:
            return
        key = self.document.event_key(event)

        def done(text: str) -> None:
            if text.strip() != event.label:
                self.push(RelabelEvent(*key, text.strip()))

        self._ask("Relabel Event", "Label (empty: the machine's):", done, event.label)

    def hide_event(self) -> None:
        event = self._event()
        if event is not None:
            self.push(HideEvent(*self.document.event_key(event)))

    def merge_event(self) -> None:
        event = self._event()
        if event is None:
            return
        others = [e for e in self.document.timeline.events if e.cluster_id != event.cluster_id]
        others.sort(key=lambda e: abs((e.interval.begin - event.interval.begin).days))
        names = [f"{e.interval.begin.isoformat()}  {e.label}  [{e.article_id[:8]}]" for e in others]
        if not others:
            return
        key = self.document.event_key(event)

        def done(text: str) -> None:
            target = others[names.index(text)] if text in names else None
            if target is not None:
                self.push(MergeEvents(*key, into=self.document.event_key(target)))

        self._ask("Merge With", "The same happening as:", done, items=names)

    def split_event(self) -> None:
        event = self._event()
        if event is not None:
            self.push(SplitEvent(*self.document.event_key(event)))

    def mark_reviewed(self) -> None:
        event = self._event()
        if event is not None:
            self.mark_reviewed_ids([event.event_id])

    def mark_reviewed_ids(self, event_ids: list[str]) -> None:
        events = [e for e in map(self.document.timeline.event, event_ids) if e is not None]
        edits = [MarkReviewed(*self.document.event_key(e)) for e in events]
        if len(edits) == 1:
            self.push(edits[0])
        elif edits:
            self.stack.push(CorrectionsCommand(self.document, edits, f"Mark {len(edits)} reviewed"))

    def remove_corrections(self, slots: list) -> None:
        """Take corrections back (hidden events shown again, orphans dropped): one undo step."""
        edits = [ClearCorrection(tuple(slot)) for slot in slots]
        if len(edits) == 1:
            self.push(edits[0], "Remove a correction")
        elif edits:
            text = f"Remove {len(edits)} corrections"
            self.stack.push(CorrectionsCommand(self.document, edits, text))


def install_corrections(
    ctx: FeatureContext, events: EventsPanel, vague: VagueTray
) -> CorrectionsUI:
    """Add the corrections actions, dialogs and docks; the window keeps what is returned."""
    return CorrectionsUI(ctx, events, vague)
