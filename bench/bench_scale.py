"""An archive in S3 through the Dask engine: does it finish, in how much client memory, and right?

A generated corpus (``bench/gen_corpus.py``, cached) is put in a bucket of an S3-compatible server
on loopback (``moto`` in server mode, its own process), then ``run_archive`` reads, analyzes,
merges and writes it back as a Parquet events table, on a LocalCluster of ``--workers`` worker
processes with ``--worker-memory`` each, from a fresh client process. Printed: wall time, the
client's peak memory (the process running the scheduler, the nannies and the client), each
worker's, and CPU by stage (summed over the workers). Then the same run on the first
``--subset`` articles, and the default engine (``load`` + ``assemble`` + ``write_parquet``) on
those files read from disk: the two tables must be equal.

    python bench/bench_scale.py [-n 100000] [--subset 2000] [--workers 2] [--worker-memory 1GiB]
                                [--dir FOLDER] [--files-per-part N] [--endpoint URL] [--upload-only]
                                [--resume] [--per-file N]

The archive is JSON Lines files of ``--per-file`` articles (100: a crawl's dumps), 1,000 objects
for 100,000 articles; ``--per-file 1`` makes it a ``.txt`` object per article. Each object costs
a GET: at 3,000 articles a file each, moto's server took 18.9 s of CPU and the workers' reads
30.7 s (the machine's load 13), in files of 100 2.4 and 17.2 s (load 17): some 8 ms of CPU a
request on this machine, which a real store's servers would not take from the workers' cores.

Filling the bucket is not part of the measured run and takes long at 100,000 files (moto stores
some 50 a second here): ``--endpoint`` uses an S3 server already running (``python -m
moto.server -H 127.0.0.1 -p PORT``), filled once by ``--upload-only`` and not again while it
holds the corpus; the run's outputs there are removed before each run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_load import cached_corpus  # noqa: E402

CLIENT_BUDGET_MIB = 500
AWS = {
    "AWS_ACCESS_KEY_ID": "bench",
    "AWS_SECRET_ACCESS_KEY": "bench",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_EC2_METADATA_DISABLED": "true",
}


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _proc_cpu(pid: int) -> float:
    """User and system seconds of process ``pid`` so far (the S3 server's, from /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_s3() -> tuple[subprocess.Popen, str]:
    """The S3 server of moto in its own process, on loopback only."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return server, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the S3 server did not start")


def _count(fs, prefix: str) -> int:
    return len(fs.find(prefix)) if fs.exists(prefix) else 0


def sharded(folder: Path, per: int) -> Path:
    """The corpus's articles as JSON Lines files of ``per`` records each (made once, cached).

    A record is ``{"id": the file's name, "text": its text}``: the article a ``.txt`` file
    gives. Archives often come so (a crawl's dumps); here it spares the S3 server a request
    per article, which moto on this shared machine serves at some 20 a second under load.
    """
    files = sorted(folder.iterdir())
    out = folder.parent / f"jsonl{per}"
    count = -(-len(files) // per)
    if out.exists() and len(list(out.iterdir())) == count:
        return out
    out.mkdir(exist_ok=True)
    for k in range(count):
        lines = [json.dumps({"id": f.stem, "text": f.read_text(encoding="utf-8")})
                 for f in files[k * per : (k + 1) * per]]  # fmt: skip
        (out / f"shard-{k:05d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def upload(folder: Path, bucket: str, subset: int, keep: bool = False) -> list[Path]:
    """The corpus to ``s3://bucket/articles`` and its first ``subset`` files to ``.../subset``.

    A bucket that already holds as many files (a running server's, ``--endpoint``) is kept; the
    outputs of an earlier run there are removed, unless ``keep`` (the run then resumes from
    the parts and windows the stopped one wrote).
    """
    import s3fs

    fs = s3fs.S3FileSystem(skip_instance_cache=True)
    if not fs.exists(bucket):
        fs.mkdir(bucket)
    files = sorted(folder.iterdir())
    t = time.perf_counter()
    for prefix, batch in (("articles", files), ("subset", files[:subset])):
        if _count(fs, f"{bucket}/{prefix}") != len(batch):
            if fs.exists(f"{bucket}/{prefix}"):
                fs.rm(f"{bucket}/{prefix}", recursive=True)
            fs.put([str(f) for f in batch], f"{bucket}/{prefix}/")
            fs.invalidate_cache()
    if _count(fs, f"{bucket}/articles") != len(files):
        raise SystemExit(f"the bucket holds {_count(fs, f'{bucket}/articles')} files, not {len(files)}")
    for output in () if keep else ("events", "subset-events"):
        if fs.exists(f"{bucket}/{output}"):
            fs.rm(f"{bucket}/{output}", recursive=True)
    print(f"uploaded {len(files):,} files in {time.perf_counter() - t:.1f} s", flush=True)
    return files[:subset]


def child_run(inputs: str, output: str, workers: int, memory: str, per: int) -> dict:
    """One archive run in this (fresh) process: what it measured."""
    from timeline_app.core.story.archive_run import run_archive
    from timeline_app.core.story.engines import dask_client

    t = time.perf_counter()
    shown = ["", 0.0]

    def progress(done: int, total: int, message: str) -> None:  # on stderr, a line a minute
        stage = message.split(" of ", 1)[0].rstrip("0123456789, ")
        if stage != shown[0] or time.monotonic() - shown[1] > 60:
            shown[:] = [stage, time.monotonic()]
            print(f"  {time.strftime('%H:%M:%S')} {message or 'listed'} ({done:,} of {total:,})",
                  file=sys.stderr, flush=True)  # fmt: skip

    cluster = dask_client(None, workers, memory_limit=memory)
    client = cluster.__enter__()
    try:
        startup = time.perf_counter() - t
        cpu0, each0 = _cpu(), client.run(_cpu)
        t = time.perf_counter()
        run = run_archive([inputs], output, client=client, files_per_part=per or None,
                          progress=progress)  # fmt: skip
        wall = time.perf_counter() - t
        each = {w: c - each0.get(w, 0.0) for w, c in client.run(_cpu).items()}
        worker_cpu = sum(each.values())
        worker_peaks = sorted(client.run(_peak_mib).values())
        out = {
            "startup": startup, "wall": wall, "client_cpu": _cpu() - cpu0,
            "worker_cpu": worker_cpu, "client_peak_mib": _peak_mib(),
            "worker_peak_mib": worker_peaks, "files": run.files, "articles": run.articles,
            "events": run.events, "clusters": run.clusters, "parts": run.parts,
            "windows": run.windows, "problems": len(run.problems), "stage_cpu": run.cpu,
            "resumed_parts": run.resumed_parts, "resumed_windows": run.resumed_windows,
            "largest_window": run.largest_window, "long_events": run.long_events,
            "long_pairs": run.long_pairs, "join": run.join, "stage_wall": run.wall,
            "each_worker_cpu": sorted(each.values()),
        }  # fmt: skip
    except BaseException:
        cluster.__exit__(*sys.exc_info())
        raise
    print(json.dumps(out), flush=True)  # before the cluster's shutdown, which may time out
    try:  # on a busy machine (a nanny's join): the run's numbers are out already
        cluster.__exit__(None, None, None)
    except Exception as exc:  # noqa: BLE001
        print(f"  shutting the cluster down: {exc!r}", file=sys.stderr, flush=True)
    return out


def child_default(files: list[str], output: str) -> dict:
    """The default engine on ``files`` from disk, written as the reference table."""
    from timeline_app.core.storage.parquet import write_parquet
    from timeline_app.core.story.pipeline import load
    from timeline_app.core.story.timeline import assemble

    t = time.perf_counter()
    result = load(files)
    rows = write_parquet(assemble(result.analyses), output)
    return {"wall": time.perf_counter() - t, "events": rows}


def run_child(env: dict, *args: str) -> dict:
    cmd = [sys.executable, "-X", "faulthandler", __file__, "--child", *args]
    done = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, text=True)  # stderr: progress
    if done.returncode != 0:
        raise SystemExit(f"{args[0]} failed (its errors above)")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(big: dict) -> None:
    """The archive run's numbers, printed as soon as it ends (before the subset's run)."""
    resumed = (f"; resumed {big['resumed_parts']} parts, {big['resumed_windows']} windows"
               if big["resumed_parts"] or big["resumed_windows"] else "")  # fmt: skip
    print(f"\narchive run: {big['files']:,} files, {big['articles']:,} articles, "
          f"{big['events']:,} events in {big['clusters']:,} clusters; {big['parts']} parts, "
          f"{big['windows']} windows; {big['problems']} problems{resumed}")  # fmt: skip
    print(f"  wall {big['wall']:.1f} s (cluster start {big['startup']:.1f} s); "
          f"{big['articles'] / big['wall']:.1f} articles/s")  # fmt: skip
    ok = "under" if big["client_peak_mib"] < CLIENT_BUDGET_MIB else "OVER"
    print(f"  client peak {big['client_peak_mib']:.0f} MiB ({ok} {CLIENT_BUDGET_MIB} MiB); "
          f"workers' peaks {', '.join(f'{p:.0f}' for p in big['worker_peak_mib'])} MiB")  # fmt: skip
    print(f"  CPU: workers {big['worker_cpu']:.1f} s ("
          f"{', '.join(f'{c:.1f}' for c in big.get('each_worker_cpu', []))}), client {big['client_cpu']:.1f} s; by stage "
          "(workers' sum):")  # fmt: skip
    for stage, seconds in big["stage_cpu"].items():
        print(f"    {stage:8} {seconds:8.1f} s")
    if big.get("server_cpu") is not None:
        print(f"  S3 server (moto) CPU {big['server_cpu']:.1f} s; machine load average "
              f"{big.get('load', 0):.1f} at the end")  # fmt: skip
    print("  wall by stage (the client's view): " + ", ".join(
        f"{stage} {seconds:.1f} s" for stage, seconds in big.get("stage_wall", {}).items()))  # fmt: skip
    events, pairs = big.get("largest_window", (0, 0))
    print(f"  largest cut window: {events:,} events scored, {pairs:,} pairs; long events apart "
          f"{big.get('long_events', 0):,}, their pairs among themselves {big.get('long_pairs', 0):,}")
    events, pairs = big.get("join", (0, 0))
    print(f"  largest group's streamed join: {events:,} events, {pairs:,} pairs")
    print(json.dumps(big), flush=True)


def report_subset(small: dict, equal: bool, reference: dict) -> None:
    print(f"subset of {small['articles']:,} articles: dask {small['wall']:.1f} s, default engine "
          f"{reference['wall']:.1f} s; events tables equal: {equal} "
          f"({small['events']:,} and {reference['events']:,} events)")  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100_000, help="articles to generate")
    parser.add_argument("--subset", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--worker-memory", default="1GiB")
    parser.add_argument("--files-per-part", type=int, default=0, help="default: run_archive's")
    parser.add_argument("--dir", type=Path, help="use this folder of articles instead")
    parser.add_argument("--per-file", type=int, default=100, metavar="N",
                        help="articles per file: JSON Lines files of N (1: a .txt file each)")
    parser.add_argument("--endpoint", help="a running S3 server (http://127.0.0.1:PORT) to use")
    parser.add_argument("--upload-only", action="store_true", help="fill the bucket and stop")
    parser.add_argument("--resume", action="store_true",
                        help="keep what a stopped run wrote at --endpoint and resume it")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, *rest = args.child
        if kind == "run":
            inputs, output, workers, memory, per = rest
            out = child_run(inputs, output, int(workers), memory, int(per))
        else:
            out = child_default(rest[1:], rest[0])
        print(json.dumps(out))
        return
    folder = args.dir or cached_corpus(args.n)
    if args.per_file > 1:  # the subset: whole files, as many articles as asked, about
        folder, args.subset = sharded(folder, args.per_file), -(-args.subset // args.per_file)
    print(f"corpus {folder}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}")
    server, endpoint = (None, args.endpoint) if args.endpoint else start_s3()
    env = {**os.environ, **AWS, "AWS_ENDPOINT_URL": endpoint}
    os.environ.update(AWS, AWS_ENDPOINT_URL=endpoint)
    scratch = Path(tempfile.mkdtemp(prefix="bench_scale_"))
    try:
        subset = upload(folder, "bench", args.subset, keep=args.resume)
        if args.upload_only:
            return
        common = [str(args.workers), args.worker_memory, str(args.files_per_part)]
        served = _proc_cpu(server.pid) if server is not None else None
        big = run_child(env, "run", "s3://bench/articles", "s3://bench/events", *common)
        if server is not None:
            big["server_cpu"] = _proc_cpu(server.pid) - served
        big["load"] = os.getloadavg()[0]
        report(big)
        small = run_child(env, "run", "s3://bench/subset", "s3://bench/subset-events", *common)
        reference = run_child(env, "default", str(scratch / "ref"), *map(str, subset))
        from timeline_app.core.storage.parquet import read_parquet

        equal = read_parquet("s3://bench/subset-events").equals(read_parquet(scratch / "ref"))
        report_subset(small, equal, reference)
    finally:
        if server is not None:
            server.kill()
            server.wait()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
