"""The estate tree: tenant, subscriptions, vaults and their VMs, resource groups and theirs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum, StrEnum
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
from PySide6.QtGui import QAction, QFont, QIcon
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from core.i18n import QT_TRANSLATE_NOOP
from core.ids import norm_id
from core.model import ProtectedVm, ResourceGroup, Subscription, Tenant, Vault, VirtualMachine
from gui import icons, resourcemenu, texts, theme
from gui.errors import describe, message_text
from gui.ops import Op, Task
from gui.tables import IdRole, ItemRole, NameRole
from gui.widgets import SearchEdit, SpinnerClock

if TYPE_CHECKING:
    from core.azure.gateway import Gateway
    from gui.workspace import Workspace

KindRole = Qt.ItemDataRole.UserRole + 10
"""data() returns the node's ``NodeKind``."""
KeyRole = Qt.ItemDataRole.UserRole + 11
"""data() returns the node's stable key (a normalised ARM id, or 'vaults:<sub>' for folders)."""
StateRole = Qt.ItemDataRole.UserRole + 12
"""data() returns the node's ``LoadState``."""
NodeRole = Qt.ItemDataRole.UserRole + 13
"""data() returns the ``Node`` itself."""


class NodeKind(StrEnum):
    """What a tree node stands for."""

    ROOT = "root"
    TENANT = "tenant"
    SUBSCRIPTION = "subscription"
    VAULTS = "vaults"
    VAULT = "vault"
    PROTECTED_VM = "protected-vm"
    GROUPS = "groups"
    RESOURCE_GROUP = "resource-group"
    VM = "vm"
    LOADING = "loading"
    ERROR = "error"
    EMPTY = "empty"


EXPANDABLE = {
    NodeKind.ROOT,
    NodeKind.TENANT,
    NodeKind.SUBSCRIPTION,
    NodeKind.VAULTS,
    NodeKind.VAULT,
    NodeKind.GROUPS,
    NodeKind.RESOURCE_GROUP,
}
PLACEHOLDERS = {NodeKind.LOADING, NodeKind.ERROR, NodeKind.EMPTY}


class LoadState(Enum):
    """Where a node's children are."""

    IDLE = 0
    LOADING = 1
    LOADED = 2
    FAILED = 3


@dataclass(frozen=True)
class VmEntry:
    """A VM under its resource group, with its backup item when a vault protects it."""

    vm: VirtualMachine
    item: ProtectedVm | None = None

    @property
    def id(self) -> str:
        """The VM's ARM id."""
        return self.vm.id


@dataclass(eq=False)
class Node:
    """One tree node: a core object, its children and their loading state."""

    kind: NodeKind
    key: str
    item: Any = None
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    state: LoadState = LoadState.IDLE
    error: BaseException | None = None
    row: int = 0
    """The node's row under its parent (kept up to date by the model)."""

    @property
    def resource_id(self) -> str:
        """The ARM id the node stands for ('' for tenants, folders and placeholders)."""
        item = self.item
        if isinstance(item, Subscription):
            return item.id
        if isinstance(item, ProtectedVm):
            return item.vm_id
        if isinstance(item, Vault | ResourceGroup | VirtualMachine | VmEntry):
            return item.id
        return ""

    @property
    def subscription_id(self) -> str:
        """The subscription the node belongs to ('' above subscriptions)."""
        node: Node | None = self
        while node is not None:
            if isinstance(node.item, Subscription):
                return node.item.subscription_id
            node = node.parent
        return ""

    @property
    def vm_id(self) -> str:
        """The VM's ARM id for VM and protected-VM nodes, else ''."""
        if isinstance(self.item, ProtectedVm):
            return self.item.vm_id
        if isinstance(self.item, VmEntry):
            return self.item.vm.id
        return ""

    def path(self) -> list[str]:
        """The keys from the top-level node down to this one."""
        keys: list[str] = []
        node: Node | None = self
        while node is not None and node.kind is not NodeKind.ROOT:
            keys.append(node.key)
            node = node.parent
        return list(reversed(keys))


def vm_key(vm_id: str) -> str:
    """The key of a VM node under a resource group."""
    return norm_id(vm_id)


def item_key(item: ProtectedVm) -> str:
    """The key of a protected-VM node under a vault."""
    return "item:" + norm_id(item.id)


FOLDER_TITLES = {
    NodeKind.VAULTS: QT_TRANSLATE_NOOP("Navigator", "Recovery Services vaults"),
    NodeKind.GROUPS: QT_TRANSLATE_NOOP("Navigator", "Resource groups"),
}

KIND_NAMES = {
    NodeKind.TENANT: QT_TRANSLATE_NOOP("Navigator", "Tenant"),
    NodeKind.SUBSCRIPTION: QT_TRANSLATE_NOOP("Navigator", "Subscription"),
    NodeKind.VAULT: QT_TRANSLATE_NOOP("Navigator", "Recovery Services vault"),
    NodeKind.PROTECTED_VM: QT_TRANSLATE_NOOP("Navigator", "Protected virtual machine"),
    NodeKind.RESOURCE_GROUP: QT_TRANSLATE_NOOP("Navigator", "Resource group"),
    NodeKind.VM: QT_TRANSLATE_NOOP("Navigator", "Virtual machine"),
}


