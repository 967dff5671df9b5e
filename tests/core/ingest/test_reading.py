"""Bytes to text: encodings, empty, binary, huge, unreadable and vanished files."""

from __future__ import annotations

import codecs
import stat
from pathlib import Path

import pytest

from timeline_app.core.ingest import MAX_FILE_BYTES, read_file
from timeline_app.core.ingest.problems import IngestError
from timeline_app.core.ingest.reading import decode_bytes, read_bytes

ARTICLE = (
    "Strike closes ports across the country\n\n"
    "Dock workers walked out on Monday, halting shipments at the country’s largest ports, "
    "the union said.\n\n"
    "“We will stay out until the offer improves,” its leader told reporters in the café.\n"
)
BODY = ARTICLE.split("\n\n", 1)[1].strip()


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (ARTICLE.encode("cp1252"), "cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1252"],
)
def test_encodings_are_detected(tmp_path: Path, encoded: bytes, encoding: str) -> None:
    articles, problems = read_file(_write(tmp_path, "strike.txt", encoded))
    assert problems == []
    (article,) = articles
    assert article.title == "Strike closes ports across the country"
    assert article.text == BODY.replace("\n\n", "\n\n")
    if encoding != "utf-8":
        assert f"encoding detected as {encoding}" in article.warnings
    assert not any(w.startswith("encoding") for w in article.warnings) or encoding != "utf-8"


def test_cp1252_curly_quotes_survive() -> None:
    text, encoding = decode_bytes("He said “no” — it’s final.".encode("cp1252"))
    assert (text, encoding) == ("He said “no” — it’s final.", "cp1252")


def test_latin1_accents_survive() -> None:
    raw = "Le président a déclaré à Paris que la réunion était terminée. Ça va.".encode("latin-1")
    text, encoding = decode_bytes(raw)
    assert text == "Le président a déclaré à Paris que la réunion était terminée. Ça va."
    assert encoding in ("cp1252", "latin-1")


def test_cyrillic_single_byte_text_is_read() -> None:
    sentence = "Министр иностранных дел прибыл в столицу в среду, сообщило агентство. " * 3
    text, _ = decode_bytes(sentence.encode("cp1251"))
    assert text == sentence


def test_mostly_utf8_with_invalid_bytes_is_repaired_not_refused(tmp_path: Path) -> None:
    data = ARTICLE.encode("utf-8").replace(b"Monday", b"Mon\xffday")
    articles, problems = read_file(_write(tmp_path, "bad.txt", data))
    assert problems == []
    assert "Mon\ufffdday" in articles[0].text
    assert "café" in articles[0].text
    assert any("invalid bytes replaced" in w for w in articles[0].warnings)


def test_content_hash_is_sha256_of_the_bytes(tmp_path: Path) -> None:
    import hashlib

    data = ARTICLE.encode("utf-16")
    articles, _ = read_file(_write(tmp_path, "a.txt", data))
    assert articles[0].content_hash == hashlib.sha256(data).hexdigest()
    assert articles[0].id == "a"
    assert articles[0].path == str(tmp_path / "a.txt")


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"", "empty"),
        (b"  \n\t \r\n", "empty"),
        (codecs.BOM_UTF16_LE, "empty"),
        (b"\x00\x01\x02\x03binary\x00\xff\xfe\x00" * 50, "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (bytes(range(1, 9)) * 200, "binary"),
    ],
    ids=["empty", "blank", "bom-only", "nul", "pdf", "png", "controls"],
)
def test_bad_files_become_problems(tmp_path: Path, data: bytes, needle: str) -> None:
    articles, problems = read_file(_write(tmp_path, "bad.txt", data))
    assert articles == []
    (problem,) = problems
    assert needle in problem.message
    assert problem.path == str(tmp_path / "bad.txt")
    assert problem.message.endswith(".")


def test_huge_file_is_refused_without_reading_it(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no disk space used
        handle.truncate(MAX_FILE_BYTES + 1)

    def no_open(*args, **kwargs):
        raise AssertionError("a file over the limit must not be opened")

    monkeypatch.setattr(Path, "open", no_open)
    articles, problems = read_file(path)
    assert articles == []
    assert "too large" in problems[0].message
    assert "50 MB" in problems[0].message


def test_read_stops_at_the_limit_even_if_the_file_grows(tmp_path: Path, monkeypatch) -> None:
    path = _write(tmp_path, "grow.txt", b"x" * 100)
    real_stat = Path.stat

    class _Small:
        st_size = 5  # what stat() said before the file grew
        st_mode = stat.S_IFREG

    monkeypatch.setattr(
        Path, "stat", lambda self, **kw: _Small() if self == path else real_stat(self)
    )
    with pytest.raises(IngestError, match="grew past the size limit"):
        read_bytes(path, limit=10)


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch) -> None:
    path = _write(tmp_path, "secret.txt", ARTICLE.encode())

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    articles, problems = read_file(path)
    assert articles == []
    assert problems[0].message == "Permission denied: the file cannot be read."


def test_vanished_file_is_reported(tmp_path: Path) -> None:
    articles, problems = read_file(tmp_path / "gone.txt")
    assert articles == []
    assert problems[0].message == "The file no longer exists."


def test_folder_passed_as_file_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "dir.txt"
    folder.mkdir()
    articles, problems = read_file(folder)
    assert articles == []
    assert problems and "folder" in problems[0].message


def test_file_with_only_furniture_is_a_problem(tmp_path: Path) -> None:
    articles, problems = read_file(_write(tmp_path, "f.txt", b"Share\nAdvertisement\nMenu\n"))
    assert articles == []
    assert "No article text" in problems[0].message


def test_problem_reads_as_one_line(tmp_path: Path) -> None:
    _, problems = read_file(_write(tmp_path, "e.txt", b""))
    assert str(problems[0]) == f"{tmp_path / 'e.txt'}: The file is empty."


def test_file_name_that_is_not_utf8_gives_a_printable_id(tmp_path: Path) -> None:
    import os

    path = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.txt"))
    path.write_bytes(ARTICLE.encode("utf-8"))
    (article,), problems = read_file(path)
    assert problems == []
    assert article.id == "caf\ufffd"
    article.id.encode("utf-8")  # printable and writable
    assert Path(article.path) == path  # the path still opens the file


@pytest.mark.parametrize(
    ("sentence", "encoding"),
    [
        ("Minister spraw zagranicznych przybył do stolicy w środę, że mówił. ", "cp1250"),
        ("Ο υπουργός Εξωτερικών έφτασε στην πρωτεύουσα την Τετάρτη. ", "cp1253"),
        ("He said “no” — it’s final, and the café closed at 5 p.m. ", "cp1252"),
    ],
)
def test_single_byte_encodings_of_several_scripts(sentence: str, encoding: str) -> None:
    text, found = decode_bytes((sentence * 20).encode(encoding))
    assert text == sentence * 20
    assert found == encoding


def test_large_western_file_is_decoded_without_guessing_for_long() -> None:
    import time

    data = ("Le président a déclaré à Paris “bonjour”. " * 200_000).encode("cp1252")
    start = time.process_time()
    text, encoding = decode_bytes(data)
    assert encoding == "cp1252" and text.startswith("Le président")
    assert time.process_time() - start < 5
