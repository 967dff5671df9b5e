"""A process-wide guard that fails any network access, process spawn or compilation of input.

It is a PEP 578 audit hook, so it sees what the interpreter does whoever asks for it (a library
deep inside trafilatura or htmldate included), not only calls through names we patched. Audit hooks
cannot be removed, so the hook is installed once and *armed* for the span of a ``with guarded():``.
While armed it raises on the forbidden event (so the operation never happens) and records it (so
a library that swallows the exception still fails the test).

``python tests/robustness/guards.py -m timeline_app ARGS...`` runs a module under the guard for the
whole life of the process: violations go to stderr as ``GUARD: ...`` lines and to the file named
by ``$TIMELINE_GUARD_LOG`` (appended, so forked workers report too).
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["GuardViolation", "guarded", "violations"]

# What untrusted input must never make the app do.
_NETWORK = {
    "socket.connect", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo",
    "socket.gethostbyname", "socket.gethostbyaddr", "socket.gethostbyname_ex", "socket.bind",
    "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect",
    "webbrowser.open",
}  # fmt: skip
_SPAWN = {
    "subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.startfile",
    "pty.spawn",
}  # fmt: skip

_state: dict = {"armed": False, "markers": (), "canaries": (), "log": None}
_seen: list[str] = []


class GuardViolation(RuntimeError):
    """The code under test tried something no input may make it do."""


def violations() -> list[str]:
    return list(_seen)


_LOOPBACK = ("127.", "::1", "localhost")


def _local_socket(event: str, args: tuple) -> bool:
    """AF_UNIX sockets (multiprocessing), and binding to loopback (urllib3 probes IPv6 so)."""
    sock = args[0] if args else None
    if getattr(sock, "family", None) == getattr(socket, "AF_UNIX", object()):
        return True
    address = args[1] if len(args) > 1 else None
    host = address[0] if isinstance(address, tuple) and address else ""
    return event == "socket.bind" and isinstance(host, str) and host.startswith(_LOOPBACK)


def _text_of(obj: object) -> str:
    if isinstance(obj, bytes | bytearray):
        return bytes(obj).decode("utf-8", "replace")
    return obj if isinstance(obj, str) else ""


def _hook(event: str, args: tuple) -> None:
    if not _state["armed"]:
        return
    problem = None
    if event in _NETWORK:
        if event in ("socket.connect", "socket.bind", "socket.sendto") and _local_socket(
            event, args
        ):
            return
        problem = f"network: {event} {args!r}"[:300]
    elif event in _SPAWN:
        problem = f"spawn: {event} {args!r}"[:300]
    elif event == "compile" and _state["markers"]:
        source = _text_of(args[0] if args else "")
        if any(marker in source for marker in _state["markers"]):
            problem = f"compiled input as code: {source[:120]!r}"
    elif event == "open" and _state["canaries"]:
        path = os.fsdecode(args[0]) if args and isinstance(args[0], str | bytes) else ""
        if any(path.endswith(canary) for canary in _state["canaries"]):
            problem = f"opened a file the input pointed at: {path}"
    if problem is None:
        return
    _seen.append(problem)
    if _state["log"]:
        _state["armed"] = False  # writing the log must not trip the guard
        try:
            with open(_state["log"], "a", encoding="utf-8") as fh:
                fh.write(problem + "\n")
        finally:
            _state["armed"] = True
    raise GuardViolation(problem)


_installed = False


def _install() -> None:
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True


@contextmanager
def guarded(markers: tuple[str, ...] = (), canaries: tuple[str, ...] = ()) -> Iterator[list[str]]:
    """Arm the guard; yields the list of violations seen while armed (empty is the pass)."""
    _install()
    start = len(_seen)
    previous = dict(_state)
    _state.update(armed=True, markers=tuple(markers), canaries=tuple(canaries))
    found: list[str] = []
    try:
        yield found
    finally:
        _state.update(previous)
        found.extend(_seen[start:])


def _main(argv: list[str]) -> None:
    import runpy

    if len(argv) < 2 or argv[0] != "-m":
        raise SystemExit("usage: guards.py -m MODULE [ARGS...]")
    module = argv[1]
    _install()
    markers = tuple(m for m in os.environ.get("TIMELINE_GUARD_MARKERS", "").split("|") if m)
    canaries = tuple(c for c in os.environ.get("TIMELINE_GUARD_CANARIES", "").split("|") if c)
    _state.update(armed=True, markers=markers, canaries=canaries,
                  log=os.environ.get("TIMELINE_GUARD_LOG"))  # fmt: skip
    sys.argv = [module, *argv[2:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    _main(sys.argv[1:])
