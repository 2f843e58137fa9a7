"""Write resources/demo-tenant.json: a deterministic, synthetic Contoso snapshot for offline demos.

The snapshot ("backup-doctor-snapshot", version 1) holds raw ARM JSON shaped like the official
azure-rest-api-specs examples, built with the shared builders of tools/armjson.py (which the
tests' tests/arm.py uses too); this script holds the tenant's data and its assembly.
Everything is synthetic: GUIDs are uuid5 values derived from names, times are derived from
CAPTURED_AT (2026-11-25T09:30:00Z, "now"), and no randomness is used, so running the script
twice gives the same bytes.

Tenant "Contoso Ltd" (contoso.onmicrosoft.com) with two subscriptions:

* Contoso Production (westeurope): vault rsv-prod-weu in rg-backup-prod with DefaultPolicy (V1,
  daily 07:30 UTC, 2 instant-restore days) and EnhancedPolicy-SQL (V2, daily 01:00 UTC, 7 days,
  instantRPDetails prefix "rp-snapshots-weu-", so its restore points live in rp-snapshots-weu-1).
  Other restore points live in AzureBackupRG_westeurope_1.
* Contoso Dev/Test (northeurope): vault rsv-devtest-neu in rg-backup-devtest with DefaultPolicy
  (V1, 03:00 UTC, 2 days) and EnhancedPolicy-DevTest (V2, 04:00 UTC, 3 days); restore points in
  AzureBackupRG_northeurope_1.

Job history: one scheduled Backup job per protected VM per day for the 14 days up to CAPTURED_AT
(the schedule time plus a few minutes of jitter), a ConfigureBackup job 15 days ago, and a few
on-demand backups where a scenario needs them. Restore points match the completed jobs.

VM scenarios: the expected diagnosis of every VM is data, SCENARIOS in tools/demo_scenarios.py
(the tests read it too); this table is generated from it.

{scenarios}

Note: the subscription lock "subscription-guard" on Contoso Dev/Test is inherited by every resource
group of that subscription, so a full check run on vm-test-02 also reports rp-lock.

Other locks: CanNotDelete on the vault rsv-prod-weu, ReadOnly on rg-network-prod, CanNotDelete on
rg-data-prod, CanNotDelete "do-not-delete" on rp-snapshots-weu-1. One restore point collection
(vm-sql-01) has a source.id in a different letter case, another (vm-web-01) all lower case.

Usage (from the repository root)::

    uv run python tools/make_demo_tenant.py          # write resources/demo-tenant.json
    uv run python tools/make_demo_tenant.py --check  # exit 1 if the file is stale
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as a script: make ``tools`` importable
    sys.path.insert(0, str(ROOT))

from tools import armjson as arm  # noqa: E402
from tools.armjson import Json, dotnet_ticks, iso_duration, ts_arm, ts_job  # noqa: E402
from tools.demo_scenarios import BY_VM, SCENARIOS, SEED_CODES, Scenario  # noqa: E402

OUTPUT = ROOT / "resources" / "demo-tenant.json"

CAPTURED_AT = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "contoso.onmicrosoft.com")
TENANT_DOMAIN = "contoso.onmicrosoft.com"
HISTORY_DAYS = 14
CONFIGURE_DAYS_AGO = 15

WINDOWS_AGENT = "2.7.41491.1118"
LINUX_AGENT = "2.12.0.2"
OUTDATED_LINUX_AGENT = "2.2.45.0"
VMSNAPSHOT_WINDOWS = "1.0.9226.0"
VMSNAPSHOT_LINUX = "1.0.9234.0"

ERRORS: dict[str, tuple[str, tuple[str, ...]]] = {
    "UserErrorGuestAgentStatusUnavailable": (
        "VM Agent unable to communicate with Azure Backup",
        (
            "Ensure that the VM is running and that the VM agent is installed, running and "
            "reports Ready.",
            "Restart or reinstall the Windows Azure Guest Agent, then retry the backup.",
        ),
    ),
    "GuestAgentSnapshotTaskStatusError": (
        "Could not communicate with the VM agent for snapshot status",
        (
            "Update the VM agent to the latest version from the distribution repository.",
            "Ensure that the VM has outbound connectivity, then retry the backup.",
        ),
    ),
    "UserErrorRpCollectionLimitReached": (
        "The Restore Point collection max limit has reached.",
        (
            "Remove the lock on the restore point resource group and retry the operation to "
            "trigger the clean-up.",
            "Do not trigger more than one backup per day.",
        ),
    ),
    "UserErrorKeyvaultPermissionsNotConfigured": (
        "Backup doesn't have sufficient permissions to the key vault for backup of encrypted VMs.",
        (
            "Grant the Backup Management Service get, list and backup permissions on keys and "
            "secrets of the key vault.",
        ),
    ),
    "ExtensionSnapshotFailedNoNetwork": (
        "Snapshot operation failed due to no network connectivity on the virtual machine",
        (
            "Allow outbound access to Azure Storage from the VM (NSG service tag Storage, "
            "proxy or firewall rule), then retry the backup.",
        ),
    ),
    "ExtentionOperationFailedForManagedDisks": (
        "VMSnapshot extension operation failed",
        (
            "Uninstall the VMSnapshot extension to force a reload; the next backup installs it "
            "again.",
        ),
    ),
    "BackUpOperationFailed": (
        "Backup failed with an internal error - Please retry the operation in a few minutes",
        (
            "Check the VM agent, the backup extension and locks on the restore point resource "
            "group, then retry the operation.",
        ),
    ),
    "BackUpOperationFailedV2": (
        "Backup failed with an internal error - Please retry the operation in a few minutes",
        (
            "Check the VM agent, the backup extension and locks on the restore point resource "
            "group, then retry the operation.",
        ),
    ),
    "UserErrorUnsupportedDiskSize": (
        "Currently Azure Backup does not support disk sizes greater than 4095GB",
        ("Keep each disk within the supported size, or exclude the disk from the backup.",),
    ),
    "UserErrorBackupOperationInProgress": (
        "Unable to initiate backup as another backup operation is currently in progress",
        ("Wait for the running backup job to finish, or cancel it, and then retry the operation.",),
    ),
}

NUMERIC_ERRORS: dict[int, tuple[str, tuple[str, ...]]] = {
    400219: (
        # The service's own wording (not the documentation's), with no title.
        "VM agent is unable to communicate with the Azure Backup Service.",
        ("Ensure that the VM agent on the virtual machine is running and reports Ready.",),
    ),
}

ERRORS["UserErrorVmNotFoundV2"] = (
    "The virtual machine doesn't exist.",
    (
        "Please make sure that the virtual machine exists or select a different virtual machine "
        "to perform backup operations.",
    ),
)
ERRORS["UserErrorFsFreezeFailed"] = (
    "Failed to freeze one or more mount-points of the VM to take a file-system consistent "
    "snapshot.",
    (
        "Unmount the devices whose file-system state was not cleaned, run a file-system check "
        "(fsck) on them and mount them again, then retry the operation.",
    ),
)

ERROR_NUMBERS: dict[str, int] = {
    # Real jobs send an integer errorCode and the symbolic name in errorTitle. 400136 is the
    # service's number for UserErrorVmNotFoundV2 (seen in recorded traffic); the numbers of the
    # other codes are not public, so these are synthetic placeholders (49xxxx, a range no
    # documented code uses).
    "UserErrorVmNotFoundV2": 400136,
    "UserErrorGuestAgentStatusUnavailable": 490001,
    "GuestAgentSnapshotTaskStatusError": 490002,
    "UserErrorRpCollectionLimitReached": 490003,
    "UserErrorKeyvaultPermissionsNotConfigured": 490004,
    "ExtensionSnapshotFailedNoNetwork": 490005,
    "ExtentionOperationFailedForManagedDisks": 490006,
    "BackUpOperationFailed": 490007,
    "BackUpOperationFailedV2": 490008,
    "UserErrorUnsupportedDiskSize": 490009,
    "UserErrorBackupOperationInProgress": 490010,
    "UserErrorFsFreezeFailed": 490011,
}

FAST_FAILURES = frozenset(
    {
        "UserErrorRpCollectionLimitReached",
        "UserErrorKeyvaultPermissionsNotConfigured",
        "UserErrorUnsupportedDiskSize",
        "UserErrorBackupOperationInProgress",
    }
)
"""Codes raised before the snapshot starts, so the job fails within a minute or two."""


# --------------------------------------------------------------------------- deterministic helpers


def guid(*parts: object) -> str:
    """Return a uuid5 GUID derived from the given name parts."""
    return str(uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts)))


def unit(*parts: object) -> float:
    """Return a stable pseudo-random number in [0, 1) derived from the given parts."""
    digest = hashlib.sha256("/".join(str(part) for part in parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def between(low: int, high: int, *parts: object) -> int:
    """Return a stable pseudo-random integer in [low, high] derived from the given parts."""
    return low + int(unit(*parts) * (high - low + 1))


def hex_of(length: int, *parts: object) -> str:
    """Return a stable lower-case hex string of the given length."""
    return hashlib.sha256("/".join(str(part) for part in parts).encode()).hexdigest()[:length]


def etag(*parts: object) -> str:
    """Return a weak ARM etag such as network resources carry."""
    return f'W/"{guid("etag", *parts)}"'


# --------------------------------------------------------------------------- tenant layout


@dataclass(frozen=True)
class Sub:
    """A subscription of the demo tenant."""

    key: str
    display_name: str
    location: str
    short: str
    env: str
    vnet_prefix: str

    @property
    def subscription_id(self) -> str:
        """The subscription GUID."""
        return guid("subscription", self.display_name)

    @property
    def id(self) -> str:
        """The subscription's ARM id."""
        return f"/subscriptions/{self.subscription_id}"

    def rg_id(self, rg: str) -> str:
        """Return the ARM id of a resource group of this subscription."""
        return arm.rg_id(self.id, rg)

    def res_id(self, rg: str, provider_type: str, name: str) -> str:
        """Return the ARM id of a resource (``provider_type`` like Microsoft.Compute/disks)."""
        return arm.resource_id(self.id, rg, provider_type, name)


