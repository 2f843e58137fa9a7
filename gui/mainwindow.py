"""The main window, the composition root: start screen, estate tree, detail views, activity dock.

Building the chrome is ``gui.chrome``, which views a node shows is ``gui.views`` (through
``gui.detail``), and the commands that open dialogs are ``gui.dialogs``.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from core.activity import Activity
from core.ids import parse_id
from core.model import ProtectedVm
from gui import dialogs, icons, nodes, settings
from gui.activity import ActivityPanel
from gui.chrome import StatusLine, WindowActions, build_menus
from gui.contents import ContentsView
from gui.detail import DetailArea
from gui.diagnosis import DiagnosisView
from gui.errors import describe
from gui.jobs import JobsView
from gui.locks import LocksView
from gui.navigator import NavigatorPanel
from gui.nodes import Node, NodeKind
from gui.ops import Op, Task
from gui.overview import OverviewView
from gui.restorepoints import RestorePointsView
from gui.scope import scope_of
from gui.signin import StartPage
from gui.vmhealth import HealthView
from gui.workspace import Workspace

if TYPE_CHECKING:
    from core.azure.gateway import Gateway
    from gui.theme import Theme
    from gui.views import View


class _FirstPaint(QObject):
    """Emits once, on the window's first paint (the moment the user sees something).

    Signals:
        painted(): the first paint happened.
    """

    painted = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter."""
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)
        return False


