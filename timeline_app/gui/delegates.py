"""A list item drawn as an icon, a title line and a dimmer subtitle line (``Roles.SUBTITLE``)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from timeline_app.gui.models import Roles

__all__ = ["TwoLineDelegate"]

_PAD, _ICON, _GAP = 6, 16, 8
_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class TwoLineDelegate(QStyledItemDelegate):
    """Title in the normal font, subtitle below in a smaller, dimmer one; both elided."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        subtitle = QFont(option.font)
        subtitle.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        return title, subtitle

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title, subtitle = self._fonts(option)
        height = QFontMetrics(title).height() + QFontMetrics(subtitle).height() + 2 * _PAD + 2
        return QSize(200, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text, option.text = option.text, ""
        option.icon = option.icon.__class__()  # the background only; icon and text drawn here
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
        title_font, subtitle_font = self._fonts(option)
        r = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        decoration = index.data(Qt.ItemDataRole.DecorationRole)
        painter.save()
        if decoration is not None and hasattr(decoration, "paint"):
            top = r.top() + (QFontMetrics(title_font).height() - _ICON) // 2
            decoration.paint(painter, QRect(r.left(), top, _ICON, _ICON))
            r.setLeft(r.left() + _ICON + _GAP)
        for font, color, line, top in (
            (title_font, main, text, r.top()),
            (subtitle_font, dim, index.data(Roles.SUBTITLE) or "",
             r.top() + QFontMetrics(title_font).height() + 2),
        ):  # fmt: skip
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(color)
            elided = metrics.elidedText(str(line), Qt.TextElideMode.ElideRight, r.width())
            box = QRect(r.left(), top, r.width(), metrics.height())
            painter.drawText(box, _ALIGN, elided)
        painter.restore()
