"""Writes ``bench/data/stories/``: invented stories told by several invented outlets, with gold.

Each story is one happening (a dam breach, a port strike...) on a known day, a statement the day
after, a warning dated weeks before, and a plan still to come. Four or five outlets report it, each
in its own page layout and wording, published on the day or up to two days later; one copy shows
no date and one is a republished copy stamped more than a year late. Two stories share one folder
(an article of one must not pull the other's dates). Gold per page: the day it was written, the
date the page shows (if any), and each dated mention with the happening it tells of.

Run: ``python bench/make_dev_stories.py`` (deterministic; rewrites the folder).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).parent / "data" / "stories"
MONTH = "January February March April May June July August September October November December"
MONTH = MONTH.split()
WEEKDAY = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

STORIES = [
    # (folder, id, day, place, actor, agency, what happened, the statement, the warning)
    ("valley", "dam", date(2019, 4, 9), "Orvella", "Mara Lindqvist", "the water board",
     "an earth dam above {place} gave way after days of rain, flooding the lower town",
     "{actor}, who chairs {agency}, promised an independent inquiry into the breach",
     "engineers had warned {agency} about seepage at the dam"),
    ("valley", "strike", date(2022, 11, 15), "Port Keswin", "Tomas Achterberg", "the dockers' union",
     "dock workers at {place} walked out over a new shift system, halting container traffic",
     "{actor}, who leads {agency}, said the walkout would continue until talks resumed",
     "{agency} had first threatened a stoppage over the shift system"),
    ("coast", "quake", date(2016, 8, 23), "Salvena", "Ines Carvalho", "the civil protection agency",
     "a strong earthquake shook {place} before dawn, toppling the old bell tower",
     "{actor}, head of {agency}, said rescue teams had reached every village",
     "seismologists had recorded a swarm of small tremors under {place}"),
    ("coast", "summit", date(2024, 2, 6), "Lake Amari", "Kwame Adjei", "the regional trade bloc",
     "leaders of {agency} met at {place} and agreed to scrap tariffs on farm goods",
     "{actor}, the bloc's secretary general, said the deal would take effect within months",
     "negotiators of {agency} had failed to close the deal at an earlier round"),
]
OUTLETS = ["Harbour Ledger", "Daily Lantern", "Northfield Courier", "Evening Compass", "Globe Wire"]


def long(day: date) -> str:
    return f"{MONTH[day.month - 1]} {day.day}, {day.year}"


def told(happening: date, written: date) -> str:
    """How a report written on ``written`` names the day of ``happening``."""
    gap = (written - happening).days
    if gap == 0:
        return "on " + WEEKDAY[happening.weekday()]
    if gap == 1:
        return "yesterday" if written.weekday() % 2 else "on " + WEEKDAY[happening.weekday()]
    if gap <= 6:
        return "on " + WEEKDAY[happening.weekday()]
    return "on " + long(happening)


def stamp(rng: random.Random, kind: int, outlet: str, day: date) -> tuple[list[str], str]:
    """Header lines for a page published on ``day`` (and the lead's prefix, for datelines)."""
    if kind == 0:
        return [f"By {outlet} staff", f"{MONTH[day.month - 1][:3]} {day.day}, {day.year}"], ""
    if kind == 1:
        return [f"Published: {day.day} {MONTH[day.month - 1]} {day.year}"], ""
    if kind == 2:
        return [], f"{rng.choice(['ORVELLA', 'GENEVA', 'LISBON'])}, {MONTH[day.month - 1]} {day.day}, {day.year} ({outlet}) - "
    if kind == 3:
        return [f"{outlet} | {WEEKDAY[day.weekday()]}, {day.day} {MONTH[day.month - 1]} {day.year}"], ""
    return [f"{day.isoformat()}T{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:00Z"], ""


def report(rng: random.Random, story: tuple, outlet: str, written: date, kind: int,
           shown: date | None) -> tuple[str, list[dict]]:
    """A page and its gold mentions."""
    _, sid, day, place, actor, agency, what, said, warned = story
    fill = {"place": place, "actor": actor, "agency": agency}
    story_rng = random.Random(sid)  # the story's own dates: every outlet reports the same ones
    warning = day - timedelta(days=story_rng.randint(25, 70))
    plan = day + timedelta(days=story_rng.randint(60, 150))
    head, prefix = stamp(rng, kind, outlet, shown) if shown else ([], "")
    event_said = told(day, written)
    statement = day + timedelta(days=1)
    lines = [f"{place}: {what.format(**fill).split(',')[0]}"] + head + [""]
    lead = f"{prefix}{what.format(**fill)[0].upper()}{what.format(**fill)[1:]} {event_said}."
    mentions = [{"text": event_said.removeprefix("on "), "happening": f"{sid}:event",
                 "value": day.isoformat()}]
    paras = [lead]
    if statement <= written:
        st = told(statement, written)
        paras.append(f"{said.format(**fill)[0].upper()}{said.format(**fill)[1:]} {st}.")
        mentions.append({"text": st.removeprefix("on "), "happening": f"{sid}:statement",
                         "value": statement.isoformat()})
    warn = long(warning)
    paras.append(f"Records show {warned.format(**fill)} on {warn}, weeks before it happened.")
    mentions.append({"text": warn, "happening": f"{sid}:warning", "value": warning.isoformat()})
    plan_text = f"{MONTH[plan.month - 1]} {plan.year}"
    paras.append(f"A full report is expected in {plan_text}, officials said.")
    mentions.append({"text": plan_text, "happening": f"{sid}:plan",
                     "value": f"{plan.year}-{plan.month:02d}"})
    return "\n".join(lines + ["\n\n".join(paras)]) + "\n", mentions


def main() -> None:
    rng = random.Random(7)
    if OUT.exists():
        for old in sorted(OUT.rglob("*.txt"), reverse=True):
            old.unlink()
    golds = []
    for story in STORIES:
        folder, sid, day = story[0], story[1], story[2]
        (OUT / folder).mkdir(parents=True, exist_ok=True)
        count = rng.randint(4, 5)
        for k in range(count):
            written = day + timedelta(days=min(k, 2))
            page_id = f"{sid}_{k}"
            text, mentions = report(rng, story, OUTLETS[k], written, k % 5, written)
            (OUT / folder / f"{page_id}.txt").write_text(text, encoding="utf-8")
            golds.append({"id": page_id, "folder": folder, "story": sid, "kind": "dated",
                          "written": written.isoformat(), "shown": written.isoformat(),
                          "mentions": mentions})
        written = day + timedelta(days=2)
        text, mentions = report(rng, story, OUTLETS[4], written, 0, None)
        (OUT / folder / f"{sid}_undated.txt").write_text(text, encoding="utf-8")
        golds.append({"id": f"{sid}_undated", "folder": folder, "story": sid, "kind": "undated",
                      "written": written.isoformat(), "shown": None, "mentions": mentions})
        late = day + timedelta(days=400 + rng.randint(0, 200))
        first = (OUT / folder / f"{sid}_0.txt").read_text(encoding="utf-8").splitlines()
        first[2] = f"{MONTH[late.month - 1][:3]} {late.day}, {late.year}"  # the stamp line, moved
        (OUT / folder / f"{sid}_copy.txt").write_text("\n".join(first) + "\n", encoding="utf-8")
        original = next(g for g in golds if g["id"] == f"{sid}_0")
        golds.append({"id": f"{sid}_copy", "folder": folder, "story": sid, "kind": "misdated",
                      "written": original["written"], "shown": late.isoformat(),
                      "mentions": original["mentions"]})
    with (OUT / "gold.jsonl").open("w", encoding="utf-8") as out:
        for gold in golds:
            out.write(json.dumps(gold, ensure_ascii=False) + "\n")
    print(f"{len(golds)} pages of {len(STORIES)} stories in {OUT}")


if __name__ == "__main__":
    main()
