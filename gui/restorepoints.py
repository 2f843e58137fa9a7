"""Restore point collections (a hidden type) of a VM, resource group or subscription."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP
from core.ids import norm_id, parse_id
from core.model import RESTORE_POINT_LIMIT, RestorePoint, RestorePointCollection
from gui import icons, resourcemenu, texts, theme
from gui.lazyview import LazyLoading
from gui.ops import Op, Task
from gui.richtext import plain
from gui.tables import Column, ItemRole, ObjectTableModel, fit_columns, make_table
from gui.widgets import StateStack, heading, muted

if TYPE_CHECKING:
    from gui.scope import Scope
    from gui.workspace import Workspace

NEAR_LIMIT = RESTORE_POINT_LIMIT - 3


def _name_of(resource_id: str) -> str:
    try:
        return parse_id(resource_id).name
    except ValueError:
        return resource_id


def _times(rpc: RestorePointCollection) -> list[datetime]:
    return sorted(p.creation_time for p in rpc.restore_points if p.creation_time)


def oldest(rpc: RestorePointCollection) -> datetime | None:
    """The creation time of the oldest restore point."""
    times = _times(rpc)
    return times[0] if times else None


def newest(rpc: RestorePointCollection) -> datetime | None:
    """The creation time of the newest restore point."""
    times = _times(rpc)
    return times[-1] if times else None


def limit_accent(count: int) -> str:
    """Red at the limit of 18, amber close to it, green below."""
    if count >= RESTORE_POINT_LIMIT:
        return "red"
    if count >= NEAR_LIMIT:
        return "amber"
    return "green"


class CollectionsModel(ObjectTableModel[RestorePointCollection]):
    """Restore point collections, one per row."""

    COL_NAME, COL_SOURCE, COL_GROUP, COL_COUNT, COL_OLDEST, COL_NEWEST, COL_STATE = range(7)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "Name"),
            lambda c: c.name,
            icon=lambda c: icons.icon("restore-point"),
            tooltip=lambda c: c.name,
            width=34,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Source VM"),
            lambda c: _name_of(c.source_vm_id),
            tooltip=lambda c: c.source_vm_id,
            width=12,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Resource group"), lambda c: c.resource_group, width=22
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Restore points"),
            lambda c: f"{c.count} / {RESTORE_POINT_LIMIT}",
            lambda c: c.count,
            width=14,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Oldest"),
            lambda c: texts.local_time(oldest(c)),
            oldest,
            width=16,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Newest"),
            lambda c: texts.local_time(newest(c)),
            newest,
            width=16,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Provisioning state"),
            lambda c: c.provisioning_state,
            width=12,
        ),
    )


class PointsModel(ObjectTableModel[RestorePoint]):
    """The restore points of one collection."""

    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "Name"),
            lambda p: p.name,
            tooltip=lambda p: p.name,
            width=30,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Created"),
            lambda p: texts.local_time(p.creation_time),
            lambda p: p.creation_time,
            width=16,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Provisioning state"),
            lambda p: p.provisioning_state,
            width=14,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Consistency"), lambda p: p.consistency_mode),
    )


class LimitBarDelegate(QStyledItemDelegate):
    """Draws 'n / 18' over a bar filled in proportion, coloured by how close to the limit."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Override QStyledItemDelegate::paint."""
        rpc = index.data(ItemRole)
        if not isinstance(rpc, RestorePointCollection):
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        rect = QRectF(option.rect).adjusted(4, 4, -4, -4)
        share = min(1.0, rpc.count / RESTORE_POINT_LIMIT)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.tint("grey", 35))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(theme.tint(limit_accent(rpc.count), 110))
        filled = QRectF(rect)
        filled.setWidth(rect.width() * share)
        painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(option.palette.color(option.palette.ColorRole.Text))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()