PROD = Sub("prod", "Contoso Production", "westeurope", "weu", "production", "10.10")
DEV = Sub("dev", "Contoso Dev/Test", "northeurope", "neu", "devtest", "10.20")
SUBS = {"prod": PROD, "dev": DEV}
TENANT_ID = guid("tenant", TENANT_DOMAIN)

RESOURCE_GROUPS: tuple[tuple[Sub, str, dict[str, str]], ...] = (
    (PROD, "rg-app-prod", {"workload": "line-of-business apps"}),
    (PROD, "rg-web-prod", {"workload": "public web"}),
    (PROD, "rg-data-prod", {"workload": "databases and warehouse"}),
    (PROD, "rg-batch-prod", {"workload": "batch processing"}),
    (PROD, "rg-identity-prod", {"workload": "identity"}),
    (PROD, "rg-mgmt-prod", {"workload": "operations and monitoring"}),
    (PROD, "rg-network-prod", {"workload": "networking"}),
    (PROD, "rg-security-prod", {"workload": "key vaults"}),
    (PROD, "rg-backup-prod", {"workload": "backup"}),
    (PROD, "AzureBackupRG_westeurope_1", {}),
    (PROD, "rp-snapshots-weu-1", {}),
    (DEV, "rg-app-devtest", {"workload": "development"}),
    (DEV, "rg-test-devtest", {"workload": "test"}),
    (DEV, "rg-data-devtest", {"workload": "test data"}),
    (DEV, "rg-mgmt-devtest", {"workload": "jump hosts"}),
    (DEV, "rg-network-devtest", {"workload": "networking"}),
    (DEV, "rg-security-devtest", {"workload": "key vaults"}),
    (DEV, "rg-backup-devtest", {"workload": "backup"}),
    (DEV, "AzureBackupRG_northeurope_1", {}),
)

SUBNETS: dict[str, tuple[Sub, str, int]] = {
    "prod-web": (PROD, "snet-web", 1),
    "prod-app": (PROD, "snet-app", 2),
    "prod-data": (PROD, "snet-data", 3),
    "prod-batch": (PROD, "snet-batch", 4),
    "prod-mgmt": (PROD, "snet-mgmt", 5),
    "dev-app": (DEV, "snet-dev", 1),
    "dev-mgmt": (DEV, "snet-mgmt", 2),
}
"""Subnet key -> (subscription, subnet name, third octet of its /24)."""

RuleSpec = tuple[str, int, str, str, str, str, str, str, str]
"""(name, priority, direction, access, protocol, source, source port, destination, dest. port)."""

# fmt: off
NSG_RULES: dict[str, tuple[RuleSpec, ...]] = {
    "prod-web": (
        ("Allow-HTTPS-Inbound", 100, "Inbound", "Allow", "Tcp", "Internet", "*", "*", "443"),
        ("Allow-SSH-From-Mgmt", 200, "Inbound", "Allow", "Tcp", "10.10.5.0/24", "*", "*", "22"),
    ),
    "prod-app": (
        ("Allow-App-From-Web", 110, "Inbound", "Allow", "Tcp", "10.10.1.0/24", "*", "*", "8443"),
        ("Allow-RDP-From-Mgmt", 200, "Inbound", "Allow", "Tcp", "10.10.5.0/24", "*", "*", "3389"),
    ),
    "prod-data": (
        ("Allow-SQL-From-App", 110, "Inbound", "Allow", "Tcp", "10.10.2.0/24", "*", "*", "1433"),
        ("Allow-RDP-From-Mgmt", 200, "Inbound", "Allow", "Tcp", "10.10.5.0/24", "*", "*", "3389"),
        ("Allow-SSH-From-Mgmt", 210, "Inbound", "Allow", "Tcp", "10.10.5.0/24", "*", "*", "22"),
    ),
    "prod-batch": (
        ("Allow-SSH-From-Mgmt", 200, "Inbound", "Allow", "Tcp", "10.10.5.0/24", "*", "*", "22"),
        ("Deny-Internet-Outbound", 100, "Outbound", "Deny", "*", "*", "*", "Internet", "*"),
        (
            "Allow-VNet-Outbound", 200, "Outbound", "Allow", "*", "VirtualNetwork", "*",
            "VirtualNetwork", "*",
        ),
    ),
    "prod-mgmt": (
        ("Allow-RDP-From-Corp", 100, "Inbound", "Allow", "Tcp", "203.0.113.0/24", "*", "*", "3389"),
    ),
    "dev-app": (
        ("Allow-SSH-From-Mgmt", 200, "Inbound", "Allow", "Tcp", "10.20.2.0/24", "*", "*", "22"),
        ("Allow-RDP-From-Mgmt", 210, "Inbound", "Allow", "Tcp", "10.20.2.0/24", "*", "*", "3389"),
    ),
    "dev-mgmt": (
        ("Allow-SSH-From-Corp", 100, "Inbound", "Allow", "Tcp", "203.0.113.0/24", "*", "*", "22"),
    ),
}

DEFAULT_RULES: tuple[RuleSpec, ...] = (
    (
        "AllowVnetInBound", 65000, "Inbound", "Allow", "*", "VirtualNetwork", "*",
        "VirtualNetwork", "*",
    ),
    (
        "AllowAzureLoadBalancerInBound", 65001, "Inbound", "Allow", "*", "AzureLoadBalancer", "*",
        "*", "*",
    ),
    ("DenyAllInBound", 65500, "Inbound", "Deny", "*", "*", "*", "*", "*"),
    (
        "AllowVnetOutBound", 65000, "Outbound", "Allow", "*", "VirtualNetwork", "*",
        "VirtualNetwork", "*",
    ),
    ("AllowInternetOutBound", 65001, "Outbound", "Allow", "*", "*", "*", "Internet", "*"),
    ("DenyAllOutBound", 65500, "Outbound", "Deny", "*", "*", "*", "*", "*"),
)
# fmt: on


INTERNET_EXPANDED = ("32.0.0.0/3", "4.0.0.0/6", "2.0.0.0/7", "1.0.0.0/8")
"""Start of the expansion of the Internet service tag, as the official example shows it."""


@dataclass(frozen=True)
class PolicySpec:
    """An Azure VM backup policy."""

    key: str
    sub: Sub
    vault_key: str
    name: str
    policy_type: str
    hour: int
    minute: int
    instant_days: int
    retention_days: int
    rg_prefix: str | None = None


@dataclass(frozen=True)
class VaultSpec:
    """A Recovery Services vault."""

    key: str
    sub: Sub
    rg: str
    name: str

    @property
    def id(self) -> str:
        """The vault's ARM id."""
        return self.sub.res_id(self.rg, "Microsoft.RecoveryServices/vaults", self.name)


VAULTS = {
    "prod": VaultSpec("prod", PROD, "rg-backup-prod", "rsv-prod-weu"),
    "dev": VaultSpec("dev", DEV, "rg-backup-devtest", "rsv-devtest-neu"),
}

POLICIES = {
    "prod-default": PolicySpec("prod-default", PROD, "prod", "DefaultPolicy", "V1", 7, 30, 2, 30),
    "prod-sql": PolicySpec(
        "prod-sql", PROD, "prod", "EnhancedPolicy-SQL", "V2", 1, 0, 7, 30, "rp-snapshots-weu-"
    ),
    "dev-default": PolicySpec("dev-default", DEV, "dev", "DefaultPolicy", "V1", 3, 0, 2, 14),
    "dev-enhanced": PolicySpec(
        "dev-enhanced", DEV, "dev", "EnhancedPolicy-DevTest", "V2", 4, 0, 3, 14
    ),
}


def policy_id(policy: PolicySpec) -> str:
    """Return the ARM id of a backup policy."""
    return f"{VAULTS[policy.vault_key].id}/backupPolicies/{policy.name}"


def rp_resource_group(policy: PolicySpec) -> str:
    """Return the resource group that holds a policy's restore point collections."""
    if policy.rg_prefix:
        return f"{policy.rg_prefix}1"
    return f"AzureBackupRG_{policy.sub.location}_1"


@dataclass(frozen=True)
class Image:
    """An OS image and what the guest agent reports about it."""

    os_type: str
    publisher: str
    offer: str
    sku: str
    exact_version: str
    os_name: str
    os_version: str


# fmt: off
IMAGES = {
    "ws2019": Image(
        "Windows", "MicrosoftWindowsServer", "WindowsServer", "2019-datacenter-gensecond",
        "17763.6532.241101", "Windows Server 2019 Datacenter", "10.0.17763.6532",
    ),
    "ws2022": Image(
        "Windows", "MicrosoftWindowsServer", "WindowsServer", "2022-datacenter-azure-edition",
        "20348.2849.241106", "Windows Server 2022 Datacenter Azure Edition", "10.0.20348.2849",
    ),
    "sql2022": Image(
        "Windows", "MicrosoftSQLServer", "sql2022-ws2022", "enterprise-gen2", "16.0.241009",
        "Windows Server 2022 Datacenter", "10.0.20348.2849",
    ),
    "ubuntu2204": Image(
        "Linux", "Canonical", "0001-com-ubuntu-server-jammy", "22_04-lts-gen2",
        "22.04.202411060", "ubuntu", "22.04",
    ),
    "rhel9": Image("Linux", "RedHat", "RHEL", "9-lvm-gen2", "9.4.2024081415", "redhat", "9.4"),
}
# fmt: on


