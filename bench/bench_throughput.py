"""CPU throughput of ``timeline-app tag`` against dateparser and chrono-node on the same news text.

Usage: python bench/bench_throughput.py [--mb 3] [--dateparser-share 0.1] [--baseline REV]

One run, one corpus of a few MB of generated English news (``gen_corpus.generate`` articles and
``bench_tagger``'s template documents, alternately; never held-out text), written as the JSONL
that ``tag --jsonl`` reads. It measures, in CPU seconds (user + system, so a shared machine only
adds noise, never a wrong ratio):

- ours: ``python -m timeline_app tag --jsonl`` as a fresh process over the whole corpus
  (start-up, language detection and JSON included), and over one short line (the fixed cost);
  the difference per MB is the warm cost. Also the same with ``--lang en`` (no language
  detection), and ``tag()`` in this process, cache cleared. As an installed app runs, after
  one untimed run on some records: byte code cached (PYTHONPYCACHEPREFIX, under
  ``~/.cache/timeline_app_bench``), the detector's model and the compiled patterns in the
  user's cache (a first run ever costs some 0.65 s more); and each stage's CPU per MB, warm
  in this process (detection, recognition, resolution, JSON);
- ``--baseline REV``: the same fresh process on a checkout of git revision REV (a detached
  worktree under the system temp folder, its own rules folder), and a golden check that its
  output is byte-identical to ours (give the fork point, ``git merge-base HEAD main``, when
  main has moved on);
- ``dateparser.search.search_dates`` in this process (import and warm-up excluded) on every
  n-th document (``--dateparser-share``), its time scaled up to the whole corpus by size;
- chrono-node's ``chrono.parse`` in a fresh ``node`` process over the same records (with each
  record's anchor as the reference date), and over one short line. chrono-node is installed by
  npm into ``~/.cache/timeline_app_bench/chrono`` on first use; without node or npm it is
  skipped with a message.

Prints ratios (how many times faster ours is). A script that prints, not a timed test.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

BENCH_CACHE = Path.home() / ".cache" / "timeline_app_bench"
CHRONO_HOME = BENCH_CACHE / "chrono"
CHRONO_JS = r"""
const fs = require('fs');
const chrono = require('chrono-node');
let found = 0;
for (const line of fs.readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const rec = JSON.parse(line);
  found += chrono.parse(rec.text, new Date(rec.anchor + 'T12:00:00Z')).length;
}
console.log(found);
"""
# Runs the command line of another checkout: the installed (editable) finder would otherwise
# hand it this worktree's package data (the rules) instead of its own.
BOOT = ("import sys; sys.meta_path[:] = [f for f in sys.meta_path "
        "if '__editable__' not in getattr(f, '__module__', '') + repr(f)]; "
        "sys.path.insert(0, sys.argv.pop(1)); "
        "from timeline_app.cli import main; raise SystemExit(main(sys.argv[1:]))")
SHORT = json.dumps({"id": "short", "text": "On Wednesday, Oct. 18, 2023.", "anchor": "2023-10-19"})


def build_corpus(target_bytes: int, seed: int) -> list[dict]:
    """JSONL records ``{"id", "text", "anchor"}``: generated articles and template documents."""
    import gen_corpus
    from bench_tagger import build_corpus as template_docs

    half = target_bytes // 2
    records: list[dict] = []
    size = 0
    articles = iter(gen_corpus.generate(max(1, half // 2500), seed=seed))
    for art in articles:
        if size >= half:
            break
        anchor = art.published or date(2020, 1, 1)
        records.append({"id": art.id, "text": art.text, "anchor": anchor.isoformat()})
        size += len(art.text)
    for i, (text, anchor) in enumerate(template_docs(target_bytes - size, seed)):
        records.append({"id": f"t{i:05d}", "text": text, "anchor": anchor.isoformat()})
    # alternate the two kinds, as a folder of mixed sources would
    gen = [r for r in records if not r["id"].startswith("t")]
    tpl = [r for r in records if r["id"].startswith("t")]
    mixed = [r for pair in zip(gen, tpl, strict=False) for r in pair]
    longer = gen if len(gen) > len(tpl) else tpl
    return mixed + longer[min(len(gen), len(tpl)):]


def write_corpus(work: Path, mb: float, seed: int) -> tuple[list[dict], Path, Path, float]:
    """The corpus (``corpus.jsonl``) and the one short line (``short.jsonl``) in ``work``.

    With the records and the MB of text they hold.
    """
    records = build_corpus(int(mb * 1_000_000), seed)
    corpus, short = work / "corpus.jsonl", work / "short.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                      encoding="utf-8")
    short.write_text(SHORT + "\n", encoding="utf-8")
    return records, corpus, short, sum(len(r["text"].encode()) for r in records) / 1e6


def _child_env() -> dict[str, str]:
    """As an installed app runs: byte code cached (kept outside the checkouts)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(BENCH_CACHE / "pycache")
    env["NODE_PATH"] = str(CHRONO_HOME / "node_modules")
    return env


