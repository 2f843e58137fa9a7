"""The window's chrome: its actions (with shortcuts), menus, toolbar and status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QToolBar

from gui import dialogs, icons, settings
from gui.richtext import plain
from gui.theme import ThemeMode
from gui.widgets import Spinner, muted, shortcut_hint

if TYPE_CHECKING:
    from gui.mainwindow import MainWindow


def make_action(
    window: QMainWindow,
    text: str,
    slot: Callable[[], Any],
    shortcuts: list[QKeySequence] | None = None,
    icon: str = "",
    tip: str = "",
) -> QAction:
    """An action of the window (its shortcuts work anywhere in it), with a tooltip."""
    action = QAction(text, window)
    if icon:
        action.setIcon(icons.icon(icon))
    if shortcuts:
        action.setShortcuts(shortcuts)
    if tip or shortcuts:
        action.setToolTip(
            shortcut_hint(tip or text.replace("&", ""), shortcuts[0]) if shortcuts else tip
        )
    action.triggered.connect(slot)
    window.addAction(action)
    return action


class WindowActions:
    """Every command of the window as a ``QAction``: menus, toolbar and shortcuts share them."""

    def __init__(self, window: MainWindow) -> None:
        key = QKeySequence
        self.open_demo = make_action(
            window,
            QCoreApplication.translate("MainWindow", "Open &demo tenant"),
            window.open_demo,
            icon="tenant",
        )
        self.open_snapshot = make_action(
            window,
            QCoreApplication.translate("MainWindow", "&Open snapshot…"),
            window.start.choose_snapshot,
            [key(key.StandardKey.Open)],
            "file",
        )
        self.sign_in = make_action(
            window,
            QCoreApplication.translate("MainWindow", "Sign in to &Azure…"),
            window.sign_in,
            icon="cloud",
        )
        self.close = make_action(
            window,
            QCoreApplication.translate("MainWindow", "&Close"),
            window.close_workspace,
            [key("Ctrl+W")],
            "back",
            QCoreApplication.translate(
                "MainWindow", "Close this tenant and return to the start screen"
            ),
        )
        self.quit = make_action(
            window,
            QCoreApplication.translate("MainWindow", "&Quit"),
            window.close,
            [key(key.StandardKey.Quit), key("Ctrl+Q")],
        )
        self.refresh = make_action(
            window,
            QCoreApplication.translate("MainWindow", "&Refresh"),
            window.refresh,
            [key("F5"), key("Ctrl+R")],
            "refresh",
            QCoreApplication.translate("MainWindow", "Read everything from Azure again"),
        )
        self.find = make_action(
            window,
            QCoreApplication.translate("MainWindow", "&Find"),
            window.focus_search,
            [key(key.StandardKey.Find)],
            "search",
            QCoreApplication.translate("MainWindow", "Search the tree, or the table you are in"),
        )
        self.diagnose = make_action(
            window,
            QCoreApplication.translate("MainWindow", "&Diagnose"),
            window.diagnose_current,
            [key("Ctrl+D")],
            "diagnose",
            QCoreApplication.translate(
                "MainWindow", "Check the documented causes of the selected VM's backup failure"
            ),
        )
        self.show_hidden = QAction(
            QCoreApplication.translate("MainWindow", "Show &hidden types"), window
        )
        self.show_hidden.setCheckable(True)
        self.show_hidden.setChecked(settings.flag(settings.SHOW_HIDDEN))
        self.focus_tree = make_action(
            window,
            QCoreApplication.translate("MainWindow", "&Navigator"),
            window.focus_navigator,
            [key("Ctrl+1")],
        )
        self.focus_detail = make_action(
            window,
            QCoreApplication.translate("MainWindow", "&Details"),
            window.focus_detail,
            [key("Ctrl+2")],
        )
        self.focus_activity = make_action(
            window,
            QCoreApplication.translate("MainWindow", "&Activity"),
            window.focus_activity,
            [key("Ctrl+3")],
        )
        self.next_tab = make_action(
            window,
            QCoreApplication.translate("MainWindow", "Next &tab"),
            lambda: window.detail.cycle_tab(1),
            [key("Ctrl+Tab"), key("Ctrl+PgDown")],
        )
        self.previous_tab = make_action(
            window,
            QCoreApplication.translate("MainWindow", "&Previous tab"),
            lambda: window.detail.cycle_tab(-1),
            [key("Ctrl+Shift+Tab"), key("Ctrl+PgUp")],
        )
        self.docs = make_action(
            window,
            QCoreApplication.translate("MainWindow", "Troubleshooting &documentation"),
            dialogs.open_docs,
            [key(key.StandardKey.HelpContents)],
        )
        self.shortcuts = make_action(
            window,
            QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
            lambda: dialogs.show_shortcuts(window, self),
        )
        self.about = make_action(
            window,
            QCoreApplication.translate("MainWindow", "&About Backup Doctor"),
            lambda: dialogs.show_about(window),
        )
        self.theme_group = QActionGroup(window)
        self.language_group = QActionGroup(window)

    @property
    def source_actions(self) -> tuple[QAction, ...]:
        """The actions that need an open source (disabled on the start screen)."""
        return (self.refresh, self.diagnose, self.close, self.find)


def build_menus(window: MainWindow, actions: WindowActions, dock: QDockWidget) -> QToolBar:
    """The menu bar and the main toolbar (returned)."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    for action in (actions.open_demo, actions.open_snapshot, actions.sign_in):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(actions.close)
    file_menu.addAction(actions.quit)
    _build_view_menu(
        window, bar.addMenu(QCoreApplication.translate("MainWindow", "&View")), actions, dock
    )
    go_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    for action in (
        actions.focus_tree,
        actions.focus_detail,
        actions.focus_activity,
        actions.next_tab,
        actions.previous_tab,
    ):
        go_menu.addAction(action)
    diagnose_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Diagnose"))
    diagnose_menu.addAction(actions.diagnose)
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(actions.docs)
    help_menu.addAction(actions.shortcuts)
    help_menu.addSeparator()
    help_menu.addAction(actions.about)

    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    for action in (actions.refresh, actions.diagnose, actions.find):
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addAction(actions.close)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar


