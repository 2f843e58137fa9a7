"""One small check per documented cause: read the evidence, return a finding."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from core import restorepoints
from core.diagnosis.evidence import Evidence
from core.diagnosis.findings import Finding, Fix, Status, Text
from core.fixes.catalog import FixKind
from core.i18n import QT_TRANSLATE_NOOP as _T
from core.ids import norm_id, parse_id
from core.model import (
    RESTORE_POINT_LIMIT,
    AccessPolicy,
    KeyVaultAccess,
    RestorePointCollection,
    SecurityRule,
    VirtualMachine,
    is_backup_snapshot_type,
)

WINDOWS_AGENT_MIN = "2.7.41491.1010"
LINUX_AGENT_MIN = "2.2.53.1"
DOCUMENTED_DISK_LIMIT_GB = 4095
MAX_DISK_GB = 32767
RP_NEAR_LIMIT = 15
KEY_VAULT_ADMIN_ROLE = "00482a5a-887f-4fb3-b363-3b7fe8e74483"
BACKUP_PERMISSIONS = frozenset({"get", "list", "backup"})
ADE_TYPES = frozenset({"azurediskencryption", "azurediskencryptionforlinux"})

Check = Callable[[Evidence], Finding]


def version_tuple(version: str) -> tuple[int, ...]:
    """'2.7.41491.1010' -> (2, 7, 41491, 1010); non-numeric parts count as 0."""
    return tuple(int(p) if p.isdigit() else 0 for p in re.split(r"[.\-]", version.strip()) if p)


NOT_REPORTED = Text(_T("Finding", "not reported"))
NO_STATUS = Text(_T("Finding", "no status"))


def _unreadable(ev: Evidence, *names: str) -> Finding:
    """'Unknown': the evidence ``names`` could not be read; says why, details as evidence."""
    exc = next((e for e in (ev.failure(n) for n in names) if e is not None), None)
    if exc is None:
        return _unknown(Text(_T("Finding", "the evidence could not be read")))
    detail = (Text(_T("Finding", "Detail: {detail}"), detail=exc.detail),) if exc.detail else ()
    return _unknown(Text(exc.message, context="CoreErrors"), detail)


def _unknown(reason: Text, evidence: tuple[Text, ...] = ()) -> Finding:
    """'Unknown', saying why the cause could not be checked."""
    summary = Text(_T("Finding", "Could not check: {reason}"), reason=reason)
    return Finding(Status.UNKNOWN, summary, evidence)


def _not_running(vm: VirtualMachine) -> Finding | None:
    if not vm.has_instance_view:
        return _unknown(Text(_T("Finding", "the VM's instance view was not available")))
    if vm.power_state.lower() not in {"running", ""}:
        return Finding(
            Status.UNKNOWN,
            Text(
                _T("Finding", "The VM is {state}: its agent reports only while it runs."),
                state=vm.power_state,
            ),
            (Text(_T("Finding", "Power state: {state}"), state=vm.power_state),),
        )
    return None


def _agent_facts(vm: VirtualMachine) -> tuple[Text, ...]:
    facts = [
        Text(_T("Finding", "Power state: {state}"), state=vm.power_state or "?"),
        Text(_T("Finding", "Agent version: {version}"), version=vm.agent_version or NOT_REPORTED),
        Text(
            _T("Finding", "Agent status: {status}"),
            status=vm.agent_display_status or NOT_REPORTED,
        ),
    ]
    facts += [
        Text(
            _T("Finding", "Agent message ({time}): {message}"),
            time=s.time or "?",
            message=s.message,
        )
        for s in vm.agent_statuses
        if s.message
    ]
    return tuple(facts)


def _backup_now(ev: Evidence) -> tuple[Fix, ...]:
    """'Back up now', where the item can take an on-demand backup (protection not stopped)."""
    item = ev.protected_item
    return (Fix(FixKind.TRIGGER_BACKUP, item.id),) if item and item.can_back_up_now else ()


def check_agent_unresponsive(ev: Evidence) -> Finding:
    """Cause: the VM agent is installed but unresponsive (Windows VMs)."""
    vm = ev.vm
    early = _not_running(vm)
    if early:
        return early
    facts = _agent_facts(vm)
    if vm.agent_display_status.lower() != "ready":
        return Finding(
            Status.FAILED,
            Text(
                _T("Finding", "The Windows guest agent is not ready ({status})."),
                status=vm.agent_display_status or NO_STATUS,
            ),
            facts,
            (Fix(FixKind.RESTART_AGENT, vm.id), *_backup_now(ev)),
        )
    if vm.agent_version and version_tuple(vm.agent_version) < version_tuple(WINDOWS_AGENT_MIN):
        return Finding(
            Status.WARNING,
            Text(
                _T("Finding", "The agent answers, but version {version} is older than {minimum}."),
                version=vm.agent_version,
                minimum=WINDOWS_AGENT_MIN,
            ),
            facts,
        )
    return Finding(
        Status.PASSED,
        Text(
            _T("Finding", "The Windows guest agent is ready (version {version})."),
            version=vm.agent_version,
        ),
        facts,
    )


def check_agent_outdated(ev: Evidence) -> Finding:
    """Cause: the VM agent is out of date (Linux VMs)."""
    vm = ev.vm
    early = _not_running(vm)
    if early:
        return early
    facts = _agent_facts(vm)
    if vm.agent_display_status.lower() != "ready":
        return Finding(
            Status.FAILED,
            Text(
                _T("Finding", "The Linux agent is not running or not ready ({status})."),
                status=vm.agent_display_status or NO_STATUS,
            ),
            facts,
            (Fix(FixKind.RESTART_AGENT, vm.id),),
        )
    if not vm.agent_version or version_tuple(vm.agent_version) < version_tuple(LINUX_AGENT_MIN):
        return Finding(
            Status.FAILED,
            Text(
                _T("Finding", "The Linux agent {version} is older than the supported {minimum}."),
                version=vm.agent_version or "?",
                minimum=LINUX_AGENT_MIN,
            ),
            facts,
            (Fix(FixKind.RESTART_AGENT, vm.id),),
        )
    return Finding(
        Status.PASSED,
        Text(
            _T("Finding", "The Linux agent {version} is current and ready."),
            version=vm.agent_version,
        ),
        facts,
    )


def _when_stopped(ev: Evidence) -> Finding:
    """A stopped (still allocated) VM: tell an Azure power-off from a shutdown in the guest.

    Only the activity log can tell: a shutdown inside the guest leaves no Azure operation,
    ``POST …/powerOff`` leaves one. Without the log the step says it cannot tell.
    """
    vm = ev.vm
    facts = [Text(_T("Finding", "Power state: {state}"), state=vm.power_state)]
    events = ev.power_events
    if events is None:
        missing = _unreadable(ev, "power_events")
        return Finding(
            Status.UNKNOWN,
            Text(
                _T(
                    "Finding",
                    "The VM is stopped but still allocated. Its activity log could not be read, "
                    "so Backup Doctor cannot tell whether it was stopped through Azure or shut "
                    "down from inside the guest: {reason}",
                ),
                reason=missing.summary,
            ),
            (*facts, *missing.evidence),
        )
    last = events[0] if events else None
    if last is not None:
        facts.append(
            Text(
                _T("Finding", "Activity log: {operation} ({status}) by {caller} at {time}"),
                operation=last.operation,
                status=last.status or "?",
                caller=last.caller or "?",
                time=last.time or "?",
            )
        )
    if last is not None and last.action == "poweroff":
        return Finding(
            Status.WARNING,
            Text(
                _T(
                    "Finding",
                    "The VM was stopped through Azure (powerOff), not from inside the guest: its "
                    "state is reported right. Its agent does not run while it is stopped; start "
                    "the VM before the next backup.",
                )
            ),
            tuple(facts),
        )
    facts.append(
        Text(
            _T(
                "Finding",
                "Activity log: no power-off through Azure since the last start (90 days kept)",
            )
        )
    )
    return Finding(
        Status.FAILED,
        Text(
            _T(
                "Finding",
                "The VM is stopped but still allocated, and no Azure operation stopped it: it was "
                "shut down from inside the guest, so Azure reports a wrong state.",
            )
        ),
        tuple(facts),
        (Fix(FixKind.DEALLOCATE_VM, vm.id),),
    )


def check_snapshot_status(ev: Evidence) -> Finding:
    """Cause: the snapshot status cannot be retrieved, or a snapshot cannot be taken."""
    vm = ev.vm
    facts = [Text(_T("Finding", "Power state: {state}"), state=vm.power_state or "?")]
    if not vm.has_instance_view:
        return _unknown(Text(_T("Finding", "the VM's instance view was not available")))
    power = vm.power_state.lower()
    if power == "stopped":
        return _when_stopped(ev)
    if not power:
        return _unknown(Text(_T("Finding", "the VM's instance view reports no power state")))
    if power != "running":
        return Finding(
            Status.UNKNOWN,
            Text(
                _T(
                    "Finding",
                    "The VM is {state}: its snapshot status can only be checked while it runs.",
                ),
                state=vm.power_state,
            ),
            tuple(facts),
        )
    if ev.extensions is None or ev.failure("job"):
        # The extension states and the failed job's tasks are this step's evidence too.
        missing = _unreadable(ev, "extensions", "job")
        return Finding(missing.status, missing.summary, (*facts, *missing.evidence))
    failed_ext = any(
        e.is_backup_snapshot and e.provisioning_state.lower() == "failed"
        for e in ev.extensions or ()
    )
    errors = [
        (view.name, s.message or s.display_status)
        for view in vm.extensions
        if is_backup_snapshot_type(view.type)
        for s in (*view.statuses, *view.substatuses)
        if s.level.lower() == "error"
    ]
    facts += [
        Text(_T("Finding", "{extension} reports: {message}"), extension=n, message=m)
        for n, m in errors
    ]
    if errors and not failed_ext:
        return Finding(
            Status.FAILED,
            Text(_T("Finding", "The backup extension loaded but reports a snapshot error.")),
            tuple(facts),
            _backup_now(ev),
        )
    job = ev.job
    failed_tasks = [t for t in job.tasks if t.status.lower() == "failed"] if job else []
    facts += [
        Text(_T("Finding", "Job task {task}: {status}"), task=t.name, status=t.status)
        for t in failed_tasks
    ]
    if any("snapshot" in t.name.lower() for t in failed_tasks) and not failed_ext:
        return Finding(
            Status.WARNING,
            Text(
                _T(
                    "Finding",
                    "The Take Snapshot task failed; Azure shows no cause. Check inside the guest "
                    "that DHCP is enabled.",
                )
            ),
            tuple(facts),
        )
    if failed_ext:
        return Finding(
            Status.PASSED,
            Text(
                _T(
                    "Finding",
                    "No snapshot problem of its own: the extension did not load (next step).",
                )
            ),
            tuple(facts),
        )
    return Finding(
        Status.PASSED,
        Text(_T("Finding", "The VM runs and reports no snapshot errors.")),
        tuple(facts),
    )


def check_extension_failed(ev: Evidence) -> Finding:
    """Cause: the backup extension fails to update or load."""
    extensions = ev.extensions
    if extensions is None:
        return _unreadable(ev, "extensions")
    vm = ev.vm
    snapshot = [e for e in extensions if e.is_backup_snapshot]
    facts = [
        Text(
            _T("Finding", "Extension {name} ({type} {version}): {state}"),
            name=e.name,
            type=e.type,
            version=e.version,
            state=e.provisioning_state,
        )
        for e in extensions
    ]
    handler_errors = [
        h
        for h in vm.extension_handlers
        if is_backup_snapshot_type(h.type)
        and h.status is not None
        and (h.status.level.lower() == "error" or "fail" in h.status.code.lower())
    ]
    facts += [
        Text(
            _T("Finding", "Handler {type}: {status}"),
            type=h.type,
            status=h.status.display_status or h.status.code,
        )
        for h in handler_errors
        if h.status is not None
    ]
    broken = [e for e in snapshot if e.provisioning_state.lower() == "failed"]
    if broken or handler_errors:
        targets = broken or snapshot
        return Finding(
            Status.FAILED,
            Text(
                _T(
                    "Finding",
                    "The {name} extension failed to load; uninstall it, the next backup reinstalls it.",
                ),
                name=(targets[0].type if targets else "VMSnapshot"),
            ),
            tuple(facts),
            tuple(Fix(FixKind.UNINSTALL_EXTENSION, e.id) for e in targets),
        )
    others = [e for e in extensions if e.provisioning_state.lower() == "failed"]
    if others:
        return Finding(
            Status.WARNING,
            Text(
                _T(
                    "Finding",
                    "Extension {name} is in a failed state; every extension should have succeeded.",
                ),
                name=others[0].name,
            ),
            tuple(facts),
        )
    if not snapshot:
        return Finding(
            Status.PASSED,
            Text(
                _T(
                    "Finding",
                    "The backup extension is not installed yet; the next backup installs it.",
                )
            ),
            tuple(facts),
        )
    return Finding(
        Status.PASSED,
        Text(
            _T("Finding", "The {name} extension is installed and succeeded."), name=snapshot[0].type
        ),
        tuple(facts),
    )


_INTERNET = ("internet", "0.0.0.0/0", "*", "storage", "azurecloud", "azurebackup")


def _covers_https(rule: SecurityRule) -> bool:
    if rule.protocol.lower() not in {"tcp", "all", "*"}:
        return False
    dest_ok = any(
        p.lower().startswith(_INTERNET) or p.lower() in {"*", "0.0.0.0/0"}
        for p in rule.destination_prefixes or ("*",)
    )
    return dest_ok and any(_port_in(p, 443) for p in rule.destination_ports or ("*",))


def _port_in(spec: str, port: int) -> bool:
    spec = spec.strip()
    if spec in {"*", "0-65535"}:
        return True
    low, _, high = spec.partition("-")
    try:
        return int(low) <= port <= int(high or low)
    except ValueError:
        return False


def check_no_internet(ev: Evidence) -> Finding:
    """Cause: the VM has no internet access (to Azure Storage)."""
    vm = ev.vm
    if not vm.nic_ids:
        return _unknown(Text(_T("Finding", "the VM has no network interface in its model")))
    if vm.power_state.lower() not in {"running", ""}:
        return Finding(
            Status.UNKNOWN,
            Text(
                _T(
                    "Finding",
                    "Effective network rules are only available while the VM runs ({state}).",
                ),
                state=vm.power_state,
            ),
        )
    rules, routes = ev.security_rules, ev.routes
    if rules is None and routes is None:
        return _unreadable(ev, "security_rules", "routes")
    facts: list[Text] = []
    outbound = sorted(
        (r for r in rules or () if r.direction.lower() == "outbound" and _covers_https(r)),
        key=lambda r: r.priority,
    )
    first = outbound[0] if outbound else None
    if first:
        facts.append(
            Text(
                _T("Finding", "First outbound HTTPS rule: {name} ({access}, priority {priority})"),
                name=first.name,
                access=first.access,
                priority=first.priority,
            )
        )
    default = [
        r
        for r in routes or ()
        if "0.0.0.0/0" in r.address_prefixes and r.state.lower() != "invalid"
    ]
    facts += [
        Text(
            _T("Finding", "Default route 0.0.0.0/0: next hop {hop} ({source})"),
            hop=r.next_hop_type,
            source=r.source,
        )
        for r in default
    ]
    if first and first.access.lower() == "deny":
        return Finding(
            Status.FAILED,
            Text(
                _T("Finding", "NSG rule {name} denies outbound HTTPS to Azure Storage."),
                name=first.name,
            ),
            tuple(facts),
        )
    route = default[-1] if default else None
    if route and route.next_hop_type.lower() == "none":
        return Finding(
            Status.FAILED,
            Text(_T("Finding", "The default route drops internet traffic (next hop None).")),
            tuple(facts),
        )
    if route and route.next_hop_type.lower() == "virtualappliance":
        return Finding(
            Status.WARNING,
            Text(
                _T(
                    "Finding",
                    "Internet traffic goes through appliance {ip}: make sure it allows Azure Storage.",
                ),
                ip=", ".join(route.next_hop_ips),
            ),
            tuple(facts),
        )
    if rules is None or routes is None:  # what was read allows it, but half is missing
        missing = _unreadable(ev, "security_rules" if rules is None else "routes")
        return Finding(missing.status, missing.summary, (*facts, *missing.evidence))
    return Finding(
        Status.PASSED,
        Text(
            _T(
                "Finding",
                "Outbound HTTPS to Azure Storage is allowed by the effective rules and routes.",
            )
        ),
        tuple(facts),
    )


def restore_point_groups(ev: Evidence) -> list[str]:
    """Ids of the resource groups that hold (or will hold) the VM's restore points."""
    return restorepoints.restore_point_groups(
        ev.vm.location, ev.collections or (), ev.resource_groups or (), (ev.policy,)
    )