@dataclass(frozen=True)
class VmSpec:
    """One VM of the demo and the scenario it plays."""

    name: str
    sub: Sub
    rg: str
    image: str
    size: str
    subnet: str
    data_disks: tuple[int, ...] = ()
    policy: str | None = None
    failed_days: tuple[int, ...] = ()
    """Days ago whose scheduled backup failed (with the scenario's code, or ``past_error``)."""
    agent: str = "ready"
    power: str = "running"
    snapshot_ext: str = "ok"
    ade_vault: str | None = None
    in_progress_day: int | None = None
    adhoc: tuple[datetime, ...] = ()
    rp_mode: str = "retention"
    expected_rps: int | None = None
    source_id_style: str = "exact"
    past_error: str | int | None = None
    """The code of old failures when the VM has recovered since (its scenario has no code)."""
    warns: bool = False
    """Day 0's job CompletedWithWarnings with the scenario's code (a failure the service reports)."""
    deleted: bool = False
    """The VM was deleted while still protected: only its backup item, jobs and RPC remain."""
    item_state: str = "Protected"

    @property
    def scenario(self) -> Scenario:
        """The diagnosis this VM must get (tools/demo_scenarios.py)."""
        return BY_VM[self.name]

    @property
    def error(self) -> str | int | None:
        """The code of the VM's failed jobs."""
        if self.past_error is not None or self.warns:
            return self.past_error
        return self.scenario.code

    @property
    def warning(self) -> str | None:
        """The code of day 0's CompletedWithWarnings job, if any."""
        code = self.scenario.code
        return str(code) if self.warns and code is not None else None

    @property
    def os_type(self) -> str:
        """Windows or Linux."""
        return IMAGES[self.image].os_type

    @property
    def created(self) -> datetime:
        """When the VM was created."""
        return datetime(2025, 1, 13, 9, 0, tzinfo=UTC) + timedelta(
            days=between(0, 480, self.name, "created"),
            seconds=between(0, 28_800, self.name, "at"),
            microseconds=between(0, 999_999, self.name, "us"),
        )

    @property
    def id(self) -> str:
        """The VM's ARM id."""
        return self.sub.res_id(self.rg, "Microsoft.Compute/virtualMachines", self.name)

    @property
    def nic_name(self) -> str:
        """The name of the VM's network interface."""
        return f"{self.name}-nic-01"

    @property
    def nic_id(self) -> str:
        """The ARM id of the VM's network interface."""
        return self.sub.res_id(self.rg, "Microsoft.Network/networkInterfaces", self.nic_name)


def _at(day: int, hour: int, minute: int) -> datetime:
    """Return a UTC time on 2026-11-<day>."""
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


# fmt: off
SQL01_ADHOC = (
    _at(15, 14, 5), _at(16, 13, 40), _at(16, 18, 20), _at(17, 12, 10),
    _at(18, 15, 45), _at(19, 11, 30), _at(19, 19, 55),
)
SQL02_ADHOC = (
    _at(23, 20, 0), _at(23, 22, 0), _at(24, 0, 0), _at(24, 2, 0), _at(24, 4, 0),
    _at(24, 10, 0), _at(24, 12, 0), _at(24, 14, 0), _at(24, 16, 0), _at(24, 18, 0),
    _at(24, 20, 0), _at(24, 22, 0), _at(25, 0, 0), _at(25, 2, 0),
)

VMS: tuple[VmSpec, ...] = (
    VmSpec(
        "vm-app-01", PROD, "rg-app-prod", "ws2022", "Standard_D4s_v5", "prod-app", (256,),
        "prod-default", (0, 1, 2, 3), agent="not-ready",
    ),
    VmSpec(
        "vm-web-02", PROD, "rg-web-prod", "ubuntu2204", "Standard_D2s_v5", "prod-web", (),
        "prod-default", (0, 1, 2, 3, 4), agent="outdated",
    ),
    VmSpec(
        "vm-sql-01", PROD, "rg-data-prod", "sql2022", "Standard_E8s_v5", "prod-data",
        (1024, 1024, 512), "prod-sql", (0, 1, 2), adhoc=SQL01_ADHOC, rp_mode="all",
        expected_rps=18, source_id_style="upper-rg",
    ),
    VmSpec(
        "vm-fin-01", PROD, "rg-app-prod", "ws2019", "Standard_D4s_v5", "prod-app", (512,),
        "prod-default", (0, 1, 2, 3), ade_vault="kv-fin-weu",
    ),
    VmSpec(
        "vm-batch-03", PROD, "rg-batch-prod", "rhel9", "Standard_F8s_v2", "prod-batch", (256,),
        "prod-default", (0, 1),
    ),
    VmSpec(
        "vm-file-01", PROD, "rg-app-prod", "ws2019", "Standard_D4s_v5", "prod-app", (2048,),
        "prod-default", (0, 1, 2), snapshot_ext="failed",
    ),
    VmSpec(
        "vm-erp-01", PROD, "rg-app-prod", "ws2022", "Standard_E4s_v5", "prod-app", (1024,),
        "prod-default", (0, 1), agent="stale", power="stopped",
    ),
    VmSpec(
        "vm-dw-01", PROD, "rg-data-prod", "ubuntu2204", "Standard_E16s_v5", "prod-data",
        (8192, 1024), "prod-default", (0, 1, 2),
    ),
    VmSpec(
        "vm-app-02", PROD, "rg-app-prod", "ws2022", "Standard_D4s_v5", "prod-app", (512,),
        "prod-default", (0,), in_progress_day=1,
    ),
    VmSpec(
        "vm-dc-01", PROD, "rg-identity-prod", "ws2022", "Standard_D2s_v5", "prod-mgmt", (32,),
        "prod-default",
    ),
    VmSpec(
        "vm-web-01", PROD, "rg-web-prod", "ubuntu2204", "Standard_D2s_v5", "prod-web", (),
        "prod-default", source_id_style="lower",
    ),
    VmSpec(
        "vm-app-03", PROD, "rg-app-prod", "ws2019", "Standard_D2s_v5", "prod-app", (128,),
        "prod-default", (5,), past_error="UserErrorGuestAgentStatusUnavailable",
    ),
    VmSpec(
        "vm-ops-01", PROD, "rg-mgmt-prod", "ws2022", "Standard_D2s_v5", "prod-mgmt", (),
        "prod-default", (0, 1, 2), agent="not-ready",
    ),
    VmSpec(
        "vm-sql-02", PROD, "rg-data-prod", "sql2022", "Standard_E8s_v5", "prod-data",
        (1024, 512), "prod-default", adhoc=SQL02_ADHOC, rp_mode="window", expected_rps=16,
    ),
    VmSpec(
        "vm-dev-01", DEV, "rg-app-devtest", "ubuntu2204", "Standard_B2ms", "dev-app", (64,),
        "dev-default", (0, 1), rp_mode="all", expected_rps=12,
    ),
    VmSpec(
        "vm-test-02", DEV, "rg-test-devtest", "ws2022", "Standard_B4ms", "dev-app", (128,),
        "dev-enhanced",
    ),
    VmSpec(
        "vm-jump-01", DEV, "rg-mgmt-devtest", "rhel9", "Standard_B2s", "dev-mgmt", (),
        None,
    ),
    VmSpec(
        "vm-old-01", PROD, "rg-app-prod", "ws2019", "Standard_D2s_v5", "prod-app", (128,),
        "prod-default", (0, 1, 2), deleted=True,
    ),
    VmSpec(
        "vm-app-04", PROD, "rg-app-prod", "ubuntu2204", "Standard_D2s_v5", "prod-app", (64,),
        "prod-default", warns=True,
    ),
    VmSpec(
        "vm-legacy-01", DEV, "rg-app-devtest", "ubuntu2204", "Standard_B2s", "dev-app", (),
        "dev-default", item_state="ProtectionStopped",
    ),
)
# fmt: on


LOCKS: tuple[tuple[str, str, str, str], ...] = (
    (
        PROD.rg_id("rp-snapshots-weu-1"),
        "do-not-delete",
        "CanNotDelete",
        "Protect the SQL snapshot resource group from accidental deletion (CHG0041873).",
    ),
    (
        DEV.id,
        "subscription-guard",
        "CanNotDelete",
        "Governance baseline: nothing in Dev/Test may be deleted without a change ticket.",
    ),
    (
        VAULTS["prod"].id,
        "vault-no-delete",
        "CanNotDelete",
        "Production backup vault: deletion needs CAB approval.",
    ),
    (
        PROD.rg_id("rg-network-prod"),
        "network-freeze",
        "ReadOnly",
        "Network change freeze until the end of the year.",
    ),
    (
        PROD.rg_id("rg-data-prod"),
        "data-protect",
        "CanNotDelete",
        "Production databases: no deletions.",
    ),
)
"""(scope id, lock name, level, notes)."""


# --------------------------------------------------------------------------- jobs


@dataclass(frozen=True)
class JobRec:
    """One backup job of a VM, before it is rendered as ARM JSON."""

    vm: VmSpec
    operation: str
    status: str
    start: datetime
    duration_s: float
    snapshot_s: float
    error: str | int | None = None
    adhoc: bool = False

    @property
    def name(self) -> str:
        """The job's name (a GUID)."""
        return guid("job", self.vm.name, self.operation, self.start.isoformat())

    @property
    def end(self) -> datetime:
        """When the job ended (meaningless while in progress)."""
        return self.start + timedelta(seconds=self.duration_s)

    @property
    def snapshot_time(self) -> datetime:
        """When the restore point of this job was created."""
        return self.start + timedelta(seconds=self.snapshot_s * 0.6)


def _completed(vm: VmSpec, start: datetime, tag: str) -> JobRec:
    """Return a completed Backup job starting at ``start``."""
    snapshot = between(95, 540, vm.name, tag, "snap") + unit(vm.name, tag, "f1")
    transfer = between(600, 3300, vm.name, tag, "xfer") + unit(vm.name, tag, "f2")
    total = snapshot + transfer + between(20, 80, vm.name, tag, "tail")
    return JobRec(vm, "Backup", "Completed", start, total, snapshot)


