"""Backup jobs of a vault or a VM: a filterable, sortable table and a detail pane."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP
from core.ids import parse_id
from core.model import BackupJob, JobTask
from gui import icons, resourcemenu, texts
from gui.lazyview import LazyLoading
from gui.ops import Op, Task
from gui.richtext import plain
from gui.tables import Column, ItemRole, ObjectTableModel, make_table
from gui.widgets import SearchEdit, StateStack, heading, muted

if TYPE_CHECKING:
    from gui.scope import Scope
    from gui.workspace import Workspace

C = "Columns"


def _start(job: BackupJob) -> Any:
    return job.start_time.timestamp() if job.start_time else None


class JobsModel(ObjectTableModel[BackupJob]):
    """Backup jobs, one per row."""

    COL_VM, COL_OPERATION, COL_STATUS, COL_START, COL_DURATION, COL_ERROR = range(6)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "VM"),
            lambda j: j.entity_name,
            lambda j: j.entity_name.lower(),
            width=16,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Operation"),
            lambda j: texts.operation_name(j.operation),
            lambda j: j.operation.lower(),
            width=12,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda j: texts.job_status_name(j.status),
            lambda j: j.status.lower(),
            icon=lambda j: icons.job_status_icon(j.status),
            width=16,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Start time"),
            lambda j: texts.local_time(j.start_time),
            _start,
            width=18,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Duration"),
            lambda j: texts.duration(j.duration_s),
            lambda j: j.duration_s,
            align_right=True,
            width=12,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Error code"),
            lambda j: j.error_display,
            lambda j: j.error_display.lower(),
            tooltip=lambda j: j.error_message,
            width=28,
        ),
    )

    def haystack(self, row: int) -> str:
        """Override: search raw fields (cheap on large tables), not formatted dates."""
        text = self._haystacks[row]
        if text is None:
            j = self._rows[row]
            text = "\n".join(
                (
                    j.entity_name,
                    j.operation,
                    j.status,
                    texts.job_status_name(j.status),
                    j.error_display,
                    j.error_message,
                )
            ).lower()
            self._haystacks[row] = text
        return text

    def resource_name(self, obj: BackupJob) -> str:
        """Override: a job is named after its VM."""
        return obj.entity_name


class TasksModel(ObjectTableModel[JobTask]):
    """The task list of one job (Take Snapshot, Transfer data to vault)."""

    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Columns", "Task"), lambda t: t.name, width=24),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda t: texts.job_status_name(t.status),
            icon=lambda t: icons.job_status_icon(t.status),
            width=16,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Duration"),
            lambda t: texts.duration(t.duration_s),
            lambda t: t.duration_s,
            align_right=True,
        ),
    )

    def resource_id(self, obj: JobTask) -> str:
        """Override: tasks are not resources."""
        return ""


@dataclass(frozen=True)
class JobsScope:
    """Whose jobs to list: a vault's, or one VM's across its subscription's vaults."""

    kind: str
    """'vault' or 'vm'."""
    resource_id: str
    name: str


RANGES = (
    (1, QT_TRANSLATE_NOOP("JobsView", "Last 24 hours")),
    (7, QT_TRANSLATE_NOOP("JobsView", "Last 7 days")),
    (14, QT_TRANSLATE_NOOP("JobsView", "Last 14 days")),
    (30, QT_TRANSLATE_NOOP("JobsView", "Last 30 days")),
)
DEFAULT_DAYS = 7
"""The portal's Backup jobs blade opens on the last 7 days too."""

STATUSES = ("Completed", "Failed", "InProgress", "CompletedWithWarnings", "Cancelled")
OPERATIONS = ("Backup", "Restore", "ConfigureBackup", "DisableBackup", "DeleteBackupData")


def vm_id_of_job(job: BackupJob) -> str:
    """The ARM id of the VM a job backs up ('' when the container does not say)."""
    parts = job.container_name.split(";")
    if len(parts) < 2 or not job.vault_id:
        return ""
    sub = parse_id(job.vault_id).subscription_id
    return f"/subscriptions/{sub}/resourceGroups/{parts[-2]}/providers/Microsoft.Compute/virtualMachines/{parts[-1]}"


