"""A VM's backup-relevant health: power, agent, extensions (VMSnapshot highlighted), disks, OS."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QIcon
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP
from core.model import (
    Disk,
    ExtensionHandler,
    ExtensionView,
    InstanceStatus,
    VirtualMachine,
    VmExtension,
    is_backup_snapshot_type,
)
from gui import icons, resourcemenu, texts, theme
from gui.lazyview import LazyLoading
from gui.ops import Op, Task
from gui.richtext import plain
from gui.tables import Column, ObjectTableModel, fit_columns, make_table
from gui.widgets import StateStack, heading

if TYPE_CHECKING:
    from gui.scope import Scope
    from gui.workspace import Workspace


def status_text(status: InstanceStatus | None) -> str:
    """An instance-view status as one line: display status, then message."""
    if status is None:
        return ""
    parts = [status.display_status or status.code.rsplit("/", 1)[-1]]
    if status.message:
        parts.append(status.message)
    return " — ".join(p for p in parts if p)


def status_icon_name(status: InstanceStatus | None) -> str:
    """The status icon for an instance-view status entry."""
    if status is None:
        return "status-unknown"
    text = f"{status.code} {status.level} {status.display_status}".lower()
    if "error" in text or "failed" in text or "not ready" in text or "unavailable" in text:
        return "status-failed"
    if "warning" in text or "transitioning" in text:
        return "status-warning"
    if "succeeded" in text or "ready" in text or "success" in text or "running" in text:
        return "status-passed"
    return "status-unknown"


@dataclass(frozen=True)
class ExtensionRow:
    """An installed extension (model) with what the instance view says about it."""

    extension: VmExtension | None
    view: ExtensionView | None

    @property
    def name(self) -> str:
        """The extension's name."""
        return self.extension.name if self.extension else self.view.name if self.view else ""

    @property
    def type(self) -> str:
        """Publisher.Type."""
        if self.extension:
            return f"{self.extension.publisher}.{self.extension.type}".strip(".")
        return self.view.type if self.view else ""

    @property
    def id(self) -> str:
        """The extension's ARM id."""
        return self.extension.id if self.extension else ""

    @property
    def version(self) -> str:
        """The version (model, else instance view)."""
        return (self.extension.version if self.extension else "") or (
            self.view.version if self.view else ""
        )

    @property
    def status(self) -> InstanceStatus | None:
        """The first status the instance view reports (substatus when it is worse)."""
        if not self.view:
            return None
        statuses = list(self.view.statuses) + list(self.view.substatuses)
        failed = [s for s in statuses if status_icon_name(s) == "status-failed"]
        return failed[0] if failed else statuses[0] if statuses else None

    @property
    def snapshot(self) -> bool:
        """True for VMSnapshot / VMSnapshotLinux."""
        return is_backup_snapshot_type(self.type)


def extension_rows(vm: VirtualMachine, extensions: list[VmExtension]) -> list[ExtensionRow]:
    """Join the extension resources with the instance view's extension entries by name."""
    views = {v.name.lower(): v for v in vm.extensions}
    rows = [ExtensionRow(e, views.pop(e.name.lower(), None)) for e in extensions]
    rows += [ExtensionRow(None, v) for v in views.values()]
    return sorted(rows, key=lambda r: (not r.snapshot, r.name.lower()))


def _snapshot_font(snapshot: bool) -> QFont | None:
    if not snapshot:
        return None
    font = QFont()
    font.setBold(True)
    return font


class ExtensionsModel(ObjectTableModel[ExtensionRow]):
    """Installed extensions with their provisioning state and reported status."""

    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "Name"),
            lambda r: r.name,
            icon=lambda r: icons.icon("snapshot") if r.snapshot else icons.icon("extension"),
            width=22,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: r.type, width=36),
        Column(QT_TRANSLATE_NOOP("Columns", "Version"), lambda r: r.version, width=10),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Provisioning state"),
            lambda r: r.extension.provisioning_state if r.extension else "",
            width=14,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda r: status_text(r.status),
            icon=lambda r: icons.icon(status_icon_name(r.status)) if r.view else None,
            tooltip=lambda r: status_text(r.status),
        ),
    )

    def row_font(self, obj: ExtensionRow) -> QFont | None:
        """Override: VMSnapshot rows are bold."""
        return _snapshot_font(obj.snapshot)

    def row_background(self, obj: ExtensionRow) -> QBrush | None:
        """Override: VMSnapshot rows are tinted."""
        return QBrush(theme.tint("blue", 30)) if obj.snapshot else None


