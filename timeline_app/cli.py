"""The ``timeline-app`` command line (fixed by shared/CONTRACTS.md).

``export``, ``anchors`` and ``tag`` run headless; no arguments or ``open`` start the desktop app.
Exit status: 0 success, 2 bad usage, 1 anything else; every error is one line on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

__all__ = ["main"]

PROG = "timeline-app"


class UsageError(Exception):
    """Bad usage: exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage dump
        raise UsageError(message)


def parse_iso_date(text: str) -> date:
    """An ISO 8601 date or date-time, as its calendar date (time zone as written)."""
    text = text.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"not an ISO 8601 date: {text!r}") from None


def _anchor_option(text: str) -> tuple[str, date]:
    prefix, sep, value = text.partition("=")
    if not sep or not prefix.strip():
        raise UsageError(f"--anchor takes ID=DATE, got {text!r}")
    return prefix.strip(), parse_iso_date(value)


def _build_parser() -> _Parser:
    from timeline_app import __version__

    parser = _Parser(prog=PROG, description="Reconstruct a story's chronology from news articles.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}",
                        help="print the version and exit")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p_open = sub.add_parser("open", help="open the desktop app on files, folders or a project")
    p_open.add_argument("paths", nargs="+", metavar="PATH",
                        help="article files (.txt .html .htm .json .jsonl), folders or a project")

    def corpus_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("paths", nargs="*", metavar="PATH",
                       help="article files, folders (read recursively) or a .timeline project")
        p.add_argument("--project", metavar="FILE", help="apply this project's saved corrections")
        p.add_argument("--anchor", action="append", default=[], metavar="ID=DATE",
                       help="set an article's anchor by hand (ID may be a unique prefix)")
        p.add_argument("--accept-suggestions", action="store_true",
                       help="apply every suggested anchor as a correction")
        p.add_argument("--quiet", action="store_true",
                       help="no progress on stderr (problems are still reported)")

    p_export = sub.add_parser("export", help="export the events headless")
    corpus_options(p_export)
    p_export.add_argument("--csv", metavar="FILE",
                          help="the events table as CSV ('-' for standard output)")
    p_export.add_argument("--json", metavar="FILE",
                          help="the events table as a JSON array ('-' for standard output)")
    p_export.add_argument("--timelinejs", metavar="FILE", help="Knight Lab TimelineJS JSON")
    p_export.add_argument("--timelinejs-sheet", metavar="FILE",
                          help="CSV in the columns of TimelineJS's Google Sheets template")
    p_export.add_argument("--png", metavar="FILE",
                          help="the timeline as an image (.png, or .jpg for JPEG)")
    p_export.add_argument("--svg", metavar="FILE", help="the timeline as an SVG drawing")
    p_export.add_argument("--width", type=int, default=1600, metavar="PX",
                          help="picture width in pixels, 200 to 20000 (default 1600)")
    p_export.add_argument("--title", metavar="TEXT",
                          help="the timeline's title (TimelineJS, PNG, SVG); default: project name")
    p_export.add_argument("--parquet", metavar="DIR", help="the events table as Parquet")
    p_export.add_argument("--engine", choices=("local", "dask"), default="local",
                          help="local process pool (default) or Dask")
    p_export.add_argument("--scheduler", metavar="ADDRESS",
                          help="a Dask scheduler address; without one a LocalCluster is started")
    p_export.add_argument("--workers", type=int, metavar="N",
                          help="worker processes of the LocalCluster (--engine dask)")
    p_export.add_argument("--worker-memory", metavar="SIZE",
                          help="memory limit per LocalCluster worker, e.g. 1GiB (--engine dask)")
    p_export.add_argument("--anchor-reports", metavar="FILE",
                          help="with --engine dask and only --parquet: also check the anchors on"
                               " the workers and write the reports with a problem or a"
                               " suggestion as JSON ('-' for standard output)")

    p_anchors = sub.add_parser("anchors", help="report each article's anchor and its problems")
    corpus_options(p_anchors)
    p_anchors.add_argument("--json", action="store_true", help="JSON report (the contract's)")

    p_tag = sub.add_parser("tag", help="tag temporal expressions in stdin")
    p_tag.add_argument("--anchor", metavar="DATETIME", help="the reference date (ISO 8601)")
    p_tag.add_argument("--prefer", choices=("past", "future"), default="past",
                       help="resolve ambiguous dates to the past (default) or the future")
    p_tag.add_argument("--jsonl", action="store_true", help="one JSON record per input line")
    p_tag.add_argument("--lang", metavar="CODE", help="ISO 639-1 code (else detected)")
    return parser


