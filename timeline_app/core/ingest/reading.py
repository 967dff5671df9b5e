"""Reading a file's bytes safely and turning them into text, whatever the encoding."""

from __future__ import annotations

import codecs
import re
import stat
import unicodedata
from pathlib import Path

from .problems import IngestError

__all__ = [
    "HTML_LIMIT",
    "MAX_FILE_BYTES",
    "TEXT_LIMIT",
    "check_text_size",
    "decode_bytes",
    "line_breaks_as_newlines",
    "read_bytes",
]

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Files above this size are refused without being read, so memory stays bounded."""
TEXT_LIMIT = 48 * 1024 * 1024
"""One article's text, in UTF-8 bytes, whatever holds it (a ``.txt`` file, a JSON record).
Reading and tagging are linear in the text since issue 17's fixes (the recogniser's overlap test
and a cluster's support were quadratic in a big text's dates): ``bench/bench_big_text.py``
measured 2.6/2.5/2.6 s CPU per MB at 2/8/16 MB of dense dated prose, so 48 MB tags in about two
minutes of one CPU and needs about 3 GB (:data:`MEMORY_PER_TEXT_BYTE`). Just under
:data:`MAX_FILE_BYTES`, so collections still hold more than one article."""
HTML_LIMIT = 20 * 1024 * 1024
"""One page's HTML, whatever holds it (an ``.html`` file, a record's ``html``): inline scripts
and images weigh more than text, and extraction is fast."""
MEMORY_PER_TEXT_BYTE = 64
"""Peak memory per byte of text while it is analysed (measured ~55 on dense dated prose)."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
)
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def read_bytes(path: Path, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """The whole file, or :class:`IngestError` with a clear message (never reads past ``limit``)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a pipe, socket or device"
            raise IngestError(f"Not a regular file ({kind}), so it was not read.")
        size = info.st_size
        if size > limit:
            raise IngestError(
                f"The file is too large ({size / 1_048_576:.0f} MB; the limit is "
                f"{limit / 1_048_576:.0f} MB), so it was not read."
            )
        with path.open("rb") as handle:
            # as much as the size said (asking for limit + 1 would allocate all of it), and the
            # rest up to the limit only if the file has grown since
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(limit - size)
    except FileNotFoundError:
        raise IngestError("The file no longer exists.") from None
    except PermissionError:
        raise IngestError("Permission denied: the file cannot be read.") from None
    except IsADirectoryError:
        raise IngestError("This is a folder, not a file.") from None
    except OSError as exc:
        raise IngestError(f"The file cannot be read ({exc.strerror or exc}).") from None
    if len(data) > limit:
        raise IngestError("The file grew past the size limit while being read.")
    if not data.strip():
        raise IngestError("The file is empty.")
    return data


def _available_memory() -> int | None:
    """Bytes of memory the system can still give (Linux ``MemAvailable``), None if unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as info:
            for line in info:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def check_text_size(size: int, *, limit: int = TEXT_LIMIT, what: str = "text") -> None:
    """:class:`IngestError` if ``size`` bytes of ``what`` exceed ``limit`` or this machine."""
    if size > limit:
        raise IngestError(
            f"The {what} is too large ({size / 1_048_576:.0f} MB; the limit is "
            f"{limit / 1_048_576:.0f} MB), so it was not read."
        )
    available = _available_memory()
    needed = size * MEMORY_PER_TEXT_BYTE
    if available is not None and needed > available:
        raise IngestError(
            f"The {what} ({size / 1_048_576:.0f} MB) needs about {needed / 2**30:.1f} GB of "
            f"memory to analyse, and only {available / 2**30:.1f} GB is free; it was not read."
        )


_LINE_BREAK = re.compile("([\u2028\u2029\x85\x0b\x0c])([^\\S\n]*)(\\S?)")


def _line_end(match: re.Match) -> str:
    separator, space, following = match.groups()
    if following.islower():  # the sentence goes on after it (a wrapped line, a page break)
        return " " + following
    return ("\n\n" if separator == "\u2029" else "\n") + following


def line_breaks_as_newlines(text: str) -> str:
    """U+2028, U+2029, NEL, VT and FF as the line (paragraph) ends they are.

    Left alone, one stage split lines on them (``str.splitlines``) and another did not, so a
    headline and the sentence after it ran together. One that falls inside a sentence (the next
    word goes on in lower case: a wrapped line, a page break) joins the two halves with a space,
    so the sentence before it is not cut off and dropped as a stray line.
    """
    if any(c in text for c in "\u2028\u2029\x85\x0b\x0c"):
        return _LINE_BREAK.sub(_line_end, text)
    return text


def decode_bytes(data: bytes, *, html: bool = False) -> tuple[str, str]:
    """Text and the encoding name used; :class:`IngestError` for binary or undecodable data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding), encoding
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16), utf16
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise IngestError(f"This looks like {kind}, not an article.")
    if b"\x00" in data:
        utf16 = _utf16_any_script(data)
        if utf16:
            return _strict(data, utf16), utf16
        raise IngestError("This looks like a binary file, not text.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _checked(text, _control_bytes(data)), "utf-8"
    if html:
        declared = _HTML_CHARSET.search(data[:4096])
        if declared:
            try:
                name = declared.group(1).decode("ascii")
                return _checked(data.decode(name)), codecs.lookup(name).name
            except (LookupError, UnicodeDecodeError):
                pass
    return _guess(data)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return _checked(data.decode(encoding))
    except UnicodeDecodeError:
        raise IngestError(f"The file claims to be {encoding} but its bytes are not.") from None


def _checked(text: str, controls: int | None = None) -> str:
    """``text``, unless it holds too many control characters (``controls``, if already counted)."""
    if controls is None:
        controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise IngestError("This looks like a binary file, not text.")
    return text


_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def _control_bytes(data: bytes) -> int:
    """How many of ``_CONTROL``'s characters UTF-8 ``data`` decodes to, counted on the bytes.

    In UTF-8 a byte below 0x80 is always that ASCII character itself, so the count is the same,
    and deleting bytes is a plain C loop where the regex looks at every character.
    """
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte is mostly NUL (Latin text in UTF-16)."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.6 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.6 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


_STRAY = frozenset(("Cn", "Co", "Cs", "Cc"))


def _stray(char: str) -> bool:
    """Unassigned, private, a surrogate, a control or U+FFFD: not in any real text."""
    return char == "\ufffd" or unicodedata.category(char) in _STRAY


def _utf16_any_script(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` for UTF-16 text without a BOM in any script, else None.

    Text in Cyrillic, Greek or CJK has few NUL bytes (only its spaces, digits and line breaks),
    so :func:`_utf16_without_bom` misses it. Both byte orders decode almost any even-length
    data; the right one has few unassigned or control characters and its ASCII spaces, digits
    and punctuation where the other has U+2000, U+0A00...
    """
    if len(data) % 2:
        return None
    sample = data[:8192]
    best, best_score = None, 0
    for encoding in ("utf-16-le", "utf-16-be"):
        text = sample.decode(encoding, errors="replace")
        stray = sum(1 for c in text if c not in "\n\r\t" and _stray(c))
        common = sum(1 for c in text if " " <= c <= "~" or c in "\n\r\t")
        if stray > len(text) // 50 or not common:
            continue
        if common > best_score:
            best, best_score = encoding, common
    return best


LATIN_SAMPLE_CHARS = 65536
WESTERN_MAX_ACCENTED = 0.3
"""In Western text few letters are accented; in Cyrillic or Greek read as cp1252, most are."""


_SYMBOL_IN_WORD = re.compile(r"(?<=[^\W\d_])[¹³¿¥¦ª¼½¾]|[¹³¿¥¦ª¼½¾](?=[^\W\d_])")


def _western(data: bytes) -> str | None:
    """``data`` as cp1252 if that reads as Western text (few accented letters), else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    sample = text[:LATIN_SAMPLE_CHARS]
    letters = sum(1 for char in sample if char.isalpha())
    accented = sum(1 for char in sample if char.isalpha() and ord(char) > 127)
    # Central European letters read as cp1252 turn into symbols inside words: "przyby³", "¿e"
    glued = len(_SYMBOL_IN_WORD.findall(sample))
    if not letters or accented > WESTERN_MAX_ACCENTED * letters or glued > 2:
        return None
    return text


def _guess(data: bytes) -> tuple[str, str]:
    """Mostly-UTF-8 with a few bad bytes, else Western cp1252, else charset-normalizer."""
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    good = len(replaced) - len(replaced.encode("ascii", errors="ignore")) - bad
    if good and bad <= max(2, good // 4):
        return _checked(replaced), "utf-8 (with invalid bytes replaced)"
    western = _western(data)
    if western is not None:
        return _checked(western), "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    name = best.encoding if best is not None else ""
    if name and not name.startswith(("utf_16", "utf_32")):
        return _checked(str(best)), name.replace("_", "-")
    try:
        return _checked(data.decode("cp1252")), "cp1252"
    except UnicodeDecodeError:
        return _checked(data.decode("latin-1")), "latin-1"