def _unprotected(ev: Evidence) -> Finding | None:
    """A skip for restore-point causes on a VM that no vault backs up (or stopped);
    "unknown" when the backup item could not be read.

    Restore point collections a user made (not ``AzureBackup_<vm>_<n>``) are not Azure
    Backup's, so they do not make an unprotected VM a backup case.
    """
    item = ev.protected_item
    if item is None and ev.failure("protected_item") is not None:
        return _unreadable(ev, "protected_item")  # protected or not decides what applies
    if item is None:
        return Finding(
            Status.SKIPPED,
            Text(
                _T("Finding", "The VM is not backed up, so it has no Azure Backup restore points.")
            ),
        )
    if item is not None and item.protection_stopped:
        return Finding(
            Status.SKIPPED,
            Text(
                _T(
                    "Finding",
                    "Protection is stopped ({state}): Azure Backup takes no new restore points.",
                ),
                state=item.protection_state,
            ),
        )
    return None


def _user_collections(collections: Iterable[RestorePointCollection]) -> list[Text]:
    """Evidence lines for collections a user made: listed, and said not to count."""
    return [
        Text(
            _T(
                "Finding",
                "Collection {name} in {group}: {count} restore points, made by a user, not by "
                "Azure Backup (not counted)",
            ),
            name=c.name,
            group=c.resource_group,
            count=c.count,
        )
        for c in collections
        if not c.made_by_backup
    ]


