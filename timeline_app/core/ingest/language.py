"""Which language an article is written in, as an ISO 639-1 code.

The detector is py3langid (a maintained fork of langid.py): its model ships inside the wheel
(4.5 MB), so nothing is downloaded at run time. On short news sentences in the languages below
it was as accurate as lingua (24 of 24 each, restricted to these languages) at a third of the
time per text and a fraction of the install size (4.5 MB against 96 MB; see the commit that
brought it). It is restricted to the languages the app has a grammar for: left free among its 97
it calls a Russian dateline Bulgarian and a German time stamp Uzbek.

Only the opening of a long text is read: the language of an article shows within a few
paragraphs, and the cost stays flat on a large story.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from timeline_app.core.resources import resource

__all__ = ["DEFAULT_LANGUAGE", "KIN_LANGUAGES", "SUPPORTED_LANGUAGES", "detect_language",
           "normalize_language"]

DEFAULT_LANGUAGE = "en"
"""The language assumed for text with nothing to go on (no letters at all)."""


def _grammar_languages() -> tuple[str, ...]:
    """The languages with a grammar folder (``resources/rules/<code>/rules.txt``), English first.

    Adding a language is adding its folder: the detector then knows it too (Japanese and
    Chinese were once called Korean, Italian Spanish, for want of their code in a list here).
    """
    rules = resource("rules")
    found = sorted(p.name for p in rules.iterdir() if (p / "rules.txt").is_file())
    return (DEFAULT_LANGUAGE, *(code for code in found if code != DEFAULT_LANGUAGE))


SUPPORTED_LANGUAGES: tuple[str, ...] = _grammar_languages()
"""The languages the temporal grammar knows, English first."""


def _kin_languages() -> dict[str, str]:
    """Languages without a grammar, each read by a kin one's: ``also_reads  gl`` in pt/calendar.txt.

    The detector is told them too, so that it does not split them between its languages by a
    few shared words (Galician went to Portuguese or Spanish, headline by headline); it then
    names the grammar that reads them.
    """
    kin: dict[str, str] = {}
    for code in SUPPORTED_LANGUAGES:
        path = resource("rules") / code / "calendar.txt"
        lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
        for parts in (line.split() for line in lines):
            if len(parts) >= 2 and parts[0] == "also_reads":
                for other in parts[1].split("|"):
                    if other not in SUPPORTED_LANGUAGES:
                        kin.setdefault(other, code)
    return kin


KIN_LANGUAGES: dict[str, str] = _kin_languages()
"""A language the detector knows without a grammar of its own -> the grammar that reads it."""

SAMPLE_CHARS = 2000
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _identifier():
    """The detector, loaded once per process and only when first asked (see langid_model)."""
    from .langid_model import load_identifier

    return load_identifier(SUPPORTED_LANGUAGES + tuple(sorted(KIN_LANGUAGES)))


def normalize_language(code: str | None) -> str:
    """A user's or a record's language code as a supported ISO 639-1 code, else ``""``.

    ``"DE"``, ``"de-AT"``, ``"de_DE"`` all give ``"de"``; a kin language the code of the grammar
    that reads it (``"gl"``: ``"pt"``); an unknown code gives ``""`` (then the language is
    detected).
    """
    if not code:
        return ""
    base = code.strip().lower().replace("_", "-").split("-", 1)[0]
    base = KIN_LANGUAGES.get(base, base)
    return base if base in SUPPORTED_LANGUAGES else ""


def detect_language(*texts: str) -> str:
    """The language of these texts taken together (a title and a body, say).

    Text with no letters gives :data:`DEFAULT_LANGUAGE`: numbers and punctuation say nothing.
    """
    sample = "\n".join(t for t in texts if t)[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return DEFAULT_LANGUAGE
    with _lock:  # the identifier keeps scratch state between calls
        code, _probability = _identifier().classify(sample)
    return KIN_LANGUAGES.get(str(code), str(code))