def _failed(vm: VmSpec, start: datetime, error: str | int) -> JobRec:
    """Return a failed Backup job starting at ``start``."""
    tag = start.isoformat()
    if isinstance(error, str) and error in FAST_FAILURES:
        total = between(25, 150, vm.name, tag, "fail") + unit(vm.name, tag, "f3")
    else:
        total = between(900, 2700, vm.name, tag, "fail") + unit(vm.name, tag, "f3")
    return JobRec(vm, "Backup", "Failed", start, total, total, error)


def vm_jobs(vm: VmSpec) -> list[JobRec]:
    """Return the job history of a protected VM, oldest first."""
    assert vm.policy is not None
    policy = POLICIES[vm.policy]
    today = CAPTURED_AT.replace(hour=0, minute=0, second=0, microsecond=0)
    if vm.item_state == "ProtectionStopped":
        return []  # protection was stopped weeks ago: no job in the 14 days read
    configure_start = (today - timedelta(days=CONFIGURE_DAYS_AGO)).replace(hour=10) + timedelta(
        minutes=between(0, 300, vm.name, "configure")
    )
    jobs = [
        JobRec(
            vm,
            "ConfigureBackup",
            "Completed",
            configure_start,
            between(25, 70, vm.name, "configure-duration") + unit(vm.name, "c"),
            0.0,
        )
    ]
    for day in range(HISTORY_DAYS - 1, -1, -1):
        scheduled = (
            today - timedelta(days=day) + timedelta(hours=policy.hour, minutes=policy.minute)
        )
        jitter = between(60, 35 * 60, vm.name, day, "jitter")
        if day == vm.in_progress_day:
            jitter = between(5, 240, vm.name, day, "jitter")
        start = scheduled + timedelta(
            seconds=jitter, microseconds=between(0, 999_999, vm.name, day)
        )
        if day == vm.in_progress_day:
            snapshot = between(240, 480, vm.name, day, "snap") + unit(vm.name, day)
            elapsed = (CAPTURED_AT - start).total_seconds()
            jobs.append(JobRec(vm, "Backup", "InProgress", start, elapsed, snapshot))
        elif day in vm.failed_days and vm.error is not None:
            jobs.append(_failed(vm, start, vm.error))
        elif day == 0 and vm.warning is not None:
            done = _completed(vm, start, f"day{day}")
            jobs.append(
                JobRec(
                    vm,
                    "Backup",
                    "CompletedWithWarnings",
                    start,
                    done.duration_s,
                    done.snapshot_s,
                    vm.warning,
                )
            )
        else:
            jobs.append(_completed(vm, start, f"day{day}"))
    for moment in vm.adhoc:
        start = moment + timedelta(seconds=between(5, 50, vm.name, moment.isoformat()))
        job = _completed(vm, start, moment.isoformat())
        jobs.append(
            JobRec(vm, "Backup", "Completed", start, job.duration_s, job.snapshot_s, adhoc=True)
        )
    jobs.sort(key=lambda job: job.start)
    for job in jobs:
        if job.status != "InProgress":
            assert job.end < CAPTURED_AT, f"{vm.name}: job ends after capturedAt"
    return jobs


def job_error(code: str | int) -> tuple[str, tuple[str, ...]]:
    """Return the message and recommendations the service sends with an error code."""
    return NUMERIC_ERRORS[code] if isinstance(code, int) else ERRORS[code]


def job_json(job: JobRec) -> Json:
    """Render a job as GET backupJobs/{name} returns it."""
    vm = job.vm
    assert vm.policy is not None
    policy = POLICIES[vm.policy]
    vault = VAULTS[policy.vault_key]
    errors = None
    if job.status in {"Failed", "CompletedWithWarnings"} and job.error is not None:
        message, recommendations = job_error(job.error)
        numeric = isinstance(job.error, int)
        errors = [
            arm.job_error(
                job.error if isinstance(job.error, int) else ERROR_NUMBERS[job.error],
                message,
                "" if numeric else str(job.error),
                recommendations,
            )
        ]
    return arm.backup_job(
        # Recovery Services returns job ids with "/Subscriptions/" (see GetJobDetails.json).
        f"/Subscriptions/{vault.id.split('/', 2)[2]}",
        job.name,
        vm_name=vm.name,
        rg=vm.rg,
        operation=job.operation,
        job_status=job.status,
        start=ts_job(job.start),
        duration=iso_duration(job.duration_s),
        extended_info=job_extended_info(job, policy),
        activity_id=guid("activity", job.name),
        end=None if job.status == "InProgress" else ts_job(job.end),
        # JobSupportedAction.Cancellable, as real jobs send it
        actions=[1] if job.status == "InProgress" else None,
        errors=errors,
    )


def job_extended_info(job: JobRec, policy: PolicySpec) -> Json:
    """Return a job's extendedInfo: tasks, property bag and error message."""
    vm = job.vm
    if job.operation == "ConfigureBackup":
        return arm.job_extended_info([], {"VM Name": vm.name, "Policy Name": policy.name})
    transfer_s = max(job.duration_s - job.snapshot_s, 0.0)
    if job.status in {"Completed", "CompletedWithWarnings"}:
        tasks = [
            ("Take Snapshot", "Completed", job.snapshot_s),
            ("Transfer data to vault", "Completed", transfer_s),
        ]
    elif job.status == "InProgress":
        tasks = [
            ("Take Snapshot", "Completed", job.snapshot_s),
            ("Transfer data to vault", "InProgress", transfer_s),
        ]
    else:
        tasks = [
            ("Take Snapshot", "Failed", job.duration_s),
            ("Transfer data to vault", "Cancelled", 0.0),
        ]
    bag = {"VM Name": vm.name}
    if job.status in {"Completed", "CompletedWithWarnings"}:
        size_mb = between(900, 48_000, vm.name, job.start.isoformat(), "size")
        bag["Backup Size"] = f"{size_mb} MB"
    running = job.status == "InProgress"
    return arm.job_extended_info(
        [arm.job_task(task, iso_duration(secs), state) for task, state, secs in tasks],
        bag,
        progress=63.0 if running else None,
        remaining="PT15H12M" if running else None,
        dynamic_error=(
            job_error(job.error)[0] if job.status == "Failed" and job.error is not None else None
        ),
    )


def restore_point_jobs(vm: VmSpec, jobs: Sequence[JobRec]) -> list[JobRec]:
    """Return the completed Backup jobs whose restore points are still kept."""
    assert vm.policy is not None
    policy = POLICIES[vm.policy]
    done = [job for job in jobs if job.operation == "Backup" and job.status == "Completed"]
    if vm.rp_mode == "all":  # a lock stops the clean-up: every restore point stays
        kept = done
    elif vm.rp_mode == "window":
        cutoff = CAPTURED_AT - timedelta(days=policy.instant_days)
        kept = [job for job in done if job.start >= cutoff]
    else:
        keep = policy.instant_days + between(0, 1, vm.name, "cleanup-lag")
        kept = done[-keep:]
    if vm.expected_rps is not None:
        assert len(kept) == vm.expected_rps, f"{vm.name}: {len(kept)} restore points"
    return kept


# --------------------------------------------------------------------------- subscriptions, RGs


def subscription_json(sub: Sub) -> Json:
    """Render a subscription as GET /subscriptions lists it."""
    return arm.subscription(
        sub.subscription_id,
        TENANT_ID,
        sub.display_name,
        quota_id="EnterpriseAgreement_2014-09-01",
        tags={"environment": sub.env, "costCenter": "CC-1001" if sub is PROD else "CC-2040"},
    )


def resource_group_json(sub: Sub, name: str, workload: dict[str, str]) -> Json:
    """Render a resource group as GET resourceGroups/{name} returns it."""
    tags = {"environment": sub.env, "owner": "cloud-ops@contoso.com", **workload}
    return arm.resource_group(sub.id, name, sub.location, tags if workload else None)


def lock_json(scope: str, name: str, level: str, notes: str) -> Json:
    """Render a management lock at its scope."""
    return arm.lock(scope, name, level, notes)


# --------------------------------------------------------------------------- network


def vnet_name(sub: Sub) -> str:
    """Return the name of a subscription's virtual network."""
    return f"vnet-{sub.env}-{sub.short}"


def subnet_id(key: str) -> str:
    """Return the ARM id of a subnet."""
    sub, name, _ = SUBNETS[key]
    vnet = sub.res_id(network_rg(sub), "Microsoft.Network/virtualNetworks", vnet_name(sub))
    return f"{vnet}/subnets/{name}"


def network_rg(sub: Sub) -> str:
    """Return the network resource group of a subscription."""
    return "rg-network-prod" if sub is PROD else "rg-network-devtest"


def nsg_name(key: str) -> str:
    """Return the name of the NSG of a subnet."""
    sub, name, _ = SUBNETS[key]
    return f"nsg-{name}-{'prod' if sub is PROD else 'devtest'}"


def nsg_id(key: str) -> str:
    """Return the ARM id of the NSG of a subnet."""
    sub = SUBNETS[key][0]
    return sub.res_id(network_rg(sub), "Microsoft.Network/networkSecurityGroups", nsg_name(key))


def nsg_rule_json(nsg: str, rule: RuleSpec, kind: str) -> Json:
    """Render an NSG rule as the NSG resource holds it."""
    name, priority, direction, access, protocol, src, sport, dst, dport = rule
    return arm.security_rule(
        nsg, kind, name, priority, direction, access, protocol, src, sport, dst, dport,
        etag=etag(nsg, name),
    )  # fmt: skip


def effective_rule_json(rule: RuleSpec, kind: str) -> Json:
    """Render an NSG rule as the effectiveNetworkSecurityGroups operation reports it."""
    name, priority, direction, access, protocol, src, sport, dst, dport = rule

    def ports(value: str) -> str:
        """Expand a port to the range form the effective view uses."""
        return "0-65535" if value == "*" else f"{value}-{value}"

    return arm.effective_rule(
        f"{kind}/{name}",
        access,
        priority,
        direction=direction,
        protocol="All" if protocol == "*" else protocol,
        source="0.0.0.0/0" if src == "*" else src,
        source_ports=ports(sport),
        destination="0.0.0.0/0" if dst == "*" else dst,
        destination_ports=ports(dport),
        expanded_destination=INTERNET_EXPANDED if dst == "Internet" else None,
    )


