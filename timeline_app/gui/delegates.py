"""A list item drawn as an icon, a title line and a dimmer subtitle line (``Roles.SUBTITLE``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from timeline_app.gui.models import Roles

__all__ = ["TwoLineDelegate"]

_PAD, _ICON, _GAP = 6, 16, 8
_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class TwoLineDelegate(QStyledItemDelegate):
    """Title in the normal font, subtitle below in a smaller, dimmer one; both elided.

    The two fonts and their metrics are made once per view font (a list repaints every row in
    view at each change: building them per row was most of a row's cost).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._looks: dict[str, tuple[QFont, QFontMetrics, QFont, QFontMetrics]] = {}

    def _look(self, option: QStyleOptionViewItem) -> tuple[QFont, QFontMetrics, QFont,
                                                            QFontMetrics]:
        key = option.font.key()
        look = self._looks.get(key)
        if look is None:
            title = QFont(option.font)
            title.setWeight(QFont.Weight.DemiBold)
            subtitle = QFont(option.font)
            subtitle.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
            look = self._looks[key] = (title, QFontMetrics(title), subtitle,
                                       QFontMetrics(subtitle))
        return look

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        _, title, _, subtitle = self._look(option)
        return QSize(200, title.height() + subtitle.height() + 2 * _PAD + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text, option.text = option.text, ""
        decoration = QIcon(option.icon)  # (a copy: the option's own is emptied next)
        option.icon = QIcon()  # the background only; icon and text drawn here
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        main = option.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        dim = option.palette.color(
            group,
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText,
        )
        title_font, title_metrics, subtitle_font, subtitle_metrics = self._look(option)
        r = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        painter.save()
        if not decoration.isNull():
            top = r.top() + (title_metrics.height() - _ICON) // 2
            decoration.paint(painter, QRect(r.left(), top, _ICON, _ICON))
            r.setLeft(r.left() + _ICON + _GAP)
        for font, metrics, color, line, top in (
            (title_font, title_metrics, main, text, r.top()),
            (subtitle_font, subtitle_metrics, dim, index.data(Roles.SUBTITLE) or "",
             r.top() + title_metrics.height() + 2),
        ):  # fmt: skip
            painter.setFont(font)
            painter.setPen(color)
            elided = metrics.elidedText(str(line), Qt.TextElideMode.ElideRight, r.width())
            box = QRect(r.left(), top, r.width(), metrics.height())
            painter.drawText(box, _ALIGN, elided)
        painter.restore()