def _build_view_menu(
    window: MainWindow, view_menu: QMenu, actions: WindowActions, dock: QDockWidget
) -> None:
    view_menu.addAction(actions.refresh)
    view_menu.addAction(actions.find)
    view_menu.addSeparator()
    view_menu.addAction(actions.show_hidden)
    dock_action = dock.toggleViewAction()
    dock_action.setText(QCoreApplication.translate("MainWindow", "Activity &panel"))
    view_menu.addAction(dock_action)
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Theme"))
    current_theme = str(settings.value(settings.THEME, ThemeMode.SYSTEM.value))
    if window.theme is not None:
        current_theme = window.theme.mode.value
    for mode, label in (
        (ThemeMode.SYSTEM, QCoreApplication.translate("MainWindow", "Follow the &system")),
        (ThemeMode.LIGHT, QCoreApplication.translate("MainWindow", "&Light")),
        (ThemeMode.DARK, QCoreApplication.translate("MainWindow", "&Dark")),
    ):
        action = theme_menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(mode.value == current_theme)
        action.setData(mode.value)
        actions.theme_group.addAction(action)
    actions.theme_group.triggered.connect(
        lambda action: dialogs.choose_theme(window.theme, ThemeMode(str(action.data())))
    )
    language_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    current_language = str(settings.value(settings.LANGUAGE, "") or "")
    for code, label in (
        ("", QCoreApplication.translate("MainWindow", "Follow the &system")),
        ("en", "&English"),
        ("tr", "&Türkçe"),
    ):
        action = language_menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(code == current_language)
        action.setData(code)
        actions.language_group.addAction(action)
    actions.language_group.triggered.connect(
        lambda action: dialogs.choose_language(window, str(action.data()))
    )


class StatusLine(QObject):
    """The status bar's contents: the open source, and a spinner while operations run.

    A QObject (a child of the window) so that its slot goes when the window goes.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        bar = window.statusBar()
        self.source = plain(QLabel(window))  # a snapshot's file name
        self.spinner = Spinner(14, window)
        self.spinner.hide()
        self.busy = muted(QLabel(window))
        bar.addWidget(self.source)
        bar.addPermanentWidget(self.spinner)
        bar.addPermanentWidget(self.busy)

    @Slot(int)
    def set_count(self, count: int) -> None:
        """Show how many operations run (nothing when none)."""
        self.spinner.setVisible(count > 0)
        self.busy.setText(
            QCoreApplication.translate("MainWindow", "Working… (%n operation(s))", "", count)
            if count
            else ""
        )
