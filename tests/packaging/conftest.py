"""Packaging tier: shared helpers for the frozen-app and wheel tests (all marked slow)."""

from __future__ import annotations

import csv
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEED_IDS = {
    "000_5f84da57c26851d4", "001_71f82772b36e7285", "002_1a4cdf3276350bea",
    "003_629714076ce80f21", "004_8d267fc03ac353e0",
}  # fmt: skip
CONTRACT_COLUMNS = [
    "event_id", "cluster_id", "article_id", "article_title", "published", "anchor",
    "anchor_source", "expression", "expr_start", "expr_end", "value", "begin", "end",
    "granularity", "mod", "sentence", "label",
]  # fmt: skip


def clean_env(**extra: str) -> dict[str, str]:
    """The environment with nothing that would point Python back at this checkout."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV")
    }
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def read_events(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def check_seed_export(path: Path, *, manual: bool) -> None:
    """The events CSV of the seeds: the contract's header, rows from the five seed articles."""
    header, rows = read_events(path)
    assert header[: len(CONTRACT_COLUMNS)] == CONTRACT_COLUMNS
    assert len(rows) >= 10
    assert {r["article_id"] for r in rows} <= SEED_IDS
    assert len({r["article_id"] for r in rows}) >= 4
    assert [r["begin"] for r in rows] == sorted(r["begin"] for r in rows)
    sources = {r["anchor_source"] for r in rows}
    assert ("manual" in sources) == manual, sources
