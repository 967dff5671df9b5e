"""Sentence spans of a cleaned text, with offsets, from a real segmenter (syntok).

Lines are split first: in cleaned news text a line break ends a paragraph, a headline or a caption,
none of which may run into the next sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import syntok.segmenter as _segmenter

__all__ = ["SentenceIndex", "split_sentences"]

_LINE = re.compile(r"[^\n]+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence in ``text``, in order, trimmed of surrounding space."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        chunk = line.group()
        if not chunk.strip():
            continue
        base = line.start()
        for paragraph in _segmenter.analyze(chunk):
            for sentence in paragraph:
                tokens = list(sentence)
                if not tokens:
                    continue
                start = tokens[0].offset
                end = tokens[-1].offset + len(tokens[-1].value)
                spans.append((base + start, base + end))
    return spans


@dataclass(frozen=True, slots=True)
class SentenceIndex:
    """Finds the sentence that holds a character offset in O(log n)."""

    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> SentenceIndex:
        spans = tuple(split_sentences(text))
        return cls(spans, tuple(s for s, _ in spans))

    def containing(self, start: int, end: int) -> tuple[int, int]:
        """The sentence span around ``[start, end)``; merged spans if it crosses a boundary."""
        i = bisect_right(self.starts, start) - 1
        if i < 0:
            return (start, end)
        s, e = self.spans[i]
        j = i
        while e < end and j + 1 < len(self.spans):
            j += 1
            e = self.spans[j][1]
        return (min(s, start), max(e, end))
