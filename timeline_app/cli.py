"""The ``timeline-app`` command line (fixed by shared/CONTRACTS.md).

``export``, ``anchors`` and ``tag`` run headless; no arguments or ``open`` start the desktop app.
Exit status: 0 success, 2 bad usage, 1 anything else; every error is one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
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
    parser = _Parser(prog=PROG, description="Reconstruct a story's chronology from news articles.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p_open = sub.add_parser("open", help="open the desktop app on files, folders or a project")
    p_open.add_argument("paths", nargs="+", metavar="PATH")

    def corpus_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("paths", nargs="*", metavar="PATH")
        p.add_argument("--project", metavar="FILE", help="apply this project's saved corrections")
        p.add_argument("--anchor", action="append", default=[], metavar="ID=DATE",
                       help="set an article's anchor by hand (ID may be a unique prefix)")
        p.add_argument("--accept-suggestions", action="store_true",
                       help="apply every suggested anchor as a correction")

    p_export = sub.add_parser("export", help="export the events headless")
    corpus_options(p_export)
    p_export.add_argument("--csv", metavar="FILE")
    p_export.add_argument("--json", metavar="FILE")
    p_export.add_argument("--timelinejs", metavar="FILE", help="Knight Lab TimelineJS JSON")
    p_export.add_argument("--png", metavar="FILE")
    p_export.add_argument("--svg", metavar="FILE")
    p_export.add_argument("--width", type=int, default=1600, metavar="PX")
    p_export.add_argument("--parquet", metavar="DIR", help="the events table as Parquet")
    p_export.add_argument("--engine", choices=("local", "dask"), default="local",
                          help="local process pool (default) or Dask")
    p_export.add_argument("--scheduler", metavar="ADDRESS",
                          help="a Dask scheduler address; without one a LocalCluster is started")

    p_anchors = sub.add_parser("anchors", help="report each article's anchor and its problems")
    corpus_options(p_anchors)
    p_anchors.add_argument("--json", action="store_true", help="JSON report (the contract's)")

    p_tag = sub.add_parser("tag", help="tag temporal expressions in stdin")
    p_tag.add_argument("--anchor", metavar="DATETIME", help="the reference date (ISO 8601)")
    p_tag.add_argument("--prefer", choices=("past", "future"), default="past")
    p_tag.add_argument("--jsonl", action="store_true", help="one JSON record per input line")
    p_tag.add_argument("--lang", metavar="CODE", help="ISO 639-1 code (else detected)")
    return parser


def _one_line(text: str) -> str:
    """Control characters (a line break in a file name) escaped: one problem, one line."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _fail(message: str) -> None:
    print(f"{PROG}: {_one_line(message)}", file=sys.stderr)


# -- headless corpus commands ------------------------------------------------------------------


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
    document = headless.open_corpus(article_paths, projects, engine=engine, scheduler=scheduler)
    for problem in document.problems:
        _fail(f"skipped {problem.path}: {problem.message}")
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


def _cmd_export(args: argparse.Namespace) -> int:
    if not any((args.csv, args.json, args.timelinejs, args.png, args.svg, args.parquet)):
        raise UsageError(
            "nothing to export: give --csv, --json, --timelinejs, --parquet, --png or --svg"
        )
    if args.width < 200 or args.width > 20000:
        raise UsageError("--width must be between 200 and 20000 pixels")
    from timeline_app.core.storage import export

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
    if args.csv:
        export.write_csv(timeline, args.csv)
    if args.json:
        export.write_json(timeline, args.json)
    if args.timelinejs:
        export.write_timelinejs(timeline, args.timelinejs)
    if args.parquet:
        from timeline_app.core.storage.parquet import write_parquet

        write_parquet(timeline, args.parquet)
    if args.png or args.svg:
        from timeline_app.gui.timeline.render import ensure_gui_app, render_png, render_svg

        ensure_gui_app()
        if args.png:
            render_png(document, args.png, width=args.width)
        if args.svg:
            render_svg(document, args.svg, width=args.width)
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
        return detect_language(text)
    lang = normalize_language(given) if isinstance(given, str) else ""
    if not lang:
        known = ", ".join(SUPPORTED_LANGUAGES)
        raise ValueError(f"'lang' must be one of {known}, not {given!r}")
    return lang


def _cmd_tag(args: argparse.Namespace) -> int:
    default_anchor = parse_iso_date(args.anchor) if args.anchor else None
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
    for line in sys.stdin:
        if not line.strip():
            continue
        out = _tag_record(line, default_anchor, args.prefer, args.lang)
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return 0


def _tag_record(
    line: str, default_anchor: date | None, default_prefer: str, default_lang: str | None = None
) -> dict:
    """One JSONL record; a bad one yields an ``error`` and the run goes on."""
    record_id = None
    try:
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
        anchor = parse_iso_date(str(raw_anchor)) if raw_anchor else default_anchor
        lang = _tag_language(record.get("lang") or default_lang, text)
        return {"id": record_id, "lang": lang, "mentions": _tag_one(text, anchor, prefer, lang)}
    except (ValueError, UsageError) as exc:
        return {"id": record_id, "mentions": [], "error": str(exc)}


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
            missing = [p for p in args.paths if not Path(p).exists()]
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
    except KeyboardInterrupt:
        _fail("interrupted")
        return 1
    except BrokenPipeError:
        return 1
    except Exception as exc:  # every other failure is one clear line, never a traceback
        _fail(f"error: {exc}")
        return 1
