"""What the detail views show: one typed ``Scope``, built once from the selected tree node."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.ids import parse_id
from core.model import ProtectedVm, ResourceGroup, Tenant, Vault
from gui.nodes import Node, NodeKind, VmEntry


class ScopeKind(StrEnum):
    """What the selected node stands for, as far as the views are concerned."""

    TENANT = "tenant"
    SUBSCRIPTION = "subscription"
    VAULT = "vault"
    RESOURCE_GROUP = "resource-group"
    VM = "vm"


SCOPE_OF_NODE = {
    NodeKind.TENANT: ScopeKind.TENANT,
    NodeKind.SUBSCRIPTION: ScopeKind.SUBSCRIPTION,
    NodeKind.VAULTS: ScopeKind.SUBSCRIPTION,
    NodeKind.GROUPS: ScopeKind.SUBSCRIPTION,
    NodeKind.VAULT: ScopeKind.VAULT,
    NodeKind.RESOURCE_GROUP: ScopeKind.RESOURCE_GROUP,
    NodeKind.PROTECTED_VM: ScopeKind.VM,
    NodeKind.VM: ScopeKind.VM,
}
"""Which scope each kind of node shows (a subscription's folders show the subscription)."""


@dataclass(frozen=True)
class Scope:
    """The tenant, subscription, vault, resource group or VM that the views show."""

    kind: ScopeKind
    id: str
    """The ARM id (the tenant id for a tenant)."""
    name: str
    """The display name (a VM's friendly name under a vault)."""
    subscription_id: str = ""
    resource_group: str = ""
    location: str = ""

    @property
    def is_resource(self) -> bool:
        """True for a vault or a VM: locks are read on the resource, not inside it."""
        return self.kind in (ScopeKind.VAULT, ScopeKind.VM)


def scope_of(node: Node) -> Scope | None:
    """The scope a tree node shows (None for the root and placeholder rows)."""
    kind = SCOPE_OF_NODE.get(node.kind)
    item = node.item
    if kind is ScopeKind.TENANT and isinstance(item, Tenant):
        return Scope(kind, item.tenant_id, item.display_name)
    if kind is ScopeKind.SUBSCRIPTION:
        sub = node.subscription
        if sub is None:
            return None
        return Scope(kind, sub.id, sub.display_name, sub.subscription_id)
    if kind is ScopeKind.VAULT and isinstance(item, Vault):
        return Scope(
            kind, item.id, item.name, node.subscription_id, item.resource_group, item.location
        )
    if kind is ScopeKind.RESOURCE_GROUP and isinstance(item, ResourceGroup):
        return Scope(kind, item.id, item.name, node.subscription_id, item.name, item.location)
    if kind is ScopeKind.VM and isinstance(item, ProtectedVm | VmEntry):
        vm_id = node.vm_id
        name = item.friendly_name if isinstance(item, ProtectedVm) else item.vm.name
        group = parse_id(vm_id).resource_group or ""
        return Scope(kind, vm_id, name, node.subscription_id, group)
    return None
