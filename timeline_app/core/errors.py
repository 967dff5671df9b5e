"""The error types of the core, in one place."""

from __future__ import annotations

__all__ = ["CorrectionError", "ProjectError", "TimelineError"]


class TimelineError(Exception):
    """Base of every error the core raises on purpose."""


class ProjectError(TimelineError):
    """A project file cannot be opened or saved: corrupted, truncated, too new, unreadable.

    The message is one clear line meant for the user; the file is never overwritten.
    """


class CorrectionError(TimelineError, ValueError):
    """A correction cannot be made: an unknown or ambiguous article, a bad date or TIMEX3 value."""
