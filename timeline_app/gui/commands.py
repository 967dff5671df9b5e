"""Undo commands: thin ``QUndoCommand`` wrappers around ``document.apply(edit)`` and its inverse.

One dialog or one gesture is one command; the time of the click is taken here, at the GUI
boundary, and passed to the core as ``made_at``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtGui import QUndoCommand

from timeline_app.core.corrections.edits import (
    ClearCorrection,
    Edit,
    HideEvent,
    MarkReviewed,
    MergeEvents,
    NotADate,
    RelabelEvent,
    SetAnchor,
    SetLanguage,
    SetReference,
    SetValue,
    SplitEvent,
)
from timeline_app.core.story.document import Document

__all__ = ["CorrectionCommand", "CorrectionsCommand", "describe_edit", "utc_now"]


def utc_now() -> datetime:
    """The moment a user made a correction (seconds are enough for a history)."""
    return datetime.now(UTC).replace(microsecond=0)


def _short(article_id: str) -> str:
    return article_id if len(article_id) <= 12 else article_id[:12] + "…"


def describe_edit(edit: Edit) -> str:
    """The undo history's text for ``edit``."""
    if isinstance(edit, SetAnchor):
        who = _short(edit.article_id)
        if edit.unknown:
            return f"Mark date of {who} unknown"
        if edit.value is None:
            return f"Reset anchor of {who}"
        return f"Set anchor of {who} to {edit.value.isoformat()}"
    what = f"“{getattr(edit, 'text', '')}”"
    texts: dict[type, Callable[[], str]] = {
        SetReference: lambda: f"Resolve {what} against {edit.reference.isoformat()}",  # type: ignore[union-attr]
        SetValue: lambda: f"Set {what} to {edit.value}",  # type: ignore[union-attr]
        NotADate: lambda: f"Mark {what} not a date",
        RelabelEvent: lambda: f"Relabel {what}",
        HideEvent: lambda: f"{'Hide' if edit.hidden else 'Show'} {what}",  # type: ignore[union-attr]
        MergeEvents: lambda: f"Merge {what} with “{edit.into[3]}”",  # type: ignore[union-attr]
        SplitEvent: lambda: f"Split {what} from its happening",
        MarkReviewed: lambda: f"Mark {what} {'reviewed' if edit.reviewed else 'unreviewed'}",  # type: ignore[union-attr]
        ClearCorrection: lambda: "Remove a correction",
        SetLanguage: lambda: f"Set language of {_short(edit.article_id)} to {edit.lang or 'auto'}",  # type: ignore[union-attr]
    }
    return texts.get(type(edit), lambda: edit.kind)()


class CorrectionCommand(QUndoCommand):
    """One correction: redo applies it, undo applies the inverse the document returned."""

    def __init__(
        self,
        document: Document,
        edit: Edit,
        text: str | None = None,
        made_at: datetime | None = None,
    ) -> None:
        super().__init__(text or describe_edit(edit))
        self.document = document
        self.edit = edit
        self.made_at = made_at or edit.made_at or utc_now()
        self._inverse: Edit | None = None

    @classmethod
    def applied(cls, document: Document, edit: Edit, inverse: Edit) -> CorrectionCommand:
        """A command for a correction already in force (opened with a project): undo reverts it."""
        command = cls(document, edit, made_at=edit.made_at)
        command._inverse = inverse
        command._skip_redo = True
        return command

    _skip_redo = False
    error = ""  # why the correction could not be made, if it could not

    @property
    def inverse(self) -> Edit | None:
        """The edit its undo applies (None while it is not in force)."""
        return self._inverse

    def redo(self) -> None:
        if self._skip_redo:  # the push of an already applied correction
            self._skip_redo = False
            return
        try:
            self._inverse = self.document.apply(self.edit, made_at=self.made_at)
        except Exception as exc:  # nothing was applied: the stack drops an obsolete command
            self.error = str(exc) or type(exc).__name__
            self.setObsolete(True)

    def undo(self) -> None:
        if self._inverse is not None:
            self.document.apply(self._inverse)
            self._inverse = None


class CorrectionsCommand(QUndoCommand):
    """Several corrections made at once (an import, a merge of many): one undo step.

    ``keep_times`` keeps each edit's own ``made_at`` (an import of corrections made earlier).
    """

    def __init__(
        self,
        document: Document,
        edits: Sequence[Edit],
        text: str,
        made_at: datetime | None = None,
        keep_times: bool = False,
    ) -> None:
        super().__init__(text)
        self.document = document
        self.edits = list(edits)
        self.made_at = None if keep_times else (made_at or utc_now())
        self._inverses: list[Edit] = []

    def redo(self) -> None:
        self._inverses = self.document.apply_all(self.edits, made_at=self.made_at)

    def undo(self) -> None:
        self.document.apply_all(self._inverses)
        self._inverses = []
