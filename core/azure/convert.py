"""Turn ARM JSON (wire format, as Azure returns it) into core objects.

The gateway hands every SDK result here as its wire-format mapping, so the same code reads
live answers, emulator answers and raw snapshot payloads, and a missing or odd field
becomes an empty value instead of an exception.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from core.ids import parse_id
from core.model import (
    NEVER,
    AccessPolicy,
    ActivityEvent,
    BackupJob,
    BackupPolicy,
    Disk,
    ExtensionHandler,
    ExtensionView,
    HealthDetail,
    InstanceStatus,
    JobError,
    JobTask,
    KeyVaultAccess,
    Lock,
    ProtectedVm,
    Resource,
    ResourceGroup,
    RestorePoint,
    RestorePointCollection,
    Route,
    SecurityRule,
    Subscription,
    Tenant,
    Vault,
    VirtualMachine,
    VmExtension,
)
from core.timestamps import parse_arm_time

Json = Mapping[str, Any]


def wire(obj: Any) -> dict[str, Any]:
    """Return an SDK model (either generation) or a mapping as its wire-format dict."""
    if obj is None:
        return {}
    if isinstance(obj, Mapping):
        # Models of the newer SDK generation are mappings over the raw JSON already:
        # reading them as such skips a full recursive as_dict() per object.
        return dict(obj)
    serialize = getattr(obj, "serialize", None)
    if callable(serialize):
        return dict(serialize(keep_readonly=True))
    raise TypeError(f"cannot read {type(obj).__name__} as ARM JSON")


def _m(data: Any, *path: str) -> Json:
    """The mapping at ``path`` under ``data``, or an empty mapping."""
    node: Any = data
    for key in path:
        node = node.get(key) if isinstance(node, Mapping) else None
    return node if isinstance(node, Mapping) else {}


def _s(data: Any, *path: str) -> str:
    """The text at ``path`` under ``data``, or ''."""
    node: Any = data
    for key in path:
        node = node.get(key) if isinstance(node, Mapping) else None
    return "" if node is None or isinstance(node, Mapping | list) else str(node)


def _list(data: Any, *path: str) -> list[Any]:
    """The list at ``path`` under ``data``, or []."""
    node: Any = data
    for key in path:
        node = node.get(key) if isinstance(node, Mapping) else None
    return node if isinstance(node, list) else []


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None and value != "" else None
    except (TypeError, ValueError):
        return None


def parse_time(value: Any) -> datetime | None:
    """Parse an ARM timestamp (see :func:`core.timestamps.parse_arm_time`), or None.

    ARM times without a zone are UTC. The service's "never" (2001-01-01T00:00:00Z, or
    .NET's 0001-01-01) reads as None: no such moment happened.
    """
    if isinstance(value, datetime):
        parsed = value if value.tzinfo else value.replace(tzinfo=UTC)
    elif not value or not isinstance(value, str):
        return None
    else:
        try:
            parsed = parse_arm_time(value)
        except ValueError:
            return None
    try:
        return None if parsed.astimezone(UTC) <= NEVER else parsed
    except OverflowError:  # an offset that moves the time out of range
        return None


_DURATION = re.compile(
    r"^P(?:(?P<d>\d+(?:\.\d+)?)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<s>\d+(?:\.\d+)?)S)?)?$"
)


def parse_duration(value: Any) -> float | None:
    """Parse an ISO 8601 duration (``PT9.87S``) or ``hh:mm:ss`` into seconds, or None."""
    if isinstance(value, timedelta):
        return value.total_seconds()
    text = str(value or "").strip()
    match = _DURATION.match(text)
    if match and text != "P":
        parts = {k: float(v) for k, v in match.groupdict().items() if v}
        return (
            parts.get("d", 0) * 86400
            + parts.get("h", 0) * 3600
            + parts.get("m", 0) * 60
            + parts.get("s", 0)
        )
    hms = re.match(r"^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$", text)
    if hms:
        days, h, m, s = hms.groups()
        return int(days or 0) * 86400 + int(h) * 3600 + int(m) * 60 + float(s)
    return None


def _canonical(resource_id: str) -> str:
    """``/Subscriptions/…`` (as Recovery Services writes its ids) as ``/subscriptions/…``."""
    if resource_id[:15].lower() == "/subscriptions/":
        return "/subscriptions/" + resource_id[15:]
    return resource_id


def _before(resource_id: str, marker: str) -> str:
    """The part of ``resource_id`` before the last ``marker`` (case-insensitive), or ''."""
    cut = resource_id.lower().rfind(marker.lower())
    return resource_id[:cut] if cut > 0 else ""


def _status(data: Json) -> InstanceStatus:
    return InstanceStatus(
        code=_s(data, "code"),
        level=_s(data, "level"),
        display_status=_s(data, "displayStatus"),
        message=_s(data, "message"),
        time=parse_time(data.get("time")),
    )


def _statuses(items: Iterable[Any]) -> tuple[InstanceStatus, ...]:
    return tuple(_status(i) for i in items if isinstance(i, Mapping))


def tenant(data: Json) -> Tenant:
    """A tenant from GET /tenants or a snapshot's tenants[]."""
    tid = _s(data, "tenantId")
    return Tenant(tid, _s(data, "displayName") or _s(data, "defaultDomain") or tid)