def check_rp_lock(ev: Evidence) -> Finding:
    """Cause: a lock on the restore point resource group blocks the clean-up."""
    locks = ev.locks
    if locks is None:
        return _unreadable(ev, "locks")
    skipped = _unprotected(ev)
    if skipped:
        return skipped
    # Without the groups, the collections or the policy's own group name, a lock on the
    # restore point group could be missed: that is "unknown", never "no lock".
    missing = [
        n for n in ("protected_item", "resource_groups", "collections", "policy") if ev.failure(n)
    ]
    if missing:
        return _unreadable(ev, *missing)
    groups = restore_point_groups(ev)
    facts = [
        Text(
            _T("Finding", "Restore point resource group: {group}"), group=parse_id(g).resource_group
        )
        for g in groups
    ]
    facts += _user_collections(ev.collections or ())
    blocking = restorepoints.blocking_locks(groups, locks, ev.vm.subscription_id)
    for lock in blocking:
        inherited = lock.scope_kind.value == "subscription"
        facts.append(
            Text(
                _T("Finding", "Lock {name} ({level}) on {scope}, inherited from the subscription")
                if inherited
                else _T("Finding", "Lock {name} ({level}) on {scope}"),
                name=lock.name,
                level=lock.level,
                scope=lock.scope,
            )
        )
    if blocking:
        return Finding(
            Status.FAILED,
            Text(
                _T(
                    "Finding", "{count} lock(s) stop Azure Backup from deleting old restore points."
                ),
                count=len(blocking),
            ),
            tuple(facts),
            (*(Fix(FixKind.REMOVE_LOCK, lock.id) for lock in blocking), *_backup_now(ev)),
        )
    if not groups:
        return Finding(
            Status.PASSED,
            Text(_T("Finding", "No restore point resource group yet, and no subscription lock.")),
            tuple(facts),
        )
    return Finding(
        Status.PASSED,
        Text(_T("Finding", "No lock on the restore point resource group.")),
        tuple(facts),
    )


