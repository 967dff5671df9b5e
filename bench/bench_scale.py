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
                                [--dir FOLDER] [--files-per-part 64]
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


def upload(folder: Path, bucket: str, subset: int) -> list[Path]:
    """The corpus to ``s3://bucket/articles`` and its first ``subset`` files to ``.../subset``."""
    import s3fs

    fs = s3fs.S3FileSystem(skip_instance_cache=True)
    fs.mkdir(bucket)
    files = sorted(folder.iterdir())
    t = time.perf_counter()
    fs.put([str(f) for f in files], f"{bucket}/articles/")
    fs.put([str(f) for f in files[:subset]], f"{bucket}/subset/")
    print(f"uploaded {len(files):,} files in {time.perf_counter() - t:.1f} s", flush=True)
    return files[:subset]


def child_run(inputs: str, output: str, workers: int, memory: str, per: int) -> dict:
    """One archive run in this (fresh) process: what it measured."""
    from timeline_app.core.story.archive_run import run_archive
    from timeline_app.core.story.engines import dask_client

    t = time.perf_counter()
    with dask_client(None, workers, memory_limit=memory) as client:
        startup = time.perf_counter() - t
        cpu0, worker_cpu0 = _cpu(), sum(client.run(_cpu).values())
        t = time.perf_counter()
        run = run_archive([inputs], output, client=client, files_per_part=per)
        wall = time.perf_counter() - t
        worker_cpu = sum(client.run(_cpu).values()) - worker_cpu0
        worker_peaks = sorted(client.run(_peak_mib).values())
    return {
        "startup": startup, "wall": wall, "client_cpu": _cpu() - cpu0,
        "worker_cpu": worker_cpu, "client_peak_mib": _peak_mib(), "worker_peak_mib": worker_peaks,
        "files": run.files, "articles": run.articles, "events": run.events,
        "clusters": run.clusters, "parts": run.parts, "windows": run.windows,
        "problems": len(run.problems), "stage_cpu": run.cpu,
    }  # fmt: skip


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
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{args[0]} failed:\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(big: dict, small: dict, equal: bool, reference: dict) -> None:
    print(f"\narchive run: {big['files']:,} files, {big['articles']:,} articles, "
          f"{big['events']:,} events in {big['clusters']:,} clusters; {big['parts']} parts, "
          f"{big['windows']} windows; {big['problems']} problems")  # fmt: skip
    print(f"  wall {big['wall']:.1f} s (cluster start {big['startup']:.1f} s); "
          f"{big['articles'] / big['wall']:.1f} articles/s")  # fmt: skip
    ok = "under" if big["client_peak_mib"] < CLIENT_BUDGET_MIB else "OVER"
    print(f"  client peak {big['client_peak_mib']:.0f} MiB ({ok} {CLIENT_BUDGET_MIB} MiB); "
          f"workers' peaks {', '.join(f'{p:.0f}' for p in big['worker_peak_mib'])} MiB")  # fmt: skip
    print(f"  CPU: workers {big['worker_cpu']:.1f} s, client {big['client_cpu']:.1f} s; by stage "
          "(workers' sum):")  # fmt: skip
    for stage, seconds in big["stage_cpu"].items():
        print(f"    {stage:8} {seconds:8.1f} s")
    print(f"subset of {small['articles']:,} articles: dask {small['wall']:.1f} s, default engine "
          f"{reference['wall']:.1f} s; events tables equal: {equal} "
          f"({small['events']:,} and {reference['events']:,} events)")  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100_000, help="articles to generate")
    parser.add_argument("--subset", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--worker-memory", default="1GiB")
    parser.add_argument("--files-per-part", type=int, default=64)
    parser.add_argument("--dir", type=Path, help="use this folder of articles instead")
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
    print(f"corpus {folder}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}")
    server, endpoint = start_s3()
    env = {**os.environ, **AWS, "AWS_ENDPOINT_URL": endpoint}
    os.environ.update(AWS, AWS_ENDPOINT_URL=endpoint)
    scratch = Path(tempfile.mkdtemp(prefix="bench_scale_"))
    try:
        subset = upload(folder, "bench", args.subset)
        common = [str(args.workers), args.worker_memory, str(args.files_per_part)]
        big = run_child(env, "run", "s3://bench/articles", "s3://bench/events", *common)
        print(f"  archive run: {big['wall']:.1f} s", flush=True)
        small = run_child(env, "run", "s3://bench/subset", "s3://bench/subset-events", *common)
        reference = run_child(env, "default", str(scratch / "ref"), *map(str, subset))
        from timeline_app.core.storage.parquet import read_parquet

        equal = read_parquet("s3://bench/subset-events").equals(read_parquet(scratch / "ref"))
        report(big, small, equal, reference)
    finally:
        server.kill()
        server.wait()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
