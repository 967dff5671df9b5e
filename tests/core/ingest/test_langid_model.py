"""The detector's unpacked model in the user's cache: the same answers as the shipped one."""

from __future__ import annotations

import random

import numpy as np
import pytest
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from timeline_app.core.ingest import langid_model
from timeline_app.core.ingest.language import SUPPORTED_LANGUAGES

SAMPLES = [
    "The minister said on Wednesday that the talks had stalled.",
    "Der Minister sagte am Mittwoch, die Gespräche seien ins Stocken geraten.",
    "Le ministre a déclaré mercredi que les pourparlers étaient au point mort.",
    "El ministro dijo el miércoles que las conversaciones se habían estancado.",
    "Министр заявил в среду, что переговоры зашли в тупик.",
    "장관은 수요일 회담이 교착 상태에 빠졌다고 말했다.",
    "12:30 GMT", "Berlin", "ciao, come stai oggi?",
]


@pytest.fixture(scope="module")
def shipped() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_DIR / MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED_LANGUAGES))
    return identifier


def test_cached_model_answers_as_the_shipped_one(tmp_path, monkeypatch, shipped):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = langid_model.load_identifier(SUPPORTED_LANGUAGES)  # unpacks, writes the cache
    assert list((tmp_path / "timeline_app").glob("langid-*.npz"))
    loaded = langid_model.load_identifier(SUPPORTED_LANGUAGES)  # reads it back
    for text in SAMPLES:
        assert built.classify(text) == shipped.classify(text) == loaded.classify(text), text
    assert loaded.classify(SAMPLES[4])[0] == "ru"


@pytest.mark.parametrize("suffix", ["npz", "dfa"])
def test_a_spoilt_cache_file_is_rebuilt(tmp_path, monkeypatch, shipped, suffix):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    langid_model.load_identifier(SUPPORTED_LANGUAGES)
    (path,) = (tmp_path / "timeline_app").glob(f"langid-*.{suffix}")
    size = path.stat().st_size
    path.write_bytes(b"not a model")
    again = langid_model.load_identifier(SUPPORTED_LANGUAGES)
    assert again.classify(SAMPLES[1]) == shipped.classify(SAMPLES[1])
    assert path.stat().st_size == size  # written anew


def test_an_unwritable_cache_still_detects(tmp_path, monkeypatch, shipped):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    identifier = langid_model.load_identifier(SUPPORTED_LANGUAGES)
    assert identifier.classify(SAMPLES[2]) == shipped.classify(SAMPLES[2])


def test_array_walk_scores_as_py3langid_walks(tmp_path, monkeypatch):
    """The same feature counts, in the same order, to the last bit, on texts of every kind."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    identifier = langid_model.load_identifier(SUPPORTED_LANGUAGES)
    rng = random.Random(5)
    texts = [*SAMPLES, " ".join(SAMPLES) * 20, "x", "\u00e9", "12 12 12",
             bytes(rng.randrange(256) for _ in range(3000)).decode("latin-1")]
    for text in texts:
        encoded = identifier._encode(text)
        ours = identifier._raw_score(encoded)
        theirs = identifier._walked(encoded)  # py3langid's own walk, a byte at a time
        assert ours.dtype == theirs.dtype and ours.tobytes() == theirs.tobytes(), text[:40]
    assert identifier._rowbase == [int(row) << 8 for row in identifier.tk_row]  # as py3langid's


def test_an_automaton_that_never_settles_is_reported():
    """A state that remembers the parity of the bytes read depends on all of them."""
    moves = np.array([1, 0], dtype=np.uint32)  # one byte value (0): flips the state
    rows = np.array([0, 1], dtype=np.intp)
    data = np.zeros(100, dtype=np.intp)
    assert langid_model.automaton_states(moves, rows, data) is None
    settled = langid_model.automaton_states(np.array([1, 1], dtype=np.uint32), rows, data)
    assert settled is not None and settled.tolist() == [1] * 100