def _one_line(text: str) -> str:
    """Control characters (a line break in a file name) escaped: one problem, one line."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _fail(message: str) -> None:
    print(f"{PROG}: {_one_line(message)}", file=sys.stderr)


# -- headless corpus commands ------------------------------------------------------------------


def _stderr_size() -> tuple[int, int]:
    """The terminal's columns and lines, 80x24 where it says 0 (a fresh pseudo-terminal).

    tqdm hides a bar on a terminal of zero lines, and draws nothing zero columns wide.
    """
    try:
        size = os.get_terminal_size(sys.stderr.fileno())
    except (OSError, ValueError, AttributeError):
        return 80, 24
    return size.columns or 80, size.lines or 24


class _Progress:
    """Loading progress as a tqdm bar on stderr: shown on a terminal, never with ``--quiet``.

    stdout stays for the data (``--csv -``); a log that is not a terminal gets no bar, only the
    one-line problems.
    """

    def __init__(self, quiet: bool) -> None:
        self._quiet = quiet
        self._bar = None

    def __call__(self, done: int, total: int, message: str) -> None:
        if self._quiet:
            return
        if self._bar is None:
            from tqdm import tqdm

            columns, lines = _stderr_size()
            # disable=None: no bar when stderr is not a terminal
            self._bar = tqdm(total=total, file=sys.stderr, disable=None, unit="file",
                             desc="Loading", leave=False, ncols=columns, nrows=lines)
        if message:  # the file done, or the stage of a big text under way
            self._bar.set_postfix_str(message, refresh=done == self._bar.n)
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _document(args: argparse.Namespace):
    """Load PATHs (and a project) and apply the command line's corrections."""
    from timeline_app.core.errors import TimelineError
    from timeline_app.core.story import headless

    article_paths = [p for p in args.paths if not str(p).endswith(headless.PROJECT_SUFFIX)]
    projects = [p for p in args.paths if str(p).endswith(headless.PROJECT_SUFFIX)]
    if args.project:
        projects.append(args.project)
    if not article_paths and not projects:
        raise UsageError("no PATH given: name article files, folders or a project")
    engine = getattr(args, "engine", "local")
    scheduler = getattr(args, "scheduler", None)
    if scheduler and engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    progress = _Progress(getattr(args, "quiet", False))
    try:
        document = headless.open_corpus(
            article_paths, projects, engine=engine, scheduler=scheduler, progress=progress
        )
    finally:
        progress.close()
    for problem in document.problems:
        _fail(f"{'skipped ' if problem.skipped else ''}{problem.path}: {problem.message}")
    if not document.analyses:
        raise RuntimeError("no article could be loaded")
    for prefix, value in (_anchor_option(a) for a in args.anchor):
        try:
            headless.set_manual_anchor(document, prefix, value)
        except TimelineError as exc:
            raise UsageError(str(exc)) from None
    if args.accept_suggestions:
        headless.accept_suggestions(document)
    return document


def _default_title(args: argparse.Namespace) -> str:
    """The project's name (its file name without .timeline), else the one folder's, else none."""
    named = [*args.paths, *([args.project] if args.project else [])]
    projects = [p for p in named if str(p).endswith(".timeline")]
    if projects:
        return Path(projects[0]).stem
    if len(named) == 1 and Path(named[0]).is_dir():
        return Path(named[0]).resolve().name
    return "Timeline"


