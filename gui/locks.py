"""Management locks of a subscription, resource group or resource; restore-point ones stand out."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QFont, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.i18n import QT_TRANSLATE_NOOP
from core.ids import norm_id, parse_id
from core.model import Lock, ScopeKind
from core.restorepoints import ScopedLock
from gui import icons, resourcemenu, texts, theme
from gui.lazyview import LazyLoading
from gui.ops import Op
from gui.richtext import plain
from gui.tables import Column, ObjectTableModel, fit_columns, make_table
from gui.widgets import StateStack, muted

if TYPE_CHECKING:
    from core.azure.gateway import Gateway
    from gui.scope import Scope
    from gui.workspace import Workspace

RELATIONS = {
    "direct": QT_TRANSLATE_NOOP("LocksView", "Direct"),
    "inherited": QT_TRANSLATE_NOOP("LocksView", "Inherited"),
    "inside": QT_TRANSLATE_NOOP("LocksView", "On a resource inside"),
    "restore-points": QT_TRANSLATE_NOOP("LocksView", "On its restore point group"),
}
SCOPE_KINDS = {
    ScopeKind.SUBSCRIPTION: QT_TRANSLATE_NOOP("LocksView", "Subscription"),
    ScopeKind.RESOURCE_GROUP: QT_TRANSLATE_NOOP("LocksView", "Resource group"),
    ScopeKind.RESOURCE: QT_TRANSLATE_NOOP("LocksView", "Resource"),
}


LockRow = ScopedLock
"""A lock as the view shows it (core's answer: see core.queries.scoped_locks)."""


def scope_label(scope: str) -> str:
    """'rg-data-prod (Resource group)' for a lock scope."""
    kind = Lock("", "", "", "", scope).scope_kind
    try:
        rid = parse_id(scope)
        name = rid.name
    except ValueError:
        name = scope
    return f"{name} ({QCoreApplication.translate('LocksView', SCOPE_KINDS[kind])})"


def restore_point_note(row: LockRow) -> str:
    """Why the lock matters for backup (a tooltip), or ''."""
    if not row.blocks_restore_points:
        return ""
    return QCoreApplication.translate(
        "LocksView",
        "This lock covers the restore point resource group {groups}. Azure Backup cannot delete "
        "old restore points there, so backups fail once 18 restore points pile up.",
    ).format(groups=", ".join(row.restore_point_groups))


class LocksModel(ObjectTableModel[LockRow]):
    """Locks, one per row."""

    COL_NAME, COL_LEVEL, COL_APPLIES, COL_SCOPE, COL_NOTES = range(5)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "Name"),
            lambda r: r.lock.name,
            icon=lambda r: (
                icons.icon("status-warning") if r.blocks_restore_points else icons.icon("lock")
            ),
            tooltip=restore_point_note,
            width=20,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Level"),
            lambda r: texts.lock_level_name(r.lock.level),
            width=10,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Applies"),
            lambda r: QCoreApplication.translate("LocksView", RELATIONS[r.relation]),
            width=14,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Scope"),
            lambda r: scope_label(r.lock.scope),
            lambda r: norm_id(r.lock.scope),
            tooltip=lambda r: r.lock.scope,
            width=32,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Notes"),
            lambda r: r.lock.notes,
            tooltip=lambda r: r.lock.notes,
            width=30,
        ),
    )

    def row_background(self, obj: LockRow) -> QBrush | None:
        """Override: restore-point locks get an amber background."""
        return QBrush(theme.tint("amber", 45)) if obj.blocks_restore_points else None

    def row_font(self, obj: LockRow) -> QFont | None:
        """Override: restore-point locks are bold."""
        if not obj.blocks_restore_points:
            return None
        font = QFont()
        font.setBold(True)
        return font


def lock_rows(gateway: Gateway, scope: str, *, resource: bool) -> list[LockRow]:
    """The locks that matter at ``scope`` (runs off the GUI thread; see core.queries)."""
    from core.queries import scoped_locks

    return scoped_locks(gateway, scope, resource=resource)


