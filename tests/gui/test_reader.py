"""The reader marks expressions by granularity, underlines what is not placed, follows events."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor

from tests.gui.test_models import TEXT_A, synthetic_document
from timeline_app.core.corrections.edits import SetAnchor
from timeline_app.core.model import Granularity
from timeline_app.gui.palette import granularity_color, highlight_background
from timeline_app.gui.reader import ArticleReader


def char_format(reader: ArticleReader, offset: int) -> QTextCharFormat:
    cursor = QTextCursor(reader.browser.document())
    cursor.setPosition(offset + 1)  # the format of the character before the cursor
    return cursor.charFormat()


def make_reader(qtbot) -> ArticleReader:
    reader = ArticleReader(synthetic_document())
    qtbot.addWidget(reader)
    reader.resize(500, 400)
    return reader


def test_expressions_coloured_by_granularity_and_vague_ones_underlined(qtbot):
    reader = make_reader(qtbot)
    reader.show_article("a1")
    assert reader.title.text() == "Reyes arrives in Port Selden"
    assert "reuters.com" in reader.meta.text() and "detected" in reader.meta.text()
    assert reader.browser.toPlainText() == TEXT_A
    palette = reader.browser.palette()
    day = char_format(reader, TEXT_A.index("18 October"))
    assert day.background().color() == highlight_background(Granularity.DAY, palette)
    assert day.isAnchor() and day.anchorHref().startswith("event:")
    decade = char_format(reader, TEXT_A.index("the 1990s"))
    assert decade.background().color() == highlight_background(Granularity.DECADE, palette)
    for vague in ("recently", "for three years"):
        fmt = char_format(reader, TEXT_A.index(vague))
        assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
        assert not fmt.isAnchor()
    plain = char_format(reader, TEXT_A.index("Port Selden"))
    assert (
        not plain.isAnchor()
        and plain.underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline
    )


def test_selected_event_sentence_is_highlighted_and_scrolled_to(qtbot):
    reader = make_reader(qtbot)
    start = TEXT_A.index("summer 2024")
    reader.show_event(f"a1@{start}")
    assert reader.article_id == "a1"
    sentence, expression = reader.browser.extraSelections()
    assert sentence.cursor.selectedText() == "Varga is expected to visit in summer 2024."
    assert expression.cursor.selectedText() == "summer 2024"
    assert expression.format.background().color() == granularity_color(Granularity.SEASON)
    assert reader.browser.textCursor().position() == TEXT_A.index("Varga")
    reader.show_article("b2")
    assert reader.browser.extraSelections() == []


def test_clicking_an_expression_emits_its_event_id(qtbot):
    reader = make_reader(qtbot)
    reader.show_article("a1")
    start = TEXT_A.index("18 October 2023")
    href = char_format(reader, start).anchorHref()
    with qtbot.waitSignal(reader.eventActivated) as blocker:
        reader.browser.anchorClicked.emit(QUrl(href))
    assert blocker.args == [f"a1@{start}"]


def test_reader_follows_document_reset(qtbot):
    reader = make_reader(qtbot)
    reader.show_article("a1")
    reader.document.clear()
    assert reader.article_id is None and reader.browser.toPlainText() == ""


def test_reader_follows_a_correction_of_its_article(qtbot):
    reader = make_reader(qtbot)
    start = TEXT_A.index("18 October 2023")
    reader.show_event(f"a1@{start}")
    reader.document.apply(SetAnchor("a1", date(2023, 10, 25)))
    assert "manual" in reader.meta.text() and "25 Oct 2023" in reader.meta.text()
    assert reader.event_id == f"a1@{start}"  # an absolute date keeps its event
    assert reader.browser.extraSelections()[1].cursor.selectedText() == "18 October 2023"


def test_marks_follow_the_palette(qtbot):
    reader = make_reader(qtbot)
    reader.show_article("a1")
    dark = QPalette(reader.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1b1e24"))
    reader.browser.setPalette(dark)
    reader.setPalette(dark)
    fmt = char_format(reader, TEXT_A.index("18 October"))
    expected = highlight_background(Granularity.DAY, reader.browser.palette())
    assert fmt.background().color() == expected


def test_header_links_to_the_original_and_a_legend_explains_the_marks(qtbot):
    reader = make_reader(qtbot)
    reader.show_article("a1")
    assert '<a href="https://www.reuters.com/world/lavrov">reuters.com</a>' in reader.meta.text()
    assert reader.meta.openExternalLinks()
    reader.show_article("b2")  # a local file: its name, no link
    assert "b2.txt" in reader.meta.text() and "<a " not in reader.meta.text()
    assert "century" in reader.legend.text() and "not placed" in reader.legend.text()
    reader.show()
    assert not reader.legend.grab().isNull()
