"""Domain questions the views ask, answered over the gateway (no Qt; views run them off the GUI thread).

Each answer is computed here once, so the tree, the views and the diagnosis agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from datetime import datetime
from itertools import chain

from core import restorepoints
from core.azure.gateway import Gateway
from core.errors import BackupDoctorError, PermissionDeniedError
from core.ids import norm_id, parse_id
from core.model import BackupJob, BackupPolicy, Lock, ProtectedVm, VirtualMachine
from core.restorepoints import RestorePointLocks, ScopedLock


def protected_items_by_vm(gateway: Gateway, subscription_id: str) -> dict[str, ProtectedVm]:
    """The backup items of a subscription's vaults by normalised VM id; best effort.

    A vault that cannot be read is left out: the tree still shows the VMs, without a badge.
    """
    try:
        vaults = gateway.vaults(subscription_id)
    except BackupDoctorError:
        return {}
    found: dict[str, ProtectedVm] = {}
    futures = [gateway.pool.submit(gateway.protected_vms, v.id) for v in vaults]
    for future in futures:
        with suppress(BackupDoctorError):
            for item in future.result():
                found[norm_id(item.vm_id)] = item
    return found


def protected_item(gateway: Gateway, vm_id: str) -> ProtectedVm | None:
    """The VM's backup item, or None when no vault of its subscription protects it.

    Raises the error of an unreadable vault when the item was not found elsewhere: that
    vault may be the one that protects the VM.
    """
    vaults = gateway.vaults(parse_id(vm_id).subscription_id)
    error: BackupDoctorError | None = None
    reads = [(v.id, gateway.pool.submit(gateway.protected_vms, v.id)) for v in vaults]
    for vault_id, future in reads:
        try:
            future.result()
            found = gateway.protected_vm_of(vault_id, vm_id)
        except BackupDoctorError as exc:
            error = error or exc
            continue
        if found is not None:
            return found
    if error is not None:
        raise error
    return None


def group_vms(gateway: Gateway, group_id: str) -> list[VirtualMachine]:
    """The VMs of one resource group (from the subscription's VM list, read once)."""
    rid = parse_id(group_id)
    name = (rid.resource_group or "").lower()
    return [v for v in gateway.vms(rid.subscription_id) if v.resource_group.lower() == name]


def vm_jobs_read(
    gateway: Gateway, vm_id: str, *, since: datetime | None = None
) -> tuple[list[BackupJob], list[BackupDoctorError]]:
    """The VM's backup jobs in the vaults that could be read (newest first), and the errors
    of those that could not: a vault left unread may hold the VM's newest failure."""
    rid = parse_id(vm_id)
    vaults = [v.id for v in gateway.vaults(rid.subscription_id)]
    by_vault = gateway.jobs_by_entity(vaults, since=since)
    read = [index for index in by_vault.values() if not isinstance(index, BackupDoctorError)]
    failed = [e for e in by_vault.values() if isinstance(e, BackupDoctorError)]
    name = rid.name.lower()
    mine = [
        j
        for j in chain.from_iterable(index.get(name, ()) for index in read)
        if j.is_of_vm(rid.name, rid.group)
    ]
    mine.sort(key=lambda j: j.start_time.timestamp() if j.start_time else 0.0, reverse=True)
    return mine, failed


def vm_jobs(gateway: Gateway, vm_id: str, *, since: datetime | None = None) -> list[BackupJob]:
    """The VM's backup jobs across its subscription's vaults (read in parallel), newest first.

    For a view: raises the first vault's error only when no vault could be read at all.
    """
    jobs, failed = vm_jobs_read(gateway, vm_id, since=since)
    if failed and not jobs and len(failed) == len(gateway.vaults(parse_id(vm_id).subscription_id)):
        raise failed[0]
    return jobs


def _policies(gateway: Gateway, items: Iterable[ProtectedVm]) -> list[BackupPolicy]:
    ids = {norm_id(i.policy_id): i.policy_id for i in items if i.policy_id}
    found: list[BackupPolicy] = []
    for future in [gateway.pool.submit(gateway.policy, p) for p in ids.values()]:
        with suppress(BackupDoctorError):
            found.append(future.result())
    return found


def vm_restore_point_locks(gateway: Gateway, vm_id: str) -> RestorePointLocks:
    """The VM's restore point groups and the locks that block their clean-up.

    The same answer as the diagnosis's ``rp-lock`` check gives, for the VM's Locks tab.
    """
    sub = parse_id(vm_id).subscription_id
    vm = gateway.listed_vm(vm_id)
    item = protected_item(gateway, vm_id)
    if item is None:
        return RestorePointLocks((), ())
    policy = gateway.policy(item.policy_id) if item.policy_id else None
    groups = restorepoints.restore_point_groups(
        vm.location if vm else "",
        gateway.vm_restore_point_collections(vm_id),
        gateway.resource_groups(sub),
        (policy,),
    )
    locks = restorepoints.blocking_locks(groups, _subscription_locks(gateway, sub, groups), sub)
    return RestorePointLocks(tuple(groups), tuple(locks))


def _subscription_locks(gateway: Gateway, sub: str, groups: Iterable[str]) -> list[Lock]:
    """Every lock of the subscription; for a reader of only some groups, those groups' locks."""
    try:
        return gateway.locks(sub)
    except PermissionDeniedError:
        found: dict[str, Lock] = {}
        for group in groups:
            for lock in gateway.locks_within(group):
                found.setdefault(norm_id(lock.id), lock)
        return list(found.values())


def subscription_restore_point_groups(gateway: Gateway, subscription_id: str) -> list[str]:
    """Every group of the subscription that holds (or will hold) restore points; best effort."""
    collections = []
    with suppress(BackupDoctorError):
        collections = gateway.restore_point_collections(subscription_id)
    groups = []
    with suppress(BackupDoctorError):
        groups = gateway.resource_groups(subscription_id)
    items = protected_items_by_vm(gateway, subscription_id).values()
    return restorepoints.restore_point_groups("", collections, groups, _policies(gateway, items))


def _relation(lock: Lock, scope_n: str) -> str:
    lock_n = norm_id(lock.scope)
    if lock_n == scope_n:
        return "direct"
    return "inherited" if scope_n.startswith(lock_n + "/") else "inside"


def _names(group_ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(parse_id(g).resource_group or g for g in group_ids))


def scoped_locks(gateway: Gateway, scope: str, *, resource: bool) -> list[ScopedLock]:
    """The locks that matter at ``scope``, those blocking restore points first.

    A resource's own and inherited locks; a subscription's or group's also those inside it.
    For a VM, the locks on its restore point groups too: the ones its diagnosis blames.
    """
    sub = parse_id(scope).subscription_id
    locks = gateway.locks_at(scope) if resource else gateway.locks_within(scope)
    scope_n = norm_id(scope)
    is_vm = parse_id(scope).type.lower() == "microsoft.compute/virtualmachines"
    if is_vm:
        mine = vm_restore_point_locks(gateway, scope)
        groups: list[str] = list(mine.groups)
        known = {norm_id(lock.id) for lock in locks}
        extra = [lock for lock in mine.locks if norm_id(lock.id) not in known]
    else:
        groups = subscription_restore_point_groups(gateway, sub)
        extra = []
    rows: list[ScopedLock] = []
    for lock in [*locks, *extra]:
        relation = "restore-points" if lock in extra else _relation(lock, scope_n)
        covered = [
            g
            for g in groups
            if restorepoints.covers(lock, g) or norm_id(lock.scope).startswith(norm_id(g) + "/")
        ]
        rows.append(ScopedLock(lock, relation, _names(covered)))
    return sorted(rows, key=lambda r: (not r.blocks_restore_points, r.lock.name.lower()))
