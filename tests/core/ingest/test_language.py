"""Each article's language: detected at ingest, given by a record, carried to the exports and `tag`."""

from __future__ import annotations

import json

import pytest

from tests.test_cli import _run
from timeline_app.core.ingest import article_from_record, article_from_text
from timeline_app.core.ingest.language import detect_language, normalize_language

# Short news sentences written for this test, a few per language: the detector must get
# headlines and datelines right, not only long paragraphs.
SHORT_NEWS = [
    ("en", "The council voted on Thursday to close the old bridge to lorries."),
    ("en", "Flights resumed after the storm."),
    ("ru", "Совет в четверг проголосовал за закрытие старого моста для грузовиков."),
    ("ru", "Рейсы возобновились после шторма."),
    ("ru", "Новосибирск. 12 января."),
    ("ko", "시의회는 목요일 낡은 다리를 화물차에 폐쇄하기로 의결했다."),
    ("ko", "폭풍이 지나간 뒤 항공편 운항이 재개됐다."),
    ("de", "Der Stadtrat stimmte am Donnerstag für die Sperrung der alten Brücke."),
    ("de", "Nach dem Sturm wurden die Flüge wieder aufgenommen."),
    ("de", "Stand: 14.02.2019 08:05 Uhr"),
    ("fr", "Le conseil municipal a voté jeudi la fermeture du vieux pont aux camions."),
    ("fr", "Les vols ont repris après la tempête."),
    ("es", "El ayuntamiento votó el jueves el cierre del viejo puente a los camiones."),
    ("es", "Los vuelos se reanudaron tras la tormenta."),
    ("es", "La biblioteca abrirá sus puertas en primavera."),
    ("ja", "市議会は木曜日、古い橋をトラックに対して閉鎖することを決めた。"),
    ("ja", "嵐が過ぎた後、航空便の運航が再開された。"),
    ("zh", "市议会周四投票决定禁止卡车通过这座旧桥。"),
    ("zh", "暴风雨过后，航班恢复运行。"),
    ("it", "Il consiglio comunale ha votato giovedì la chiusura del vecchio ponte."),
    ("it", "I voli sono ripresi dopo la tempesta."),
]


@pytest.mark.parametrize(("lang", "text"), SHORT_NEWS)
def test_short_news_text_is_recognised(lang, text):
    assert detect_language(text) == lang


def test_text_without_letters_is_taken_as_the_default_language():
    assert detect_language("", "12.03.2021 — 17:20") == "en"


@pytest.mark.parametrize(
    ("given", "code"),
    [("DE", "de"), ("de-AT", "de"), ("es_MX", "es"), (" ko ", "ko"), ("it", "it"), ("pt-BR", "pt"), ("gl", "pt"), ("nl", ""),
     ("", "")],
)
def test_given_codes_are_normalised_and_unknown_ones_refused(given, code):
    assert normalize_language(given) == code


def test_an_article_knows_its_language_after_ingest():
    raw = (
        "Le musée rouvre ses portes\n\n"
        "Fermé depuis deux ans pour travaux, le musée de la ville a rouvert samedi. "
        "Les visiteurs ont découvert les nouvelles salles consacrées à la photographie."
    )
    assert article_from_text(raw, article_id="x").lang == "fr"


def test_a_record_may_say_its_language_and_is_believed():
    text = "Der Hafen wurde am Montag wieder geöffnet, nachdem das Eis geschmolzen war."
    assert article_from_record({"id": "r", "text": text}).lang == "de"
    # A record's own field wins over detection (a wrong code is ignored, then detected).
    assert article_from_record({"id": "r", "text": text, "lang": "es"}).lang == "es"
    assert article_from_record({"id": "r", "text": text, "lang": "xx"}).lang == "de"


def test_tag_says_the_language_detected_or_given(capsys, monkeypatch):
    text = "Die Ausstellung wurde gestern eröffnet und läuft bis zum Sommer."
    code, out, err = _run(capsys, monkeypatch, ["tag", "--anchor", "2024-05-08"], text)
    assert code == 0, err
    assert json.loads(out)["lang"] == "de"
    code, out, err = _run(
        capsys, monkeypatch, ["tag", "--lang", "FR", "--anchor", "2024-05-08"], text
    )
    assert code == 0, err
    assert json.loads(out)["lang"] == "fr"


def test_tag_refuses_an_unknown_language_in_one_line(capsys, monkeypatch):
    code, out, err = _run(capsys, monkeypatch, ["tag", "--lang", "xx"], "hello")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "--lang" in err


def test_tag_jsonl_lines_carry_their_language(capsys, monkeypatch):
    lines = [
        json.dumps({"id": "a", "text": "Las obras terminaron ayer por la tarde."}),
        json.dumps({"id": "b", "text": "Работы завершились вчера вечером.", "lang": "ru"}),
        json.dumps({"id": "c", "text": "Works ended.", "lang": "zz"}),
    ]
    code, out, err = _run(capsys, monkeypatch, ["tag", "--jsonl"], "\n".join(lines) + "\n")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["id"], r.get("lang")) for r in rows] == [("a", "es"), ("b", "ru"), ("c", None)]
    assert "lang" in rows[2]["error"]
    # --lang is the default for lines that do not say theirs
    code, out, err = _run(capsys, monkeypatch, ["tag", "--jsonl", "--lang", "ko"], lines[0] + "\n")
    assert json.loads(out)["lang"] == "ko"


def test_exports_and_the_anchor_report_carry_each_articles_language(tmp_path, capsys, monkeypatch):
    (tmp_path / "fr.txt").write_text(
        "Le pont rouvre\n\nPublié le 3 mai 2022\n\n"
        "Le vieux pont a rouvert mardi 3 mai 2022 après deux ans de travaux. "
        "Les premiers camions l'ont traversé le 4 mai 2022.\n",
        encoding="utf-8",
    )
    (tmp_path / "en.txt").write_text(
        "Bridge reopens\n\nPublished May 3, 2022\n\n"
        "The old bridge reopened on May 3, 2022 after two years of works. "
        "The first lorries crossed it on May 4, 2022.\n",
        encoding="utf-8",
    )
    code, out, err = _run(capsys, monkeypatch, ["anchors", str(tmp_path), "--json"], "")
    assert code == 0, err
    assert {r["article_id"]: r["lang"] for r in json.loads(out)} == {"en": "en", "fr": "fr"}
    target = tmp_path / "out" / "events.json"
    target.parent.mkdir()
    code, out, err = _run(
        capsys,
        monkeypatch,
        ["export", str(tmp_path / "fr.txt"), str(tmp_path / "en.txt"), "--json", str(target)],
        "",
    )
    assert code == 0, err
    rows = json.loads(target.read_text(encoding="utf-8"))
    assert {r["article_id"] for r in rows} == {"en", "fr"}
    assert all(r["lang"] == r["article_id"] for r in rows)