def check_rp_collection_limit(ev: Evidence) -> Finding:
    """Cause: the VM's restore point collections reached the limit of 18."""
    collections = ev.collections
    if collections is None:
        return _unreadable(ev, "collections")
    skipped = _unprotected(ev)
    if skipped:
        return skipped
    others = _user_collections(collections)
    collections = tuple(c for c in collections if c.made_by_backup)
    total = sum(c.count for c in collections)
    facts = [
        Text(
            _T("Finding", "Collection {name} in {group}: {count} restore points ({state})"),
            name=c.name,
            group=c.resource_group,
            count=c.count,
            state=c.provisioning_state,
        )
        for c in collections
    ]
    facts.append(
        Text(_T("Finding", "Total: {total} of {limit}"), total=total, limit=RESTORE_POINT_LIMIT)
    )
    facts += others
    if total >= RESTORE_POINT_LIMIT:
        return Finding(
            Status.FAILED,
            Text(
                _T("Finding", "{total} restore points: the limit of {limit} is reached."),
                total=total,
                limit=RESTORE_POINT_LIMIT,
            ),
            tuple(facts),
            (
                *(Fix(FixKind.DELETE_RESTORE_POINT_COLLECTION, c.id) for c in collections),
                *_backup_now(ev),
            ),
        )
    stuck = [c for c in collections if c.provisioning_state.lower() in {"deleting", "failed"}]
    if stuck:
        return Finding(
            Status.WARNING,
            Text(
                _T("Finding", "Collection {name} is {state}."),
                name=stuck[0].name,
                state=stuck[0].provisioning_state,
            ),
            tuple(facts),
            tuple(Fix(FixKind.DELETE_RESTORE_POINT_COLLECTION, c.id) for c in stuck),
        )
    if total >= RP_NEAR_LIMIT:
        return Finding(
            Status.WARNING,
            Text(
                _T("Finding", "{total} restore points: close to the limit of {limit}."),
                total=total,
                limit=RESTORE_POINT_LIMIT,
            ),
            tuple(facts),
        )
    return Finding(
        Status.PASSED,
        Text(
            _T("Finding", "{total} restore point(s), below the limit of {limit}."),
            total=total,
            limit=RESTORE_POINT_LIMIT,
        ),
        tuple(facts),
    )


