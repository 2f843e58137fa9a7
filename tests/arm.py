"""Build small synthetic ARM snapshots for tests, through the shared builders of tools/armjson.py.

One protected VM in rg-app, its vault rsv-test in rg-backup and a restore point collection in
AzureBackupRG_westeurope_1; the functions below keep only the fields the tests need.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from tools import armjson

SUB = "11111111-2222-3333-4444-555555555555"
TENANT = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
RG = "rg-app"
LOCATION = "westeurope"
VAULT_RG = "rg-backup"
VAULT = "rsv-test"
NOW = "2026-11-25T09:30:00Z"
RP_RG = "AzureBackupRG_westeurope_1"
BACKUP_APP_ID = armjson.BACKUP_MANAGEMENT_SERVICE_APP

Json = armjson.Json

_SUCCEEDED = ("ProvisioningState/succeeded", "Provisioning succeeded")


def sub_id() -> str:
    """The test subscription's id."""
    return armjson.subscription_id(SUB)


def vm_id(name: str, rg: str = RG) -> str:
    """A VM's id."""
    return armjson.resource_id(sub_id(), rg, "Microsoft.Compute/virtualMachines", name)


def vault_id() -> str:
    """The test vault's id."""
    return armjson.resource_id(sub_id(), VAULT_RG, "Microsoft.RecoveryServices/vaults", VAULT)


def status(
    code: str, display: str, level: str = "Info", message: str = "", time: str = NOW
) -> Json:
    """An instance-view status entry."""
    return armjson.status(code, level, display, message or None, time)


@dataclass
class VmSpec:
    """What to put in a test VM."""

    name: str = "vm1"
    os: str = "Windows"
    power: str = "running"
    agent_status: str = "Ready"
    agent_version: str = "2.7.41491.1118"
    snapshot_state: str = "Succeeded"
    snapshot_error: str = ""
    disks_gb: tuple[int, ...] = (128,)
    key_vault: str = ""
    extra: Json = field(default_factory=dict)

    @property
    def snapshot_type(self) -> str:
        """The backup extension's type: VMSnapshot or VMSnapshotLinux."""
        return "VMSnapshot" if self.os == "Windows" else "VMSnapshotLinux"


def vm(spec: VmSpec) -> Json:
    """A VM as GET with $expand=instanceView returns it."""
    os_name = f"{spec.name}_OsDisk"
    encryption = (
        armjson.ade_settings(spec.key_vault, "https://kv.vault.azure.net/secrets/x/1")
        if spec.key_vault
        else None
    )
    disk_id = armjson.resource_id(sub_id(), RG, "Microsoft.Compute/disks", os_name)
    storage = armjson.storage_profile(
        armjson.os_disk(
            spec.os, os_name, spec.disks_gb[0], disk_id, encryption_settings=encryption
        ),
        [
            armjson.data_disk(i, f"{spec.name}_data{i}", size)
            for i, size in enumerate(spec.disks_gb[1:])
        ],
    )
    handler = f"Microsoft.Azure.RecoveryServices.{spec.snapshot_type}"
    ext_status = (
        status("ProvisioningState/failed/0", "Provisioning failed", "Error", spec.snapshot_error)
        if spec.snapshot_error
        else status(*_SUCCEEDED)
    )
    agent = armjson.vm_agent(
        spec.agent_version,
        [
            status(
                "ProvisioningState/succeeded", spec.agent_status, message="GuestAgent is running."
            )
        ],
        [
            armjson.extension_handler(
                handler, "1.0.9224.0", status("ProvisioningState/succeeded", "Ready")
            )
        ],
    )
    view = armjson.instance_view(
        spec.name,
        "Windows Server 2022 Datacenter" if spec.os == "Windows" else "ubuntu",
        agent,
        [armjson.disk_view(os_name, [status(*_SUCCEEDED)], encryption)],
        [armjson.extension_view(spec.snapshot_type, handler, "1.0.9224.0", [ext_status])],
        [status(*_SUCCEEDED), status(f"PowerState/{spec.power}", f"VM {spec.power}")],
    )
    data = armjson.virtual_machine(
        vm_id(spec.name),
        LOCATION,
        "0f47b100-583c-48e3-a4c0-aefc2c9bbcc1",
        "Standard_D2s_v5",
        storage,
        [nic_id(spec.name)],
        view,
    )
    data.update(spec.extra)
    return data


