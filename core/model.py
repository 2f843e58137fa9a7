"""Typed, immutable core objects built from ARM payloads: the vocabulary of the whole app."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from core.ids import parse_id

HIDDEN_TYPES = frozenset(
    {
        "microsoft.compute/restorepointcollections",
        "microsoft.compute/restorepointcollections/restorepoints",
        "microsoft.recoveryservices/vaults/backupfabrics",
        "microsoft.insights/diagnosticsettings",
    }
)
"""Resource types the portal lists only with "Show hidden types" on."""

BACKUP_SNAPSHOT_TYPES = frozenset({"vmsnapshot", "vmsnapshotlinux"})
"""The extension types Azure Backup installs to take snapshots (Windows, Linux)."""


def is_backup_snapshot_type(extension_type: str) -> bool:
    """Whether an extension type (``VMSnapshot`` or a handler's full
    ``Microsoft.Azure.RecoveryServices.VMSnapshotLinux``) is Azure Backup's snapshot extension."""
    return extension_type.rsplit(".", 1)[-1].lower() in BACKUP_SNAPSHOT_TYPES


RESTORE_POINT_LIMIT = 18
"""At most 18 instant restore points per VM, across all collections (Azure Backup docs)."""


class ScopeKind(StrEnum):
    """Where a lock is placed."""

    SUBSCRIPTION = "subscription"
    RESOURCE_GROUP = "resourceGroup"
    RESOURCE = "resource"


@dataclass(frozen=True)
class Tenant:
    """A Microsoft Entra tenant the user can see."""

    tenant_id: str
    display_name: str


@dataclass(frozen=True)
class Subscription:
    """An Azure subscription."""

    subscription_id: str
    display_name: str
    tenant_id: str
    state: str

    @property
    def id(self) -> str:
        """The ARM id of the subscription."""
        return f"/subscriptions/{self.subscription_id}"


@dataclass(frozen=True)
class ResourceGroup:
    """A resource group."""

    id: str
    name: str
    location: str
    subscription_id: str


@dataclass(frozen=True)
class Resource:
    """Any ARM resource, as a resource group lists it."""

    id: str
    name: str
    type: str
    location: str

    @property
    def hidden(self) -> bool:
        """True for types the portal hides unless "Show hidden types" is on."""
        return self.type.lower() in HIDDEN_TYPES


@dataclass(frozen=True)
class Vault:
    """A Recovery Services vault."""

    id: str
    name: str
    resource_group: str
    location: str
    subscription_id: str


@dataclass(frozen=True)
class BackupPolicy:
    """An Azure VM backup policy, with what matters for instant restore."""

    id: str
    name: str
    policy_type: str
    instant_rp_retention_days: int | None
    rg_prefix: str | None
    rg_suffix: str | None
    schedule: str


NEVER = datetime(2001, 1, 1, tzinfo=UTC)
"""The time Azure Backup sends for "never" (e.g. ``lastBackupTime`` of an item never backed up)."""


@dataclass(frozen=True)
class HealthDetail:
    """One entry of a protected item's ``healthDetails`` or ``kpisHealths`` (as the service says)."""

    code: str
    title: str
    message: str
    recommendations: tuple[str, ...] = ()
    source: str = ""
    """For a KPI's detail, the KPI and its status (``BackupOperationStatusKPI: TransientUnhealthy``)."""

    @property
    def healthy(self) -> bool:
        """True for the service's 'all is well' entries (code 0 Success, IaasVmHealthGreenDefault)."""
        return self.code in {"0", ""} or self.title.lower() in {
            "success",
            "iaasvmhealthgreendefault",
        }


class ProtectionState(StrEnum):
    """A backup item's ``protectionState`` (unknown values are kept as text elsewhere)."""

    PROTECTED = "Protected"
    IR_PENDING = "IRPending"
    PROTECTION_STOPPED = "ProtectionStopped"
    PROTECTION_PAUSED = "ProtectionPaused"
    PROTECTION_ERROR = "ProtectionError"
    INVALID = "Invalid"