def _cmd_export(args: argparse.Namespace) -> int:
    outputs = (args.csv, args.json, args.timelinejs, args.timelinejs_sheet, args.png, args.svg)
    if not any((*outputs, args.parquet)):
        raise UsageError(
            "nothing to export: give --csv, --json, --timelinejs, --timelinejs-sheet, --parquet,"
            " --png or --svg"
        )
    if [args.csv, args.json].count("-") > 1:
        raise UsageError("only one of --csv and --json may write to standard output ('-')")
    if "-" in (args.timelinejs, args.timelinejs_sheet, args.png, args.svg, args.parquet):
        raise UsageError("only --csv and --json may write to standard output ('-')")
    if args.width < 200 or args.width > 20000:
        raise UsageError("--width must be between 200 and 20000 pixels")
    from timeline_app.core.storage import export

    if _archive_run(args):
        return _cmd_archive(args)
    if args.anchor_reports:
        raise UsageError("--anchor-reports needs --engine dask with --parquet and no other output")
    tables = _parquet_tables(args)
    if tables:  # an events table written by --parquet: export it again, without re-reading
        if len(tables) > 1 or len(tables) != len(args.paths) + bool(args.project):
            raise UsageError("a Parquet events table is exported on its own")
        if args.anchor or args.accept_suggestions or args.png or args.svg:
            raise UsageError("a Parquet events table takes no corrections and draws no picture")
        from timeline_app.core.storage.parquet import timeline_from_parquet

        document, timeline = None, timeline_from_parquet(tables[0])
    else:
        document = _document(args)
        timeline = document.timeline
    title = args.title if args.title is not None else _default_title(args)
    if args.csv:
        export.write_csv(timeline, sys.stdout if args.csv == "-" else args.csv)
    if args.json:
        export.write_json(timeline, sys.stdout if args.json == "-" else args.json)
    if args.timelinejs:
        export.write_timelinejs(timeline, args.timelinejs, title)
    if args.timelinejs_sheet:
        export.write_timelinejs_sheet(timeline, args.timelinejs_sheet, title)
    if args.parquet:
        from timeline_app.core.storage.parquet import write_parquet

        write_parquet(timeline, args.parquet)
    if args.png or args.svg:
        from timeline_app.gui.timeline.render import (
            ensure_gui_app,
            render_image_files,
            render_svg,
        )

        ensure_gui_app()
        if args.png:
            files = render_image_files(document, args.png, width=args.width, title=args.title)
            if len(files) > 1:
                _fail(f"the picture is too tall for one image: written as {len(files)} tiles,"
                      f" {files[0].name} to {files[-1].name}")
        if args.svg:
            render_svg(document, args.svg, width=args.width, title=args.title)
    return 0


def _archive_run(args: argparse.Namespace) -> bool:
    """``--engine dask`` with only ``--parquet``: the workers read, merge and write the table."""
    others = (args.csv, args.json, args.timelinejs, args.png, args.svg, args.project, args.anchor,
              args.accept_suggestions)  # fmt: skip
    return args.engine == "dask" and bool(args.parquet) and not any(others)


def _cmd_archive(args: argparse.Namespace) -> int:
    import signal

    from timeline_app.core.story.archive_run import run_archive

    if not args.paths:
        raise UsageError("no PATH given: name article folders, files or URLs")

    def stop(signum, _frame) -> None:  # a terminated run still shuts its LocalCluster down
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    run = run_archive(args.paths, args.parquet, scheduler=args.scheduler, workers=args.workers,
                      memory_limit=args.worker_memory,
                      anchors=bool(args.anchor_reports))  # fmt: skip
    if args.anchor_reports:  # the archive's anchor report: the articles with something to say
        from timeline_app.core.storage.atomic import write_text_atomically

        reports = list((run.anchor_reports or {}).values())

        def dump(stream) -> None:
            json.dump(reports, stream, ensure_ascii=False, indent=1)
            stream.write("\n")

        if args.anchor_reports == "-":
            dump(sys.stdout)
        else:
            write_text_atomically(args.anchor_reports, dump)
    for problem in run.problems:
        _fail(f"skipped {problem.path}: {problem.message}")
    if not run.articles:
        raise RuntimeError("no article could be loaded")
    resumed = f", {run.resumed_parts} parts resumed" if run.resumed_parts else ""
    print(f"{run.articles:,} articles, {run.events:,} events in {run.clusters:,} clusters "
          f"written to {run.output}{resumed}",
          file=sys.stderr)  # fmt: skip
    return 0


def _parquet_tables(args: argparse.Namespace) -> list[str]:
    from timeline_app.core.storage.parquet import is_parquet_table

    named = [*args.paths, *([args.project] if args.project else [])]
    return [p for p in named if is_parquet_table(p)]


def _cmd_anchors(args: argparse.Namespace) -> int:
    from timeline_app.core.story.headless import anchor_report

    report = anchor_report(_document(args))
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for row in report:
        anchor = row["anchor"] or "no anchor"
        line = f"{row['article_id']}  {anchor:<10}  {row['anchor_source']:<9}  {row['title']}"
        print(line)
        for problem in row["problems"]:
            print(f"    {problem['kind']}: {problem['detail']}")
        if row["suggestion"]:
            s = row["suggestion"]
            print(f"    suggested {s['best']} (between {s['begin']} and {s['end']})")
    return 0


