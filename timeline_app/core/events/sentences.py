"""Sentence spans of a cleaned text, with offsets, from a real segmenter (blingfire or syntok).

Lines are split first: in cleaned news text a line break ends a paragraph, a headline or a caption,
none of which may run into the next sentence.
"""

from __future__ import annotations

import ctypes
import re
import threading
from bisect import bisect_right

import syntok.segmenter as _segmenter

from timeline_app.core.temporal.abbreviation_ends import sentence_ends

__all__ = ["SentenceIndex", "split_sentences"]

_LINE = re.compile(r"[^\n]+")
_SPACE = re.compile(r"\s*")
_AFTER_ALL = float("inf")


def _load_blingfire():
    """The compiled segmenter (about 8x syntok) where its native library loads, else None.

    Its wheel carries x86-64 Linux, Windows and macOS builds; elsewhere syntok does the work.
    """
    try:
        import blingfire

        blingfire.text_to_sentences_and_offsets("Probe one. Probe two.")
    except (ImportError, OSError):
        return None
    return blingfire


_blingfire = _load_blingfire()
_buffers = threading.local()


def _segmented(line: str) -> str:
    """The sentences blingfire finds in ``line``, one per output line (``text_to_sentences``).

    Called straight into its library with an output buffer kept per thread; its Python wrapper
    allocated and zeroed a fresh buffer for every call, which took as long as the segmenting.
    """
    library = getattr(_blingfire, "blingfire", None)  # the loaded native library
    if library is None:
        return _blingfire.text_to_sentences(line)
    data = line.encode("utf-8")
    size = 2 * len(data) + 16
    buffer = getattr(_buffers, "buffer", None)
    if buffer is None or len(buffer) < size:
        buffer = _buffers.buffer = ctypes.create_string_buffer(max(size, 1 << 16))
    written = library.TextToSentences(
        ctypes.c_char_p(data), ctypes.c_int(len(data)), ctypes.byref(buffer), ctypes.c_int(size)
    )
    if written < 0 or written > size:
        return _blingfire.text_to_sentences(line)
    return buffer[:written].rstrip(b"\0").decode("utf-8")  # a slice: string_at costs 5x


def _blingfire_spans(line: str, offset: int = 0) -> list[tuple[int, int]]:
    """The sentences blingfire finds, located in ``line`` in order (plus ``offset``).

    Its own offsets API maps UTF-8 byte offsets to characters in a Python loop, which cost more
    than the segmenting; finding each sentence's text is the same answer for less. Where a
    sentence is not found as is (the segmenter normalised something), its offsets API decides.
    """
    spans, pos = [], 0
    for sentence in _segmented(line).split("\n"):
        sentence = sentence.strip()
        if not sentence:
            continue
        at = line.find(sentence, pos)
        if at < 0:
            _, offsets = _blingfire.text_to_sentences_and_offsets(line)
            return [(offset + a, offset + b) for a, b in offsets if b > a]
        pos = at + len(sentence)
        spans.append((offset + at, offset + pos))
    return spans


_INITIAL = re.compile(r"(?<![\w.])[^\W\d_]\.\Z")
_ORDINAL = re.compile(r"(?<![\w.,])\d{1,2}\.\Z")
_NO_END: dict[str, tuple[re.Pattern[str], ...]] = {
    "en": (),
    "de": (_INITIAL, _ORDINAL),
}
"""Full stops that end no sentence in a language, where the segmenters (made for English) cut:
after an initial ("M. Dupont", "И. П. Петров") and, in German, after an ordinal ("am 3. März",
"die 2. Lesung"). English is left to the segmenter: "approved on May 3." ends a sentence."""
_NO_END_DEFAULT = (_INITIAL,)