def encryption_vaults(ev: Evidence) -> list[str]:
    """Key vault ids the VM's disk encryption uses (model settings or the ADE extension)."""
    found = {norm_id(k): k for k in ev.vm.key_vault_ids}
    for ext in ev.extensions or ():
        if ext.type.lower() in ADE_TYPES:
            kv = ext.settings.get("KeyVaultResourceId") or ext.settings.get("KekVaultResourceId")
            if isinstance(kv, str) and kv:
                found.setdefault(norm_id(kv), kv)
    return list(found.values())


def _grants_backup(policy: AccessPolicy) -> bool:
    """Whether an access policy grants get, list and backup on keys and on secrets."""
    keys, secrets = set(policy.keys), set(policy.secrets)
    return (keys >= BACKUP_PERMISSIONS or "all" in keys) and (
        secrets >= BACKUP_PERMISSIONS or "all" in secrets
    )


def _vault_candidates(kv: KeyVaultAccess) -> tuple[list[str], list[Text]]:
    """Principals the vault gives Backup's rights to, and the evidence lines about them."""
    if kv.rbac_enabled:
        admins = [
            p for p, role in kv.role_assignments if role.lower().endswith(KEY_VAULT_ADMIN_ROLE)
        ]
        facts = [
            Text(
                _T(
                    "Finding",
                    "Key vault {name} uses Azure RBAC: {count} role assignment(s) at its scope.",
                ),
                name=kv.name,
                count=len(kv.role_assignments),
            )
        ]
        facts += [
            Text(_T("Finding", "Key Vault Administrator: principal {principal}"), principal=p)
            for p in admins
        ]
        return admins, facts
    facts = [
        Text(
            _T("Finding", "Key vault {name}: {count} access policies"),
            name=kv.name,
            count=len(kv.access_policies),
        )
    ]
    facts += [
        Text(
            _T("Finding", "Principal {principal}: keys [{keys}], secrets [{secrets}]"),
            principal=p.object_id,
            keys=", ".join(p.keys),
            secrets=", ".join(p.secrets),
        )
        for p in kv.access_policies
    ]
    return [p.object_id for p in kv.access_policies if _grants_backup(p)], facts