class LocksView(LazyLoading, QWidget):
    """The locks on, above and below a scope.

    Signals:
        loaded(int): the locks arrived (how many).
    """

    name: ClassVar[str] = "locks"
    loaded = Signal(int)

    def __init__(self, workspace: Workspace | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.scope = ""
        self.scope_name = ""
        self.is_resource = False
        self._op: Op[list[LockRow]] | None = None
        self.summary = plain(QLabel(self))
        self.summary.setWordWrap(True)
        self.summary_icon = QLabel(self)
        self.model = LocksModel(self)
        self.table, self.proxy = make_table(self.model, self)
        self.table.setObjectName("locksTable")
        self.table.setAccessibleName(self.tr("Locks"))
        self.table.sortByColumn(-1, self.table.horizontalHeader().sortIndicatorOrder())
        resourcemenu.attach(self.table, lambda: self.workspace)
        self.state = StateStack(self.table, self)
        self.state.retry_requested.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.summary_icon)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state, 1)
        hint = muted(
            QLabel(
                self.tr(
                    "Locks on a restore point resource group (AzureBackupRG_* or a policy's own "
                    "group) stop Azure Backup from cleaning up old restore points."
                ),
                self,
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

    def tab_title(self) -> str:
        """The tab's title."""
        return QCoreApplication.translate("MainWindow", "Locks")

    def tab_icon(self) -> QIcon:
        """The tab's icon."""
        return icons.icon("lock")

    def show_scope(self, scope: Scope) -> None:
        """Show the scope (read when shown)."""
        self.set_scope(scope.id, scope.name, resource=scope.is_resource)

    def set_scope(self, scope: str, name: str, *, resource: bool = False) -> None:
        """Show the locks at ``scope`` (a subscription, resource group or resource id)."""
        if (scope, resource) == (self.scope, self.is_resource) and not self._stale:
            return
        self.scope, self.scope_name, self.is_resource = scope, name, resource
        self.model.set_rows([])
        self.mark_stale()

    def reload(self) -> None:
        """Read the locks again."""
        self.begin_reload()
        if self.workspace is None or not self.scope:
            self.state.show_empty(
                self.tr("Select a subscription, resource group or resource to see its locks.")
            )
            return
        gateway, scope, resource, name = (
            self.workspace.gateway,
            self.scope,
            self.is_resource,
            self.scope_name,
        )
        self.state.show_busy(self.tr("Reading the locks of {name}…").format(name=name))
        self._op = (
            Op(
                lambda task: lock_rows(gateway, scope, resource=resource),
                parent=self,
                label=f"locks:{name}",
            )
            .on_success(self._on_read_succeeded)
            .on_failure(
                lambda exc: self.state.show_error(
                    exc, self.tr("Could not read the locks of {name}").format(name=name)
                )
            )
            .start()
        )

    def set_rows(self, rows: list[LockRow]) -> None:
        """Show ``rows``."""
        self.model.set_rows(rows)
        fit_columns(self.table)
        blocking = [r for r in rows if r.blocks_restore_points]
        if blocking:
            self.summary_icon.setPixmap(
                icons.pixmap("status-warning", 20, self.devicePixelRatioF())
            )
            self.summary.setText(
                self.tr(
                    "%n lock(s) cover restore point resource groups and can make backups fail.",
                    "",
                    len(blocking),
                )
            )
        else:
            self.summary_icon.setPixmap(icons.pixmap("lock", 20, self.devicePixelRatioF()))
            self.summary.setText(
                self.tr(
                    "%n lock(s) apply here. None covers a restore point resource group.",
                    "",
                    len(rows),
                )
            )
        if rows:
            self.state.show_content()
        else:
            self.state.show_empty(
                self.tr("No locks on {name}, above it or inside it.").format(name=self.scope_name)
            )

    def _on_read_succeeded(self, rows: list[LockRow]) -> None:
        self.set_rows(rows)
        self.loaded.emit(len(rows))