def subscription(data: Json) -> Subscription:
    """A subscription from GET /subscriptions."""
    sid = _s(data, "subscriptionId") or parse_id(_s(data, "id")).subscription_id
    return Subscription(
        sid, _s(data, "displayName") or sid, _s(data, "tenantId"), _s(data, "state")
    )


def resource_group(data: Json) -> ResourceGroup:
    """A resource group (``type`` may be missing: older api-versions leave it out)."""
    rid = _s(data, "id")
    parsed = parse_id(rid)
    name = _s(data, "name") or parsed.resource_group or ""
    return ResourceGroup(rid, name, _s(data, "location"), parsed.subscription_id)


def resource_type(data: Json) -> str:
    """The object's ``type``, or what its id says (older api-versions leave ``type`` out)."""
    given = _s(data, "type")
    if given:
        return given
    try:
        return parse_id(_s(data, "id")).type
    except ValueError:
        return ""


def resource(data: Json) -> Resource:
    """Any resource as a resource-group listing returns it."""
    rid = _s(data, "id")
    name = _s(data, "name") or (rid.rstrip("/").rsplit("/", 1)[-1] if rid else "")
    return Resource(rid, name, resource_type(data), _s(data, "location"))


def vault(data: Json) -> Vault:
    """A Recovery Services vault."""
    rid = parse_id(_s(data, "id"))
    return Vault(
        _s(data, "id"),
        _s(data, "name"),
        rid.resource_group or "",
        _s(data, "location"),
        rid.subscription_id,
    )


def policy(data: Json) -> BackupPolicy:
    """An Azure VM backup policy."""
    props = _m(data, "properties")
    run_times = _list(props, "schedulePolicy", "scheduleRunTimes")
    frequency = _s(props, "schedulePolicy", "scheduleRunFrequency")
    schedule = frequency
    if run_times:
        first = parse_time(run_times[0])
        schedule = f"{frequency} {first:%H:%M}".strip() if first else frequency
    hourly = _m(props, "schedulePolicy", "hourlySchedule")
    if hourly:
        schedule = f"Every {_s(hourly, 'interval')} h"
    return BackupPolicy(
        id=_s(data, "id"),
        name=_s(data, "name"),
        policy_type=_s(props, "policyType") or "V1",
        instant_rp_retention_days=_int(props.get("instantRpRetentionRangeInDays")),
        rg_prefix=_s(props, "instantRPDetails", "azureBackupRGNamePrefix") or None,
        rg_suffix=_s(props, "instantRPDetails", "azureBackupRGNameSuffix") or None,
        schedule=schedule,
    )


def _health(items: Iterable[Any]) -> tuple[HealthDetail, ...]:
    """``healthDetails`` / ``kpisHealths`` entries (codes may be integers)."""
    found: list[HealthDetail] = []
    for entry in items:
        if not isinstance(entry, Mapping):
            continue
        found.append(
            HealthDetail(
                code=_s(entry, "code") or _s(entry, "healthStatus"),
                title=_s(entry, "title") or _s(entry, "resourceHealthStatus"),
                message=_s(entry, "message"),
                recommendations=tuple(
                    str(r).strip() for r in _list(entry, "recommendations") if r and str(r).strip()
                ),
            )
        )
    return tuple(found)


def _kpis(data: Any) -> tuple[HealthDetail, ...]:
    """``kpisHealths``: KPI name -> {resourceHealthStatus, resourceHealthDetails[]}.

    A ProtectionError item may carry its failure only here (e.g. BackupOperationStatusKPI:
    400002 BackUpOperationFailed, while ``healthDetails`` says IaasVmHealthGreenDefault).
    Each detail keeps its own code and title, with the KPI and its status as ``source``.
    """
    if not isinstance(data, Mapping):
        return ()
    found: list[HealthDetail] = []
    for kpi, value in data.items():
        if not isinstance(value, Mapping):
            continue
        status = _s(value, "resourceHealthStatus")
        for d in _health(_list(value, "resourceHealthDetails")):
            found.append(
                HealthDetail(d.code, d.title, d.message, d.recommendations, f"{kpi}: {status}")
            )
    return tuple(found)