def check_keyvault_permissions(ev: Evidence) -> Finding:
    """Cause: Backup lacks permissions on the key vault of an encrypted VM.

    The rights must be Backup Management Service's: a policy or role for anyone else does
    not help. Its object id differs per tenant and is read from Microsoft Graph; when Graph
    cannot be read, a vault that grants the rights to someone is "unknown", never "passed".
    """
    vault_ids = encryption_vaults(ev)
    if not vault_ids and ev.failure("extensions") is not None:
        return _unreadable(ev, "extensions")  # the ADE extension may name the key vault
    if not vault_ids:
        return Finding(
            Status.SKIPPED,
            Text(_T("Finding", "The VM's disks are not encrypted with Azure Disk Encryption.")),
        )
    vaults = ev.key_vaults
    if vaults is None:
        return _unreadable(ev, "key_vaults")
    facts: list[Text] = []
    granting: dict[str, list[str]] = {}
    for kv in vaults:
        principals, lines = _vault_candidates(kv)
        granting[kv.id] = [p.lower() for p in principals]
        facts += lines
    missing = [kv for kv in vaults if not granting[kv.id]]
    principal = ev.backup_principal
    unknown = principal is None and not missing
    if principal is not None:
        facts.append(
            Text(
                _T("Finding", "Backup Management Service in this tenant: object id {principal}"),
                principal=principal,
            )
        )
        missing = [kv for kv in vaults if principal.lower() not in granting[kv.id]]
    if missing:
        return Finding(
            Status.FAILED,
            Text(
                _T(
                    "Finding",
                    "No access for Azure Backup (keys and secrets: get, list, backup) on {name}.",
                ),
                name=missing[0].name,
            ),
            tuple(facts),
            tuple(Fix(FixKind.GRANT_KEYVAULT_ACCESS, kv.id) for kv in missing),
        )
    if unknown:
        failure = ev.failure("backup_principal")
        reason = (
            Text(failure.message, context="CoreErrors")
            if failure is not None
            else Text(_T("Finding", "the tenant has no Backup Management Service principal"))
        )
        detail = (
            (Text(_T("Finding", "Detail: {detail}"), detail=failure.detail),)
            if failure is not None and failure.detail
            else ()
        )
        return Finding(
            Status.UNKNOWN,
            Text(
                _T(
                    "Finding",
                    "The key vault grants the rights to some principal, but Backup Doctor could "
                    "not look up Backup Management Service in Microsoft Graph to tell whether it "
                    "is that one: {reason}",
                ),
                reason=reason,
            ),
            (*facts, *detail),
        )
    return Finding(
        Status.PASSED,
        Text(
            _T(
                "Finding",
                "Backup Management Service has get, list and backup on keys and secrets.",
            )
        ),
        tuple(facts),
    )


