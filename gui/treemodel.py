"""The estate tree's Qt model: a lazily fetched ``QAbstractItemModel`` and its search filter."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import QWidget

from core.model import ProtectedVm, Subscription, Tenant
from gui import icons, texts, theme
from gui.errors import describe, message_text
from gui.nodes import (
    EXPANDABLE,
    FOLDER_TITLES,
    KIND_NAMES,
    PLACEHOLDERS,
    LoadState,
    Node,
    NodeKind,
    VmEntry,
    placeholder_key,
)
from gui.ops import Op
from gui.richtext import tooltip
from gui.tables import IdRole, ItemRole, NameRole
from gui.treereader import children_reader
from gui.widgets import SpinnerClock

if TYPE_CHECKING:
    from gui.workspace import Workspace

KindRole = Qt.ItemDataRole.UserRole + 10
"""data() returns the node's ``NodeKind``."""
KeyRole = Qt.ItemDataRole.UserRole + 11
"""data() returns the node's stable key (a normalised ARM id, or 'vaults:<sub>' for folders)."""
StateRole = Qt.ItemDataRole.UserRole + 12
"""data() returns the node's ``LoadState``."""
NodeRole = Qt.ItemDataRole.UserRole + 13
"""data() returns the ``Node`` itself."""


def kind_name(kind: NodeKind) -> str:
    """The translated name of a node kind."""
    return QCoreApplication.translate("Navigator", KIND_NAMES.get(kind, ""))


Index = QModelIndex | QPersistentModelIndex

# Flag values computed once: combining enum flags costs a Python enum call each time.
_LOADING_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_BRANCH_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_LEAF_FLAGS = _BRANCH_FLAGS | Qt.ItemFlag.ItemNeverHasChildren

TREE_ICONS = {
    NodeKind.TENANT: "tenant",
    NodeKind.SUBSCRIPTION: "subscription",
    NodeKind.VAULTS: "folder",
    NodeKind.GROUPS: "folder",
    NodeKind.VAULT: "vault",
    NodeKind.RESOURCE_GROUP: "resource-group",
}
"""The icons of the node kinds whose icon does not depend on the node."""