# -- tagger ------------------------------------------------------------------------------------


def _tag_one(text: str, anchor: date | None, prefer: str, lang: str | None = None) -> list[dict]:
    from timeline_app.core.temporal import tag

    return [m.to_dict() for m in tag(text, anchor, prefer=prefer, lang=lang)]


def _tag_language(given: object, text: str) -> str:
    """The language given (``--lang`` or a record's ``lang``), else the one detected."""
    from timeline_app.core.ingest.language import (
        SUPPORTED_LANGUAGES,
        detect_language,
        normalize_language,
    )

    if given is None or given == "":
        from timeline_app.core.temporal.language_fit import fitting_language

        return fitting_language(text, detect_language(text), SUPPORTED_LANGUAGES)
    lang = normalize_language(given) if isinstance(given, str) else ""
    if not lang:
        known = ", ".join(SUPPORTED_LANGUAGES)
        raise ValueError(f"'lang' must be one of {known}, not {given!r}")
    return lang


def parse_iso_anchor(text: str) -> date:
    """An ISO 8601 date, or a date-time kept with its clock ("in 2 hours" is counted from it).

    Midnight on the dot is a date: corpora write a document's creation date that way
    ("1998-02-06T00:00:00"), and no clock was read at that instant.
    """
    day = parse_iso_date(text)
    if "T" in text.strip() or " " in text.strip():
        with contextlib.suppress(ValueError):
            moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
            if (moment.hour, moment.minute, moment.second, moment.microsecond) != (0, 0, 0, 0):
                return moment
    return day


