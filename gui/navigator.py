"""The estate tree panel: the search box over the tree of tenant, subscriptions, vaults and groups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from core.model import ProtectedVm, Tenant
from gui import icons, resourcemenu
from gui.errors import describe, message_text
from gui.nodes import LoadState, Node, NodeKind
from gui.treemodel import KeyRole, NavigatorFilter, NavigatorModel, NodeRole
from gui.widgets import SearchEdit

if TYPE_CHECKING:
    from gui.workspace import Workspace

AUTO_EXPAND = {
    NodeKind.ROOT,
    NodeKind.TENANT,
    NodeKind.SUBSCRIPTION,
    NodeKind.VAULTS,
    NodeKind.VAULT,
}
"""Opened as soon as they load, so the estate and its failing VMs show at once."""


class NavigatorPanel(QWidget):
    """The search box and the tree.

    Signals:
        node_selected(object): the current node changed (a ``Node``).
        node_activated(object): Enter or double-click on a node.
        reveal_finished(str): ``reveal()`` reached and selected the node with this key.
        reveal_failed(str): ``reveal()`` could not reach this key.
    """

    node_selected = Signal(object)
    node_activated = Signal(object)
    reveal_finished = Signal(str)
    reveal_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.model = NavigatorModel(None, self)
        self.proxy = NavigatorFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = SearchEdit(self.tr("Search vaults, groups and VMs"), self)
        self.search.setObjectName("treeSearch")
        self.search.setAccessibleName(self.tr("Search the tree"))
        self.tree = QTreeView(self)
        self.tree.setObjectName("navigatorTree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Azure estate"))
        self.tree.setExpandsOnDoubleClick(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self._reveal: list[str] = []
        self._user_collapsed: set[str] = set()
        self._restore_keys: set[str] = set()
        self._restore_current = ""
        self.search.text_settled.connect(self._on_search_text_settled)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.tree.activated.connect(self._on_tree_activated)
        self.tree.collapsed.connect(self._on_tree_collapsed)
        self.model.node_loaded.connect(self._on_model_node_loaded)
        self.model.node_failed.connect(self._on_model_node_failed)
        self.proxy.rowsInserted.connect(self._on_proxy_rows_inserted)
        resourcemenu.attach(self.tree, lambda: self.workspace, self._extra_actions)

    # Public API -------------------------------------------------------------------------

    def set_workspace(self, workspace: Workspace | None) -> None:
        """Show the estate of ``workspace`` and start reading it."""
        self.workspace = workspace
        self._reveal = []
        self._user_collapsed.clear()
        self.model.set_workspace(workspace)
        if workspace is not None:
            self.model.load(self.model.root)

    def reload(self) -> None:
        """Read the whole tree again, keeping open nodes open and the selection."""
        self._restore_keys = {
            node.key
            for node in self.model.nodes()
            if node.state is LoadState.LOADED and self.tree.isExpanded(self._proxy_index(node.key))
        }
        current = self.current_node()
        self._restore_current = current.key if current else ""
        if current is not None and not self._reveal:
            self._reveal = current.path()
        self.model.reload()
        if self.proxy.text:
            self.model.load_all()

    def current_node(self) -> Node | None:
        """The selected node, or None."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        node = index.data(NodeRole)
        return node if isinstance(node, Node) else None

    def focus_search(self) -> None:
        """Put the cursor in the search box (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def reveal(self, keys: list[str]) -> None:
        """Open the tree along ``keys`` (top-level first) and select the last one."""
        self._reveal = list(keys)
        self._advance_reveal()

    def select_key(self, key: str) -> bool:
        """Select a node already in the tree; False when it is not (or filtered out)."""
        index = self._proxy_index(key)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    # Reveal -----------------------------------------------------------------------------

    def _advance_reveal(self) -> None:
        if not self._reveal:
            return
        parent = self.model.root
        for depth, key in enumerate(self._reveal):
            node = next((c for c in parent.children if c.key == key), None)
            if node is None:
                if parent.state in (LoadState.IDLE, LoadState.LOADING):
                    self.model.load(parent)
                    return  # continue when it loads
                target = self._reveal[-1]
                self._reveal = []
                self.reveal_failed.emit(target)
                return
            if depth == len(self._reveal) - 1:
                self._reveal = []
                if self.select_key(node.key):
                    self.reveal_finished.emit(node.key)
                else:
                    self.reveal_failed.emit(node.key)
                return
            self.tree.expand(self._proxy_index(node.key))
            parent = node
            if parent.state is not LoadState.LOADED:
                self.model.load(parent)
                if parent.state is LoadState.FAILED:
                    target = self._reveal[-1]
                    self._reveal = []
                    self.reveal_failed.emit(target)
                return

    # Slots ----------------------------------------------------------------------------

    def _proxy_index(self, key: str) -> QModelIndex:
        return self.proxy.mapFromSource(self.model.index_for(key))

    @Slot(str)
    def _on_model_node_loaded(self, key: str) -> None:
        node = self.model.node(key) if key else self.model.root
        if node is not None:
            self._auto_expand(node)
        if self._restore_current and self.select_key(self._restore_current):
            self._restore_current = ""
        self._advance_reveal()

    def _auto_expand(self, node: Node) -> None:
        for child in node.children:
            auto = child.kind in AUTO_EXPAND and child.key not in self._user_collapsed
            if auto or child.key in self._restore_keys:
                self._restore_keys.discard(child.key)
                self.tree.expand(self._proxy_index(child.key))
                if child.state is LoadState.LOADED:
                    self._auto_expand(child)

    @Slot(str)
    def _on_model_node_failed(self, key: str) -> None:
        self._advance_reveal()

    @Slot(QModelIndex, int, int)
    def _on_proxy_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        # While searching, matches show expanded. Expand just the parent and the new rows:
        # their own children arrive later through this same slot. (expandRecursively walked
        # the whole subtree through the Python model on each insert: tens of ms.)
        if not self.proxy.text:
            return
        if parent.isValid():
            self.tree.expand(parent)
        for row in range(first, last + 1):
            self.tree.expand(self.proxy.index(row, 0, parent))

    @Slot(str)
    def _on_search_text_settled(self, text: str) -> None:
        self.proxy.set_text(text)
        if text.strip():
            self.model.load_all()
            self.tree.expandAll()
        else:
            self.model.load_all(False)
            current = self.tree.currentIndex()
            if current.isValid():
                self.tree.scrollTo(current)

    @Slot(QModelIndex, QModelIndex)
    def _on_tree_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        node = current.data(NodeRole)
        if isinstance(node, Node) and node.kind not in (NodeKind.LOADING,):
            self.node_selected.emit(node)

    @Slot(QModelIndex)
    def _on_tree_activated(self, index: QModelIndex) -> None:
        node = index.data(NodeRole)
        if isinstance(node, Node):
            if node.kind is NodeKind.ERROR and node.parent is not None:
                self.model.retry(node.parent)
                return
            self.node_activated.emit(node)

    @Slot(QModelIndex)
    def _on_tree_collapsed(self, index: QModelIndex) -> None:
        key = index.data(KeyRole)
        if key:
            self._user_collapsed.add(str(key))

    def _extra_actions(self, index: QModelIndex) -> list[QAction]:
        node = index.data(NodeRole)
        actions: list[QAction] = []
        if not isinstance(node, Node):
            return actions
        if (
            node.kind is NodeKind.ERROR
            and node.parent is not None
            and isinstance(node.item, BaseException)
        ):
            retry = QAction(icons.icon("refresh"), self.tr("&Retry"), self)
            parent = node.parent
            retry.triggered.connect(lambda: self.model.retry(parent))
            actions.append(retry)
            copy = QAction(icons.icon("copy"), self.tr("Copy &error"), self)
            info = describe(node.item, self.tr("Could not load this part of the tree"))
            copy.triggered.connect(
                lambda: resourcemenu.copy_text(message_text(info) + "\n\n" + info.detail)
            )
            actions.append(copy)
        if isinstance(node.item, Tenant) and node.item.tenant_id:
            tenant_id = node.item.tenant_id
            copy_tenant = QAction(self.tr("Copy &tenant ID"), self)
            copy_tenant.triggered.connect(lambda: resourcemenu.copy_text(tenant_id))
            actions.append(copy_tenant)
        if isinstance(node.item, ProtectedVm):
            item_id = node.item.id
            copy_item = QAction(self.tr("Copy &backup item ID"), self)
            copy_item.triggered.connect(lambda: resourcemenu.copy_text(item_id))
            actions.append(copy_item)
        return actions
