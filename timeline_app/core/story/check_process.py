"""Anchor checks in a process of their own, which keeps a copy of the story between checks.

The checks of a 1,000-article story take tens of CPU seconds. On a thread of the window's
process they held the interpreter lock for all that time: every call Qt made into Python (a
paint, a timer) waited for the lock, and the collector's full passes over the checks' objects
froze the window for up to a second and a half. In a process of their own they share nothing
with the window but the cores.

The process keeps the analyses it was sent, by article id, and ``check_anchors``' own memory of
the last check (so a correction re-checks only what it touches, as on a thread). Each check
sends only what changed since the last one (an analysis is known by identity: the document
replaces, never mutates, them), a few articles a message, so that pickling never holds the
lock long on the window's side; then the ids in the story's order, and gets the reports back.
The reports are those ``check_anchors`` gives on the same analyses in this process. The process
runs at a lower priority than the window: on a busy machine the window gets a core first.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Mapping
from typing import Any

from timeline_app.core.model import ArticleAnalysis
from timeline_app.core.reconcile.anchor_check import AnchorReport, check_anchors

__all__ = ["CheckProcess", "CheckProcessError"]

NICENESS = 10
"""How much lower the check process runs than the window's (``os.nice``)."""

PER_MESSAGE = 8
"""Analyses pickled together (a few ms of the lock on the sending side)."""


class CheckProcessError(RuntimeError):
    """The check failed in the check process (its message says how)."""


def _serve(conn: Any) -> None:
    """The check process: keeps the story it is sent, answers each message in turn."""
    from timeline_app.core.story.pipeline import _init_worker

    _init_worker()  # the collector tuned as in the load's workers; ends with its parent
    try:
        os.nice(NICENESS)  # background work: the window's process comes first for a core
    except (AttributeError, OSError):
        pass
    story: dict[str, ArticleAnalysis] = {}
    try:
        while True:
            kind, *args = conn.recv()
            conn.send(_answer(story, kind, args))
    except (EOFError, OSError):  # the window went away: so does this process
        return


def _answer(story: dict[str, ArticleAnalysis], kind: str, args: list) -> tuple[str, Any]:
    try:
        if kind == "take":
            removed, changed = args
            for article_id in removed:
                story.pop(article_id, None)
            for analysis in changed:
                story[analysis.article.id] = analysis
            return "ok", None
        # "check": the ids in the story's order
        return "ok", check_anchors({article_id: story[article_id] for article_id in args[0]})
    except Exception as exc:  # said to the window, which keeps working
        return "failed", f"{type(exc).__name__}: {exc}"


class CheckProcess:
    """One spawned process that checks anchors; :meth:`check` is called from one thread at a time.

    ``cancelled`` is looked at between messages; a check already running in the process runs
    to its end (the next one waits for it). If the process dies it is started again and sent
    the whole story.
    """

    def __init__(self) -> None:
        self._process: Any = None
        self._conn: Any = None
        self._sent: dict[str, ArticleAnalysis] = {}
        self._closed = False

    def check(self, analyses: Mapping[str, ArticleAnalysis],
              cancelled: Callable[[], bool] = lambda: False) -> dict[str, AnchorReport]:
        """``check_anchors(analyses)``, computed in the check process."""
        try:
            return self._check(analyses, cancelled)
        except (EOFError, OSError):  # the process died: once more, in a new one
            self._stop()
            return self._check(analyses, cancelled)

    def _ask(self, *message: Any) -> Any:
        self._conn.send(message)
        kind, answer = self._conn.recv()
        if kind == "failed":
            raise CheckProcessError(answer)
        return answer

    def _start(self) -> None:
        self._stop()
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(target=_serve, args=(theirs,), daemon=True,
                                  name="anchor-checks")
        process.start()
        theirs.close()
        self._process, self._conn = process, ours

    def _check(self, analyses: Mapping[str, ArticleAnalysis],
               cancelled: Callable[[], bool]) -> dict[str, AnchorReport]:
        from timeline_app.core.story.pipeline import CancelledError

        if self._closed:
            raise CancelledError("the window is closing")
        if self._process is None or not self._process.is_alive():
            self._start()
        removed = [aid for aid in self._sent if aid not in analyses]
        changed = [a for aid, a in analyses.items() if self._sent.get(aid) is not a]
        if removed:
            self._ask("take", removed, [])
            for aid in removed:
                del self._sent[aid]
        for start in range(0, len(changed), PER_MESSAGE):
            if cancelled():
                raise CancelledError("a newer state is being checked")
            part = changed[start:start + PER_MESSAGE]
            self._ask("take", [], part)
            for analysis in part:
                self._sent[analysis.article.id] = analysis
        if cancelled():
            raise CancelledError("a newer state is being checked")
        return self._ask("check", list(analyses))

    def close(self) -> None:
        """End the process for good (its owner goes away); a check in flight is refused."""
        self._closed = True
        self._stop()

    def _stop(self) -> None:
        """End the process (a next check starts another and sends it the story again)."""
        if self._process is not None:
            self._process.terminate()
            self._process.join(5)
        if self._conn is not None:
            self._conn.close()
        self._process, self._conn, self._sent = None, None, {}
