"""A user's corrections, kept as an overlay over what the machine found.

Edits are plain data (:mod:`timeline_app.core.corrections.edits`); applying one returns its
inverse, so undo is applying the inverse (the ``QUndoCommand`` in the GUI is a thin wrapper
around this). Nothing here changes an analysis in place: the overlay is laid over fresh
tagger output every time, which is what lets a better tagger or a reloaded article keep every
correction that still applies.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from timeline_app.core.corrections.edits import (
    ClearCorrection,
    Edit,
    ExprKey,
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
    edit_from_dict,
    edit_to_dict,
)
from timeline_app.core.corrections.overlay import cluster_ids, correct_mention, locate
from timeline_app.core.model import Anchor, AnchorSource, Article, Event, Mention

if TYPE_CHECKING:
    from timeline_app.core.model import ArticleAnalysis

__all__ = [
    "ClearCorrection",
    "Corrections",
    "Edit",
    "HideEvent",
    "MarkReviewed",
    "MergeEvents",
    "NotADate",
    "Orphan",
    "RelabelEvent",
    "SetAnchor",
    "SetLanguage",
    "SetReference",
    "SetValue",
    "SplitEvent",
]


def _article_of(item) -> Article:
    return item.article if hasattr(item, "article") else item


@dataclass(frozen=True, slots=True)
class Orphan:
    """A correction that no longer applies, and why (for the user to read)."""

    edit: Edit
    reason: str


class Corrections:
    """Every correction in force, one per slot, in the order they were first made."""

    def __init__(self, edits: Iterable[Edit] = ()) -> None:
        self._in_force: dict[tuple, Edit] = {}
        self._index: dict[str, list[tuple[tuple, Edit]]] | None = None  # by article, cached
        for edit in edits:
            self.apply(edit)

    # -- the store ---------------------------------------------------------------------------
    def apply(self, edit: Edit) -> Edit:
        """Apply ``edit``; return the edit that undoes it."""
        slot = edit.slot
        previous = self._in_force.get(slot)
        self._index = None
        if edit.is_clear:
            self._in_force.pop(slot, None)
        else:
            self._in_force[slot] = edit
        return previous if previous is not None else ClearCorrection(slot)

    def __iter__(self):
        return iter(list(self._in_force.values()))

    def __len__(self) -> int:
        return len(self._in_force)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Corrections) and self._in_force == other._in_force

    __hash__ = None  # type: ignore[assignment]

    def get(self, slot: tuple) -> Edit | None:
        return self._in_force.get(tuple(slot))

    def copy(self) -> Corrections:
        twin = Corrections()
        twin._in_force = dict(self._in_force)
        return twin

    def _by_article(self) -> dict[str, list[tuple[tuple, Edit]]]:
        if self._index is None:
            index: dict[str, list[tuple[tuple, Edit]]] = {}
            for slot, edit in self._in_force.items():
                index.setdefault(slot[1], []).append((slot, edit))
            self._index = index
        return self._index

    def of_article(self, article_id: str) -> list[Edit]:
        return [e for e in self._in_force.values() if e.slot[1] == article_id]

    @property
    def anchors(self) -> dict[str, SetAnchor]:
        return {s[1]: e for s, e in self._in_force.items() if s[0] == "anchor"}  # type: ignore[misc]

    def to_list(self) -> list[dict]:
        return [edit_to_dict(e) for e in self._in_force.values()]

    @classmethod
    def from_list(cls, rows: Iterable[Mapping]) -> Corrections:
        return cls(edit_from_dict(r) for r in rows)

    # -- the overlay ---------------------------------------------------------------------------
    def anchor_for(self, article: Article) -> Anchor | None:
        """The manual anchor of ``article``, or None where the user set none."""
        edit = self._in_force.get(("anchor", article.id))
        if not isinstance(edit, SetAnchor):
            return None
        value = None if edit.unknown else edit.value
        source = AnchorSource.SUGGESTED if edit.suggested and value else AnchorSource.MANUAL
        return Anchor(value, source, note=edit.note)

    def language_for(self, article: Article) -> str | None:
        """The language a user said ``article`` is in, or None where they said none."""
        edit = self._in_force.get(("language", article.id))
        return edit.lang if isinstance(edit, SetLanguage) else None

    def _on_expressions(self, kind: str, article: Article) -> list[tuple[Edit, tuple[int, int]]]:
        """Edits of ``kind`` on ``article``'s expressions, with where each expression is now."""
        found = []
        for slot, edit in self._by_article().get(article.id, ()):
            if slot[0] == kind:
                where = locate(article.text, slot[2], slot[3], slot[4])
                if where is not None:
                    found.append((edit, where))
        return found

    def correct_mentions(self, article: Article, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with this article's expression corrections laid over them."""
        fixes = self._on_expressions("mention", article)
        if not fixes:
            return mentions
        by_span = {(m.start, m.end): m for m in mentions}
        for edit, (start, end) in fixes:
            assert isinstance(edit, SetReference | SetValue | NotADate)
            fixed = correct_mention(article, edit, start, end, by_span.get((start, end)))
            by_span.pop((start, end), None)
            if fixed is not None:
                by_span[(start, end)] = fixed
        return sorted(by_span.values(), key=lambda m: (m.start, m.end))

    def correct_events(self, events: list[Event], articles: Mapping[str, Article]) -> list[Event]:
        """Events with labels, hiding and clusters corrected (the hook of ``assemble``)."""
        per_kind: dict[str, dict[tuple[str, int, int], Edit]] = {}
        for kind in ("label", "hidden", "cluster"):
            table: dict[tuple[str, int, int], Edit] = {}
            for article_id in self._by_article():
                article = articles.get(article_id)
                if article is None:
                    continue
                for edit, (s, e) in self._on_expressions(kind, article):
                    table[(article.id, s, e)] = edit
            per_kind[kind] = table
        labels, hidden, clusters = per_kind["label"], per_kind["hidden"], per_kind["cluster"]
        if not (labels or hidden or clusters):
            return events
        out = []
        for event in events:
            where = (event.article_id, event.mention.start, event.mention.end)
            if where in hidden:
                continue
            label = labels.get(where)
            if isinstance(label, RelabelEvent):
                event = replace(event, label=label.label)
            out.append(event)
        if clusters:
            new_ids = cluster_ids(out, clusters, articles)
            out = [replace(e, cluster_id=new_ids.get(e.event_id, e.cluster_id)) for e in out]
        return out

    def hidden_keys(self) -> list[ExprKey]:
        return [tuple(s[1:]) for s in self._in_force if s[0] == "hidden"]  # type: ignore[misc]

    def status_of(
        self, event: Event, anchored_by_hand: bool = False, article: Article | None = None
    ) -> str:
        """``edited`` (a correction touches it), ``reviewed`` or ``unreviewed``.

        With ``article``, corrections whose expression moved in a changed text count where the
        expression is now; without, only at their own offsets.
        """
        key = (event.article_id, event.mention.start, event.mention.end, event.mention.text)
        if any(self._touches(kind, key, article) for kind in ("mention", "label", "cluster")):
            return "edited"
        if anchored_by_hand and event.mention.reference == "anchor":
            return "edited"
        return "reviewed" if self._touches("review", key, article) else "unreviewed"

    def statuses_of(
        self, events: Iterable[Event], articles: Mapping[str, Article], by_hand: set[str]
    ) -> list[str]:
        """:meth:`status_of` for many events at once.

        ``by_hand``: ids of articles anchored by hand. Each article's expression corrections are
        located once, not once per event.
        """
        kinds = ("mention", "label", "cluster")
        found: dict[str, tuple[set, set]] = {}  # article id -> (edited spans, reviewed spans)

        def spans(article_id: str) -> tuple[set, set]:
            if article_id not in found:
                article = articles.get(article_id)
                edited: set = set()
                reviewed: set = set()
                if article is not None and article_id in self._by_article():
                    for kind in kinds:
                        edited.update(w for _e, w in self._on_expressions(kind, article))
                    reviewed.update(w for _e, w in self._on_expressions("review", article))
                found[article_id] = (edited, reviewed)
            return found[article_id]

        out = []
        for event in events:
            m = event.mention
            key = (event.article_id, m.start, m.end, m.text)
            edited, reviewed = spans(event.article_id)
            if (m.start, m.end) in edited or any((k, *key) in self._in_force for k in kinds):
                out.append("edited")
            elif event.article_id in by_hand and m.reference == "anchor":
                out.append("edited")
            elif (m.start, m.end) in reviewed or ("review", *key) in self._in_force:
                out.append("reviewed")
            else:
                out.append("unreviewed")
        return out

    def _touches(self, kind: str, key: ExprKey, article: Article | None) -> bool:
        if (kind, *key) in self._in_force:
            return True
        if article is None:
            return False
        return any(where == key[1:3] for _e, where in self._on_expressions(kind, article))

    def orphans(self, articles: Iterable[Article] | Iterable[ArticleAnalysis]) -> list[Orphan]:
        """Corrections that no longer apply to ``articles`` (gone, or expression not found).

        Analyses are taken too (their articles are used).
        """
        by_id = {a.id: a for a in map(_article_of, articles)}
        found = []
        for slot, edit in self._in_force.items():
            article = by_id.get(slot[1])
            if article is None:
                found.append(Orphan(edit, f"article {slot[1]} is not loaded"))
            elif len(slot) == 5 and locate(article.text, *slot[2:]) is None:
                found.append(Orphan(edit, f"“{slot[4]}” is no longer in article {slot[1]}"))
            elif isinstance(edit, MergeEvents):
                target = by_id.get(edit.into[0])
                if target is None or locate(target.text, *edit.into[1:]) is None:
                    found.append(
                        Orphan(edit, f"the event it was merged with is gone ({edit.into[3]})")
                    )
        return found

    def made_on_other_versions(
        self, articles: Iterable[Article] | Iterable[ArticleAnalysis]
    ) -> list[Edit]:
        """Corrections made when their article had other content (still applied where they can)."""
        hashes = {a.id: a.content_hash for a in map(_article_of, articles)}
        return [
            e
            for e in self._in_force.values()
            if e.article_hash and hashes.get(e.slot[1], e.article_hash) not in ("", e.article_hash)
        ]

    def relocated(self, articles: Iterable[Article] | Iterable[ArticleAnalysis]) -> list[Edit]:
        """Expression corrections whose text moved in a changed article but was found again."""
        by_id = {a.id: a for a in map(_article_of, articles)}
        moved = []
        for slot, edit in self._in_force.items():
            article = by_id.get(slot[1])
            if article is not None and len(slot) == 5:
                where = locate(article.text, *slot[2:])
                if where is not None and where != (slot[2], slot[3]):
                    moved.append(edit)
        return moved
