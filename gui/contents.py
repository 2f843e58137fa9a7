"""A resource group's resources; hidden types appear only with "Show hidden types" on."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QFont, QIcon
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.i18n import QT_TRANSLATE_NOOP
from core.model import Resource
from gui import icons, resourcemenu, settings, theme
from gui.lazyview import LazyLoading
from gui.ops import Op
from gui.tables import Column, ObjectTableModel, fit_columns, make_table
from gui.widgets import SearchEdit, StateStack, muted

if TYPE_CHECKING:
    from gui.scope import Scope
    from gui.workspace import Workspace

TYPE_ICONS = {
    "microsoft.compute/virtualmachines": "vm",
    "microsoft.compute/disks": "disk",
    "microsoft.compute/restorepointcollections": "restore-point",
    "microsoft.compute/virtualmachines/extensions": "extension",
    "microsoft.recoveryservices/vaults": "vault",
    "microsoft.keyvault/vaults": "lock",
}


def resource_icon(resource: Resource) -> QIcon:
    """An icon for a resource type (hidden types get the 'hidden' eye)."""
    if resource.hidden:
        return icons.icon("hidden")
    return icons.icon(TYPE_ICONS.get(resource.type.lower(), "resource"))


class ResourcesModel(ObjectTableModel[Resource]):
    """The resources of a group, hidden types included (the proxy hides them)."""

    COL_NAME, COL_TYPE, COL_LOCATION = range(3)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "Name"),
            lambda r: r.name,
            icon=resource_icon,
            tooltip=lambda r: r.id,
            width=36,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: r.type, width=44),
        Column(QT_TRANSLATE_NOOP("Columns", "Location"), lambda r: r.location, width=12),
    )

    def row_font(self, obj: Resource) -> QFont | None:
        """Override: hidden types are shown in italics."""
        if not obj.hidden:
            return None
        font = QFont()
        font.setItalic(True)
        return font

    def row_foreground(self, obj: Resource) -> QBrush | None:
        """Override: hidden types are shown in a secondary colour."""
        return QBrush(theme.accent("grey")) if obj.hidden else None


class ContentsView(LazyLoading, QWidget):
    """What a resource group holds, like the portal's Overview list.

    Signals:
        loaded(int): the resources arrived (how many, hidden ones included).
        show_hidden_changed(bool): the "Show hidden types" toggle changed.
    """

    name: ClassVar[str] = "contents"
    loaded = Signal(int)
    show_hidden_changed = Signal(bool)

    def __init__(self, workspace: Workspace | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.group_id = ""
        self.group_name = ""
        self._op: Op[list[Resource]] | None = None
        self.hidden_toggle = QCheckBox(self.tr("Show &hidden types"), self)
        self.hidden_toggle.setObjectName("showHiddenTypes")
        self.hidden_toggle.setToolTip(
            self.tr(
                "Restore point collections and other hidden types are listed only with this on, as in the portal"
            )
        )
        self.hidden_toggle.setChecked(settings.flag(settings.SHOW_HIDDEN))
        self.search = SearchEdit(self.tr("Filter by name or type"), self)
        self.search.setObjectName("contentsSearch")
        self.count = muted(QLabel(self))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.hidden_toggle)
        bar.addWidget(self.count)
        self.model = ResourcesModel(self)
        self.table, self.proxy = make_table(self.model, self)
        self.table.setObjectName("contentsTable")
        self.table.setAccessibleName(self.tr("Resources"))
        self.table.sortByColumn(ResourcesModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        resourcemenu.attach(self.table, lambda: self.workspace)
        self.state = StateStack(self.table, self)
        self.state.retry_requested.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.state, 1)
        self._apply_filter()
        self.hidden_toggle.toggled.connect(self._on_hidden_toggle_toggled)
        self.search.text_settled.connect(self._on_search_text_settled)

    @property
    def show_hidden(self) -> bool:
        """True while hidden types are listed."""
        return self.hidden_toggle.isChecked()

    def set_show_hidden(self, on: bool, *, remember: bool = True) -> None:
        """Turn "Show hidden types" on or off (remembered unless ``remember`` is False)."""
        if remember:
            self.hidden_toggle.setChecked(on)
            return
        self.hidden_toggle.blockSignals(True)
        self.hidden_toggle.setChecked(on)
        self.hidden_toggle.blockSignals(False)
        self._apply_filter()
        self.show_hidden_changed.emit(on)

    def tab_title(self) -> str:
        """The tab's title."""
        return QCoreApplication.translate("MainWindow", "Resources")

    def tab_icon(self) -> QIcon:
        """The tab's icon."""
        return icons.icon("resource")

    def show_scope(self, scope: Scope) -> None:
        """Show the scope (read when shown)."""
        self.set_group(scope.id, scope.name)

    def set_group(self, group_id: str, name: str) -> None:
        """List the resources of a resource group."""
        if group_id == self.group_id and not self._stale:
            return
        self.group_id, self.group_name = group_id, name
        self.model.set_rows([])
        self.mark_stale()

    def reload(self) -> None:
        """Read the group's resources again."""
        self.begin_reload()
        if self.workspace is None or not self.group_id:
            self.state.show_empty(self.tr("Select a resource group to see what it holds."))
            return
        gateway, group_id, name = self.workspace.gateway, self.group_id, self.group_name
        self.state.show_busy(self.tr("Reading the resources of {name}…").format(name=name))
        self._op = (
            Op(lambda task: gateway.resources(group_id), parent=self, label=f"resources:{name}")
            .on_success(self._on_read_succeeded)
            .on_failure(
                lambda exc: self.state.show_error(
                    exc, self.tr("Could not list the resources of {name}").format(name=name)
                )
            )
            .start()
        )

    def set_resources(self, resources: list[Resource]) -> None:
        """Show ``resources``."""
        self.model.set_rows(resources)
        fit_columns(self.table)
        self.state.show_content()
        self._update_count()

    def _on_read_succeeded(self, resources: list[Resource]) -> None:
        self.set_resources(resources)
        self.loaded.emit(len(resources))

    def _apply_filter(self) -> None:
        self.proxy.set_predicate(None if self.show_hidden else (lambda r: not r.hidden))
        self._update_count()

    def _update_count(self) -> None:
        rows = self.model.rows()
        hidden = sum(1 for r in rows if r.hidden)
        text = self.tr("%n resource(s)", "", self.proxy.rowCount())
        if hidden and not self.show_hidden:
            text += " · " + self.tr("%n hidden", "", hidden)
        self.count.setText(text)

    @Slot(bool)
    def _on_hidden_toggle_toggled(self, on: bool) -> None:
        settings.set_value(settings.SHOW_HIDDEN, on)
        self._apply_filter()
        self.show_hidden_changed.emit(on)

    @Slot(str)
    def _on_search_text_settled(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()