def _mended(text: str, spans: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """``spans`` with the cuts after a full stop that ends no sentence in ``lang`` undone."""
    patterns = _NO_END.get(lang or "en", _NO_END_DEFAULT)
    if len(spans) < 2 or not patterns:
        return spans
    out = [spans[0]]
    for start, end in spans[1:]:
        prev_start, prev_end = out[-1]
        at = max(prev_start, prev_end - 4)
        tail = next((m for p in patterns if (m := p.search(text, at, prev_end))), None)
        if tail is not None and (tail.group()[0].isdigit() or tail.group()[0].isupper()):
            out[-1] = (prev_start, end)
        else:
            out.append((start, end))
    return out


def _cut_after_abbreviations(
    text: str, spans: list[tuple[int, int]], lang: str
) -> list[tuple[int, int]]:
    """``spans`` also cut where an abbreviation's full stop ends the sentence ("4 p.m. Crews").

    The segmenters read such a stop as part of the abbreviation only.
    """
    if not spans:
        return spans
    cuts = list(sentence_ends(text, spans[0][0], spans[-1][1], lang or "en"))
    if not cuts:
        return spans
    out = []
    for start, end in spans:
        for dot in cuts:
            if start < dot < end - 1:
                out.append((start, dot + 1))
                start = _SPACE.match(text, dot + 1).end()
        out.append((start, end))
    return out


def _line_sentences(text: str, begin: int, end: int, lang: str = "en") -> list[tuple[int, int]]:
    """Sentence spans of the line ``text[begin:end]``, as offsets into ``text``."""
    spans = _mended(text, _segmented_line(text, begin, end), lang)
    return _cut_after_abbreviations(text, spans, lang)


def _segmented_line(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    line = text[begin:end]
    if _blingfire is not None:
        return _blingfire_spans(line, begin)
    spans = []
    for paragraph in _segmenter.analyze(line):
        for sentence in paragraph:
            tokens = list(sentence)
            if tokens:
                last = tokens[-1]
                spans.append((begin + tokens[0].offset, begin + last.offset + len(last.value)))
    return spans


def split_sentences(text: str, lang: str = "en") -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence in ``text``, in order, trimmed of surrounding space."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        if line.group().strip():
            spans.extend(_line_sentences(text, line.start(), line.end(), lang))
    return spans


class SentenceIndex:
    """Finds the sentence that holds a span in O(log n), segmenting only the lines asked about.

    Most lines of an article hold no date, so splitting them into sentences would be wasted:
    segmenting is the costliest step of building events.
    """

    __slots__ = ("_lang", "_lines", "_line_starts", "_text", "_segmented")

    def __init__(self, text: str, lang: str = "en") -> None:
        self._text = text
        self._lang = lang
        self._lines = [m.span() for m in _LINE.finditer(text) if not m.group().isspace()]
        self._line_starts = [a for a, _ in self._lines]
        self._segmented: dict[int, list[tuple[int, int]]] = {}

    @classmethod
    def of(cls, text: str, lang: str = "en") -> SentenceIndex:
        return cls(text, lang)

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Every sentence span (segments the whole text)."""
        return tuple(s for i in range(len(self._lines)) for s in self._sentences_of(i))

    def _sentences_of(self, line: int) -> list[tuple[int, int]]:
        sentences = self._segmented.get(line)
        if sentences is None:
            begin, end = self._lines[line]
            sentences = _line_sentences(self._text, begin, end, self._lang)
            self._segmented[line] = sentences
        return sentences

    def _sentence_at(self, offset: int) -> tuple[int, int] | None:
        i = bisect_right(self._line_starts, offset) - 1
        if i < 0:
            return None
        sentences = self._sentences_of(i)
        j = bisect_right(sentences, (offset, _AFTER_ALL)) - 1  # the last one starting <= offset
        if j < 0:
            return sentences[0] if sentences else None
        return sentences[j]

    def containing(self, start: int, end: int) -> tuple[int, int]:
        """The sentence span around ``[start, end)``; merged spans if it crosses a boundary."""
        first = self._sentence_at(start)
        if first is None:
            return (start, end)
        inner = max(start, end - 1)
        # ending inside the first sentence, the span is in it: its line and sentence are found
        # again (every sentence after it in the line starts at or after its end)
        last = first if inner < first[1] else self._sentence_at(inner) or first
        return (min(first[0], start), max(first[1], last[1], end))
