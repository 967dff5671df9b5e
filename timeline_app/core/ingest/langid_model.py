"""The language detector's model for our languages, kept unpacked in the user's cache folder.

py3langid ships its model LZMA-packed: unpacking it costs some 0.45 s of CPU in every process,
most of what starting ``timeline-app tag`` used to cost. The columns of the languages the app
knows are written once as a plain ``.npz``, and the detector's byte automaton (40 MB) as raw
words that are mapped into memory, not read: loading takes milliseconds, and the same numbers
give the same answers. Where the cache cannot be read or written, the shipped model is unpacked
as before.

The detector walks its automaton one byte at a time in Python (1.4 microseconds a byte, most of
what tagging a short article cost). :class:`_FastIdentifier` finds the same states with a few
array operations over the whole text (:func:`automaton_states`), so the counts, and the answers,
are the same.
"""

from __future__ import annotations

import hashlib
import mmap
import threading
from array import array
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import py3langid
from py3langid.langid import (
    MODEL_DIR,
    MODEL_FILE,
    LanguageIdentifier,
    _load_model_file,
)

from timeline_app.core.user_cache import cache_folder, sweep_family, write_atomically

__all__ = ["automaton_states", "load_identifier"]

_TYPES = {"H": np.uint16, "I": np.uint32, "L": np.uint64}


def _cache_paths(languages: tuple[str, ...]) -> tuple[Path, Path]:
    """The arrays and the automaton of one shipped model (its version and size) and languages.

    Not keyed by the model's path or time: each virtual environment installs its own copy, and
    a key of those made a new 40 MB automaton for every one.
    """
    model = Path(MODEL_DIR) / MODEL_FILE
    version = getattr(py3langid, "__version__", "")
    key = f"{version}|{model.stat().st_size}|{','.join(languages)}"
    stem = cache_folder() / f"langid-{hashlib.sha1(key.encode()).hexdigest()[:16]}"
    return stem.with_suffix(".npz"), stem.with_suffix(".dfa")


def automaton_states(moves: np.ndarray, rows: np.ndarray, data: np.ndarray,
                     rounds: int = 32) -> np.ndarray | None:
    """The state after each byte of ``data`` in a walk from state 0, or None if not settled.

    The detector's automaton matches byte n-grams, so its state after a byte depends only on
    the last few bytes read. Each round extends by one byte the stretch every position was
    walked from (round k: the state after the last k bytes, read from state 0); once a round
    changes nothing, ``states[i] == move(states[i - 1], data[i])`` holds at every position, so
    by induction from the first byte they are the states of the one walk over the whole text.
    """
    states = moves[rows[0] + data]
    for _ in range(rounds):
        after = np.empty_like(states)
        after[0] = states[0]
        after[1:] = moves[rows[states[:-1]] + data[1:]]
        if np.array_equal(after, states):
            return states
        states = after
    return None


_NOWHERE = np.iinfo(np.intp).max


