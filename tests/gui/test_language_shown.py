"""Each article's language is shown in the article list and in the reader's header."""

from __future__ import annotations

import os

from timeline_app.core.ingest import article_from_text
from timeline_app.core.story.document import Document
from timeline_app.core.story.pipeline import LoadResult, analyze
from timeline_app.gui.articles_panel import ArticlesPanel
from timeline_app.gui.display import language_name
from timeline_app.gui.reader import ArticleReader

PAGES = {
    "ko": "시청 광장 새 단장\n\n2022년 4월 2일\n\n시청 광장이 넉 달 공사를 마치고 2022년 4월 2일 다시 문을 열었다. "
    "시민들은 새로 심은 나무 아래에서 주말을 보냈다.",
    "ru": "Площадь открыли после ремонта\n\n2 апреля 2022\n\nГородская площадь вновь открылась после "
    "четырёх месяцев работ. Горожане провели выходные под новыми деревьями.",
}


def _document() -> Document:
    document = Document()
    articles = [article_from_text(text, article_id=code) for code, text in PAGES.items()]
    document.add(LoadResult([analyze(a) for a in articles]))
    return document


def test_language_names_come_from_qt_locale_data():
    assert [language_name(c) for c in ("ru", "ko", "de", "fr", "es", "en")] == [
        "Russian", "Korean", "German", "French", "Spanish", "English",
    ]  # fmt: skip
    assert language_name("") == ""


def test_article_list_and_reader_show_the_language(qtbot):
    document = _document()
    panel = ArticlesPanel(document)
    qtbot.addWidget(panel)
    shown = {a.article.id: panel.model_.subtitle(a) for a in document.analyses.values()}
    assert {code: text.rsplit(" · ", 1)[-1] for code, text in shown.items()} == {
        "ko": "KO", "ru": "RU",
    }  # fmt: skip
    reader = ArticleReader(document)
    qtbot.addWidget(reader)
    reader.resize(520, 300)
    reader.show_article("ko")
    assert "Korean" in reader.meta.text()
    reader.show_article("ru")
    assert "Russian" in reader.meta.text()
    if shots := os.environ.get("TIMELINE_SHOTS"):
        reader.show()
        reader.grab().save(os.path.join(shots, "reader_ru.png"))
        panel.resize(360, 140)
        panel.show()
        panel.grab().save(os.path.join(shots, "articles_panel.png"))
