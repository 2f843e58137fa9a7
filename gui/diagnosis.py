"""The step-by-step cause checker: the runbook as a checklist that fills in as checks run."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.activity import Activity
from core.diagnosis.catalog import CatalogEntry
from core.diagnosis.causes import Cause
from core.diagnosis.findings import Fix, Status
from core.diagnosis.runbooks import HEALTH_CHECK, Runbook
from core.fixes.catalog import ACTIONS
from core.model import BackupJob
from gui import icons, texts, theme
from gui.ops import Op, Task
from gui.richtext import escaped, plain, safe_link, tooltip
from gui.widgets import Banner, Spinner, StateStack, heading, muted

if TYPE_CHECKING:
    from core.diagnosis.engine import Diagnosis, Step
    from gui.scope import Scope
    from gui.workspace import Workspace

FIXABLE = {Status.FAILED, Status.WARNING}
"""Fix buttons are enabled only on checks that found a problem."""


def fix_tooltip(fix: Fix, enabled: bool) -> str:
    """What the fix would do, exactly: its description and the ARM request it would send."""
    action = ACTIONS.get(fix.action)
    if action is None:
        return QCoreApplication.translate("StepWidget", "Unknown fix action: {action}").format(
            action=fix.action
        )
    lines = [
        QCoreApplication.translate("Fix", action.description),
        QCoreApplication.translate("StepWidget", "It would send: {request}").format(
            request=action.describe(fix.target)
        ),
        QCoreApplication.translate("StepWidget", "Needs the permission {permission}.").format(
            permission=action.permission
        ),
    ]
    if action.destructive:
        lines.append(
            QCoreApplication.translate(
                "StepWidget", "This change cannot be undone; it will ask first."
            )
        )
    if not enabled:
        lines.insert(
            0,
            QCoreApplication.translate("StepWidget", "Available when this check finds a problem."),
        )
    return "\n".join(lines)


def catalog_html(entry: CatalogEntry) -> str:
    """What the error catalog says of a code with no runbook of its own, as safe rich text."""

    def tr(text: str) -> str:
        return escaped(QCoreApplication.translate("Catalog", text))

    def items(lines: tuple[str, ...]) -> str:
        return "".join(f"<li>{tr(line)}</li>" for line in lines)

    head = escaped(
        QCoreApplication.translate(
            "DiagnosisView",
            "What the documentation says of {code}: {title}",
        ).format(code=entry.code, title=QCoreApplication.translate("Catalog", entry.title))
    )
    causes = escaped(QCoreApplication.translate("DiagnosisView", "Causes"))
    todo = escaped(QCoreApplication.translate("DiagnosisView", "What to do"))
    link = escaped(QCoreApplication.translate("DiagnosisView", "Documentation"))
    anchor = safe_link(entry.doc, entry.doc)
    doc = f"<p>{link}: {anchor}</p>" if anchor else ""
    return (
        f"<p><b>{head}</b></p><p>{causes}:</p><ul>{items(entry.causes)}</ul>"
        f"<p>{todo}:</p><ul>{items(entry.actions)}</ul>{doc}"
    )


class StepWidget(QFrame):
    """One cause of the runbook: waiting, checking (spinner), then its status and evidence.

    Signals:
        fix_clicked(object): a fix button was pressed (the ``Fix``).
    """

    fix_clicked = Signal(object)

    def __init__(self, index: int, cause: Cause, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.cause = cause
        self.step: Step | None = None
        self.status = "pending"
        self.setObjectName(f"step{index}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(4)
        outer.addLayout(self._build_head())
        self._build_body(outer)
        self.fix_buttons: list[QPushButton] = []
        self.set_pending()

    def _build_head(self) -> QHBoxLayout:
        head = QHBoxLayout()
        self.indicator = QStackedWidget(self)
        self.indicator.setFixedSize(20, 20)
        self.icon = QLabel(self.indicator)
        self.spinner = Spinner(18, self.indicator)
        self.indicator.addWidget(self.icon)
        self.indicator.addWidget(self.spinner)
        self.title = plain(
            QLabel(
                f"{self.index + 1}. {QCoreApplication.translate('Cause', self.cause.title)}", self
            )
        )
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.status_label = plain(QLabel(self))
        self.status_label.setObjectName("stepStatus")
        head.addWidget(self.indicator, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.title, 1)
        head.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignTop)
        return head

    def _build_body(self, outer: QVBoxLayout) -> None:
        self.summary = plain(QLabel(self))  # a finding quotes names and messages from Azure
        self.summary.setObjectName("stepSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setContentsMargins(28, 0, 0, 0)
        outer.addWidget(self.summary)

        self.fixes = QHBoxLayout()
        self.fixes.setContentsMargins(28, 0, 0, 0)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("stepDetailsToggle")
        self.toggle.setText(self.tr("Evidence and guidance"))
        self.toggle.setCheckable(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._on_toggle_toggled)
        self.fixes.addWidget(self.toggle)
        self.fixes.addStretch(1)
        outer.addLayout(self.fixes)

        self.details = QLabel(self)
        self.details.setObjectName("stepDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)  # built by _guidance_html: escaped
        self.details.setOpenExternalLinks(True)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setContentsMargins(28, 0, 0, 0)
        self.details.hide()
        outer.addWidget(self.details)

    # States ------------------------------------------------------------------------------

    def set_pending(self) -> None:
        """Not checked yet."""
        self.status = "pending"
        self._show_icon("status-pending")
        self.status_label.setText(texts.status_name("pending"))
        self._colour_status("pending")
        self.summary.setText(self.tr("Waiting for its turn."))
        muted(self.summary)
        self.toggle.setEnabled(False)
        self._details_stale = True

    def set_running(self) -> None:
        """Being checked now: the spinner turns."""
        self.status = "running"
        self.indicator.setCurrentWidget(self.spinner)
        self.status_label.setText(texts.status_name("running"))
        self._colour_status("running")
        self.summary.setText(self.tr("Reading the evidence…"))

    def set_step(self, step: Step) -> None:
        """Checked: show the status, the finding, the evidence and the fixes."""
        self.step = step
        status = str(step.status)
        self.status = status
        self._show_icon(f"status-{status}")
        self.status_label.setText(texts.status_name(status))
        self._colour_status(status)
        self.summary.setText(texts.fill("Finding", step.finding.summary))
        self.summary.setForegroundRole(self.foregroundRole())
        self.toggle.setEnabled(True)
        self._details_stale = True
        if self.toggle.isChecked():
            self._on_toggle_toggled(True)
        self.setAccessibleName(f"{self.title.text()}: {texts.status_name(status)}")
        for fix in step.finding.fixes:
            self._add_fix(fix, step.status in FIXABLE)
        if step.status is Status.FAILED:
            self.toggle.setChecked(True)

    def _show_icon(self, name: str) -> None:
        self.icon.setPixmap(icons.pixmap(name, 18, self.devicePixelRatioF()))
        self.indicator.setCurrentWidget(self.icon)

    def _colour_status(self, status: str) -> None:
        palette = self.status_label.palette()
        palette.setColor(self.status_label.foregroundRole(), theme.status_color(status))
        self.status_label.setPalette(palette)
        font = QFont(self.status_label.font())
        font.setBold(status in {"failed", "warning"})
        self.status_label.setFont(font)

    def _add_fix(self, fix: Fix, enabled: bool) -> None:
        action = ACTIONS.get(fix.action)
        title = QCoreApplication.translate("Fix", action.title) if action else fix.action
        target = action.target_name(fix.target) if action else fix.target
        target = target.rsplit(";", 1)[-1]  # a backup item "VM;iaasvmcontainerv2;rg;vm" is its VM
        button = QPushButton(
            icons.icon("wrench"), self.tr("{fix}: {target}").format(fix=title, target=target), self
        )
        button.setObjectName(f"fix-{fix.action}")
        button.setEnabled(enabled and action is not None)
        button.setToolTip(tooltip(fix_tooltip(fix, enabled)))
        button.setProperty("fix", fix)
        button.clicked.connect(lambda: self.fix_clicked.emit(fix))
        self.fix_buttons.append(button)
        self.fixes.insertWidget(self.fixes.count() - 1, button)

    def _guidance_html(self, step: Step | None) -> str:
        """Evidence, guidance and documentation links as rich text: every value escaped."""
        parts: list[str] = []
        evidence, what_to_do, documentation = (
            self.tr("Evidence"),
            self.tr("What to do"),
            self.tr("Documentation:"),
        )
        if step is not None and step.finding.evidence:
            parts.append(f"<b>{escaped(evidence)}</b><ul style='margin-top:2px'>")
            parts += [
                f"<li>{escaped(texts.fill('Finding', line))}</li>" for line in step.finding.evidence
            ]
            parts.append("</ul>")
        if self.cause.guidance:
            parts.append(f"<b>{escaped(what_to_do)}</b><ol style='margin-top:2px'>")
            parts += [
                f"<li>{escaped(QCoreApplication.translate('Cause', g))}</li>"
                for g in self.cause.guidance
            ]
            parts.append("</ol>")
        anchors = [safe_link(url, self._link_title(url)) for url in self.cause.links]
        links = " · ".join(a for a in anchors if a)
        if links:
            parts.append(f"<p>{escaped(documentation)} {links}</p>")
        return "".join(parts)

    def _link_title(self, url: str) -> str:
        from core.diagnosis.causes import LINK_TITLES

        if url in LINK_TITLES:
            return QCoreApplication.translate("Cause", LINK_TITLES[url])
        tail = url.split("#", 1)[-1] if "#" in url else url.rstrip("/").rsplit("/", 1)[-1]
        return tail.replace("_", " ").replace("-", " ").split("?")[0] or url

    @Slot(bool)
    def _on_toggle_toggled(self, shown: bool) -> None:
        if shown and self._details_stale:  # rich text is laid out only when someone looks
            self.details.setText(self._guidance_html(self.step))
            self._details_stale = False
        self.details.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)


@dataclass(frozen=True)
class RunbookChosen:
    """Progress: the job and the runbook are known; the steps are about to run."""

    runbook: Runbook
    job: BackupJob | None


@dataclass(frozen=True)
class StepStarted:
    """Progress: step ``index`` is being checked."""

    index: int
    cause: Cause


@dataclass(frozen=True)
class StepFinished:
    """Progress: step ``index`` has its finding."""

    index: int
    step: Step


Progress = RunbookChosen | StepStarted | StepFinished
"""What the diagnosis thread reports (``Task.report``) as the diagnosis unfolds."""


def diagnosis_function(workspace: Workspace, vm_id: str, *, refresh: bool) -> Any:
    """The background function of a diagnosis: reports runbook and steps as they happen."""
    gateway = workspace.gateway

    def run(task: Task) -> Diagnosis:
        from core.diagnosis.engine import Listener, diagnose

        class Relay(Listener):
            def runbook_chosen(self, runbook: Runbook, job: BackupJob | None) -> None:
                task.report(RunbookChosen(runbook, job))

            def step_started(self, index: int, cause: Cause) -> None:
                task.report(StepStarted(index, cause))

            def step_finished(self, index: int, step: Step) -> None:
                task.report(StepFinished(index, step))

        if refresh:
            gateway.refresh()
        return diagnose(gateway, vm_id, Relay(), cancelled=task.cancelled)

    return run


class DiagnosisView(QWidget):
    """Diagnoses one VM and shows the runbook's causes being checked, in the documented order.

    Signals:
        started(str): a diagnosis of the VM with this id started.
        runbook_chosen(str): the runbook is known (its error code, or 'health-check').
        step_finished(int, object): step ``index`` has its ``Step``.
        finished(object): the ``Diagnosis`` is complete.
        failed(object): the diagnosis could not run (the exception).
    """

    name: ClassVar[str] = "diagnosis"
    started = Signal(str)
    runbook_chosen = Signal(str)
    step_finished = Signal(int, object)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, workspace: Workspace | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.vm_id = ""
        self.vm_name = ""
        self.diagnosis: Diagnosis | None = None
        self.steps: list[StepWidget] = []
        self._op: Op[Diagnosis] | None = None
        self._runbook: Runbook | None = None
        self._started_at = datetime.now(UTC)
        self._clock = 0.0
        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(self._build_head())
        self.banner = Banner(self)
        self.banner.setObjectName("verdictBanner")
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.hide()
        self.catalog = QLabel(self)
        self.catalog.setObjectName("catalogEntry")
        self.catalog.setWordWrap(True)
        self.catalog.setTextFormat(Qt.TextFormat.RichText)  # built from escaped text only
        self.catalog.setOpenExternalLinks(True)
        self.catalog.setFrameShape(QFrame.Shape.StyledPanel)
        self.catalog.setContentsMargins(8, 6, 8, 6)
        self.catalog.hide()
        content_layout.addWidget(self.banner)
        content_layout.addWidget(self.notes)
        content_layout.addWidget(self.catalog)
        content_layout.addWidget(self._build_list(), 1)
        self.state = StateStack(content, self)
        self.state.retry_requested.connect(self._on_run_again_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        self.state.show_empty(self.tr("Select a VM to check why its backup fails."))

    def _build_head(self) -> QHBoxLayout:
        self.title = heading("", 2, self)
        self.job_line = QLabel(self)
        self.job_line.setTextFormat(Qt.TextFormat.PlainText)  # Azure's message is text
        self.job_line.setWordWrap(True)
        self.job_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.runbook_line = muted(plain(QLabel(self)))  # may name the job's error code
        self.runbook_line.setWordWrap(True)
        self.run_again = QPushButton(icons.icon("refresh"), self.tr("&Run again"), self)
        self.run_again.setObjectName("runAgain")
        self.run_again.setToolTip(
            self.tr("Read everything from Azure again and re-check each cause")
        )
        self.run_again.clicked.connect(self._on_run_again_clicked)
        self.cancel = QPushButton(icons.icon("stop"), self.tr("&Stop"), self)
        self.cancel.setObjectName("stopDiagnosis")
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self.cancel.hide()
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.job_line)
        titles.addWidget(self.runbook_line)
        head.addLayout(titles, 1)
        head.addWidget(self.run_again, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignTop)
        return head

    def _build_list(self) -> QScrollArea:
        self.list_widget = QWidget(self)
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(6)
        self.list_layout.addStretch(1)
        self.steps_area = QScrollArea(self)
        self.steps_area.setWidgetResizable(True)
        self.steps_area.setFrameShape(QFrame.Shape.NoFrame)
        self.steps_area.setWidget(self.list_widget)
        return self.steps_area

    @property
    def running(self) -> bool:
        """True while a diagnosis runs."""
        return self._op is not None and self._op.running

    # Running -------------------------------------------------------------------------------

    def tab_title(self) -> str:
        """The tab's title."""
        return QCoreApplication.translate("MainWindow", "Diagnosis")

    def tab_icon(self) -> QIcon:
        """The tab's icon."""
        return icons.icon("diagnose")

    def show_scope(self, scope: Scope) -> None:
        """Diagnose the VM, unless it is the one shown (or being diagnosed)."""
        if self.vm_id != scope.id or (self.diagnosis is None and not self.running):
            self.diagnose(scope.id, scope.name)

    def refresh(self) -> None:
        """Diagnose again if shown (the source was read again); a hidden diagnosis stays."""
        if self.isVisible() and self.vm_id and not self.running:
            self.diagnose(self.vm_id, self.vm_name)

    def forget(self) -> None:
        """Stop the diagnosis under way (the source closed)."""
        self.stop()

    def diagnose(self, vm_id: str, name: str, *, refresh: bool = False) -> None:
        """Diagnose the VM: pick its failed job, then check each cause of the runbook."""
        self.stop()
        if self.workspace is None:
            return
        self.vm_id, self.vm_name = vm_id, name
        self.diagnosis = None
        self._runbook = None
        self._clear_steps()
        self.title.setText(self.tr("Why does the backup of {vm} fail?").format(vm=name))
        self.job_line.setText(self.tr("Reading the VM, its backup jobs and its backup settings…"))
        self.runbook_line.clear()
        self.notes.hide()
        self.catalog.hide()
        self.banner.set_message(
            "blue", self.tr("Checking"), self.tr("Collecting evidence from Azure…"), busy=True
        )
        self.run_again.setEnabled(False)
        self.cancel.show()
        self.state.show_content()
        self._started_at = datetime.now(UTC)
        self._clock = time.perf_counter()
        self.started.emit(vm_id)
        self._op = (
            Op(
                diagnosis_function(self.workspace, vm_id, refresh=refresh),
                parent=self,
                label=f"diagnose:{name}",
            )
            .on_progress(self._on_progress)
            .on_success(self._on_diagnosed)
            .on_failure(self._on_failed)
            .on_done(self._on_done)
            .start()
        )

    def stop(self) -> None:
        """Stop a running diagnosis (the checks already done stay)."""
        if self._op is not None and self._op.running:
            self._op.cancel()

    def _clear_steps(self) -> None:
        for step in self.steps:
            self.list_layout.removeWidget(step)
            step.deleteLater()
        self.steps = []

    def _on_progress(self, event: Progress) -> None:
        if isinstance(event, RunbookChosen):
            self._show_runbook(event.runbook, event.job)
        elif isinstance(event, StepStarted):
            index = event.index
            if index < len(self.steps):
                self.steps[index].set_running()
                self.steps_area.ensureWidgetVisible(self.steps[index])
                cause_title = QCoreApplication.translate("Cause", self.steps[index].cause.title)
                self.banner.set_message(
                    "blue",
                    self.tr("Checking"),
                    self.tr("Cause {n} of {total}: {cause}").format(
                        n=index + 1, total=len(self.steps), cause=cause_title
                    ),
                    busy=True,
                )
        elif isinstance(event, StepFinished):
            if event.index < len(self.steps):
                self.steps[event.index].set_step(event.step)
            self.step_finished.emit(event.index, event.step)

    def _show_runbook(self, runbook: Runbook, job: BackupJob | None) -> None:
        from core.diagnosis.causes import CAUSES

        self._runbook = runbook
        if job is not None:
            line = (
                self.tr("Last backup completed with warnings on {time}: {code}: {message}")
                if job.status.lower() == "completedwithwarnings"
                else self.tr("Last backup failed on {time} with {code}: {message}")
            )
            self.job_line.setText(
                line.format(
                    time=texts.local_time(job.start_time) or "?",
                    code=job.error_display or texts.job_status_name(job.status),
                    message=job.error_message or "—",
                )
            )
        elif runbook.code == HEALTH_CHECK:
            self.job_line.setText(
                self.tr("No failed backup to diagnose: checking every documented cause.")
            )
        else:
            self.job_line.setText(self.tr("No failed backup in the jobs read."))
        title = QCoreApplication.translate("Runbook", runbook.title)
        if runbook.code == HEALTH_CHECK and job is not None:
            self.runbook_line.setText(
                self.tr(
                    "No documented runbook for {code}: a health check of %n cause(s).",
                    "",
                    len(runbook.causes),
                ).format(code=job.error_name or texts.job_status_name(job.status))
            )
        elif runbook.code == HEALTH_CHECK:
            self.runbook_line.setText(
                self.tr("%n cause(s), in the health check order.", "", len(runbook.causes))
            )
        else:
            self.runbook_line.setText(
                self.tr("Runbook {code}: {title}").format(code=runbook.code, title=title)
                + " · "
                + self.tr("%n cause(s), in the documented order.", "", len(runbook.causes))
            )
        for index, cause_id in enumerate(runbook.causes):
            step = StepWidget(index, CAUSES[cause_id], self.list_widget)
            step.fix_clicked.connect(self._on_step_fix_clicked)
            self.list_layout.insertWidget(self.list_layout.count() - 1, step)
            step.show()
            self.steps.append(step)
        self.runbook_chosen.emit(runbook.code)

    def _on_diagnosed(self, diagnosis: Diagnosis) -> None:
        self.diagnosis = diagnosis
        for index, step in enumerate(diagnosis.steps):  # in case progress was dropped
            if index < len(self.steps) and self.steps[index].step is None:
                self.steps[index].set_step(step)
        self._show_verdict(diagnosis)
        first_failed = next((w for w in self.steps if w.status == "failed"), None)
        if first_failed is not None:
            self.steps_area.ensureWidgetVisible(first_failed, 0, 0)
        if diagnosis.notes:
            self.notes.setText("\n".join(texts.fill("Finding", n) for n in diagnosis.notes))
            self.notes.show()
        if diagnosis.catalog is not None and not diagnosis.documented_runbook:
            self.catalog.setText(catalog_html(diagnosis.catalog))
            self.catalog.show()
        self._record(True, "")
        self.finished.emit(diagnosis)

    def _show_verdict(self, diagnosis: Diagnosis) -> None:
        verdict = str(diagnosis.verdict)
        failed = [s for s in diagnosis.steps if s.status is Status.FAILED]
        accent = theme.VERDICT_ACCENT.get(verdict, "grey")
        icon = {"red": "status-failed", "green": "status-passed"}.get(accent, "status-warning")
        if failed:
            first = QCoreApplication.translate("Cause", failed[0].cause.title)
            text = (
                self.tr("%n check(s) failed.", "", len(failed))
                + " "
                + self.tr("Start with the first: {cause}.").format(cause=first)
            )
        elif verdict == "healthy":
            text = self.tr("Every documented cause was checked and none applies.")
        elif diagnosis.unread or any(s.status is Status.UNKNOWN for s in diagnosis.steps):
            text = self.tr(
                "Some evidence could not be read, so this diagnosis is incomplete. Resolve what "
                "the unknown steps and the notes say, then run it again."
            )
        else:
            text = self.tr(
                "No documented cause explains this failure. Retry the backup; if it fails again, "
                "collect the agent logs and open a support request."
            )
        self.banner.set_message(accent, texts.verdict_name(verdict), text, icon)

    def _on_failed(self, exc: BaseException) -> None:
        self._record(False, str(getattr(exc, "message", exc)))
        self.state.show_error(exc, self.tr("Could not diagnose {vm}").format(vm=self.vm_name))
        self.failed.emit(exc)

    def _on_done(self) -> None:
        self.run_again.setEnabled(True)
        self.cancel.hide()
        if self.diagnosis is None and self.state.state != "error":
            for step in self.steps:
                if step.status == "running":
                    step.set_pending()
            self.banner.set_message(
                "grey", self.tr("Stopped"), self.tr("The diagnosis was stopped."), "status-skipped"
            )

    def _record(self, ok: bool, error: str) -> None:
        if self.workspace is not None:
            self.workspace.gateway.activity.record(
                Activity(
                    self._started_at,
                    time.perf_counter() - self._clock,
                    "diagnose",
                    self.vm_id,
                    ok,
                    error,
                )
            )

    # Buttons --------------------------------------------------------------------------------

    @Slot()
    def _on_run_again_clicked(self) -> None:
        if self.vm_id:
            self.diagnose(self.vm_id, self.vm_name, refresh=True)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        self.stop()

    @Slot(object)
    def _on_step_fix_clicked(self, fix: Fix) -> None:
        action = ACTIONS.get(fix.action)
        box = QMessageBox(self)
        box.setObjectName("fixComingBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the request names Azure resources
        box.setWindowTitle(self.tr("Fix"))
        title = QCoreApplication.translate("Fix", action.title) if action else fix.action
        box.setText(self.tr("“{fix}” arrives with the fixes feature.").format(fix=title))
        request = action.describe(fix.target) if action else fix.target
        box.setInformativeText(
            self.tr(
                "When it does, it will show this request and ask before sending it:\n\n"
                "{request}\n\nNothing was changed in Azure."
            ).format(request=request)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()
