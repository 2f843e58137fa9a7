"""The context menu every resource gets: copy its id or name, open it in the Azure portal."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from gui import icons
from gui.richtext import tooltip
from gui.tables import IdRole, NameRole
from gui.workspace import Workspace


def copy_text(text: str) -> None:
    """Put ``text`` on the clipboard."""
    QGuiApplication.clipboard().setText(text)


def resource_menu(
    parent: QWidget,
    workspace: Workspace | None,
    resource_id: str,
    name: str,
    extra: Sequence[QAction] = (),
) -> QMenu:
    """A menu with Copy resource ID, Copy name and Open in Azure portal (plus ``extra``)."""
    menu = QMenu(parent)
    menu.setObjectName("resourceMenu")
    for action in extra:
        menu.addAction(action)
    if extra:
        menu.addSeparator()
    copy_id = menu.addAction(
        icons.icon("copy"), QCoreApplication.translate("ResourceMenu", "Copy resource &ID")
    )
    copy_id.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
    copy_id.setEnabled(bool(resource_id))
    copy_id.triggered.connect(lambda: copy_text(resource_id))
    copy_name = menu.addAction(QCoreApplication.translate("ResourceMenu", "Copy &name"))
    copy_name.setEnabled(bool(name))
    copy_name.triggered.connect(lambda: copy_text(name))
    menu.addSeparator()
    portal = menu.addAction(
        icons.icon("external"), QCoreApplication.translate("ResourceMenu", "Open in Azure &portal")
    )
    url = workspace.portal_url(resource_id) if workspace and resource_id else ""
    portal.setEnabled(bool(url))
    portal.setToolTip(tooltip(url))
    portal.triggered.connect(lambda: QDesktopServices.openUrl(QUrl(url)))
    return menu


def attach(
    view: QAbstractItemView,
    workspace: Callable[[], Workspace | None],
    extra: Callable[[QModelIndex], Sequence[QAction]] | None = None,
) -> None:
    """Give an item view the resource context menu and Ctrl+C for the selected resource id.

    ``workspace`` returns the current workspace (for portal links) when the menu opens.
    """
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show_menu(pos: QPoint) -> None:
        index = view.indexAt(pos)
        if not index.isValid():  # the Menu key asks at a point that may be off the rows
            index = view.currentIndex()
            if not index.isValid():
                return
            pos = view.visualRect(index).center()
        view.setCurrentIndex(index)
        menu = resource_menu(
            view,
            workspace(),
            str(index.data(IdRole) or ""),
            str(index.data(NameRole) or index.data() or ""),
            extra(index) if extra else (),
        )
        menu.popup(view.viewport().mapToGlobal(pos))

    view.customContextMenuRequested.connect(show_menu)
    copy = QAction(QCoreApplication.translate("ResourceMenu", "Copy resource ID"), view)
    copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
    copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    copy.triggered.connect(lambda: _copy_current(view))
    view.addAction(copy)
    menu_key = QAction(view)
    menu_key.setShortcut(QKeySequence("Shift+F10"))
    menu_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    menu_key.triggered.connect(lambda: show_menu(view.visualRect(view.currentIndex()).center()))
    view.addAction(menu_key)


def _copy_current(view: QAbstractItemView) -> None:
    index = view.currentIndex()
    if index.isValid():
        copy_text(str(index.data(IdRole) or index.data(NameRole) or index.data() or ""))
