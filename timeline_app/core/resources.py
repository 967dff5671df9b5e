"""One way to reach bundled files (rules, icons, styles, seeds), from a wheel or from a checkout."""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

__all__ = ["resource", "read_text", "seeds_dir"]

_CHECKOUT = Path(__file__).resolve().parents[2]


def _root(package: str, fallback: str) -> Traversable:
    try:
        return resources.files(package)
    except ModuleNotFoundError:  # running from a checkout that was never installed
        return _CHECKOUT / fallback


def resource(*parts: str) -> Traversable:
    """A file or folder below ``resources/``, e.g. ``resource("rules", "months.txt")``."""
    node = _root("timeline_app.resources", "resources")
    for part in parts:
        node = node / part
    return node


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


def seeds_dir() -> Path:
    """The bundled seed corpus as a real folder path (wheels install it unzipped)."""
    return Path(str(_root("timeline_app.seeds", "seeds")))
