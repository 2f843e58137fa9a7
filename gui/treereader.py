"""Reads a tree node's children from the gateway (on a worker thread, through an ``Op``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from core.ids import norm_id
from core.model import Tenant, Vault
from gui.nodes import (
    Node,
    NodeKind,
    VmEntry,
    item_key,
    resource_key,
    subscription_node,
    tenant_node,
    vm_key,
)

if TYPE_CHECKING:
    from core.azure.gateway import Gateway
    from gui.ops import Task


def children_reader(
    gateway: Gateway, node: Node, tenant_count: int
) -> Callable[[Task], list[Node]]:
    """The background function that reads a node's children (runs on a worker thread)."""
    kind, item = node.kind, node.item

    def read(task: Task) -> list[Node]:
        if kind is NodeKind.ROOT:
            tenants = gateway.tenants() or [Tenant("", gateway.label)]
            return [tenant_node(t) for t in tenants]
        if kind is NodeKind.TENANT and isinstance(item, Tenant):
            subs = gateway.subscriptions()
            if tenant_count > 1:
                subs = [s for s in subs if s.tenant_id.lower() == item.tenant_id.lower()]
            return [subscription_node(s) for s in subs]
        sub = node.subscription_id
        if kind is NodeKind.VAULTS:
            return [Node(NodeKind.VAULT, resource_key(v.id), v) for v in gateway.vaults(sub)]
        if kind is NodeKind.VAULT and isinstance(item, Vault):
            items = gateway.protected_vms(item.id)
            return [Node(NodeKind.PROTECTED_VM, item_key(i), i) for i in items]
        if kind is NodeKind.GROUPS:
            groups = gateway.resource_groups(sub)
            return [Node(NodeKind.RESOURCE_GROUP, resource_key(g.id), g) for g in groups]
        if kind is NodeKind.RESOURCE_GROUP:
            from core.queries import group_vms, protected_items_by_vm

            vms = group_vms(gateway, node.resource_id)
            protected = protected_items_by_vm(gateway, sub) if vms else {}
            return [
                Node(NodeKind.VM, vm_key(v.id), VmEntry(v, protected.get(norm_id(v.id))))
                for v in vms
            ]
        return []

    return read