def protected_vm(data: Json) -> ProtectedVm:
    """An Azure VM backup item (read raw: the SDK loses its second-level discriminator)."""
    props = _m(data, "properties")
    item_id = _s(data, "id")
    vault_id = _canonical(_before(item_id, "/backupFabrics/"))
    error = _m(props, "extendedInfo", "lastBackupErrorDetail") or _m(props, "errorDetail")
    return ProtectedVm(
        id=item_id,
        vault_id=vault_id,
        friendly_name=_s(props, "friendlyName"),
        vm_id=_s(props, "virtualMachineId") or _s(props, "sourceResourceId"),
        protection_state=_s(props, "protectionState"),
        health_status=_s(props, "healthStatus"),
        protection_status=_s(props, "protectionStatus"),
        last_backup_status=_s(props, "lastBackupStatus"),
        last_backup_time=parse_time(props.get("lastBackupTime")),
        policy_id=_s(props, "policyId"),
        container_name=_s(props, "containerName"),
        health_details=_health(_list(props, "healthDetails")),
        kpi_health=_kpis(props.get("kpisHealths")),
        last_backup_error=_s(error, "message") or _s(error, "errorString"),
    )


def job(data: Json) -> BackupJob:
    """A backup job, from a list (no task list) or from job details."""
    props = _m(data, "properties")
    job_id = _s(data, "id")
    vault_id = _canonical(
        job_id[: job_id.lower().index("/backupjobs/")] if "/backupjobs/" in job_id.lower() else ""
    )
    extended = _m(props, "extendedInfo")
    errors = tuple(
        JobError(
            code=_s(e, "errorCode"),
            message=_s(e, "errorString"),
            title=_s(e, "errorTitle"),
            recommendations=tuple(
                str(r).strip() for r in _list(e, "recommendations") if r and str(r).strip()
            ),
        )
        for e in _list(props, "errorDetails")
        if isinstance(e, Mapping)
    )
    tasks = tuple(
        JobTask(_s(t, "taskId"), _s(t, "status"), parse_duration(t.get("duration")))
        for t in _list(extended, "tasksList")
        if isinstance(t, Mapping)
    )
    return BackupJob(
        id=job_id,
        vault_id=vault_id,
        entity_name=_s(props, "entityFriendlyName"),
        operation=_s(props, "operation"),
        status=_s(props, "status"),
        start_time=parse_time(props.get("startTime")),
        end_time=parse_time(props.get("endTime")),
        duration_s=parse_duration(props.get("duration")),
        container_name=_s(props, "containerName"),
        errors=errors,
        tasks=tasks,
        dynamic_error_message=_s(extended, "dynamicErrorMessage"),
        # Real finished jobs still list actionsInfo [1]: only a running job can be cancelled.
        cancellable=_s(props, "status").lower() in {"inprogress"}
        and _cancellable(_list(props, "actionsInfo")),
        has_details=bool(extended),
    )


CANCELLABLE = 1
"""``JobSupportedAction.Cancellable``: real jobs send ``actionsInfo`` as integers ([1])."""


def _cancellable(actions: Iterable[Any]) -> bool:
    """Whether ``actionsInfo`` lists Cancellable, by name or by its number."""
    for action in actions:
        if isinstance(action, bool):
            continue
        if isinstance(action, int) and action == CANCELLABLE:
            return True
        if isinstance(action, str) and action.strip().lower() in {"cancellable", str(CANCELLABLE)}:
            return True
    return False


def _disks(storage: Json) -> tuple[Disk, ...]:
    os_disk = _m(storage, "osDisk")
    disks = (
        [
            Disk(
                name=_s(os_disk, "name"),
                size_gb=_int(os_disk.get("diskSizeGB")),
                is_os=True,
                managed_disk_id=_s(os_disk, "managedDisk", "id"),
            )
        ]
        if os_disk
        else []
    )
    for d in _list(storage, "dataDisks"):
        if isinstance(d, Mapping):
            disks.append(
                Disk(
                    name=_s(d, "name"),
                    size_gb=_int(d.get("diskSizeGB")),
                    is_os=False,
                    lun=_int(d.get("lun")),
                    managed_disk_id=_s(d, "managedDisk", "id"),
                )
            )
    return tuple(disks)