def child_cpu(cmd: list[str], stdin: Path, stdout: Path | None = None,
              cwd: Path | None = None) -> float:
    """CPU seconds (user + system) of a fresh process running ``cmd`` on ``stdin``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(stdin, "rb") as fin, open(stdout or os.devnull, "wb") as fout:
        subprocess.run(cmd, stdin=fin, stdout=fout, stderr=subprocess.PIPE, check=True, cwd=cwd,
                       env=_child_env())
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def fresh_runs(cmd: list[str], corpus: Path, short: Path, out: Path, rounds: int,
               cwd: Path | None = None) -> tuple[float, float]:
    """Best CPU seconds of ``cmd`` over the corpus (output kept in ``out``) and over one line.

    One untimed run on the corpus's first records first writes the byte code and the caches a
    second run of the app finds.
    """
    warm = corpus.with_name("warm-up.jsonl")
    if not warm.exists():
        with open(corpus, encoding="utf-8") as lines:
            first = [line for _, line in zip(range(50), lines, strict=False)]
        warm.write_text("".join(first), encoding="utf-8")
    child_cpu(cmd, warm, None, cwd)
    full = min(child_cpu(cmd, corpus, out, cwd) for _ in range(rounds))
    fixed = min(child_cpu(cmd, short, None, cwd) for _ in range(max(rounds, 3)))
    return full, fixed


def baseline_checkout(rev: str) -> Path:
    """A detached worktree of ``rev`` (made once, reused while it exists)."""
    sha = subprocess.run(["git", "rev-parse", rev], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.strip()
    where = Path(tempfile.gettempdir()) / f"timeline_app_baseline_{sha[:12]}"
    if not where.exists():
        subprocess.run(["git", "worktree", "add", "--detach", str(where), sha], cwd=ROOT,
                       capture_output=True, check=True)
    return where


def chrono_ready() -> str | None:
    """None when chrono-node can run here, else why not."""
    if shutil.which("node") is None:
        return "node is not installed"
    if (CHRONO_HOME / "node_modules" / "chrono-node").is_dir():
        return None
    if shutil.which("npm") is None:
        return "npm is not installed (needed once, to fetch chrono-node)"
    CHRONO_HOME.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent",
                           "chrono-node"], cwd=CHRONO_HOME, capture_output=True, text=True)
    if done.returncode != 0:
        return f"npm install chrono-node failed: {done.stderr.strip()[:200]}"
    return None


def dateparser_cpu(records: list[dict], share: float) -> tuple[float, int, int]:
    """CPU seconds of ``search_dates`` on every n-th record, its bytes, and the dates found."""
    from dateparser.search import search_dates  # imported here: slow to import, not timed

    step = max(1, round(1 / share))
    sample = records[::step]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        search_dates("warm up on Oct. 18, 2023", languages=["en"])
        found = 0
        t0 = time.process_time()
        for rec in sample:
            base = datetime.fromisoformat(rec["anchor"])
            found += len(search_dates(rec["text"], languages=["en"],
                                      settings={"RELATIVE_BASE": base}) or [])
        spent = time.process_time() - t0
    return spent, sum(len(r["text"].encode()) for r in sample), found


def warm_in_process(records: list[dict]) -> tuple[float, int]:
    """CPU seconds of ``tag()`` over every record in this process (parse cache cleared)."""
    from timeline_app.core.temporal import recognition, tag

    tag("warm up on Oct. 18, 2023.", date(2023, 10, 19))
    recognition.clear_cache()
    t0 = time.process_time()
    found = sum(len(tag(r["text"], date.fromisoformat(r["anchor"]))) for r in records)
    return time.process_time() - t0, found


def stages(records: list[dict]) -> None:
    """Where a warm run's CPU goes, per MB: each stage of ``tag --jsonl`` over every record.

    In this process, as the command runs a batch: languages detected (the detector loaded
    first), texts recognised (parse cache cleared), parses resolved, mentions written as JSON.
    """
    from timeline_app import cli
    from timeline_app.core.temporal import recognition

    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    cli._tag_read(cli._read_record(lines[0], None, "past"))  # loads the detector and grammar
    recognition.clear_cache()
    spent = {}
    t0 = time.process_time()
    read = [cli._read_record(line, None, "past") for line in lines]
    spent["detection (and reading)"] = time.process_time() - t0
    t0 = time.process_time()
    cli._recognise_ahead(read)
    spent["recognition"] = time.process_time() - t0
    t0 = time.process_time()
    out = [cli._tag_read(r) for r in read]
    spent["resolution (to dicts)"] = time.process_time() - t0
    t0 = time.process_time()
    for row in out:
        cli._json_line(row)
    spent["JSON"] = time.process_time() - t0
    mb = sum(len(r["text"].encode()) for r in records) / 1e6
    print("ours, stages warm in this process, CPU s per MB: "
          + ", ".join(f"{name} {seconds / mb:.3f}" for name, seconds in spent.items()))


def prefilters(records: list[dict], share: float = 0.2, rounds: int = 3) -> None:
    """Recognition's CPU on a sample with each speed-up of the grammar turned off, one at a time.

    The native rule filter (``rule_filter``: only the rules Hyperscan finds possible in the text
    run) and the trigger windows (each rule runs only near its trigger words). (The needed-text
    test of each window and the look-ahead for a pattern's first characters were measured here
    too, and removed when neither paid beyond this measure's noise.)
    """
    from timeline_app.core.temporal import recognition

    texts = [r["text"] for r in records[::max(1, round(1 / share))]]

    def run(**kw) -> tuple[float, list]:
        best, found = float("inf"), []
        for _ in range(rounds):
            t0 = time.process_time()
            found = [[(c[0], c[1], c[2].id) for c in recognition._candidates(text, **kw)]
                     for text in texts]
            best = min(best, time.process_time() - t0)
        return best, found

    both, found = run()
    no_filter, found_nf = run(prefilter=False)
    no_windows, found_nw = run(scan_all=True)
    same = found == found_nf == found_nw
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"recognition pre-filters, CPU s per MB (best of {rounds} on {mb:.2f} MB; same "
          f"matches every way: {same}):")
    print(f"  all on {both / mb:.3f}; without the native rule filter {no_filter / mb:.3f} (pays "
          f"{(no_filter - both) / mb:.3f} s/MB); without windows {no_windows / mb:.3f} (pays "
          f"{no_windows / both:.1f}x)")


def _rate(seconds: float, mb: float) -> str:
    return f"{seconds:7.2f} s CPU  {mb / seconds if seconds else float('inf'):6.2f} MB/s"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=3.0, help="corpus size in MB")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--dateparser-share", type=float, default=0.1,
                    help="share of the documents given to dateparser (scaled up)")
    ap.add_argument("--baseline", metavar="REV", help="git revision to compare against")
    ap.add_argument("--rounds", type=int, default=1, help="fresh runs over the corpus (best kept)")
    ap.add_argument("--keep", metavar="DIR", type=Path, help="keep the corpus and outputs here")
    args = ap.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="bench_throughput_"))
    work.mkdir(parents=True, exist_ok=True)
    records, corpus, short, mb = write_corpus(work, args.mb, args.seed)
    print(f"corpus: {len(records)} documents, {mb:.2f} MB of text "
          f"({corpus.stat().st_size / 1e6:.2f} MB as JSONL)")

    ours_cmd = [sys.executable, "-m", "timeline_app", "tag", "--jsonl"]
    ours, ours_fixed = fresh_runs(ours_cmd, corpus, short, work / "ours.jsonl", args.rounds, ROOT)
    ours_mb = (ours - ours_fixed) / mb
    print(f"ours, fresh `timeline-app tag --jsonl`:  {_rate(ours, mb)}  "
          f"(start-up {ours_fixed:.2f} s, then {ours_mb:.2f} s per MB)")
    told = min(child_cpu([*ours_cmd, "--lang", "en"], corpus, None, ROOT)
               for _ in range(args.rounds))
    print(f"  the same with --lang en (no language detection): {_rate(told, mb)}  "
          f"(detection costs {(ours - told) / mb:.2f} s per MB)")
    base = base_mb = None
    if args.baseline:
        base_root = baseline_checkout(args.baseline)
        base_cmd = [sys.executable, "-c", BOOT, str(base_root), "tag", "--jsonl"]
        base, base_fixed = fresh_runs(base_cmd, corpus, short, work / "base.jsonl", args.rounds,
                                      base_root)
        base_mb = (base - base_fixed) / mb
        print(f"baseline {args.baseline}, same command: {_rate(base, mb)}  "
              f"(start-up {base_fixed:.2f} s, then {base_mb:.2f} s per MB)")
        print(f"  ours / baseline speed-up: whole run {base / ours:.2f}x, start-up "
              f"{base_fixed / ours_fixed:.2f}x, per MB {base_mb / ours_mb:.2f}x")
        same = (work / "ours.jsonl").read_bytes() == (work / "base.jsonl").read_bytes()
        lines = (work / "ours.jsonl").read_text(encoding="utf-8").count("\n")
        print(f"  golden: output {'byte-identical' if same else 'DIFFERS'} "
              f"({lines} records, {(work / 'ours.jsonl').stat().st_size / 1e6:.2f} MB)")
    warm, mentions = warm_in_process(records)
    print(f"ours, tag() warm in this process:        {_rate(warm, mb)}  {mentions} mentions")
    stages(records)
    prefilters(records)

    spent, sample_bytes, found = dateparser_cpu(records, args.dateparser_share)
    theirs = spent * mb * 1e6 / sample_bytes
    print(f"dateparser search_dates (in process):    {_rate(theirs, mb)}  scaled from "
          f"{spent:.2f} s on {sample_bytes / 1e6:.2f} MB ({found} dates), import not counted")
    print(f"  ratio dateparser / ours: fresh run {theirs / ours:.1f}x, warm {theirs / warm:.1f}x "
          f"(goal >= 20x)")
    if base is not None:
        print(f"  ratio dateparser / baseline {args.baseline}: fresh run {theirs / base:.1f}x")

    why_not = chrono_ready()
    if why_not:
        print(f"chrono-node: skipped, {why_not}")
        return 0
    script = work / "chrono_bench.js"
    script.write_text(CHRONO_JS, encoding="utf-8")
    node = ["node", str(script)]
    child_cpu([*node, str(short)], short)  # warm the file cache as for ours
    chrono = min(child_cpu([*node, str(corpus)], short) for _ in range(args.rounds))
    chrono_fixed = min(child_cpu([*node, str(short)], short) for _ in range(3))
    chrono_mb = (chrono - chrono_fixed) / mb
    print(f"chrono-node chrono.parse (fresh node):   {_rate(chrono, mb)}  "
          f"(start-up {chrono_fixed:.2f} s, then {chrono_mb:.2f} s per MB)")
    print(f"  ratio chrono / ours: fresh run {chrono / ours:.2f}x, per MB "
          f"{chrono_mb / ours_mb:.2f}x, start-up {chrono_fixed / ours_fixed:.2f}x (goal >= 1x)")
    if base is not None and base_mb is not None:
        print(f"  ratio chrono / baseline {args.baseline}: fresh run {chrono / base:.2f}x, per MB "
              f"{chrono_mb / base_mb:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