def extension(
    vm_name: str, ext_type: str, state: str = "Succeeded", settings: Json | None = None
) -> Json:
    """A VM extension resource."""
    publisher = (
        "Microsoft.Azure.Security"
        if "Encryption" in ext_type
        else "Microsoft.Azure.RecoveryServices"
    )
    return armjson.vm_extension(
        vm_id(vm_name),
        ext_type,
        LOCATION,
        publisher,
        ext_type,
        "1.0",
        state=state,
        settings=settings,
    )


def nic_id(vm_name: str) -> str:
    """The NIC id of a test VM."""
    return armjson.resource_id(
        sub_id(), RG, "Microsoft.Network/networkInterfaces", f"{vm_name}-nic"
    )


def nic(vm_name: str) -> Json:
    """A NIC resource."""
    return armjson.network_interface(nic_id(vm_name), LOCATION, vm_id(vm_name))


def nsg_rule(
    name: str, access: str, priority: int, prefix: str = "Internet", port: str = "443"
) -> Json:
    """An effective outbound security rule."""
    return armjson.effective_rule(
        name,
        access,
        priority,
        protocol="Tcp",
        source="VirtualNetwork",
        destination=prefix,
        destination_ports=port,
    )


def nic_responses(
    vm_name: str, rules: list[Json] | None = None, next_hop: str = "Internet"
) -> list[Json]:
    """Recorded answers for a NIC's effective NSG rules and routes."""
    if rules is None:
        rules = [
            nsg_rule("defaultSecurityRules/AllowInternetOutBound", "Allow", 65001, port="0-65535")
        ]
    nsg = armjson.resource_id(sub_id(), RG, "Microsoft.Network/networkSecurityGroups", "nsg")
    return [
        armjson.effective_nsg_answer(nic_id(vm_name), nsg, rules),
        armjson.effective_routes_answer(
            nic_id(vm_name), [armjson.effective_route("0.0.0.0/0", next_hop)]
        ),
    ]


def resource_group(name: str, location: str = LOCATION) -> Json:
    """A resource group."""
    return armjson.resource_group(sub_id(), name, location)


def lock(scope: str, name: str, level: str = "CanNotDelete") -> Json:
    """A management lock at ``scope``."""
    return armjson.lock(scope, name, level, "test lock")


def rpc(vm_name: str, points: int, rg: str = RP_RG, state: str = "Succeeded") -> Json:
    """A restore point collection with ``points`` restore points.

    Its source id is spelt in upper case (but "subscriptions"), as Azure Backup's may be.
    """
    rid = armjson.resource_id(
        sub_id(), rg, "Microsoft.Compute/restorePointCollections", f"AzureBackup_{vm_name}_1"
    )
    source = vm_id(vm_name).upper().replace("SUBSCRIPTIONS", "subscriptions")
    return armjson.restore_point_collection(
        rid,
        LOCATION,
        {"id": source, "location": LOCATION},
        "59f04a5d-f783-4200-a1bd-d3f464e8c4b4",
        [
            armjson.restore_point(
                rid, f"rp{i}", f"2026-11-{10 + i % 15:02d}T02:00:00Z", "ApplicationConsistent"
            )
            for i in range(points)
        ],
        state=state,
    )


def policy(name: str = "DefaultPolicy", prefix: str = "", policy_type: str = "V1") -> Json:
    """An Azure VM backup policy (daily at 02:00, 2 instant-restore days, 30 days kept)."""
    run_time = "2026-01-01T02:00:00Z"
    return armjson.backup_policy(
        vault_id(),
        name,
        policy_type=policy_type,
        instant_days=2,
        schedule=armjson.simple_schedule(run_time),
        retention=armjson.daily_retention(run_time, 30),
        item_count=1,
        rg_prefix=prefix or None,
    )


def protected_item(vm_name: str, policy_name: str = "DefaultPolicy") -> Json:
    """A protected Azure VM item whose last backup failed."""
    return armjson.protected_vm_item(
        vault_id(),
        vm_id(vm_name),
        protection_status="Healthy",
        protection_state="Protected",
        health_status="Passed",
        last_backup_status="Failed",
        last_backup_time="2026-11-24T02:00:00Z",
        policy_id=f"{vault_id()}/backupPolicies/{policy_name}",
        policy_name=policy_name,
    )


