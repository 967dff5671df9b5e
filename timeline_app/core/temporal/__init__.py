"""Finding and normalizing temporal expressions (TIMEX3) against a reference date.

``tag(text, anchor)`` is the one entry point; the grammar lives as data in ``resources/rules/``.
"""

from __future__ import annotations

import logging

from .tagger import tag

__all__ = ["tag"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