@dataclass(frozen=True)
class ProtectedVm:
    """A VM protected by a vault (a backup item)."""

    id: str
    vault_id: str
    friendly_name: str
    vm_id: str
    protection_state: str
    health_status: str
    last_backup_status: str
    last_backup_time: datetime | None
    policy_id: str
    container_name: str
    health_details: tuple[HealthDetail, ...] = ()
    kpi_health: tuple[HealthDetail, ...] = ()
    protection_status: str = ""
    """``protectionStatus`` (Healthy / Unhealthy), next to ``healthStatus``."""
    """``kpisHealths``: the service's own health verdicts (e.g. TransferToVaultHealth)."""
    last_backup_error: str = ""
    """The item's ``lastBackupErrorDetail``/``errorDetail`` text, when the service sends one."""

    @property
    def problems(self) -> tuple[HealthDetail, ...]:
        """What the service reports wrong with the item (health details and KPIs), once each."""
        seen: set[tuple[str, str]] = set()
        found: list[HealthDetail] = []
        for detail in (*self.health_details, *self.kpi_health):
            key = (detail.code, detail.title.lower())
            if not detail.healthy and key not in seen:
                seen.add(key)
                found.append(detail)
        return tuple(found)

    @property
    def protection_stopped(self) -> bool:
        """True when Azure Backup takes no new backups (protection stopped or paused)."""
        return self.protection_state.lower() in {"protectionstopped", "protectionpaused"}

    @property
    def can_back_up_now(self) -> bool:
        """True when an on-demand backup can be triggered (protection is not stopped)."""
        return not self.protection_stopped and self.protection_state.lower() != "invalid"

    @property
    def item_name(self) -> str:
        """The protected item's name, e.g. ``VM;iaasvmcontainerv2;rg;vm``."""
        return parse_id(self.id).name

    @property
    def policy_name(self) -> str:
        """The name of the backup policy, or '' when none is set."""
        return parse_id(self.policy_id).name if self.policy_id else ""


@dataclass(frozen=True)
class JobError:
    """One entry of a job's ``errorDetails``; ``code`` is symbolic or numeric text.

    Real jobs send an integer ``errorCode`` (e.g. 400136) and the symbolic name in
    ``errorTitle`` (UserErrorVmNotFoundV2); documentation examples send the name as the code.
    """

    code: str
    message: str
    title: str = ""
    recommendations: tuple[str, ...] = ()

    @property
    def numeric(self) -> bool:
        """True when the code is a number (the service's integer error code)."""
        return self.code.strip().lstrip("-").isdigit()

    @property
    def name(self) -> str:
        """The symbolic name: the code when it is one, else the title (or the number)."""
        if self.numeric and self.title.strip():
            return self.title.strip()
        return self.code


@dataclass(frozen=True)
class JobTask:
    """One step of a backup job (Take Snapshot, Transfer data to vault)."""

    name: str
    status: str
    duration_s: float | None


