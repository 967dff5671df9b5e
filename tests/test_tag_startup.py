"""``timeline-app tag`` loads only what tagging needs: no page readers, tables, GUI or dateparser.

Start-up is most of a short ``tag`` run (bench/bench_throughput.py measures it); a stray import
of a heavy package at module level would bring it back, so the loaded modules are checked here.
"""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("pandas", "holidays", "dateparser", "PySide6", "lxml", "trafilatura", "htmldate",
         "dask", "pyarrow", "rapidfuzz", "charset_normalizer")

SCRIPT = """
import io, json, sys
sys.stdin = io.TextIOWrapper(io.BytesIO(sys.argv[1].encode()))
out = io.StringIO()
sys.stdout, real = out, sys.stdout
from timeline_app.cli import main
code = main(["tag", "--jsonl"])
sys.stdout = real
print(json.dumps({"code": code, "out": out.getvalue(),
                  "modules": sorted({m.split(".")[0] for m in sys.modules})}))
"""


def test_tag_loads_no_heavy_package():
    record = json.dumps({"id": "a", "text": "The council met on Wednesday, Oct. 18, 2023, "
                         "and will meet again next week.", "anchor": "2023-10-19"})
    done = subprocess.run([sys.executable, "-c", SCRIPT, record], capture_output=True,
                          text=True, check=True)
    result = json.loads(done.stdout)
    assert result["code"] == 0
    mentions = json.loads(result["out"])["mentions"]
    assert [m["value"] for m in mentions] == ["2023-10-18", "2023-W43"]
    assert [name for name in HEAVY if name in result["modules"]] == []
