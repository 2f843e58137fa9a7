"""Build small synthetic ARM snapshots for tests, shaped like the official examples."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

SUB = "11111111-2222-3333-4444-555555555555"
TENANT = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
RG = "rg-app"
LOCATION = "westeurope"
VAULT_RG = "rg-backup"
VAULT = "rsv-test"
NOW = "2026-11-25T09:30:00Z"

Json = dict[str, Any]


def sub_id() -> str:
    """The test subscription's id."""
    return f"/subscriptions/{SUB}"


def vm_id(name: str, rg: str = RG) -> str:
    """A VM's id."""
    return f"{sub_id()}/resourceGroups/{rg}/providers/Microsoft.Compute/virtualMachines/{name}"


def vault_id() -> str:
    """The test vault's id."""
    return (
        f"{sub_id()}/resourceGroups/{VAULT_RG}/providers/Microsoft.RecoveryServices/vaults/{VAULT}"
    )


def status(
    code: str, display: str, level: str = "Info", message: str = "", time: str = NOW
) -> Json:
    """An instance-view status entry."""
    entry: Json = {"code": code, "level": level, "displayStatus": display, "time": time}
    if message:
        entry["message"] = message
    return entry


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


def vm(spec: VmSpec) -> Json:
    """A VM as GET with $expand=instanceView returns it."""
    vid = vm_id(spec.name)
    ext_type = "VMSnapshot" if spec.os == "Windows" else "VMSnapshotLinux"
    os_disk: Json = {
        "osType": spec.os,
        "name": f"{spec.name}_OsDisk",
        "createOption": "FromImage",
        "diskSizeGB": spec.disks_gb[0],
        "managedDisk": {
            "id": f"{sub_id()}/resourceGroups/{RG}/providers/Microsoft.Compute/disks/{spec.name}_OsDisk"
        },
    }
    disks_view: list[Json] = [
        {
            "name": os_disk["name"],
            "statuses": [status("ProvisioningState/succeeded", "Provisioning succeeded")],
        }
    ]
    if spec.key_vault:
        settings = {
            "diskEncryptionKey": {
                "secretUrl": "https://kv.vault.azure.net/secrets/x/1",
                "sourceVault": {"id": spec.key_vault},
            },
            "enabled": True,
        }
        os_disk["encryptionSettings"] = settings
        disks_view[0]["encryptionSettings"] = [settings]
    ext_status = (
        [status("ProvisioningState/failed/0", "Provisioning failed", "Error", spec.snapshot_error)]
        if spec.snapshot_error
        else [status("ProvisioningState/succeeded", "Provisioning succeeded")]
    )
    data: Json = {
        "id": vid,
        "name": spec.name,
        "type": "Microsoft.Compute/virtualMachines",
        "location": LOCATION,
        "properties": {
            "vmId": "0f47b100-583c-48e3-a4c0-aefc2c9bbcc1",
            "hardwareProfile": {"vmSize": "Standard_D2s_v5"},
            "storageProfile": {
                "osDisk": os_disk,
                "dataDisks": [
                    {
                        "lun": i,
                        "name": f"{spec.name}_data{i}",
                        "createOption": "Empty",
                        "diskSizeGB": size,
                    }
                    for i, size in enumerate(spec.disks_gb[1:])
                ],
            },
            "networkProfile": {"networkInterfaces": [{"id": nic_id(spec.name)}]},
            "provisioningState": "Succeeded",
            "instanceView": {
                "computerName": spec.name,
                "osName": "Windows Server 2022 Datacenter" if spec.os == "Windows" else "ubuntu",
                "vmAgent": {
                    "vmAgentVersion": spec.agent_version,
                    "statuses": [
                        status(
                            "ProvisioningState/succeeded",
                            spec.agent_status,
                            message="GuestAgent is running.",
                        )
                    ],
                    "extensionHandlers": [
                        {
                            "type": f"Microsoft.Azure.RecoveryServices.{ext_type}",
                            "typeHandlerVersion": "1.0.9224.0",
                            "status": status("ProvisioningState/succeeded", "Ready"),
                        }
                    ],
                },
                "disks": disks_view,
                "extensions": [
                    {
                        "name": ext_type,
                        "type": f"Microsoft.Azure.RecoveryServices.{ext_type}",
                        "typeHandlerVersion": "1.0.9224.0",
                        "statuses": ext_status,
                    }
                ],
                "statuses": [
                    status("ProvisioningState/succeeded", "Provisioning succeeded"),
                    status(f"PowerState/{spec.power}", f"VM {spec.power}"),
                ],
            },
        },
    }
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
    return {
        "id": f"{vm_id(vm_name)}/extensions/{ext_type}",
        "name": ext_type,
        "type": "Microsoft.Compute/virtualMachines/extensions",
        "location": LOCATION,
        "properties": {
            "publisher": publisher,
            "type": ext_type,
            "typeHandlerVersion": "1.0",
            "autoUpgradeMinorVersion": True,
            "provisioningState": state,
            "settings": settings or {},
        },
    }


