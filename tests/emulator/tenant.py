"""A small synthetic tenant for the emulator tests; ids deliberately mix letter case."""

from __future__ import annotations

import copy

from tools import armjson

Json = armjson.Json

TENANT = "aaaaaaaa-0000-0000-0000-000000000001"
SUB = "0b1f6471-1bf0-4dda-aec3-111122223333"
SUB2 = "0b1f6471-1bf0-4dda-aec3-444455556666"
S = f"/subscriptions/{SUB}"
APP_RG = "rg-App"
BACKUP_RG = "RG-Backup"
RP_RG = "AzureBackupRG_westeurope_1"
VAULT = "rsv-Main"
VAULT_ID = f"{S}/resourceGroups/{BACKUP_RG}/providers/Microsoft.RecoveryServices/vaults/{VAULT}"
NOW = "2025-03-10T12:00:00Z"


def rg(name: str, sub: str = S) -> Json:
    """A resource group object."""
    return armjson.resource_group(sub, name, "westeurope")


def res(rg_name: str, rtype: str, name: str, props: Json | None = None, sub: str = S) -> Json:
    """A resource in a resource group (``rtype`` like ``Microsoft.Compute/virtualMachines``)."""
    return {
        "id": f"{sub}/resourceGroups/{rg_name}/providers/{rtype}/{name}",
        "name": name,
        "type": rtype,
        "location": "westeurope",
        "properties": props or {},
    }


def child(parent: Json, kind: str, name: str, rtype: str, props: Json | None = None) -> Json:
    """A child resource of ``parent`` in collection ``kind``."""
    return {
        "id": f"{parent['id']}/{kind}/{name}",
        "name": name,
        "type": rtype,
        "properties": props or {},
    }


def lock(scope: str, name: str, level: str = "CanNotDelete") -> Json:
    """A management lock at ``scope``."""
    return armjson.lock(scope, name, level, f"{name} notes")


def vm(name: str, power: str = "running", sub: str = S) -> Json:
    """A VM as GET with $expand=instanceView returns it."""
    return res(
        APP_RG,
        "Microsoft.Compute/virtualMachines",
        name,
        {
            "vmId": f"vmid-{name}",
            "hardwareProfile": {"vmSize": "Standard_B2s"},
            "storageProfile": {
                "osDisk": {"osType": "Windows", "name": f"{name}-os", "diskSizeGB": 127}
            },
            "provisioningState": "Succeeded",
            "instanceView": {
                "computerName": name,
                "vmAgent": {
                    "vmAgentVersion": "2.7.41491.1102",
                    "statuses": [{"code": "ProvisioningState/succeeded", "displayStatus": "Ready"}],
                },
                "statuses": [
                    {
                        "code": "ProvisioningState/succeeded",
                        "displayStatus": "Provisioning succeeded",
                    },
                    {"code": f"PowerState/{power}", "displayStatus": f"VM {power}"},
                ],
            },
        },
        sub=sub,
    )


def job(
    name: str, status: str, start: str, operation: str = "Backup", bmt: str = "AzureIaasVM"
) -> Json:
    """A backup job as GET job details returns it (with extendedInfo)."""
    return {
        "id": f"{VAULT_ID}/backupJobs/{name}",
        "name": name,
        "type": "Microsoft.RecoveryServices/vaults/backupJobs",
        "properties": {
            "jobType": "AzureIaaSVMJob",
            "entityFriendlyName": "vm1",
            "backupManagementType": bmt,
            "operation": operation,
            "status": status,
            "startTime": start,
            "duration": "PT5M",
            "extendedInfo": {"tasksList": [{"taskId": "Take Snapshot", "status": status}]},
        },
    }


def protected_item(vm_name: str, workload: str = "VM", bmt: str = "AzureIaasVM") -> Json:
    """An Azure VM protected item (ids as ARM returns them: ``IaasVMContainer;...``)."""
    container = f"IaasVMContainer;iaasvmcontainerv2;{APP_RG};{vm_name}"
    name = f"VM;iaasvmcontainerv2;{APP_RG};{vm_name}"
    return {
        "id": f"{VAULT_ID}/backupFabrics/Azure/protectionContainers/{container}/protectedItems/{name}",
        "name": name,
        "type": "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems",
        "properties": {
            "friendlyName": vm_name,
            "protectedItemType": "Microsoft.Compute/virtualMachines",
            "backupManagementType": bmt,
            "workloadType": workload,
            "sourceResourceId": f"{S}/resourceGroups/{APP_RG}/providers/Microsoft.Compute/virtualMachines/{vm_name}",
            "policyId": f"{VAULT_ID}/backupPolicies/DefaultPolicy",
            "lastBackupStatus": "Failed",
        },
    }


