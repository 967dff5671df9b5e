"""Corrections in the real window on the seed articles: anchor dialog, undo/redo, save, reopen."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.projects import open_and_wait, wait_opened
from timeline_app.core.corrections.edits import SetAnchor
from timeline_app.core.model import AnchorSource, Interval
from timeline_app.core.resources import seeds_dir
from timeline_app.gui.anchor_dialog import AnchorDialog
from timeline_app.gui.corrections_ui import install_corrections
from timeline_app.gui.expression_dialog import ExpressionDialog
from timeline_app.gui.main_window import MainWindow
from timeline_app.gui.models import Roles

UNDATED = "004_8d267fc03ac353e0"
REPUBLISHED = "002_1a4cdf3276350bea"
JULY_2025 = Interval(date(2025, 7, 1), date(2025, 8, 1))


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(seeds_dir().glob("*.txt")):
        shutil.copy(path, folder / path.name)
    return folder


def _window(qtbot, tmp_path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, workers=1)
    qtbot.addWidget(window)
    if getattr(window, "project_io", None) is None:  # until the window installs it itself
        install_corrections(window)
    window.project_io.autosave_dir = tmp_path / "autosave"
    window.project_io.ask_recover = lambda sidecar: True
    window.project_io.ask_unsaved = lambda: "discard"  # a failed test never hangs on a dialog
    return window


def _july(window: MainWindow) -> list:
    events = window.document.timeline.events_of(UNDATED)
    return [e for e in events if JULY_2025.overlaps(e.interval)]


def _placed(window: MainWindow) -> list:
    return sorted((e.event_id, e.interval) for e in window.document.timeline.events_of(UNDATED))


def _shown_in_events_panel(window: MainWindow) -> set[str]:
    """The event ids the Events dock lists (what the user sees, not the document)."""
    proxy = window.events.proxy
    return {proxy.index(r, 0).data(Roles.ID) for r in range(proxy.rowCount())}


def _load(qtbot, window: MainWindow, folder: Path) -> None:
    window.open_paths([str(folder)])
    qtbot.waitUntil(lambda: len(window.document.analyses) == 5, timeout=30000)


def _set_anchor_in_dialog(qtbot, window: MainWindow, article_id: str, iso: str, note: str):
    window.selection.select_article(article_id)
    assert window.actions_.set_anchor.isEnabled()
    window.actions_.set_anchor.trigger()
    dialog = window.corrections_ui.dialog
    assert isinstance(dialog, AnchorDialog)
    dialog.iso.clear()
    qtbot.keyClicks(dialog.iso, iso)
    dialog.note.setText(note)
    assert dialog.calendar.date().toPython() == date.fromisoformat(iso)
    # the preview is made on a worker: it lists what will move once it is in
    qtbot.waitUntil(lambda: not dialog.previewing and bool(dialog.preview.moves), timeout=10_000)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_correct_undated_anchor_undo_redo_save_reopen(qtbot, tmp_path, articles):
    window = _window(qtbot, tmp_path)
    _load(qtbot, window, articles)
    # an undated article stands on its estimated anchor (tentatively placed) until corrected
    assert window.document.timeline.analyses[UNDATED].anchor.source is AnchorSource.ESTIMATED
    estimated = _placed(window)
    assert not window.isWindowModified() and window.windowTitle().startswith("articles[*]")

    _set_anchor_in_dialog(qtbot, window, UNDATED, "2025-07-12", "Wonsan meeting")
    assert window.undo_stack.count() == 1 and window.isWindowModified()
    july = sorted(e.event_id for e in _july(window))
    assert july, "the undated article's events appear in July 2025"
    assert _placed(window) != estimated, "they moved from the estimate to the anchor set"
    assert set(july) <= _shown_in_events_panel(window)
    edit = window.document.corrections.get(("anchor", UNDATED))
    assert edit.made_at is not None and edit.note == "Wonsan meeting"
    assert "[*]" in window.windowTitle()

    window.actions_.undo.trigger()
    assert _placed(window) == estimated and len(window.document.corrections) == 0
    assert window.document.timeline.analyses[UNDATED].anchor.source is AnchorSource.ESTIMATED
    window.actions_.redo.trigger()
    assert sorted(e.event_id for e in _july(window)) == july

    path = tmp_path / "story.timeline"
    assert window.project_io.save_as(path)
    assert not window.isWindowModified() and window.windowTitle().startswith("story.timeline")
    events_before = [(e.event_id, e.interval, e.label) for e in window.document.timeline.events]
    window.close()

    again = _window(qtbot, tmp_path)
    again.open_paths([str(path)])
    wait_opened(qtbot, again)
    assert again.project_io.path == path and not again.isWindowModified()
    assert sorted(e.event_id for e in _july(again)) == july
    assert again.document.corrections.get(("anchor", UNDATED)) == edit
    assert [(e.event_id, e.interval, e.label) for e in again.document.timeline.events] == (
        events_before
    )
    assert again.project_io.notices == []
    # the saved correction heads the history: undo shows the problem again
    assert again.undo_stack.count() == 1
    again.actions_.undo.trigger()
    assert _july(again) == [] and again.isWindowModified()
    again.project_io.ask_unsaved = lambda: "discard"
    assert again.close()


def test_seed_project_opens_and_undo_shows_the_problems(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    folder = tmp_path / "seeds"
    shutil.copytree(seeds_dir(), folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    window.open_paths([str(folder / "seeds.timeline")])
    wait_opened(qtbot, window)
    assert _july(window)
    wednesday = next(
        e for e in window.document.timeline.events_of(REPUBLISHED) if e.mention.text == "Wednesday"
    )
    assert wednesday.interval.begin == date(2023, 10, 18)
    assert window.undo_stack.count() == 2
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert _july(window) == []
    assert window.document.timeline.event(wednesday.event_id).interval.begin == date(2025, 4, 23)
    window.project_io.ask_unsaved = lambda: "discard"


def test_the_bundled_seed_project_is_saved_elsewhere(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    project = seeds_dir() / "seeds.timeline"
    before = project.read_bytes()
    window.open_paths([str(project)])
    wait_opened(qtbot, window)
    window.actions_.undo.trigger()
    asked = []
    window.project_io.save_as_dialog = lambda: asked.append(1) or False
    assert window.project_io.autosave_now().parent == tmp_path / "autosave"
    assert not window.project_io.save() and asked
    assert project.read_bytes() == before
    window.project_io.ask_unsaved = lambda: "discard"


def test_closing_with_unsaved_changes_asks(qtbot, tmp_path, articles):
    window = _window(qtbot, tmp_path)
    _load(qtbot, window, articles)
    window.show()
    window.corrections_ui.push(SetAnchor(UNDATED, date(2025, 7, 12)))
    asked = []
    window.project_io.ask_unsaved = lambda: asked.append(1) or "cancel"
    assert not window.close() and window.isVisible() and asked
    saved = tmp_path / "saved.timeline"
    window.project_io.save_as_dialog = lambda: window.project_io.save_as(saved)
    window.project_io.ask_unsaved = lambda: "save"
    assert window.close() and saved.is_file()


def test_autosave_and_recovery_after_a_crash(qtbot, tmp_path, articles):
    window = _window(qtbot, tmp_path)
    _load(qtbot, window, articles)
    path = tmp_path / "p.timeline"
    window.project_io.save_as(path)
    window.corrections_ui.push(SetAnchor(UNDATED, date(2025, 7, 12)))
    sidecar = window.project_io.autosave_now()
    assert sidecar == path.with_name("p.timeline.autosave") and sidecar.is_file()
    assert window.project_io.autosave_now() is None  # nothing new since
    # a crash: the window goes away without saving (the sidecar stays)
    window.project_io.ask_unsaved = lambda: "cancel"
    window.removeEventFilter(window.project_io)
    window.close()

    again = _window(qtbot, tmp_path)
    again.open_paths([str(path)])
    wait_opened(qtbot, again)
    assert _july(again) and again.isWindowModified()
    assert again.project_io.save()
    assert not sidecar.exists()


def test_expression_dialog_sets_a_value_as_one_undo_step(qtbot, tmp_path, articles):
    window = _window(qtbot, tmp_path)
    _load(qtbot, window, articles)
    event = window.document.timeline.events_of(REPUBLISHED)[0]
    window.selection.select_event(event.event_id)
    window.corrections_ui.correct_expression.trigger()
    dialog = window.corrections_ui.dialog
    assert isinstance(dialog, ExpressionDialog)
    dialog.timex.setText("nonsense")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.timex.setText("2023-10-18")
    # the preview is made on a worker, and the OK installs the timeline it built
    qtbot.waitUntil(lambda: not dialog.previewing and bool(dialog.preview.moves), timeout=10_000)
    assert [m.new for m in dialog.preview.moves] == [Interval.day(date(2023, 10, 18))]
    built = window.document._preview.timeline
    assert built is not None and window.document.preview_kept()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.document.timeline is built
    assert window.document.timeline.event(event.event_id).mention.value == "2023-10-18"
    assert window.undo_stack.count() == 1
    window.actions_.undo.trigger()
    assert window.document.timeline.event(event.event_id).mention.value == event.mention.value
    window.project_io.ask_unsaved = lambda: "discard"


def test_review_queue_and_history_docks(qtbot, tmp_path, articles):
    window = _window(qtbot, tmp_path)
    _load(qtbot, window, articles)
    ui = window.corrections_ui
    review = ui.review
    qtbot.waitUntil(lambda: not review.busy)  # ranked on a worker
    model = review.model
    assert model.rowCount() == len(window.document.timeline.events)
    confidences = [float(model.index(i, 1).data()) for i in range(model.rowCount())]
    assert confidences == sorted(confidences)
    first_id = model.index(0, 0).data(Qt.ItemDataRole.UserRole)
    review.table.selectionModel().select(
        model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert review.selected_ids() == [first_id]
    review.mark.click()
    qtbot.waitUntil(lambda: not review.busy)
    assert model.rowCount() == len(window.document.timeline.events) - 1
    assert first_id not in {model.index(i, 0).data(Qt.ItemDataRole.UserRole)
                            for i in range(model.rowCount())}
    assert ui.history.stack() is window.undo_stack and window.undo_stack.count() == 1
    listed = ui.list.tree.topLevelItem(0)
    assert ui.list.tree.topLevelItemCount() == 1 and listed.text(3) == "unreviewed"
    assert listed.text(2) and listed.text(5) == "yes"
    window.project_io.ask_unsaved = lambda: "discard"


def test_an_unsaved_story_is_recovered_from_its_autosave(qtbot, tmp_path, articles):
    window = _window(qtbot, tmp_path)
    _load(qtbot, window, articles)
    window.corrections_ui.push(SetAnchor(UNDATED, date(2025, 7, 12)))
    assert window.project_io.autosave_now() == tmp_path / "autosave" / "untitled.timeline.autosave"
    window.removeEventFilter(window.project_io)  # a crash: no question, no cleanup
    window.close()

    again = _window(qtbot, tmp_path)
    assert open_and_wait(qtbot, again.project_io, recover=True)
    assert _july(again) and again.isWindowModified() and again.project_io.path is None
    again.project_io.ask_unsaved = lambda: "discard"


def test_a_hidden_event_comes_back_from_the_corrections_dock(qtbot, tmp_path, articles):
    window = _window(qtbot, tmp_path)
    _load(qtbot, window, articles)
    ui = window.corrections_ui
    event = window.document.timeline.events_of(REPUBLISHED)[0]
    window.selection.select_event(event.event_id)
    ui.hide.trigger()
    assert window.document.timeline.event(event.event_id) is None
    ui.list.tree.topLevelItem(0).setSelected(True)
    ui.list.remove.click()
    assert window.document.timeline.event(event.event_id) is not None
    assert window.undo_stack.count() == 2
    window.actions_.undo.trigger()
    assert window.document.timeline.event(event.event_id) is None
    window.project_io.ask_unsaved = lambda: "discard"


def test_a_vague_mention_gets_a_value_from_the_tray(qtbot, tmp_path, articles):
    window = _window(qtbot, tmp_path)
    _load(qtbot, window, articles)
    tray = window.vague
    rows = [tray.model.mention_at(r) for r in range(tray.model.rowCount())]
    assert rows, "the seeds hold mentions too vague to place"
    article_id, vague = rows[0]
    tray.view.setCurrentIndex(tray.model.index(0, 0))
    window.corrections_ui.correct_vague.trigger()
    dialog = window.corrections_ui.dialog
    assert isinstance(dialog, ExpressionDialog)
    dialog.timex.setText("2025-07-12")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    placed = [
        e for e in window.document.timeline.events_of(article_id)
        if (e.mention.start, e.mention.end) == (vague.start, vague.end)
    ]
    assert [e.interval for e in placed] == [Interval.day(date(2025, 7, 12))]


def test_corrections_export_and_import_as_one_undo_step(qtbot, tmp_path, articles):
    from timeline_app.core.storage.projectfiles import export_corrections

    window = _window(qtbot, tmp_path)
    _load(qtbot, window, articles)
    window.corrections_ui.push(SetAnchor(UNDATED, date(2025, 7, 12), note="n"))
    window.corrections_ui.push(SetAnchor(REPUBLISHED, date(2023, 10, 19)))
    saved = list(window.document.corrections)
    export_corrections(window.document.corrections, tmp_path / "fixes.json")
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert len(window.document.corrections) == 0
    assert window.project_io.import_corrections(tmp_path / "fixes.json") == 2
    assert list(window.document.corrections) == saved  # made_at kept from the file
    assert window.undo_stack.undoText() == "Import 2 corrections"
    window.actions_.undo.trigger()
    assert len(window.document.corrections) == 0
    window.project_io.ask_unsaved = lambda: "discard"


def test_relabel_merge_and_split_events(qtbot, tmp_path, articles):
    window = _window(qtbot, tmp_path)
    _load(qtbot, window, articles)
    ui, timeline = window.corrections_ui, lambda: window.document.timeline
    event = timeline().events_of(REPUBLISHED)[0]
    window.selection.select_event(event.event_id)

    ui.relabel.trigger()
    ui.dialog.setTextValue("Reyes lands in Port Selden")
    ui.dialog.accept()
    assert timeline().event(event.event_id).label == "Reyes lands in Port Selden"

    ui.merge.trigger()
    dialog = ui.dialog
    choice = next(t for t in dialog.comboBoxItems() if "[003_6297]" in t)
    dialog.setTextValue(choice)
    dialog.accept()
    qtbot.waitUntil(lambda: not window.document.unsettled, timeout=30_000)  # clusters redone
    merged = timeline().event(event.event_id).cluster_id
    assert [e for e in timeline().events_of("003_629714076ce80f21") if e.cluster_id == merged]

    ui.split.trigger()
    assert all(
        e.cluster_id != timeline().event(event.event_id).cluster_id
        for e in timeline().events
        if e.event_id != event.event_id
    )
    assert window.undo_stack.count() == 3
    for _ in range(3):
        window.actions_.undo.trigger()
    assert timeline().event(event.event_id) == event
    window.project_io.ask_unsaved = lambda: "discard"


def test_a_correction_that_fails_leaves_no_undo_step(qtbot, tmp_path, articles, monkeypatch):
    import timeline_app.core.story.document as document_module

    window = _window(qtbot, tmp_path)
    _load(qtbot, window, articles)

    def broken(article, anchor=None):
        raise RuntimeError("tagger bug")

    monkeypatch.setattr(document_module, "analyze", broken)
    window.corrections_ui.push(SetAnchor(UNDATED, date(2025, 7, 12)))
    assert window.undo_stack.count() == 0 and len(window.document.corrections) == 0
    assert "tagger bug" in window.statusBar().currentMessage()
    assert not window.isWindowModified()


def test_the_dialogs_ok_shows_its_previewed_reading_and_undo_takes_it_back(
        qtbot, tmp_path, articles, monkeypatch):
    """The anchor dialog reads the article under the day chosen on a worker and lists the moves;
    its OK shows them in the timeline and the events table without reading the article again on
    the window's thread; undo shows the estimate again, in both."""
    from timeline_app.core.story import document as document_module

    window = _window(qtbot, tmp_path)
    _load(qtbot, window, articles)
    qtbot.waitUntil(lambda: window.timeline.current, timeout=10_000)
    estimated = _placed(window)
    reads = []
    real = document_module.analyze
    monkeypatch.setattr(document_module, "analyze",
                        lambda article, anchor=None: reads.append(anchor.value)
                        or real(article, anchor))
    window.selection.select_article(UNDATED)
    window.actions_.set_anchor.trigger()
    dialog = window.corrections_ui.dialog
    dialog.iso.clear()
    qtbot.keyClicks(dialog.iso, "2025-07-12")
    qtbot.waitUntil(lambda: not dialog.previewing and bool(dialog.preview.moves), timeout=10_000)
    rows = [dialog.preview.topLevelItem(i) for i in range(dialog.preview.topLevelItemCount())]
    assert len(rows) == len(dialog.preview.moves)
    assert any(row.text(2).startswith("2025-07") for row in rows)  # "After", as shown
    assert reads[-1] == date(2025, 7, 12)
    read_before_ok = len(reads)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert len(reads) == read_before_ok  # the OK took the preview's reading
    july = {e.event_id for e in _july(window)}
    assert july and july <= _shown_in_events_panel(window)
    qtbot.waitUntil(lambda: window.timeline.current, timeout=10_000)
    index = window.timeline.index
    shown = {index.event_id(r) for r in index.shown_rows().tolist()}
    assert july <= shown  # the timeline draws the corrected events
    july_days = {index.begin[index.find(i)] for i in july}
    assert min(july_days) >= date(2025, 7, 1).toordinal()
    assert {(i, index.begin[index.find(i)]) for i, _ in _placed(window)} != {
        (i, iv.begin.toordinal()) for i, iv in estimated}
    window.actions_.undo.trigger()
    assert _placed(window) == estimated
    qtbot.waitUntil(lambda: window.timeline.current, timeout=10_000)
    index = window.timeline.index
    assert {(i, index.begin[index.find(i)]) for i, _ in estimated} == {
        (i, iv.begin.toordinal()) for i, iv in estimated}  # drawn where the estimate puts them