def _key_vaults(props: Json, view: Json) -> tuple[str, ...]:
    found: list[str] = []
    settings = [_m(props, "storageProfile", "osDisk", "encryptionSettings")]
    settings += [
        s
        for d in _list(view, "disks")
        if isinstance(d, Mapping)
        for s in _list(d, "encryptionSettings")
        if isinstance(s, Mapping)
    ]
    for s in settings:
        for key in ("diskEncryptionKey", "keyEncryptionKey"):
            vault_id = _s(s, key, "sourceVault", "id")
            if vault_id and vault_id.lower() not in {f.lower() for f in found}:
                found.append(vault_id)
    return tuple(found)


def virtual_machine(data: Json, instance_view: Json | None = None) -> VirtualMachine:
    """A VM from its model, with the instance view (inline or given separately)."""
    props = _m(data, "properties")
    view = instance_view if instance_view is not None else _m(props, "instanceView")
    rid = parse_id(_s(data, "id"))
    statuses = _statuses(_list(view, "statuses"))
    power = next(
        (s.code.split("/", 1)[1] for s in statuses if s.code.startswith("PowerState/")), ""
    )
    provisioning = _s(props, "provisioningState") or next(
        (s.code.split("/", 1)[1] for s in statuses if s.code.startswith("ProvisioningState/")), ""
    )
    agent = _m(view, "vmAgent")
    handlers = tuple(
        ExtensionHandler(
            _s(h, "type"),
            _s(h, "typeHandlerVersion"),
            _status(_m(h, "status")) if _m(h, "status") else None,
        )
        for h in _list(agent, "extensionHandlers")
        if isinstance(h, Mapping)
    )
    extensions = tuple(
        ExtensionView(
            _s(e, "name"),
            _s(e, "type"),
            _s(e, "typeHandlerVersion"),
            _statuses(_list(e, "statuses")),
            _statuses(_list(e, "substatuses")),
        )
        for e in _list(view, "extensions")
        if isinstance(e, Mapping)
    )
    storage = _m(props, "storageProfile")
    return VirtualMachine(
        id=_s(data, "id"),
        name=_s(data, "name"),
        resource_group=rid.resource_group or "",
        subscription_id=rid.subscription_id,
        location=_s(data, "location"),
        os_type=_s(storage, "osDisk", "osType"),
        vm_size=_s(props, "hardwareProfile", "vmSize"),
        provisioning_state=provisioning,
        power_state=power,
        os_name=_s(view, "osName"),
        agent_version=_s(agent, "vmAgentVersion"),
        agent_statuses=_statuses(_list(agent, "statuses")),
        extension_handlers=handlers,
        extensions=extensions,
        disks=_disks(storage),
        nic_ids=tuple(
            _s(n, "id")
            for n in _list(props, "networkProfile", "networkInterfaces")
            if isinstance(n, Mapping) and _s(n, "id")
        ),
        statuses=statuses,
        key_vault_ids=_key_vaults(props, view),
        has_instance_view=bool(view),
    )


def vm_extension(data: Json) -> VmExtension:
    """A VM extension resource."""
    props = _m(data, "properties")
    settings = props.get("settings")
    return VmExtension(
        id=_s(data, "id"),
        name=_s(data, "name"),
        publisher=_s(props, "publisher"),
        type=_s(props, "type"),
        version=_s(props, "typeHandlerVersion"),
        provisioning_state=_s(props, "provisioningState"),
        settings=dict(settings) if isinstance(settings, Mapping) else {},
    )


def lock(data: Json) -> Lock:
    """A management lock; its scope is its id up to /providers/Microsoft.Authorization."""
    lock_id = _s(data, "id")
    props = _m(data, "properties")
    return Lock(
        id=lock_id,
        name=_s(data, "name"),
        level=_s(props, "level"),
        notes=_s(props, "notes"),
        scope=_before(lock_id, "/providers/Microsoft.Authorization/locks/"),
    )


def restore_point_collection(data: Json) -> RestorePointCollection:
    """A restore point collection, with its restore points when expanded."""
    props = _m(data, "properties")
    rid = parse_id(_s(data, "id"))
    points = tuple(
        RestorePoint(
            id=_s(p, "id"),
            name=_s(p, "name"),
            creation_time=parse_time(_m(p, "properties").get("timeCreated")),
            provisioning_state=_s(p, "properties", "provisioningState"),
            consistency_mode=_s(p, "properties", "consistencyMode"),
        )
        for p in _list(props, "restorePoints")
        if isinstance(p, Mapping)
    )
    return RestorePointCollection(
        id=_s(data, "id"),
        name=_s(data, "name"),
        resource_group=rid.resource_group or "",
        subscription_id=rid.subscription_id,
        location=_s(data, "location"),
        source_vm_id=_s(props, "source", "id"),
        provisioning_state=_s(props, "provisioningState"),
        restore_points=points,
    )


