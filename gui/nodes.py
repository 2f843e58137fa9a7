"""The estate tree's nodes and their keys (Qt-free): what a node is, and the paths to it.

A node's key is stable across reloads, so that open nodes and the selection survive a
refresh: a normalised ARM id for resources, 'tenant:<id>' for tenants, 'vaults:<sub>' and
'groups:<sub>' for a subscription's two folders, 'item:<backup item id>' for a protected VM
under its vault. This module is the only one that spells those keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, StrEnum

from core.i18n import QT_TRANSLATE_NOOP
from core.ids import norm_id
from core.model import ProtectedVm, ResourceGroup, Subscription, Tenant, Vault, VirtualMachine


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
"""Kinds that have children (read in the background)."""

PLACEHOLDERS = {NodeKind.LOADING, NodeKind.ERROR, NodeKind.EMPTY}
"""Kinds that stand in for children: being read, failed, none."""

FOLDER_TITLES = {
    NodeKind.VAULTS: QT_TRANSLATE_NOOP("Navigator", "Recovery Services vaults"),
    NodeKind.GROUPS: QT_TRANSLATE_NOOP("Navigator", "Resource groups"),
}
"""The titles of a subscription's two folders (translated where shown)."""

KIND_NAMES = {
    NodeKind.TENANT: QT_TRANSLATE_NOOP("Navigator", "Tenant"),
    NodeKind.SUBSCRIPTION: QT_TRANSLATE_NOOP("Navigator", "Subscription"),
    NodeKind.VAULT: QT_TRANSLATE_NOOP("Navigator", "Recovery Services vault"),
    NodeKind.PROTECTED_VM: QT_TRANSLATE_NOOP("Navigator", "Protected virtual machine"),
    NodeKind.RESOURCE_GROUP: QT_TRANSLATE_NOOP("Navigator", "Resource group"),
    NodeKind.VM: QT_TRANSLATE_NOOP("Navigator", "Virtual machine"),
}
"""The names of the node kinds (translated where shown)."""


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
    item: object = None
    """The core object (a ``Tenant``, ``Vault``, ``VmEntry``…; the error of an error row)."""
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
    def subscription(self) -> Subscription | None:
        """The subscription the node belongs to (None above subscriptions)."""
        node: Node | None = self
        while node is not None:
            if isinstance(node.item, Subscription):
                return node.item
            node = node.parent
        return None

    @property
    def subscription_id(self) -> str:
        """The id of the subscription the node belongs to ('' above subscriptions)."""
        sub = self.subscription
        return sub.subscription_id if sub is not None else ""

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


# Keys -------------------------------------------------------------------------------------


def tenant_key(tenant_id: str) -> str:
    """The key of a tenant node ('tenant:' when the source names no tenant)."""
    return "tenant:" + tenant_id.lower()


def resource_key(resource_id: str) -> str:
    """The key of a node that stands for an ARM resource (subscription, vault, group, VM)."""
    return norm_id(resource_id)


def subscription_key(subscription_id: str) -> str:
    """The key of a subscription node."""
    return resource_key(f"/subscriptions/{subscription_id}")


def group_key(subscription_id: str, group: str) -> str:
    """The key of a resource group node, from its subscription and name."""
    return resource_key(f"/subscriptions/{subscription_id}/resourceGroups/{group}")


def vaults_key(subscription_id: str) -> str:
    """The key of a subscription's "Recovery Services vaults" folder."""
    return "vaults:" + subscription_id.lower()


def groups_key(subscription_id: str) -> str:
    """The key of a subscription's "Resource groups" folder."""
    return "groups:" + subscription_id.lower()


def vm_key(vm_id: str) -> str:
    """The key of a VM node under a resource group."""
    return resource_key(vm_id)


def item_key(item: ProtectedVm) -> str:
    """The key of a protected-VM node under a vault."""
    return "item:" + norm_id(item.id)


def placeholder_key(kind: NodeKind, parent_key: str = "") -> str:
    """The key of a loading, error or empty row under the node with ``parent_key``."""
    return f"{kind.value}:{parent_key}"


# Nodes and paths --------------------------------------------------------------------------


def tenant_node(tenant: Tenant) -> Node:
    """A tenant (its subscriptions are read when it opens)."""
    return Node(NodeKind.TENANT, tenant_key(tenant.tenant_id), tenant)


def subscription_node(sub: Subscription) -> Node:
    """A subscription with its two folders, which need no request of their own."""
    node = Node(NodeKind.SUBSCRIPTION, resource_key(sub.id), sub, state=LoadState.LOADED)
    node.children = [
        Node(NodeKind.VAULTS, vaults_key(sub.subscription_id), parent=node, row=0),
        Node(NodeKind.GROUPS, groups_key(sub.subscription_id), parent=node, row=1),
    ]
    return node


def vault_path(top: list[str], subscription_id: str, vault_id: str) -> list[str]:
    """The keys down to a vault; ``top`` holds the tenant's key (or nothing)."""
    return [
        *top,
        subscription_key(subscription_id),
        vaults_key(subscription_id),
        resource_key(vault_id),
    ]


def protected_vm_path(top: list[str], subscription_id: str, item: ProtectedVm) -> list[str]:
    """The keys down to a protected VM under its vault."""
    return [*vault_path(top, subscription_id, item.vault_id), item_key(item)]


def group_path(top: list[str], subscription_id: str, group: str) -> list[str]:
    """The keys down to a resource group (by name)."""
    return [
        *top,
        subscription_key(subscription_id),
        groups_key(subscription_id),
        group_key(subscription_id, group),
    ]


def group_vm_path(top: list[str], subscription_id: str, group: str, vm_id: str) -> list[str]:
    """The keys down to a VM under its resource group."""
    return [*group_path(top, subscription_id, group), vm_key(vm_id)]