class RestorePointsView(LazyLoading, QWidget):
    """Collections with their restore point count against the limit of 18, and their points.

    Signals:
        loaded(int): the collections arrived (how many).
    """

    name: ClassVar[str] = "restore-points"
    loaded = Signal(int)

    def __init__(self, workspace: Workspace | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.kind = ""
        self.scope = ""
        self.scope_name = ""
        self._op: Op[list[RestorePointCollection]] | None = None
        self.summary_icon = QLabel(self)
        self.summary = plain(QLabel(self))
        self.summary.setWordWrap(True)
        self.collections = CollectionsModel(self)
        self.table, self.proxy = make_table(self.collections, self)
        self.table.setObjectName("collectionsTable")
        self.table.setAccessibleName(self.tr("Restore point collections"))
        self.table.setItemDelegateForColumn(
            CollectionsModel.COL_COUNT, LimitBarDelegate(self.table)
        )
        self.table.sortByColumn(CollectionsModel.COL_COUNT, Qt.SortOrder.DescendingOrder)
        resourcemenu.attach(self.table, lambda: self.workspace)
        self.points = PointsModel(self)
        self.points_table, _ = make_table(self.points, self)
        self.points_table.setObjectName("restorePointsTable")
        self.points_table.setAccessibleName(self.tr("Restore points"))
        self.points_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        resourcemenu.attach(self.points_table, lambda: self.workspace)
        self.points_title = heading(self.tr("Restore points"), 0, self)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.points_title)
        lower_layout.addWidget(self.points_table)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("restorePointsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.state = StateStack(self.splitter, self)
        self.state.retry_requested.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.summary_icon)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state, 1)
        note = muted(
            QLabel(
                self.tr(
                    "Restore point collections are a hidden type: the portal lists them only with "
                    '"Show hidden types". A VM may hold at most {limit} instant restore points.'
                ).format(limit=RESTORE_POINT_LIMIT),
                self,
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

    def tab_title(self) -> str:
        """The tab's title."""
        return QCoreApplication.translate("MainWindow", "Restore points")

    def tab_icon(self) -> QIcon:
        """The tab's icon."""
        return icons.icon("restore-point")

    def show_scope(self, scope: Scope) -> None:
        """Show the scope (read when shown)."""
        self.set_scope(scope.kind.value, scope.id, scope.name)

    def set_scope(self, kind: str, scope: str, name: str) -> None:
        """Show collections of a 'vm', 'resource-group' or 'subscription' (its ARM id)."""
        if (kind, scope) == (self.kind, self.scope) and not self._stale:
            return
        self.kind, self.scope, self.scope_name = kind, scope, name
        self.collections.set_rows([])
        self.points.set_rows([])
        self.mark_stale()

    def reload(self) -> None:
        """Read the collections (with their restore points) again."""
        self.begin_reload()
        if self.workspace is None or not self.scope:
            self.state.show_empty(self.tr("Select a VM, resource group or subscription."))
            return
        gateway, kind, scope, name = self.workspace.gateway, self.kind, self.scope, self.scope_name
        self.state.show_busy(
            self.tr("Reading restore point collections of {name}…").format(name=name)
        )

        def read(task: Task) -> list[RestorePointCollection]:
            if kind == "vm":
                return gateway.vm_restore_point_collections(scope)
            rid = parse_id(scope)
            found = gateway.restore_point_collections(rid.subscription_id)
            if kind == "resource-group":
                group = (rid.resource_group or "").lower()
                found = [c for c in found if c.resource_group.lower() == group]
            return list(gateway.pool.map(lambda c: gateway.restore_point_collection(c.id), found))

        self._op = (
            Op(read, parent=self, label=f"rpcs:{name}")
            .on_success(self._on_read_succeeded)
            .on_failure(
                lambda exc: self.state.show_error(
                    exc,
                    self.tr("Could not read the restore point collections of {name}").format(
                        name=name
                    ),
                )
            )
            .start()
        )

    def set_collections(self, collections: list[RestorePointCollection]) -> None:
        """Show ``collections``."""
        self.collections.set_rows(collections)
        fit_columns(self.table)
        self.points.set_rows([])
        self._summarise(collections)
        if collections:
            self.state.show_content()
            self.table.selectRow(0)
        else:
            self.state.show_empty(
                self.tr("No restore point collections in {name}.").format(name=self.scope_name)
            )

    def _summarise(self, collections: list[RestorePointCollection]) -> None:
        if self.kind == "vm":
            total = sum(c.count for c in collections)
            accent = limit_accent(total)
            text = self.tr(
                "{vm} holds {count} of the {limit} instant restore points a VM may have."
            ).format(vm=self.scope_name, count=total, limit=RESTORE_POINT_LIMIT)
        else:
            per_vm: dict[str, int] = {}
            for c in collections:
                per_vm[norm_id(c.source_vm_id)] = per_vm.get(norm_id(c.source_vm_id), 0) + c.count
            full = sum(1 for n in per_vm.values() if n >= RESTORE_POINT_LIMIT)
            near = sum(1 for n in per_vm.values() if NEAR_LIMIT <= n < RESTORE_POINT_LIMIT)
            accent = "red" if full else "amber" if near else "green"
            text = (
                self.tr("%n collection(s).", "", len(collections))
                + " "
                + self.tr("VMs at the limit: {full}; close to it: {near}.").format(
                    full=full, near=near
                )
            )
        icon = {"red": "status-failed", "amber": "status-warning", "green": "status-passed"}[accent]
        self.summary_icon.setPixmap(icons.pixmap(icon, 20, self.devicePixelRatioF()))
        self.summary.setText(text)

    def _on_read_succeeded(self, collections: list[RestorePointCollection]) -> None:
        self.set_collections(collections)
        self.loaded.emit(len(collections))

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(
        self, selected: QItemSelection, deselected: QItemSelection
    ) -> None:
        rows = self.table.selectionModel().selectedRows()
        rpc = self.proxy.object_at(rows[0]) if rows else None
        if isinstance(rpc, RestorePointCollection):
            self.points.set_rows(rpc.restore_points)
            fit_columns(self.points_table)
            self.points_title.setText(
                self.tr("Restore points in {name} ({count})").format(name=rpc.name, count=rpc.count)
            )
        else:
            self.points.set_rows([])
            self.points_title.setText(self.tr("Restore points"))