def kind_name(kind: NodeKind) -> str:
    """The translated name of a node kind."""
    return QCoreApplication.translate("Navigator", KIND_NAMES.get(kind, ""))


def subscription_node(sub: Subscription) -> Node:
    """A subscription with its two folders, which need no request of their own."""
    node = Node(NodeKind.SUBSCRIPTION, norm_id(sub.id), sub, state=LoadState.LOADED)
    key = sub.subscription_id.lower()
    node.children = [
        Node(NodeKind.VAULTS, "vaults:" + key, parent=node, row=0),
        Node(NodeKind.GROUPS, "groups:" + key, parent=node, row=1),
    ]
    return node


def children_reader(
    gateway: Gateway, node: Node, tenant_count: int
) -> Callable[[Task], list[Node]]:
    """The background function that reads a node's children (runs on a worker thread)."""
    kind, item = node.kind, node.item

    def read(task: Task) -> list[Node]:
        if kind is NodeKind.ROOT:
            tenants = gateway.tenants() or [Tenant("", gateway.label)]
            return [Node(NodeKind.TENANT, "tenant:" + t.tenant_id.lower(), t) for t in tenants]
        if kind is NodeKind.TENANT:
            subs = gateway.subscriptions()
            if tenant_count > 1:
                subs = [s for s in subs if s.tenant_id.lower() == item.tenant_id.lower()]
            return [subscription_node(s) for s in subs]
        sub = node.subscription_id
        if kind is NodeKind.VAULTS:
            return [Node(NodeKind.VAULT, norm_id(v.id), v) for v in gateway.vaults(sub)]
        if kind is NodeKind.VAULT:
            items = gateway.protected_vms(item.id)
            return [Node(NodeKind.PROTECTED_VM, item_key(i), i) for i in items]
        if kind is NodeKind.GROUPS:
            groups = gateway.resource_groups(sub)
            return [Node(NodeKind.RESOURCE_GROUP, norm_id(g.id), g) for g in groups]
        if kind is NodeKind.RESOURCE_GROUP:
            from core.queries import group_vms, protected_items_by_vm

            vms = group_vms(gateway, item.id)
            protected = protected_items_by_vm(gateway, sub) if vms else {}
            return [
                Node(NodeKind.VM, vm_key(v.id), VmEntry(v, protected.get(norm_id(v.id))))
                for v in vms
            ]
        return []

    return read


Index = QModelIndex | QPersistentModelIndex

# Flag values computed once: combining enum flags costs a Python enum call each time.
_LOADING_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_BRANCH_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_LEAF_FLAGS = _BRANCH_FLAGS | Qt.ItemFlag.ItemNeverHasChildren


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
            self._set_children(node, [Node(NodeKind.LOADING, "loading:")])
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
            children = [Node(NodeKind.EMPTY, "empty:" + node.key)]
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
        self._set_children(node, [Node(NodeKind.ERROR, "error:" + node.key, exc)])
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

    def _iter(self, node: Node) -> Any:
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
            return self._text(node)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
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
            return self._text(node)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return kind_name(node.kind)
        return None

    def _text(self, node: Node) -> str:
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
        if kind is NodeKind.ERROR:
            info = describe(node.item, "")
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

    def _icon(self, node: Node) -> QIcon | Any:
        kind = node.kind
        if kind is NodeKind.LOADING or node.state is LoadState.LOADING:
            return icons.spinner_pixmap(16, SpinnerClock.instance().angle, 2.0)
        if kind is NodeKind.ERROR:
            return icons.icon("status-failed")
        if kind is NodeKind.EMPTY:
            return None
        if kind is NodeKind.PROTECTED_VM:
            return icons.job_status_icon(node.item.last_backup_status)
        if kind is NodeKind.VM:
            entry: VmEntry = node.item
            return (
                icons.job_status_icon(entry.item.last_backup_status)
                if entry.item
                else icons.icon("vm")
            )
        names = {
            NodeKind.TENANT: "tenant",
            NodeKind.SUBSCRIPTION: "subscription",
            NodeKind.VAULTS: "folder",
            NodeKind.GROUPS: "folder",
            NodeKind.VAULT: "vault",
            NodeKind.RESOURCE_GROUP: "resource-group",
        }
        return icons.icon(names[kind]) if kind in names else None

    def _tooltip(self, node: Node) -> str:
        if node.state is LoadState.LOADING:
            return self.tr("Loading…")
        item = node.item
        if node.kind is NodeKind.ERROR:
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
        return self._text in model._text(node).lower()


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
        if node.kind is NodeKind.ERROR and node.parent is not None:
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
