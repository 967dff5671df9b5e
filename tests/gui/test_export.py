"""Exports from the window's menu: pictures through the options dialog, tables through core."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QFileDialog

from timeline_app.core.resources import seeds_dir
from timeline_app.gui.export import ImageOptions
from timeline_app.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings, workers=1)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.loader.idle, timeout=60_000):
        w.open_paths([str(seeds_dir())])
    return w


def save_to(monkeypatch, path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def accept_with(monkeypatch, **choices) -> None:
    """Accept the image options dialog after setting ``choices`` on it."""

    def exec_(dialog: ImageOptions) -> int:
        for name, value in choices.items():
            widget = getattr(dialog, name)
            widget.setValue(value) if name == "width" else widget.setChecked(value)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImageOptions, "exec", exec_)


def test_png_of_the_whole_story(window, tmp_path, monkeypatch):
    target = tmp_path / "story"  # the suffix is added
    save_to(monkeypatch, target)
    accept_with(monkeypatch, width=900)
    window.actions_.export_png.trigger()
    image = QImage(str(tmp_path / "story.png"))
    assert image.width() == 900 and image.height() > 100


def test_png_of_the_current_view_at_double_resolution(window, tmp_path, monkeypatch):
    save_to(monkeypatch, tmp_path / "view.png")
    accept_with(monkeypatch, width=800, view=True, sharp=True, dark=True)
    window.actions_.export_png.trigger()
    image = QImage(str(tmp_path / "view.png"))
    assert image.width() == 1600
    assert image.pixelColor(2, 2).lightness() < 100  # dark background


def test_svg(window, tmp_path, monkeypatch):
    save_to(monkeypatch, tmp_path / "story.svg")
    accept_with(monkeypatch)
    window.actions_.export_svg.trigger()
    assert (tmp_path / "story.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_cancelled_dialog_writes_nothing(window, tmp_path, monkeypatch):
    save_to(monkeypatch, tmp_path / "never.png")
    monkeypatch.setattr(ImageOptions, "exec", lambda self: QDialog.DialogCode.Rejected)
    window.actions_.export_png.trigger()
    assert not (tmp_path / "never.png").exists()


def test_timelinejs_and_events_json(window, tmp_path, monkeypatch):
    save_to(monkeypatch, tmp_path / "tl.json")
    window.actions_.export_timelinejs.trigger()
    data = json.loads((tmp_path / "tl.json").read_text(encoding="utf-8"))
    assert data["events"] and "start_date" in data["events"][0]
    save_to(monkeypatch, tmp_path / "events.json")
    window.actions_.export_json.trigger()
    rows = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))
    mentions = [r for r in rows if r["role"] == "mention"]  # (and a publication row per dated page)
    assert len(mentions) == len(window.document.timeline.events)
    published = {a.article.id for a in window.document.timeline.analyses.values() if a.article.published}
    assert {r["article_id"] for r in rows if r["role"] == "publication"} == published


def test_the_window_titles_its_timelinejs_export_by_the_story(window, tmp_path, monkeypatch):
    """Not 'Timeline': the project's name, as the command line's export does."""
    project = tmp_path / "Harbour story.timeline"
    assert window.project_io.save_as(project)
    save_to(monkeypatch, tmp_path / "tl.json")
    window.actions_.export_timelinejs.trigger()
    data = json.loads((tmp_path / "tl.json").read_text(encoding="utf-8"))
    assert data["title"]["text"]["headline"] == "Harbour story"
