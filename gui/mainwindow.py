"""The main window: start screen, estate tree, per-resource views and the activity dock."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core.activity import Activity
from core.ids import parse_id
from core.model import ProtectedVm, ResourceGroup, Subscription, Tenant, Vault
from gui import icons, settings
from gui.activity import ActivityPanel
from gui.contents import ContentsView
from gui.diagnosis import DiagnosisView
from gui.errors import ErrorInfo, describe
from gui.jobs import JobsScope, JobsView
from gui.lazyview import LazyLoading
from gui.locks import LocksView
from gui.navigator import NavigatorPanel, Node, NodeKind, VmEntry, item_key, kind_name, vm_key
from gui.ops import Op, Task
from gui.overview import OverviewView
from gui.restorepoints import RestorePointsView
from gui.signin import StartPage
from gui.theme import Theme, ThemeMode
from gui.vmhealth import HealthView
from gui.widgets import ErrorPanel, Spinner, heading, muted, shortcut_hint
from gui.workspace import Workspace

if TYPE_CHECKING:
    from core.azure.gateway import Gateway

DOCS_URL = "https://learn.microsoft.com/azure/backup/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout"


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
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.painted.emit)
        return False


class DetailArea(QWidget):
    """The right-hand side: a header for the selected node and its views as tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.title = heading("", 4, self)
        self.subtitle = muted(QLabel(self))
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailTabs")
        self.tabs.setDocumentMode(True)
        self.error = ErrorPanel(self)
        self.welcome = muted(QLabel(self.tr("Select something in the tree on the left."), self))
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget(self)
        for page in (self.tabs, self.error, self.welcome):
            self.body.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(head)
        layout.addWidget(self.body, 1)
        self.body.setCurrentWidget(self.welcome)

    def set_header(self, icon_name: str, title: str, subtitle: str) -> None:
        """Show what is selected."""
        self.icon.setPixmap(
            icons.pixmap(icon_name, 32, self.devicePixelRatioF())
            if icon_name
            else icons.pixmap("app", 32)
        )
        self.title.setText(title)
        self.subtitle.setText(subtitle)


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
        self._open_op: Op[Any] | None = None
        self.remember_state = remember
        """False for throw-away windows (--screenshot): the saved layout is neither used nor saved."""
        self._last_tab: dict[str, str] = {}
        self._first_paint = _FirstPaint(self)
        self._first_paint.painted.connect(self.first_painted)

        self._build_views()
        self._build_layout()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self.resize(1280, 820)
        self.resizeDocks([self.activity_dock], [170], Qt.Orientation.Vertical)
        if remember:
            self._restore_state()
        self._show_start()

    # Building ----------------------------------------------------------------------------

    def _build_views(self) -> None:
        self.start = StartPage(self)
        self.navigator = NavigatorPanel(self)
        self.navigator.setObjectName("navigator")
        self.detail = DetailArea(self)
        self.overview = OverviewView(None, self)
        self.diagnosis = DiagnosisView(None, self)
        self.health = HealthView(None, self)
        self.jobs = JobsView(None, self)
        self.restore_points = RestorePointsView(None, self)
        self.locks = LocksView(None, self)
        self.contents = ContentsView(None, self)
        self.views: dict[str, QWidget] = {
            "overview": self.overview,
            "diagnosis": self.diagnosis,
            "health": self.health,
            "jobs": self.jobs,
            "restore-points": self.restore_points,
            "locks": self.locks,
            "contents": self.contents,
        }
        for name, view in self.views.items():
            view.setObjectName(f"{name}View")
            view.hide()

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

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcuts: list[QKeySequence] | None = None,
        icon: str = "",
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(icons.icon(icon))
        if shortcuts:
            action.setShortcuts(shortcuts)
        if tip or shortcuts:
            action.setToolTip(
                shortcut_hint(tip or text.replace("&", ""), shortcuts[0]) if shortcuts else tip
            )
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.open_demo_action = self._action(
            self.tr("Open &demo tenant"), self.open_demo, icon="tenant"
        )
        self.open_snapshot_action = self._action(
            self.tr("&Open snapshot…"),
            self.start._on_snapshot_clicked,
            [key(key.StandardKey.Open)],
            "file",
        )
        self.sign_in_action = self._action(
            self.tr("Sign in to &Azure…"), self._on_sign_in_triggered, icon="cloud"
        )
        self.close_action = self._action(
            self.tr("&Close"),
            self.close_workspace,
            [key("Ctrl+W")],
            "back",
            self.tr("Close this tenant and return to the start screen"),
        )
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, [key(key.StandardKey.Quit), key("Ctrl+Q")]
        )
        self.refresh_action = self._action(
            self.tr("&Refresh"),
            self.refresh,
            [key("F5"), key("Ctrl+R")],
            "refresh",
            self.tr("Read everything from Azure again"),
        )
        self.find_action = self._action(
            self.tr("&Find"),
            self.focus_search,
            [key(key.StandardKey.Find)],
            "search",
            self.tr("Search the tree, or the table you are in"),
        )
        self.diagnose_action = self._action(
            self.tr("&Diagnose"),
            self.diagnose_current,
            [key("Ctrl+D")],
            "diagnose",
            self.tr("Check the documented causes of the selected VM's backup failure"),
        )
        self.hidden_action = QAction(self.tr("Show &hidden types"), self)
        self.hidden_action.setCheckable(True)
        self.hidden_action.setChecked(self.contents.show_hidden)
        self.hidden_action.toggled.connect(self.contents.set_show_hidden)
        self.contents.show_hidden_changed.connect(self.hidden_action.setChecked)
        self.focus_tree_action = self._action(
            self.tr("&Navigator"), self.focus_navigator, [key("Ctrl+1")]
        )
        self.focus_detail_action = self._action(
            self.tr("&Details"), self.focus_detail, [key("Ctrl+2")]
        )
        self.focus_activity_action = self._action(
            self.tr("&Activity"), self.focus_activity, [key("Ctrl+3")]
        )
        self.next_tab_action = self._action(
            self.tr("Next &tab"), lambda: self._cycle_tab(1), [key("Ctrl+Tab"), key("Ctrl+PgDown")]
        )
        self.previous_tab_action = self._action(
            self.tr("&Previous tab"),
            lambda: self._cycle_tab(-1),
            [key("Ctrl+Shift+Tab"), key("Ctrl+PgUp")],
        )
        self.docs_action = self._action(
            self.tr("Troubleshooting &documentation"),
            self._on_docs_triggered,
            [key(key.StandardKey.HelpContents)],
        )
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), self._on_shortcuts_triggered
        )
        self.about_action = self._action(self.tr("&About Backup Doctor"), self._on_about_triggered)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (self.open_demo_action, self.open_snapshot_action, self.sign_in_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addAction(self.quit_action)
        self._build_view_menu(bar.addMenu(self.tr("&View")))
        go_menu = bar.addMenu(self.tr("&Go"))
        for action in (
            self.focus_tree_action,
            self.focus_detail_action,
            self.focus_activity_action,
            self.next_tab_action,
            self.previous_tab_action,
        ):
            go_menu.addAction(action)
        diagnose_menu = bar.addMenu(self.tr("&Diagnose"))
        diagnose_menu.addAction(self.diagnose_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.docs_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        for action in (self.refresh_action, self.diagnose_action, self.find_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.close_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_view_menu(self, view_menu: QMenu) -> None:
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.find_action)
        view_menu.addSeparator()
        view_menu.addAction(self.hidden_action)
        dock_action = self.activity_dock.toggleViewAction()
        dock_action.setText(self.tr("Activity &panel"))
        view_menu.addAction(dock_action)
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(self)
        current_theme = str(settings.value(settings.THEME, ThemeMode.SYSTEM.value))
        if self.theme is not None:
            current_theme = self.theme.mode.value
        for mode, label in (
            (ThemeMode.SYSTEM, self.tr("Follow the &system")),
            (ThemeMode.LIGHT, self.tr("&Light")),
            (ThemeMode.DARK, self.tr("&Dark")),
        ):
            action = theme_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(mode.value == current_theme)
            action.setData(mode.value)
            self.theme_group.addAction(action)
        self.theme_group.triggered.connect(self._on_theme_group_triggered)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        current_language = str(settings.value(settings.LANGUAGE, "") or "")
        for code, label in (
            ("", self.tr("Follow the &system")),
            ("en", "&English"),
            ("tr", "&Türkçe"),
        ):
            action = language_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == current_language)
            action.setData(code)
            self.language_group.addAction(action)
        self.language_group.triggered.connect(self._on_language_group_triggered)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.source_label = QLabel(self)
        self.busy_spinner = Spinner(14, self)
        self.busy_spinner.hide()
        self.busy_label = muted(QLabel(self))
        bar.addWidget(self.source_label)
        bar.addPermanentWidget(self.busy_spinner)
        bar.addPermanentWidget(self.busy_label)
        Op.tracker().count_changed.connect(self._on_ops_count_changed)

    def _connect(self) -> None:
        self.start.demo_requested.connect(self.open_demo)
        self.start.snapshot_requested.connect(self.open_snapshot)
        self.start.azure_requested.connect(self.open_azure)
        self.navigator.node_selected.connect(self._on_navigator_node_selected)
        self.navigator.node_activated.connect(self._on_navigator_node_activated)
        self.jobs.diagnose_requested.connect(self.open_vm)
        self.overview.vm_requested.connect(self._on_overview_vm_requested)
        self.detail.error.retry_requested.connect(self._on_detail_error_retry_requested)
        self.detail.tabs.currentChanged.connect(self._on_tabs_current_changed)
        if self.theme is not None:
            self.theme.changed.connect(self._on_theme_changed)

    # Opening and closing a source ---------------------------------------------------------------

    def _show_start(self) -> None:
        self.pages.setCurrentWidget(self.start)
        self.activity_dock.hide()
        self.toolbar.hide()
        for action in (
            self.refresh_action,
            self.diagnose_action,
            self.close_action,
            self.find_action,
        ):
            action.setEnabled(False)
        self.source_label.setText(self.tr("Not connected"))
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
        for view in (*self.views.values(), self.activity):
            view.workspace = workspace  # type: ignore[attr-defined]
        self.activity.set_workspace(workspace)
        self.navigator.set_workspace(workspace)
        self.pages.setCurrentWidget(self.splitter)
        self.toolbar.show()
        self.activity_dock.show()
        for action in (self.refresh_action, self.close_action, self.find_action):
            action.setEnabled(True)
        self.source_label.setText(self.tr("Source: {label}").format(label=workspace.label))
        self.setWindowTitle(
            self.tr("{label} — Backup Doctor for Azure").format(label=workspace.label)
        )
        self.detail.set_header("app", workspace.label, self.tr("Loading the estate…"))
        self.detail.body.setCurrentWidget(self.detail.welcome)
        self.navigator.tree.setFocus()
        self.workspace_opened.emit(workspace)

    @Slot()
    def close_workspace(self) -> None:
        """Close the open source and return to the start screen."""
        workspace = self.workspace
        if workspace is None:
            return
        self.diagnosis.stop()
        self.activity.detach()
        self.navigator.set_workspace(None)
        for view in (*self.views.values(), self.activity):
            view.workspace = None  # type: ignore[attr-defined]
        self.workspace = None
        self.current = None
        self._clear_tabs()
        for view in self.views.values():
            if isinstance(view, LazyLoading):
                view.forget()  # no late results from the closed source, a fresh read next time
        workspace.close()
        workspace.deleteLater()
        self.setWindowTitle(self.tr("Backup Doctor for Azure"))
        self._show_start()
        self.workspace_closed.emit()

    # Showing nodes -------------------------------------------------------------------------

    def _clear_tabs(self) -> None:
        tabs = self.detail.tabs
        tabs.blockSignals(True)
        while tabs.count():
            widget = tabs.widget(0)
            tabs.removeTab(0)
            if widget is not None:
                widget.hide()
        tabs.blockSignals(False)

    def _tab_title(self, name: str) -> tuple[str, str]:
        titles = {
            "overview": (self.tr("Protected VMs"), "vm"),
            "diagnosis": (self.tr("Diagnosis"), "diagnose"),
            "health": (self.tr("Health"), "health"),
            "jobs": (self.tr("Backup jobs"), "job"),
            "restore-points": (self.tr("Restore points"), "restore-point"),
            "locks": (self.tr("Locks"), "lock"),
            "contents": (self.tr("Resources"), "resource"),
        }
        return titles[name]

    def _set_tabs(self, kind: str, names: list[str]) -> None:
        tabs = self.detail.tabs
        # Hidden while tabs come and go, so that no page in between is shown (each show
        # starts a read that the next change would cancel): only the wanted page shows.
        tabs.hide()
        self._clear_tabs()
        tabs.blockSignals(True)
        for name in names:
            title, icon = self._tab_title(name)
            tabs.addTab(self.views[name], icons.icon(icon), title)
        wanted = self._last_tab.get(kind, names[0])
        tabs.setCurrentWidget(self.views[wanted if wanted in names else names[0]])
        tabs.blockSignals(False)
        self._tab_kind = kind
        self.detail.body.setCurrentWidget(tabs)
        tabs.show()
        tabs.currentWidget().show()

    def current_tab(self) -> str:
        """The name of the view in the current tab ('' when none)."""
        widget = self.detail.tabs.currentWidget()
        return next((n for n, v in self.views.items() if v is widget), "")

    def show_tab(self, name: str) -> bool:
        """Switch to a view's tab if the current node has it."""
        view = self.views.get(name)
        if view is None or self.detail.tabs.indexOf(view) < 0:
            return False
        self.detail.tabs.setCurrentWidget(view)
        return True

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        name = self.current_tab()
        if name and getattr(self, "_tab_kind", ""):
            self._last_tab[self._tab_kind] = name

    @Slot(object)
    def _on_navigator_node_selected(self, node: Node) -> None:
        self.show_node(node)

    @Slot(object)
    def _on_navigator_node_activated(self, node: Node) -> None:
        if node.vm_id:
            self.show_tab("diagnosis")
            self.focus_detail()

    def show_node(self, node: Node) -> None:
        """Show the views of a tree node."""
        self.current = node
        kind = node.kind
        item = node.item
        self.diagnose_action.setEnabled(bool(node.vm_id))
        if kind is NodeKind.ERROR:
            self._show_node_error(node)
        elif isinstance(item, Tenant):
            self.detail.set_header("tenant", item.display_name, kind_name(kind))
            self.overview.set_scope("tenant", item.tenant_id, item.display_name)
            self._set_tabs("tenant", ["overview"])
        elif kind in (NodeKind.SUBSCRIPTION, NodeKind.VAULTS, NodeKind.GROUPS):
            sub = self._subscription_of(node)
            if sub is None:
                return
            self.detail.set_header(
                "subscription",
                sub.display_name,
                f"{kind_name(NodeKind.SUBSCRIPTION)} · {sub.subscription_id}",
            )
            self.overview.set_scope("subscription", sub.id, sub.display_name)
            self.restore_points.set_scope("subscription", sub.id, sub.display_name)
            self.locks.set_scope(sub.id, sub.display_name)
            self._set_tabs("subscription", ["overview", "restore-points", "locks"])
        elif isinstance(item, Vault):
            self.detail.set_header(
                "vault", item.name, f"{kind_name(kind)} · {item.resource_group} · {item.location}"
            )
            self.overview.set_scope("vault", item.id, item.name)
            self.jobs.set_scope(JobsScope("vault", item.id, item.name))
            self.locks.set_scope(item.id, item.name, resource=True)
            self._set_tabs("vault", ["jobs", "overview", "locks"])
        elif isinstance(item, ResourceGroup):
            self.detail.set_header(
                "resource-group", item.name, f"{kind_name(kind)} · {item.location}"
            )
            self.contents.set_group(item.id, item.name)
            self.restore_points.set_scope("resource-group", item.id, item.name)
            self.locks.set_scope(item.id, item.name)
            self._set_tabs("resource-group", ["contents", "restore-points", "locks"])
        elif isinstance(item, ProtectedVm | VmEntry):
            self._show_vm(node)
        self.node_shown.emit(node)

    def _show_vm(self, node: Node) -> None:
        vm_id = node.vm_id
        name = node.item.friendly_name if isinstance(node.item, ProtectedVm) else node.item.vm.name
        rid = parse_id(vm_id)
        self.detail.set_header("vm", name, f"{kind_name(NodeKind.VM)} · {rid.resource_group}")
        self.health.set_vm(vm_id)
        self.jobs.set_scope(JobsScope("vm", vm_id, name))
        self.restore_points.set_scope("vm", vm_id, name)
        self.locks.set_scope(vm_id, name, resource=True)
        if self.diagnosis.vm_id != vm_id or (
            self.diagnosis.diagnosis is None and not self.diagnosis.running
        ):
            self.diagnosis.diagnose(vm_id, name)
        self._set_tabs("vm", ["diagnosis", "health", "jobs", "restore-points", "locks"])

    def _show_node_error(self, node: Node) -> None:
        parent = node.parent
        what = self.tr("Could not load this part of the tree")
        if parent is not None:
            label = self.navigator.model._text(parent)
            what = self.tr("Could not load the contents of {name}").format(name=label)
        info: ErrorInfo = describe(node.item, what)
        self.detail.set_header("status-failed", what, info.resource)
        self.detail.error.set_info(info)
        self.detail.body.setCurrentWidget(self.detail.error)
        self._error_node = parent

    @Slot()
    def _on_detail_error_retry_requested(self) -> None:
        parent = getattr(self, "_error_node", None)
        if isinstance(parent, Node):
            self.navigator.model.retry(parent)

    def _subscription_of(self, node: Node) -> Subscription | None:
        current: Node | None = node
        while current is not None:
            if isinstance(current.item, Subscription):
                return current.item
            current = current.parent
        return None

    # Commands ------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """F5 / Ctrl+R: forget cached reads and read the tree and the open view again."""
        if self.workspace is not None:
            self.workspace.refresh()

    @Slot()
    def _on_workspace_refreshed(self) -> None:
        self.navigator.reload()
        for name in ("overview", "health", "jobs", "restore-points", "locks", "contents"):
            view = self.views[name]
            if isinstance(view, LazyLoading):
                view.mark_stale()
        if self.diagnosis.isVisible() and self.diagnosis.vm_id and not self.diagnosis.running:
            self.diagnosis.diagnose(self.diagnosis.vm_id, self.diagnosis.vm_name)

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
        sub = rid.subscription_id.lower()
        group_key = f"/subscriptions/{sub}/resourcegroups/{(rid.resource_group or '').lower()}"
        tenant = next(
            (n for n in self.navigator.model.root.children if n.kind is NodeKind.TENANT), None
        )
        path = [tenant.key] if tenant else []
        path += [f"/subscriptions/{sub}", f"groups:{sub}", group_key, vm_key(vm_id)]
        self.navigator.reveal(path)

    @Slot(object)
    def _on_overview_vm_requested(self, item: ProtectedVm) -> None:
        tenant = next(
            (n for n in self.navigator.model.root.children if n.kind is NodeKind.TENANT), None
        )
        vault = parse_id(item.vault_id)
        sub = vault.subscription_id.lower()
        path = [tenant.key] if tenant else []
        path += [
            f"/subscriptions/{sub}",
            f"vaults:{sub}",
            item.vault_id.lower().rstrip("/"),
            item_key(item),
        ]
        self.navigator.reveal(path)
        self.focus_detail()

    @Slot()
    def focus_search(self) -> None:
        """Ctrl+F: the search box of the table in focus, else the tree's."""
        focus = QApplication.focusWidget()
        view = self.detail.tabs.currentWidget()
        search = getattr(view, "search", None)
        if (
            focus is not None
            and view is not None
            and view.isAncestorOf(focus)
            and search is not None
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
        view = self.detail.tabs.currentWidget()
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

    def _cycle_tab(self, step: int) -> None:
        tabs = self.detail.tabs
        if tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    @Slot(QAction)
    def _on_theme_group_triggered(self, action: QAction) -> None:
        mode = ThemeMode(str(action.data()))
        settings.set_value(settings.THEME, mode.value)
        if self.theme is not None:
            self.theme.apply(mode)

    @Slot(QAction)
    def _on_language_group_triggered(self, action: QAction) -> None:
        settings.set_value(settings.LANGUAGE, str(action.data()))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Language"),
            self.tr("The new language applies the next time Backup Doctor starts."),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.open()

    @Slot(bool)
    def _on_theme_changed(self, dark: bool) -> None:
        icons.forget_colours()
        from gui.widgets import Banner

        for banner in self.findChildren(Banner):
            banner.restyle()
        self.update()

    @Slot()
    def _on_sign_in_triggered(self) -> None:
        self.close_workspace()
        self.start.tenant.setFocus()

    @Slot()
    def _on_docs_triggered(self) -> None:
        QDesktopServices.openUrl(QUrl(DOCS_URL))

    @Slot()
    def _on_shortcuts_triggered(self) -> None:
        rows = [
            (self.refresh_action, self.tr("Refresh")),
            (self.find_action, self.tr("Search")),
            (self.diagnose_action, self.tr("Diagnose the selected VM")),
            (self.focus_tree_action, self.tr("Go to the tree")),
            (self.focus_detail_action, self.tr("Go to the current view")),
            (self.focus_activity_action, self.tr("Go to the activity panel")),
            (self.next_tab_action, self.tr("Next tab")),
            (self.close_action, self.tr("Close the tenant")),
        ]
        native = QKeySequence.SequenceFormat.NativeText
        lines = [
            f"<tr><td><b>{' / '.join(s.toString(native) for s in a.shortcuts())}</b></td>"
            f"<td>&nbsp;&nbsp;{text}</td></tr>"
            for a, text in rows
        ]
        copy_id, menu = (
            self.tr("Copy the selected resource ID"),
            self.tr("Context menu of the selected resource"),
        )
        lines.append(f"<tr><td><b>Ctrl+C</b></td><td>&nbsp;&nbsp;{copy_id}</td></tr>")
        lines.append(f"<tr><td><b>Shift+F10</b></td><td>&nbsp;&nbsp;{menu}</td></tr>")
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText("<table>" + "".join(lines) + "</table>")
        box.open()

    @Slot()
    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Backup Doctor"),
            self.tr(
                "<b>Backup Doctor for Azure</b><p>Checks the documented causes of failed Azure VM "
                "backups, one by one, with the evidence.</p><p>Read-only: it never changes your Azure "
                "resources.</p>"
            ),
        )

    @Slot(int)
    def _on_ops_count_changed(self, count: int) -> None:
        self.busy_spinner.setVisible(count > 0)
        self.busy_label.setText(self.tr("Working… (%n operation(s))", "", count) if count else "")

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
        self.diagnosis.stop()
        if self._open_op is not None:
            self._open_op.cancel()
        self.close_workspace()
        super().closeEvent(event)