def _strs(data: Json, plural: str, singular: str) -> tuple[str, ...]:
    many = [str(v) for v in _list(data, plural)]
    one = _s(data, singular)
    return tuple(many or ([one] if one else []))


def security_rules(data: Json) -> tuple[SecurityRule, ...]:
    """Every effective rule of an effectiveNetworkSecurityGroups answer."""
    rules: list[SecurityRule] = []
    for group in _list(data, "value"):
        if not isinstance(group, Mapping):
            continue
        nsg_id = _s(group, "networkSecurityGroup", "id")
        for r in _list(group, "effectiveSecurityRules"):
            if isinstance(r, Mapping):
                rules.append(
                    SecurityRule(
                        name=_s(r, "name"),
                        direction=_s(r, "direction"),
                        access=_s(r, "access"),
                        priority=_int(r.get("priority")) or 0,
                        protocol=_s(r, "protocol"),
                        destination_prefixes=(
                            *_strs(r, "destinationAddressPrefixes", "destinationAddressPrefix"),
                            *(str(p) for p in _list(r, "expandedDestinationAddressPrefix")),
                        ),
                        destination_ports=_strs(r, "destinationPortRanges", "destinationPortRange"),
                        nsg_id=nsg_id,
                    )
                )
    return tuple(rules)


def routes(data: Json) -> tuple[Route, ...]:
    """Every route of an effectiveRouteTable answer."""
    return tuple(
        Route(
            address_prefixes=tuple(str(p) for p in _list(r, "addressPrefix")),
            next_hop_type=_s(r, "nextHopType"),
            next_hop_ips=tuple(str(p) for p in _list(r, "nextHopIpAddress")),
            source=_s(r, "source"),
            state=_s(r, "state"),
        )
        for r in _list(data, "value")
        if isinstance(r, Mapping)
    )


def uses_rbac(data: Json) -> bool:
    """Whether a Key Vault authorizes with Azure RBAC instead of access policies."""
    return bool(_m(data, "properties").get("enableRbacAuthorization"))


def key_vault(data: Json, role_assignments: Iterable[Json] = ()) -> KeyVaultAccess:
    """A Key Vault's access model, with role assignments at its scope for RBAC vaults.

    A body without ``properties`` (a list item, not a GET) says nothing about access: it is
    refused, so the check says "unknown" instead of "no access policies".
    """
    if not isinstance(data.get("properties"), Mapping):
        raise ValueError("the key vault answer has no properties")
    props = _m(data, "properties")
    policies = tuple(
        AccessPolicy(
            object_id=_s(p, "objectId"),
            application_id=_s(p, "applicationId"),
            keys=tuple(str(k).lower() for k in _list(p, "permissions", "keys")),
            secrets=tuple(str(k).lower() for k in _list(p, "permissions", "secrets")),
        )
        for p in _list(props, "accessPolicies")
        if isinstance(p, Mapping)
    )
    assignments = tuple(
        (_s(a, "properties", "principalId"), _s(a, "properties", "roleDefinitionId"))
        for a in role_assignments
    )
    return KeyVaultAccess(
        id=_s(data, "id"),
        name=_s(data, "name"),
        rbac_enabled=bool(props.get("enableRbacAuthorization")),
        access_policies=policies,
        role_assignments=assignments,
    )


def activity_event(data: Json) -> ActivityEvent:
    """An activity log entry (``Microsoft.Insights/eventtypes/management/values``)."""
    operation = _s(data, "operationName", "value") or _s(data, "operationName")
    return ActivityEvent(
        operation=operation,
        status=_s(data, "status", "value") or _s(data, "status"),
        time=parse_time(data.get("eventTimestamp")),
        caller=_s(data, "caller"),
        resource_id=_s(data, "resourceId") or _s(data, "resourceUri"),
    )


def service_principal_object_id(data: Json, app_id: str) -> str | None:
    """The object id of the service principal with ``appId`` in a Graph list answer, or None."""
    for sp in _list(data, "value"):
        if isinstance(sp, Mapping) and _s(sp, "appId").lower() == app_id.lower():
            return _s(sp, "id") or None
    return None