def nsg_json(key: str) -> Json:
    """Render the NSG of a subnet."""
    sub = SUBNETS[key][0]
    nsg = nsg_id(key)
    rules = sorted(NSG_RULES[key], key=lambda rule: (rule[2], rule[1]))
    return arm.network_security_group(
        nsg,
        sub.location,
        [nsg_rule_json(nsg, rule, "securityRules") for rule in rules],
        [nsg_rule_json(nsg, rule, "defaultSecurityRules") for rule in DEFAULT_RULES],
        [subnet_id(key)],
        etag=etag(nsg),
        resource_guid=guid("resourceGuid", nsg),
        tags={"environment": sub.env},
    )


def vnet_json(sub: Sub, nics_by_subnet: dict[str, list[str]]) -> Json:
    """Render a subscription's virtual network with its subnets."""
    vnet = sub.res_id(network_rg(sub), "Microsoft.Network/virtualNetworks", vnet_name(sub))
    subnets = [
        arm.subnet(
            vnet,
            name,
            f"{sub.vnet_prefix}.{octet}.0/24",
            nsg_id(key),
            [f"{nic}/ipConfigurations/ipconfig1" for nic in nics_by_subnet.get(key, [])],
            etag=etag(vnet, name),
        )
        for key, (owner, name, octet) in SUBNETS.items()
        if owner is sub
    ]
    return arm.virtual_network(
        vnet,
        sub.location,
        f"{sub.vnet_prefix}.0.0/16",
        subnets,
        etag=etag(vnet),
        resource_guid=guid("resourceGuid", vnet),
        tags={"environment": sub.env},
    )


def nic_json(vm: VmSpec, index: int, public_ip: str | None) -> Json:
    """Render the network interface of a VM."""
    sub, _, octet = SUBNETS[vm.subnet]
    nic = vm.nic_id
    mac = hex_of(6, "mac", vm.name).upper()
    config = arm.ip_configuration(
        nic,
        f"{sub.vnet_prefix}.{octet}.{4 + index}",
        subnet_id(vm.subnet),
        etag=etag(nic, "ipconfig1"),
        public_ip_id=public_ip,
    )
    return arm.network_interface(
        nic,
        sub.location,
        vm.id,
        etag=etag(nic),
        tags={"environment": sub.env},
        resource_guid=guid("resourceGuid", nic),
        ip_configurations=[config],
        dns_suffix=f"{hex_of(26, 'dns', sub.key)}.ax.internal.cloudapp.net",
        mac_address="00-0D-3A-" + "-".join(mac[i : i + 2] for i in range(0, 6, 2)),
        accelerated_networking=not vm.size.startswith("Standard_B"),
        service_fields=True,
    )


def effective_nsg_response(vm: VmSpec) -> Json:
    """Return the POST effectiveNetworkSecurityGroups response of a VM's NIC."""
    rules = sorted(NSG_RULES[vm.subnet], key=lambda rule: (rule[2], rule[1]))
    return arm.effective_nsg_answer(
        vm.nic_id,
        nsg_id(vm.subnet),
        [
            *(effective_rule_json(rule, "securityRules") for rule in rules),
            *(effective_rule_json(rule, "defaultSecurityRules") for rule in DEFAULT_RULES),
        ],
        subnet_id=subnet_id(vm.subnet),
    )


def effective_routes_response(vm: VmSpec) -> Json:
    """Return the POST effectiveRouteTable response of a VM's NIC (system routes only)."""
    sub = SUBNETS[vm.subnet][0]
    routes = [
        (f"{sub.vnet_prefix}.0.0/16", "VnetLocal"),
        ("0.0.0.0/0", "Internet"),
        ("10.0.0.0/8", "None"),
        ("100.64.0.0/10", "None"),
        ("172.16.0.0/12", "None"),
        ("192.168.0.0/16", "None"),
    ]
    return arm.effective_routes_answer(
        vm.nic_id, [arm.effective_route(prefix, hop) for prefix, hop in routes]
    )


def public_ip_json(sub: Sub, rg: str, name: str) -> Json:
    """Render a static Standard public IP address."""
    pip = sub.res_id(rg, "Microsoft.Network/publicIPAddresses", name)
    return arm.public_ip(
        pip, sub.location, "198.51.100.24", etag=etag(pip), resource_guid=guid("resourceGuid", pip)
    )


# --------------------------------------------------------------------------- storage, monitoring


def storage_json(sub: Sub, rg: str, name: str, created: datetime) -> Json:
    """Render a StorageV2 account."""
    return arm.storage_account(
        sub.res_id(rg, "Microsoft.Storage/storageAccounts", name),
        sub.location,
        "Standard_ZRS" if sub is PROD else "Standard_LRS",
        created,
        tags={"environment": sub.env},
    )


def workspace_json(sub: Sub, rg: str, name: str) -> Json:
    """Render a Log Analytics workspace."""
    return arm.log_analytics_workspace(
        sub.res_id(rg, "Microsoft.OperationalInsights/workspaces", name),
        sub.location,
        guid("workspace", name),
        tags={"environment": sub.env},
    )


# --------------------------------------------------------------------------- key vaults


def key_vault_id(name: str) -> str:
    """Return the ARM id of one of the demo key vaults."""
    for sub, rg, vault, _ in KEY_VAULTS:
        if vault == name:
            return sub.res_id(rg, "Microsoft.KeyVault/vaults", vault)
    raise KeyError(name)


KEY_VAULTS: tuple[tuple[Sub, str, str, str], ...] = (
    (PROD, "rg-security-prod", "kv-fin-weu", "access-policy-user-only"),
    (PROD, "rg-security-prod", "kv-app-weu", "rbac"),
    (DEV, "rg-security-devtest", "kv-devtest-neu", "access-policy-with-backup"),
)
"""(subscription, resource group, name, how it grants access)."""


def key_vault_json(sub: Sub, rg: str, name: str, mode: str) -> Json:
    """Render a key vault; the mode decides its access model and policies."""
    policies: list[Json] = []
    if mode.startswith("access-policy"):
        policies.append(
            arm.access_policy(
                TENANT_ID,
                guid("group", f"grp-{name}-admins"),
                keys=["get", "list"],
                secrets=["get", "list"],
                certificates=[],
            )
        )
    if mode == "access-policy-user-only":
        # Full rights, but for a person: Azure Backup still cannot read the keys.
        policies.append(
            arm.access_policy(
                TENANT_ID,
                guid("user", "adele.vance@contoso.com"),
                keys=["get", "list", "backup", "restore"],
                secrets=["get", "list", "backup", "restore"],
                certificates=["get", "list"],
            )
        )
    if mode == "access-policy-with-backup":
        policies.append(
            arm.access_policy(
                TENANT_ID,
                guid("servicePrincipal", "Backup Management Service"),
                application_id=arm.BACKUP_MANAGEMENT_SERVICE_APP,
                keys=["get", "list", "backup"],
                secrets=["get", "list", "backup"],
            )
        )
    return arm.key_vault(
        sub.res_id(rg, "Microsoft.KeyVault/vaults", name),
        sub.location,
        TENANT_ID,
        policies,
        rbac=mode == "rbac",
        tags={"environment": sub.env},
        disk_encryption=mode != "rbac",
        service_fields=True,
    )


# --------------------------------------------------------------------------- recovery services


def vault_json(vault: VaultSpec) -> Json:
    """Render a Recovery Services vault as GET vaults/{name} returns it."""
    prod = vault.key == "prod"
    return arm.recovery_vault(
        vault.id,
        vault.sub.location,
        properties=arm.vault_properties(geo_redundant=prod, cross_region_restore=prod),
        etag=f"W/\"datetime'2026-10-0{2 if prod else 6}T08%3A14%3A51.68Z'\"",
        principal_id=guid("principal", vault.name),
        tenant_id=TENANT_ID,
        tags={"environment": vault.sub.env},
    )


def policy_json(policy: PolicySpec, item_count: int) -> Json:
    """Render an Azure VM backup policy as GET backupPolicies/{name} returns it."""
    run_time = f"2026-10-01T{policy.hour:02d}:{policy.minute:02d}:00Z"
    schedule = (
        arm.simple_schedule(run_time, weekly_frequency=0)
        if policy.policy_type == "V1"
        else arm.simple_schedule_v2(run_time)
    )
    return arm.backup_policy(
        VAULTS[policy.vault_key].id,
        policy.name,
        policy_type=policy.policy_type,
        instant_days=policy.instant_days,
        schedule=schedule,
        retention=arm.daily_retention(run_time, policy.retention_days),
        item_count=item_count,
        rg_prefix=policy.rg_prefix,
    )


def protected_item_json(vm: VmSpec, jobs: Sequence[JobRec], kept: Sequence[JobRec]) -> Json:
    """Render a VM's backup item as GET .../protectedItems/{name} returns it."""
    assert vm.policy is not None
    policy = POLICIES[vm.policy]
    vault = VAULTS[policy.vault_key].id
    data_id = str(between(10**17, 10**18 - 1, vm.name, "dataId"))
    if vm.item_state == "ProtectionStopped":
        # No policy any more (policyId is empty), no recent job; the last backup is weeks old.
        last = CAPTURED_AT - timedelta(days=41, hours=3, minutes=between(0, 50, vm.name, "last"))
        return arm.protected_vm_item(
            vault,
            vm.id,
            protection_status="Healthy",
            protection_state="ProtectionStopped",
            health_status="Passed",
            last_backup_status="Completed",
            last_backup_time=ts_job(last),
            policy_id="",
            data_id=data_id,
            last_recovery_point=ts_job(last + timedelta(minutes=7)),
            empty_health_details=True,
        )
    backups = [job for job in jobs if job.operation == "Backup" and job.status != "InProgress"]
    latest = backups[-1]
    completed = [job for job in backups if job.status == "Completed"]
    healthy = latest.status == "Completed"
    return arm.protected_vm_item(
        vault,
        vm.id,
        protection_status="Healthy" if healthy else "Unhealthy",
        protection_state="Protected",
        health_status="Passed" if healthy else "ActionRequired",
        last_backup_status=latest.status,
        last_backup_time=ts_job(completed[-1].start),
        policy_id=policy_id(policy),
        data_id=data_id,
        last_recovery_point=ts_job(kept[-1].snapshot_time if kept else completed[-1].start),
        policy_type=policy.policy_type,
    )


