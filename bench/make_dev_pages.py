"""Writes the development pages of ``bench/data/pages/``: invented stories in real page layouts.

Every outlet, person and story here is made up. The layouts reproduce how real news pages (studied
in the search tool's stored pages, never copied) put their dates: agency datelines with and without
a year, press-wire datelines, bylines and stamps of many shapes, labels (Published, Posted,
Updated), glued dates, partial headers, caption dates with an image credit, bylines at the foot,
clocks above the masthead, related-headline lists and quoted posts. Each page gets gold: its
publication date (or none), the kind of line it comes from, and a few dated mentions.

Run: ``python bench/make_dev_pages.py`` (deterministic: a fixed seed; rewrites the folder).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).parent / "data" / "pages"
MONTHS = "January February March April May June July August September October November December"
MONTH = MONTHS.split()
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AP = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
WEEKDAY = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

CITIES = [
    ("LAGOS", "Nigeria"),
    ("NAIROBI", "Kenya"),
    ("OSLO", "Norway"),
    ("LIMA", "Peru"),
    ("MANILA", "Philippines"),
    ("HANOI", "Vietnam"),
    ("ACCRA", "Ghana"),
    ("QUITO", "Ecuador"),
    ("DHAKA", "Bangladesh"),
    ("TUNIS", "Tunisia"),
    ("DENVER", "Colorado"),
    ("PERTH", "Australia"),
    ("LISBON", "Portugal"),
    ("SANTIAGO", "Chile"),
    ("KAMPALA", "Uganda"),
    ("COLOMBO", "Sri Lanka"),
    ("REYKJAVIK", "Iceland"),
    ("WELLINGTON", "New Zealand"),
    ("MONTREAL", "Quebec"),
    ("CHENNAI", "India"),
    ("DAKAR", "Senegal"),
    ("TALLINN", "Estonia"),
    ("BOGOTA", "Colombia"),
]
AGENCIES = ["Wirecast", "Newsline Agency", "Meridian Press", "Globe Wire", "Coastal News Service"]
OUTLETS = [
    "The Harbour Ledger",
    "Daily Lantern",
    "Northfield Courier",
    "Evening Compass",
    "Metro Tribune",
    "The Plainsman",
    "Island Herald",
    "Sentinel Online",
    "Capital Dispatch",
    "Riverbend Post",
]
AUTHORS = [
    "Amara Okafor",
    "Lars Henriksen",
    "Priya Raman",
    "Tomas Quiroga",
    "Mei Lin Tan",
    "Kofi Mensah",
    "Sofia Albuquerque",
    "Daniel Weiss",
    "Nadia Haddad",
    "Oliver Grant",
    "Ines Duarte",
    "Ravi Menon",
]
TOPICS = [
    ("port authority", "a new container terminal", "dock workers", "the harbour board"),
    ("water utility", "a drought plan", "farmers", "the regional council"),
    ("football federation", "a stadium contract", "supporters' groups", "the sports ministry"),
    ("central bank", "an interest rate decision", "mortgage holders", "the finance committee"),
    ("rail operator", "a fare increase", "commuters", "the transport regulator"),
    ("health ministry", "a vaccination campaign", "clinics", "the national assembly"),
    ("school board", "a teachers' pay deal", "parents", "the education union"),
    ("airline", "a fleet order", "pilots", "the aviation authority"),
    ("electoral commission", "a voter register audit", "opposition parties", "the supreme court"),
    ("fisheries agency", "a catch quota", "trawler owners", "the coast guard"),
    ("mining company", "a copper concession", "local villages", "the environment agency"),
    ("city council", "a flood barrier", "shopkeepers", "the planning tribunal"),
]


def weekday_name(day: date) -> str:
    return WEEKDAY[day.weekday()]


def long_date(day: date) -> str:
    return f"{MONTH[day.month - 1]} {day.day}, {day.year}"


class Page:
    """One page being written: lines, and its gold."""

    def __init__(self, rng: random.Random, published: date) -> None:
        self.rng = rng
        self.published = published
        self.topic = rng.choice(TOPICS)
        self.city, self.region = rng.choice(CITIES)
        self.author = rng.choice(AUTHORS)
        self.outlet = rng.choice(OUTLETS)
        self.agency = rng.choice(AGENCIES)
        self.mentions: list[dict[str, str]] = []

    def headline(self) -> str:
        org, thing, group, body = self.topic
        verbs = ["backs", "delays", "rejects", "unveils", "defends", "revises", "approves"]
        return f"{self.city.title()} {org} {self.rng.choice(verbs)} {thing} as {group} push back"

    def body(self, lead_prefix: str = "", *, days_back: int | None = None) -> list[str]:
        """Paragraphs about the story, with a weekday, an earlier dated event and a month."""
        rng, pub = self.rng, self.published
        org, thing, group, body = self.topic
        back = rng.randint(1, 5) if days_back is None else days_back
        happened = pub - timedelta(days=back)
        earlier = pub - timedelta(days=rng.randint(20, 200))
        earlier_text = long_date(earlier)
        self.mentions.append({"text": earlier_text, "value": earlier.isoformat()})
        ahead = pub + timedelta(days=rng.randint(15, 90))
        ahead_text = f"{MONTH[ahead.month - 1]} {ahead.year}"
        self.mentions.append({"text": ahead_text, "value": f"{ahead.year}-{ahead.month:02d}"})
        first = (
            f"{lead_prefix}The {org} said on {weekday_name(happened)} it would go ahead with "
            f"{thing}, despite objections from {group} who say they were not consulted."
        )
        paras = [
            first,
            f"\u201cWe have listened, and we will keep listening,\u201d a spokesperson for the "
            f"{org} told reporters, adding that {body} had been briefed in detail.",
            f"The plan was first presented on {earlier_text}, when officials promised a public "
            f"hearing that {group} say never took place.",
            f"A final vote is expected in {ahead_text}, and {rng.choice(AUTHORS).split()[0]} "
            f"{rng.choice(['Abara', 'Lindqvist', 'Moreau', 'Castillo', 'Nakamura'])}, who leads "
            f"one of the groups, said the fight would go on until then.",
        ]
        if rng.random() < 0.5:
            old = rng.randint(pub.year - 12, pub.year - 3)
            paras.append(
                f"The dispute echoes the {old} talks over a similar project, which collapsed "
                f"after months of delay and cost the {org} its former director."
            )
        return paras

    def gold(self, page_id: str, value: str | None, source: str, layout: str) -> dict:
        precision = None if value is None else ("month" if len(value) == 7 else "day")
        return {
            "id": page_id,
            "layout": layout,
            "published": value,
            "precision": precision,
            "source": source,
            "mentions": self.mentions,
        }


def _time(rng: random.Random) -> tuple[int, int]:
    return rng.randint(0, 23), rng.randint(0, 59)


def _ampm(hour: int, minute: int, style: int) -> str:
    suffix = ["AM", "PM", "a.m.", "p.m.", "am", "pm"][style % 3 * 2 + (hour >= 12)]
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {suffix}"


def _menu(rng: random.Random) -> list[str]:
    items = ["Home", "News", "World", "Business", "Sport", "Opinion", "Culture", "Video"]
    return rng.sample(items, rng.randint(3, 6))


def _related(rng: random.Random, pub: date, dated: bool) -> list[str]:
    lines = ["Related stories" if rng.random() < 0.5 else "More from this section"]
    for _ in range(rng.randint(2, 4)):
        org, thing, group, _ = rng.choice(TOPICS)
        title = f"{rng.choice(CITIES)[0].title()} {org} under fire over {thing}"
        if dated:
            other = pub + timedelta(days=rng.randint(-400, 30))
            lines.append(title)
            lines.append(f"{other.day:02d} {ABBR[other.month - 1]}, {other.year}")
        else:
            lines.append(title)
    return lines


# Each layout writes (lines, gold value, gold source) for a page published on ``p.published``.


def agency_dateline_no_year(p: Page) -> tuple[list[str], str, str]:
    pub = p.published
    style = p.rng.randint(0, 2)
    if style == 0:
        line = f"{p.city}, {MONTH[pub.month - 1]} {pub.day} ({p.agency}) - "
    elif style == 1:
        line = f"{p.city}, {AP[pub.month - 1]} {pub.day} ({p.agency}) -- "
    else:
        line = f"{p.city}, {ABBR[pub.month - 1]} {pub.day} \u2014 "
    lines = [*_menu(p.rng), p.headline(), f"By {p.author}", ""]
    body = p.body(line)
    lines += [body[0], "", *"\n\n".join(body[1:]).split("\n")]
    lines += ["", f"Reporting by {p.author}; Editing by {p.rng.choice(AUTHORS)}"]
    return lines, pub.isoformat(), "dateline"


def agency_dateline_region(p: Page) -> tuple[list[str], str, str]:
    pub = p.published
    line = f"{p.city} /{p.region}/, {MONTH[pub.month - 1]} {pub.day}. /{p.agency.upper()}/. "
    lines = [p.headline(), ""]
    body = p.body(line)
    return lines + ["\n\n".join(body)], pub.isoformat(), "dateline"


def city_colon_dateline(p: Page) -> tuple[list[str], str, str]:
    pub = p.published
    line = f"{p.city.title()}, {MONTH[pub.month - 1]} {pub.day}: "
    lines = [p.outlet, *_menu(p.rng), p.headline(), ""]
    return lines + ["\n\n".join(p.body(line))], pub.isoformat(), "dateline"


def press_wire(p: Page) -> tuple[list[str], str, str]:
    pub = p.published
    month = [AP, MONTH, ABBR][p.rng.randint(0, 2)][pub.month - 1]
    line = f"{p.city}, {p.region}, {month} {pub.day}, {pub.year} /PRWirecast/ -- "
    lines = ["News provided by", p.rng.choice(["Halvorsen Foods", "Brightpath Labs"]), ""]
    lines += [p.headline(), ""]
    return lines + ["\n\n".join(p.body(line))], pub.isoformat(), "dateline"


def outlet_paren_dateline(p: Page) -> tuple[list[str], str, str]:
    pub = p.published
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(pub.day, "th")
    line = f"{p.city}, ({p.outlet} - {pub.day}{suffix} {ABBR[pub.month - 1]}, {pub.year}) - "
    lines = [p.headline(), ""]
    return lines + ["\n\n".join(p.body(line))], pub.isoformat(), "dateline"


def byline_shapes(p: Page) -> tuple[list[str], str, str]:
    pub, rng = p.published, p.rng
    h, m = _time(rng)
    shapes = [
        f"{ABBR[pub.month - 1]} {pub.day} {pub.year} {_ampm(h, m, 0)}",
        f"{MONTH[pub.month - 1]} {pub.day},{pub.year}",
        f"{p.outlet} | {MONTH[pub.month - 1]} {pub.day}, {pub.year}",
        f"{p.author}, {p.outlet} {weekday_name(pub)} {pub.day} {MONTH[pub.month - 1]} {pub.year}",
        f"{pub.day:02d}-{pub.month:02d}-{pub.year} | {_ampm(h, m, 0)}",
        f"{pub.isoformat()}T{h:02d}:{m:02d}:00+00:00",
        f"{pub.day} {MONTH[pub.month - 1]} {pub.year}, {h:02d}:{m:02d} BST",
        f"{AP[pub.month - 1]} {pub.day}, {pub.year} {_ampm(h, m, 1)} ET",
        f"{pub.day:02d} {ABBR[pub.month - 1].upper()} {pub.year} {h:02d}:{m:02d}",
        f"| @{p.outlet.replace(' ', '').lower()} | {ABBR[pub.month - 1]} {pub.day}, {pub.year}, "
        f"at {_ampm(h, m, 2)}",
    ]
    stamp = rng.choice(shapes)
    lines = [*_menu(rng), p.headline(), f"By {p.author}", stamp, ""]
    return lines + ["\n\n".join(p.body())], pub.isoformat(), "byline"


def labelled_stamps(p: Page) -> tuple[list[str], str, str]:
    pub, rng = p.published, p.rng
    h, m = _time(rng)
    later = pub + timedelta(days=rng.randint(0, 3))
    shapes = [
        f"Published: {MONTH[pub.month - 1]} {pub.day}, {pub.year} {_ampm(h, m, 0)}",
        f"Posted On: {pub.day:02d} {ABBR[pub.month - 1].upper()} {pub.year} {h % 12 + 1}:{m:02d}PM "
        f"by {p.outlet}",
        f"Published on {weekday_name(pub)}, {MONTH[pub.month - 1]} {pub.day:02d}, {pub.year}",
        f"Posted: {ABBR[pub.month - 1]} {pub.day}, {pub.year} / {_ampm(h, m, 0)} EDT",
        f"Published {pub.day} {MONTH[pub.month - 1]} {pub.year}",
        f"Updated: {later.day:02d}-{later.month:02d}-{later.year} {h:02d}:{m:02d} IST\n"
        f"Published: {pub.day:02d}-{pub.month:02d}-{pub.year} {h:02d}:{m:02d} IST",
        f"Last updated {long_date(later)}\nFirst published {long_date(pub)}",
        f"Updated {ABBR[later.month - 1]} {later.day}, {later.year} | Published {ABBR[pub.month - 1]}"
        f" {pub.day}, {pub.year}",
    ]
    stamp = rng.choice(shapes)
    lines = [p.outlet, *_menu(rng), p.headline(), p.author, *stamp.split("\n"), ""]
    return lines + ["\n\n".join(p.body())], pub.isoformat(), "header" if ":" in stamp else "byline"


def glued_stamp(p: Page) -> tuple[list[str], str, str]:
    pub, rng = p.published, p.rng
    shapes = [
        f"By {p.agency}{weekday_name(pub)}, {MONTH[pub.month - 1]} {pub.day}, {pub.year}",
        f"{p.outlet.replace(' ', '')}{pub.day:02d}-{pub.month:02d}-{pub.year}",
        f"{p.author}{long_date(pub)}",
    ]
    lines = [*_menu(rng), p.headline(), rng.choice(shapes), ""]
    return lines + ["\n\n".join(p.body())], pub.isoformat(), "byline"


def partial_header(p: Page) -> tuple[list[str], str, str]:
    pub = p.published
    value = f"{pub.year}-{pub.month:02d}"
    lines = [f" date {value} {p.headline()}", ""]
    return lines + ["\n\n".join(p.body())], value, "header"


def machine_header(p: Page) -> tuple[list[str], str, str]:
    pub, rng = p.published, p.rng
    h, m = _time(rng)
    head = rng.choice(
        [
            f" date {pub.isoformat()} ",
            f"Date:{pub.isoformat()} {h:02d}:{m:02d}:00",
            f"{pub.isoformat()}",
        ]
    )
    lines = [head + (p.headline() if head.startswith(" date") else ""), ""]
    if not head.startswith(" date"):
        lines = [p.headline(), head, ""]
    return lines + ["\n\n".join(p.body())], pub.isoformat(), "header"


def caption_date(p: Page) -> tuple[list[str], str, str]:
    pub, rng = p.published, p.rng
    org = p.topic[0]
    caption = (
        f"Protesters gather outside the offices of the {org} in {p.city.title()} on "
        f"{long_date(pub)}. ({rng.choice(['Photo', 'Image'])}: {p.agency} / {p.author})"
    )
    lines = [p.headline(), caption, ""]
    return lines + ["\n\n".join(p.body(days_back=0))], pub.isoformat(), "caption"


def byline_at_end(p: Page) -> tuple[list[str], str, str]:
    pub, rng = p.published, p.rng
    h, m = _time(rng)
    end = rng.choice(
        [
            f"Published on: {weekday_name(pub)}, {MONTH[pub.month - 1]} {pub.day:02d}, {pub.year}, "
            f"{_ampm(h, m, 0)} IST",
            f"Posted: {long_date(pub)}",
            f"Published {pub.day} {MONTH[pub.month - 1]} {pub.year}",
        ]
    )
    lines = [p.headline(), "", "\n\n".join(p.body()), "", "Advertisement", "", end]
    return lines, pub.isoformat(), "header" if ":" in end else "byline"


def clock_above_masthead(p: Page) -> tuple[list[str], str, str]:
    pub, rng = p.published, p.rng
    today = pub + timedelta(days=rng.randint(30, 900))
    h, m = _time(rng)
    clock = rng.choice(
        [
            f"{long_date(today)} {_ampm(h, m, 2)} (IST)",
            f"{weekday_name(today)}, {today.day} {MONTH[today.month - 1]} {today.year}",
            f"Today: {weekday_name(today)} {long_date(today)}",
        ]
    )
    stamp = rng.choice(
        [
            f"| @{p.outlet.replace(' ', '').lower()} | {ABBR[pub.month - 1]} {pub.day}, {pub.year}",
            f"By {p.author} {long_date(pub)}",
            f"{long_date(pub)} {_ampm(h, m, 0)}",
        ]
    )
    lines = [clock, "Follow us:", p.outlet, *_menu(rng), p.headline(), stamp, ""]
    return lines + ["\n\n".join(p.body())], pub.isoformat(), "byline"


def related_list_only(p: Page) -> tuple[list[str], None, str]:
    lines = [*_menu(p.rng), p.headline(), ""]
    lines += ["\n\n".join(p.body()), "", *_related(p.rng, p.published, True)]
    return lines, None, "none"


def related_list_and_byline(p: Page) -> tuple[list[str], str, str]:
    pub = p.published
    lines = [p.headline(), f"{p.author} | {long_date(pub)}", ""]
    lines += ["\n\n".join(p.body()), "", *_related(p.rng, pub, True)]
    return lines, pub.isoformat(), "byline"


def quoted_post(p: Page) -> tuple[list[str], str, str]:
    pub, rng = p.published, p.rng
    old = pub - timedelta(days=rng.randint(1, 40))
    handle = p.author.split()[0].lower()
    body = p.body()
    post = [
        f"Nobody asked us. Nobody. #{p.city.title()}",
        f"\u2014 {p.author} (@{handle}) {long_date(old)}",
    ]
    lines = [p.headline(), f"By {p.author}", f"{AP[pub.month - 1]} {pub.day}, {pub.year}", ""]
    lines += [body[0], "", *post, "", "\n\n".join(body[1:])]
    return lines, pub.isoformat(), "byline"


def no_date(p: Page) -> tuple[list[str], None, str]:
    lines = [*_menu(p.rng), p.headline(), f"By {p.author}", ""]
    return lines + ["\n\n".join(p.body())], None, "none"


LAYOUTS = [
    (agency_dateline_no_year, 14),
    (agency_dateline_region, 8),
    (city_colon_dateline, 8),
    (press_wire, 10),
    (outlet_paren_dateline, 6),
    (byline_shapes, 24),
    (labelled_stamps, 20),
    (glued_stamp, 9),
    (partial_header, 6),
    (machine_header, 8),
    (caption_date, 6),
    (byline_at_end, 9),
    (clock_above_masthead, 12),
    (related_list_only, 5),
    (related_list_and_byline, 6),
    (quoted_post, 6),
    (no_date, 8),
]


def main() -> None:
    rng = random.Random(20261207)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("gen_*.txt"):
        old.unlink()
    golds = []
    number = 0
    for layout, count in LAYOUTS:
        for _ in range(count):
            published = date(2012, 1, 1) + timedelta(days=rng.randint(0, 13 * 365))
            page = Page(rng, published)
            lines, value, source = layout(page)
            page_id = f"gen_{number:03d}_{layout.__name__}"
            (OUT / f"{page_id}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
            gold = page.gold(page_id, value, source, layout.__name__)
            if value is None:  # the day it was written, which the page does not show
                gold["truth"] = published.isoformat()
            golds.append(gold)
            number += 1
    hand = OUT / "hand_gold.jsonl"
    if hand.exists():
        golds += [
            json.loads(line) for line in hand.read_text(encoding="utf-8").splitlines() if line
        ]
    with (OUT / "gold.jsonl").open("w", encoding="utf-8") as out:
        for gold in golds:
            out.write(json.dumps(gold, ensure_ascii=False) + "\n")
    print(f"{number} generated pages, {len(golds)} gold rows in {OUT}")


if __name__ == "__main__":
    main()
