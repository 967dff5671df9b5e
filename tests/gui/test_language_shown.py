"""Each article's language is shown in the article list and in the reader's header."""

from __future__ import annotations

import os
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from timeline_app.core.ingest import article_from_text
from timeline_app.core.story.document import Document
from timeline_app.core.story.pipeline import LoadResult, analyze
from timeline_app.gui.articles_panel import ArticlesPanel
from timeline_app.gui.display import language_name
from timeline_app.gui.reader import ArticleReader
from timeline_app.gui.timeline.render import render_png, render_svg
from timeline_app.gui.timeline.theme import fonts, register_fonts

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
    register_fonts()  # as the application does when it starts
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


def _drawn(text: str) -> QImage:
    image = QImage(120, 24, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(fonts()[0])
    painter.drawText(2, 18, text)
    painter.end()
    return image


def test_hangul_and_cyrillic_are_drawn_not_boxes(qtbot):
    assert "Noto Sans KR" in register_fonts()
    boxes = _drawn("\ue000\ue001\ue002")  # private-use characters: no font draws them
    assert _drawn("한국어") != boxes
    assert _drawn("Русский") != boxes
    assert _drawn("한국어") != _drawn("Русский")


def test_a_timeline_png_of_korean_and_russian_articles(qtbot, tmp_path):
    document = _document()
    target = tmp_path / "story.png"
    render_png(document.timeline, target, width=900)
    assert QImage(str(target)).width() == 900
    if shots := os.environ.get("TIMELINE_SHOTS"):
        render_png(document.timeline, os.path.join(shots, "story_ko_ru.png"), width=900)


def test_the_svg_names_the_bundled_font_after_each_family(qtbot, tmp_path):
    target = render_svg(_document().timeline, tmp_path / "story.svg", width=900)
    svg = target.read_text(encoding="utf-8")
    assert "시청 광장이 넉 달 공사를 마치고 다시 문을 열었다" in svg  # text stays text
    families = set(re.findall(r'font-family="([^"]*)"', svg))
    assert families and all("'Noto Sans KR', sans-serif" in f for f in families)
    assert not list(tmp_path.glob("*.part"))