DELETED = frozenset(vm.name for vm in VMS if vm.deleted)
"""VMs deleted while still protected (their items and jobs remain)."""


def user_collection_json(vm: VmSpec) -> Json:
    """A restore point collection a user made (az restore-point collection create), not Backup's."""
    name = f"{vm.name}-prepatch"
    rpc_id = vm.sub.res_id(vm.rg, "Microsoft.Compute/restorePointCollections", name)
    created = CAPTURED_AT - timedelta(days=6, hours=2)
    points = [
        arm.restore_point(
            rpc_id,
            f"{vm.name}-before-kb{5000 + n}",
            created + timedelta(days=2 * n),
            "CrashConsistent",
            exclude_disks=True,
        )
        for n in range(2)
    ]
    return arm.restore_point_collection(
        rpc_id,
        vm.sub.location,
        {"location": vm.sub.location, "id": vm.id},
        guid("user-rpc", vm.name),
        points,
        tags={"owner": "ops"},
    )


def activity_log_response(sub: Sub) -> Json:
    """The subscription's activity log: the VMs' power operations through Azure.

    vm-erp-01 was last started through Azure and then shut down from inside the guest, so
    its log has a start and no powerOff since.
    """
    events: list[Json] = []
    for vm in VMS:
        if vm.sub is not sub or vm.deleted:
            continue
        start = vm.created + timedelta(days=1)
        if vm.power == "stopped":
            start = CAPTURED_AT - timedelta(days=9, hours=4)
        for phase, offset in (("Started", 0), ("Succeeded", 41)):
            when = start + timedelta(seconds=offset)
            events.append(
                arm.vm_operation_event(
                    vm.id,
                    "start",
                    display="Start Virtual Machine",
                    timestamp=ts_arm(when),
                    submitted=ts_arm(when + timedelta(seconds=12)),
                    event_id=f"{vm.id}/events/{guid('activity', vm.name, phase)}/ticks/"
                    f"{dotnet_ticks(when)}",
                    tenant_id=TENANT_ID,
                    caller="ops-automation@contoso.onmicrosoft.com",
                    event_status=phase,
                    begin=phase == "Started",
                    correlation_id=guid("activity", vm.name, "start"),
                    event_data_id=guid("activity", vm.name, "start", phase),
                    operation_id=guid("activity-op", vm.name),
                    authorization=True,
                )
            )
    events.sort(key=lambda e: e["eventTimestamp"], reverse=True)
    return arm.activity_log_answer(sub.id, events)


def graph_response() -> Json:
    """Microsoft Graph: the tenant's Backup Management Service principal (found by appId)."""
    principal = arm.service_principal(guid("servicePrincipal", "Backup Management Service"))
    return arm.graph_service_principals([principal])


# --------------------------------------------------------------------------- compute


@dataclass(frozen=True)
class DiskSpec:
    """A managed disk of a VM."""

    name: str
    size_gb: int
    lun: int | None
    sku: str

    @property
    def is_os(self) -> bool:
        """True for the OS disk."""
        return self.lun is None


def vm_disks(vm: VmSpec) -> list[DiskSpec]:
    """Return a VM's OS disk followed by its data disks."""
    os_size = 127 if vm.os_type == "Windows" else 64
    sku = "Premium_LRS" if vm.sub is PROD else "StandardSSD_LRS"
    disks = [DiskSpec(f"{vm.name}_OsDisk_1_{hex_of(32, 'osdisk', vm.name)}", os_size, None, sku)]
    disks += [
        DiskSpec(f"{vm.name}_DataDisk_{lun}", size, lun, sku)
        for lun, size in enumerate(vm.data_disks)
    ]
    return disks


def disk_id(vm: VmSpec, disk: DiskSpec) -> str:
    """Return the ARM id of a managed disk."""
    return vm.sub.res_id(vm.rg, "Microsoft.Compute/disks", disk.name)


def ade_settings(vm: VmSpec, disk: DiskSpec) -> Json:
    """Return the disk encryption settings ADE records for a disk."""
    assert vm.ade_vault is not None
    secret = f"{guid('ade-secret', vm.name, disk.name)}".replace("-", "")
    return arm.ade_settings(
        key_vault_id(vm.ade_vault),
        f"https://{vm.ade_vault}.vault.azure.net/secrets/{secret}/"
        f"{hex_of(32, 'ade-version', vm.name, disk.name)}",
    )


def disk_json(vm: VmSpec, disk: DiskSpec) -> Json:
    """Render a managed disk attached to a VM."""
    image = IMAGES[vm.image]
    tier = "P80" if disk.size_gb > 16384 else ("P60" if disk.size_gb > 4096 else None)
    return arm.managed_disk(
        disk_id(vm, disk),
        vm.sub.location,
        vm.id,
        disk.sku,
        disk.size_gb,
        created=vm.created,
        unique_id=guid("disk", disk.name),
        tier=tier or ("P10" if disk.size_gb <= 128 else "P30"),
        tags={"environment": vm.sub.env},
        os_type=image.os_type if disk.is_os else None,
        image_id=(
            f"/Subscriptions/{vm.sub.subscription_id}/Providers/Microsoft.Compute/"
            f"Locations/{vm.sub.location}/Publishers/{image.publisher}/ArtifactTypes/"
            f"VMImage/Offers/{image.offer}/Skus/{image.sku}/Versions/{image.exact_version}"
        ),
        encryption=ade_settings(vm, disk) if vm.ade_vault else None,
    )


@dataclass(frozen=True)
class ExtSpec:
    """A VM extension: its resource name, handler type and model values."""

    name: str
    publisher: str
    type: str
    version: str
    handler_version: str
    settings: Json
    failed: bool = False

    @property
    def handler_type(self) -> str:
        """The handler type the agent reports (publisher.type)."""
        return f"{self.publisher}.{self.type}"


def vm_extensions(vm: VmSpec, jobs: Sequence[JobRec]) -> list[ExtSpec]:
    """Return the extensions installed on a VM."""
    windows = vm.os_type == "Windows"
    workspace = "AzureMonitorWindowsAgent" if windows else "AzureMonitorLinuxAgent"
    exts = [
        ExtSpec(
            workspace,
            "Microsoft.Azure.Monitor",
            workspace,
            "1.31" if windows else "1.33",
            "1.31.0.0" if windows else "1.33.2",
            {},
        ),
    ]
    if vm.policy is not None:
        snap = "VMSnapshot" if windows else "VMSnapshotLinux"
        backups = [job for job in jobs if job.operation == "Backup"]
        # A stopped item has no recent job: the extension stays from its last backup.
        last_name = backups[-1].name if backups else guid("job", vm.name, "last")
        last_start = backups[-1].start if backups else CAPTURED_AT - timedelta(days=41, hours=3)
        settings: Json = {
            "locale": "en-us",
            "taskId": guid("task", last_name),
            "commandToExecute": "snapshot",
            "commandStartTimeUTCTicks": str(dotnet_ticks(last_start)),
            "vmType": "microsoft.compute/virtualmachines",
        }
        exts.append(
            ExtSpec(
                snap,
                "Microsoft.Azure.RecoveryServices",
                snap,
                "1.0",
                VMSNAPSHOT_WINDOWS if windows else VMSNAPSHOT_LINUX,
                settings,
                failed=vm.snapshot_ext == "failed",
            )
        )
    if vm.ade_vault:
        ade = "AzureDiskEncryption" if windows else "AzureDiskEncryptionForLinux"
        exts.append(
            ExtSpec(
                ade,
                "Microsoft.Azure.Security",
                ade,
                "2.2",
                "2.2.0.52" if windows else "1.1.0.89",
                {
                    "EncryptionOperation": "EnableEncryption",
                    "KeyVaultURL": f"https://{vm.ade_vault}.vault.azure.net/",
                    "KeyVaultResourceId": key_vault_id(vm.ade_vault),
                    "KeyEncryptionAlgorithm": "RSA-OAEP",
                    "VolumeType": "All",
                    "ResizeOSDisk": False,
                },
            )
        )
    return exts


def extension_json(vm: VmSpec, ext: ExtSpec) -> Json:
    """Render a VM extension resource as GET {vm}/extensions/{name} returns it."""
    return arm.vm_extension(
        vm.id,
        ext.name,
        vm.sub.location,
        ext.publisher,
        ext.type,
        ext.version,
        state="Failed" if ext.failed else "Succeeded",
        settings=ext.settings,
    )


status = arm.status


def agent_json(vm: VmSpec, exts: Sequence[ExtSpec]) -> Json:
    """Return the vmAgent part of a VM's instance view."""
    windows = vm.os_type == "Windows"
    version = WINDOWS_AGENT if windows else LINUX_AGENT
    heartbeat = CAPTURED_AT - timedelta(
        seconds=between(20, 240, vm.name, "heartbeat"), microseconds=between(0, 999_999, vm.name)
    )
    ready_msg = (
        "GuestAgent is running and accepting new configurations."
        if windows
        else "Guest Agent is running"
    )
    if vm.agent == "not-ready":
        since = CAPTURED_AT - timedelta(
            days=max(vm.failed_days), hours=3, seconds=between(600, 1800, vm.name, "since")
        )
        statuses = [
            status(
                "ProvisioningState/Unavailable",
                "Warning",
                "Not Ready",
                "VM agent is unresponsive.",
                since,
            )
        ]
    elif vm.agent == "stale":  # the guest was shut down: the last report is old
        statuses = [
            status("ProvisioningState/succeeded", "Info", "Ready", ready_msg, shutdown_time(vm))
        ]
    else:
        if vm.agent == "outdated":
            version = OUTDATED_LINUX_AGENT
        statuses = [status("ProvisioningState/succeeded", "Info", "Ready", ready_msg, heartbeat)]
    handlers = []
    for ext in exts:
        if ext.failed:
            handler_status = status(
                "ProvisioningState/failed/-2147024894",
                "Error",
                "Not Ready",
                "VMSnapshot extension failed to load",
                None,
            )
        else:
            handler_status = status("ProvisioningState/succeeded", "Info", "Ready", None, None)
        handlers.append(
            arm.extension_handler(ext.handler_type, ext.handler_version, handler_status)
        )
    return arm.vm_agent(version, statuses, handlers)


