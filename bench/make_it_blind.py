"""Build ``bench/data/it_blind.jsonl``: a blind round of Italian news, gold first.

News reports in the project's own words on invented happenings, annotated (TimeML values, a
DCT per report) after the ``it`` rule folder was written but before the tagger first ran on
them: full dates, days with their month, months and years, weekdays, deictic days, the week,
month and year before and after, seasons, clock times, parts of the day, durations and offsets.
Spans leave the articles and prepositions out ("il [28 dicembre]", "la [settimana scorsa]").

First run (45 gold): 81.0 value F1. Missed then, and mended in the rules as general forms (no
string of these reports): a clock time after "dalle" and "le" (only "alle" was read), "la
settimana prossima" (its rule read too few characters after the unit), a season after an elided
article ("l'estate"), a month after "per"; a weekday after "per" lies ahead ("per sabato": a
deadline word in cues.txt). Left: "l'8 e il 9 giugno" (a day before a list's month), the Sunday
of the election named before ("domenica", read as the coming one), "due giorni prima della
scadenza" of an undated deadline.

Usage: python bench/make_it_blind.py [OUT_FILE]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_narrative_dev import write_from_args  # noqa: E402

REPORTS: list[tuple[str, str, str]] = [
    ("it-manovra", "2023-12-28", """\
Il Senato ha approvato [[ieri|2023-12-27]] la legge di bilancio. Il testo era stato presentato \
dal governo il [[16 ottobre|2023-10-16]] e la Camera lo aveva votato la [[settimana \
scorsa|2023-W51]]. Le nuove misure entreranno in vigore il [[primo gennaio|2024-01-01]]. Il \
ministro ha detto che i primi effetti si vedranno nella [[prossima primavera|2024-SP]]. \
L'[[anno scorso|2022]] la manovra era stata approvata [[due giorni|P2D]] prima della scadenza."""),
    ("it-terremoto", "2024-01-10", """\
Una scossa di magnitudo 4.2 è stata registrata [[ieri sera|2024-01-09TEV]] in Appennino. La \
terra aveva già tremato [[tre giorni fa|2024-01-07]]. I tecnici della protezione civile \
effettueranno i controlli sugli edifici [[domani|2024-01-11]] alle [[9|2024-01-11T09:00]]. \
Le scuole resteranno chiuse fino a [[lunedì|2024-01-15]]. L'ultimo terremoto forte nella zona \
risale al [[2016|2016]]."""),
    ("it-elezioni", "2024-05-22", """\
Le elezioni europee si terranno l'[[8|2024-06-08]] e il [[9 giugno|2024-06-09]]. La campagna \
elettorale è entrata [[oggi|2024-05-22]] nella fase finale. I seggi resteranno aperti \
[[domenica|2024-06-09]] fino alle [[23|2024-06-09T23:00]]. Nel [[2019|2019]] l'affluenza era \
stata del 54 per cento. I risultati definitivi sono attesi la [[settimana prossima|2024-W22]] \
dopo lo spoglio, che dura di solito [[due giorni|P2D]]."""),
    ("it-borsa", "2025-03-07", """\
Piazza Affari ha chiuso [[oggi|2025-03-07]] in rialzo dell'1,2 per cento. Il [[mese \
scorso|2025-02]] l'indice aveva perso il 3 per cento in [[due settimane|P2W]]. [[Mercoledì|2025-03-05]] \
i mercati avevano reagito ai dati sull'inflazione. Gli analisti attendono la riunione della \
Banca centrale europea di [[giovedì prossimo|2025-03-13]]. Rispetto a [[due anni fa|2023]] \
l'indice è salito del 40 per cento. [[Quest'anno|2025]] le banche hanno guidato i rialzi."""),
    ("it-treni", "2024-07-19", """\
Le Ferrovie hanno annunciato [[stamattina|2024-07-19TMO]] uno sciopero del personale per \
[[sabato|2024-07-20]]. Lo stop durerà [[otto ore|PT8H]], dalle [[9|2024-07-20T09:00]] alle \
[[17|2024-07-20T17:00]]. Un'altra protesta era stata organizzata il [[5 luglio|2024-07-05]]. \
I sindacati chiedono il rinnovo del contratto, scaduto [[tre anni fa|2021]]. Un incontro con \
l'azienda è previsto [[tra due settimane|2024-W31]]. Durante l'[[estate|2024-SU]] sono attesi \
altri disagi."""),
    ("it-museo", "2024-10-15", """\
Il museo civico riaprirà al pubblico [[venerdì|2024-10-18]] dopo [[due anni|P2Y]] di lavori. Il \
cantiere era stato aperto nel [[settembre 2022|2022-09]]. L'inaugurazione è fissata per le \
[[18|2024-10-18T18:00]]. [[Domenica prossima|2024-10-20]] l'ingresso sarà gratuito. Il sindaco ha \
visitato le sale [[ieri mattina|2024-10-14TMO]] e ha annunciato una nuova mostra per [[dicembre|2024-12]]. \
Nel [[2023|2023]] i visitatori erano stati appena tremila."""),
]


def main(argv: list[str] | None = None) -> int:
    write_from_args(REPORTS, "it_blind", "it_blind.jsonl", argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