def snapshot_data() -> Json:
    """The whole test tenant as snapshot v1 data (a fresh copy every call)."""
    vm1, vm2, vm3 = vm("vm1"), vm("vm2", "deallocated"), vm("vm3")
    nic = res(APP_RG, "Microsoft.Network/networkInterfaces", "nic-vm1", {"primary": True})
    kv = res(APP_RG, "Microsoft.KeyVault/vaults", "kv-App", {"enableRbacAuthorization": True})
    vault = res(
        BACKUP_RG, "Microsoft.RecoveryServices/vaults", VAULT, {"provisioningState": "Succeeded"}
    )
    vault["sku"] = {"name": "RS0", "tier": "Standard"}
    rpc1 = res(
        RP_RG,
        "Microsoft.Compute/restorePointCollections",
        "AzureBackup_vm1_1",
        {
            "source": {"id": vm1["id"], "location": "westeurope"},
            "provisioningState": "Succeeded",
            "restorePoints": [
                {
                    "id": f"{S}/resourceGroups/{RP_RG}/providers/Microsoft.Compute/restorePointCollections"
                    "/AzureBackup_vm1_1/restorePoints/rp-embedded",
                    "name": "rp-embedded",
                    "properties": {"consistencyMode": "ApplicationConsistent"},
                }
            ],
        },
    )
    rpc2 = res(
        RP_RG,
        "Microsoft.Compute/restorePointCollections",
        "AzureBackup_vm2_1",
        {
            "source": {"id": vm2["id"].upper()},
            "provisioningState": "Succeeded",
            "restorePoints": [],
        },
    )
    rp_stored = child(
        rpc2,
        "restorePoints",
        "rp-stored",
        "Microsoft.Compute/restorePointCollections/restorePoints",
        {"consistencyMode": "CrashConsistent", "instanceView": {"statuses": [{"code": "x"}]}},
    )
    ext_type = "Microsoft.Compute/virtualMachines/extensions"
    resources: list[Json] = [
        rg(APP_RG),
        rg(BACKUP_RG),
        rg(RP_RG),
        vm1,
        vm2,
        vm3,
        child(
            vm1,
            "extensions",
            "VMSnapshot",
            ext_type,
            {"type": "VMSnapshot", "instanceView": {"name": "x"}},
        ),
        child(
            vm1,
            "extensions",
            "AzureMonitorWindowsAgent",
            ext_type,
            {"type": "AzureMonitorWindowsAgent"},
        ),
        nic,
        kv,
        vault,
        rpc1,
        rpc2,
        rp_stored,
        lock(S, "sub-lock"),
        lock(f"{S}/resourceGroups/{APP_RG}", "rg-lock", "ReadOnly"),
        lock(vm1["id"], "vm-lock"),
        lock(f"{S}/resourceGroups/{RP_RG}", "rp-lock"),
        child(
            vault,
            "backupPolicies",
            "DefaultPolicy",
            "Microsoft.RecoveryServices/vaults/backupPolicies",
            {"backupManagementType": "AzureIaasVM", "instantRpRetentionRangeInDays": 2},
        ),
        child(
            vault,
            "backupPolicies",
            "FilesPolicy",
            "Microsoft.RecoveryServices/vaults/backupPolicies",
            {"backupManagementType": "AzureStorage"},
        ),
        protected_item("vm1"),
        protected_item("vm2"),
        {
            **protected_item("share1", workload="AzureFileShare", bmt="AzureStorage"),
            "id": f"{VAULT_ID}/backupFabrics/Azure/protectionContainers/StorageContainer;storage;x;sa"
            "/protectedItems/AzureFileShare;share1",
            "name": "AzureFileShare;share1",
        },
        job("job-1", "Completed", "2025-03-01T22:00:05.1234567Z"),
        job("job-2", "Failed", "2025-03-02T22:00:05Z"),
        job("job-3", "Failed", "2025-03-03T22:00:05Z"),
        job("job-4", "InProgress", "2025-03-04T22:00:05Z", operation="ConfigureBackup"),
        job("job-5", "Failed", "2025-03-05T10:00:00Z", bmt="AzureStorage"),
        {
            "id": f"{kv['id']}/providers/Microsoft.Authorization/roleAssignments/11111111-aaaa-bbbb-cccc-000000000001",
            "name": "11111111-aaaa-bbbb-cccc-000000000001",
            "type": "Microsoft.Authorization/roleAssignments",
            "properties": {"principalId": "p-backup", "roleDefinitionId": "r1", "scope": kv["id"]},
        },
        {
            "id": f"{S}/providers/Microsoft.Authorization/roleAssignments/11111111-aaaa-bbbb-cccc-000000000002",
            "name": "11111111-aaaa-bbbb-cccc-000000000002",
            "type": "Microsoft.Authorization/roleAssignments",
            "properties": {"principalId": "p-admin", "roleDefinitionId": "r2", "scope": S},
        },
        rg(APP_RG, sub=f"/subscriptions/{SUB2}"),
        vm("vm-other", sub=f"/subscriptions/{SUB2}"),
    ]
    return copy.deepcopy(
        {
            "format": "backup-doctor-snapshot",
            "version": 1,
            "capturedAt": NOW,
            "cloud": "AzureCloud",
            "tenants": [{"tenantId": TENANT, "displayName": "Contoso"}],
            "subscriptions": [
                {
                    "id": S,
                    "subscriptionId": SUB,
                    "displayName": "Production",
                    "state": "Enabled",
                    "tenantId": TENANT,
                },
                {
                    "id": f"/subscriptions/{SUB2}",
                    "subscriptionId": SUB2,
                    "displayName": "Other",
                    "state": "Enabled",
                    "tenantId": TENANT,
                },
            ],
            "resources": resources,
            "responses": [
                {
                    "method": "POST",
                    "path": f"{nic['id']}/effectiveNetworkSecurityGroups",
                    "status": 200,
                    "body": {
                        "value": [
                            {
                                "networkSecurityGroup": {"id": "/x/nsg1"},
                                "effectiveSecurityRules": [
                                    {
                                        "name": "defaultSecurityRules/AllowInternetOutBound",
                                        "access": "Allow",
                                        "direction": "Outbound",
                                        "priority": 65001,
                                        "protocol": "All",
                                    }
                                ],
                            }
                        ]
                    },
                },
                {
                    "method": "GET",
                    "path": f"{S}/resourceGroups/{APP_RG}/providers/Microsoft.Authorization/permissions",
                    "status": 200,
                    "body": {
                        "value": [
                            {"actions": ["*"], "notActions": ["Microsoft.Authorization/*/Delete"]}
                        ]
                    },
                },
            ],
        }
    )
