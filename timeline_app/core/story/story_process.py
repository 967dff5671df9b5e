"""A story's cross-source work in a process of its own, which keeps a copy of the story.

The estimates of undated articles' anchors, the clusters and the anchor checks of a
1,000-article story take tens of CPU seconds. On a thread of the window's process they held the
interpreter lock: every call Qt made into Python (a paint, a timer) waited for it, and the
collector's full passes over their objects froze the window for up to a second and a half. In a
process of their own they share nothing with the window but the cores.

The process keeps the analyses it was sent, by article id, with the memories the core keeps
between calls (``check_anchors``' last check, so a correction re-checks only what it touches;
the clusters' signature memo). Each request first sends what changed since the last (an
analysis is known by identity: the document replaces, never mutates, them), a few articles a
message, so that pickling never holds the lock long on the window's side; then the ids in the
story's order. What comes back is small: anchor reports, ``{event id: cluster id}``, or the few
analyses an estimate re-read. Each answer is the core function's on the same analyses. The
process runs at a lower priority than the window: on a busy machine the window gets a core
first.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Mapping, Sequence
from multiprocessing.connection import Connection
from typing import Any

from timeline_app.core.model import ArticleAnalysis
from timeline_app.core.reconcile.anchor_check import AnchorReport, check_anchors
from timeline_app.core.reconcile.clustering import cluster_events
from timeline_app.core.reconcile.signature_memo import SignatureMemo
from timeline_app.core.story.estimates import with_estimates

__all__ = ["StoryProcess", "StoryProcessError"]

NICENESS = 10
"""How much lower the process runs than the window's (``os.nice``)."""

PER_MESSAGE = 8
"""Analyses pickled together (a few ms of the lock on the sending side)."""


class StoryProcessError(RuntimeError):
    """The work failed in the story process (its message says how)."""


def _serve(conn: Any) -> None:
    """The story process: keeps the story it is sent, answers each message in turn."""
    from timeline_app.core.story.pipeline import _init_worker

    _init_worker()  # the collector tuned as in the load's workers; ends with its parent
    try:
        os.nice(NICENESS)  # background work: the window's process comes first for a core
    except (AttributeError, OSError):
        pass
    story: dict[str, ArticleAnalysis] = {}
    memo = SignatureMemo()
    try:
        while True:
            kind, *args = conn.recv()
            conn.send(_answer(story, memo, kind, args))
    except (EOFError, OSError):  # the window went away: so does this process
        return


def _answer(story: dict[str, ArticleAnalysis], memo: SignatureMemo, kind: str,
            args: list) -> tuple[str, Any]:
    try:
        if kind == "take":
            removed, changed = args
            for article_id in removed:
                story.pop(article_id, None)
            for analysis in changed:
                story[analysis.article.id] = analysis
            return "ok", None
        analyses = [story[article_id] for article_id in args[0]]  # in the story's order
        if kind == "estimates":  # the re-read ones only, kept here as well
            estimated = with_estimates(analyses)
            changed = [b for a, b in zip(analyses, estimated, strict=True) if b is not a]
            for analysis in changed:
                story[analysis.article.id] = analysis
            return "ok", changed
        if kind == "clusters":
            return "ok", cluster_events(analyses, memo)
        return "ok", check_anchors({a.article.id: a for a in analyses})
    except Exception as exc:  # said to the window, which keeps working
        return "failed", f"{type(exc).__name__}: {exc}"


def _launch() -> tuple[subprocess.Popen, Any]:
    """Start ``python -m`` this module with one end of a socket pair; return it and ours.

    A fresh interpreter that imports only what the work needs: unlike ``multiprocessing``'s
    spawn it never runs the window's main script again (a script without the ``__main__``
    guard would have opened a second window in it).
    """
    ours, theirs = socket.socketpair()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", __name__, str(theirs.fileno())],
            pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL)
    finally:
        theirs.close()
    return process, Connection(ours.detach())


class StoryProcess:
    """One process for a story's cross-source work; safe to call from any thread.

    Requests are answered one at a time, in the order they come. If the process dies it is
    started again and sent the whole story; after :meth:`close` every request is refused.
    """

    def __init__(self) -> None:
        self._process: Any = None
        self._conn: Any = None
        self._sent: dict[str, ArticleAnalysis] = {}
        self._closed = False
        self._one_at_a_time = threading.RLock()

    def estimates(self, analyses: Sequence[ArticleAnalysis]) -> list[ArticleAnalysis]:
        """``with_estimates(analyses)``: the analyses, the undated re-read where they can be."""
        by_id = {a.article.id: a for a in analyses}
        with self._one_at_a_time:
            changed = {a.article.id: a for a in self._request("estimates", by_id)}
            for article_id, analysis in changed.items():
                self._sent[article_id] = analysis  # what the process holds now
        return [changed.get(a.article.id, a) for a in analyses]

    def clusters(self, analyses: Mapping[str, ArticleAnalysis]) -> dict[str, str]:
        """``cluster_events`` of the analyses (``{event id: cluster id}``)."""
        return self._request("clusters", analyses)

    def check(self, analyses: Mapping[str, ArticleAnalysis]) -> dict[str, AnchorReport]:
        """``check_anchors(analyses)``."""
        return self._request("check", analyses)

    def _request(self, kind: str, analyses: Mapping[str, ArticleAnalysis]) -> Any:
        with self._one_at_a_time:
            try:
                return self._send(kind, analyses)
            except (EOFError, OSError):  # the process died: once more, in a new one
                self._stop()
                return self._send(kind, analyses)

    def _ask(self, *message: Any) -> Any:
        self._conn.send(message)
        kind, answer = self._conn.recv()
        if kind == "failed":
            raise StoryProcessError(answer)
        return answer

    def _start(self) -> None:
        self._stop()
        self._process, self._conn = _launch()

    def _send(self, kind: str, analyses: Mapping[str, ArticleAnalysis]) -> Any:
        if self._closed:
            raise StoryProcessError("the story process was closed")
        if self._process is None or self._process.poll() is not None:
            self._start()
        removed = [aid for aid in self._sent if aid not in analyses]
        changed = [a for aid, a in analyses.items() if self._sent.get(aid) is not a]
        if removed:
            self._ask("take", removed, [])
            for aid in removed:
                del self._sent[aid]
        for start in range(0, len(changed), PER_MESSAGE):
            part = changed[start:start + PER_MESSAGE]
            self._ask("take", [], part)
            for analysis in part:
                self._sent[analysis.article.id] = analysis
        return self._ask(kind, list(analyses))

    def close(self) -> None:
        """End the process for good (its owner goes away); later requests are refused."""
        self._closed = True
        self._stop()

    def _stop(self) -> None:
        """End the process (a next request starts another and sends it the story again)."""
        if self._process is not None:
            self._process.terminate()
            self._process.wait(5)
        if self._conn is not None:
            self._conn.close()
        self._process, self._conn, self._sent = None, None, {}


if __name__ == "__main__":  # the story process itself: ``python -m`` this module
    _serve(Connection(int(sys.argv[1])))
