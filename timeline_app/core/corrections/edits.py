"""Corrections as plain data: one frozen dataclass per kind, each with its slot and JSON form.

A *slot* names what an edit corrects (an article's anchor, one expression, one event's label...);
at most one edit is in force per slot, and applying an edit returns the one it replaced, which is
its inverse. Expressions and events are keyed by the article id plus the expression's offsets and
text, so a correction survives a better tagger and is relocated, or reported, when the text moves.
Every edit carries ``made_at`` (passed in, never taken here), ``replaced`` (what it replaced, for
the user to read), ``article_hash`` (the article's content hash when it was made) and a ``note``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import KW_ONLY, asdict, dataclass, fields
from datetime import date, datetime
from typing import Any, get_type_hints

from timeline_app.core.errors import CorrectionError

__all__ = [
    "ClearCorrection",
    "Edit",
    "ExprKey",
    "HideEvent",
    "MarkReviewed",
    "MergeEvents",
    "NotADate",
    "RelabelEvent",
    "SetAnchor",
    "SetLanguage",
    "SetReference",
    "SetValue",
    "SplitEvent",
    "edit_from_dict",
    "edit_to_dict",
]

ExprKey = tuple[str, int, int, str]
"""``(article_id, start, end, text)``: the stable identity of an expression and of its event."""


@dataclass(frozen=True, slots=True)
class _Edit(ABC):
    _: KW_ONLY
    note: str = ""
    made_at: datetime | None = None
    replaced: str = ""
    article_hash: str = ""  # the content hash of the article as it was when corrected

    kind = ""

    @property
    @abstractmethod
    def slot(self) -> tuple:
        """What this edit corrects: at most one edit is in force per slot."""

    @property
    def is_clear(self) -> bool:
        """True when this edit removes the correction in its slot rather than setting one."""
        return False

    @property
    def article_ids(self) -> tuple[str, ...]:
        return (self.slot[1],)

    @property
    def reanalyzes(self) -> bool:
        """Whether the articles must be resolved again (anchor, expression) or only reassembled."""
        return self.slot[0] in ("anchor", "mention", "language")


@dataclass(frozen=True, slots=True)
class SetAnchor(_Edit):
    """Set an article's anchor; ``unknown=True`` marks it "date unknown".

    ``value=None`` and ``unknown=False`` removes the manual anchor (back to the detected one).
    """

    article_id: str
    value: date | None
    unknown: bool = False
    suggested: bool = False  # the user accepted the anchor checker's suggestion
    kind = "set_anchor"

    @property
    def slot(self) -> tuple:
        return ("anchor", self.article_id)

    @property
    def is_clear(self) -> bool:
        return self.value is None and not self.unknown


@dataclass(frozen=True, slots=True)
class SetLanguage(_Edit):
    """Say which language an article is in (ISO 639-1); ``lang=""`` goes back to the detected one.

    The article is tagged again with that language's grammar.
    """

    article_id: str
    lang: str
    kind = "set_language"

    @property
    def slot(self) -> tuple:
        return ("language", self.article_id)

    @property
    def is_clear(self) -> bool:
        return not self.lang


@dataclass(frozen=True, slots=True)
class _OnExpression(_Edit):
    article_id: str
    start: int
    end: int
    text: str

    @property
    def key(self) -> ExprKey:
        return (self.article_id, self.start, self.end, self.text)


@dataclass(frozen=True, slots=True)
class SetReference(_OnExpression):
    """Resolve one expression against ``reference`` (another event's date) instead of the anchor."""

    reference: date
    reference_event: str = ""
    kind = "set_reference"

    @property
    def slot(self) -> tuple:
        return ("mention", *self.key)


@dataclass(frozen=True, slots=True)
class SetValue(_OnExpression):
    """Give one expression its TIMEX3 value directly (``2023-10-18``, ``2023-W42``, ``1948``)."""

    value: str
    kind = "set_value"

    @property
    def slot(self) -> tuple:
        return ("mention", *self.key)


@dataclass(frozen=True, slots=True)
class NotADate(_OnExpression):
    """The expression is not a date: drop it and its event."""

    kind = "not_a_date"

    @property
    def slot(self) -> tuple:
        return ("mention", *self.key)


@dataclass(frozen=True, slots=True)
class RelabelEvent(_OnExpression):
    """Give an event the label a user wrote; an empty label goes back to the machine's."""

    label: str
    kind = "relabel_event"

    @property
    def slot(self) -> tuple:
        return ("label", *self.key)

    @property
    def is_clear(self) -> bool:
        return not self.label


@dataclass(frozen=True, slots=True)
class HideEvent(_OnExpression):
    """Hide an event from the timeline (``hidden=False`` shows it again)."""

    hidden: bool = True
    kind = "hide_event"

    @property
    def slot(self) -> tuple:
        return ("hidden", *self.key)

    @property
    def is_clear(self) -> bool:
        return not self.hidden


@dataclass(frozen=True, slots=True)
class MergeEvents(_OnExpression):
    """Merge: the event reports the same happening as event ``into``; they share one cluster."""

    into: ExprKey
    kind = "merge_events"

    @property
    def slot(self) -> tuple:
        return ("cluster", *self.key)

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.article_id, self.into[0])))