def shutdown_time(vm: VmSpec) -> datetime:
    """Return when a stopped VM was shut down from inside the guest."""
    return CAPTURED_AT - timedelta(days=max(vm.failed_days), hours=14, seconds=2917.3806521)


def extension_view(vm: VmSpec, ext: ExtSpec, jobs: Sequence[JobRec]) -> Json:
    """Return the instance view of one extension."""
    if ext.type.startswith("VMSnapshot"):
        ran = [
            job
            for job in jobs
            if job.operation == "Backup" and job.status in {"Completed", "InProgress"}
        ]
        when = (
            ran[-1].start + timedelta(seconds=ran[-1].snapshot_s * 0.8)
            if ran
            else CAPTURED_AT - timedelta(days=41, hours=2, minutes=55)
        )
        if ext.failed:
            failed_job = [job for job in jobs if job.status == "Failed"][-1]
            when = failed_job.start + timedelta(seconds=failed_job.duration_s * 0.5)
            entry = status(
                "ProvisioningState/failed/-2147024894",
                "Error",
                "Provisioning failed",
                "VMSnapshot extension failed to load",
                when,
            )
        else:
            entry = status(
                "ProvisioningState/succeeded",
                "Info",
                "Provisioning succeeded",
                "Enable succeeded",
                when,
            )
    elif ext.type.startswith("AzureDiskEncryption"):
        entry = status(
            "ProvisioningState/succeeded",
            "Info",
            "Provisioning succeeded",
            "Encryption succeeded for all volumes",
            vm.created + timedelta(hours=2),
        )
    else:
        entry = status(
            "ProvisioningState/succeeded",
            "Info",
            "Provisioning succeeded",
            "Enable succeeded",
            CAPTURED_AT - timedelta(days=6, hours=5),
        )
    return arm.extension_view(ext.name, ext.handler_type, ext.handler_version, [entry])


def vm_instance_view(vm: VmSpec, jobs: Sequence[JobRec], exts: Sequence[ExtSpec]) -> Json:
    """Return the instance view of a VM ($expand=instanceView)."""
    image = IMAGES[vm.image]
    disks_view = [
        arm.disk_view(
            disk.name,
            [
                status(
                    "ProvisioningState/succeeded",
                    "Info",
                    "Provisioning succeeded",
                    None,
                    vm.created,
                )
            ],
            ade_settings(vm, disk) if vm.ade_vault else None,
        )
        for disk in vm_disks(vm)
    ]
    # A stopped VM was shut down inside the guest: no ARM operation, still allocated.
    power = "stopped" if vm.power == "stopped" else "running"
    last_op = CAPTURED_AT - timedelta(
        days=between(8, 40, vm.name, "lastop"), seconds=between(0, 80_000, vm.name, "lastop-s")
    )
    return arm.instance_view(
        vm.name,
        image.os_name,
        agent_json(vm, exts),
        disks_view,
        [extension_view(vm, ext, jobs) for ext in exts],
        [
            status("ProvisioningState/succeeded", "Info", "Provisioning succeeded", None, last_op),
            status(f"PowerState/{power}", "Info", f"VM {power}"),
        ],
        os_version=image.os_version,
        hyper_v_generation="V2",
    )


def storage_profile(vm: VmSpec) -> Json:
    """Return a VM's storageProfile."""
    image = IMAGES[vm.image]
    disks = vm_disks(vm)
    os_disk = disks[0]
    return arm.storage_profile(
        arm.os_disk(
            image.os_type,
            os_disk.name,
            os_disk.size_gb,
            disk_id(vm, os_disk),
            storage_account_type=os_disk.sku,
            caching="ReadWrite",
            delete_option="Detach",
        ),
        [
            arm.data_disk(
                disk.lun or 0,
                disk.name,
                disk.size_gb,
                create_option="Attach",
                disk_id=disk_id(vm, disk),
                storage_account_type=disk.sku,
                caching="ReadOnly" if vm.image == "sql2022" else "None",
                delete_option="Detach",
            )
            for disk in disks[1:]
        ],
        image=arm.image_reference(image.publisher, image.offer, image.sku, image.exact_version),
        disk_controller_type="SCSI",
    )


def os_profile(vm: VmSpec, *, patch_settings: bool = True) -> Json:
    """Return a VM's osProfile."""
    return arm.os_profile(vm.name, vm.os_type, "contosoadmin", patch_settings=patch_settings)


def vm_json(vm: VmSpec, jobs: Sequence[JobRec], exts: Sequence[ExtSpec]) -> Json:
    """Render a VM as GET virtualMachines/{name}?$expand=instanceView returns it."""
    tags = {"environment": vm.sub.env, "owner": "cloud-ops@contoso.com"}
    if vm.policy is None:
        tags["backup"] = "not-required"
    return arm.virtual_machine(
        vm.id,
        vm.sub.location,
        guid("vmId", vm.name),
        vm.size,
        storage_profile(vm),
        [vm.nic_id],
        vm_instance_view(vm, jobs, exts),
        tags=tags,
        profile=os_profile(vm),
        trusted_launch=True,
        boot_diagnostics=True,
        time_created=vm.created,
        extensions=[extension_json(vm, ext) for ext in exts],
    )


def restore_point_json(vm: VmSpec, rpc_id: str, job: JobRec) -> Json:
    """Render one restore point, shaped like RestorePoint_Get.json."""
    image = IMAGES[vm.image]
    name = f"AzureBackup_{guid('rp', vm.name, job.name)}"
    rp_id = f"{rpc_id}/restorePoints/{name}"
    disks = vm_disks(vm)

    def disk_entry(disk: DiskSpec) -> Json:
        """Return the restore point metadata of one disk."""
        entry: Json = {} if disk.is_os else {"lun": disk.lun}
        if disk.is_os:
            entry["osType"] = image.os_type
        entry.update(
            {
                "name": disk.name,
                "caching": "ReadWrite" if disk.is_os else "None",
                "managedDisk": {"storageAccountType": disk.sku, "id": disk_id(vm, disk)},
                "diskRestorePoint": {
                    "id": f"{rp_id}/diskRestorePoints/{disk.name}_"
                    f"{guid('drp', job.name, disk.name)}"
                },
            }
        )
        return entry

    metadata = {
        "vmId": guid("vmId", vm.name),
        "hardwareProfile": {"vmSize": vm.size},
        "storageProfile": {
            "osDisk": disk_entry(disks[0]),
            "dataDisks": [disk_entry(disk) for disk in disks[1:]],
            "diskControllerType": "SCSI",
        },
        "osProfile": os_profile(vm, patch_settings=False),
        "diagnosticsProfile": {"bootDiagnostics": {"enabled": True}},
        "location": vm.sub.location,
    }
    return arm.restore_point(
        rpc_id,
        name,
        job.snapshot_time,
        "ApplicationConsistent" if vm.os_type == "Windows" else "FileSystemConsistent",
        source_metadata=metadata,
    )


def rpc_json(vm: VmSpec, kept: Sequence[JobRec]) -> Json:
    """Render a VM's restore point collection as GET ...?$expand=restorePoints returns it."""
    assert vm.policy is not None
    policy = POLICIES[vm.policy]
    name = f"AzureBackup_{vm.name}_{between(10**11, 10**12 - 1, vm.name, 'rpc')}"
    rpc_id = vm.sub.res_id(
        rp_resource_group(policy), "Microsoft.Compute/restorePointCollections", name
    )
    source = vm.id
    if vm.source_id_style == "upper-rg":
        source = source.replace(f"/resourceGroups/{vm.rg}/", f"/resourceGroups/{vm.rg.upper()}/")
    elif vm.source_id_style == "lower":
        source = source.lower()
    return arm.restore_point_collection(
        rpc_id,
        vm.sub.location,
        {"id": source, "location": vm.sub.location},
        guid("rpcId", name),
        [restore_point_json(vm, rpc_id, job) for job in kept],
    )


# --------------------------------------------------------------------------- assembly


