"""No input can make the app run code or touch the network: the source says so, statically.

The runtime half (hostile HTML loaded under an audit-hook guard) is in ``test_hostile_html.py``.
This half reads every module of the package and refuses the constructs that turn data into code
or reach out: pickle/marshal/shelve, ``eval``/``exec``/``compile`` builtins, unsafe YAML loading,
``shell=True``, process spawning, and HTTP/socket clients. Qt's ``QDialog.exec()`` is a method,
not the builtin, and is allowed.
"""

from __future__ import annotations

import ast
import re
import tokenize
from pathlib import Path

import pytest

import timeline_app

PACKAGE = Path(timeline_app.__file__).resolve().parent
SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)

FORBIDDEN_IMPORTS = {
    "pickle": "unpickling data runs code",
    "cPickle": "unpickling data runs code",
    "dill": "unpickling data runs code",
    "marshal": "unmarshalling data runs code",
    "shelve": "shelve is pickle",
    "subprocess": "the app never starts programs",
    "socket": "the app never opens sockets",
    "urllib.request": "the app never fetches URLs",
    "http.client": "the app never fetches URLs",
    "requests": "the app never fetches URLs",
    "httpx": "the app never fetches URLs",
    "aiohttp": "the app never fetches URLs",
    "urllib3": "the app never fetches URLs",
    "ftplib": "the app never fetches URLs",
    "smtplib": "the app never sends mail",
    "PySide6.QtNetwork": "the app never fetches URLs",
    "PySide6.QtWebEngineWidgets": "a web engine would run the articles' scripts",
    "PySide6.QtWebEngineCore": "a web engine would run the articles' scripts",
}
FORBIDDEN_BUILTINS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_CALLS = {
    ("os", "system"), ("os", "popen"), ("os", "execv"), ("os", "execvp"), ("os", "spawnv"),
    ("yaml", "unsafe_load"), ("yaml", "full_load"), ("yaml", "load_all"),
    ("pd", "read_pickle"), ("pandas", "read_pickle"),
    ("trafilatura", "fetch_url"), ("trafilatura", "fetch_response"),
}  # fmt: skip
# library functions that download when handed a URL: each use must be reviewed by hand
NETWORK_CAPABLE = {"fetch_url", "fetch_response", "urlopen", "load_html"}

GREP = [
    (re.compile(r"\bpickle\b|\bmarshal\b|\bshelve\b"), "pickle/marshal/shelve"),
    (re.compile(r"(?<![\w.])(eval|exec)\s*\("), "eval/exec builtin"),
    (re.compile(r"yaml\.load\((?![^)]*SafeLoader)"), "yaml.load without SafeLoader"),
    (re.compile(r"shell\s*=\s*True"), "shell=True"),
    (
        re.compile(r"\burllib\.request\b|\burlopen\b|\brequests\.(get|post|Session)\b"),
        "HTTP client",
    ),
    (re.compile(r"\bQNetworkAccessManager\b|\bQWebEngine"), "Qt network / web engine"),
]


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


def test_the_scan_sees_the_whole_package() -> None:
    names = {_module_name(p) for p in SOURCES}
    assert "timeline_app.cli" in names
    assert "timeline_app.core.story.pipeline" in names
    assert len(SOURCES) >= 15


def _ast_findings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import | ast.ImportFrom):
            modules = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
            )
            for module in modules:
                for bad, why in FORBIDDEN_IMPORTS.items():
                    if module == bad or module.startswith(bad + "."):
                        found.append(f"{where}: imports {module} ({why})")
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if alias.name in NETWORK_CAPABLE or alias.name in FORBIDDEN_BUILTINS:
                        found.append(f"{where}: imports {alias.name} from {node.module}")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in FORBIDDEN_BUILTINS:
                found.append(f"{where}: calls builtin {func.id}()")
            if isinstance(func, ast.Name) and func.id in NETWORK_CAPABLE:
                found.append(f"{where}: calls {func.id}(), which downloads when given a URL")
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                if (func.value.id, func.attr) in FORBIDDEN_CALLS:
                    found.append(f"{where}: calls {func.value.id}.{func.attr}()")
                if func.value.id == "yaml" and func.attr == "load":
                    loader = {k.arg: k.value for k in node.keywords}.get("Loader")
                    if not (
                        isinstance(loader, ast.Attribute | ast.Name)
                        and "Safe" in ast.unparse(loader)
                    ):
                        found.append(f"{where}: yaml.load without SafeLoader")
            for keyword in node.keywords:
                if keyword.arg == "shell" and not (
                    isinstance(keyword.value, ast.Constant) and keyword.value.value is False
                ):
                    found.append(f"{where}: shell= in a call")
                if keyword.arg == "allow_pickle" and not (
                    isinstance(keyword.value, ast.Constant) and keyword.value.value is False
                ):
                    found.append(f"{where}: allow_pickle in a call")
    return found


