"""The language detector's model for our languages, kept unpacked in the user's cache folder.

py3langid ships its model LZMA-packed: unpacking it costs some 0.45 s of CPU in every process,
most of what starting ``timeline-app tag`` used to cost. The columns of the languages the app
knows, with the detector's byte automaton, are written once as a plain ``.npz`` that loads in
milliseconds: the same numbers, so the same answers. Where the cache cannot be read or written,
the shipped model is unpacked as before.
"""

from __future__ import annotations

import hashlib
from array import array
from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier, _load_model_file

from timeline_app.core.user_cache import cache_folder, write_atomically

__all__ = ["load_identifier"]

_TYPES = {"H": np.uint16, "I": np.uint32, "L": np.uint64}


def _cache_path(languages: tuple[str, ...]) -> Path:
    """One file per shipped model (its size and time) and set of languages."""
    model = Path(MODEL_DIR) / MODEL_FILE
    stat = model.stat()
    key = f"{model}|{stat.st_size}|{stat.st_mtime_ns}|{','.join(languages)}"
    return cache_folder() / f"langid-{hashlib.sha1(key.encode()).hexdigest()[:16]}.npz"


def _as_array(values: np.ndarray, typecode: str) -> array:
    out = array(typecode)
    out.frombytes(np.ascontiguousarray(values).tobytes())
    return out


def _identifier(arrays: dict) -> LanguageIdentifier:
    codes = str(arrays["typecodes"])
    identifier = LanguageIdentifier(
        arrays["ptc"], arrays["pc"], arrays["classes"].tolist(),
        _as_array(arrays["nextmove"], codes[0]), arrays["out_feat"].tolist(),
        norm_probs=True, tk_row=_as_array(arrays["nextmove_row"], codes[1]))
    return identifier


def _restricted(languages: tuple[str, ...]) -> dict:
    """The shipped model, unpacked, with only the columns of ``languages``."""
    ptc, pc, classes, nextmove, row, output = _load_model_file(Path(MODEL_DIR) / MODEL_FILE)
    keep = [i for i, c in enumerate(classes) if c in set(languages)]
    return {"ptc": np.asarray(ptc)[:, keep], "pc": np.asarray(pc)[keep],
            "classes": np.array([classes[i] for i in keep]),
            "nextmove": np.frombuffer(nextmove, dtype=_TYPES[nextmove.typecode]),
            "nextmove_row": np.frombuffer(row, dtype=_TYPES[row.typecode]),
            "out_feat": np.asarray(output, dtype=np.int32),
            "typecodes": np.array(nextmove.typecode + row.typecode)}


def load_identifier(languages: tuple[str, ...]) -> LanguageIdentifier:
    """A detector restricted to ``languages`` (normalised probabilities), from the cache if any."""
    path = _cache_path(languages)
    try:
        with np.load(path, allow_pickle=False) as data:
            identifier = _identifier({name: data[name] for name in data.files})
    except (OSError, ValueError, KeyError, EOFError):  # none yet, or unreadable: rebuild it
        arrays = _restricted(languages)
        identifier = _identifier(arrays)
        try:
            write_atomically(path, lambda out: np.savez(out, **arrays))
        except OSError:
            pass  # a read-only home: unpacked again next time, nothing lost
    identifier.set_languages(list(languages))
    return identifier
