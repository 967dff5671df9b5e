"""Fuzz the temporal tagger for N seconds: crashes, broken invariants and very slow inputs.

    python bench/fuzz_tagger.py --seconds 60                 # random-mutation loop (always works)
    python bench/fuzz_tagger.py --seconds 60 --engine atheris   # coverage-guided, if installed

Each input is tagged against an anchor and a ``prefer`` drawn from the input itself. A finding is
an exception, a mention whose offsets or text do not match the input, a value that is not TIMEX3,
an empty interval, a second run that differs, or an input slower than ``--slow`` seconds. Findings
are written to ``--out`` (default ``$TMPDIR/timeline-fuzz-findings/``) as JSON, one file each, and the run
exits 1 if there was any. The mutation loop is reproducible: ``--seed`` fixes every choice.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
import traceback
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.robustness.timex import MODS, is_timex_value  # noqa: E402
from timeline_app.core.temporal import tag  # noqa: E402

FRAGMENTS = [
    "January", "Feb.", "March", "Sept.", "December", "Smarch", "Monday", "Wed.", "Sunday",
    "yesterday", "today", "tomorrow", "tonight", "last week", "next month", "this year",
    "two years ago", "in 3 days", "the 1990s", "the '90s", "the 19th century", "3000 BC", "AD 1",
    "Q3", "H1", "fiscal 2024", "spring", "late 2023", "early June", "mid-October", "the 45th",
    "February 30", "32/13/2020", "2023-10-18", "10/18/2023", "18.10.2023", "9999", "0000",
    "99999", "10:30 a.m.", "23:59", "noon", "every week", "daily", "for three years", "since 2001",
    "until Friday", "by the end of the year", "Christmas", "Easter 2024", "the weekend",
    "a decade ago", "next Tuesday", "the following day", "that morning", "earlier this month",
]  # fmt: skip
JUNK = ["\n", "\n\n", "\t", " ", ",", ".", ";", "-", "–", "/", "'", "’", "(", ")", '"', "\u200b",
        "\u00a0", "\u202e", "é", "ß", "🙂", "\x00", "\ufffd", "0", "1", "31", "2023"]  # fmt: skip
ANCHORS = [None, date(2023, 10, 18), date(1, 1, 1), date(9999, 12, 31), date(1900, 2, 28),
           datetime(2023, 10, 18, 23, 30, tzinfo=timezone(timedelta(hours=-5)))]  # fmt: skip


def seed_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return [t[:4000] for t in texts] + ["", " ".join(FRAGMENTS)]


def mutate(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 6)):
        choice = rng.random()
        pos = rng.randint(0, len(text))
        if choice < 0.35:
            text = text[:pos] + " " + rng.choice(FRAGMENTS) + " " + text[pos:]
        elif choice < 0.5:
            text = text[:pos] + rng.choice(JUNK) + text[pos:]
        elif choice < 0.65 and text:
            end = min(len(text), pos + rng.randint(1, 40))
            text = text[:pos] + text[end:]
        elif choice < 0.75 and text:
            end = min(len(text), pos + rng.randint(1, 80))
            text = text[:pos] + text[pos:end] * rng.randint(2, 4) + text[end:]
        elif choice < 0.85:
            text = (
                text[:pos]
                + str(rng.choice([rng.randint(0, 40), rng.randint(0, 100_000)]))
                + text[pos:]
            )
        elif choice < 0.95 and text:
            i = rng.randrange(len(text))
            text = (
                text[:i]
                + chr(rng.choice([rng.randint(32, 126), rng.randint(0x80, 0x2FFF)]))
                + text[i + 1 :]
            )
        else:
            text = text.upper() if rng.random() < 0.5 else text.lower()
    return text[:20_000]


def check(text: str, anchor, prefer: str) -> str | None:
    """None if the tagger behaves; else what went wrong."""
    try:
        mentions = tag(text, anchor, prefer=prefer)
    except Exception:  # noqa: BLE001 - that is the finding
        return "exception: " + traceback.format_exc(limit=-4)
    last = 0
    for m in mentions:
        if not (0 <= m.start < m.end <= len(text)) or text[m.start : m.end] != m.text:
            return f"offsets: {m!r}"
        if m.start < last:
            return f"overlap or order: {m!r}"
        last = m.end
        if not is_timex_value(m.value, m.type):
            return f"not TIMEX3: {m.type} {m.value!r} for {m.text!r}"
        if m.mod not in MODS:
            return f"unknown mod {m.mod!r}"
        if m.interval is not None and not m.interval.begin < m.interval.end:
            return f"empty interval: {m!r}"
    if tag(text, anchor, prefer=prefer) != mentions:
        return "not deterministic"
    return None


def record(out: Path, text: str, anchor, prefer: str, problem: str) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha256(f"{text}|{anchor}|{prefer}".encode("utf-8", "surrogatepass")).hexdigest()[
        :16
    ]
    path = out / f"{key}.json"
    path.write_text(json.dumps({"text": text, "anchor": str(anchor) if anchor else None,
                                "prefer": prefer, "problem": problem}, ensure_ascii=False, indent=1),
                    encoding="utf-8")  # fmt: skip
    return path


def run_mutation(seconds: float, seed: int, slow: float, out: Path) -> int:
    rng = random.Random(seed)
    pool = seed_texts()
    runs = findings = 0
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        text = mutate(rng, rng.choice(pool))
        anchor, prefer = rng.choice(ANCHORS), rng.choice(["past", "future"])
        started = time.monotonic()
        problem = check(text, anchor, prefer)
        took = time.monotonic() - started
        if problem is None and took > slow:
            problem = f"slow: {took:.1f} s for {len(text)} characters"
        runs += 1
        if problem:
            findings += 1
            print(
                f"finding {findings}: {problem.splitlines()[-1][:160]} -> {record(out, text, anchor, prefer, problem)}"
            )
        elif rng.random() < 0.05 and len(pool) < 500:
            pool.append(text)  # keep some survivors to mutate further
    print(f"{runs} inputs in {seconds:.0f} s, {findings} findings (seed {seed})")
    return 1 if findings else 0


def run_atheris(seconds: float, out: Path) -> int:
    import atheris  # noqa: PLC0415 - optional

    def one_input(data: bytes) -> None:
        fdp = atheris.FuzzedDataProvider(data)
        anchor = ANCHORS[fdp.ConsumeIntInRange(0, len(ANCHORS) - 1)]
        prefer = "future" if fdp.ConsumeBool() else "past"
        text = fdp.ConsumeUnicodeNoSurrogates(4096)
        problem = check(text, anchor, prefer)
        if problem:
            record(out, text, anchor, prefer, problem)
            raise RuntimeError(problem)

    argv = [sys.argv[0], f"-max_total_time={int(seconds)}", "-rss_limit_mb=4096"]
    atheris.instrument_all()
    atheris.Setup(argv, one_input)
    atheris.Fuzz()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--slow", type=float, default=5.0, help="flag inputs slower than this")
    parser.add_argument("--engine", choices=("mutation", "atheris"), default="mutation")
    parser.add_argument(
        "--out", type=Path, default=Path(tempfile.gettempdir()) / "timeline-fuzz-findings"
    )
    args = parser.parse_args(argv)
    if args.engine == "atheris":
        try:
            import atheris  # noqa: F401, PLC0415
        except ImportError:
            print("atheris is not installed (pip install atheris); using the mutation loop")
        else:
            return run_atheris(args.seconds, args.out)
    return run_mutation(args.seconds, args.seed, args.slow, args.out)


if __name__ == "__main__":
    raise SystemExit(main())
