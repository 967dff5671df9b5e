"""The main window: composes the docks around the timeline and wires actions to them.

Logic lives elsewhere (models, reader, loader, export, selection); this class only builds the
layout, connects signals, and remembers its state in QSettings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from timeline_app import __version__
from timeline_app.core.model import Mention
from timeline_app.core.story.document import Document
from timeline_app.core.story.headless import PROJECT_SUFFIX
from timeline_app.gui.actions import WindowActions
from timeline_app.gui.articles_panel import ArticlesPanel
from timeline_app.gui.corrections_ui import install_corrections
from timeline_app.gui.display import plural
from timeline_app.gui.events_panel import EventsPanel
from timeline_app.gui.export import Exporter
from timeline_app.gui.features import FeatureContext, make_dock
from timeline_app.gui.help import HelpPage
from timeline_app.gui.loader import LoadWorker
from timeline_app.gui.opening import StoryOpener
from timeline_app.gui.problems import ProblemsView
from timeline_app.gui.project_io import ProjectIO
from timeline_app.gui.reader import ArticleReader
from timeline_app.gui.recent import RecentFiles
from timeline_app.gui.selection import Selection
from timeline_app.gui.sources_panel import install_sources
from timeline_app.gui.status import StatusLine
from timeline_app.gui.timeline.view import TimelineView
from timeline_app.gui.undo_previews import UndoPreviews
from timeline_app.gui.vague_tray import VagueTray
from timeline_app.gui.window_menus import install_window_menus
from timeline_app.gui.window_state import WindowState

__all__ = ["MainWindow", "PROJECT_SUFFIX"]

_Area = Qt.DockWidgetArea


class MainWindow(QMainWindow):
    """One story: the timeline in the middle, articles, reader, events, vague tray, problems.

    ``projectsRequested(paths)`` carries the ``.timeline`` files the user opened: the project
    feature connects to it (this window loads only articles).
    """

    projectsRequested = Signal(list)

    def __init__(
        self,
        document: Document | None = None,
        settings: QSettings | None = None,
        workers: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("timeline_app")
        self.setAcceptDrops(True)
        self.document = document if document is not None else Document()
        self.settings = settings if settings is not None else QSettings()
        self.undo_stack = QUndoStack(self)  # corrections push their commands here
        self.undo_previews = UndoPreviews(self.document, self.undo_stack, self)
        self.loader = LoadWorker(workers, self)
        self.selection = Selection(self.document, self)
        self.recent = RecentFiles(self.settings)

        self.timeline = TimelineView(self.document, self)
        self.setCentralWidget(self.timeline)
        self.articles = ArticlesPanel(self.document)
        self.reader = ArticleReader(self.document)
        self.events = EventsPanel(self.document)
        self.vague = VagueTray(self.document)
        self.problems = ProblemsView(self.document)
        self.docks = {
            "articles": self._dock("Articles", self.articles, _Area.LeftDockWidgetArea),
            "vague": self._dock("Vague Mentions", self.vague, _Area.LeftDockWidgetArea),
            "reader": self._dock("Reader", self.reader, _Area.RightDockWidgetArea),
            "events": self._dock("Events", self.events, _Area.BottomDockWidgetArea),
            "problems": self._dock("Problems", self.problems, _Area.BottomDockWidgetArea),
        }
        self.tabifyDockWidget(self.docks["events"], self.docks["problems"])
        self.docks["events"].raise_()
        self.setCorner(Qt.Corner.BottomRightCorner, _Area.RightDockWidgetArea)
        self.setCorner(Qt.Corner.BottomLeftCorner, _Area.LeftDockWidgetArea)

        self.actions_ = WindowActions(self, self.undo_stack)
        self.menus = self.actions_.build_menus()
        self.article_menu = self.menus["article"]
        self.articles.addActions(self.article_menu.actions())
        self.addToolBar(self.actions_.build_toolbar(self.menus))
        self.status = StatusLine(self.statusBar(), self.document, self.loader)
        self.exporter = Exporter(self, self.document, self.timeline, self.settings)
        # features get what they use; the window keeps what they return, under these names
        ctx = FeatureContext(
            self.document, self.undo_stack, self.selection, self.statusBar(), self.settings,
            self.actions_, self.menus, self.docks, self,
        )  # fmt: skip
        self.opener = StoryOpener(
            ctx, self.loader, self.status, self.recent, self.timeline.fit_all, self.open_paths,
            self.projectsRequested.emit,
        )  # fmt: skip
        self._wire()
        self.corrections_ui = install_corrections(ctx, self.events, self.vague)
        self.project_io = ProjectIO(
            ctx, self.loader, self.recent, self.timeline.fit_all, self.opener.open_paths
        )
        self.projectsRequested.connect(self.project_io.open_requested)
        self.status.follow(self.project_io.opening, "Opening")  # progress and Cancel
        self.exporter.title = self.project_io.story_name  # exports are titled by the story
        # every report of the selected happening; anchor suggestions
        self.sources_panel = install_sources(ctx)
        self.menuBar().addAction(self.menus["help"].menuAction())  # Help stays last
        # Panels, Theme, Help pages, toolbar names: after the rest
        self.window_menus = install_window_menus(ctx)
        self.theme_actions = self.window_menus.theme_actions
        self.state = WindowState(self, self.settings)
        self.state.restore()  # after every dock exists, so all of them get their saved place

    @property
    def help_page(self) -> HelpPage | None:
        """The help page last opened (None before one is)."""
        return self.window_menus.help.page

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        return make_dock(self, title, widget, area)

    # --- wiring -----------------------------------------------------------------------------
    def _wire(self) -> None:
        a, sel, tl = self.actions_, self.selection, self.timeline
        self.events.eventSelected.connect(sel.select_event)
        self.events.table.doubleClicked.connect(lambda _index: tl.zoom_to_selection())
        tl.eventActivated.connect(sel.select_event)
        tl.clusterActivated.connect(self._on_cluster)
        self.reader.eventActivated.connect(sel.select_event)
        self.articles.articleSelected.connect(sel.select_article)
        self.vague.mentionActivated.connect(self._show_mention)
        sel.changed.connect(self._on_selection)
        self.events.model.followed.connect(self._resync_selection)  # after a document change
        self.events.proxy.acceptedChanged.connect(tl.set_visible_events)
        self.events.proxy.acceptedChanged.connect(
            lambda _ids: self.events.select_event(sel.event_id)
        )
        self.events.useViewRange.connect(lambda: self.events.set_date_range(*tl.visible_range()))
        tl.rangeChanged.connect(self.status.set_visible_range)
        self.problems.model().modelReset.connect(self._update_problem_count)

        a.open_files.triggered.connect(self.opener.files_dialog)
        a.open_folder.triggered.connect(self.opener.folder_dialog)
        a.recent_menu.aboutToShow.connect(
            lambda: self.recent.fill(a.recent_menu, lambda p: self.open_paths([p]))
        )
        a.export_png.triggered.connect(lambda: self.exporter.export_image("png"))
        a.export_svg.triggered.connect(lambda: self.exporter.export_image("svg"))
        a.export_csv.triggered.connect(lambda: self.exporter.export_table("csv"))
        a.export_json.triggered.connect(lambda: self.exporter.export_table("json"))
        a.export_timelinejs.triggered.connect(lambda: self.exporter.export_table("timelinejs"))
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.find)
        a.fit_all.triggered.connect(tl.fit_all)
        a.zoom_in.triggered.connect(tl.zoom_in)
        a.zoom_out.triggered.connect(tl.zoom_out)
        a.zoom_selection.triggered.connect(tl.zoom_to_selection)
        a.lane_group.triggered.connect(lambda action: tl.set_lane_mode(action.data()))
        a.compress.toggled.connect(tl.set_compressed)
        a.about.triggered.connect(self.about)

    def _on_selection(self, article_id: str | None, event_id: str | None) -> None:
        self.articles.select_article(article_id)
        self.events.select_event(event_id)
        self.timeline.select_event(event_id)
        if event_id is not None:
            self.reader.show_event(event_id)
        else:
            self.reader.show_article(article_id)

    def _resync_selection(self, *_: object) -> None:
        """Models were reset or refiltered: show the selection again (the reader follows)."""
        self.articles.select_article(self.selection.article_id)
        self.events.select_event(self.selection.event_id)
        self.timeline.select_event(self.selection.event_id)

    def _on_cluster(self, cluster_id: str) -> None:
        """Open the card of every source of a happening; the selection stays as clicked."""
        members = self.document.timeline.clusters().get(cluster_id, [])
        if members:
            sources = len({e.article_id for e in members})
            self.docks["sources"].show()
            self.docks["sources"].raise_()
            self.statusBar().showMessage(
                f"{plural(sources, 'source')} report this happening", 5000
            )

    def _show_mention(self, article_id: str, mention: Mention) -> None:
        self.selection.select_article(article_id)
        self.reader.show_mention(article_id, mention)
        self.docks["reader"].raise_()

    def find(self) -> None:
        self.docks["events"].show()
        self.docks["events"].raise_()
        self.events.focus_filter()

    # --- opening ------------------------------------------------------------------------------
    def open_paths(self, paths: list[str | Path], *, replace: bool = True) -> None:
        """Load the articles under ``paths`` in the background (projects: ``projectsRequested``).

        ``replace`` starts a new story; otherwise the articles join the current one. A request
        made while a load runs takes over that load's paths: the newest run wins.
        """
        self.project_io.open_paths(paths, replace=replace)

    def _update_problem_count(self) -> None:
        count = len(self.document.problems)
        self.docks["problems"].setWindowTitle(f"Problems ({count})" if count else "Problems")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths, replace=not self.document.timeline.analyses)

    # --- the rest -----------------------------------------------------------------------------
    def about(self) -> None:
        QMessageBox.about(
            self,
            "About timeline_app",
            f"<b>timeline_app {__version__}</b><p>Reconstructs the chronology of a news story "
            "from the articles written about it: every dated sentence, placed on one timeline.",
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.state.shown()

    def save_state(self) -> None:
        self.state.save()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        self.loader.shutdown()
        self.undo_previews.shutdown()
        self.opener.story_process.close()
        super().closeEvent(event)
