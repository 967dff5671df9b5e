"""Projects in the window: Open/Save/Save As, the ``[*]`` mark, autosave, recovery, closing.

The project is "modified" when the undo stack is not at its clean index (or articles were added
or recovered since the save). Questions to the user go through small methods (``ask_unsaved``,
``ask_recover``) that tests replace.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox
from shiboken6 import isValid

from timeline_app.core.corrections.ledger import Corrections
from timeline_app.core.errors import TimelineError
from timeline_app.core.storage.project import PROJECT_SUFFIX, OpenedProject
from timeline_app.core.storage.projectfiles import (
    ProjectLock,
    acquire_lock,
    autosave_path,
    discard_autosave,
    export_corrections,
    import_corrections,
    is_template,
    recovery_for,
)
from timeline_app.core.story.document import Prepared
from timeline_app.core.story.projects import save_document, snapshot_for_save
from timeline_app.gui.autosave import AutosaveWriter
from timeline_app.gui.commands import CorrectionCommand, CorrectionsCommand
from timeline_app.gui.loader import LoadWorker
from timeline_app.gui.project_open import Opened, Refused, open_work

if TYPE_CHECKING:
    from collections.abc import Callable

    from timeline_app.gui.features import FeatureContext
    from timeline_app.gui.recent import RecentFiles

__all__ = ["ProjectIO"]

_FILTER = f"Timeline projects (*{PROJECT_SUFFIX})"
AUTOSAVE_MS = 60_000


def _may_overwrite(project: Path) -> bool:
    """Not a template (the bundled seeds, a read-only folder) nor a read-only file."""
    return not is_template(project) and (not project.exists() or os.access(project, os.W_OK))


class ProjectIO(QObject):
    """The project feature: given what it uses, never the window's attributes.

    ``opened(path)`` (None for a recovered unsaved story) once an opened project is committed;
    ``refused(message)`` when one could not be opened (the story in the window is unchanged).
    """

    opened = Signal(object)
    refused = Signal(str)

    def __init__(
        self,
        ctx: FeatureContext,
        loader: LoadWorker,
        recent: RecentFiles,
        fit_timeline: Callable[[], None],
        open_articles: Callable[..., None],
        autosave_dir: Path | None = None,
    ) -> None:
        super().__init__(ctx.host)
        self.ctx = ctx
        self.window = ctx.host  # titled, watched for Close, and the parent of dialogs
        self.document = ctx.document
        self.stack = ctx.undo_stack
        self.loader, self.recent, self.fit_timeline = loader, recent, fit_timeline
        self._open_articles = open_articles
        self.path: Path | None = None
        self.notices: list[str] = []
        self.autosave_dir = autosave_dir or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
        )
        self._dirty = False  # changes that are not on the undo stack (articles added, recovery)
        self._story = ""  # what an unsaved story was loaded from, for the title
        self._autosaved_at: int | None = None
        self.lock: ProjectLock | None = None  # the open project's lock file, if we hold it
        self._instance = ""  # our process id when another window holds the project's lock
        self._untitled_lock: ProjectLock | None = None  # for an unsaved story's autosave
        self._build_actions()
        self.stack.cleanChanged.connect(self._update_title)
        self.stack.indexChanged.connect(self._update_title)
        loader.finished.connect(self._on_articles_loaded)
        self.opening = LoadWorker(parent=self)  # reads a project and builds its story
        self._opening: Path | None = None  # the project being opened (None: a recovery)
        self.opening.finished.connect(self._on_opened)
        self.opening.failed.connect(self._on_open_failed)
        self.opening.cancelled.connect(self._restore_lock)
        self.window.installEventFilter(self)
        self.autosaver = AutosaveWriter(self)  # writes on a worker what the timer snapshots
        self.autosaver.written.connect(self._autosaved)
        self.autosaver.failed.connect(self._autosave_failed)
        self.timer = QTimer(self, interval=AUTOSAVE_MS, timeout=self.autosave_in_background)
        self.timer.start()
        self._update_title()

    def _build_actions(self) -> None:
        w, key = self.window, QKeySequence.StandardKey

        def action(text: str, slot, shortcut=None) -> QAction:
            a = QAction(text, w)
            if isinstance(shortcut, QKeySequence.StandardKey):
                a.setShortcuts(shortcut)
            elif shortcut:
                a.setShortcut(shortcut)
            a.triggered.connect(lambda _c=False: slot())
            return a

        self.open_action = action("Open &Project…", self.open_dialog, "Ctrl+Shift+P")
        self.save_action = action("&Save Project", self.save, key.Save)
        self.save_as_action = action("Save Project &As…", self.save_as_dialog, key.SaveAs)
        self.export_action = action("Export &Corrections…", self.export_dialog)
        self.import_action = action("&Import Corrections…", self.import_dialog)
        self.recover_action = action("Recover &Unsaved Story", self.recover_untitled)
        file_menu, quit_ = self.ctx.menus["file"], self.ctx.actions.quit
        for a in (self.open_action, self.save_action, self.save_as_action, self.recover_action):
            file_menu.insertAction(quit_, a)
        file_menu.insertSeparator(quit_)
        file_menu.insertAction(quit_, self.export_action)
        file_menu.insertAction(quit_, self.import_action)
        file_menu.insertSeparator(quit_)

    # -- state ---------------------------------------------------------------------------------
    def is_modified(self) -> bool:
        return self._dirty or not self.stack.isClean()

    def story_name(self) -> str:
        """The story's name for titles: the project's, else where it was loaded from."""
        return self.path.stem if self.path else (self._story or "Timeline")

    def _update_title(self, *_args) -> None:
        if not isValid(self.window):  # signals from the stack while the window is torn down
            return
        name = self.path.name if self.path else (self._story or "Untitled")
        self.window.setWindowTitle(f"{name}[*] — timeline_app")
        self.window.setWindowModified(self.is_modified())

    def _mark_clean(self) -> None:
        self._dirty = False
        self.stack.setClean()
        self._autosaved_at = None
        self._update_title()

    def _on_articles_loaded(self, _result) -> None:
        if self.path is not None:
            self._dirty = True  # articles joined the project
            self._autosaved_at = None
        self._update_title()

    # -- opening -------------------------------------------------------------------------------
    def open_paths(self, paths, *, replace: bool = True) -> None:
        """The window's ``open_paths``: a project file opens as a project, articles load."""
        projects = [Path(p) for p in paths if Path(p).suffix == PROJECT_SUFFIX]
        articles = [p for p in paths if Path(p).suffix != PROJECT_SUFFIX]
        if projects:
            self.open(projects[0])
        if articles:
            if replace and not projects:
                if not self.maybe_discard():
                    return
                if self.opening.running:  # a new story of articles: the project gives way
                    self.opening.cancel()
                self._forget_path()
                self._story = Path(articles[0]).name
            self._open_articles(articles, replace=replace and not projects)
            self._update_title()

    def recover_untitled(self) -> bool:
        """Start opening the autosave of a story that was never saved (left by a crash)."""
        sidecar = recovery_for(None, self.autosave_dir)
        if sidecar is None:
            self.ctx.show_message("No unsaved story to recover", 5000)
            return False
        if not self.maybe_discard():
            return False
        self._start(None, sidecar, open_work(sidecar, sidecar, self._prepare(), "Cannot recover"))
        return True

    def open_requested(self, paths: list) -> None:
        """Open the first of the projects the window was asked to open."""
        if paths:
            self.open(paths[0])

    def _forget_path(self) -> None:
        self._discard_autosave(self.path, self._autosave_instance())
        self._unlock()
        self.path = None
        self._dirty = False

    def _lock(self, path: Path) -> bool:
        """Take ``path``'s lock; False (and the user told) if another window has it open.

        That window keeps its autosave; this one writes its own (``<project>.<pid>.autosave``).
        """
        self._unlock()
        if is_template(path):  # never saved over (Save asks where), so no lock file beside it
            return True
        lock = acquire_lock(path)
        self.lock = lock if lock.ours else None
        self._instance = "" if lock.ours else str(os.getpid())
        if not lock.ours:
            self.tell_open_elsewhere(path, lock)
        return lock.ours

    def _unlock(self) -> None:
        if self.lock is not None:
            self.lock.release()
        self.lock = None
        self._instance = ""

    def _autosave_instance(self) -> str:
        """Whose autosave this window writes: "" for the usual name, else its process id.

        An open project: "" if this window holds its lock. An unsaved story: the first window
        to autosave one holds ``untitled.timeline.lock`` in the autosave folder; later windows
        write ``untitled.timeline.<pid>.autosave``, so none writes over another's.
        """
        if self.path is not None:
            return self._instance
        if self._untitled_lock is None:
            try:
                self.autosave_dir.mkdir(parents=True, exist_ok=True)
            except OSError:
                return str(os.getpid())
            self._untitled_lock = acquire_lock(self.autosave_dir / f"untitled{PROJECT_SUFFIX}")
        return "" if self._untitled_lock.ours else str(os.getpid())

    def open(self, path: str | Path, *, ask: bool = True) -> bool:
        """Start opening a project (offering the autosave a crash left); False if declined.

        A worker reads the file, analyses its articles and builds the story while the window
        stays live (progress and Cancel in the status bar); the result is committed here in
        one change, and ``opened`` follows, or ``refused`` with the message shown to the user.
        """
        path = Path(path)
        if ask and not self.maybe_discard():
            return False
        if self.loader.running:  # a load of articles must not replace the project
            self.loader.cancel()
        owner = self._lock(path)
        # a window that has the project open elsewhere owns its autosave: not offered here
        sidecar = recovery_for(path, self.autosave_dir) if owner else None
        source = sidecar if sidecar is not None and self.ask_recover(sidecar) else path
        self._start(path, source, open_work(source, path, self._prepare()))
        return True

    def _prepare(self):
        return self.document.snapshot_for_open()

    def _start(self, path: Path | None, source: Path, work) -> None:
        self._opening = path
        self.ctx.show_message(f"Opening {source.name}…")
        self.opening.run(work, [str(source)])

    def _on_opened(self, result: Opened | Refused) -> None:
        """Commit what the worker built (main thread), or say why it could not be opened."""
        path = self._opening
        if isinstance(result, Refused):
            self._restore_lock()
            self.show_error(result.message)
            self.refused.emit(result.message)
            return
        self._commit(result.project, result.prepared)
        if result.notice:
            self.show_error(result.notice)
        self.path = path
        self._dirty = path is None or result.source != path
        if path is not None:
            self.recent.add([str(path)])
        self._update_title()
        if not result.project.notices:
            self.ctx.show_message(f"Opened {result.source.name}", 5000)
        self.opened.emit(path)

    def _on_open_failed(self, message: str) -> None:
        """Not a project error but a failure of the work itself: said, and nothing changes."""
        self._restore_lock()
        text = f"Cannot open {self._opening.name if self._opening else 'the story'}: {message}"
        self.show_error(text)
        self.refused.emit(text)

    def _restore_lock(self) -> None:
        if self._opening is None:
            return
        self._unlock()
        if self.path is not None:  # the project still open keeps its lock
            self._lock(self.path)

    def _commit(self, opened: OpenedProject, prepared: Prepared) -> None:
        self.notices = list(opened.notices)
        self.stack.clear()
        saved = list(opened.corrections)
        self.document.commit(prepared)
        # the saved corrections head the undo history: undo reverts them one by one
        replay = Corrections()
        for edit in saved:
            self.stack.push(CorrectionCommand.applied(self.document, edit, replay.apply(edit)))
        self.stack.setClean()
        self._apply_settings(opened.settings)
        self.fit_timeline()
        if opened.notices:
            self.ctx.show_message("; ".join(opened.notices), 15000)

    def _apply_settings(self, settings: dict[str, str]) -> None:
        acts = self.ctx.actions
        lanes = settings.get("timeline/lanes")
        if lanes in acts.lanes:
            acts.lanes[lanes].trigger()
        if "timeline/compressed" in settings:
            acts.compress.setChecked(settings["timeline/compressed"] == "true")

    def view_settings(self) -> dict[str, str]:
        acts = self.ctx.actions
        checked = acts.lane_group.checkedAction()
        return {
            "timeline/lanes": str(checked.data()) if checked else "article",
            "timeline/compressed": "true" if acts.compress.isChecked() else "false",
        }

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save over the project, or ask where (unsaved, or a template such as the seeds)."""
        if self.path is None or not _may_overwrite(self.path):
            return self.save_as_dialog()
        return self.save_as(self.path)

    def save_as(self, path: str | Path) -> bool:
        path = Path(path)
        if path.suffix != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        try:
            save_document(path, self.document, self.view_settings())
        except TimelineError as exc:
            self.show_error(str(exc))
            return False
        if self.path != path:
            self._discard_autosave(self.path, self._autosave_instance())
            self._lock(path)
        self._discard_autosave(path, self._instance)
        self.path = path
        self.recent.add([str(path)])
        self._mark_clean()
        self.ctx.show_message(f"Saved {path.name}", 5000)
        return True

    def autosave_in_background(self) -> bool:
        """Snapshot the story for its sidecar and write it on a worker; False if none was due."""
        index = self.stack.index()
        if not self.is_modified() or index in (self._autosaved_at, self.autosaver.mark):
            return False
        target = autosave_path(self.path, self.autosave_dir, self._autosave_instance())
        self.autosaver.write(target, snapshot_for_save(self.document, self.view_settings()), index)
        return True

    def _autosaved(self, _target: Path, index: int) -> None:
        self._autosaved_at = index

    def _autosave_failed(self, message: str) -> None:
        self.ctx.show_message(f"Autosave failed: {message}", 10000)

    def _discard_autosave(self, path: Path | None, instance: str) -> None:
        """Delete the sidecar, once the write in flight (if any) has landed."""
        self.autosaver.wait()
        discard_autosave(path, self.autosave_dir, instance)

    def autosave_now(self) -> Path | None:
        """Write the sidecar if there are changes not yet autosaved; return its path."""
        if not self.is_modified() or self._autosaved_at == self.stack.index():
            return None
        target = autosave_path(self.path, self.autosave_dir, self._autosave_instance())
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            save_document(target, self.document, self.view_settings())
        except (OSError, TimelineError) as exc:
            self.ctx.show_message(f"Autosave failed: {exc}", 10000)
            return None
        self._autosaved_at = self.stack.index()
        return target

    # -- dialogs (tests replace the ask_* methods) ---------------------------------------------
    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Open Project", "", _FILTER)
        if path:
            self.open(path)

    def save_as_dialog(self) -> bool:
        start = str(self.suggested_path())
        path, _ = QFileDialog.getSaveFileName(self.window, "Save Project As", start, _FILTER)
        return self.save_as(path) if path else False

    def suggested_path(self) -> Path:
        """Where Save As proposes to write: over the project, if it may be saved over.

        The bundled seeds, a read-only project or folder, and an unsaved story go to the user's
        documents folder.
        """
        if self.path is not None and _may_overwrite(self.path):
            return self.path
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.path.name if self.path is not None else f"story{PROJECT_SUFFIX}"
        return Path(docs or Path.home()) / name

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, "Export Corrections", "corrections.json", "JSON (*.json)"
        )
        if path:
            n = export_corrections(self.document.corrections, path)
            self.ctx.show_message(f"Exported {n} correction{'s' * (n != 1)}", 5000)

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Import Corrections", "", "JSON (*.json)"
        )
        if path:
            self.import_corrections(path)

    def import_corrections(self, path: str | Path) -> int:
        try:
            edits = import_corrections(path)
        except TimelineError as exc:
            self.show_error(str(exc))
            return 0
        if edits:
            text = f"Import {len(edits)} correction{'s' * (len(edits) != 1)}"
            self.stack.push(CorrectionsCommand(self.document, edits, text, keep_times=True))
        return len(edits)

    def ask_unsaved(self) -> str:
        """``save``, ``discard`` or ``cancel``."""
        b = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.window, "Unsaved Changes", "Save the changes to this story?",
            b.Save | b.Discard | b.Cancel, b.Save,
        )  # fmt: skip
        return {b.Save: "save", b.Discard: "discard"}.get(answer, "cancel")

    def ask_recover(self, sidecar: Path) -> bool:
        b = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.window, "Recover Changes",
            f"Unsaved changes were left by a crash ({sidecar.name}). Recover them?",
            b.Yes | b.No, b.Yes,
        )  # fmt: skip
        return answer == b.Yes

    def tell_open_elsewhere(self, path: Path, lock: ProjectLock) -> None:
        """Say that another window (process, host) has this project open."""
        self.show_error(
            f"{path.name} is already open in another window (process {lock.pid} on {lock.host})."
            " Changes saved here may overwrite that window's; this window keeps its own autosave."
        )

    def show_error(self, message: str) -> None:
        self.ctx.show_message(message, 15000)
        box = QMessageBox(QMessageBox.Icon.Warning, "timeline_app", message, parent=self.window)
        box.open()

    def maybe_discard(self) -> bool:
        """True when the current changes may go (saved, discarded, or none)."""
        if not self.is_modified():
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save()
        if answer == "discard":
            self._discard_autosave(self.path, self._autosave_instance())
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.Close:
            if not self.maybe_discard():
                event.ignore()
                return True
            self.timer.stop()
            self.autosaver.wait()  # a sidecar half written is never left behind
            self.opening.shutdown()
            self._unlock()
            if self._untitled_lock is not None:
                self._untitled_lock.release()
        return super().eventFilter(watched, event)