def job(
    vm_name: str,
    job_id: str,
    status_: str,
    start: str,
    code: Any = "",
    message: str = "",
    operation: str = "Backup",
) -> Json:
    """A backup job as GET job details returns it."""
    failed = status_ == "Failed"
    tasks = [
        armjson.job_task("Take Snapshot", "PT2M", "Failed" if failed else "Completed"),
        armjson.job_task("Transfer data to vault", "PT0S", "NotStarted" if failed else "Completed"),
    ]
    running = status_ == "InProgress"
    errors = None
    if code != "" or message:
        errors = [armjson.job_error(code, message, "", ["Retry the operation."])]
    return armjson.backup_job(
        vault_id(),
        job_id,
        vm_name=vm_name,
        rg=RG,
        operation=operation,
        job_status=status_,
        start=start,
        duration="PT25M",
        extended_info=armjson.job_extended_info(tasks, {"VM Name": vm_name}),
        activity_id="00000000-0000-0000-0000-000000000000",
        end=None if running else start.replace("T02:", "T02:2"),
        actions=["Cancellable"] if running else None,
        errors=errors,
    )


def key_vault(name: str, policies: list[Json], rbac: bool = False) -> Json:
    """A Key Vault."""
    return armjson.key_vault(
        armjson.resource_id(sub_id(), RG, "Microsoft.KeyVault/vaults", name),
        LOCATION,
        TENANT,
        policies,
        rbac=rbac,
        vault_uri=f"https://{name}.vault.azure.net",
    )


def snapshot(
    spec: VmSpec | None = None,
    *,
    resources: list[Json] | None = None,
    responses: list[Json] | None = None,
    jobs: list[Json] | None = None,
) -> Json:
    """A snapshot with one protected VM, its vault, policy, NIC and a restore point collection.

    ``jobs`` default to one failed job with no code; pass resources/responses to add more.
    """
    spec = spec or VmSpec()
    base = [
        resource_group(RG),
        resource_group(VAULT_RG),
        resource_group(RP_RG),
        vm(spec),
        extension(spec.name, spec.snapshot_type, spec.snapshot_state),
        nic(spec.name),
        armjson.recovery_vault(vault_id(), LOCATION),
        policy(),
        protected_item(spec.name),
        rpc(spec.name, 3),
    ]
    if jobs is None:
        jobs = [job(spec.name, "job-1", "Failed", "2026-11-25T02:00:00Z")]
    subscription = armjson.subscription(SUB, TENANT, "Test subscription")
    data: Json = {
        "format": armjson.SNAPSHOT_FORMAT,
        "version": 1,
        "capturedAt": NOW,
        "tenants": [{"tenantId": TENANT, "displayName": "Test tenant"}],
        "subscriptions": [subscription],
        "resources": base + jobs + (resources or []),
        "responses": nic_responses(spec.name) + (responses or []),
    }
    return copy.deepcopy(data)


def replace(data: Json, resource: Json) -> Json:
    """Replace the resource with the same id (case-insensitive) in a snapshot dict."""
    key = resource["id"].lower()
    data["resources"] = [r for r in data["resources"] if r["id"].lower() != key] + [resource]
    return data


def power_event(
    vm_name: str,
    action: str,
    time: str,
    caller: str = "admin@contoso.com",
    status: str = "Succeeded",
) -> Json:
    """An activity log entry for a power operation on a VM (EventData, as the REST API sends it)."""
    vid = vm_id(vm_name)
    return armjson.vm_operation_event(
        vid,
        action,
        display=f"{action} Virtual Machine",
        timestamp=time,
        submitted=time,
        event_id=f"{vid}/events/{action}-{time}",
        tenant_id=TENANT,
        caller=caller,
        event_status=status,
    )


def activity_log(events: list[Json], status: int = 200) -> Json:
    """The recorded answer of the subscription's activity log (any $filter)."""
    answer = armjson.activity_log_answer(sub_id(), events)
    if status != 200:
        answer["status"] = status
        answer["body"] = armjson.arm_error_body("AuthorizationFailed", "denied")
    return answer


def graph_backup_principal(object_id: str = "bms-object-id", status: int = 200) -> Json:
    """Microsoft Graph's answer to servicePrincipals?$filter=appId eq '<Backup Management Service>'."""
    answer = armjson.graph_service_principals([armjson.service_principal(object_id)])
    if status != 200:
        answer["status"] = status
        answer["body"] = armjson.arm_error_body(
            "Authorization_RequestDenied", "Insufficient privileges to complete the operation."
        )
    return answer


def role_assignment(scope: str, principal: str, role: str, name: str = "ra-1") -> Json:
    """A role assignment at ``scope`` of built-in role ``role`` (a role definition GUID)."""
    return armjson.role_assignment(
        scope, principal, armjson.role_definition_id(sub_id(), role), name
    )