class JobDetail(QScrollArea):
    """The selected job: status, times, error, recommendations and task list.

    Signals:
        diagnose_requested(str): the user wants the VM of this failed job diagnosed (VM id).
    """

    diagnose_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.job: BackupJob | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.title = heading("", 1, body)
        layout.addWidget(self.title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.status = QLabel(body)
        self.started = QLabel(body)
        self.ended = QLabel(body)
        self.took = QLabel(body)
        self.code = QLabel(body)
        self.message = QLabel(body)
        self.recommendations = QLabel(body)
        self._values = (
            self.status,
            self.started,
            self.ended,
            self.took,
            self.code,
            self.message,
            self.recommendations,
        )
        for label in self._values:
            plain(label)  # Azure's codes, messages and recommendations are text
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Started:"), self.started)
        form.addRow(self.tr("Ended:"), self.ended)
        form.addRow(self.tr("Duration:"), self.took)
        form.addRow(self.tr("Error code:"), self.code)
        form.addRow(self.tr("Message:"), self.message)
        form.addRow(self.tr("Recommendations:"), self.recommendations)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Tasks"), body))
        self.tasks = TasksModel(body)
        self.tasks_view, _ = make_table(self.tasks, body)
        self.tasks_view.setObjectName("jobTasks")
        self.tasks_view.setMaximumHeight(
            self.tasks_view.verticalHeader().defaultSectionSize() * 4 + 8
        )
        self.tasks_view.setSortingEnabled(False)
        layout.addWidget(self.tasks_view)
        self.loading = muted(plain(QLabel(self.tr("Loading job details…"), body)))
        layout.addWidget(self.loading)
        buttons = QHBoxLayout()
        self.diagnose = QPushButton(icons.icon("diagnose"), self.tr("&Diagnose this VM"), body)
        self.diagnose.setToolTip(self.tr("Check the documented causes of this failure, one by one"))
        self.diagnose.clicked.connect(self._on_diagnose_clicked)
        buttons.addWidget(self.diagnose)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_job(None)

    def show_job(self, job: BackupJob | None, *, loading: bool = False) -> None:
        """Show ``job`` (None: a hint to select one)."""
        self.job = job
        body = self.widget()
        if body is not None:
            body.setEnabled(job is not None)
        if job is None:
            self.title.setText(self.tr("Select a job to see its details"))
            for label in self._values:
                label.clear()
            self.tasks.set_rows([])
            self.diagnose.setEnabled(False)
            self.loading.hide()
            return
        self.title.setText(
            self.tr("{operation} of {vm}").format(
                operation=texts.operation_name(job.operation), vm=job.entity_name
            )
        )
        self.status.setText(texts.job_status_name(job.status))
        self.started.setText(texts.local_time(job.start_time, seconds=True) or "—")
        self.ended.setText(texts.local_time(job.end_time, seconds=True) or "—")
        self.took.setText(texts.duration(job.duration_s) or "—")
        self.code.setText(job.error_display or "—")
        self.message.setText(job.error_message or "—")
        recs = [r for e in job.errors for r in e.recommendations]
        self.recommendations.setText("\n".join(f"• {r}" for r in recs) if recs else "—")
        self.tasks.set_rows(job.tasks)
        self.loading.setVisible(loading)
        self.diagnose.setEnabled(job.failed and bool(vm_id_of_job(job)))

    @Slot()
    def _on_diagnose_clicked(self) -> None:
        if self.job is not None:
            self.diagnose_requested.emit(vm_id_of_job(self.job))


class JobsView(LazyLoading, QWidget):
    """The jobs of a vault or VM, defaulting to the last 7 days like the portal.

    Signals:
        loaded(int): the jobs of the scope arrived (how many).
        detail_loaded(str): the details of the selected job arrived (its id).
        refreshed_running(int): in-progress jobs were read again (how many).
        diagnose_requested(str): diagnose the VM with this id.
    """

    name: ClassVar[str] = "jobs"
    loaded = Signal(int)
    detail_loaded = Signal(str)
    refreshed_running = Signal(int)
    diagnose_requested = Signal(str)

    REFRESH_MS = 30_000
    """How often in-progress jobs are read again."""

    def __init__(self, workspace: Workspace | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.scope: JobsScope | None = None
        self._op: Op[list[BackupJob]] | None = None
        self._detail_op: Op[BackupJob] | None = None
        self._refresh_op: Op[list[BackupJob]] | None = None
        bar = self._build_filters()
        self.model = JobsModel(self)
        self._build_table()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self._connect()

    def _build_table(self) -> None:
        self.table, self.proxy = make_table(self.model, self)
        self.table.setObjectName("jobsTable")
        self.table.setAccessibleName(self.tr("Backup jobs"))
        self.table.sortByColumn(JobsModel.COL_START, Qt.SortOrder.DescendingOrder)
        resourcemenu.attach(self.table, lambda: self.workspace, self._extra_actions)
        self.detail = JobDetail(self)
        self.detail.setObjectName("jobDetail")
        self.detail.diagnose_requested.connect(self.diagnose_requested)
        self.state = StateStack(self.table, self)
        self.state.retry_requested.connect(self.reload)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("jobsSplitter")
        self.splitter.addWidget(self.state)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

    def _connect(self) -> None:
        self.timer = QTimer(self)
        self.timer.setInterval(self.REFRESH_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.range.currentIndexChanged.connect(self._on_range_current_index_changed)
        self.status.currentIndexChanged.connect(self._on_filters_changed)
        self.operation.currentIndexChanged.connect(self._on_filters_changed)
        self.search.text_settled.connect(self._on_search_text_settled)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    def _build_filters(self) -> QHBoxLayout:
        self.range = QComboBox(self)
        self.range.setObjectName("jobsRange")
        for days, title in RANGES:
            self.range.addItem(QCoreApplication.translate("JobsView", title), days)
        self.range.setCurrentIndex(self.range.findData(DEFAULT_DAYS))
        self.range.setAccessibleName(self.tr("Time range"))
        self.status = QComboBox(self)
        self.status.setObjectName("jobsStatus")
        self.status.addItem(self.tr("All statuses"), "")
        for status in STATUSES:
            self.status.addItem(
                icons.job_status_icon(status), texts.job_status_name(status), status
            )
        self.status.setAccessibleName(self.tr("Status"))
        self.operation = QComboBox(self)
        self.operation.setObjectName("jobsOperation")
        self.operation.addItem(self.tr("All operations"), "")
        for operation in OPERATIONS:
            self.operation.addItem(texts.operation_name(operation), operation)
        self.operation.setAccessibleName(self.tr("Operation"))
        self.search = SearchEdit(self.tr("Search VM, status or error code"), self, delay_ms=100)
        self.search.setObjectName("jobsSearch")
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 30)
        for combo in (self.range, self.status, self.operation):  # the popups show full texts
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.count = muted(QLabel(self))
        bar = QHBoxLayout()
        range_label = QLabel(self.tr("&Time range:"), self)
        range_label.setBuddy(self.range)
        bar.addWidget(range_label)
        bar.addWidget(self.range)
        status_label = QLabel(self.tr("&Status:"), self)
        status_label.setBuddy(self.status)
        bar.addWidget(status_label)
        bar.addWidget(self.status)
        operation_label = QLabel(self.tr("&Operation:"), self)
        operation_label.setBuddy(self.operation)
        bar.addWidget(operation_label)
        bar.addWidget(self.operation)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        return bar

    # Scope and loading -------------------------------------------------------------------

    def tab_title(self) -> str:
        """The tab's title."""
        return QCoreApplication.translate("MainWindow", "Backup jobs")

    def tab_icon(self) -> QIcon:
        """The tab's icon."""
        return icons.icon("job")

    def show_scope(self, scope: Scope) -> None:
        """Show the scope (read when shown)."""
        self.set_scope(JobsScope(scope.kind.value, scope.id, scope.name))

    def set_scope(self, scope: JobsScope | None) -> None:
        """List the jobs of ``scope`` (read when the view is shown)."""
        if scope == self.scope and not self._stale:
            return
        self.scope = scope
        self.model.set_rows([])
        self.detail.show_job(None)
        self.mark_stale()

        self._arm_timer()

    def hideEvent(self, event: Any) -> None:
        """Override QWidget::hideEvent: no auto-refresh while hidden."""
        super().hideEvent(event)
        self.timer.stop()

    def reload(self) -> None:
        """Read the jobs of the scope for the chosen time range."""
        self.begin_reload()
        if self.workspace is None or self.scope is None:
            self.state.show_empty(self.tr("Select a vault or a VM to see its backup jobs."))
            return
        gateway = self.workspace.gateway
        scope = self.scope
        days = int(self.range.currentData())
        self.state.show_busy(self.tr("Reading backup jobs of {name}…").format(name=scope.name))

        def read(task: Task) -> list[BackupJob]:
            until = gateway.now().replace(second=0, microsecond=0) + timedelta(minutes=1)
            since = until - timedelta(days=days)
            if scope.kind == "vault":
                return gateway.jobs(scope.resource_id, since=since)
            from core.queries import vm_jobs

            return vm_jobs(gateway, scope.resource_id, since=since)

        self._op = (
            Op(read, parent=self, label=f"jobs:{scope.name}")
            .on_success(self._on_read_succeeded)
            .on_failure(
                lambda exc: self.state.show_error(
                    exc, self.tr("Could not read the backup jobs of {name}").format(name=scope.name)
                )
            )
            .start()
        )

    def set_jobs(self, jobs: list[BackupJob]) -> None:
        """Show ``jobs`` (also used by benchmarks and tests)."""
        self.model.set_rows(jobs)
        known = {self.operation.itemData(i) for i in range(self.operation.count())}
        for operation in sorted({j.operation for j in jobs} - known):
            self.operation.addItem(texts.operation_name(operation), operation)
        self._update_count()
        if jobs:
            self.state.show_content()
        else:
            self.state.show_empty(self.tr("No backup jobs in this time range."))
        self._arm_timer()

    def _on_read_succeeded(self, jobs: list[BackupJob]) -> None:
        self.set_jobs(jobs)
        if self.proxy.rowCount():  # open the newest failure (else the newest job) in the pane
            rows = range(self.proxy.rowCount())
            failed = next((r for r in rows if self.proxy.index(r, 0).data(ItemRole).failed), 0)
            self.table.selectRow(failed)
        self.loaded.emit(len(jobs))

    # Filters -----------------------------------------------------------------------------

    @Slot(int)
    def _on_range_current_index_changed(self, index: int) -> None:
        self.reload()

    @Slot()
    def _on_filters_changed(self) -> None:
        status = str(self.status.currentData() or "").lower()
        operation = str(self.operation.currentData() or "").lower()
        if not status and not operation:
            self.proxy.set_predicate(None)
        else:
            self.proxy.set_predicate(
                lambda j: (
                    (not status or j.status.lower() == status)
                    and (not operation or j.operation.lower() == operation)
                )
            )
        self._update_count()

    @Slot(str)
    def _on_search_text_settled(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    @Slot()
    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(self.tr("%n job(s)", "", total))
        else:
            self.count.setText(self.tr("{shown} of {total}").format(shown=shown, total=total))

    # Detail --------------------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(
        self, selected: QItemSelection, deselected: QItemSelection
    ) -> None:
        rows = self.table.selectionModel().selectedRows()
        job = self.proxy.object_at(rows[0]) if rows else None
        if not isinstance(job, BackupJob):
            self.detail.show_job(None)
            return
        self.detail.show_job(job, loading=True)
        if self._detail_op is not None:
            self._detail_op.cancel()
        if self.workspace is None:
            return
        gateway = self.workspace.gateway
        self._detail_op = (
            Op(lambda task: gateway.job(job.id), parent=self, label=f"job:{job.job_id}")
            .on_success(self._on_detail_read)
            .on_failure(lambda exc: self._on_detail_failed(job, exc))
            .start()
        )

    def _on_detail_read(self, job: BackupJob) -> None:
        if self.detail.job is not None and self.detail.job.id == job.id:
            self.detail.show_job(job)
        self.detail_loaded.emit(job.id)

    def _on_detail_failed(self, job: BackupJob, exc: BaseException) -> None:
        from gui.errors import describe

        self.detail.show_job(job)
        info = describe(exc, self.tr("Could not read the job details"))
        self.detail.loading.setText(f"{info.headline}: {info.advice}")
        self.detail.loading.show()

    # Auto-refresh of running jobs -------------------------------------------------------------

    def _arm_timer(self) -> None:
        running = any(j.in_progress for j in self.model.rows())
        if running and self.isVisible():
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.refresh_running()

    def refresh_running(self) -> None:
        """Read the in-progress jobs again (not from the cache) and update their rows."""
        if self.workspace is None or (self._refresh_op is not None and self._refresh_op.running):
            return
        running = [j for j in self.model.rows() if j.in_progress]
        if not running:
            self._arm_timer()
            return
        gateway = self.workspace.gateway

        def read(task: Task) -> list[BackupJob]:
            return [gateway.job(j.id, fresh=True) for j in running if not task.cancelled()]

        self._refresh_op = (
            Op(read, parent=self, label="jobs:refresh-running")
            .on_success(self._on_running_read)
            .on_failure(lambda exc: None)  # the next tick tries again; the activity panel shows it
            .start()
        )

    def _on_running_read(self, jobs: list[BackupJob]) -> None:
        rows = {j.id.lower(): row for row, j in enumerate(self.model.rows())}
        for job in jobs:
            row = rows.get(job.id.lower(), -1)
            if row >= 0:
                self.model.replace_row(row, job)
        self._arm_timer()
        self.refreshed_running.emit(len(jobs))

    def _extra_actions(self, index: Any) -> list[QAction]:
        job = self.proxy.object_at(index)
        if not isinstance(job, BackupJob):
            return []
        actions: list[QAction] = []
        vm_id = vm_id_of_job(job)
        if job.failed and vm_id:
            diagnose = QAction(icons.icon("diagnose"), self.tr("&Diagnose this VM"), self)
            diagnose.triggered.connect(lambda: self.diagnose_requested.emit(vm_id))
            actions.append(diagnose)
        copy_job = QAction(QIcon(icons.icon("copy")), self.tr("Copy &job ID"), self)
        copy_job.triggered.connect(lambda: resourcemenu.copy_text(job.id))
        actions.append(copy_job)
        return actions