def build_snapshot() -> Json:
    """Build the whole snapshot in memory."""
    resources: list[Json] = []
    responses: list[Json] = []
    resources += [resource_group_json(sub, rg, tags) for sub, rg, tags in RESOURCE_GROUPS]
    resources += [lock_json(*lock) for lock in LOCKS]
    resources += infrastructure_resources()
    resources += [key_vault_json(*vault) for vault in KEY_VAULTS]
    item_counts = dict.fromkeys(POLICIES, 0)
    for vm in VMS:
        if vm.policy:
            item_counts[vm.policy] += 1
    for vault in VAULTS.values():
        resources.append(vault_json(vault))
        resources += [
            policy_json(policy, item_counts[key])
            for key, policy in POLICIES.items()
            if policy.vault_key == vault.key
        ]
    all_jobs: list[JobRec] = []
    items: list[Json] = []
    rpcs: list[Json] = []
    for index, vm in enumerate(VMS):
        jobs = vm_jobs(vm) if vm.policy else []
        exts = vm_extensions(vm, jobs)
        public_ip = None
        if vm.name == "vm-jump-01":
            public_ip = vm.sub.res_id(vm.rg, "Microsoft.Network/publicIPAddresses", "pip-jump-01")
            rpcs.append(user_collection_json(vm))
        if not vm.deleted:
            resources.append(vm_json(vm, jobs, exts))
            resources.append(nic_json(vm, index, public_ip))
            resources += [disk_json(vm, disk) for disk in vm_disks(vm)]
            resources += [extension_json(vm, ext) for ext in exts]
            responses += [effective_nsg_response(vm), effective_routes_response(vm)]
        if vm.policy:
            kept = restore_point_jobs(vm, jobs)
            if vm.item_state == "Protected":
                rpcs.append(rpc_json(vm, kept))
            items.append(protected_item_json(vm, jobs, kept))
            all_jobs += jobs
    resources += rpcs + items
    all_jobs.sort(key=lambda job: (job.vm.sub.key != "prod", -job.start.timestamp()))
    resources += [job_json(job) for job in all_jobs]
    responses += [activity_log_response(PROD), activity_log_response(DEV), graph_response()]
    return {
        "format": "backup-doctor-snapshot",
        "version": 1,
        "capturedAt": CAPTURED_AT.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "cloud": "AzureCloud",
        "description": f"Synthetic demo tenant Contoso Ltd: {len(VMS)} VMs in two subscriptions, each "
        "playing one Azure Backup failure scenario (see tools/make_demo_tenant.py). "
        "All data is made up.",
        "tenants": [
            {
                "tenantId": TENANT_ID,
                "displayName": "Contoso Ltd",
                "defaultDomain": TENANT_DOMAIN,
                "domains": [TENANT_DOMAIN, "contoso.com"],
            }
        ],
        "subscriptions": [subscription_json(PROD), subscription_json(DEV)],
        "resources": resources,
        "responses": responses,
    }


def infrastructure_resources() -> list[Json]:
    """Return the networks, NSGs, storage accounts and workspaces of both subscriptions."""
    nics_by_subnet: dict[str, list[str]] = {}
    for vm in VMS:
        nics_by_subnet.setdefault(vm.subnet, []).append(vm.nic_id)
    out: list[Json] = []
    for sub in (PROD, DEV):
        out.append(vnet_json(sub, nics_by_subnet))
        out += [nsg_json(key) for key, (owner, _, _) in SUBNETS.items() if owner is sub]
    out.append(public_ip_json(DEV, "rg-mgmt-devtest", "pip-jump-01"))
    created = datetime(2025, 1, 9, 10, 12, 44, 318_512, tzinfo=UTC)
    out.append(storage_json(PROD, "rg-data-prod", "stcontosodataweu01", created))
    out.append(storage_json(PROD, "rg-mgmt-prod", "stcontosodiagweu", created))
    out.append(storage_json(DEV, "rg-data-devtest", "stcontosodevneu01", created))
    out.append(workspace_json(PROD, "rg-mgmt-prod", "log-contoso-prod-weu"))
    out.append(workspace_json(DEV, "rg-mgmt-devtest", "log-contoso-devtest-neu"))
    return out


def render(snapshot: Json) -> str:
    """Serialise the snapshot as the file holds it (2-space indent, final newline)."""
    return json.dumps(snapshot, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- verification


def _ids(values: Iterable[Json]) -> set[str]:
    """Return the lower-cased ids of the given ARM objects."""
    return {str(value["id"]).lower() for value in values}


def verify(snapshot: Json) -> list[str]:
    """Check the snapshot's integrity; return a list of problems (empty when fine)."""
    problems: list[str] = []
    resources: list[Json] = snapshot["resources"]
    seen: set[str] = set()
    for resource in resources:
        key = str(resource["id"]).lower()
        if key in seen:
            problems.append(f"duplicate id: {resource['id']}")
        seen.add(key)
    known = seen | {sub["id"].lower() for sub in snapshot["subscriptions"]}
    subnets = {
        str(subnet["id"]).lower()
        for resource in resources
        if resource["type"] == "Microsoft.Network/virtualNetworks"
        for subnet in resource["properties"]["subnets"]
    }
    for ref, where in references(snapshot):
        target = ref.lower()
        if target not in known and target not in subnets:
            problems.append(f"{where} refers to a missing id: {ref}")
    problems += verify_codes(resources)
    return problems


def references(snapshot: Json) -> list[tuple[str, str]]:
    """Return every (referenced id, where) pair the snapshot holds."""
    refs: list[tuple[str, str]] = []
    for res in snapshot["resources"]:
        props = res.get("properties", {})
        kind = res["type"]
        where = res["id"]
        if kind.endswith("/protectedItems"):
            # A deleted VM's item still names it; a stopped item may have no policy.
            keys: tuple[str, ...] = ("policyId",) if props["friendlyName"] in DELETED else ()
            if props["friendlyName"] not in DELETED:
                keys = ("policyId", "virtualMachineId", "sourceResourceId")
            refs += [(props[key], where) for key in keys if props[key]]
        elif kind == "Microsoft.Compute/restorePointCollections":
            if not any(
                f"/virtualmachines/{name}" in props["source"]["id"].lower() for name in DELETED
            ):
                refs.append((props["source"]["id"], where))
        elif kind == "Microsoft.Compute/virtualMachines":
            refs += [(nic["id"], where) for nic in props["networkProfile"]["networkInterfaces"]]
            profile = props["storageProfile"]
            refs += [
                (disk["managedDisk"]["id"], where)
                for disk in [profile["osDisk"], *profile["dataDisks"]]
            ]
            for disk in props["instanceView"]["disks"]:
                refs += [
                    (setting["diskEncryptionKey"]["sourceVault"]["id"], where)
                    for setting in disk.get("encryptionSettings", [])
                ]
        elif kind == "Microsoft.Compute/virtualMachines/extensions":
            vault = props["settings"].get("KeyVaultResourceId")
            if vault:
                refs.append((vault, where))
            refs.append((where.rsplit("/extensions/", 1)[0], where))
        elif kind == "Microsoft.Network/networkInterfaces":
            refs.append((props["virtualMachine"]["id"], where))
            for config in props["ipConfigurations"]:
                refs.append((config["properties"]["subnet"]["id"], where))
                if "publicIPAddress" in config["properties"]:
                    refs.append((config["properties"]["publicIPAddress"]["id"], where))
        elif kind == "Microsoft.Compute/disks":
            refs.append((res["managedBy"], where))
        elif kind == "Microsoft.Authorization/locks":
            refs.append((where.split("/providers/Microsoft.Authorization/")[0], where))
    for response in snapshot["responses"]:
        if "/networkinterfaces/" not in response["path"].lower():
            continue  # the activity log and Microsoft Graph answers refer to no stored object
        refs.append((response["path"].rsplit("/", 1)[0], response["path"]))
        for group in response["body"]["value"]:
            if "networkSecurityGroup" in group:
                refs.append((group["networkSecurityGroup"]["id"], response["path"]))
    return refs


def verify_codes(resources: Sequence[Json]) -> list[str]:
    """Check that every seed error code is the code of some VM's most recent failed job."""
    latest: dict[str, Json] = {}
    for res in resources:
        if res["type"] != "Microsoft.RecoveryServices/vaults/backupJobs":
            continue
        props = res["properties"]
        if props["status"] != "Failed":
            continue
        vm = props["entityFriendlyName"]
        if vm not in latest or props["startTime"] > latest[vm]["startTime"]:
            latest[vm] = props
    found = {
        str(props["errorDetails"][0]["errorTitle"] or props["errorDetails"][0]["errorCode"])
        for props in latest.values()
    }
    return [
        f"no VM's latest failed job has error code {code}"
        for code in SEED_CODES
        if code not in found
    ]


def verify_scenarios() -> list[str]:
    """Check that every VM plays exactly one scenario of tools/demo_scenarios.py."""
    names = [vm.name for vm in VMS]
    missing = [f"{name} has no scenario" for name in names if name not in BY_VM]
    return missing + [f"scenario {s.vm} has no VM" for s in SCENARIOS if s.vm not in names]


def scenario_table() -> str:
    """Return SCENARIOS as the reStructuredText table of this module's docstring."""
    os_of = {vm.name: vm.os_type for vm in VMS}
    rows = [("VM", "OS", "job error code", "runbook (=: the code)", "diagnosis", "what it shows")]
    for s in SCENARIOS:
        outcome = s.verdict if s.first_failure is None else f"{s.verdict}: {s.first_failure}"
        code = "-" if s.code is None else str(s.code)
        runbook = "=" if s.runbook == s.code else s.runbook
        rows.append((s.vm, os_of.get(s.vm, "?"), code, runbook, outcome, s.story))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    rule = "  ".join("=" * width for width in widths)

    def line(row: Sequence[str]) -> str:
        return "  ".join(
            cell.ljust(width) for cell, width in zip(row, widths, strict=True)
        ).rstrip()

    return "\n".join([rule, line(rows[0]), rule, *(line(row) for row in rows[1:]), rule])


__doc__ = (__doc__ or "").replace("{scenarios}", scenario_table())


# --------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    """Write (or, with --check, compare) resources/demo-tenant.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit 1 if the file differs from what the generator produces",
    )
    parser.add_argument("--output", type=Path, default=OUTPUT, help="file to write or check")
    parser.add_argument(
        "--scenarios", action="store_true", help="print the VM scenarios table and exit"
    )
    args = parser.parse_args(argv)
    if args.scenarios:
        print(scenario_table())
        return 0
    snapshot = build_snapshot()
    text = render(snapshot)
    problems = verify_scenarios() + verify(json.loads(text))
    if problems:
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    output: Path = args.output
    if args.check:
        current = output.read_text(encoding="utf-8") if output.exists() else None
        if current != text:
            print(f"{output} is out of date; run tools/make_demo_tenant.py", file=sys.stderr)
            return 1
        print(f"{output} is up to date")
        return 0
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {output} ({len(text.encode()):,} bytes, {len(snapshot['resources'])} resources)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
