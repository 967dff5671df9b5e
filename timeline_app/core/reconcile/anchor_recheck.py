"""What a change to a story leaves to re-check, with the same result as checking it afresh.

The anchor checks keep, per article, what its search found and the articles whose events it
looked at (its footprint, :class:`CheckState`). A correction that moves an article's anchor
changes the dates of that article's events, not their wording: when every changed article keeps
the same events (ids), the word weights and the wording index of the references are the same,
and only searches whose footprint holds a changed article can find anything new. Those and the
changed articles are searched again; the others keep their findings. An article the references
do not trust (one without a date of its own) lends them its absolute events only: re-read against
another estimate with those the same, it changes no other search, and only its own estimate is
made again (the rounds of ``story.estimates``). Anything else (an article added, removed or
re-read into other events, a change to a large share of the story, another story) is checked in
full.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from timeline_app.core.model import ArticleAnalysis, Event
from timeline_app.core.reconcile.anchor_evidence import dated_events
from timeline_app.core.reconcile.clustering import lead_text

__all__ = ["CheckState", "absolute_events", "article_input", "event_ids", "touched_by"]

FULL_SHARE = 0.25
"""A change to more than this share of the articles is checked in full."""


def article_input(a: ArticleAnalysis) -> tuple:
    """Everything of one article the checks read: its anchor, its text and its mentions."""
    return (a.anchor, a.article.text, tuple(a.mentions))


def event_ids(a: ArticleAnalysis) -> tuple[str | None, ...]:
    """The ids of the events the references hold for ``a``, then that of its lead event.

    An event's wording is fixed by its id; which event leads depends on the anchor.
    """
    lead = lead_text(a)
    return (*(e.event_id for e in dated_events(a)), lead[0] if lead else None)


def absolute_events(a: ArticleAnalysis) -> tuple[Event, ...]:
    """The events the references hold for ``a`` when they do not trust it (its absolute ones).

    Compared whole (value, interval, wording), not by id: they are all such an article lends.
    """
    return tuple(e for e in dated_events(a) if e.mention.reference == "absolute")


@dataclass(slots=True)
class CheckState:
    """One story's last check: its inputs, and per article what the searches found."""

    analyze_fn: object
    inputs: dict[str, tuple]
    events: dict[str, tuple[str | None, ...]] = field(default_factory=dict)
    absolute: dict[str, tuple[Event, ...]] = field(default_factory=dict)
    """Per article: :func:`absolute_events`."""
    dated: frozenset[str] = frozenset()
    trusted: frozenset[str] = frozenset()
    found: dict[str, tuple | None] = field(default_factory=dict)
    """Per dated article searched: its conflict (see ``anchor_check._conflict``) or None."""
    estimates: dict[str, tuple[frozenset[str], object]] = field(default_factory=dict)
    """Per undated article: (the related articles it was estimated from, its report)."""
    footprint: dict[str, frozenset[str]] = field(default_factory=dict)
    """Per article searched: the articles whose events its search looked at."""
    quiet: bool = False
    """Whether what changed since the last check left the references as they were (see
    :func:`touched_by`): then the estimates' ``references`` of that check serve again."""
    references: object = None
    """The references the estimates were made with (``anchor_evidence.References``), if any."""


def touched_by(previous: CheckState | None, state: CheckState,
               by_id: Mapping[str, ArticleAnalysis]) -> set[str] | None:
    """The articles to search again since ``previous``; None: all of them.

    Fills ``state.events`` (taken from ``previous`` for the unchanged articles).
    """
    inputs = state.inputs
    if previous is None or previous.analyze_fn is not state.analyze_fn \
            or previous.inputs.keys() != inputs.keys():
        state.events = {aid: event_ids(a) for aid, a in by_id.items()}
        state.absolute = {aid: absolute_events(a) for aid, a in by_id.items()}
        return None
    changed = {aid for aid, key in inputs.items() if previous.inputs[aid] != key}
    state.events = {aid: event_ids(by_id[aid]) if aid in changed else previous.events[aid]
                    for aid in inputs}
    state.absolute = {aid: absolute_events(by_id[aid]) if aid in changed
                      else previous.absolute[aid] for aid in inputs}
    # not trusted before (the check reads all in full if it is now) and lending the same
    quiet = {aid for aid in changed if aid not in previous.dated
             and inputs[aid][1] == previous.inputs[aid][1]
             and state.absolute[aid] == previous.absolute[aid]}
    loud = changed - quiet
    state.quiet = not loud
    if len(loud) > FULL_SHARE * len(inputs) \
            or any(state.events[aid] != previous.events[aid] for aid in loud):
        return None
    return changed | {aid for aid, seen in previous.footprint.items() if seen & loud}