@dataclass(frozen=True)
class BackupJob:
    """A backup job of an Azure VM."""

    id: str
    vault_id: str
    entity_name: str
    operation: str
    status: str
    start_time: datetime | None
    end_time: datetime | None
    duration_s: float | None
    container_name: str = ""
    errors: tuple[JobError, ...] = ()
    tasks: tuple[JobTask, ...] = ()
    dynamic_error_message: str = ""
    cancellable: bool = False
    has_details: bool = False

    def is_of_vm(self, vm_name: str, resource_group: str) -> bool:
        """Whether the job is the VM's (by entity name, and container when the job names one)."""
        if self.entity_name.lower() != vm_name.lower():
            return False
        container = self.container_name.lower()
        return not container or container.endswith(f";{resource_group.lower()};{vm_name.lower()}")

    @property
    def job_id(self) -> str:
        """The job's name (a GUID), as the jobs API takes it."""
        return parse_id(self.id).name

    @property
    def error_code(self) -> str:
        """The first error code as Azure sent it (symbolic or a number as text), or ''."""
        return self.errors[0].code if self.errors else ""

    @property
    def error_title(self) -> str:
        """The first error's ``errorTitle`` (the symbolic name on real jobs), or ''."""
        return self.errors[0].title if self.errors else ""

    @property
    def error_name(self) -> str:
        """The first error's symbolic name (title when the code is a number), or ''."""
        return self.errors[0].name if self.errors else ""

    @property
    def error_display(self) -> str:
        """The first error as an admin reads it: ``UserErrorVmNotFoundV2 (400136)``, or ''."""
        if not self.errors:
            return ""
        first = self.errors[0]
        if first.numeric and first.title.strip():
            return f"{first.title.strip()} ({first.code})"
        return first.code

    @property
    def recommendations(self) -> tuple[str, ...]:
        """The service's recommendations for the first error."""
        return self.errors[0].recommendations if self.errors else ()

    @property
    def error_message(self) -> str:
        """The first error message, or the dynamic error message, or ''."""
        if self.errors and self.errors[0].message:
            return self.errors[0].message
        return self.dynamic_error_message

    @property
    def failed(self) -> bool:
        """True for a job that failed, or completed with warnings and error details."""
        status = self.status.lower()
        return status == "failed" or (status == "completedwithwarnings" and bool(self.errors))

    @property
    def succeeded(self) -> bool:
        """True for a job that completed without error details."""
        status = self.status.lower()
        return status == "completed" or (status == "completedwithwarnings" and not self.errors)

    @property
    def in_progress(self) -> bool:
        """True while the job is running or being cancelled."""
        return self.status.lower() in {"inprogress", "cancelling"}


@dataclass(frozen=True)
class InstanceStatus:
    """A status entry of an instance view (agent, extension, VM)."""

    code: str
    level: str = ""
    display_status: str = ""
    message: str = ""
    time: datetime | None = None


@dataclass(frozen=True)
class ExtensionHandler:
    """An extension handler the VM agent reports."""

    type: str
    version: str
    status: InstanceStatus | None


@dataclass(frozen=True)
class ExtensionView:
    """An extension's instance view: its statuses and substatuses."""

    name: str
    type: str
    version: str
    statuses: tuple[InstanceStatus, ...] = ()
    substatuses: tuple[InstanceStatus, ...] = ()


@dataclass(frozen=True)
class Disk:
    """A disk attached to a VM."""

    name: str
    size_gb: int | None
    is_os: bool
    lun: int | None = None
    managed_disk_id: str = ""


@dataclass(frozen=True)
class VirtualMachine:
    """A VM with what its model and instance view say about backup health."""

    id: str
    name: str
    resource_group: str
    subscription_id: str
    location: str
    os_type: str
    vm_size: str
    provisioning_state: str
    power_state: str
    os_name: str = ""
    agent_version: str = ""
    agent_statuses: tuple[InstanceStatus, ...] = ()
    extension_handlers: tuple[ExtensionHandler, ...] = ()
    extensions: tuple[ExtensionView, ...] = ()
    disks: tuple[Disk, ...] = ()
    nic_ids: tuple[str, ...] = ()
    statuses: tuple[InstanceStatus, ...] = ()
    key_vault_ids: tuple[str, ...] = ()
    has_instance_view: bool = True
    exists: bool = True
    """False for the stand-in of a protected VM that Azure says no longer exists."""

    @classmethod
    def missing(cls, vm_id: str, name: str) -> VirtualMachine:
        """A stand-in for a VM that a backup item names but that no longer exists."""
        rid = parse_id(vm_id)
        return cls(
            id=vm_id,
            name=name or rid.name,
            resource_group=rid.resource_group or "",
            subscription_id=rid.subscription_id,
            location="",
            os_type="",
            vm_size="",
            provisioning_state="",
            power_state="",
            has_instance_view=False,
            exists=False,
        )

    @property
    def is_windows(self) -> bool:
        """True for a Windows VM."""
        return self.os_type.lower() == "windows"

    @property
    def agent_display_status(self) -> str:
        """The agent's display status (Ready / Not Ready), or '' when unreported."""
        for status in self.agent_statuses:
            if status.display_status:
                return status.display_status
        return ""