class MainWindow(QMainWindow):
    """Backup Doctor's window.

    Signals:
        workspace_opened(object): a data source is open (the ``Workspace``).
        workspace_closed(): back on the start screen.
        node_shown(object): the detail area shows this ``Node``.
        first_painted(): the window was painted for the first time.
    """

    workspace_opened = Signal(object)
    workspace_closed = Signal()
    node_shown = Signal(object)
    first_painted = Signal()

    def __init__(
        self, theme: Theme | None = None, parent: QWidget | None = None, *, remember: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Backup Doctor for Azure"))
        self.setWindowIcon(icons.icon("app"))
        self.theme = theme
        self.workspace: Workspace | None = None
        self.current: Node | None = None
        self._open_op: Op[Gateway] | None = None
        self._error_node: Node | None = None
        self.remember_state = remember
        """False for throw-away windows (--screenshot): the saved layout is neither used nor saved."""
        self._first_paint = _FirstPaint(self)
        self._first_paint.painted.connect(self.first_painted)

        self.start = StartPage(self)
        self.navigator = NavigatorPanel(self)
        self.navigator.setObjectName("navigator")
        self.detail = DetailArea(self)
        self._build_layout()
        self.commands = WindowActions(self)
        self.toolbar = build_menus(self, self.commands, self.activity_dock)
        self.status = StatusLine(self)
        self._connect()
        self.resize(1280, 820)
        self.resizeDocks([self.activity_dock], [170], Qt.Orientation.Vertical)
        if remember:
            self._restore_state()
        self._show_start()

    # Building ----------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 940])
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.start)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)

        self.activity = ActivityPanel(self)
        self.activity_dock = QDockWidget(self.tr("Activity"), self)
        self.activity_dock.setObjectName("activityDock")
        self.activity_dock.setWidget(self.activity)
        self.activity_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.activity_dock)

    def _connect(self) -> None:
        self.start.demo_requested.connect(self.open_demo)
        self.start.snapshot_requested.connect(self.open_snapshot)
        self.start.azure_requested.connect(self.open_azure)
        self.navigator.node_selected.connect(self._on_navigator_node_selected)
        self.navigator.node_activated.connect(self._on_navigator_node_activated)
        self.detail.view_created.connect(self._on_detail_view_created)
        self.detail.error.retry_requested.connect(self._on_detail_error_retry_requested)
        self.commands.show_hidden.toggled.connect(self._on_show_hidden_toggled)
        Op.tracker().count_changed.connect(self.status.set_count)
        if self.theme is not None:
            self.theme.changed.connect(self._on_theme_changed)

    @Slot(object)
    def _on_detail_view_created(self, view: View) -> None:
        """Wire a view built on demand to the window."""
        if isinstance(view, JobsView):
            view.diagnose_requested.connect(self.open_vm)
        elif isinstance(view, OverviewView):
            view.vm_requested.connect(self._on_overview_vm_requested)
        elif isinstance(view, ContentsView):
            view.show_hidden_changed.connect(self.commands.show_hidden.setChecked)

    # The views (built the first time they are needed) -------------------------------------

    @property
    def views(self) -> dict[str, View]:
        """The detail views built so far, by name."""
        return self.detail.views

    @property
    def overview(self) -> OverviewView:
        """The protected VMs of a tenant, subscription or vault."""
        return self.detail.view_of(OverviewView)

    @property
    def diagnosis(self) -> DiagnosisView:
        """The cause checker of the selected VM."""
        return self.detail.view_of(DiagnosisView)

    @property
    def health(self) -> HealthView:
        """The selected VM's agent, extensions and disks."""
        return self.detail.view_of(HealthView)

    @property
    def jobs(self) -> JobsView:
        """The backup jobs of a vault or a VM."""
        return self.detail.view_of(JobsView)

    @property
    def restore_points(self) -> RestorePointsView:
        """The restore point collections of a VM, group or subscription."""
        return self.detail.view_of(RestorePointsView)

    @property
    def locks(self) -> LocksView:
        """The locks on, above and inside a scope."""
        return self.detail.view_of(LocksView)

    @property
    def contents(self) -> ContentsView:
        """A resource group's resources."""
        return self.detail.view_of(ContentsView)

    @property
    def open_op(self) -> Op[Gateway] | None:
        """The operation opening a source (None before the first one)."""
        return self._open_op

    # Opening and closing a source ---------------------------------------------------------------

    def _show_start(self) -> None:
        self.pages.setCurrentWidget(self.start)
        self.activity_dock.hide()
        self.toolbar.hide()
        for action in self.commands.source_actions:
            action.setEnabled(False)
        self.status.source.setText(self.tr("Not connected"))
        self.start.set_idle()

    def _open(self, opener: Callable[[], Gateway], busy: str, failure: str) -> None:
        if self._open_op is not None and self._open_op.running:
            return
        self.close_workspace()
        self.start.set_busy(busy)

        def run(task: Task) -> Gateway:
            started, clock = datetime.now(UTC), time.perf_counter()
            gateway = opener()
            gc.freeze()  # the snapshot and SDK objects live as long as the session
            seconds = time.perf_counter() - clock
            gateway.activity.record(Activity(started, seconds, "open", gateway.label, True))
            return gateway

        self._open_op = (
            Op(run, parent=self, label="open")
            .on_success(lambda gateway: self.set_workspace(Workspace(gateway)))
            .on_failure(lambda exc: self.start.show_error(exc, failure))
            .start()
        )

    @Slot()
    def open_demo(self) -> None:
        """Open the built-in demo tenant (the SDK is imported off the GUI thread)."""

        def opener() -> Gateway:
            from core.session import open_demo

            return open_demo()

        self._open(
            opener, self.tr("Opening the demo tenant…"), self.tr("Could not open the demo tenant")
        )

    @Slot(str)
    def open_snapshot(self, path: str) -> None:
        """Open a snapshot file."""

        def opener() -> Gateway:
            from core.session import open_snapshot

            return open_snapshot(path)

        self._open(
            opener,
            self.tr("Opening {file}…").format(file=path),
            self.tr("Could not open the snapshot {file}").format(file=path),
        )

    @Slot(str)
    def open_azure(self, tenant: str) -> None:
        """Sign in to Azure with DefaultAzureCredential."""

        def opener() -> Gateway:
            from core.session import open_live

            return open_live(tenant_id=tenant or None)

        self._open(opener, self.tr("Signing in to Azure…"), self.tr("Could not sign in to Azure"))

    def set_workspace(self, workspace: Workspace) -> None:
        """Show the estate of an open workspace."""
        if self.workspace is not None and self.workspace is not workspace:
            self.close_workspace()
        self.workspace = workspace
        workspace.setParent(self)
        workspace.refreshed.connect(self._on_workspace_refreshed)
        self.detail.set_workspace(workspace)
        self.activity.workspace = workspace
        self.activity.set_workspace(workspace)
        self.navigator.set_workspace(workspace)
        self.pages.setCurrentWidget(self.splitter)
        self.toolbar.show()
        self.activity_dock.show()
        for action in (self.commands.refresh, self.commands.close, self.commands.find):
            action.setEnabled(True)
        self.status.source.setText(self.tr("Source: {label}").format(label=workspace.label))
        self.setWindowTitle(
            self.tr("{label} — Backup Doctor for Azure").format(label=workspace.label)
        )
        self.detail.show_welcome(workspace.label, self.tr("Loading the estate…"))
        self.navigator.tree.setFocus()
        self.workspace_opened.emit(workspace)

    @Slot()
    def close_workspace(self) -> None:
        """Close the open source and return to the start screen."""
        workspace = self.workspace
        if workspace is None:
            return
        self.detail.forget_views()  # the diagnosis under way first
        self.activity.detach()
        self.navigator.set_workspace(None)
        self.detail.set_workspace(None)
        self.activity.workspace = None
        self.workspace = None
        self.current = None
        workspace.close()
        workspace.deleteLater()
        self.setWindowTitle(self.tr("Backup Doctor for Azure"))
        self._show_start()
        self.workspace_closed.emit()

    @Slot()
    def sign_in(self) -> None:
        """File → Sign in to Azure: back to the start screen, in the tenant field."""
        self.close_workspace()
        self.start.tenant.setFocus()

    # Showing nodes -------------------------------------------------------------------------

    def current_tab(self) -> str:
        """The name of the view in the current tab ('' when none)."""
        return self.detail.current_tab()

    def show_tab(self, name: str) -> bool:
        """Switch to a view's tab if the current node has it."""
        return self.detail.show_tab(name)

    @Slot(object)
    def _on_navigator_node_selected(self, node: Node) -> None:
        self.show_node(node)

    @Slot(object)
    def _on_navigator_node_activated(self, node: Node) -> None:
        if node.vm_id:
            self.show_tab("diagnosis")
            self.focus_detail()

    def show_node(self, node: Node) -> None:
        """Show the views of a tree node (``gui.views.VIEWS_BY_SCOPE`` says which)."""
        self.current = node
        self.commands.diagnose.setEnabled(bool(node.vm_id))
        if node.kind is NodeKind.ERROR:
            self._show_node_error(node)
        else:
            scope = scope_of(node)
            if scope is not None:
                self.detail.show_scope(scope)
        self.node_shown.emit(node)

    def _show_node_error(self, node: Node) -> None:
        parent = node.parent
        what = self.tr("Could not load this part of the tree")
        if parent is not None:
            label = self.navigator.model.label(parent)
            what = self.tr("Could not load the contents of {name}").format(name=label)
        error = node.item if isinstance(node.item, BaseException) else node.error
        if error is not None:
            self.detail.show_error(what, describe(error, what))
        self._error_node = parent

    @Slot()
    def _on_detail_error_retry_requested(self) -> None:
        if self._error_node is not None:
            self.navigator.model.retry(self._error_node)

    def _top_keys(self) -> list[str]:
        tenant = next(
            (n for n in self.navigator.model.root.children if n.kind is NodeKind.TENANT), None
        )
        return [tenant.key] if tenant else []

    # Commands ------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """F5 / Ctrl+R: forget cached reads and read the tree and the open view again."""
        if self.workspace is not None:
            self.workspace.refresh()

    @Slot()
    def _on_workspace_refreshed(self) -> None:
        self.navigator.reload()
        self.detail.refresh_views()

    @Slot()
    def diagnose_current(self) -> None:
        """Ctrl+D: diagnose the selected VM again."""
        node = self.current
        if node is not None and node.vm_id:
            self.show_tab("diagnosis")
            self.diagnosis.diagnose(
                node.vm_id, self.diagnosis.vm_name or node.vm_id.rsplit("/", 1)[-1], refresh=True
            )

    @Slot(str)
    def open_vm(self, vm_id: str) -> None:
        """Go to a VM (from a job or an overview row): reveal it in the tree and diagnose it."""
        if not vm_id:
            return
        rid = parse_id(vm_id)
        path = nodes.group_vm_path(
            self._top_keys(), rid.subscription_id, rid.resource_group or "", vm_id
        )
        self.navigator.reveal(path)

    @Slot(object)
    def _on_overview_vm_requested(self, item: ProtectedVm) -> None:
        sub = parse_id(item.vault_id).subscription_id
        self.navigator.reveal(
            [*nodes.vault_path(self._top_keys(), sub, item.vault_id), nodes.item_key(item)]
        )
        self.focus_detail()

    @Slot(bool)
    def _on_show_hidden_toggled(self, on: bool) -> None:
        self.contents.set_show_hidden(on)

    @Slot()
    def focus_search(self) -> None:
        """Ctrl+F: the search box of the table in focus, else the tree's."""
        focus = QApplication.focusWidget()
        view = self.detail.current_view()
        search = getattr(view, "search", None)
        if (
            focus is not None
            and view is not None
            and view.isAncestorOf(focus)
            and isinstance(search, QLineEdit)
        ):
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            search.selectAll()
            return
        self.navigator.focus_search()

    @Slot()
    def focus_navigator(self) -> None:
        """Ctrl+1: the tree."""
        self.navigator.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def focus_detail(self) -> None:
        """Ctrl+2: the current view."""
        view = self.detail.current_view()
        if view is not None:
            target = view.focusProxy() or view
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if not target.hasFocus():
                view.focusNextChild()

    @Slot()
    def focus_activity(self) -> None:
        """Ctrl+3: the activity table (shows the dock)."""
        self.activity_dock.show()
        self.activity.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot(bool)
    def _on_theme_changed(self, dark: bool) -> None:
        dialogs.restyle(self)

    # Window state --------------------------------------------------------------------------

    def _splitters(self) -> dict[str, QSplitter]:
        return {s.objectName(): s for s in self.findChildren(QSplitter) if s.objectName()}

    def _restore_state(self) -> None:
        store = settings.settings()
        geometry = store.value(settings.GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = store.value(settings.WINDOW_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for name, splitter in self._splitters().items():
            saved = store.value(f"{settings.SPLITTERS}/{name}")
            if isinstance(saved, QByteArray):
                splitter.restoreState(saved)

    def save_state(self) -> None:
        """Remember geometry, dock layout and splitter positions (unless told not to)."""
        if not self.remember_state:
            return
        store = settings.settings()
        store.setValue(settings.GEOMETRY, self.saveGeometry())
        store.setValue(settings.WINDOW_STATE, self.saveState())
        for name, splitter in self._splitters().items():
            store.setValue(f"{settings.SPLITTERS}/{name}", splitter.saveState())
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget::closeEvent: remember the layout and stop background work."""
        self.save_state()
        self.detail.forget_views()
        if self._open_op is not None:
            self._open_op.cancel()
        self.close_workspace()
        super().closeEvent(event)