def check_disk_size(ev: Evidence) -> Finding:
    """Cause: a disk is larger than Azure Backup supports."""
    vm = ev.vm
    if not vm.disks:
        return _unknown(Text(_T("Finding", "the VM's model lists no disks")))
    facts = [
        Text(
            _T("Finding", "Disk {name}: {size} GB"),
            name=d.name or ("OS" if d.is_os else f"LUN {d.lun}"),
            size=d.size_gb or "?",
        )
        for d in vm.disks
    ]
    large = [d for d in vm.disks if (d.size_gb or 0) > DOCUMENTED_DISK_LIMIT_GB]
    unsized = [d for d in vm.disks if d.size_gb is None]
    if not large and unsized:
        return Finding(
            Status.UNKNOWN,
            Text(
                _T("Finding", "Could not check: the size of disk {name} is not reported."),
                name=unsized[0].name or ("OS" if unsized[0].is_os else f"LUN {unsized[0].lun}"),
            ),
            tuple(facts),
        )
    if not large:
        return Finding(
            Status.PASSED,
            Text(_T("Finding", "Every disk is within {limit} GB."), limit=DOCUMENTED_DISK_LIMIT_GB),
            tuple(facts),
        )
    disk = max(large, key=lambda d: d.size_gb or 0)
    if ev.runbook_code == "UserErrorUnsupportedDiskSize":
        summary = Text(
            _T("Finding", "Disk {name} has {size} GB, over the {limit} GB this error names."),
            name=disk.name,
            size=disk.size_gb,
            limit=DOCUMENTED_DISK_LIMIT_GB,
        )
        return Finding(Status.FAILED, summary, tuple(facts))
    if (disk.size_gb or 0) > MAX_DISK_GB:
        summary = Text(
            _T(
                "Finding",
                "Disk {name} has {size} GB, over the 32 TB Azure Backup supports per disk.",
            ),
            name=disk.name,
            size=disk.size_gb,
        )
        return Finding(Status.FAILED, summary, tuple(facts))
    if encryption_vaults(ev):
        summary = Text(
            _T(
                "Finding",
                "Disk {name} has {size} GB: Azure Backup does not support encrypted disks over 4 TB.",
            ),
            name=disk.name,
            size=disk.size_gb,
        )
        return Finding(Status.FAILED, summary, tuple(facts))
    summary = Text(
        _T(
            "Finding",
            "Disk {name} has {size} GB, over {limit} GB: supported on current stacks, check the policy.",
        ),
        name=disk.name,
        size=disk.size_gb,
        limit=DOCUMENTED_DISK_LIMIT_GB,
    )
    return Finding(Status.WARNING, summary, tuple(facts))


