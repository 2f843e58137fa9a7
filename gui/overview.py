"""Protected VMs of a tenant, subscription or vault with their last backup, failing first."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.i18n import QT_TRANSLATE_NOOP
from core.ids import parse_id
from core.model import ProtectedVm
from gui import icons, resourcemenu, texts
from gui.lazyview import LazyLoading
from gui.ops import Op, Task
from gui.richtext import plain
from gui.tables import Column, ObjectTableModel, fit_columns, make_table
from gui.widgets import SearchEdit, StateStack, muted

if TYPE_CHECKING:
    from gui.scope import Scope
    from gui.workspace import Workspace

STATUS_ORDER = {"failed": 0, "completedwithwarnings": 1, "inprogress": 2, "completed": 3}


def _vault_name(item: ProtectedVm) -> str:
    try:
        return parse_id(item.vault_id).name
    except ValueError:
        return item.vault_id


class ProtectedItemsModel(ObjectTableModel[ProtectedVm]):
    """Backup items (protected VMs), one per row."""

    COL_VM, COL_STATUS, COL_TIME, COL_VAULT, COL_POLICY, COL_HEALTH = range(6)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "VM"),
            lambda i: i.friendly_name,
            icon=lambda i: icons.icon("vm"),
            width=16,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Last backup"),
            lambda i: texts.job_status_name(i.last_backup_status) if i.last_backup_status else "—",
            lambda i: (STATUS_ORDER.get(i.last_backup_status.lower(), 9), i.friendly_name.lower()),
            icon=lambda i: icons.job_status_icon(i.last_backup_status),
            width=18,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Last backup time"),
            lambda i: texts.local_time(i.last_backup_time),
            lambda i: i.last_backup_time,
            width=18,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Vault"), _vault_name, width=16),
        Column(QT_TRANSLATE_NOOP("Columns", "Policy"), lambda i: i.policy_name, width=18),
        Column(QT_TRANSLATE_NOOP("Columns", "Health"), lambda i: i.health_status),
    )

    def resource_id(self, obj: ProtectedVm) -> str:
        """Override: the VM's id (the resource admins look for)."""
        return obj.vm_id

    def resource_name(self, obj: ProtectedVm) -> str:
        """Override: the VM's name."""
        return obj.friendly_name


class OverviewView(LazyLoading, QWidget):
    """Every protected VM in scope, the failing ones first; Enter opens one.

    Signals:
        loaded(int): the items arrived (how many).
        vm_requested(object): open this ``ProtectedVm``.
    """

    name: ClassVar[str] = "overview"
    loaded = Signal(int)
    vm_requested = Signal(object)

    def __init__(self, workspace: Workspace | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.kind = ""
        self.scope = ""
        self.scope_name = ""
        self._op: Op[list[ProtectedVm]] | None = None
        self.summary_icon = QLabel(self)
        self.summary = plain(QLabel(self))
        self.summary.setWordWrap(True)
        self.search = SearchEdit(self.tr("Filter by VM, vault or policy"), self)
        self.search.setObjectName("overviewSearch")
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 36)
        self.model = ProtectedItemsModel(self)
        self.table, self.proxy = make_table(self.model, self)
        self.table.setObjectName("protectedItemsTable")
        self.table.setAccessibleName(self.tr("Protected virtual machines"))
        self.table.sortByColumn(ProtectedItemsModel.COL_STATUS, Qt.SortOrder.AscendingOrder)
        resourcemenu.attach(self.table, lambda: self.workspace, self._extra_actions)
        self.table.activated.connect(self._on_table_activated)
        self.state = StateStack(self.table, self)
        self.state.retry_requested.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.summary_icon)
        top.addWidget(self.summary, 1)
        top.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state, 1)
        hint = muted(
            QLabel(self.tr("Press Enter or double-click a VM to check why its backup fails."), self)
        )
        layout.addWidget(hint)
        self.search.text_settled.connect(self.proxy.set_text)

    def tab_title(self) -> str:
        """The tab's title."""
        return QCoreApplication.translate("MainWindow", "Protected VMs")

    def tab_icon(self) -> QIcon:
        """The tab's icon."""
        return icons.icon("vm")

    def show_scope(self, scope: Scope) -> None:
        """Show the scope (read when shown)."""
        self.set_scope(scope.kind.value, scope.id, scope.name)

    def set_scope(self, kind: str, scope: str, name: str) -> None:
        """List the protected VMs of a 'tenant', 'subscription' (id) or 'vault' (id)."""
        if (kind, scope) == (self.kind, self.scope) and not self._stale:
            return
        self.kind, self.scope, self.scope_name = kind, scope, name
        self.model.set_rows([])
        self.mark_stale()

    def reload(self) -> None:
        """Read the protected VMs again."""
        self.begin_reload()
        if self.workspace is None or not self.kind:
            self.state.show_empty(self.tr("Select a tenant, subscription or vault."))
            return
        gateway, kind, scope, name = self.workspace.gateway, self.kind, self.scope, self.scope_name
        self.state.show_busy(self.tr("Reading the protected VMs of {name}…").format(name=name))

        def read(task: Task) -> list[ProtectedVm]:
            if kind == "vault":
                return gateway.protected_vms(scope)
            if kind == "subscription":
                subs = [parse_id(scope).subscription_id]
            else:
                subs = [s.subscription_id for s in gateway.subscriptions()]
            vaults = [v for vs in gateway.pool.map(gateway.vaults, subs) for v in vs]
            return [
                i
                for items in gateway.pool.map(lambda v: gateway.protected_vms(v.id), vaults)
                for i in items
            ]

        self._op = (
            Op(read, parent=self, label=f"overview:{name}")
            .on_success(self._on_read_succeeded)
            .on_failure(
                lambda exc: self.state.show_error(
                    exc, self.tr("Could not read the protected VMs of {name}").format(name=name)
                )
            )
            .start()
        )

    def set_items(self, items: list[ProtectedVm]) -> None:
        """Show ``items``."""
        self.model.set_rows(items)
        fit_columns(self.table)
        failing = sum(1 for i in items if i.last_backup_status.lower() == "failed")
        if failing:
            self.summary_icon.setPixmap(icons.pixmap("status-failed", 20, self.devicePixelRatioF()))
            self.summary.setText(
                self.tr("%n protected VM(s).", "", len(items))
                + " "
                + self.tr("%n with a failed last backup.", "", failing)
            )
        else:
            self.summary_icon.setPixmap(icons.pixmap("status-passed", 20, self.devicePixelRatioF()))
            self.summary.setText(
                self.tr("%n protected VM(s).", "", len(items))
                + " "
                + self.tr("No failed last backup.")
            )
        if items:
            self.state.show_content()
        else:
            self.state.show_empty(
                self.tr("No protected VMs in {name}.").format(name=self.scope_name)
            )

    def _on_read_succeeded(self, items: list[ProtectedVm]) -> None:
        self.set_items(items)
        self.loaded.emit(len(items))

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        item = self.proxy.object_at(index)
        if isinstance(item, ProtectedVm):
            self.vm_requested.emit(item)

    def _extra_actions(self, index: QModelIndex) -> list[QAction]:
        item = self.proxy.object_at(index)
        if not isinstance(item, ProtectedVm):
            return []
        diagnose = QAction(icons.icon("diagnose"), self.tr("&Diagnose"), self)
        diagnose.triggered.connect(lambda: self.vm_requested.emit(item))
        return [diagnose]
