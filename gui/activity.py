"""The activity panel: every request and operation the app performed, with result and error."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.activity import Activity
from core.i18n import QT_TRANSLATE_NOOP
from gui import icons, resourcemenu, texts
from gui.tables import Column, ObjectTableModel, make_table
from gui.widgets import muted

if TYPE_CHECKING:
    from core.activity import ActivityLog
    from gui.workspace import Workspace

KEEP = 2000
"""Rows the panel keeps (the oldest go first)."""


def _target_name(activity: Activity) -> str:
    parts = [p for p in activity.target.split("/") if p]
    if not parts:
        return activity.target
    tail = parts[-1]
    if len(parts) >= 2 and parts[-1].lower() in {
        "backupjobs",
        "backupprotecteditems",
        "backuppolicies",
        "extensions",
    }:
        tail = f"{parts[-2]}/{parts[-1]}"
    return tail


class ActivityModel(ObjectTableModel[Activity]):
    """Activities, oldest first."""

    COL_TIME, COL_RESULT, COL_OPERATION, COL_TARGET, COL_DURATION, COL_ERROR = range(6)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "Time"),
            lambda a: texts.clock_time(a.started),
            lambda a: a.started,
            tooltip=lambda a: texts.local_time(a.started, seconds=True),
            width=9,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Result"),
            lambda a: ActivityPanel.result_text(a.ok),
            lambda a: a.ok,
            icon=lambda a: icons.icon("status-passed" if a.ok else "status-failed"),
            width=9,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Operation"), lambda a: a.operation, width=14),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Target"),
            _target_name,
            tooltip=lambda a: a.target,
            width=34,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Duration"),
            lambda a: f"{a.seconds * 1000:.0f} ms",
            lambda a: a.seconds,
            align_right=True,
            width=9,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Error"), lambda a: a.error, tooltip=lambda a: a.error),
    )

    def resource_id(self, obj: Activity) -> str:
        """Override: the target when it is an ARM path."""
        return obj.target if obj.target.lower().startswith("/subscriptions/") else ""

    def resource_name(self, obj: Activity) -> str:
        """Override: the target's last segment."""
        return _target_name(obj)


class ActivityBridge(QObject):
    """Subscribes to a core ``ActivityLog`` and brings each activity to the GUI thread.

    Signals:
        recorded(object): an ``Activity`` (emitted from any thread, delivered on the GUI one).
    """

    recorded = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log: ActivityLog | None = None

    def attach(self, log: ActivityLog | None) -> None:
        """Follow ``log`` (None: follow nothing)."""
        if self._log is not None:
            self._log.unsubscribe(self._observe)
        self._log = log
        if log is not None:
            log.subscribe(self._observe)

    def _observe(self, activity: Activity) -> None:
        self.recorded.emit(activity)  # thread-safe: queued to the GUI thread


class ActivityPanel(QWidget):
    """The bottom dock's content: a live table of requests and operations.

    Signals:
        appended(int): rows were added (how many).
    """

    appended = Signal(int)

    @staticmethod
    def result_text(ok: bool) -> str:
        """'OK' or 'Failed', translated."""
        from PySide6.QtCore import QCoreApplication

        return (
            QCoreApplication.translate("ActivityPanel", "OK")
            if ok
            else QCoreApplication.translate("ActivityPanel", "Failed")
        )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.bridge = ActivityBridge(self)
        self.bridge.recorded.connect(self._on_bridge_recorded)
        self._pending: list[Activity] = []
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(150)
        self._flush.timeout.connect(self.flush)
        self.model = ActivityModel(self)
        self.table, self.proxy = make_table(self.model, self)
        self.table.setObjectName("activityTable")
        self.table.setAccessibleName(self.tr("Activity"))
        self.table.setSortingEnabled(False)
        resourcemenu.attach(self.table, lambda: self.workspace)
        self.errors_only = QCheckBox(self.tr("&Errors only"), self)
        self.errors_only.setObjectName("activityErrorsOnly")
        self.errors_only.toggled.connect(self._on_errors_only_toggled)
        self.count = muted(QLabel(self))
        self.clear = QPushButton(self.tr("C&lear"), self)
        self.clear.clicked.connect(self._on_clear_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.errors_only)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addWidget(self.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_count()

    def set_workspace(self, workspace: Workspace | None) -> None:
        """Show the activity of ``workspace`` from now on (and what it did so far)."""
        self.workspace = workspace
        log = workspace.gateway.activity if workspace else None
        self.bridge.attach(log)
        self.model.set_rows(log.items()[-KEEP:] if log else [])
        self._update_count()

    def detach(self) -> None:
        """Stop following the activity log."""
        self.bridge.attach(None)

    @Slot(object)
    def _on_bridge_recorded(self, activity: Activity) -> None:
        self._pending.append(activity)
        if not self._flush.isActive():
            self._flush.start()

    @Slot()
    def flush(self) -> None:
        """Show the activity recorded since the last flush now (it is batched every 150 ms)."""
        batch, self._pending = self._pending, []
        if not batch:
            return
        bar = self.table.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 2
        self.model.append_rows(batch, keep=KEEP)
        if at_end:
            self.table.scrollToBottom()
        self._update_count()
        self.appended.emit(len(batch))

    @Slot(bool)
    def _on_errors_only_toggled(self, on: bool) -> None:
        self.proxy.set_predicate((lambda a: not a.ok) if on else None)
        self._update_count()

    @Slot()
    def _on_clear_clicked(self) -> None:
        self.model.set_rows([])
        self._update_count()

    def _update_count(self) -> None:
        rows = self.model.rows()
        failed = sum(1 for a in rows if not a.ok)
        self.count.setText(
            self.tr("%n request(s)", "", len(rows))
            + (" · " + self.tr("%n failed", "", failed) if failed else "")
        )
