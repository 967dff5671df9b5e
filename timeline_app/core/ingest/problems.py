"""What ingest reports instead of raising: one problem per file, record or line that failed."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["IngestError", "LoadProblem"]


@dataclass(frozen=True)
class LoadProblem:
    """A file, record or line that could not be loaded, with one clear human sentence.

    ``skipped`` is False for a notice about something that did load (an id made unique).
    """

    path: str
    message: str
    skipped: bool = True

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class IngestError(ValueError):
    """Raised inside ingest for input that cannot become an article; the message is for people."""
