"""``bench/fuzz_tagger.py`` runs for the time it is given and reports findings as JSON files."""

from __future__ import annotations

import importlib.util
import json
import time
from datetime import date
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "fuzz_tagger.py"


@pytest.fixture(scope="module")
def fuzz():
    spec = importlib.util.spec_from_file_location("fuzz_tagger", BENCH)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_the_loop_stops_on_time_and_summarizes(fuzz, tmp_path: Path, capsys) -> None:
    started = time.monotonic()
    code = fuzz.main(["--seconds", "1.5", "--seed", "7", "--out", str(tmp_path)])
    assert time.monotonic() - started < 15
    out = capsys.readouterr().out
    assert "inputs in" in out and "(seed 7)" in out
    findings = list(tmp_path.glob("*.json"))
    assert code == (1 if findings else 0)
    for path in findings:
        record = json.loads(path.read_text(encoding="utf-8"))
        assert set(record) == {"text", "anchor", "prefer", "problem"}


def test_mutations_are_reproducible(fuzz) -> None:
    import random

    a = [fuzz.mutate(random.Random(3), "On 18 October 2023 they met.") for _ in range(5)]
    b = [fuzz.mutate(random.Random(3), "On 18 October 2023 they met.") for _ in range(5)]
    assert a == b


def test_check_passes_good_output_and_catches_a_crash(fuzz, monkeypatch) -> None:
    assert fuzz.check("They met on 18 October 2023.", date(2023, 10, 19), "past") is None

    def boom(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(fuzz, "tag", boom)
    problem = fuzz.check("x", None, "past")
    assert (
        problem is not None and problem.startswith("exception") and "ZeroDivisionError" in problem
    )