def nic_id(vm_name: str) -> str:
    """The NIC id of a test VM."""
    return f"{sub_id()}/resourceGroups/{RG}/providers/Microsoft.Network/networkInterfaces/{vm_name}-nic"


def nic(vm_name: str) -> Json:
    """A NIC resource."""
    return {
        "id": nic_id(vm_name),
        "name": f"{vm_name}-nic",
        "type": "Microsoft.Network/networkInterfaces",
        "location": LOCATION,
        "properties": {"provisioningState": "Succeeded", "virtualMachine": {"id": vm_id(vm_name)}},
    }


def nsg_rule(
    name: str, access: str, priority: int, prefix: str = "Internet", port: str = "443"
) -> Json:
    """An effective outbound security rule."""
    return {
        "name": name,
        "protocol": "Tcp",
        "sourcePortRange": "0-65535",
        "destinationPortRange": port,
        "sourceAddressPrefix": "VirtualNetwork",
        "destinationAddressPrefix": prefix,
        "access": access,
        "priority": priority,
        "direction": "Outbound",
    }


def nic_responses(
    vm_name: str, rules: list[Json] | None = None, next_hop: str = "Internet"
) -> list[Json]:
    """Recorded answers for a NIC's effective NSG rules and routes."""
    rules = (
        rules
        if rules is not None
        else [
            nsg_rule("defaultSecurityRules/AllowInternetOutBound", "Allow", 65001, port="0-65535")
        ]
    )
    return [
        {
            "method": "POST",
            "path": f"{nic_id(vm_name)}/effectiveNetworkSecurityGroups",
            "status": 200,
            "body": {
                "value": [
                    {
                        "networkSecurityGroup": {
                            "id": f"{sub_id()}/resourceGroups/{RG}/providers/Microsoft.Network/networkSecurityGroups/nsg"
                        },
                        "association": {"networkInterface": {"id": nic_id(vm_name)}},
                        "effectiveSecurityRules": rules,
                    }
                ]
            },
        },
        {
            "method": "POST",
            "path": f"{nic_id(vm_name)}/effectiveRouteTable",
            "status": 200,
            "body": {
                "value": [
                    {
                        "source": "Default",
                        "state": "Active",
                        "addressPrefix": ["0.0.0.0/0"],
                        "nextHopIpAddress": [],
                        "nextHopType": next_hop,
                    }
                ]
            },
        },
    ]


def resource_group(name: str, location: str = LOCATION) -> Json:
    """A resource group."""
    return {
        "id": f"{sub_id()}/resourceGroups/{name}",
        "name": name,
        "type": "Microsoft.Resources/resourceGroups",
        "location": location,
        "properties": {"provisioningState": "Succeeded"},
    }


def lock(scope: str, name: str, level: str = "CanNotDelete") -> Json:
    """A management lock at ``scope``."""
    return {
        "id": f"{scope}/providers/Microsoft.Authorization/locks/{name}",
        "name": name,
        "type": "Microsoft.Authorization/locks",
        "properties": {"level": level, "notes": "test lock"},
    }


def rpc(
    vm_name: str, points: int, rg: str = "AzureBackupRG_westeurope_1", state: str = "Succeeded"
) -> Json:
    """A restore point collection with ``points`` restore points."""
    rid = f"{sub_id()}/resourceGroups/{rg}/providers/Microsoft.Compute/restorePointCollections/AzureBackup_{vm_name}_1"
    return {
        "id": rid,
        "name": f"AzureBackup_{vm_name}_1",
        "type": "Microsoft.Compute/restorePointCollections",
        "location": LOCATION,
        "properties": {
            "source": {
                "id": vm_id(vm_name).upper().replace("SUBSCRIPTIONS", "subscriptions"),
                "location": LOCATION,
            },
            "restorePointCollectionId": "59f04a5d-f783-4200-a1bd-d3f464e8c4b4",
            "provisioningState": state,
            "restorePoints": [
                {
                    "id": f"{rid}/restorePoints/rp{i}",
                    "name": f"rp{i}",
                    "properties": {
                        "consistencyMode": "ApplicationConsistent",
                        "provisioningState": "Succeeded",
                        "timeCreated": f"2026-11-{10 + i % 15:02d}T02:00:00Z",
                    },
                }
                for i in range(points)
            ],
        },
    }


