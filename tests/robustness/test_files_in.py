"""Every file in is read, or said not to be, under its own id and within its limits (issue 17).

Each test is named after what was broken; see docs/robustness-bugs.md (B15).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.core.ingest import discover, read_file
from timeline_app.core.ingest import reading as reading_module
from timeline_app.core.story.pipeline import load

PROSE = "The council approved the new budget on {day} March 2021 after a long debate, aides said."


def _article(day: int = 12, title: str = "Budget passes") -> str:
    return f"{title}\n\n{PROSE.format(day=day)}\n"


# -- what a folder holds -------------------------------------------------------------------


def test_files_a_folder_holds_that_the_app_does_not_read_were_silent(tmp_path):
    own = ["story.timeline", "story.timeline.autosave", "story.timeline-journal",
           "story.timeline.lock", "events.parquet", ".DS_Store", ".story.csv.x1.part.csv"]
    other = ["notes.md", "photo.png", "README", "table.csv", "sub/deck.pptx"]
    for name in [*own, *other, "a.txt", "sub/b.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(_article(), encoding="utf-8")
    found, problems = discover([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.txt", "sub/b.txt"]
    reported = sorted(Path(p.path).relative_to(tmp_path).as_posix() for p in problems)
    assert reported == sorted(other)
    by_name = {Path(p.path).name: p.message for p in problems}
    assert by_name["README"].startswith("Files without an extension are not supported")
    assert by_name["notes.md"].startswith("'.md' files are not supported")


def test_an_unreadable_path_ended_the_run(tmp_path, monkeypatch, capsys):
    (tmp_path / "good.txt").write_text(_article(), encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(_article(13), encoding="utf-8")
    real_stat = os.stat

    def stat(path, *args, **kwargs):  # root ignores chmod: a denied stat, simulated
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    out = tmp_path / "out.csv"
    code = main(["export", "nul\0byte.txt", str(locked), str(tmp_path / "good.txt"),
                 "--csv", str(out), "--quiet"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 0, err
    lines = err.splitlines()
    assert len(lines) == 2, lines
    assert "NUL character" in lines[0]
    assert "locked.txt" in lines[1] and "Permission denied" in lines[1]
    assert out.read_text(encoding="utf-8").count("\n") == 2


# -- ids -------------------------------------------------------------------------------------


def _clashing_folder(root: Path) -> Path:
    for name in ("a/index.html", "b/index.html"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        day = 3 if name.startswith("a") else 4
        (root / name).write_text(
            f"<html><head><title>Page {name}</title></head><body><article><p>"
            f"{PROSE.format(day=day)}</p></article></body></html>", encoding="utf-8"
        )  # fmt: skip
    (root / "x.txt").write_text(_article(5), encoding="utf-8")
    (root / "x.html").write_text(
        f"<html><body><p>{PROSE.format(day=6)}</p></body></html>", encoding="utf-8"
    )
    records = [{"id": "r", "text": PROSE.format(day=d)} for d in (7, 8)]
    records.append({"id": "r~2", "text": PROSE.format(day=9)})  # the obvious new name is taken
    (root / "dup.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    return root


def test_two_articles_with_one_id_replaced_each_other(tmp_path):
    folder = _clashing_folder(tmp_path / "story")
    result = load([folder], workers=1)
    ids = [a.article.id for a in result.analyses]
    assert ids == ["index", "index~2", "r", "r~3", "r~2", "x", "x~2"]
    days = {a.article.id: a.events[0].interval.begin.day for a in result.analyses}
    assert days == {"index": 3, "index~2": 4, "r": 7, "r~3": 8, "r~2": 9, "x": 6, "x~2": 5}
    events = [e.event_id for a in result.analyses for e in a.events]
    assert len(events) == len(set(events))
    notices = [p for p in result.problems if not p.skipped]
    assert len(notices) == 3 and len(result.problems) == 3
    assert "'index'" in notices[0].message and "a/index.html" in notices[0].message
    assert notices[0].path.endswith("b/index.html")
    again = load([folder], workers=2)  # the pool gives the same ids, whatever finishes first
    assert [a.article.id for a in again.analyses] == ids


def test_an_id_clash_was_silent_on_the_command_line(tmp_path, capsys):
    folder = _clashing_folder(tmp_path / "story")
    out = tmp_path / "out.json"
    assert main(["export", str(folder), "--json", str(out), "--quiet"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3 and all("loaded as" in line and "skipped" not in line for line in err)
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert len({r["article_id"] for r in rows}) == 7


# -- sizes -------------------------------------------------------------------------------------


def test_a_25_mb_html_in_a_jsonl_record_bypassed_the_html_limit(tmp_path):
    big = "<html><body>" + "<p>padding</p>" * (25 * 1024 * 1024 // 14) + "</body></html>"
    lines = [json.dumps({"id": "big", "html": big}), json.dumps({"id": "ok", "text": _article()})]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    articles, problems = read_file(path)
    assert [a.id for a in articles] == ["ok"]
    [problem] = problems
    assert "id 'big'" in problem.message and "HTML is too large" in problem.message


def test_a_12_mb_text_in_a_jsonl_record_escaped_the_memory_check(tmp_path, monkeypatch):
    monkeypatch.setattr(reading_module, "_available_memory", lambda: 256 * 1024 * 1024)
    text = PROSE.format(day=1) * (12 * 1024 * 1024 // len(PROSE))
    lines = [json.dumps({"id": "big", "text": text}), json.dumps({"id": "ok", "text": _article()})]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    articles, problems = read_file(path)
    assert [a.id for a in articles] == ["ok"]
    assert "needs about" in problems[0].message and "GB is free" in problems[0].message
    single = tmp_path / "big.txt"  # the same text as a file: the same answer
    single.write_text(text, encoding="utf-8")
    articles, problems = read_file(single)
    assert articles == [] and "needs about" in problems[0].message


@pytest.mark.slow
def test_a_text_over_5_mb_was_refused(tmp_path):
    """An 8 MB text file (a limit of 5 MB refused it): loads, every date found."""
    sentences = 8 * 1024 * 1024 // len(PROSE)
    path = tmp_path / "big.txt"
    path.write_text("Budget\n\n" + " ".join(PROSE.format(day=1 + i % 28) for i in range(sentences)),
                    encoding="utf-8")  # fmt: skip
    result = load([path], workers=1)
    assert result.problems == []
    [analysis] = result.analyses
    assert len(analysis.mentions) >= sentences


# -- markup and numbers -----------------------------------------------------------------------


def _seconds(path: Path) -> tuple[float, list]:
    started = time.process_time()
    articles, problems = read_file(path)
    return time.process_time() - started, articles


def test_a_tag_with_200000_attributes_took_minutes(tmp_path):
    attributes = " ".join(f'a{i}="{i}"' for i in range(200_000))
    page = f"<html><body><div {attributes}>x</div><p>{PROSE.format(day=2)}</p></body></html>"
    wild = tmp_path / "wild.html"
    wild.write_text(page, encoding="utf-8")
    plain = tmp_path / "plain.html"  # the same size, the attributes in a comment
    plain.write_text(page.replace("<div a0=", "<div><!-- a0=").replace('>x</div>', '-->x</div>'),
                     encoding="utf-8")  # fmt: skip
    baseline, _ = _seconds(plain)
    elapsed, articles = _seconds(wild)
    assert "2 March 2021" in articles[0].text
    assert any("attributes" in w for w in articles[0].warnings)
    assert elapsed < 10 * max(baseline, 0.05), (elapsed, baseline)  # quadratic took minutes


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_a_5000_digit_number_lost_the_whole_file(tmp_path, suffix):
    huge = "9" * 5000
    records = [
        '{"id": "a", "text": "' + PROSE.format(day=3) + '"}',
        '{"id": ' + huge + ', "text": "' + PROSE.format(day=4) + '"}',
        '{"id": "c", "text": "' + PROSE.format(day=5) + '", "views": ' + huge + "}",
    ]
    body = "[" + ",".join(records) + "]" if suffix == ".json" else "\n".join(records)
    path = tmp_path / f"n{suffix}"
    path.write_text(body, encoding="utf-8")
    articles, problems = read_file(path)
    assert [a.id for a in articles] == ["a", "c"]
    [problem] = problems
    assert ("Record 2" if suffix == ".json" else "Line 2") in problem.message


# -- encodings and line ends ------------------------------------------------------------------

SCRIPTS = {
    "ru": "Совет утвердил бюджет 12 марта 2021 года после долгих споров.\nМэр доволен.\n",
    "el": "Το συμβούλιο ενέκρινε τον προϋπολογισμό στις 12 Μαρτίου 2021.\nΟ δήμαρχος χάρηκε.\n",
    "zh": "市议会于2021年3月12日批准了新预算。\n市长表示，工程将于夏季开始。\n",
    "ja": "市議会は2021年3月12日に新しい予算を承認した。\n市長は満足している。\n",
    "ar": "وافق المجلس على الميزانية في 12 مارس 2021 بعد نقاش طويل.\nرحب رئيس البلدية.\n",
}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("lang", SCRIPTS)
def test_utf16_without_bom_outside_latin_was_called_binary(tmp_path, lang, encoding):
    path = tmp_path / f"{lang}.txt"
    path.write_bytes(SCRIPTS[lang].encode(encoding))
    articles, problems = read_file(path)
    assert problems == [], problems
    first_line = SCRIPTS[lang].split("\n")[0]
    assert first_line in articles[0].title + "\n" + articles[0].text


@pytest.mark.parametrize("separator", ["\u2028", "\x85", "\x0b", "\x0c"],
                         ids=["U+2028", "NEL", "VT", "FF"])  # fmt: skip
@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_a_line_end_other_than_newline_ran_the_headline_into_the_sentence(tmp_path, separator,
                                                                         suffix):
    text = (f"Harbour news{separator}The bridge closed on 3 May 2020 for repairs to its deck, the "
            f"council said, damaging{separator} trade in three villages.\n\nThe ferry ran on "
            "4 May 2020 instead, the operator said.")  # fmt: skip
    path = tmp_path / f"a{suffix}"
    if suffix == ".jsonl":
        path.write_text(json.dumps({"id": "a", "text": text}), encoding="utf-8")
    else:
        path.write_bytes(text.encode("utf-8"))
    [article], problems = read_file(path)
    assert problems == []
    assert article.title == "Harbour news"
    assert ("The bridge closed on 3 May 2020 for repairs to its deck, the council said, damaging "
            "trade in three villages.") in article.text  # fmt: skip


def test_a_34_mb_text_was_refused_by_a_20_mb_limit(monkeypatch):
    """Issue 17: tagging is linear now, so the text limit is back near the file limit."""
    from timeline_app.core.ingest import IngestError, reading

    monkeypatch.setattr(reading, "_available_memory", lambda: 24 * 2**30)  # the 24 GiB machine
    reading.check_text_size(34 * 1024 * 1024)  # loads
    assert reading.MAX_FILE_BYTES >= reading.TEXT_LIMIT >= 48 * 1024 * 1024
    with pytest.raises(IngestError, match="too large"):
        reading.check_text_size(reading.TEXT_LIMIT + 1)
