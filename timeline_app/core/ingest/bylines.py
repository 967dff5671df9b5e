"""Bylines: author lines, names and roles beside the byline date, and author bios at the foot."""

from __future__ import annotations

import re

from . import furniture as f
from .passes import head_lines

__all__ = ["drop_author_bio", "drop_head_bylines"]


def _kept(keep: list[bool], start: int = 0) -> list[int]:
    return [i for i in range(start, len(keep)) if keep[i]]


BYLINE_PARAGRAPHS = 2
"""An author line is looked for until this many paragraphs of prose have passed."""


def drop_head_bylines(paras: list[str], keep: list[bool], dated: list[bool]) -> set[int]:
    """Author lines, and names or roles right above a byline date; returns the byline positions."""
    head = head_lines(paras, keep)
    end = head[-1] if head else -1
    markers = {i for i in range(min(len(dated), end + 2)) if dated[i]}
    prose = 0
    for i in _kept(keep):  # "By Jane Roe" may follow a standfirst: look past the first paragraphs
        if prose >= BYLINE_PARAGRAPHS:
            break
        if f.is_author_line(paras[i]):
            keep[i] = False
            markers.add(i)
        prose += f.is_prose(paras[i])
    for marker in sorted(markers):
        above = [i for i in _kept(keep) if i < marker][::-1]
        for position, i in enumerate(above[:2]):
            line = paras[i]
            rest = above[position + 1 :]
            has_title = any(
                f.is_headline_like(paras[j]) and f.word_count(paras[j]) >= 3 for j in rest
            )
            if has_title and (f.is_name_line(line) or f.is_role_line(line)):
                keep[i] = False
                markers.add(i)
            else:
                break
    return markers


_BIO = re.compile(r"\A(?:[A-Z][\w'’.-]+ ){1,3}(?:is|was|has been|writes|covers|reports)\b")
_OUTLET = re.compile(r"\b(?:for|at|with)\s+(?:the\s+)?[A-Z]")
BIO_MAX_WORDS = 45


def drop_author_bio(paras: list[str], keep: list[bool]) -> None:
    """A writer's bio closing the page ("Jane Roe is a reporter for ..."), with the name above."""
    indexes = _kept(keep)
    for position in range(len(indexes) - 1, max(len(indexes) - 4, 0), -1):
        i = indexes[position]
        line = paras[i]
        bio = _BIO.match(line) and _OUTLET.search(line) and f.is_role_line_any(line)
        if not bio or f.word_count(line) > BIO_MAX_WORDS:
            continue
        keep[i] = False
        above = indexes[position - 1]
        if f.is_name_line(paras[above]) and line.startswith(paras[above]):
            keep[above] = False
        return
