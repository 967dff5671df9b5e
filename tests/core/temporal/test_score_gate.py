"""The tagger's floors on the corpora kept in the repository: no change may lose them.

``bench/data/narrative_dev.jsonl`` (history passages the narrative rules were built on),
``bench/data/news_blind.jsonl``, ``history_blind.jsonl`` and ``langs_blind.jsonl`` (news reports,
history passages and news in de, fr, es, ru and ko, written and annotated before the tagger
first ran on them: 86.1, 90.2 and 84.8 value F1 then; the rules since found on them keep them
above the floors; a fifth round of seven reports, sports, court, weather, earnings, space, an
obituary and a history feature, 87 gold, scored 88.5 at its first run; a sixth, four war
narratives, 46 gold, 97.8; a seventh, five business and politics reports, 51 gold, 93.2; an
eighth, four wire reports, 36 gold, 90.4); ``es_news_blind.jsonl`` (ten Spanish wire reports in the
TempEval style, 95 gold; a second round of eight, 67 gold, 96.2 at its first run; a third of
six agency reports of the 2000s, 45 gold, 88.4; a fourth of five Latin American reports, 35 gold,
87.1) and ``langs2_blind.jsonl`` (sixteen German, French, Russian and Korean
reports, 125 gold; a second round of twelve, 89 gold, 84.9 at its first run; a third of eight,
54 gold, 89.1; a fourth of six in de, fr and ru, 39 gold, 94.7, and of three in ko, 19 gold, 78.9), blind rounds of ``bench/make_langs_blind2.py``: 90.0 and 89.4 at their first
run). ``news_blind9.jsonl`` (eight reports: strike, feature, obituary, marathon, merger, comet,
election, holiday retail; 88 gold) scored 90.3 at its first run and ``history_blind7.jsonl``
(six passages with no word on their genre, one of them BC; 73 gold) 83.3,
``history_blind8.jsonl`` (three longer encyclopedic articles, one in years of three digits; 56
gold) 90.9, ``news_blind10.jsonl`` (six wiki-news style reports; 57 gold) 86.2,
``news_blind11.jsonl`` (six reports: verdict, television, obituary, earthquake, cycling, fiscal
results; 50 gold) 87.1, ``history_blind9.jsonl`` (two war articles, 1904-05 and the seventeenth
century; 38 gold) 84.2 and its third passage, added after, 5 of 7 right, ``news_blind12.jsonl``
(five economy and sport reports; 41 gold) 96.4, ``news_blind13.jsonl`` (nine wire reports of
every news family; 105 gold) 94.7 (``make_*`` scripts say what was mended in their gold after
it). ``langs3_blind.jsonl`` (nineteen reports in de, fr, es, ru and ko weighted to offsets
from events, parts of days and months, ranges, holidays, quarters and the turn of the year; 149
gold, ``bench/make_langs_blind3.py``) scored 84.9 at its first run (89.0 on the gold as mended
after it), and a second batch of ten written after those were fixed (65 gold) 88.0; the 216
gold now score 98.9. ``cjk_blind.jsonl`` (twelve Japanese and Chinese reports, 96 gold,
``bench/make_cjk_blind.py``) scored 0.0 at its first run, when both languages had no grammar;
97.9 with the ``ja`` and ``zh`` folders; ``it_blind.jsonl`` (six Italian reports, 45 gold,
``bench/make_it_blind.py``, written after the ``it`` folder) 81.0 at its first run, 89.9 after
the clock after "dalle"/"le", the reach of "settimana prossima", "l'estate" and "per" + a day
ahead were mended; ``news_blind14.jsonl`` (sixteen wire reports at sixteen anchors, 178 gold,
``bench/make_news_blind14.py``) 91.0 at its first run, 97.8 after round 14's rules
(``tests/core/temporal/news_round14_golden.py``); ``news_blind15.jsonl`` (nine more, 78 gold,
written after those rules) 94.2 at its first run, 96.2 after "might", "could take years" and a
clock time of a plan not put on a day gone; ``pt_blind.jsonl`` (seventeen Brazilian and European Portuguese reports, 158
gold, ``bench/make_pt_blind.py``, written before the ``pt`` folder) 16.1 at its first run, when
Portuguese was detected as Spanish, 97.2 with the ``pt`` folder; ``pt_blind2.jsonl`` (ten reports
from Brazil, Portugal, Angola and Mozambique, 89 gold, ``bench/make_pt_blind2.py``, written after
the folder) 86.9 at its first run, 95.0 after "na manhã de ontem", "esta quinta-feira" (the
anchor's week), "no fim da tarde", "de 14 a 22 de agosto" and "pela noite dentro" were mended;
``pt_blind3.jsonl`` (eight reports weighted to holidays, clock times on a day told before and
offsets hung on events, 63 gold, ``bench/make_pt_blind3.py``) 83.5 at its first run, its misses
in the engine's resolution rather than the words (see its maker); 85.0 once "há" after a lasting
state ("no poder há dez anos") is a length; ``gl_blind.jsonl`` (six Galician reports, 40 gold,
``bench/make_gl_blind.py``; Galician is read by the ``pt`` folder) 32.0 at its first run, when
that folder knew no Galician word, 100.0 with them; ``langs4_blind.jsonl`` (twenty reports in
de, fr, es and ru stressing event-hung offsets, start/end of week, month and year, quarters,
centuries, holidays, clock times with parts of day, sets and "seit"/"depuis"/"уже третий год";
167 gold, ``bench/make_langs_blind4.py``) 93.1 at its first run (94.9 on the gold as mended
after it), 99.1 once compounds of "Wahl", "парад", "Anfang/Ende der Woche", "уже N-й год",
"depuis" + a weekday, Russian forecast verbs and "víspera de Navidad" were data; its second
batch (twelve reports, 91 gold, written after those fixes) 91.4 at its first run, a third
(eight reports, 66 gold, written after the second round of fixes) 97.7; the 324 gold now score
98.9 (de 98.7, fr 97.5, es 100.0, ru 99.4; lower-cased 98.8). ``news_blind16.jsonl``
(twenty-five wire reports, 203 gold, ``bench/make_news_blind16.py``) 94.8 at its first run,
96.8 after; ``history_blind10.jsonl`` (fifteen narrative passages from 334 BC to 1962, 138
gold, ``bench/make_history_blind10.py``) 88.3 at its first run, 96.7 after (both on the gold
as written then; three gold lines mended after, see the makers). Scored as ``bench/eval_tempeval.py`` scores TempEval-3 Task A. Raise the floors when a
change finds more, never lower them.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).parents[3] / "bench"
FLOORS = {"narrative_dev.jsonl": 99.0, "news_blind.jsonl": 94.5, "history_blind.jsonl": 97.0,
          "langs_blind.jsonl": 95.5, "es_news_blind.jsonl": 99.0, "langs2_blind.jsonl": 98.0,
          "news_blind9.jsonl": 96.5, "history_blind7.jsonl": 97.5, "history_blind8.jsonl": 99.5,
          "news_blind10.jsonl": 97.0, "news_blind11.jsonl": 96.5, "history_blind9.jsonl": 99.5,
          "news_blind12.jsonl": 99.5, "news_blind13.jsonl": 99.0, "news_blind14.jsonl": 97.5,
          "news_blind15.jsonl": 96.0, "news_blind16.jsonl": 96.5, "history_blind10.jsonl": 96.5,
          "langs3_blind.jsonl": 98.5, "cjk_blind.jsonl": 97.5, "it_blind.jsonl": 89.5,
          "pt_blind.jsonl": 97.0, "pt_blind2.jsonl": 94.5,
          "pt_blind3.jsonl": 84.5, "gl_blind.jsonl": 99.0, "langs4_blind.jsonl": 98.5}


def _eval_module():
    if "eval_tempeval" not in sys.modules:
        spec = importlib.util.spec_from_file_location("eval_tempeval", BENCH / "eval_tempeval.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    return sys.modules["eval_tempeval"]


@pytest.mark.parametrize(("corpus", "floor"), sorted(FLOORS.items()))
def test_value_f1_holds_its_floor(corpus: str, floor: float) -> None:
    score = _eval_module().score_file(BENCH / "data" / corpus)
    assert score.gold >= 40
    assert score.value_f1() >= floor, score.report(corpus)


LOWER_FLOORS = {"narrative_dev.jsonl": 95.5, "news_blind.jsonl": 94.0, "history_blind.jsonl": 96.5,
                "langs_blind.jsonl": 95.0, "es_news_blind.jsonl": 99.0, "langs2_blind.jsonl": 98.0,
                "news_blind9.jsonl": 96.5, "history_blind7.jsonl": 97.5,
                "history_blind8.jsonl": 98.0, "news_blind10.jsonl": 97.0,
                "news_blind11.jsonl": 96.5, "history_blind9.jsonl": 98.5,
                "news_blind12.jsonl": 99.5, "news_blind13.jsonl": 99.0,
                "news_blind14.jsonl": 97.5, "news_blind15.jsonl": 96.0,
                "news_blind16.jsonl": 96.5, "history_blind10.jsonl": 95.0,
                "langs3_blind.jsonl": 98.5, "cjk_blind.jsonl": 97.5, "it_blind.jsonl": 89.5,
                "pt_blind.jsonl": 97.0, "pt_blind2.jsonl": 94.5,
                "pt_blind3.jsonl": 84.5, "gl_blind.jsonl": 99.0,
                "langs4_blind.jsonl": 98.5}
"""The same corpora lower-cased (as chat, captions and some feeds write): names in any case."""


@pytest.mark.parametrize(("corpus", "floor"), sorted(LOWER_FLOORS.items()))
def test_lower_cased_text_holds_its_floor(corpus: str, floor: float) -> None:
    score = _eval_module().score_file(BENCH / "data" / corpus, prepare=str.lower)
    assert score.value_f1() >= floor, score.report(corpus)


PHRASE_FLOORS = {"p": 100.0, "c": 100.0, "d": 98.5, "e": 86.5}
"""``bench/data/phrases_blind14.jsonl`` (``bench/make_phrases_blind14.py``), the proxy for the
Duckling and ctparse phrase corpora: percent of phrases whose first expression has the gold
value, per batch. ``p``, 161 assistant and date-box phrases at five anchors, 100% at its first
run; ``c``, 65 with a clock in the anchor (offsets in hours and minutes), 80.0% at its first run,
100% after ``clock_anchor.py`` and "the late 90s"; ``d``, 81 harder ones at two more clock
anchors (times gone today, clock words, clock ranges, holidays ahead), 87.7% at its first run,
98.8% after (80 of 81: "from 9:30 to 11 on friday", a clock range with a bare end, is left);
``e``, 61 travel and booking requests, 75.4% at its first run, 86.9% after (one gold line mended
to the policy for "next <weekday>": the first after today)."""


@pytest.mark.parametrize(("batch", "floor"), sorted(PHRASE_FLOORS.items()))
def test_phrase_share_holds_its_floor(batch: str, floor: float) -> None:
    spec = importlib.util.spec_from_file_location("eval_phrases", BENCH / "eval_phrases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.share_right(batch=batch) >= floor


PHRASES15_FLOOR = 99.0
"""``bench/data/phrases_blind15.jsonl`` (``bench/make_phrases_blind15.py``), 334 phrases at six
anchors with negatives that hold no date: 317 right (94.9%) at its first run, 324 (97.0%)
after round 16's rules (``tests/core/temporal/round16_golden.py``; "from the 4th"), 332
(99.4%) once English numeric dates nothing settles ("7/4", "1/5/24") are read month first,
the policy stated in ``docs/numeric-dates.md``. Left: "the 1st" in a past-preferring box two
days before the next 1st; "the fourth quarter" said in February with ``prefer="past"``."""


def test_phrases15_share_holds_its_floor() -> None:
    spec = importlib.util.spec_from_file_location("eval_phrases", BENCH / "eval_phrases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.share_right(BENCH / "data" / "phrases_blind15.jsonl") >= PHRASES15_FLOOR
