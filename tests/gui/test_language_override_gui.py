"""A user says which language an article is in, from the Corrections menu, as one undo step."""

from __future__ import annotations

import os

from tests.gui.test_corrections_gui import _window
from timeline_app.gui.main_window import MainWindow

PAGE = (
    "Le marché rouvre\n\nPublié le 12 mars 2019\n\n"
    "Le marché couvert a rouvert le 12 mars 2019 après un an de travaux, commencés en 2018.\n"
)


def test_the_language_is_set_undone_and_redone(qtbot, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "market.txt").write_text(PAGE, encoding="utf-8")
    window: MainWindow = _window(qtbot, tmp_path)
    window.open_paths([str(folder)])
    qtbot.waitUntil(lambda: "market" in window.document.analyses, timeout=30000)
    assert window.document.analyses["market"].article.lang == "fr"
    french = [m.value for m in window.document.analyses["market"].mentions]
    assert "2019-03-12" in french
    window.selection.select_article("market")
    ui = window.corrections_ui
    assert ui.set_language.isEnabled()
    ui.set_language.trigger()
    dialog = ui.dialog
    assert dialog.textValue() == "Detected by the app"
    assert "Spanish" in dialog.comboBoxItems()
    dialog.setTextValue("Spanish")
    if shots := os.environ.get("TIMELINE_SHOTS"):
        dialog.grab().save(os.path.join(shots, "language_dialog.png"))
    dialog.accept()
    analysis = window.document.analyses["market"]
    assert analysis.article.lang == "es"
    assert "2019-03-12" not in [m.value for m in analysis.mentions]  # "mars" is no Spanish month
    assert window.undo_stack.count() == 1
    assert "language" in window.undo_stack.text(0).lower()
    window.actions_.undo.trigger()
    assert window.document.analyses["market"].article.lang == "fr"
    assert [m.value for m in window.document.analyses["market"].mentions] == french
    window.actions_.redo.trigger()
    assert window.document.analyses["market"].article.lang == "es"
    window.project_io.ask_unsaved = lambda: "discard"
