"""Where a VM's instant restore points live, and which locks stop Azure Backup cleaning them up.

One home for the rule that the cause check and every view use: Azure Backup keeps a VM's
restore point collections (``AzureBackup_<vm>_<n>``) in ``AzureBackupRG_<geo>_<n>``, or in
the group its policy names with ``instantRPDetails`` (prefix + number + suffix). A lock on
such a group, or on the subscription above it, blocks the clean-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from core.ids import norm_id, parse_id
from core.model import BackupPolicy, Lock, ResourceGroup, RestorePointCollection


def group_patterns(location: str, policies: Iterable[BackupPolicy | None]) -> list[re.Pattern[str]]:
    """Name patterns of restore point groups: the default for ``location``, then the policies'."""
    geo = re.escape(location.lower()) if location else r"[a-z0-9]+"
    patterns = [re.compile(rf"^azurebackuprg_{geo}_\d+$")]
    for policy in policies:
        if policy and (policy.rg_prefix or policy.rg_suffix):
            prefix = re.escape((policy.rg_prefix or "").lower())
            suffix = re.escape((policy.rg_suffix or "").lower())
            patterns.append(re.compile(rf"^{prefix}\d+{suffix}$"))
    return patterns


def restore_point_groups(
    location: str,
    collections: Iterable[RestorePointCollection],
    resource_groups: Iterable[ResourceGroup],
    policies: Iterable[BackupPolicy | None] = (),
) -> list[str]:
    """Ids of the groups that hold (or will hold) restore points, in a stable order.

    Where Azure Backup's collections really are, plus the groups named like the default
    ``AzureBackupRG_<location>_<n>`` (any location when ``location`` is '') or like the
    policies' custom names. Collections a user made are not Azure Backup's and count not.
    """
    found: dict[str, str] = {}
    for c in collections:
        if c.made_by_backup:
            rg_id = parse_id(c.id).resource_group_id
            found.setdefault(norm_id(rg_id), rg_id)
    patterns = group_patterns(location, policies)
    for rg in resource_groups:
        if any(p.match(rg.name.lower()) for p in patterns):
            found.setdefault(norm_id(rg.id), rg.id)
    return list(found.values())


def covers(lock: Lock, group_id: str) -> bool:
    """Whether ``lock`` applies to the resource group ``group_id`` (on it, or above it)."""
    scope = norm_id(lock.scope)
    group = norm_id(group_id)
    return scope == group or group.startswith(scope + "/")


def blocking_locks(
    groups: Iterable[str], locks: Iterable[Lock], subscription_id: str
) -> list[Lock]:
    """The locks on one of ``groups``, on something inside one, or on the VM's subscription.

    A subscription lock counts even before a restore point group exists: Azure Backup
    creates the group in that subscription, and the lock is inherited by it.
    """
    ids = [norm_id(g) for g in groups]
    sub = norm_id(f"/subscriptions/{subscription_id}")
    return [
        lock
        for lock in locks
        if norm_id(lock.scope) == sub
        or any(norm_id(lock.scope) == g or norm_id(lock.scope).startswith(g + "/") for g in ids)
    ]


@dataclass(frozen=True)
class RestorePointLocks:
    """A VM's restore point groups and the locks that block their clean-up."""

    groups: tuple[str, ...]
    locks: tuple[Lock, ...]

    def groups_covered_by(self, lock: Lock) -> tuple[str, ...]:
        """The names of the groups ``lock`` blocks (empty: it blocks none)."""
        return tuple(
            parse_id(g).resource_group or g
            for g in self.groups
            if covers(lock, g) or norm_id(lock.scope).startswith(norm_id(g) + "/")
        )


@dataclass(frozen=True)
class ScopedLock:
    """A lock as seen from a viewed scope, and the restore point groups it blocks."""

    lock: Lock
    relation: str
    """'direct', 'inherited' (from a parent scope), 'inside' (on something below) or
    'restore-points' (on the viewed VM's restore point group)."""
    restore_point_groups: tuple[str, ...] = ()
    """Names of the restore point resource groups this lock blocks (empty: none)."""

    @property
    def id(self) -> str:
        """The lock's ARM id."""
        return self.lock.id

    @property
    def name(self) -> str:
        """The lock's name."""
        return self.lock.name

    @property
    def blocks_restore_points(self) -> bool:
        """True when the lock sits on (or above) a restore point resource group."""
        return bool(self.restore_point_groups)