class HandlersModel(ObjectTableModel[ExtensionHandler]):
    """Extension handlers as the VM agent reports them."""

    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "Type"),
            lambda h: h.type,
            icon=lambda h: (
                icons.icon("snapshot")
                if is_backup_snapshot_type(h.type)
                else icons.icon("extension")
            ),
            width=40,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Version"), lambda h: h.version, width=12),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda h: status_text(h.status),
            icon=lambda h: icons.icon(status_icon_name(h.status)),
            tooltip=lambda h: status_text(h.status),
        ),
    )

    def row_font(self, obj: ExtensionHandler) -> QFont | None:
        """Override: VMSnapshot handlers are bold."""
        return _snapshot_font(is_backup_snapshot_type(obj.type))

    def row_background(self, obj: ExtensionHandler) -> QBrush | None:
        """Override: VMSnapshot handlers are tinted."""
        return QBrush(theme.tint("blue", 30)) if is_backup_snapshot_type(obj.type) else None

    def resource_id(self, obj: ExtensionHandler) -> str:
        """Override: handlers are not resources."""
        return ""

    def resource_name(self, obj: ExtensionHandler) -> str:
        """Override: a handler is named by its type."""
        return obj.type


class DisksModel(ObjectTableModel[Disk]):
    """The VM's disks and their sizes."""

    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "Name"),
            lambda d: d.name,
            icon=lambda d: icons.icon("disk"),
            width=30,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Role"),
            lambda d: (
                QCoreApplication.translate("HealthView", "OS disk")
                if d.is_os
                else QCoreApplication.translate("HealthView", "Data disk, LUN {lun}").format(
                    lun=d.lun if d.lun is not None else "?"
                )
            ),
            lambda d: (not d.is_os, d.lun or 0),
            width=18,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Size"),
            lambda d: texts.size_gb(d.size_gb),
            lambda d: d.size_gb,
            align_right=True,
        ),
    )

    def resource_id(self, obj: Disk) -> str:
        """Override: the managed disk's id."""
        return obj.managed_disk_id


def _small_table(model: ObjectTableModel[Any], parent: QWidget, name: str) -> QTableView:
    view, _ = make_table(model, parent)
    view.setObjectName(name)
    view.setSortingEnabled(False)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


def _fit_height(view: QTableView, rows: int) -> None:
    row_height = view.verticalHeader().defaultSectionSize()
    header = view.horizontalHeader().sizeHint().height()
    view.setFixedHeight(header + row_height * max(1, rows) + 2 * view.frameWidth() + 2)