@dataclass(frozen=True)
class VmExtension:
    """A VM extension resource (model view)."""

    id: str
    name: str
    publisher: str
    type: str
    version: str
    provisioning_state: str
    settings: dict[str, object] = field(default_factory=dict, hash=False, compare=False)

    @property
    def is_backup_snapshot(self) -> bool:
        """True for the VMSnapshot / VMSnapshotLinux extension Azure Backup installs."""
        return is_backup_snapshot_type(self.type)


@dataclass(frozen=True)
class Lock:
    """A management lock and the scope it sits on."""

    id: str
    name: str
    level: str
    notes: str
    scope: str

    @property
    def scope_kind(self) -> ScopeKind:
        """Whether the lock sits on a subscription, a resource group or a resource."""
        depth = len([part for part in self.scope.split("/") if part])
        if depth <= 2:
            return ScopeKind.SUBSCRIPTION
        if depth <= 4:
            return ScopeKind.RESOURCE_GROUP
        return ScopeKind.RESOURCE


@dataclass(frozen=True)
class RestorePoint:
    """One restore point in a collection."""

    id: str
    name: str
    creation_time: datetime | None
    provisioning_state: str
    consistency_mode: str = ""


_BACKUP_COLLECTION = re.compile(r"^azurebackup_.+_\d+$", re.IGNORECASE)


@dataclass(frozen=True)
class RestorePointCollection:
    """A restore point collection (a hidden type) with its restore points."""

    id: str
    name: str
    resource_group: str
    subscription_id: str
    location: str
    source_vm_id: str
    provisioning_state: str
    restore_points: tuple[RestorePoint, ...] = ()

    @property
    def count(self) -> int:
        """How many restore points the collection holds."""
        return len(self.restore_points)

    @property
    def made_by_backup(self) -> bool:
        """True for Azure Backup's own collections (``AzureBackup_<vm>_<n>``), not a user's."""
        return bool(_BACKUP_COLLECTION.match(self.name))


@dataclass(frozen=True)
class SecurityRule:
    """An effective NSG rule on a NIC."""

    name: str
    direction: str
    access: str
    priority: int
    protocol: str
    destination_prefixes: tuple[str, ...]
    destination_ports: tuple[str, ...]
    nsg_id: str = ""


@dataclass(frozen=True)
class Route:
    """An effective route on a NIC."""

    address_prefixes: tuple[str, ...]
    next_hop_type: str
    next_hop_ips: tuple[str, ...]
    source: str
    state: str


@dataclass(frozen=True)
class AccessPolicy:
    """A Key Vault access policy entry."""

    object_id: str
    application_id: str
    keys: tuple[str, ...]
    secrets: tuple[str, ...]


@dataclass(frozen=True)
class KeyVaultAccess:
    """How a Key Vault grants access: RBAC or access policies."""

    id: str
    name: str
    rbac_enabled: bool
    access_policies: tuple[AccessPolicy, ...] = ()
    role_assignments: tuple[tuple[str, str], ...] = ()
    """(principal id, role definition id) pairs at the vault scope, for RBAC vaults."""


BACKUP_MANAGEMENT_SERVICE_APP_ID = "262044b1-e2ce-469f-a196-69ab7ada62d3"
"""The well-known application id of Azure Backup's service principal (Backup Management Service)."""


@dataclass(frozen=True)
class ActivityEvent:
    """One entry of a resource's activity log (what was done to it through Azure)."""

    operation: str
    """``operationName.value``, e.g. ``Microsoft.Compute/virtualMachines/powerOff/action``."""
    status: str
    time: datetime | None
    caller: str
    resource_id: str

    @property
    def action(self) -> str:
        """The last part of the operation in lower case (``poweroff``, ``deallocate``, ``start``)."""
        parts = [p for p in self.operation.lower().split("/") if p]
        if parts and parts[-1] == "action":
            parts.pop()
        return parts[-1] if parts else ""
