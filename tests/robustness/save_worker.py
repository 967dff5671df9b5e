"""A child process that keeps correcting and saving, for the kill tests (``test_kill.py``).

    python save_worker.py MODE TARGET STEPS

MODE ``save`` saves the project itself after every correction, as File > Save does; MODE
``autosave`` writes the autosave sidecar of TARGET, as the window's autosave timer does
(``save_document`` to ``autosave_path``). Each step prints ``saving K`` before and ``saved K``
after, flushed, so the parent knows what was on disk when it killed us. After the last step it
waits to be killed, so a kill that lands after every save still finds it running.
"""

from __future__ import annotations

import sys
import time
from datetime import date, timedelta
from pathlib import Path

from timeline_app.core.corrections.edits import SetAnchor
from timeline_app.core.corrections.ledger import Corrections
from timeline_app.core.model import Article
from timeline_app.core.storage.project import save_project
from timeline_app.core.storage.projectfiles import autosave_path

ARTICLES = 40
BASE = date(2020, 1, 1)


def articles() -> list[Article]:
    """Enough text that one save takes a while (about 2 MB), so kills land inside saves."""
    out = []
    for i in range(ARTICLES):
        body = f"Story {i}. The council met on 12 March 2021 to vote on plan {i}. " * 800
        out.append(Article(id=f"a{i:03d}", title=f"Story {i}", text=body, content_hash=f"h{i}"))
    return out


def correction(k: int) -> SetAnchor:
    return SetAnchor(f"a{k % ARTICLES:03d}", BASE + timedelta(days=k), note=f"correction {k}")


def expected(k: int) -> Corrections:
    """The corrections in force after step ``k``."""
    return Corrections(correction(i) for i in range(1, k + 1))


def main(mode: str, target: str, steps: int) -> int:
    project = Path(target)
    where = autosave_path(project) if mode == "autosave" else project
    items = articles()
    corrections = Corrections()
    for k in range(1, steps + 1):
        corrections.apply(correction(k))
        print(f"saving {k}", flush=True)
        save_project(where, items, corrections, {"step": str(k)})
        print(f"saved {k}", flush=True)
    time.sleep(120)  # wait to be killed: on a fast machine the last saves can end before the kill
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
