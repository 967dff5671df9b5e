"""A user says which language an article is in: an undoable correction, saved with the project."""

from __future__ import annotations

from datetime import date, datetime

from timeline_app.core.corrections.edits import SetLanguage, edit_from_dict, edit_to_dict
from timeline_app.core.ingest import article_from_text
from timeline_app.core.storage.export import event_rows
from timeline_app.core.story.document import Document
from timeline_app.core.story.pipeline import LoadResult, analyze
from timeline_app.core.story.projects import document_of, open_project, save_document

WHEN = datetime(2026, 12, 1, 9, 30)
PAGE = (
    "Marché couvert rouvert\n\n"
    "Le marché couvert a rouvert le 12 mars 2022 après un an de travaux. "
    "Les commerçants sont revenus en 2021 déjà pour préparer les étals.\n"
)


def _document() -> Document:
    document = Document()
    article = article_from_text(PAGE, article_id="m1")
    article.published = date(2022, 3, 12)
    document.add(LoadResult([analyze(article)]))
    return document


def test_overriding_the_language_is_undone_by_its_inverse():
    doc = _document()
    assert doc.analyses["m1"].article.lang == "fr"
    assert [m.value for m in doc.analyses["m1"].mentions] == ["2022-03-12", "P1Y", "2021"]
    inverse = doc.apply(SetLanguage("m1", "es", made_at=WHEN))
    assert doc.analyses["m1"].article.lang == "es"
    assert {row["lang"] for row in event_rows(doc.timeline)} == {"es"}
    assert doc.describe(("language", "m1")) == "es"
    # tagged again with the Spanish grammar ("mars" is no Spanish month), against its own anchor
    assert doc.analyses["m1"].anchor.value == date(2022, 3, 12)
    assert [m.value for m in doc.analyses["m1"].mentions] == ["2021"]
    doc.apply(inverse)
    assert doc.analyses["m1"].article.lang == "fr"
    assert [m.value for m in doc.analyses["m1"].mentions] == ["2022-03-12", "P1Y", "2021"]
    assert len(doc.corrections) == 0


def test_an_empty_language_goes_back_to_the_detected_one():
    doc = _document()
    doc.apply(SetLanguage("m1", "de"))
    doc.apply(SetLanguage("m1", ""))
    assert doc.analyses["m1"].article.lang == "fr" and len(doc.corrections) == 0


def test_the_override_round_trips_through_json_and_the_project(tmp_path):
    edit = SetLanguage("m1", "ko", note="Korean wire copy", made_at=WHEN)
    assert edit_from_dict(edit_to_dict(edit)) == edit
    doc = _document()
    doc.apply(edit)
    path = tmp_path / "story.timeline"
    save_document(path, doc)
    again = document_of(open_project(path))
    assert again.corrections == doc.corrections
    assert again.analyses["m1"].article.lang == "ko"