class NavigatorModel(QAbstractItemModel):
    """A lazily loaded tree over the gateway; each node reads its children in the background.

    A node being read shows a "Loading…" row; a node whose read failed shows the error in
    place (with Retry), and the rest of the tree keeps working.

    Signals:
        node_loaded(str): the children of the node with this key arrived.
        node_failed(str): reading the children of the node with this key failed.
        busy_changed(bool): True while any node is loading.
    """

    node_loaded = Signal(str)
    node_failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, workspace: Workspace | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._root = Node(NodeKind.ROOT, "")
        self._by_key: dict[str, Node] = {}
        self._ops: dict[int, Op[list[Node]]] = {}
        self._load_everything = False
        self._tenant_count = 1
        self._clock_connected = False
        self._deferred: set[int] = set()

    # Loading ----------------------------------------------------------------------------

    def set_workspace(self, workspace: Workspace | None) -> None:
        """Show the estate of ``workspace`` (None: empty)."""
        self._cancel_loads()
        self.beginResetModel()
        self._workspace = workspace
        self._root = Node(NodeKind.ROOT, "")
        self._by_key = {}
        self._load_everything = False
        self.endResetModel()

    def reload(self) -> None:
        """Forget every node and read the tree again from the top."""
        self.set_workspace(self._workspace)
        self.load(self._root)

    @property
    def busy(self) -> bool:
        """True while any node is loading."""
        return bool(self._ops)

    @property
    def settling(self) -> bool:
        """True while a node is loading or a view has asked for one (fetchMore) to load."""
        return bool(self._ops) or bool(self._deferred)

    def load(self, node: Node) -> None:
        """Read the children of ``node`` in the background (no-op if loading or loaded)."""
        if node.kind not in EXPANDABLE or node.state in (LoadState.LOADING, LoadState.LOADED):
            return
        if self._workspace is None:
            return
        node.state = LoadState.LOADING
        node.error = None
        if node is self._root:  # nothing to put a spinner on yet: a "Loading…" row
            self._set_children(node, [Node(NodeKind.LOADING, placeholder_key(NodeKind.LOADING))])
        else:  # the node's own icon turns into a spinner; no rows to insert and remove
            self._set_children(node, [])
            self._repaint(node)
        reader = children_reader(self._workspace.gateway, node, self._tenant_count)
        op = Op(reader, parent=self, label=f"tree:{node.key or 'root'}")
        op.on_success(partial(self._on_loaded, node))
        op.on_failure(partial(self._on_failed, node))
        op.on_done(partial(self._on_done, node))
        was_busy = bool(self._ops)
        self._ops[id(node)] = op
        if not was_busy:
            self.busy_changed.emit(True)
            self._follow_clock(True)
        op.start()

    def retry(self, node: Node) -> None:
        """Read a failed node's children again."""
        if node.state is LoadState.FAILED:
            node.state = LoadState.IDLE
            self.load(node)

    def load_all(self, on: bool = True) -> None:
        """Read every node down to the VMs (for search); keeps reading new nodes while on."""
        self._load_everything = on
        if on:
            self._load_subtree(self._root)

    def _load_subtree(self, node: Node) -> None:
        if node.state is LoadState.IDLE:
            self.load(node)
        elif node.state is LoadState.LOADED:
            for child in node.children:
                self._load_subtree(child)

    def _on_loaded(self, node: Node, children: list[Node]) -> None:
        if node.kind is NodeKind.ROOT:
            self._tenant_count = len(children)
            tenants = [c.item for c in children if isinstance(c.item, Tenant) and c.item.tenant_id]
            if tenants and self._workspace is not None:
                self._workspace.set_tenant(tenants[0].tenant_id)
        if not children:
            children = [Node(NodeKind.EMPTY, placeholder_key(NodeKind.EMPTY, node.key))]
        node.state = LoadState.LOADED
        self._set_children(node, children)
        self._repaint(node)
        self.node_loaded.emit(node.key)
        self._after_load(node)

    def _after_load(self, node: Node) -> None:
        if self._load_everything:
            for child in node.children:
                self._load_subtree(child)

    def _on_failed(self, node: Node, exc: BaseException) -> None:
        node.state = LoadState.FAILED
        node.error = exc
        self._set_children(
            node, [Node(NodeKind.ERROR, placeholder_key(NodeKind.ERROR, node.key), exc)]
        )
        self._repaint(node)
        self.node_failed.emit(node.key)

    def _on_done(self, node: Node) -> None:
        self._ops.pop(id(node), None)
        if node.state is LoadState.LOADING:  # cancelled: allow a later read
            node.state = LoadState.IDLE
            if node is self._root:
                self._set_children(node, [])
            self._repaint(node)
        if not self._ops:
            self._follow_clock(False)
            self.busy_changed.emit(False)

    def _cancel_loads(self) -> None:
        for op in list(self._ops.values()):
            op.cancel()

    def _set_children(self, node: Node, children: list[Node]) -> None:
        parent = self._index_of(node)
        if node.children:
            self.beginRemoveRows(parent, 0, len(node.children) - 1)
            for child in node.children:
                self._forget(child)
            node.children = []
            self.endRemoveRows()
        if children:
            self.beginInsertRows(parent, 0, len(children) - 1)
            for row, child in enumerate(children):
                child.parent = node
                child.row = row
                self._register(child)
            node.children = children
            self.endInsertRows()

    def _register(self, node: Node) -> None:
        self._by_key.setdefault(node.key, node)
        for child in node.children:
            self._register(child)

    def _forget(self, node: Node) -> None:
        if self._by_key.get(node.key) is node:
            del self._by_key[node.key]
        op = self._ops.get(id(node))
        if op is not None:
            op.cancel()
        for child in node.children:
            self._forget(child)

    def _follow_clock(self, on: bool) -> None:
        clock = SpinnerClock.instance()
        if on and not self._clock_connected:
            clock.ticked.connect(self._on_clock_ticked)
            clock.acquire()
            self._clock_connected = True
        elif not on and self._clock_connected:
            clock.ticked.disconnect(self._on_clock_ticked)
            clock.release()
            self._clock_connected = False

    @Slot(float)
    def _on_clock_ticked(self, angle: float) -> None:
        for node in self._iter(self._root):
            if node.kind is NodeKind.LOADING or (node.state is LoadState.LOADING and node.parent):
                self._repaint(node)

    def _repaint(self, node: Node) -> None:
        if node.parent is not None and self._attached(node):
            index = self._index_of(node)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # Finding nodes -------------------------------------------------------------------------

    def node(self, key: str) -> Node | None:
        """The node with ``key``, if it is in the tree."""
        return self._by_key.get(key)

    def index_for(self, key: str) -> QModelIndex:
        """The index of the node with ``key`` (invalid when absent)."""
        node = self._by_key.get(key)
        return self._index_of(node) if node else QModelIndex()

    def node_at(self, index: Index) -> Node:
        """The node behind an index (the root for an invalid one)."""
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, Node)
        return node

    @property
    def root(self) -> Node:
        """The invisible root node."""
        return self._root

    def nodes(self) -> list[Node]:
        """Every node in the tree, depth first."""
        return list(self._iter(self._root))[1:]

    def _iter(self, node: Node) -> Iterator[Node]:
        yield node
        for child in node.children:
            yield from self._iter(child)

    def _index_of(self, node: Node) -> QModelIndex:
        if node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    # Qt model interface ---------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Override QAbstractItemModel::index."""
        node = self.node_at(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        # The Node object is kept alive by its parent's list; Qt holds only a pointer.
        return self.createIndex(row, 0, node.children[row])

    # The ignore below: the stubs overload parent() (QObject) and parent(index);
    # Qt models override the index form only, as here.
    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Override QAbstractItemModel::parent."""
        if not index.isValid():
            return QModelIndex()
        node = self.node_at(index).parent
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel::rowCount."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node_at(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel::columnCount."""
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """Override QAbstractItemModel::hasChildren: unread nodes may have children."""
        node = self.node_at(parent)
        if node.kind not in EXPANDABLE:
            return False
        if node.state in (LoadState.IDLE, LoadState.LOADING):
            return True
        return bool(node.children)

    def canFetchMore(self, parent: Index) -> bool:
        """Override QAbstractItemModel::canFetchMore."""
        node = self.node_at(parent)
        return (
            node.kind in EXPANDABLE and node.state is LoadState.IDLE and self._workspace is not None
        )

    def fetchMore(self, parent: Index) -> None:
        """Override QAbstractItemModel::fetchMore: start reading on the next loop turn.

        Views call fetchMore while handling other model signals; inserting the "Loading…"
        row right then would nest one row insertion inside another.
        """
        node = self.node_at(parent)
        if id(node) in self._deferred:
            return
        self._deferred.add(id(node))

        def later() -> None:
            self._deferred.discard(id(node))
            if self._attached(node):
                self.load(node)

        QTimer.singleShot(0, self, later)

    def _attached(self, node: Node) -> bool:
        while node.parent is not None:
            if node not in node.parent.children:
                return False
            node = node.parent
        return node is self._root

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel::flags."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self.node_at(index)
        if node.kind is NodeKind.LOADING:
            return _LOADING_FLAGS
        return _BRANCH_FLAGS if node.kind in EXPANDABLE else _LEAF_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel::data."""
        if not index.isValid():
            return None
        node = self.node_at(index)
        try:
            return self._data(node, role)
        except Exception:  # data() must never raise into Qt
            return None

    def _data(self, node: Node, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(node)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._tooltip(node))
        if role == Qt.ItemDataRole.FontRole and node.kind in PLACEHOLDERS:
            font = QFont()
            font.setItalic(node.kind is not NodeKind.ERROR)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if node.kind is NodeKind.ERROR:
                return theme.accent("red")
            if node.kind in PLACEHOLDERS:
                return theme.accent("grey")
            return None
        if role == KindRole:
            return node.kind
        if role == KeyRole:
            return node.key
        if role == StateRole:
            return node.state
        if role == NodeRole:
            return node
        if role == ItemRole:
            return node.item
        if role == IdRole:
            return node.resource_id
        if role == NameRole:
            return self.label(node)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return kind_name(node.kind)
        return None

    def label(self, node: Node) -> str:
        """The text the tree shows for ``node`` (what the search matches)."""
        item = node.item
        kind = node.kind
        if kind is NodeKind.LOADING:
            return self.tr("Loading…")
        if kind is NodeKind.EMPTY:
            parent = node.parent.kind if node.parent else None
            if parent is NodeKind.VAULTS:
                return self.tr("No Recovery Services vaults")
            if parent is NodeKind.VAULT:
                return self.tr("No protected virtual machines")
            if parent is NodeKind.RESOURCE_GROUP:
                return self.tr("No virtual machines")
            return self.tr("Nothing here")
        if kind is NodeKind.ERROR and isinstance(item, BaseException):
            info = describe(item, "")
            return self.tr("Could not load: {reason}").format(reason=info.advice)
        if kind in FOLDER_TITLES:
            return QCoreApplication.translate("Navigator", FOLDER_TITLES[kind])
        if isinstance(item, Tenant | Subscription):
            return item.display_name
        if isinstance(item, ProtectedVm):
            return item.friendly_name
        if isinstance(item, VmEntry):
            return item.vm.name
        return str(getattr(item, "name", ""))

    def _icon(self, node: Node) -> QIcon | QPixmap | None:
        kind, item = node.kind, node.item
        if kind is NodeKind.LOADING or node.state is LoadState.LOADING:
            return icons.spinner_pixmap(16, SpinnerClock.instance().angle, 2.0)
        if kind is NodeKind.ERROR:
            return icons.icon("status-failed")
        if kind is NodeKind.EMPTY:
            return None
        if isinstance(item, ProtectedVm):
            return icons.job_status_icon(item.last_backup_status)
        if isinstance(item, VmEntry):
            return (
                icons.job_status_icon(item.item.last_backup_status)
                if item.item
                else icons.icon("vm")
            )
        return icons.icon(TREE_ICONS[kind]) if kind in TREE_ICONS else None

    def _tooltip(self, node: Node) -> str:
        if node.state is LoadState.LOADING:
            return self.tr("Loading…")
        item = node.item
        if node.kind is NodeKind.ERROR and isinstance(item, BaseException):
            info = describe(item, self.tr("Could not load this part of the tree"))
            return message_text(info) + "\n" + self.tr("Right-click or press Enter to retry.")
        if isinstance(item, ProtectedVm):
            return self.tr("{name}\nLast backup: {status} ({time})\nHealth: {health}").format(
                name=item.friendly_name,
                status=texts.job_status_name(item.last_backup_status) or "—",
                time=texts.local_time(item.last_backup_time) or "—",
                health=item.health_status or "—",
            )
        if isinstance(item, VmEntry):
            if item.item is None:
                return self.tr("{name}\nNot protected by a vault in this subscription").format(
                    name=item.vm.name
                )
            return self.tr("{name}\nLast backup: {status} ({time})").format(
                name=item.vm.name,
                status=texts.job_status_name(item.item.last_backup_status),
                time=texts.local_time(item.item.last_backup_time) or "—",
            )
        if node.resource_id:
            return f"{kind_name(node.kind)}\n{node.resource_id}"
        if isinstance(item, Tenant):
            return f"{kind_name(node.kind)}\n{item.tenant_id}"
        return ""


class NavigatorFilter(QSortFilterProxyModel):
    """Keeps the nodes whose name contains the search text, with their ancestors."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setRecursiveFilteringEnabled(False)
        self.setAutoAcceptChildRows(True)

    @property
    def text(self) -> str:
        """The current search text (lower case)."""
        return self._text

    def set_text(self, text: str) -> None:
        """Filter by ``text`` (empty: show everything)."""
        text = text.strip().lower()
        if text != self._text:
            self.beginFilterChange()
            self._text = text
            # Recursive filtering re-checks ancestors on every insertion: only while searching.
            self.setRecursiveFilteringEnabled(bool(text))
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Override QSortFilterProxyModel::filterAcceptsRow."""
        if not self._text:
            return True
        model = self.sourceModel()
        assert isinstance(model, NavigatorModel)
        node = model.node_at(model.index(source_row, 0, source_parent))
        if node.kind in (NodeKind.LOADING, NodeKind.ERROR):
            return True
        if node.kind in PLACEHOLDERS:
            return False
        return self._text in model.label(node).lower()
