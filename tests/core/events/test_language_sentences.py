"""Sentences and labels in Russian, Korean, German, French and Spanish (text written here)."""

from __future__ import annotations

import pytest

from timeline_app.core.events.labels import make_label
from timeline_app.core.events.sentences import SentenceIndex, split_sentences

# (language, text, its sentences)
SPLITS = [
    ("de", "Der Vertrag wurde am 3. März 2019 unterzeichnet. Am 15. Okt. folgte die Ratifizierung. "
     "Die 2. Lesung fand im Jan. statt.",
     ["Der Vertrag wurde am 3. März 2019 unterzeichnet.", "Am 15. Okt. folgte die Ratifizierung.",
      "Die 2. Lesung fand im Jan. statt."]),
    ("fr", "Le pont a rouvert le 14 mars 2019. M. Dupont est arrivé lundi à Lyon. Tout va bien.",
     ["Le pont a rouvert le 14 mars 2019.", "M. Dupont est arrivé lundi à Lyon.", "Tout va bien."]),
    ("ru", "Мост открыли 5 марта 2019 г. в Казани. Министр И. П. Петров прибыл в среду.",
     ["Мост открыли 5 марта 2019 г. в Казани.", "Министр И. П. Петров прибыл в среду."]),
    ("es", "El puente se abrió el 9 de octubre. El Sr. García llegó el lunes a Bilbao.",
     ["El puente se abrió el 9 de octubre.", "El Sr. García llegó el lunes a Bilbao."]),
    ("ko", "정부는 2019년 3월 5일 새 법안을 발표했다. 국회는 다음 주에 표결한다.",
     ["정부는 2019년 3월 5일 새 법안을 발표했다.", "국회는 다음 주에 표결한다."]),
    # English is the segmenter's: a day ends a sentence there
    ("en", "The plan was approved on May 3. The vote was close.",
     ["The plan was approved on May 3.", "The vote was close."]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), SPLITS)
def test_sentences_are_split_where_the_language_ends_them(lang, text, expected):
    assert [text[a:b] for a, b in split_sentences(text, lang)] == expected
    index = SentenceIndex.of(text, lang)
    assert [text[a:b] for a, b in index.spans] == expected


# (sentence, its temporal expression, the label)
LABELS = [
    ("Переговоры возобновятся в мае, заявил министр иностранных дел.", "в мае",
     "Переговоры возобновятся"),
    ("По словам министра, работы начались 3 марта в новом здании.", "3 марта",
     "Работы начались в новом здании"),
    ("Les négociations reprendront en mai, a déclaré le ministre.", "en mai",
     "Les négociations reprendront"),
    ("Selon le ministère, les travaux ont commencé le 3 mars à Lyon.", "le 3 mars",
     "Les travaux ont commencé à Lyon"),
    ("Las negociaciones se reanudarán en mayo, dijo el ministro.", "en mayo",
     "Las negociaciones se reanudarán"),
    ("La empresa informó que la planta abrirá en mayo de 2024 en Valencia.", "en mayo de 2024",
     "La planta abrirá en Valencia"),
    ("Die Verhandlungen werden im Mai fortgesetzt, sagte der Minister.", "im Mai",
     "Die Verhandlungen werden fortgesetzt"),
    ("정부는 2019년 3월 5일 새 법안을 발표했다.", "2019년 3월 5일", "정부는 새 법안을 발표했다"),
    # Korean attribution comes last ("…했다고 밝혔다"): what was said is the label
    ("외교부는 5일 북한이 미사일을 발사했다고 밝혔다.", "5일", "북한이 미사일을 발사했다"),
    ("김 장관은 이날 \"협상이 타결됐다\"고 말했다.", "이날", "협상이 타결됐다"),
    ("청와대 관계자는 \"회담이 10일 열린다\"라고 전했다.", "10일", "회담이 열린다"),
    ("국방부는 14일 훈련이 끝날 것이라고 밝혔다.", "14일", "훈련이 끝날 것이다"),
    ("그는 지난 5일 기자들에게 회담이 취소됐다고 말했다.", "지난 5일", "회담이 취소됐다"),
    ("그는 5일 \"우리는 준비가 됐다\"며 \"곧 결정하겠다\"고 강조했다.", "5일",
     "우리는 준비가 됐다, 곧 결정하겠다"),
    ("연합뉴스에 따르면 정부는 5일 새 정책을 발표했다.", "5일", "정부는 새 정책을 발표했다"),
    # no subject of its own in what was said: the speaker stays
    ("정부는 이날 기자회견에서 예산을 늘리겠다고 발표했다.", "이날", "정부는 기자회견에서 예산을 늘리겠다"),
    # reported speech in the other languages: quotes and sources go too
    ("Переговоры возобновятся в среду в Женеве, сообщает ТАСС.", "в среду", "Переговоры возобновятся в Женеве"),
    ("«Мы начнём переговоры в среду», — заявил министр.", "в среду", "Мы начнём переговоры"),
    ("Der Minister sagte am Mittwoch, die Gespräche würden in Genf fortgesetzt.", "am Mittwoch",
     "Die Gespräche würden in Genf fortgesetzt"),
    ("„Wir verhandeln am Mittwoch“, sagte der Minister.", "am Mittwoch", "Wir verhandeln"),
    ("Die Gespräche werden am Mittwoch fortgesetzt, wie der Minister mitteilte.", "am Mittwoch",
     "Die Gespräche werden fortgesetzt"),
    ("« Nous négocierons mercredi », a déclaré le ministre.", "mercredi", "Nous négocierons"),
    ("Las negociaciones se reanudarán el miércoles, según ha informado el ministerio.", "el miércoles",
     "Las negociaciones se reanudarán"),
    # no quotative ending ("-다고", "-라고"): nothing is attribution
    ("경찰은 어제 용의자를 체포했다.", "어제", "경찰은 용의자를 체포했다"),
    ("According to officials, the talks will resume next week in Geneva.", "next week",
     "The talks will resume in Geneva"),
    # a preposition or article left before the removed date goes with it
    ("Die Brücke war am 5. März 2018 für die Sanierung gesperrt.", "5. März 2018",
     "Die Brücke war für die Sanierung gesperrt"),
    ("El ministro llegó el lunes a Madrid.", "lunes", "El ministro llegó a Madrid"),
    ("Le pont a rouvert le 14 mars 2019 à Lyon.", "14 mars 2019", "Le pont a rouvert à Lyon"),
    ("Министр прибыл в среду в Москву.", "среду", "Министр прибыл в Москву"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expression", "label"), LABELS)
def test_labels_drop_the_date_and_the_attribution_in_each_language(sentence, expression, label):
    at = sentence.index(expression)
    assert make_label(sentence, (at, at + len(expression))) == label
