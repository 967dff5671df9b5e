"""The "Correct Expression" dialog: another reference, a value, "not a date", or the machine's.

An expression can be resolved against another event or date, given its TIMEX3 value directly,
marked "not a date", or sent back to the tagger's reading.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.corrections.edits import (
    ClearCorrection,
    Edit,
    ExprKey,
    NotADate,
    SetReference,
    SetValue,
)
from timeline_app.core.errors import CorrectionError
from timeline_app.core.story.document import Document
from timeline_app.core.temporal.timexvalue import interval_of_value
from timeline_app.gui.anchor_dialog import MovesPreview, WorkerPreview

__all__ = ["ExpressionDialog"]


class ExpressionDialog(WorkerPreview, QDialog):
    """Correct the expression ``key``; ``edit()`` is the correction made."""

    def __init__(self, document: Document, key: ExprKey, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="expressionDialog")
        self.document = document
        self.key = key
        self.setWindowTitle("Correct Expression")
        analysis = document.analyses[key[0]]
        mention = next((m for m in analysis.mentions if (m.start, m.end) == key[1:3]), None)
        start = mention.interval.begin if mention and mention.interval else analysis.anchor.value
        start = start or analysis.article.published or date.today()

        self.reference = QRadioButton("Resolve against", objectName="modeReference")
        self.value = QRadioButton("Set value", objectName="modeValue")
        self.not_a_date = QRadioButton("Not a date", objectName="modeNotADate")
        self.machine = QRadioButton("The tagger's reading", objectName="modeMachine")
        self.modes = QButtonGroup(self)
        for button in (self.reference, self.value, self.not_a_date, self.machine):
            self.modes.addButton(button)
        self.events = QComboBox(objectName="referenceEvent")
        self.events.addItem("this date:", None)
        for event in document.timeline.events:
            if (event.article_id, event.mention.start) != key[:2]:
                text = f"{event.interval.begin.isoformat()}  {event.label}"
                self.events.addItem(text, event.event_id)
        self.ref_date = QDateEdit(QDate(start.year, start.month, start.day), objectName="refDate")
        self.ref_date.setCalendarPopup(True)
        self.ref_date.setDisplayFormat("yyyy-MM-dd")
        self.timex = QLineEdit(mention.value if mention else "", objectName="timexValue")
        self.timex.setPlaceholderText("2023-10-18, 2023-10, 2023-W42, 2024-SU, 1948, 199")
        self.meaning = QLabel("", objectName="timexMeaning")
        self.preview = MovesPreview(self)
        self._start_previews()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        now = f"{mention.value} ({mention.rule}, {mention.reference})" if mention else "no date"
        grid = QGridLayout()
        grid.addWidget(QLabel(f"<b>“{key[3]}”</b> — now {now}"), 0, 0, 1, 3)
        grid.addWidget(self.reference, 1, 0)
        grid.addWidget(self.events, 1, 1)
        grid.addWidget(self.ref_date, 1, 2)
        grid.addWidget(self.value, 2, 0)
        grid.addWidget(self.timex, 2, 1)
        grid.addWidget(self.meaning, 2, 2)
        grid.addWidget(self.not_a_date, 3, 0)
        grid.addWidget(self.machine, 4, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(QLabel("What moves:"))
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.machine.setEnabled(document.corrections.get(("mention", *key)) is not None)
        self.value.setChecked(True)
        for signal in (
            self.modes.buttonToggled, self.events.currentIndexChanged, self.ref_date.dateChanged,
            self.timex.textChanged,
        ):  # fmt: skip
            signal.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def edit(self) -> Edit | None:
        """The correction described now; None while the value typed cannot be placed."""
        if self.not_a_date.isChecked():
            return NotADate(*self.key)
        if self.machine.isChecked():
            return ClearCorrection(("mention", *self.key))
        if self.reference.isChecked():
            event_id = self.events.currentData()
            event = self.document.timeline.event(event_id) if event_id else None
            if event is not None:
                return SetReference(*self.key, event.interval.begin, reference_event=event_id)
            return SetReference(*self.key, self.ref_date.date().toPython())
        try:
            interval_of_value(self.timex.text())
        except CorrectionError:
            return None
        return SetValue(*self.key, self.timex.text().strip())

    def _update(self, *_args) -> None:
        self.events.setEnabled(self.reference.isChecked())
        self.ref_date.setEnabled(self.reference.isChecked() and self.events.currentData() is None)
        self.timex.setEnabled(self.value.isChecked())
        try:
            interval, granularity = interval_of_value(self.timex.text())
            last = interval.end - timedelta(days=1)
            self.meaning.setText(f"{granularity}: {interval.begin} – {last}")
        except CorrectionError:
            self.meaning.setText("not a placeable value")
        edit = self.edit()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(edit is not None)
        self._preview(edit)  # (on a worker: its OK installs what it built)