def policy(name: str = "DefaultPolicy", prefix: str = "", policy_type: str = "V1") -> Json:
    """An Azure VM backup policy."""
    props: Json = {
        "backupManagementType": "AzureIaasVM",
        "instantRpRetentionRangeInDays": 2,
        "schedulePolicy": {
            "schedulePolicyType": "SimpleSchedulePolicy",
            "scheduleRunFrequency": "Daily",
            "scheduleRunTimes": ["2026-01-01T02:00:00Z"],
        },
        "retentionPolicy": {
            "retentionPolicyType": "LongTermRetentionPolicy",
            "dailySchedule": {
                "retentionTimes": ["2026-01-01T02:00:00Z"],
                "retentionDuration": {"count": 30, "durationType": "Days"},
            },
        },
        "timeZone": "UTC",
        "policyType": policy_type,
        "protectedItemsCount": 1,
    }
    if prefix:
        props["instantRPDetails"] = {"azureBackupRGNamePrefix": prefix}
    return {
        "id": f"{vault_id()}/backupPolicies/{name}",
        "name": name,
        "type": "Microsoft.RecoveryServices/vaults/backupPolicies",
        "properties": props,
    }


def protected_item(vm_name: str, policy_name: str = "DefaultPolicy") -> Json:
    """A protected Azure VM item."""
    container = f"iaasvmcontainerv2;{RG};{vm_name}"
    return {
        "id": f"{vault_id()}/backupFabrics/Azure/protectionContainers/IaasVMContainer;{container}/protectedItems/VM;{container}",
        "name": f"VM;{container}",
        "type": "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems",
        "properties": {
            "friendlyName": vm_name,
            "virtualMachineId": vm_id(vm_name),
            "sourceResourceId": vm_id(vm_name),
            "protectionStatus": "Healthy",
            "protectionState": "Protected",
            "healthStatus": "Passed",
            "lastBackupStatus": "Failed",
            "lastBackupTime": "2026-11-24T02:00:00Z",
            "protectedItemType": "Microsoft.Compute/virtualMachines",
            "backupManagementType": "AzureIaasVM",
            "workloadType": "VM",
            "containerName": container,
            "policyId": f"{vault_id()}/backupPolicies/{policy_name}",
            "policyName": policy_name,
        },
    }


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
    props: Json = {
        "jobType": "AzureIaaSVMJob",
        "duration": "PT25M",
        "virtualMachineVersion": "Compute",
        "entityFriendlyName": vm_name,
        "backupManagementType": "AzureIaasVM",
        "operation": operation,
        "status": status_,
        "startTime": start,
        "activityId": "00000000-0000-0000-0000-000000000000",
        "containerName": f"iaasvmcontainerv2;{RG};{vm_name}",
        "extendedInfo": {
            "tasksList": [
                {
                    "taskId": "Take Snapshot",
                    "duration": "PT2M",
                    "status": "Failed" if status_ == "Failed" else "Completed",
                },
                {
                    "taskId": "Transfer data to vault",
                    "duration": "PT0S",
                    "status": "NotStarted" if status_ == "Failed" else "Completed",
                },
            ],
            "propertyBag": {"VM Name": vm_name},
        },
    }
    if status_ != "InProgress":
        props["endTime"] = start.replace("T02:", "T02:2")
    else:
        props["actionsInfo"] = ["Cancellable"]
    if code != "" or message:
        props["errorDetails"] = [
            {
                "errorCode": code,
                "errorString": message,
                "errorTitle": "",
                "recommendations": ["Retry the operation."],
            }
        ]
    return {
        "id": f"{vault_id()}/backupJobs/{job_id}",
        "name": job_id,
        "type": "Microsoft.RecoveryServices/vaults/backupJobs",
        "properties": props,
    }