class _FastIdentifier(LanguageIdentifier):
    """py3langid's identifier with its automaton walked by array operations (same counts)."""

    __slots__ = ("_moves", "_rows", "_features", "_first", "_first_lock", "_counts", "_ptc32")

    def __init__(self, nb_ptc, nb_pc, nb_classes, tk_nextmove, tk_output: np.ndarray, *args,
                 tk_row: np.ndarray, **kwargs) -> None:
        # py3langid's own walk reads its tables as lists: made only when that walk first runs
        # (:meth:`_walked`, rarely), not at every start (some 0.02 s of CPU)
        super().__init__(nb_ptc, nb_pc, nb_classes, tk_nextmove, None, *args, tk_row=(),
                         **kwargs)
        self.tk_row = tk_row
        self._moves = np.asarray(self.tk_nextmove)  # a view: the mapped file stays unread
        self._rows = np.asarray(tk_row, dtype=np.intp) << 8  # (py3langid's ``_rowbase``)
        self._features = np.asarray(tk_output, dtype=np.intp)
        self._first = np.full(len(self.nb_ptc), _NOWHERE, dtype=np.intp)
        self._counts = np.zeros(len(self.nb_ptc), dtype=np.intp)  # scratch, kept all zero
        self._first_lock = threading.Lock()
        self._ptc32: tuple[np.ndarray, np.ndarray] | None = None

    def _table32(self) -> np.ndarray:
        """``nb_ptc`` (float16 as shipped) in float32, for the languages set now.

        The product below casts it to float32 anyway, row by row of each text's features:
        cast once, the same numbers reach the same product.
        """
        if self._ptc32 is None or self._ptc32[0] is not self.nb_ptc:
            self._ptc32 = (self.nb_ptc, np.asarray(self.nb_ptc, dtype=np.float32))
        return self._ptc32[1]

    def _walked(self, text: bytes) -> np.ndarray:
        """py3langid's own scores, its automaton walked a byte at a time in Python."""
        with self._first_lock:
            if self.tk_output is None:
                self._rowbase = self._rows.tolist()
                self.tk_output = self._features.tolist()
        return super()._raw_score(text)

    def _raw_score(self, text: bytes) -> np.ndarray:
        data = np.frombuffer(text, dtype=np.uint8).astype(np.intp)
        states = automaton_states(self._moves, self._rows, data) if len(data) else None
        if states is None:  # an empty text, or an automaton that never settled: py3langid's walk
            return self._walked(text)
        found = self._features[states]
        found = found[found >= 0]
        if not len(found):
            return self._walked(text)
        # py3langid counts with a Counter, whose keys keep their first appearance's order: the
        # sum over them below is then done in the same order, to the same last bit
        where = np.arange(len(found))
        with self._first_lock:  # every feature's first position and count, in scratch kept unset
            first, seen = self._first, self._counts
            try:
                np.minimum.at(first, found, where)
                idx = found[first[found] == where]
                np.add.at(seen, found, 1)  # (bincount would fill a row per feature of the model)
                counts = seen[idx].astype(np.float32)
            finally:
                first[found] = _NOWHERE
                seen[found] = 0
            table = self._table32()
        return np.log1p(counts) @ table[idx] + self.nb_pc


def _identifier(arrays: dict, nextmove: Sequence[int]) -> LanguageIdentifier:
    return _FastIdentifier(
        arrays["ptc"], arrays["pc"], arrays["classes"].tolist(), nextmove, arrays["out_feat"],
        norm_probs=True, tk_row=arrays["nextmove_row"])


def _restricted(languages: tuple[str, ...]) -> tuple[dict, array]:
    """The shipped model, unpacked, with only the columns of ``languages``; its automaton."""
    ptc, pc, classes, nextmove, row, output = _load_model_file(Path(MODEL_DIR) / MODEL_FILE)
    keep = [i for i, c in enumerate(classes) if c in set(languages)]
    return {"ptc": np.asarray(ptc)[:, keep], "pc": np.asarray(pc)[keep],
            "classes": np.array([classes[i] for i in keep]),
            "nextmove_row": np.frombuffer(row, dtype=_TYPES[row.typecode]),
            "out_feat": np.asarray(output, dtype=np.int32),
            "typecodes": np.array(nextmove.typecode + row.typecode),
            "moves": np.array(len(nextmove))}, nextmove


def _mapped(path: Path, typecode: str, count: int) -> memoryview:
    """The automaton read in place: only the pages a text walks through are ever loaded."""
    with open(path, "rb") as file:
        mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    moves = memoryview(mapped).cast(typecode)
    if len(moves) != count:
        raise ValueError(f"{path}: {len(moves)} moves, expected {count}")
    return moves


def load_identifier(languages: tuple[str, ...]) -> LanguageIdentifier:
    """A detector restricted to ``languages`` (normalised probabilities), from the cache if any."""
    arrays_path, moves_path = _cache_paths(languages)
    try:
        with np.load(arrays_path, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        moves = _mapped(moves_path, str(arrays["typecodes"])[0], int(arrays["moves"]))
        identifier = _identifier(arrays, moves)
    except (OSError, ValueError, KeyError, EOFError, TypeError):  # none yet, or spoilt: rebuild
        arrays, nextmove = _restricted(languages)
        identifier = _identifier(arrays, nextmove)
        try:  # the automaton first: the arrays' file says both are there
            write_atomically(moves_path, lambda out: out.write(nextmove.tobytes()))
            write_atomically(arrays_path, lambda out: np.savez(out, **arrays))
            sweep_family(moves_path)
            sweep_family(arrays_path)
        except OSError:
            pass  # a read-only home: unpacked again next time, nothing lost
    identifier.set_languages(list(languages))
    return identifier