@dataclass(frozen=True, slots=True)
class SplitEvent(_OnExpression):
    """Take this event out of the cluster it was merged into: a happening of its own."""

    kind = "split_event"

    @property
    def slot(self) -> tuple:
        return ("cluster", *self.key)


@dataclass(frozen=True, slots=True)
class MarkReviewed(_OnExpression):
    """A user checked this event (``reviewed=False`` takes the mark back)."""

    reviewed: bool = True
    kind = "mark_reviewed"

    @property
    def slot(self) -> tuple:
        return ("review", *self.key)

    @property
    def is_clear(self) -> bool:
        return not self.reviewed


@dataclass(frozen=True, slots=True)
class ClearCorrection(_Edit):
    """Remove whatever correction is in force in ``slot``: the inverse of a first correction."""

    slot_: tuple
    kind = "clear"

    @property
    def slot(self) -> tuple:
        return tuple(self.slot_)

    @property
    def is_clear(self) -> bool:
        return True


Edit = (
    SetAnchor | SetReference | SetValue | NotADate | RelabelEvent | HideEvent | MergeEvents
    | SplitEvent | MarkReviewed | ClearCorrection | SetLanguage
)  # fmt: skip

_KINDS: dict[str, type] = {
    cls.kind: cls
    for cls in (
        SetAnchor, SetReference, SetValue, NotADate, RelabelEvent, HideEvent, MergeEvents,
        SplitEvent, MarkReviewed, ClearCorrection, SetLanguage,
    )
}  # fmt: skip


def _encode(value: Any) -> Any:
    if isinstance(value, date):  # datetime included
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    return value


def edit_to_dict(edit: Edit) -> dict[str, Any]:
    """A JSON-ready dict: ``{"kind": ..., field: value, ...}`` with ISO dates."""
    out: dict[str, Any] = {"kind": edit.kind}
    out.update({k: _encode(v) for k, v in asdict(edit).items()})
    return out


def _decode(hint: str, value: Any) -> Any:
    """A JSON value as the field ``hint`` wants it; ValueError for the wrong type."""
    if value is None and "None" in hint:
        return None
    if "datetime" in hint:
        return datetime.fromisoformat(value)
    if hint.startswith("date"):
        return date.fromisoformat(value)
    if hint == "ExprKey":
        if not (isinstance(value, list) and len(value) == 4):
            raise ValueError("an expression key is [article_id, start, end, text]")
        key = tuple(value)
        for item, kind in zip(key, (str, int, int, str), strict=True):
            _check(item, kind)
        return key
    if hint == "tuple":
        if not (isinstance(value, list) and value and all(isinstance(v, str | int) for v in value)):
            raise ValueError("a slot is a list of names and offsets")
        return tuple(value)
    return _check(value, {"str": str, "int": int, "bool": bool}[hint])


def _check(value: Any, kind: type) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"{value!r} is not a {kind.__name__}")
    return value


def edit_from_dict(data: dict[str, Any]) -> Edit:
    """The edit ``edit_to_dict`` wrote; CorrectionError for an unknown kind or a bad field."""
    if not isinstance(data, dict):
        raise CorrectionError(f"a correction is a JSON object, not {type(data).__name__}")
    cls = _KINDS.get(str(data.get("kind")))
    if cls is None:
        raise CorrectionError(f"unknown correction kind: {data.get('kind')!r}")
    hints = {f.name: str(f.type) for f in fields(cls)}
    try:
        kwargs = {k: _decode(hints[k], v) for k, v in data.items() if k != "kind"}
        return cls(**kwargs)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CorrectionError(f"bad {cls.kind} correction: {exc}") from None


# resolve the string annotations once, so a typo in a hint fails at import rather than at load
for _cls in _KINDS.values():
    get_type_hints(_cls)
