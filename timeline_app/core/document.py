"""The open story: loaded articles plus the user's corrections, and the timeline derived from them.

Views never keep their own copy: they read ``document.timeline`` and follow ``document.changed``.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.core.corrections import Corrections, Edit
from timeline_app.core.ingest import LoadProblem
from timeline_app.core.observable import Signal
from timeline_app.core.pipeline import ArticleAnalysis, LoadResult, analyze, detected_anchor
from timeline_app.core.timeline import Timeline, assemble

__all__ = ["Change", "Document"]


@dataclass(frozen=True, slots=True)
class Change:
    """What changed: ``kind`` is ``reset``, ``added`` or ``corrected``; ids of articles touched."""

    kind: str
    article_ids: tuple[str, ...] = ()


class Document:
    def __init__(self, corrections: Corrections | None = None) -> None:
        self.corrections = corrections or Corrections()
        self.problems: list[LoadProblem] = []
        self._analyses: dict[str, ArticleAnalysis] = {}
        self.timeline = Timeline()
        self.changed = Signal()

    @property
    def analyses(self) -> dict[str, ArticleAnalysis]:
        return self._analyses

    def add(self, result: LoadResult) -> None:
        """Take the articles of a finished load (new ids are added, known ids replaced)."""
        ids = []
        for analysis in result.analyses:
            self._analyses[analysis.article.id] = self._under_corrections(analysis)
            ids.append(analysis.article.id)
        self.problems.extend(result.problems)
        self._reassemble(Change("added", tuple(ids)))

    def clear(self) -> None:
        self._analyses.clear()
        self.problems.clear()
        self._reassemble(Change("reset"))

    def apply(self, edit: Edit) -> Edit:
        """Apply a correction and re-resolve what it touches; return the inverse edit."""
        inverse = self.corrections.apply(edit)
        for article_id in edit.article_ids:
            if article_id in self._analyses:
                self._analyses[article_id] = self._under_corrections(self._analyses[article_id])
        self._reassemble(Change("corrected", edit.article_ids))
        return inverse

    def _under_corrections(self, analysis: ArticleAnalysis) -> ArticleAnalysis:
        article = analysis.article
        anchor = self.corrections.anchor_for(article) or detected_anchor(article)
        if anchor == analysis.anchor:
            return analysis
        return analyze(article, anchor)

    def _reassemble(self, change: Change) -> None:
        self.timeline = assemble(self._analyses.values(), self.corrections)
        self.changed.emit(change)