def check_backup_in_progress(ev: Evidence) -> Finding:
    """Cause: another backup of this VM is still running."""
    jobs = ev.jobs
    if jobs is None:
        return _unreadable(ev, "jobs")
    running = [j for j in jobs if j.in_progress and j.operation.lower() == "backup"]
    facts = [
        Text(
            _T("Finding", "Job {job} in {vault}: {status} since {start}"),
            job=j.job_id,
            vault=parse_id(j.vault_id).name if j.vault_id else "?",
            status=j.status,
            start=j.start_time or "?",
        )
        for j in running
    ]
    if running:
        return Finding(
            Status.FAILED,
            Text(
                _T("Finding", "A backup of this VM is still running (started {start})."),
                start=running[-1].start_time or "?",
            ),
            tuple(facts),
            tuple(Fix(FixKind.CANCEL_JOB, j.id) for j in running),
        )
    return Finding(
        Status.PASSED,
        Text(_T("Finding", "No backup of this VM is running now.")),
        (Text(_T("Finding", "{count} recent job(s) read"), count=len(jobs)),),
    )


VM_NOT_FOUND_CODES = frozenset(
    {"usererrorvmnotfoundv2", "usererrorvmnotfound", "resourcenotfound", "bcmv2vmnotfound"}
)
"""The symbolic names of the service's "the VM no longer exists" errors."""


def check_vm_deleted(ev: Evidence) -> Finding:
    """Cause: the VM a backup item protects no longer exists."""
    item = ev.protected_item
    facts: list[Text] = []
    if item is not None:
        facts.append(
            Text(
                _T("Finding", "Backup item {item} in vault {vault}: {state}"),
                item=item.item_name,
                vault=parse_id(item.vault_id).name if item.vault_id else "?",
                state=item.protection_state or "?",
            )
        )
    if ev.vm_gone:
        facts.insert(0, Text(_T("Finding", "GET {vm}: 404, the VM does not exist"), vm=ev.vm.id))
        return Finding(
            Status.FAILED,
            Text(
                _T(
                    "Finding",
                    "The VM this backup item protects no longer exists: deleted, or moved to "
                    "another resource group or subscription.",
                )
            ),
            tuple(facts),
        )
    job = ev.job
    if job is not None and job.error_name.lower() in VM_NOT_FOUND_CODES:
        # The VM answers, but the service said it was gone: re-created under the same name
        # (a new VM to Azure Backup) or moved back; the item may still point at the old one.
        facts.append(
            Text(
                _T("Finding", "Job of {time}: {code}: {message}"),
                time=job.start_time or "?",
                code=job.error_display,
                message=job.error_message or "—",
            )
        )
        return Finding(
            Status.WARNING,
            Text(
                _T(
                    "Finding",
                    "The VM exists now, but Azure Backup said it did not: it may have been deleted "
                    "and re-created with the same name, or moved. Check that the backup item "
                    "protects this VM.",
                )
            ),
            tuple(facts),
        )
    return Finding(
        Status.PASSED,
        Text(_T("Finding", "The VM exists: {vm}"), vm=ev.vm.id),
        tuple(facts),
    )


CHECKS: dict[str, Check] = {
    "agent-unresponsive": check_agent_unresponsive,
    "agent-outdated": check_agent_outdated,
    "snapshot-status": check_snapshot_status,
    "extension-failed": check_extension_failed,
    "no-internet": check_no_internet,
    "rp-lock": check_rp_lock,
    "rp-collection-limit": check_rp_collection_limit,
    "keyvault-permissions": check_keyvault_permissions,
    "disk-size": check_disk_size,
    "backup-in-progress": check_backup_in_progress,
    "vm-deleted": check_vm_deleted,
}
"""The check of every cause id."""
