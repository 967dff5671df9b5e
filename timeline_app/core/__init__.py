"""The headless engine: ingest, temporal tagging, events, anchors, merging, projects, export.

Pure Python: nothing here imports Qt (an import-linter contract in pyproject.toml checks it).
"""

from __future__ import annotations

__all__: list[str] = []
