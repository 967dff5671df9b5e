"""The list rows' delegate draws the row's icon, its title and its subtitle (fonts made once)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView

from timeline_app.gui import icons
from timeline_app.gui.delegates import _ICON, _PAD, TwoLineDelegate
from timeline_app.gui.models import Roles


def _view(qtbot, with_icon: bool) -> QListView:
    model = QStandardItemModel()
    item = QStandardItem("A title")
    item.setData("a subtitle", Roles.SUBTITLE)
    if with_icon:
        item.setData(icons.icon("anchor-suspect"), Qt.ItemDataRole.DecorationRole)
    model.appendRow(item)
    view = QListView()
    view.setModel(model)
    view.setItemDelegate(TwoLineDelegate(view))
    view.resize(300, 120)
    qtbot.addWidget(view)
    view.show()
    view._model = model  # kept alive with the view
    return view


def _vivid(view: QListView, left: int, width: int) -> int:
    """Pixels of strong colour (an icon's, not grey text) in a box of the first row."""
    rect = view.visualRect(view.model().index(0, 0))
    image = view.viewport().grab().toImage()
    return sum(QColor(image.pixel(x, y)).hsvSaturation() > 120
               for x in range(rect.left() + left, rect.left() + left + width)
               for y in range(rect.top() + _PAD, rect.top() + _PAD + _ICON))


def test_the_rows_icon_is_drawn_left_of_its_text(qtbot):
    with_icon, without = _view(qtbot, True), _view(qtbot, False)
    assert _vivid(with_icon, _PAD, _ICON) > 20  # the suspect anchor's amber triangle
    assert _vivid(without, _PAD, _ICON) == 0  # grey text only
    delegate = with_icon.itemDelegate()
    assert isinstance(delegate, TwoLineDelegate) and len(delegate._looks) == 1  # made once
