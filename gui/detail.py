"""The right-hand side: the selected scope's header and its views as tabs, built on demand."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from gui import icons
from gui.nodes import KIND_NAMES, NodeKind
from gui.richtext import plain
from gui.views import VIEWS, VIEWS_BY_SCOPE, View
from gui.widgets import ErrorPanel, heading, muted

if TYPE_CHECKING:
    from gui.errors import ErrorInfo
    from gui.scope import Scope, ScopeKind
    from gui.workspace import Workspace

V = TypeVar("V", bound=View)


def widget_of(view: View) -> QWidget:
    """The view as the widget it is (every view class is a QWidget)."""
    assert isinstance(view, QWidget)
    return view


def subtitle_of(scope: Scope) -> str:
    """The line under the scope's name: its kind and where it is."""
    kind = QCoreApplication.translate("Navigator", KIND_NAMES[NodeKind(scope.kind.value)])
    facts = {
        "tenant": (),
        "subscription": (scope.subscription_id,),
        "vault": (scope.resource_group, scope.location),
        "resource-group": (scope.location,),
        "vm": (scope.resource_group,),
    }[scope.kind.value]
    return " · ".join((kind, *facts))


class DetailArea(QWidget):
    """The right-hand side: a header for the selected node and its views as tabs.

    Each view is built the first time a scope needs it (``VIEWS_BY_SCOPE``), from the
    registry (``gui.views.VIEWS``); the tab last chosen for a kind of scope opens next time.

    Signals:
        view_created(object): a view was just built (a ``View``), before it shows a scope.
    """

    view_created = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.views: dict[str, View] = {}
        """The views built so far, by name."""
        self._last_tab: dict[ScopeKind, str] = {}
        self._scope_kind: ScopeKind | None = None
        self.icon = QLabel(self)
        self.title = heading("", 4, self)
        self.subtitle = muted(plain(QLabel(self)))
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
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    # Views --------------------------------------------------------------------------------

    def view(self, name: str) -> View:
        """The view called ``name``, built now if it was not yet (KeyError: no such view)."""
        view = self.views.get(name)
        if view is None:
            view = VIEWS[name](self.workspace, self)
            widget = widget_of(view)
            widget.setObjectName(f"{name}View")
            widget.hide()
            self.views[name] = view
            self.view_created.emit(view)
        return view

    def view_of(self, cls: type[V]) -> V:
        """The view of class ``cls`` (built now if it was not yet)."""
        view = self.view(cls.name)
        assert isinstance(view, cls)
        return view

    def set_workspace(self, workspace: Workspace | None) -> None:
        """Read from ``workspace``; None (the source closed): drop the tabs and every read."""
        self.workspace = workspace
        for view in self.views.values():
            view.workspace = workspace
        if workspace is None:
            # After the views lost the workspace: taking the tabs out shows the next tab
            # for a moment, which must not start a read.
            self.clear_tabs()
            for view in self.views.values():
                view.forget()  # no late results from the closed source, a fresh read next time

    def refresh_views(self) -> None:
        """The source was read again: the shown view reads now, the others when shown."""
        for view in self.views.values():
            view.refresh()

    def forget_views(self) -> None:
        """Stop every read under way (the window closes)."""
        for view in self.views.values():
            view.forget()

    # Showing ------------------------------------------------------------------------------

    def set_header(self, icon_name: str, title: str, subtitle: str) -> None:
        """Show what is selected."""
        self.icon.setPixmap(
            icons.pixmap(icon_name, 32, self.devicePixelRatioF())
            if icon_name
            else icons.pixmap("app", 32)
        )
        self.title.setText(title)
        self.subtitle.setText(subtitle)

    def show_scope(self, scope: Scope) -> None:
        """Show the views of ``scope`` as tabs, each told the scope first."""
        self.set_header(scope.kind.value, scope.name, subtitle_of(scope))
        names = VIEWS_BY_SCOPE[scope.kind]
        for name in names:
            self.view(name).show_scope(scope)
        self._set_tabs(scope.kind, names)

    def show_error(self, title: str, info: ErrorInfo) -> None:
        """Show an error page instead of the tabs."""
        self.set_header("status-failed", title, info.resource)
        self.error.set_info(info)
        self.body.setCurrentWidget(self.error)

    def show_welcome(self, title: str, subtitle: str) -> None:
        """Show the "select something" page (a source just opened)."""
        self.set_header("app", title, subtitle)
        self.body.setCurrentWidget(self.welcome)

    def _set_tabs(self, kind: ScopeKind, names: tuple[str, ...]) -> None:
        tabs = self.tabs
        # Hidden while tabs come and go, so that no page in between is shown (each show
        # starts a read that the next change would cancel): only the wanted page shows.
        tabs.hide()
        self.clear_tabs()
        tabs.blockSignals(True)
        for name in names:
            view = self.views[name]
            tabs.addTab(widget_of(view), view.tab_icon(), view.tab_title())
        wanted = self._last_tab.get(kind, names[0])
        tabs.setCurrentWidget(widget_of(self.views[wanted if wanted in names else names[0]]))
        tabs.blockSignals(False)
        self._scope_kind = kind
        self.body.setCurrentWidget(tabs)
        tabs.show()
        current = tabs.currentWidget()
        if current is not None:
            current.show()

    def clear_tabs(self) -> None:
        """Take every view out of the tabs (hidden, kept for later)."""
        tabs = self.tabs
        tabs.blockSignals(True)
        while tabs.count():
            widget = tabs.widget(0)
            tabs.removeTab(0)
            if widget is not None:
                widget.hide()
        tabs.blockSignals(False)

    # Tabs ---------------------------------------------------------------------------------

    def current_view(self) -> QWidget | None:
        """The view in the current tab (None when no tab shows)."""
        return self.tabs.currentWidget()

    def current_tab(self) -> str:
        """The name of the view in the current tab ('' when none)."""
        widget = self.tabs.currentWidget()
        return next((n for n, v in self.views.items() if widget_of(v) is widget), "")

    def show_tab(self, name: str) -> bool:
        """Switch to a view's tab if the current scope has it."""
        view = self.views.get(name)
        if view is None or self.tabs.indexOf(widget_of(view)) < 0:
            return False
        self.tabs.setCurrentWidget(widget_of(view))
        return True

    def cycle_tab(self, step: int) -> None:
        """Go ``step`` tabs to the right (negative: to the left), round the end."""
        tabs = self.tabs
        if tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        name = self.current_tab()
        if name and self._scope_kind is not None:
            self._last_tab[self._scope_kind] = name
