"""Finding and normalizing temporal expressions (TIMEX3) against a reference date.

``tag(text, anchor)`` is the one-call entry point: ``recognise(text)`` (anchor-free, cached per
content hash) then ``resolve(parse, text, anchor)``. The grammar lives as data in
``resources/rules/``.
"""

from __future__ import annotations

import logging

from .recognition import Parse, recognise
from .tagger import resolve, tag

__all__ = ["Parse", "recognise", "resolve", "tag"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
