"""The Help menu's pages: a short user guide and the keyboard shortcuts.

The shortcut list is read from the window's own actions when it opens, so it never drifts from
what the keys really do; the timeline's own keys (which are not actions) are listed beside them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

__all__ = [
    "GUIDE_HTML",
    "HelpPage",
    "HelpPages",
    "plain_text",
    "shortcuts_html",
    "window_shortcuts",
]

GUIDE_HTML = """
<h2>Reading the timeline</h2>
<p>Every sentence that says <i>when</i> something happened becomes an <b>event</b>, placed at the
date its expression means, worked out from the article's <b>anchor</b> (its publication date).
</p>
<ul>
<li><b>A diamond</b> is a day. <b>A bar</b> covers the whole stretch a coarser date can mean:
"in July" is a month-long bar, "in 2019" a year. The colour says how precise the date is (see the
legend under the reader).</li>
<li><b>Dashed or hatched marks</b> hang off an anchor that was estimated or suggested, not read
from the page: check it before trusting them.</li>
<li><b>A number before a label</b> counts the sources that report the same happening. Click the
event to read it in its article; click the number to compare every source in the
<i>Sources</i> card. A <b>red</b> number (2≠) and a red ring round the mark mean the sources
disagree on the date.</li>
<li><b>A grey pill (+7)</b> stands for events too close to draw apart: click it to zoom in.</li>
<li><b>Lanes</b> group events by article, precision or happening (View &gt; Lanes); a lane
with nothing in view folds to its title. <b>Compress Gaps</b> shrinks long empty stretches to a
break (//) marked on the axis with how long it is.</li>
<li><b>The axis</b> names the period of each stretch on its top row (a decade, a year, a
month) and its ticks below.</li>
<li>Mentions too vague to place ("recently", "in the near future") wait in the
<i>Vague Mentions</i> panel.</li>
</ul>
<h2>Moving around</h2>
<p>Scroll the wheel to zoom around the pointer, drag to pan, double-click to zoom in there.
<b>F</b> fits the whole story, <b>Z</b> zooms to the selected event. The strip under the timeline
shows the whole story: click or drag it to jump.</p>
<h2>Correcting an anchor</h2>
<p>When an article's date is missing or suspect (<i>anchor suspect</i> in the Articles panel),
every relative date in it ("on Wednesday", "last month") may be wrong.</p>
<ol>
<li>Select the article; the <i>Sources</i> card says what is wrong and may suggest a date.
<b>Accept</b> it with one click, or</li>
<li>choose <b>Article &gt; Set Anchor…</b> (Ctrl+Shift+A). The dialog opens on the suggested or
detected date; type or pick the right one. The list shows which events would move, and where,
before you press OK.</li>
<li>Every correction is one step of <b>Edit &gt; Undo</b>, and is saved with the project
(File &gt; Save Project).</li>
</ol>
<p>A single expression read wrongly is corrected from the event's context menu
(<b>Correct Expression…</b>); a wrong label with <b>Relabel Event…</b> (F2).</p>
"""

_MEDIA_KEYS = Qt.Key.Key_Back.value  # Back, Forward, Open, Save, Zoom In…: keys of no keyboard
_TIMELINE_KEYS = [
    ("Zoom in, out", "+, −, mouse wheel"),
    ("Zoom in around the pointer", "double-click"),
    ("Pan", "←, →, drag"),
    ("Scroll the lanes", "Shift + wheel, drag up or down"),
    ("Previous, next event", "Ctrl+←, Ctrl+→"),
    ("Zoom to the selected event", "Z, Enter"),
    ("Fit the whole story", "F, Home"),
]


def plain_text(text: str) -> str:
    """A menu text without its ``&`` mnemonic and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _keys(action: QAction) -> str:
    """The action's keys as a person types them (not the media keys of a special keyboard)."""
    native = QKeySequence.SequenceFormat.NativeText
    typed = [k for k in action.shortcuts() if k.count() and k[0].key().value < _MEDIA_KEYS]
    return ", ".join(k.toString(native) for k in typed)


def window_shortcuts(window: QMainWindow) -> list[tuple[str, str]]:
    """``(menu > action, keys)`` for every menu action of ``window`` that has a shortcut."""
    rows: list[tuple[str, str]] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path}{plain_text(action.text())} > ")
            elif _keys(action) and id(action) not in seen:
                seen.add(id(action))
                text = plain_text(action.text())
                if text.startswith(("Undo ", "Redo ")):  # "Undo Set anchor of …": the command
                    text = text.split(" ", 1)[0]
                rows.append((path + text, _keys(action)))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), f"{plain_text(top.text())} > ")
    return rows


def shortcuts_html(window: QMainWindow) -> str:
    """The shortcut tables: the menus' actions, then the timeline's own keys."""

    def table(rows: list[tuple[str, str]]) -> str:
        body = "".join(
            f"<tr><td>{escape(what)}</td><td><b>{escape(keys)}</b></td></tr>" for what, keys in rows
        )
        return f"<table cellspacing='0' cellpadding='3'>{body}</table>"

    return (
        "<h2>In the timeline</h2>" + table(_TIMELINE_KEYS)
        + "<h2>Menus</h2>" + table(window_shortcuts(window))
    )  # fmt: skip


class HelpPage(QDialog):
    """A page of help in a browser, closed with Esc or the button (modeless)."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="helpPage")
        self.setWindowTitle(title)
        self.browser = QTextBrowser(openExternalLinks=True, objectName="helpText")
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(620, 640)


class HelpPages(QObject):
    """The Help menu's "User Guide" and "Keyboard Shortcuts", and the page last opened."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.page: HelpPage | None = None  # the open page, for tests and to keep it alive
        self.guide = QAction("&User Guide", window, objectName="helpGuide")
        self.guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.keys = QAction("&Keyboard Shortcuts", window, objectName="helpShortcuts")
        self.keys.setShortcut(QKeySequence("Ctrl+/"))
        self.guide.triggered.connect(lambda: self.show("User Guide", GUIDE_HTML))
        self.keys.triggered.connect(lambda: self.show("Keyboard Shortcuts", shortcuts_html(window)))
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.guide, self.keys])
        if first is not None:
            menu.insertSeparator(first)
        self._window = window

    def show(self, title: str, html: str) -> None:
        self.page = HelpPage(title, html, self._window)
        self.page.show()
