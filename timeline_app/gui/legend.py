"""A key to the reader's marks: a swatch per granularity, and the dotted underline."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from timeline_app.core.model import Granularity
from timeline_app.gui.palette import UNPLACED_COLOR, highlight_background

__all__ = ["GranularityLegend"]


class GranularityLegend(QLabel):
    """``■ day ■ week … ┄ not placed`` in small type; wraps when the reader is narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("granularityLegend")
        self.setWordWrap(True)
        self.setToolTip("Expressions are marked by how precise they are")
        font = self.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        self.setFont(font)
        self._fill()

    def _fill(self) -> None:
        palette = self.palette()
        items = [
            f'<span style="background-color:{highlight_background(g, palette).name()}">'
            f"&nbsp;&nbsp;&nbsp;</span>&nbsp;{g}"
            for g in Granularity
        ]
        items.append(f'<span style="color:{UNPLACED_COLOR}">┄┄</span>&nbsp;not placed')
        self.setText(" &nbsp; ".join(items))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._fill()