def key_vault(name: str, policies: list[Json], rbac: bool = False) -> Json:
    """A Key Vault."""
    return {
        "id": f"{sub_id()}/resourceGroups/{RG}/providers/Microsoft.KeyVault/vaults/{name}",
        "name": name,
        "type": "Microsoft.KeyVault/vaults",
        "location": LOCATION,
        "properties": {
            "tenantId": TENANT,
            "sku": {"family": "A", "name": "standard"},
            "accessPolicies": policies,
            "enableRbacAuthorization": rbac,
            "vaultUri": f"https://{name}.vault.azure.net",
        },
    }


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
    ext_type = "VMSnapshot" if spec.os == "Windows" else "VMSnapshotLinux"
    base = [
        resource_group(RG),
        resource_group(VAULT_RG),
        resource_group("AzureBackupRG_westeurope_1"),
        vm(spec),
        extension(spec.name, ext_type, spec.snapshot_state),
        nic(spec.name),
        {
            "id": vault_id(),
            "name": VAULT,
            "type": "Microsoft.RecoveryServices/vaults",
            "location": LOCATION,
            "sku": {"name": "RS0", "tier": "Standard"},
            "properties": {"provisioningState": "Succeeded"},
        },
        policy(),
        protected_item(spec.name),
        rpc(spec.name, 3),
    ]
    data: Json = {
        "format": "backup-doctor-snapshot",
        "version": 1,
        "capturedAt": NOW,
        "tenants": [{"tenantId": TENANT, "displayName": "Test tenant"}],
        "subscriptions": [
            {
                "id": sub_id(),
                "subscriptionId": SUB,
                "tenantId": TENANT,
                "displayName": "Test subscription",
                "state": "Enabled",
                "authorizationSource": "RoleBased",
            }
        ],
        "resources": base
        + (
            jobs
            if jobs is not None
            else [job(spec.name, "job-1", "Failed", "2026-11-25T02:00:00Z")]
        )
        + (resources or []),
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
    return {
        "caller": caller,
        "channels": "Operation",
        "eventName": {"value": "EndRequest", "localizedValue": "End request"},
        "category": {"value": "Administrative", "localizedValue": "Administrative"},
        "eventTimestamp": time,
        "id": f"{vid}/events/{action}-{time}",
        "level": "Informational",
        "operationName": {
            "value": f"Microsoft.Compute/virtualMachines/{action}/action",
            "localizedValue": f"{action} Virtual Machine",
        },
        "resourceGroupName": RG,
        "resourceProviderName": {
            "value": "Microsoft.Compute",
            "localizedValue": "Microsoft.Compute",
        },
        "resourceType": {
            "value": "Microsoft.Compute/virtualMachines",
            "localizedValue": "Microsoft.Compute/virtualMachines",
        },
        "resourceId": vid,
        "status": {"value": status, "localizedValue": status},
        "subStatus": {"value": "", "localizedValue": ""},
        "submissionTimestamp": time,
        "subscriptionId": SUB,
        "tenantId": TENANT,
    }


def activity_log(events: list[Json], status: int = 200) -> Json:
    """The recorded answer of the subscription's activity log (any $filter)."""
    return {
        "method": "GET",
        "path": f"{sub_id()}/providers/Microsoft.Insights/eventtypes/management/values",
        "status": status,
        "body": {"value": events}
        if status == 200
        else {"error": {"code": "AuthorizationFailed", "message": "denied"}},
    }


BACKUP_APP_ID = "262044b1-e2ce-469f-a196-69ab7ada62d3"


def graph_backup_principal(object_id: str = "bms-object-id", status: int = 200) -> Json:
    """Microsoft Graph's answer to servicePrincipals?$filter=appId eq '<Backup Management Service>'."""
    body: Json
    if status == 200:
        body = {
            "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#servicePrincipals(id,appId,displayName)",
            "value": [
                {
                    "id": object_id,
                    "appId": BACKUP_APP_ID,
                    "displayName": "Backup Management Service",
                }
            ],
        }
    else:
        body = {
            "error": {
                "code": "Authorization_RequestDenied",
                "message": "Insufficient privileges to complete the operation.",
            }
        }
    return {"method": "GET", "path": "/v1.0/servicePrincipals", "status": status, "body": body}


def role_assignment(scope: str, principal: str, role: str, name: str = "ra-1") -> Json:
    """A role assignment at ``scope``."""
    return {
        "id": f"{scope}/providers/Microsoft.Authorization/roleAssignments/{name}",
        "name": name,
        "type": "Microsoft.Authorization/roleAssignments",
        "properties": {
            "scope": scope,
            "principalId": principal,
            "principalType": "ServicePrincipal",
            "roleDefinitionId": f"{sub_id()}/providers/Microsoft.Authorization/roleDefinitions/{role}",
        },
    }