REVIEWED = {
    "timeline_app.core.story.story_process": {
        "subprocess": {"Popen", "DEVNULL"},  # this same module in a fresh interpreter, no shell
        "socket": {"socketpair"},  # a local pair to that child: no address, no network
    },
}
"""Modules allowed a forbidden import, and the only names they may use from it (checked below):
the story's cross-source work runs in a child interpreter of the app's own code (``python -m``
that module), which ``multiprocessing``'s spawn would also start, minus re-running the
window's main script."""


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: _module_name(p))
def test_module_has_no_code_execution_or_network_construct(path: Path) -> None:
    allowed = REVIEWED.get(_module_name(path), {})
    found = [f for f in _ast_findings(path)
             if not any(f.endswith(f"imports {module} ({FORBIDDEN_IMPORTS[module]})")
                        for module in allowed)]
    assert found == []


@pytest.mark.parametrize("module", sorted(REVIEWED))
def test_a_reviewed_module_uses_only_what_was_reviewed(module: str) -> None:
    """``subprocess.Popen([sys.executable, "-m", __name__, ...])`` and ``socket.socketpair()``."""
    path = PACKAGE.parent.joinpath(*module.split(".")).with_suffix(".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    used = {(node.value.id, node.attr) for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
            and node.value.id in REVIEWED[module]}
    assert used <= {(name, attr) for name, attrs in REVIEWED[module].items() for attr in attrs}
    popens = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
              and ast.unparse(node.func) == "subprocess.Popen"]
    for call in popens:
        argv = call.args[0]
        assert isinstance(argv, ast.List)
        assert [ast.unparse(a) for a in argv.elts[:3]] == ["sys.executable", "'-m'", "__name__"]


def _code_lines(path: Path) -> list[str]:
    """The file's lines with comments and docstrings blanked out (other strings are kept)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    previous = tokenize.NEWLINE
    with path.open("rb") as fh:
        for token in tokenize.tokenize(fh.readline):
            blank = token.type == tokenize.COMMENT or (
                token.type == tokenize.STRING
                and previous in (tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT)
            )
            if blank:
                (r0, c0), (r1, c1) = token.start, token.end
                for row in range(r0, r1 + 1):
                    line = lines[row - 1]
                    a = c0 if row == r0 else 0
                    b = c1 if row == r1 else len(line)
                    lines[row - 1] = line[:a] + " " * (b - a) + line[b:]
            if token.type not in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING):
                previous = token.type
    return lines


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: _module_name(p))
def test_module_text_passes_the_grep(path: Path) -> None:
    """The same rules as plain text over the code (comments and docstrings aside)."""
    hits = []
    for number, code in enumerate(_code_lines(path), 1):
        line = code
        for pattern, what in GREP:
            if pattern.search(code):
                hits.append(f"{path.name}:{number}: {what}: {line.strip()}")
    assert hits == []


def test_the_scanner_catches_what_it_claims(tmp_path: Path) -> None:
    """The scan is only as good as its rules: a file full of bad constructs must light up."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import pickle\nimport subprocess\nfrom urllib.request import urlopen\nimport yaml\n"
        "eval('1')\nexec('x=1')\nsubprocess.run('ls', shell=True)\nyaml.load(s)\n"
        "yaml.load(s, Loader=yaml.SafeLoader)\nimport os\nos.system('ls')\n"
        "from trafilatura import fetch_url\nfetch_url('http://x')\napp.exec()\n",
        encoding="utf-8",
    )
    global PACKAGE
    saved, PACKAGE = PACKAGE, tmp_path
    try:
        findings = _ast_findings(bad)
    finally:
        PACKAGE = saved
    text = "\n".join(findings)
    for expected in ("imports pickle", "imports subprocess", "imports urllib.request",
                     "builtin eval", "builtin exec", "shell=", "yaml.load without SafeLoader",
                     "os.system", "fetch_url"):  # fmt: skip
        assert expected in text, expected
    assert sum("yaml.load without" in f for f in findings) == 1  # the SafeLoader one passes
    assert not any(":14:" in f for f in findings)  # app.exec() is Qt's method, not the builtin


def test_the_grep_ignores_prose_but_not_code(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""Never pickle anything."""\n'
        "x = 1  # no eval( here\n"
        "def f():\n"
        '    """Workers get pickle-free data."""\n'
        "    return eval('1')\n",
        encoding="utf-8",
    )
    lines = _code_lines(sample)
    assert "pickle" not in "\n".join(lines)
    assert "eval('1')" in lines[4]
    assert "no eval" not in lines[1]