def _cmd_tag(args: argparse.Namespace) -> int:
    default_anchor = parse_iso_anchor(args.anchor) if args.anchor else None
    if args.lang is not None:
        try:
            _tag_language(args.lang, "")
        except ValueError as exc:
            raise UsageError(f"--lang: {exc}") from None
    if not args.jsonl:
        text = sys.stdin.read()
        lang = _tag_language(args.lang, text)
        mentions = _tag_one(text, default_anchor, args.prefer, lang)
        out = {"anchor": args.anchor, "lang": lang, "mentions": mentions}
        json.dump(out, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    lines = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else sys.stdin
    with _collector_settled_after_first() as settle:
        for batch in _batches(lines, interactive=sys.stdin.isatty()):
            # a batch goes through each stage in turn (languages detected, texts recognised,
            # then resolved): the detector's model and each stage's patterns and tables stay in
            # the processor's caches through a batch (some 12% and 6% less CPU than alternating)
            read = [_read_record(line, default_anchor, args.prefer, args.lang) for line in batch]
            _recognise_ahead(read)
            for record in read:
                sys.stdout.write(_json_line(_tag_read(record)) + "\n")
            settle()
    return 0


@contextlib.contextmanager
def _collector_settled_after_first() -> Iterator[Callable[[], None]]:
    """A ``settle()`` to call after each batch; the collector as it was afterwards.

    After the first batch, what is loaded by then (grammars, tables, the detector) is left out
    of the cyclic collector's passes and young objects are collected less often: tagging makes
    and drops many small containers that reference counting frees, yet the collector walked
    them some 175 times a MB and re-walked the loaded data (5% of a run's CPU in
    bench_throughput). Same output, same peak memory (113 MB on 1.2 MB either way).
    """
    import gc

    before = gc.get_threshold()
    done = False

    def settle() -> None:
        nonlocal done
        if not done:
            done = True
            gc.freeze()
            gc.set_threshold(5000, 20, 20)

    try:
        yield settle
    finally:
        if done:  # (a caller in this process, tests say, finds the collector as it left it)
            gc.unfreeze()
            gc.set_threshold(*before)


TAG_BATCH = (64, 1 << 20)
"""Records read ahead by ``tag --jsonl``: at most this many, and this many characters."""


def _batches(lines: Iterable[bytes | str], *, interactive: bool) -> Iterator[list[str]]:
    """The non-blank input lines as text, a few at a time (one at a time when typed)."""
    batch: list[str] = []
    size = 0
    for raw in lines:
        if isinstance(raw, bytes):  # bytes undecodable as UTF-8 spoil their own line only
            line = raw.decode("utf-8", errors="surrogateescape")
        else:
            line = raw
        if not line.strip():
            continue
        batch.append(line)
        size += len(line)
        if interactive or len(batch) >= TAG_BATCH[0] or size >= TAG_BATCH[1]:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _json_line(out: dict) -> str:
    r"""One output line; lone surrogates (an id like ``"\ud800"``) written as the escapes read."""
    text = json.dumps(out, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(out, ensure_ascii=True)
    return text


_UNDECODED = re.compile("[\udc80-\udcff]")  # bytes that were not UTF-8 (surrogateescape)


def _tag_record(
    line: str, default_anchor: date | None, default_prefer: str, default_lang: str | None = None
) -> dict:
    """One JSONL record; a bad one, whatever fails, yields an ``error`` and the run goes on."""
    return _tag_read(_read_record(line, default_anchor, default_prefer, default_lang))


def _read_record(
    line: str, default_anchor: date | None, default_prefer: str, default_lang: str | None = None
) -> dict:
    """A record's id, text, anchor, ``prefer`` and language (detected), or its error line."""
    record_id = None
    try:
        if _UNDECODED.search(line):
            raise ValueError("the line is not valid UTF-8")
        record = json.loads(line)
        if not isinstance(record, dict):
            raise ValueError("a record must be a JSON object")
        record_id = record.get("id")
        text = record.get("text")
        if not isinstance(text, str):
            raise ValueError("'text' must be a string")
        prefer = record.get("prefer") or default_prefer
        if prefer not in ("past", "future"):
            raise ValueError(f"'prefer' must be past or future, not {prefer!r}")
        raw_anchor = record.get("anchor")
        anchor = parse_iso_anchor(str(raw_anchor)) if raw_anchor else default_anchor
        lang = _tag_language(record.get("lang") or default_lang, text)
        return {"id": record_id, "lang": lang, "text": text, "anchor": anchor, "prefer": prefer}
    except Exception as exc:  # noqa: BLE001 - the contract: a bad line never ends the run
        return _record_error(record_id, exc)


def _recognise_ahead(read: list[dict]) -> None:
    """The parses of a batch's texts, into recognition's cache (tagging finds them there)."""
    from timeline_app.core.temporal.recognition import recognise_batch

    with contextlib.suppress(Exception):  # tagging the record meets it and reports it
        recognise_batch([(r["text"], r["lang"]) for r in read if "error" not in r])


def _tag_read(read: dict) -> dict:
    """The output line of a record read by :func:`_read_record`."""
    if "error" in read:
        return read
    try:
        mentions = _tag_one(read["text"], read["anchor"], read["prefer"], read["lang"])
    except Exception as exc:  # noqa: BLE001 - the contract: a bad line never ends the run
        return _record_error(read["id"], exc)
    return {"id": read["id"], "lang": read["lang"], "mentions": mentions}


def _record_error(record_id: object, exc: Exception) -> dict:
    if isinstance(exc, ValueError | UsageError):
        return {"id": record_id, "mentions": [], "error": str(exc)}
    return {"id": record_id, "mentions": [], "error": f"could not tag: {exc}"}


# -- desktop app -------------------------------------------------------------------------------


def _cmd_gui(paths: Sequence[str] | None) -> int:
    from timeline_app.gui.app import run

    return run(list(paths) if paths else None)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if not argv:
            return _cmd_gui(None)
        args = _build_parser().parse_args(argv)
        if args.command == "open":
            missing = [p for p in args.paths if "://" not in p and not Path(p).exists()]
            if missing:
                raise UsageError(f"no such file or folder: {missing[0]}")
            return _cmd_gui(args.paths)
        commands = {"export": _cmd_export, "anchors": _cmd_anchors, "tag": _cmd_tag}
        if args.command not in commands:
            raise UsageError("choose a command: open, export, anchors or tag")
        return commands[args.command](args)
    except UsageError as exc:
        _fail(f"error: {exc}")
        return 2
    except SystemExit as exc:  # --version, --help
        return exc.code if isinstance(exc.code, int) else 0
    except KeyboardInterrupt:
        _fail("interrupted")
        return 1
    except BrokenPipeError:
        return 1
    except Exception as exc:  # every other failure is one clear line, never a traceback
        _fail(f"error: {exc}")
        return 1
