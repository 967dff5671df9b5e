"""A user's corrections, kept as an overlay over what the machine found.

Edits are plain data; applying one returns its inverse, so undo is applying the inverse (the
``QUndoCommand`` in the GUI is a thin wrapper around this).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from timeline_app.core.model import Anchor, AnchorSource, Article

__all__ = ["Corrections", "Edit", "SetAnchor"]


@dataclass(frozen=True, slots=True)
class SetAnchor:
    """Set an article's anchor by hand; ``value=None`` with ``unknown=True`` marks it unknown.

    ``value=None`` and ``unknown=False`` removes the manual anchor (back to the detected one).
    """

    article_id: str
    value: date | None
    unknown: bool = False
    note: str = ""

    @property
    def article_ids(self) -> tuple[str, ...]:
        return (self.article_id,)


Edit = SetAnchor


class Corrections:
    """Every correction in force, keyed to what it corrects."""

    def __init__(self) -> None:
        self.anchors: dict[str, SetAnchor] = {}

    def anchor_for(self, article: Article) -> Anchor | None:
        """The manual anchor of ``article``, or None where the user set none."""
        edit = self.anchors.get(article.id)
        if edit is None:
            return None
        if edit.unknown:
            return Anchor(None, AnchorSource.MANUAL, note=edit.note)
        return Anchor(edit.value, AnchorSource.MANUAL, note=edit.note)

    def apply(self, edit: Edit) -> Edit:
        """Apply ``edit``; return the edit that undoes it."""
        previous = self.anchors.get(edit.article_id)
        if edit.value is None and not edit.unknown:
            self.anchors.pop(edit.article_id, None)
        else:
            self.anchors[edit.article_id] = edit
        return previous or SetAnchor(edit.article_id, None)
