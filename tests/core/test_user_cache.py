"""The user's cache keeps a few files per family, never one per install."""

from __future__ import annotations

import os

from timeline_app.core import user_cache
from timeline_app.core.ingest import langid_model


def _made(folder, name: str, age: int):
    path = folder / name
    path.write_bytes(b"x")
    os.utime(path, ns=(age, age))
    return path


def test_a_sweep_keeps_the_newest_of_the_family_and_nothing_else_is_touched(tmp_path):
    old = [_made(tmp_path, f"rules-en-{i:04x}.hsdb", 10**18 + i) for i in range(6)]
    other_language = _made(tmp_path, "rules-de-0001.hsdb", 1)
    other_suffix = _made(tmp_path, "rules-en-0001.bin", 1)
    made = _made(tmp_path, "rules-en-ffff.hsdb", 0)  # the one just written, even if oldest

    user_cache.sweep_family(made, keep=3)

    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([made.name, old[5].name, old[4].name,
                           other_language.name, other_suffix.name])


def test_the_language_model_cache_does_not_depend_on_where_the_model_is_installed(
        tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = langid_model._cache_paths(("en", "de"))
    # another environment: the same package, the model file copied with a new time
    model = langid_model.Path(langid_model.MODEL_DIR) / langid_model.MODEL_FILE
    copy = tmp_path / "elsewhere"
    (copy / langid_model.MODEL_FILE).parent.mkdir(parents=True)
    (copy / langid_model.MODEL_FILE).write_bytes(model.read_bytes())
    monkeypatch.setattr(langid_model, "MODEL_DIR", str(copy))
    assert langid_model._cache_paths(("en", "de")) == first
    assert langid_model._cache_paths(("en", "fr")) != first
