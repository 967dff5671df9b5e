"""Build the bundled seed project ``seeds/seeds.timeline`` from ``seeds/*.txt``.

Run from a checkout: ``python packaging/make_seed_project.py``. The seed texts are stored in the
project, with paths relative to it, so it opens from a wheel install too.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline_app.core.storage.projectfiles import build_seed_project  # noqa: E402


def main() -> int:
    out = build_seed_project(ROOT / "seeds")
    print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
