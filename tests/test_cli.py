"""The command line as CONTRACTS.md fixes it: commands, formats, exit codes, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from timeline_app.cli import main
from timeline_app.core.resources import seeds_dir

MENTION_KEYS = {"start", "end", "text", "type", "value", "mod", "granularity", "interval"}


def _run(capsys, monkeypatch, argv, stdin=""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_tag_prints_one_object_with_anchor_and_mentions(capsys, monkeypatch):
    text = "The museum reopened on Friday after closing in March 2020."
    code, out, err = _run(capsys, monkeypatch, ["tag", "--anchor", "2024-05-08"], text)
    assert code == 0, err
    data = json.loads(out)
    assert data["anchor"] == "2024-05-08"
    assert [m["text"] for m in data["mentions"]] == ["Friday", "March 2020"]
    for m in data["mentions"]:
        assert set(m) == MENTION_KEYS
        assert text[m["start"]:m["end"]] == m["text"]
    friday, march = data["mentions"]
    assert friday["value"] == "2024-05-03"
    assert friday["interval"] == {"begin": "2024-05-03", "end": "2024-05-04"}
    assert (march["value"], march["granularity"]) == ("2020-03", "month")


def test_tag_jsonl_keeps_input_order_and_survives_bad_lines(capsys, monkeypatch):
    lines = [
        json.dumps({"id": "a", "text": "We met yesterday.", "anchor": "2021-02-10"}),
        "{not json",
        json.dumps({"id": "c", "text": "It will open next year.", "anchor": "2021-02-10",
                    "prefer": "future"}),
        json.dumps({"id": "d", "text": 42}),
    ]
    code, out, err = _run(capsys, monkeypatch, ["tag", "--jsonl"], "\n".join(lines) + "\n")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["a", None, "c", "d"]
    assert rows[0]["mentions"][0]["value"] == "2021-02-09"
    assert rows[1]["mentions"] == [] and rows[1]["error"]
    assert rows[2]["mentions"][0]["value"] == "2022"
    assert rows[3]["mentions"] == [] and "text" in rows[3]["error"]


def test_tag_jsonl_read_ahead_gives_what_one_line_at_a_time_gives(capsys, monkeypatch):
    """Records are read a batch at a time (languages first): the same lines, in input order."""
    from timeline_app import cli

    texts = ["We met yesterday.", "Die Sitzung war am Montag.", "{bad", "La réunion a eu lieu mardi."]
    lines = [t if t.startswith("{") else json.dumps({"id": i, "text": t, "anchor": "2021-02-10"})
             for i, t in enumerate(texts * 40)]  # 160 lines: more than one batch
    stdin = "\n".join(lines) + "\n"
    code, batched, err = _run(capsys, monkeypatch, ["tag", "--jsonl"], stdin)
    assert code == 0, err
    monkeypatch.setattr(cli, "TAG_BATCH", (1, 1))
    code, single, err = _run(capsys, monkeypatch, ["tag", "--jsonl"], stdin)
    assert code == 0, err
    assert batched == single and len(batched.splitlines()) == 160
    assert [json.loads(line).get("lang") for line in batched.splitlines()[:4]] == [
        "en", "de", None, "fr"]


def test_tag_jsonl_leaves_the_collector_as_it_found_it(capsys, monkeypatch):
    """The run settles the cyclic collector after its first batch, and puts it back after."""
    import gc

    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    lines = [json.dumps({"id": i, "text": "We met yesterday.", "anchor": "2021-02-10"})
             for i in range(70)]  # more than one batch
    code, out, err = _run(capsys, monkeypatch, ["tag", "--jsonl"], "\n".join(lines) + "\n")
    assert code == 0, err
    assert len(out.splitlines()) == 70
    assert (gc.get_threshold(), gc.get_freeze_count()) == (before, frozen)


def test_typed_records_are_answered_one_at_a_time():
    from timeline_app.cli import _batches

    lines = [b'{"text": "today"}\n', b"\n", b'{"text": "now"}\n']
    assert list(_batches(iter(lines), interactive=True)) == [[b.decode()] for b in lines[::2]]
    assert list(_batches(iter(lines), interactive=False)) == [[b.decode() for b in lines[::2]]]


def test_tag_with_a_datetime_anchor_and_time_zone(capsys, monkeypatch):
    code, out, _ = _run(capsys, monkeypatch, ["tag", "--anchor", "2023-10-18T23:30:00-05:00"],
                        "The talks ended today.")
    assert code == 0
    assert json.loads(out)["mentions"][0]["value"] == "2023-10-18"


def test_tag_jsonl_counts_hours_from_an_anchor_with_a_clock(capsys, monkeypatch):
    lines = [{"id": "a", "text": "call me in 2 hours", "anchor": "2022-05-18T09:15",
              "prefer": "future"},
             {"id": "b", "text": "call me in 2 hours", "anchor": "2022-05-18"},
             {"id": "c", "text": "it began 20 minutes ago", "anchor": "2016-11-05 21:40"},
             {"id": "d", "text": "call me in 2 hours", "anchor": "2022-05-18T00:00:00"}]
    code, out, _ = _run(capsys, monkeypatch, ["tag", "--jsonl"],
                        "".join(json.dumps(line) + "\n" for line in lines))
    assert code == 0
    got = [json.loads(row)["mentions"][0] for row in out.splitlines()]
    assert (got[0]["text"], got[0]["type"], got[0]["value"]) == ("in 2 hours", "TIME",
                                                                  "2022-05-18T11:15")
    assert (got[1]["type"], got[1]["value"]) == ("DURATION", "PT2H")  # a day: a length
    assert got[2]["value"] == "2016-11-05T21:20"
    assert (got[3]["type"], got[3]["value"]) == ("DURATION", "PT2H")  # midnight: a corpus's date


@pytest.mark.parametrize(
    "argv",
    [
        ["export", str(seeds_dir())],  # nothing to export
        ["export", str(seeds_dir()), "--csv", "x.csv", "--anchor", "004"],  # no =DATE
        ["export", str(seeds_dir()), "--csv", "x.csv", "--anchor", "004=July"],
        ["export", str(seeds_dir()), "--csv", "x.csv", "--anchor", "00=2020-01-01"],  # ambiguous
        ["tag", "--anchor", "yesterday"],
        ["frobnicate"],
    ],
)
def test_bad_usage_exits_2_with_one_line(capsys, monkeypatch, argv):
    code, _, err = _run(capsys, monkeypatch, argv)
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("timeline-app: error:")


def test_missing_paths_are_reported_and_the_rest_loads(tmp_path, capsys, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text(
        "New library opens its doors\n\n"
        "The town's new library opened on 4 May 2019 after years of building work and debate.\n\n"
        "Readers queued along the high street, and the mayor cut the ribbon at the main door.\n"
    )
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    out_csv = tmp_path / "out.csv"
    code, _, err = _run(capsys, monkeypatch, ["export", str(tmp_path), "--csv", str(out_csv)])
    assert code == 0
    assert "blob.txt" in err
    with out_csv.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["value"] for r in rows] == ["2019-05-04"]


def test_nothing_loadable_is_an_error(tmp_path, capsys, monkeypatch):
    (tmp_path / "empty.txt").write_text("")
    code, _, err = _run(capsys, monkeypatch, ["export", str(tmp_path), "--csv",
                                              str(tmp_path / "o.csv")])
    assert code == 1
    assert err.strip().splitlines()[-1].startswith("timeline-app: error:")


def test_python_dash_m_runs_headless():
    proc = subprocess.run(
        [sys.executable, "-m", "timeline_app", "tag", "--anchor", "2020-01-01"],
        input="in 1948", capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["mentions"][0]["value"] == "1948"


def test_export_parquet_holds_the_csv_rows(tmp_path, capsys, monkeypatch):
    from timeline_app.core.storage.parquet import read_parquet

    out_csv, out_pq = tmp_path / "e.csv", tmp_path / "events.parquet"
    code, _, err = _run(capsys, monkeypatch, ["export", str(seeds_dir()), "--csv", str(out_csv),
                                              "--parquet", str(out_pq)])
    assert code == 0, err
    with out_csv.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    frame = read_parquet(out_pq)  # the events; the publication rows are the CSV's own
    assert sorted(frame["event_id"]) == sorted(r["event_id"] for r in rows if r["role"] == "mention")


def test_scheduler_without_dask_engine_is_bad_usage(capsys, monkeypatch):
    code, _, err = _run(capsys, monkeypatch, ["export", str(seeds_dir()), "--csv", "x.csv",
                                              "--scheduler", "tcp://127.0.0.1:1"])
    assert code == 2 and "--engine dask" in err


def test_accept_suggestions_marks_anchors_suggested(tmp_path, capsys, monkeypatch):
    story = {
        "a.txt": "Ferry service resumes\n\ndate 2019-06-14\n\nThe island ferry resumed service "
                 "on Wednesday after a strike that lasted three weeks, the operator said.",
        "b.txt": "Ferry service resumes\n\ndate 2020-08-02\n\nThe island ferry resumed service "
                 "on Wednesday after a strike that lasted three weeks, the operator said.",
        "c.txt": "Ferries sail again as strike ends\n\ndate 2019-06-13\n\nPassengers boarded the "
                 "island ferry on Wednesday as service resumed after a three-week strike.",
    }
    for name, text in story.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    code, out, err = _run(capsys, monkeypatch, ["anchors", str(tmp_path), "--json",
                                                "--accept-suggestions"])
    assert code == 0, err
    rows = {r["article_id"]: r for r in json.loads(out)}
    assert rows["b"]["anchor_source"] == "suggested"
    assert abs(int(rows["b"]["anchor"][-2:]) - 14) <= 3 and rows["b"]["anchor"][:7] == "2019-06"
    assert rows["a"]["anchor_source"] == rows["c"]["anchor_source"] == "detected"


def test_a_parquet_table_exports_back_to_the_same_csv(tmp_path, capsys, monkeypatch):
    first, table, again = tmp_path / "a.csv", tmp_path / "events", tmp_path / "b.csv"
    code, _, err = _run(capsys, monkeypatch, ["export", str(seeds_dir()), "--csv", str(first),
                                              "--parquet", str(table)])
    assert code == 0, err
    code, _, err = _run(capsys, monkeypatch, ["export", "--project", str(table),
                                              "--csv", str(again)])
    assert code == 0, err
    with first.open(encoding="utf-8") as a, again.open(encoding="utf-8") as b:
        kept = [r for r in csv.DictReader(a) if r["role"] == "mention"]  # (Parquet holds events)
        assert list(csv.DictReader(b)) == kept
    code, _, err = _run(capsys, monkeypatch, ["export", str(table), "--anchor", "a=2020-01-01",
                                              "--csv", str(again)])
    assert code == 2 and "Parquet" in err


def test_archive_anchor_reports_are_asked_of_the_workers_and_written(tmp_path, capsys, monkeypatch):
    from timeline_app.core.story import archive_run

    asked = {}
    report = {"article_id": "b", "problems": [{"kind": "missing", "detail": "no date"}],
              "suggestion": None}  # fmt: skip

    def fake(paths, output, **kwargs):
        asked.update(kwargs, paths=paths)
        return archive_run.ArchiveRun(str(output), files=2, articles=2, events=5, clusters=4,
                                      anchor_reports={"b": report})  # fmt: skip

    monkeypatch.setattr(archive_run, "run_archive", fake)
    out = tmp_path / "anchors.json"
    argv = ["export", "--engine", "dask", "--parquet", str(tmp_path / "events"),
            "--anchor-reports", str(out), "s3://news/articles"]  # fmt: skip
    code, stdout, err = _run(capsys, monkeypatch, argv)
    assert code == 0, err
    assert asked["anchors"] is True and asked["paths"] == ["s3://news/articles"]
    assert json.loads(out.read_text(encoding="utf-8")) == [report]
    code, stdout, _ = _run(capsys, monkeypatch, [*argv[:-2], "-", "s3://news/articles"])
    assert code == 0 and json.loads(stdout) == [report]
    asked.clear()
    code, _, _ = _run(capsys, monkeypatch, argv[:5] + ["s3://news/articles"])
    assert code == 0 and asked["anchors"] is False  # not asked, not checked


def test_anchor_reports_outside_an_archive_run_is_bad_usage(tmp_path, capsys, monkeypatch):
    code, _, err = _run(capsys, monkeypatch, ["export", str(seeds_dir()), "--csv",
                                              str(tmp_path / "x.csv"), "--anchor-reports", "-"])
    assert code == 2 and "--anchor-reports" in err