class HealthView(LazyLoading, QScrollArea):
    """Power state, agent, extensions and disks of one VM.

    Signals:
        loaded(str): the VM's details arrived (its id).
    """

    name: ClassVar[str] = "health"
    loaded = Signal(str)

    def __init__(self, workspace: Workspace | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.vm_id = ""
        self.vm: VirtualMachine | None = None
        self._op: Op[tuple[VirtualMachine, list[VmExtension]]] | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        layout = QVBoxLayout(body)

        self.title = heading("", 2, body)
        layout.addWidget(self.title)
        grid = QGridLayout()
        self.facts: dict[str, QLabel] = {}
        machine = QGroupBox(self.tr("Machine"), body)
        machine_form = QFormLayout(machine)
        for key, label in (
            ("os", self.tr("Operating system:")),
            ("size", self.tr("Size:")),
            ("location", self.tr("Location:")),
            ("power", self.tr("Power state:")),
            ("provisioning", self.tr("Provisioning state:")),
        ):
            self.facts[key] = self._fact(machine)
            machine_form.addRow(label, self._with_icon(key, machine))
        agent = QGroupBox(self.tr("VM agent"), body)
        agent_form = QFormLayout(agent)
        for key, label in (
            ("agent", self.tr("Status:")),
            ("agent_version", self.tr("Version:")),
            ("heartbeat", self.tr("Last heartbeat:")),
            ("agent_message", self.tr("Message:")),
        ):
            self.facts[key] = self._fact(agent)
            agent_form.addRow(label, self._with_icon(key, agent))
        grid.addWidget(machine, 0, 0)
        grid.addWidget(agent, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        self.extensions = ExtensionsModel(body)
        self.extensions_view = _small_table(self.extensions, body, "extensionsTable")
        resourcemenu.attach(self.extensions_view, lambda: self.workspace)
        self.handlers = HandlersModel(body)
        self.handlers_view = _small_table(self.handlers, body, "handlersTable")
        self.disks = DisksModel(body)
        self.disks_view = _small_table(self.disks, body, "disksTable")
        resourcemenu.attach(self.disks_view, lambda: self.workspace)
        for title, view in (
            (self.tr("Extensions (VMSnapshot highlighted)"), self.extensions_view),
            (self.tr("Extension handlers reported by the agent"), self.handlers_view),
            (self.tr("Disks"), self.disks_view),
        ):
            box = QGroupBox(title, body)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(view)
            layout.addWidget(box)
        layout.addStretch(1)
        self.state = StateStack(body, self)
        self.state.retry_requested.connect(self.reload)
        self.setWidget(self.state)

    def _fact(self, parent: QWidget) -> QLabel:
        label = plain(QLabel(parent))  # OS names and agent messages come from the VM
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _with_icon(self, key: str, parent: QWidget) -> QWidget:
        holder = QWidget(parent)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        icon = QLabel(holder)
        icon.setObjectName(f"{key}Icon")
        icon.hide()
        row.addWidget(icon)
        row.addWidget(self.facts[key], 1)
        self.facts[key].setProperty("icon_label", icon)
        return holder

    def _set_fact(self, key: str, text: str, icon_name: str = "") -> None:
        label = self.facts[key]
        label.setText(text or "—")
        icon = label.property("icon_label")
        if isinstance(icon, QLabel):
            icon.setVisible(bool(icon_name))
            if icon_name:
                icon.setPixmap(icons.pixmap(icon_name, 16, self.devicePixelRatioF()))

    def tab_title(self) -> str:
        """The tab's title."""
        return QCoreApplication.translate("MainWindow", "Health")

    def tab_icon(self) -> QIcon:
        """The tab's icon."""
        return icons.icon("health")

    def show_scope(self, scope: Scope) -> None:
        """Show the scope (read when shown)."""
        self.set_vm(scope.id)

    def set_vm(self, vm_id: str) -> None:
        """Show the health of the VM with ``vm_id`` (read when shown)."""
        if vm_id == self.vm_id and not self._stale:
            return
        self.vm_id = vm_id
        self.mark_stale()

    def reload(self) -> None:
        """Read the VM (with its instance view) and its extensions again."""
        self.begin_reload()
        if self.workspace is None or not self.vm_id:
            self.state.show_empty(self.tr("Select a VM to see its health."))
            return
        gateway, vm_id = self.workspace.gateway, self.vm_id
        name = vm_id.rsplit("/", 1)[-1]
        self.state.show_busy(self.tr("Reading {name} and its extensions…").format(name=name))

        def read(task: Task) -> tuple[VirtualMachine, list[VmExtension]]:
            extensions = gateway.pool.submit(gateway.vm_extensions, vm_id)
            return gateway.vm(vm_id), extensions.result()

        self._op = (
            Op(read, parent=self, label=f"vm:{name}")
            .on_success(lambda result: self.show_vm(*result))
            .on_failure(
                lambda exc: self.state.show_error(
                    exc, self.tr("Could not read the VM {name}").format(name=name)
                )
            )
            .start()
        )

    def show_vm(self, vm: VirtualMachine, extensions: list[VmExtension]) -> None:
        """Fill the view from a VM and its extension resources."""
        self.vm = vm
        self.title.setText(vm.name)
        os_text = vm.os_name or vm.os_type or "—"
        if vm.os_name and vm.os_type and vm.os_type.lower() not in vm.os_name.lower():
            os_text = f"{vm.os_name} ({vm.os_type})"
        self._set_fact("os", os_text)
        self._set_fact("size", vm.vm_size)
        self._set_fact("location", vm.location)
        power = vm.power_state.rsplit("/", 1)[-1].lower()
        self._set_fact(
            "power",
            texts.power_state_name(vm.power_state),
            "status-passed"
            if power == "running"
            else "status-warning"
            if power
            else "status-unknown",
        )
        self._set_fact("provisioning", vm.provisioning_state)
        agent_status = vm.agent_statuses[0] if vm.agent_statuses else None
        display = vm.agent_display_status
        self._set_fact(
            "agent",
            display or self.tr("Not reported"),
            "status-passed"
            if display.lower() == "ready"
            else "status-failed"
            if display
            else "status-unknown",
        )
        self._set_fact("agent_version", vm.agent_version or self.tr("Not reported"))
        self._set_fact(
            "heartbeat", texts.local_time(agent_status.time if agent_status else None, seconds=True)
        )
        self._set_fact("agent_message", agent_status.message if agent_status else "")
        rows = extension_rows(vm, extensions)
        self.extensions.set_rows(rows)
        self.handlers.set_rows(
            sorted(
                vm.extension_handlers, key=lambda h: (not is_backup_snapshot_type(h.type), h.type)
            )
        )
        self.disks.set_rows(sorted(vm.disks, key=lambda d: (not d.is_os, d.lun or 0)))
        for view in (self.extensions_view, self.handlers_view, self.disks_view):
            fit_columns(view)
        _fit_height(self.extensions_view, len(rows))
        _fit_height(self.handlers_view, len(vm.extension_handlers))
        _fit_height(self.disks_view, len(vm.disks))
        self.state.show_content()
        self.loaded.emit(vm.id)
