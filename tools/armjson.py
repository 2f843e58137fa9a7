"""Small builders of raw ARM JSON, shaped like the official azure-rest-api-specs examples.

One function per object kind (a VM with its instance view, an extension, a NIC, the effective
NSG and route answers, a vault, a policy, a protected item, a job, a lock, a restore point
collection, a key vault, a role assignment, an activity log event, a Microsoft Graph answer...).
tools/make_demo_tenant.py builds resources/demo-tenant.json with them and tests/arm.py builds the
tests' small snapshots with them, so both speak the same ARM.

Conventions:

* Every function returns a new dict the way the REST API sends it; ids are passed in whole
  (build them with :func:`resource_id` and friends) and names are taken from the id.
* Optional keyword arguments left at ``None`` are left out of the object, so a test can ask for
  a small object and the demo for a full one. ``service_fields=True`` adds the read-only fields
  the service fills in on GET (their values never vary in our data).
* Keys come in the order the service and the examples use. resources/demo-tenant.json depends on
  it byte for byte (``tools/make_demo_tenant.py --check``), so do not reorder keys.

Not shipped: the wheel packages ``core``, ``gui`` and ``resources`` only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

Json = dict[str, Any]

BACKUP_MANAGEMENT_SERVICE_APP = "262044b1-e2ce-469f-a196-69ab7ada62d3"
"""The appId of the Backup Management Service (the same in every tenant)."""

SNAPSHOT_FORMAT = "backup-doctor-snapshot"


# --------------------------------------------------------------------------- formats


def ts_job(moment: datetime) -> str:
    """Format a time as Recovery Services does (six fractional digits, Z)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def ts_arm(moment: datetime) -> str:
    """Format a time as Compute does (seven fractional digits, +00:00)."""
    moment = moment.astimezone(UTC)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{moment.microsecond:06d}0+00:00"


def iso_duration(seconds: float) -> str:
    """Format a duration as ISO 8601 (PT1H2M3.4567891S), as job durations are."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    fraction = f"{seconds - whole:.7f}"[1:].rstrip("0").rstrip(".")
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if secs or fraction or text == "PT":
        text += f"{secs}{fraction}S"
    return text


def dotnet_ticks(moment: datetime) -> int:
    """Return .NET ticks (100 ns since 0001-01-01) for a time, as VMSnapshot settings hold."""
    delta = moment - datetime(1, 1, 1, tzinfo=UTC)
    return (delta.days * 86400 + delta.seconds) * 10_000_000 + delta.microseconds * 10


def _time(value: datetime | str | None) -> str | None:
    """A time as Compute writes it (strings are passed through)."""
    return ts_arm(value) if isinstance(value, datetime) else value


# --------------------------------------------------------------------------- ids


def subscription_id(guid: str) -> str:
    """The ARM id of a subscription: ``/subscriptions/<guid>``."""
    return f"/subscriptions/{guid}"


def rg_id(subscription: str, rg: str) -> str:
    """The ARM id of resource group ``rg`` of ``subscription`` (a subscription id)."""
    return f"{subscription}/resourceGroups/{rg}"


def resource_id(subscription: str, rg: str, provider_type: str, name: str) -> str:
    """The ARM id of a resource (``provider_type`` like ``Microsoft.Compute/disks``)."""
    return f"{rg_id(subscription, rg)}/providers/{provider_type}/{name}"


def name_of(arm_id: str) -> str:
    """The last segment of an ARM id: the resource's name."""
    return arm_id.rsplit("/", 1)[-1]


def rg_of(arm_id: str) -> str:
    """The resource group named in an ARM id."""
    return arm_id.split("/")[4]


def guid_of(arm_id: str) -> str:
    """The subscription GUID named in an ARM id."""
    return arm_id.split("/")[2]


def container_name(rg: str, vm_name: str) -> str:
    """An Azure VM's protection container name as jobs and items name it."""
    return f"iaasvmcontainerv2;{rg};{vm_name}"


def protected_item_id(vault: str, rg: str, vm_name: str) -> str:
    """The ARM id of an Azure VM's protected item in ``vault`` (a vault id)."""
    container = container_name(rg, vm_name)
    return (
        f"{vault}/backupFabrics/Azure/protectionContainers/"
        f"IaasVMContainer;{container}/protectedItems/VM;{container}"
    )


def recorded(method: str, path: str, body: Json, status: int = 200) -> Json:
    """A recorded answer of the snapshot's ``responses`` (for operations that are not GETs)."""
    return {"method": method, "path": path, "status": status, "body": body}


def arm_error_body(code: str, message: str) -> Json:
    """An ARM error answer's body."""
    return {"error": {"code": code, "message": message}}


# --------------------------------------------------------------------------- resource manager


def subscription(
    guid: str,
    tenant_id: str,
    display_name: str,
    *,
    quota_id: str | None = None,
    tags: dict[str, str] | None = None,
) -> Json:
    """A subscription as GET /subscriptions lists it (GetSubscriptions.json).

    With ``quota_id`` the subscription also carries managedByTenants, subscriptionPolicies and
    ``tags``, as a real listing does.
    """
    body: Json = {
        "authorizationSource": "RoleBased",
        "displayName": display_name,
        "id": subscription_id(guid),
    }
    if quota_id is not None:
        body["managedByTenants"] = []
    body["state"] = "Enabled"
    body["subscriptionId"] = guid
    if quota_id is not None:
        body["subscriptionPolicies"] = {
            "locationPlacementId": "Public_2014-09-01",
            "quotaId": quota_id,
            "spendingLimit": "Off",
        }
    if tags is not None:
        body["tags"] = tags
    body["tenantId"] = tenant_id
    return body


def resource_group(
    subscription: str, name: str, location: str, tags: dict[str, str] | None = None
) -> Json:
    """A resource group as GET resourceGroups/{name} returns it (ResourceGroups_Get.json)."""
    body: Json = {
        "id": rg_id(subscription, name),
        "name": name,
        "type": "Microsoft.Resources/resourceGroups",
        "location": location,
    }
    if tags:
        body["tags"] = tags
    body["properties"] = {"provisioningState": "Succeeded"}
    return body


def lock(scope: str, name: str, level: str = "CanNotDelete", notes: str = "") -> Json:
    """A management lock at ``scope`` (ManagementLocks_ListAtResourceGroupLevel.json)."""
    return {
        "properties": {"level": level, "notes": notes},
        "id": f"{scope}/providers/Microsoft.Authorization/locks/{name}",
        "type": "Microsoft.Authorization/locks",
        "name": name,
    }


def role_assignment(
    scope: str,
    principal_id: str,
    role_definition_id: str,
    name: str,
    principal_type: str = "ServicePrincipal",
) -> Json:
    """A role assignment at ``scope`` (RoleAssignments_Get.json)."""
    return {
        "id": f"{scope}/providers/Microsoft.Authorization/roleAssignments/{name}",
        "name": name,
        "type": "Microsoft.Authorization/roleAssignments",
        "properties": {
            "scope": scope,
            "principalId": principal_id,
            "principalType": principal_type,
            "roleDefinitionId": role_definition_id,
        },
    }


def role_definition_id(subscription: str, role: str) -> str:
    """The id of a built-in role definition (``role`` its GUID) as seen from a subscription."""
    return f"{subscription}/providers/Microsoft.Authorization/roleDefinitions/{role}"


# --------------------------------------------------------------------------- compute: VMs


def status(
    code: str,
    level: str,
    display: str,
    message: str | None = None,
    time: datetime | str | None = None,
) -> Json:
    """An instance-view status entry (``time`` a datetime is written as Compute does)."""
    body: Json = {"code": code, "level": level, "displayStatus": display}
    if message is not None:
        body["message"] = message
    if time is not None:
        body["time"] = _time(time)
    return body


def image_reference(publisher: str, offer: str, sku: str, exact_version: str) -> Json:
    """A marketplace image reference as a VM reports it (version "latest" resolved)."""
    return {
        "publisher": publisher,
        "offer": offer,
        "sku": sku,
        "version": "latest",
        "exactVersion": exact_version,
    }


def _managed_disk(disk_id: str, storage_account_type: str | None) -> Json:
    body: Json = {}
    if storage_account_type is not None:
        body["storageAccountType"] = storage_account_type
    body["id"] = disk_id
    return body


def os_disk(
    os_type: str,
    name: str,
    size_gb: int,
    disk_id: str,
    *,
    storage_account_type: str | None = None,
    caching: str | None = None,
    delete_option: str | None = None,
    encryption_settings: Json | None = None,
) -> Json:
    """A VM's storageProfile.osDisk (created from an image)."""
    body: Json = {"osType": os_type, "name": name, "createOption": "FromImage"}
    if caching is not None:
        body["caching"] = caching
    body["managedDisk"] = _managed_disk(disk_id, storage_account_type)
    if delete_option is not None:
        body["deleteOption"] = delete_option
    body["diskSizeGB"] = size_gb
    if encryption_settings is not None:
        body["encryptionSettings"] = encryption_settings
    return body


def data_disk(
    lun: int,
    name: str,
    size_gb: int,
    *,
    create_option: str = "Empty",
    disk_id: str | None = None,
    storage_account_type: str | None = None,
    caching: str | None = None,
    delete_option: str | None = None,
) -> Json:
    """A VM's storageProfile.dataDisks entry; with ``disk_id`` an attached managed disk."""
    body: Json = {"lun": lun, "name": name, "createOption": create_option}
    if caching is not None:
        body["caching"] = caching
    if disk_id is not None:
        body["writeAcceleratorEnabled"] = False
        body["managedDisk"] = _managed_disk(disk_id, storage_account_type)
    if delete_option is not None:
        body["deleteOption"] = delete_option
    body["diskSizeGB"] = size_gb
    if disk_id is not None:
        body["toBeDetached"] = False
    return body


def storage_profile(
    os: Json,
    data: Sequence[Json] = (),
    *,
    image: Json | None = None,
    disk_controller_type: str | None = None,
) -> Json:
    """A VM's storageProfile from :func:`os_disk`, :func:`data_disk` and :func:`image_reference`."""
    body: Json = {}
    if image is not None:
        body["imageReference"] = image
    body["osDisk"] = os
    body["dataDisks"] = list(data)
    if disk_controller_type is not None:
        body["diskControllerType"] = disk_controller_type
    return body


def os_profile(
    computer_name: str, os_type: str, admin_username: str, *, patch_settings: bool = True
) -> Json:
    """A VM's osProfile (restore point metadata leaves out ``patch_settings``)."""
    profile: Json = {"computerName": computer_name, "adminUsername": admin_username}
    if os_type == "Windows":
        config: Json = {"provisionVMAgent": True, "enableAutomaticUpdates": True}
        patch = {"patchMode": "AutomaticByOS", "assessmentMode": "ImageDefault"}
        key = "windowsConfiguration"
    else:
        config = {"disablePasswordAuthentication": True, "provisionVMAgent": True}
        patch = {"patchMode": "ImageDefault", "assessmentMode": "ImageDefault"}
        key = "linuxConfiguration"
    if patch_settings:
        config["patchSettings"] = patch
    profile[key] = config
    profile.update(
        {"secrets": [], "allowExtensionOperations": True, "requireGuestProvisionSignal": True}
    )
    return profile


def extension_handler(handler_type: str, version: str, handler_status: Json) -> Json:
    """One vmAgent.extensionHandlers entry (``handler_type`` is publisher.type)."""
    return {"type": handler_type, "typeHandlerVersion": version, "status": handler_status}


def vm_agent(version: str, statuses: Sequence[Json], handlers: Sequence[Json]) -> Json:
    """The vmAgent part of a VM's instance view."""
    return {
        "vmAgentVersion": version,
        "statuses": list(statuses),
        "extensionHandlers": list(handlers),
    }


def disk_view(name: str, statuses: Sequence[Json], encryption: Json | None = None) -> Json:
    """One instanceView.disks entry (``encryption``: the disk's ADE settings)."""
    body: Json = {"name": name}
    if encryption is not None:
        body["encryptionSettings"] = [encryption]
    body["statuses"] = list(statuses)
    return body


def extension_view(name: str, handler_type: str, version: str, statuses: Sequence[Json]) -> Json:
    """One instanceView.extensions entry."""
    return {
        "name": name,
        "type": handler_type,
        "typeHandlerVersion": version,
        "statuses": list(statuses),
    }


def instance_view(
    computer_name: str,
    os_name: str,
    agent: Json,
    disks: Sequence[Json],
    extensions: Sequence[Json],
    statuses: Sequence[Json],
    *,
    os_version: str | None = None,
    hyper_v_generation: str | None = None,
) -> Json:
    """A VM's instance view (``statuses``: provisioning state, then power state)."""
    body: Json = {"computerName": computer_name, "osName": os_name}
    if os_version is not None:
        body["osVersion"] = os_version
    body["vmAgent"] = agent
    body["disks"] = list(disks)
    body["extensions"] = list(extensions)
    if hyper_v_generation is not None:
        body["hyperVGeneration"] = hyper_v_generation
    body["statuses"] = list(statuses)
    return body


def ade_settings(key_vault_id: str, secret_url: str) -> Json:
    """Azure Disk Encryption settings of a disk (the key's secret in ``key_vault_id``)."""
    return {
        "diskEncryptionKey": {"sourceVault": {"id": key_vault_id}, "secretUrl": secret_url},
        "enabled": True,
    }


def virtual_machine(
    vm_id: str,
    location: str,
    vm_uuid: str,
    size: str,
    storage: Json,
    nic_ids: Sequence[str],
    view: Json,
    *,
    tags: dict[str, str] | None = None,
    profile: Json | None = None,
    trusted_launch: bool = False,
    boot_diagnostics: bool | None = None,
    time_created: datetime | None = None,
    extensions: Sequence[Json] | None = None,
) -> Json:
    """A VM as GET virtualMachines/{name}?$expand=instanceView returns it.

    ``storage`` from :func:`storage_profile`, ``view`` from :func:`instance_view`, ``profile``
    from :func:`os_profile`, ``extensions`` (the ``resources`` list) from :func:`vm_extension`.
    """
    props: Json = {"vmId": vm_uuid, "hardwareProfile": {"vmSize": size}, "storageProfile": storage}
    if profile is not None:
        props["osProfile"] = profile
    if trusted_launch:
        props["securityProfile"] = {
            "uefiSettings": {"secureBootEnabled": True, "vTpmEnabled": True},
            "securityType": "TrustedLaunch",
        }
    props["networkProfile"] = {"networkInterfaces": [{"id": nic} for nic in nic_ids]}
    if boot_diagnostics is not None:
        props["diagnosticsProfile"] = {"bootDiagnostics": {"enabled": boot_diagnostics}}
    props["provisioningState"] = "Succeeded"
    props["instanceView"] = view
    if time_created is not None:
        props["timeCreated"] = ts_arm(time_created)
    body: Json = {
        "name": name_of(vm_id),
        "id": vm_id,
        "type": "Microsoft.Compute/virtualMachines",
        "location": location,
    }
    if tags is not None:
        body["tags"] = tags
    body["properties"] = props
    if extensions is not None:
        body["resources"] = list(extensions)
    return body


def vm_extension(
    vm_id: str,
    name: str,
    location: str,
    publisher: str,
    ext_type: str,
    version: str,
    *,
    state: str = "Succeeded",
    settings: Json | None = None,
) -> Json:
    """A VM extension as GET {vm}/extensions/{name} returns it."""
    return {
        "name": name,
        "id": f"{vm_id}/extensions/{name}",
        "type": "Microsoft.Compute/virtualMachines/extensions",
        "location": location,
        "properties": {
            "autoUpgradeMinorVersion": True,
            "provisioningState": state,
            "publisher": publisher,
            "type": ext_type,
            "typeHandlerVersion": version,
            "settings": settings if settings is not None else {},
        },
    }


def managed_disk(
    disk_id: str,
    location: str,
    vm_id: str,
    sku: str,
    size_gb: int,
    *,
    created: datetime,
    unique_id: str,
    tier: str,
    tags: dict[str, str] | None = None,
    os_type: str | None = None,
    image_id: str | None = None,
    encryption: Json | None = None,
) -> Json:
    """A managed disk attached to ``vm_id``; with ``os_type`` an OS disk made from ``image_id``.

    ``encryption``: the disk's ADE settings (:func:`ade_settings`).
    """
    props: Json = {}
    if os_type is not None:
        props["osType"] = os_type
        props["hyperVGeneration"] = "V2"
        props["creationData"] = {"createOption": "FromImage", "imageReference": {"id": image_id}}
    else:
        props["creationData"] = {"createOption": "Empty"}
    props["diskSizeGB"] = size_gb
    if encryption is not None:
        props["encryptionSettingsCollection"] = {
            "enabled": True,
            "encryptionSettings": [{k: v for k, v in encryption.items() if k != "enabled"}],
            "encryptionSettingsVersion": "1.1",
        }
    props.update(
        {
            "encryption": {"type": "EncryptionAtRestWithPlatformKey"},
            "networkAccessPolicy": "AllowAll",
            "publicNetworkAccess": "Enabled",
            "timeCreated": ts_arm(created),
            "provisioningState": "Succeeded",
            "diskState": "Attached",
            "diskSizeBytes": size_gb * 1024**3,
            "uniqueId": unique_id,
            "tier": tier,
        }
    )
    body: Json = {
        "name": name_of(disk_id),
        "id": disk_id,
        "type": "Microsoft.Compute/disks",
        "location": location,
    }
    if tags is not None:
        body["tags"] = tags
    body["managedBy"] = vm_id
    body["sku"] = {"name": sku, "tier": "Premium" if sku.startswith("Premium") else "Standard"}
    body["properties"] = props
    return body


# --------------------------------------------------------------------------- compute: restore points


def restore_point(
    rpc_id: str,
    name: str,
    time_created: datetime | str,
    consistency: str,
    *,
    source_metadata: Json | None = None,
    exclude_disks: bool = False,
) -> Json:
    """One restore point of a collection.

    With ``source_metadata`` shaped like RestorePoint_Get.json (state before consistency), else
    as a collection's ``$expand=restorePoints`` lists a user-made one (state last).
    """
    props: Json = {}
    if exclude_disks or source_metadata is not None:
        props["excludeDisks"] = []
    if source_metadata is not None:
        props["sourceMetadata"] = source_metadata
        props["provisioningState"] = "Succeeded"
    props["consistencyMode"] = consistency
    props["timeCreated"] = _time(time_created)
    if source_metadata is None:
        props["provisioningState"] = "Succeeded"
    return {"name": name, "id": f"{rpc_id}/restorePoints/{name}", "properties": props}


def restore_point_collection(
    rpc_id: str,
    location: str,
    source: Json,
    collection_id: str,
    points: Iterable[Json],
    *,
    state: str = "Succeeded",
    tags: dict[str, str] | None = None,
) -> Json:
    """A restore point collection as GET ...?$expand=restorePoints returns it.

    ``source`` is ``{"id": <VM id>, "location": ...}``; Azure Backup's collections may spell the
    VM id in another letter case.
    """
    body: Json = {
        "name": name_of(rpc_id),
        "id": rpc_id,
        "type": "Microsoft.Compute/restorePointCollections",
        "location": location,
    }
    if tags is not None:
        body["tags"] = tags
    body["properties"] = {
        "source": source,
        "restorePointCollectionId": collection_id,
        "provisioningState": state,
        "restorePoints": list(points),
    }
    return body


# --------------------------------------------------------------------------- network


def security_rule(
    nsg_id: str,
    kind: str,
    name: str,
    priority: int,
    direction: str,
    access: str,
    protocol: str,
    source: str,
    source_ports: str,
    destination: str,
    destination_ports: str,
    *,
    etag: str,
) -> Json:
    """An NSG rule as the NSG holds it (``kind``: securityRules or defaultSecurityRules)."""
    return {
        "name": name,
        "id": f"{nsg_id}/{kind}/{name}",
        "etag": etag,
        "type": f"Microsoft.Network/networkSecurityGroups/{kind}",
        "properties": {
            "provisioningState": "Succeeded",
            "description": "Default rule" if kind == "defaultSecurityRules" else name,
            "protocol": protocol,
            "sourcePortRange": source_ports,
            "destinationPortRange": destination_ports,
            "sourceAddressPrefix": source,
            "destinationAddressPrefix": destination,
            "access": access,
            "priority": priority,
            "direction": direction,
            "sourcePortRanges": [],
            "destinationPortRanges": [],
            "sourceAddressPrefixes": [],
            "destinationAddressPrefixes": [],
        },
    }


def network_security_group(
    nsg_id: str,
    location: str,
    rules: Sequence[Json],
    default_rules: Sequence[Json],
    subnet_ids: Sequence[str],
    *,
    etag: str,
    resource_guid: str,
    tags: dict[str, str] | None = None,
) -> Json:
    """A network security group with its rules (:func:`security_rule`)."""
    body: Json = {
        "name": name_of(nsg_id),
        "id": nsg_id,
        "etag": etag,
        "type": "Microsoft.Network/networkSecurityGroups",
        "location": location,
    }
    if tags is not None:
        body["tags"] = tags
    body["properties"] = {
        "provisioningState": "Succeeded",
        "resourceGuid": resource_guid,
        "securityRules": list(rules),
        "defaultSecurityRules": list(default_rules),
        "subnets": [{"id": subnet} for subnet in subnet_ids],
    }
    return body


def subnet(
    vnet_id: str,
    name: str,
    prefix: str,
    nsg_id: str,
    ip_configuration_ids: Sequence[str],
    *,
    etag: str,
) -> Json:
    """A subnet of a virtual network, with the NIC ipConfigurations that use it."""
    return {
        "name": name,
        "id": f"{vnet_id}/subnets/{name}",
        "etag": etag,
        "properties": {
            "provisioningState": "Succeeded",
            "addressPrefix": prefix,
            "networkSecurityGroup": {"id": nsg_id},
            "ipConfigurations": [{"id": config} for config in ip_configuration_ids],
            "serviceEndpoints": [],
            "delegations": [],
            "privateEndpointNetworkPolicies": "Disabled",
            "privateLinkServiceNetworkPolicies": "Enabled",
        },
        "type": "Microsoft.Network/virtualNetworks/subnets",
    }


def virtual_network(
    vnet_id: str,
    location: str,
    prefix: str,
    subnets: Sequence[Json],
    *,
    etag: str,
    resource_guid: str,
    tags: dict[str, str] | None = None,
) -> Json:
    """A virtual network with its subnets (:func:`subnet`)."""
    body: Json = {
        "name": name_of(vnet_id),
        "id": vnet_id,
        "etag": etag,
        "type": "Microsoft.Network/virtualNetworks",
        "location": location,
    }
    if tags is not None:
        body["tags"] = tags
    body["properties"] = {
        "provisioningState": "Succeeded",
        "resourceGuid": resource_guid,
        "addressSpace": {"addressPrefixes": [prefix]},
        "subnets": list(subnets),
        "virtualNetworkPeerings": [],
        "enableDdosProtection": False,
    }
    return body


def ip_configuration(
    nic_id: str,
    private_ip: str,
    subnet_id: str,
    *,
    etag: str,
    public_ip_id: str | None = None,
    name: str = "ipconfig1",
) -> Json:
    """A NIC's primary, dynamic IPv4 ipConfiguration."""
    props: Json = {
        "provisioningState": "Succeeded",
        "privateIPAddress": private_ip,
        "privateIPAllocationMethod": "Dynamic",
        "subnet": {"id": subnet_id},
        "primary": True,
        "privateIPAddressVersion": "IPv4",
    }
    if public_ip_id:
        props["publicIPAddress"] = {"id": public_ip_id}
    return {
        "name": name,
        "id": f"{nic_id}/ipConfigurations/{name}",
        "etag": etag,
        "type": "Microsoft.Network/networkInterfaces/ipConfigurations",
        "properties": props,
    }


def network_interface(
    nic_id: str,
    location: str,
    vm_id: str,
    *,
    etag: str | None = None,
    tags: dict[str, str] | None = None,
    resource_guid: str | None = None,
    ip_configurations: Sequence[Json] | None = None,
    dns_suffix: str | None = None,
    mac_address: str | None = None,
    accelerated_networking: bool | None = None,
    service_fields: bool = False,
) -> Json:
    """A network interface attached to ``vm_id`` (NetworkInterfaceGet.json).

    ``service_fields`` adds enableIPForwarding, primary, hostedWorkloads, tapConfigurations,
    nicType and auxiliaryMode with the values a plain VM NIC has.
    """
    props: Json = {"provisioningState": "Succeeded"}
    if resource_guid is not None:
        props["resourceGuid"] = resource_guid
    if ip_configurations is not None:
        props["ipConfigurations"] = list(ip_configurations)
    if dns_suffix is not None:
        props["dnsSettings"] = {
            "dnsServers": [],
            "appliedDnsServers": [],
            "internalDomainNameSuffix": dns_suffix,
        }
    if mac_address is not None:
        props["macAddress"] = mac_address
    if accelerated_networking is not None:
        props["enableAcceleratedNetworking"] = accelerated_networking
    if service_fields:
        props["enableIPForwarding"] = False
        props["primary"] = True
    props["virtualMachine"] = {"id": vm_id}
    if service_fields:
        props.update(
            {
                "hostedWorkloads": [],
                "tapConfigurations": [],
                "nicType": "Standard",
                "auxiliaryMode": "None",
            }
        )
    body: Json = {"name": name_of(nic_id), "id": nic_id}
    if etag is not None:
        body["etag"] = etag
    body["type"] = "Microsoft.Network/networkInterfaces"
    body["location"] = location
    if tags is not None:
        body["tags"] = tags
    body["properties"] = props
    return body


def effective_rule(
    name: str,
    access: str,
    priority: int,
    *,
    direction: str = "Outbound",
    protocol: str = "All",
    source: str = "0.0.0.0/0",
    source_ports: str = "0-65535",
    destination: str = "0.0.0.0/0",
    destination_ports: str = "0-65535",
    expanded_destination: Sequence[str] | None = None,
) -> Json:
    """One rule of the effectiveNetworkSecurityGroups answer (ports as ranges, "0-65535")."""
    body: Json = {
        "name": name,
        "access": access,
        "destinationAddressPrefix": destination,
        "destinationPortRange": destination_ports,
        "direction": direction,
    }
    if expanded_destination is not None:
        body["expandedDestinationAddressPrefix"] = list(expanded_destination)
    body.update(
        {
            "priority": priority,
            "sourceAddressPrefix": source,
            "sourcePortRange": source_ports,
            "protocol": protocol,
        }
    )
    return body


def effective_nsg_answer(
    nic_id: str, nsg_id: str, rules: Sequence[Json], subnet_id: str | None = None
) -> Json:
    """The recorded POST {nic}/effectiveNetworkSecurityGroups answer (one NSG)."""
    association: Json = {"networkInterface": {"id": nic_id}}
    if subnet_id is not None:
        association["subnet"] = {"id": subnet_id}
    group = {
        "association": association,
        "effectiveSecurityRules": list(rules),
        "networkSecurityGroup": {"id": nsg_id},
    }
    return recorded("POST", f"{nic_id}/effectiveNetworkSecurityGroups", {"value": [group]})


def effective_route(prefix: str, next_hop: str) -> Json:
    """One active system route of the effectiveRouteTable answer."""
    return {
        "source": "Default",
        "state": "Active",
        "addressPrefix": [prefix],
        "nextHopType": next_hop,
        "nextHopIpAddress": [],
    }


def effective_routes_answer(nic_id: str, routes: Sequence[Json]) -> Json:
    """The recorded POST {nic}/effectiveRouteTable answer (:func:`effective_route`)."""
    return recorded("POST", f"{nic_id}/effectiveRouteTable", {"value": list(routes)})


def public_ip(pip_id: str, location: str, address: str, *, etag: str, resource_guid: str) -> Json:
    """A static Standard IPv4 public IP address."""
    return {
        "name": name_of(pip_id),
        "id": pip_id,
        "etag": etag,
        "type": "Microsoft.Network/publicIPAddresses",
        "location": location,
        "sku": {"name": "Standard", "tier": "Regional"},
        "properties": {
            "provisioningState": "Succeeded",
            "resourceGuid": resource_guid,
            "ipAddress": address,
            "publicIPAddressVersion": "IPv4",
            "publicIPAllocationMethod": "Static",
            "idleTimeoutInMinutes": 4,
        },
    }


# --------------------------------------------------------------------------- storage, monitoring


def storage_account(
    account_id: str,
    location: str,
    sku: str,
    created: datetime,
    tags: dict[str, str] | None = None,
) -> Json:
    """A StorageV2 account (hot tier, TLS 1.2, no public blob access)."""
    name = name_of(account_id)
    endpoints = {
        kind: f"https://{name}.{kind}.core.windows.net/"
        for kind in ("blob", "queue", "table", "file", "dfs", "web")
    }
    endpoints["web"] = f"https://{name}.z6.web.core.windows.net/"
    body: Json = {
        "sku": {"name": sku, "tier": "Standard"},
        "kind": "StorageV2",
        "id": account_id,
        "name": name,
        "type": "Microsoft.Storage/storageAccounts",
        "location": location,
    }
    if tags is not None:
        body["tags"] = tags
    body["properties"] = {
        "keyCreationTime": {"key1": ts_arm(created), "key2": ts_arm(created)},
        "allowCrossTenantReplication": False,
        "minimumTlsVersion": "TLS1_2",
        "allowBlobPublicAccess": False,
        "networkAcls": {
            "bypass": "AzureServices",
            "virtualNetworkRules": [],
            "ipRules": [],
            "defaultAction": "Allow",
        },
        "supportsHttpsTrafficOnly": True,
        "encryption": {
            "services": {
                "file": {"keyType": "Account", "enabled": True},
                "blob": {"keyType": "Account", "enabled": True},
            },
            "keySource": "Microsoft.Storage",
        },
        "accessTier": "Hot",
        "provisioningState": "Succeeded",
        "creationTime": ts_arm(created),
        "primaryEndpoints": endpoints,
        "primaryLocation": location,
        "statusOfPrimary": "available",
    }
    return body


def log_analytics_workspace(
    workspace_id: str, location: str, customer_id: str, tags: dict[str, str] | None = None
) -> Json:
    """A Log Analytics workspace (PerGB2018, 90 days)."""
    body: Json = {
        "properties": {
            "customerId": customer_id,
            "provisioningState": "Succeeded",
            "sku": {"name": "PerGB2018"},
            "retentionInDays": 90,
            "publicNetworkAccessForIngestion": "Enabled",
            "publicNetworkAccessForQuery": "Enabled",
        },
        "id": workspace_id,
        "name": name_of(workspace_id),
        "type": "Microsoft.OperationalInsights/workspaces",
        "location": location,
    }
    if tags is not None:
        body["tags"] = tags
    return body


# --------------------------------------------------------------------------- key vault


def access_policy(
    tenant_id: str,
    object_id: str,
    *,
    keys: Sequence[str],
    secrets: Sequence[str],
    certificates: Sequence[str] | None = None,
    application_id: str | None = None,
) -> Json:
    """One access policy of a key vault (permissions like "get", "list", "backup")."""
    body: Json = {"tenantId": tenant_id, "objectId": object_id}
    if application_id is not None:
        body["applicationId"] = application_id
    permissions: Json = {"keys": list(keys), "secrets": list(secrets)}
    if certificates is not None:
        permissions["certificates"] = list(certificates)
    body["permissions"] = permissions
    return body


def key_vault(
    kv_id: str,
    location: str,
    tenant_id: str,
    policies: Sequence[Json],
    *,
    rbac: bool = False,
    vault_uri: str | None = None,
    tags: dict[str, str] | None = None,
    disk_encryption: bool = False,
    service_fields: bool = False,
) -> Json:
    """A key vault (``vault_uri`` defaults to ``https://<name>.vault.azure.net/``).

    ``service_fields`` adds the deployment switches (``disk_encryption`` among them), soft
    delete, purge protection, provisioningState and publicNetworkAccess.
    """
    name = name_of(kv_id)
    props: Json = {
        "sku": {"family": "A", "name": "standard"},
        "tenantId": tenant_id,
        "accessPolicies": list(policies),
    }
    if service_fields:
        props.update(
            {
                "enabledForDeployment": False,
                "enabledForDiskEncryption": disk_encryption,
                "enabledForTemplateDeployment": False,
                "enableSoftDelete": True,
                "softDeleteRetentionInDays": 90,
            }
        )
    props["enableRbacAuthorization"] = rbac
    if service_fields:
        props["enablePurgeProtection"] = True
    props["vaultUri"] = vault_uri if vault_uri is not None else f"https://{name}.vault.azure.net/"
    if service_fields:
        props["provisioningState"] = "Succeeded"
        props["publicNetworkAccess"] = "Enabled"
    body: Json = {
        "id": kv_id,
        "name": name,
        "type": "Microsoft.KeyVault/vaults",
        "location": location,
    }
    if tags is not None:
        body["tags"] = tags
    body["properties"] = props
    return body


# --------------------------------------------------------------------------- recovery services


def vault_properties(*, geo_redundant: bool, cross_region_restore: bool) -> Json:
    """A vault's properties as GETVault.json shows them (soft delete on, no immutability)."""
    return {
        "bcdrSecurityLevel": "Fair",
        "monitoringSettings": {
            "azureMonitorAlertSettings": {
                "alertsForAllFailoverIssues": "Disabled",
                "alertsForAllJobFailures": "Enabled",
                "alertsForAllReplicationIssues": "Disabled",
            },
            "classicAlertSettings": {
                "alertsForCriticalOperations": "Disabled",
                "emailNotificationsForSiteRecovery": "Disabled",
            },
        },
        "privateEndpointStateForBackup": "None",
        "privateEndpointStateForSiteRecovery": "None",
        "provisioningState": "Succeeded",
        "publicNetworkAccess": "Enabled",
        "redundancySettings": {
            "crossRegionRestore": "Enabled" if cross_region_restore else "Disabled",
            "standardTierStorageRedundancy": (
                "GeoRedundant" if geo_redundant else "LocallyRedundant"
            ),
        },
        "secureScore": "Minimum",
        "securitySettings": {
            "immutabilitySettings": {"state": "Disabled"},
            "multiUserAuthorization": "Disabled",
            "softDeleteSettings": {
                "enhancedSecurityState": "Enabled",
                "softDeleteRetentionPeriodInDays": 14,
                "softDeleteState": "Enabled",
            },
        },
    }


def recovery_vault(
    vault_id: str,
    location: str,
    *,
    properties: Json | None = None,
    etag: str | None = None,
    principal_id: str | None = None,
    tenant_id: str | None = None,
    tags: dict[str, str] | None = None,
) -> Json:
    """A Recovery Services vault as GET vaults/{name} returns it (GETVault.json).

    ``properties`` default to ``{"provisioningState": "Succeeded"}`` (see
    :func:`vault_properties`); ``principal_id`` adds a system-assigned identity.
    """
    body: Json = {"name": name_of(vault_id), "type": "Microsoft.RecoveryServices/vaults"}
    if etag is not None:
        body["etag"] = etag
    body["id"] = vault_id
    if principal_id is not None:
        body["identity"] = {
            "type": "SystemAssigned",
            "principalId": principal_id,
            "tenantId": tenant_id,
        }
    body["location"] = location
    body["properties"] = (
        properties if properties is not None else {"provisioningState": "Succeeded"}
    )
    body["sku"] = {"name": "RS0", "tier": "Standard"}
    if tags is not None:
        body["tags"] = tags
    return body


def simple_schedule(run_time: str, *, weekly_frequency: int | None = None) -> Json:
    """A V1 (SimpleSchedulePolicy) daily schedule at ``run_time`` (an ISO time)."""
    body: Json = {
        "schedulePolicyType": "SimpleSchedulePolicy",
        "scheduleRunFrequency": "Daily",
        "scheduleRunTimes": [run_time],
    }
    if weekly_frequency is not None:
        body["scheduleWeeklyFrequency"] = weekly_frequency
    return body


def simple_schedule_v2(run_time: str) -> Json:
    """A V2 (Enhanced policy) daily schedule at ``run_time``."""
    return {
        "schedulePolicyType": "SimpleSchedulePolicyV2",
        "scheduleRunFrequency": "Daily",
        "dailySchedule": {"scheduleRunTimes": [run_time]},
    }


def daily_retention(run_time: str, days: int) -> Json:
    """A long-term retention policy that keeps daily points for ``days`` days."""
    return {
        "retentionPolicyType": "LongTermRetentionPolicy",
        "dailySchedule": {
            "retentionTimes": [run_time],
            "retentionDuration": {"count": days, "durationType": "Days"},
        },
    }


def backup_policy(
    vault_id: str,
    name: str,
    *,
    policy_type: str,
    instant_days: int,
    schedule: Json,
    retention: Json,
    item_count: int,
    rg_prefix: str | None = None,
) -> Json:
    """An Azure VM backup policy (ProtectionPolicies_Get.json).

    ``rg_prefix``: the instantRPDetails prefix of the resource group for restore points.
    """
    props: Json = {
        "backupManagementType": "AzureIaasVM",
        "policyType": policy_type,
        "instantRpRetentionRangeInDays": instant_days,
    }
    if rg_prefix:
        props["instantRPDetails"] = {"azureBackupRGNamePrefix": rg_prefix}
    props.update(
        {
            "schedulePolicy": schedule,
            "retentionPolicy": retention,
            "timeZone": "UTC",
            "protectedItemsCount": item_count,
        }
    )
    return {
        "id": f"{vault_id}/backupPolicies/{name}",
        "name": name,
        "type": "Microsoft.RecoveryServices/vaults/backupPolicies",
        "properties": props,
    }


def protected_vm_item(
    vault_id: str,
    vm_id: str,
    *,
    protection_status: str,
    protection_state: str,
    health_status: str,
    last_backup_status: str,
    last_backup_time: str,
    policy_id: str,
    data_id: str | None = None,
    last_recovery_point: str | None = None,
    policy_type: str | None = None,
    policy_name: str | None = None,
    empty_health_details: bool = False,
) -> Json:
    """An Azure VM's protected item (Compute_ProtectedItem_Get.json).

    A stopped item has ``policy_id=""`` and, as the service sends it, empty health details.
    """
    rg, vm_name = rg_of(vm_id), name_of(vm_id)
    container = container_name(rg, vm_name)
    props: Json = {
        "friendlyName": vm_name,
        "virtualMachineId": vm_id,
        "protectionStatus": protection_status,
        "protectionState": protection_state,
        "healthStatus": health_status,
    }
    if empty_health_details:
        props["healthDetails"] = []
        props["kpisHealths"] = {}
    props["lastBackupStatus"] = last_backup_status
    props["lastBackupTime"] = last_backup_time
    if data_id is not None:
        props["protectedItemDataId"] = data_id
    props.update(
        {
            "protectedItemType": "Microsoft.Compute/virtualMachines",
            "backupManagementType": "AzureIaasVM",
            "workloadType": "VM",
            "containerName": container,
            "sourceResourceId": vm_id,
            "policyId": policy_id,
        }
    )
    if last_recovery_point is not None:
        props["lastRecoveryPoint"] = last_recovery_point
    if policy_type is not None:
        props["policyType"] = policy_type
    if policy_name is not None:
        props["policyName"] = policy_name
    return {
        "id": protected_item_id(vault_id, rg, vm_name),
        "name": f"VM;{container}",
        "type": "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/"
        "protectedItems",
        "properties": props,
    }


def job_task(task_id: str, duration: str, task_status: str) -> Json:
    """One extendedInfo.tasksList entry ("Take Snapshot", "Transfer data to vault")."""
    return {"taskId": task_id, "duration": duration, "status": task_status}


def job_extended_info(
    tasks: Sequence[Json],
    property_bag: dict[str, str],
    *,
    progress: float | None = None,
    remaining: str | None = None,
    dynamic_error: str | None = None,
) -> Json:
    """A job's extendedInfo (``progress``/``remaining`` while it runs)."""
    body: Json = {"tasksList": list(tasks), "propertyBag": property_bag}
    if progress is not None:
        body["progressPercentage"] = progress
    if remaining is not None:
        body["estimatedRemainingDuration"] = remaining
    if dynamic_error is not None:
        body["dynamicErrorMessage"] = dynamic_error
    return body


def job_error(code: int | str, message: str, title: str, recommendations: Sequence[str]) -> Json:
    """One errorDetails entry: real jobs send an integer code and the symbolic name as title."""
    return {
        "errorCode": code,
        "errorString": message,
        "errorTitle": title,
        "recommendations": list(recommendations),
    }


def backup_job(
    vault_id: str,
    name: str,
    *,
    vm_name: str,
    rg: str,
    operation: str,
    job_status: str,
    start: str,
    duration: str,
    extended_info: Json,
    activity_id: str,
    end: str | None = None,
    actions: Sequence[Any] | None = None,
    errors: Sequence[Json] | None = None,
) -> Json:
    """An Azure VM backup job as GET backupJobs/{name} returns it (GetJobDetails.json).

    Recovery Services spells job ids with "/Subscriptions/": pass ``vault_id`` so spelled.
    """
    props: Json = {
        "jobType": "AzureIaaSVMJob",
        "duration": duration,
        "virtualMachineVersion": "Compute",
        "extendedInfo": extended_info,
        "entityFriendlyName": vm_name,
        "backupManagementType": "AzureIaasVM",
        "operation": operation,
        "status": job_status,
        "startTime": start,
    }
    if end is not None:
        props["endTime"] = end
    props["activityId"] = activity_id
    props["containerName"] = container_name(rg, vm_name)
    if actions is not None:
        props["actionsInfo"] = list(actions)
    if errors is not None:
        props["errorDetails"] = list(errors)
    return {
        "id": f"{vault_id}/backupJobs/{name}",
        "name": name,
        "type": "Microsoft.RecoveryServices/vaults/backupJobs",
        "properties": props,
    }


# --------------------------------------------------------------------------- activity log, Graph


def _localized(value: str, text: str | None = None) -> Json:
    return {"value": value, "localizedValue": value if text is None else text}


def vm_operation_event(
    vm_id: str,
    action: str,
    *,
    display: str,
    timestamp: str,
    submitted: str,
    event_id: str,
    tenant_id: str,
    caller: str,
    event_status: str = "Succeeded",
    begin: bool = False,
    correlation_id: str | None = None,
    event_data_id: str | None = None,
    operation_id: str | None = None,
    authorization: bool = False,
) -> Json:
    """An activity log entry for ``action`` (e.g. "start") on a VM, as EventData (REST).

    ``begin`` makes it the BeginRequest half; ``authorization`` adds the checked action/scope.
    """
    operation = f"Microsoft.Compute/virtualMachines/{action}/action"
    body: Json = {}
    if authorization:
        body["authorization"] = {"action": operation, "scope": vm_id}
    body["caller"] = caller
    body["channels"] = "Operation"
    if correlation_id is not None:
        body["correlationId"] = correlation_id
    if event_data_id is not None:
        body["eventDataId"] = event_data_id
    body["eventName"] = (
        _localized("BeginRequest", "Begin request")
        if begin
        else _localized("EndRequest", "End request")
    )
    body["category"] = _localized("Administrative")
    body["eventTimestamp"] = timestamp
    body["id"] = event_id
    body["level"] = "Informational"
    if operation_id is not None:
        body["operationId"] = operation_id
    body.update(
        {
            "operationName": _localized(operation, display),
            "resourceGroupName": rg_of(vm_id),
            "resourceProviderName": _localized("Microsoft.Compute"),
            "resourceType": _localized("Microsoft.Compute/virtualMachines"),
            "resourceId": vm_id,
            "status": _localized(event_status),
            "subStatus": _localized(""),
            "submissionTimestamp": submitted,
            "subscriptionId": guid_of(vm_id),
            "tenantId": tenant_id,
        }
    )
    return body


def activity_log_answer(subscription: str, events: Sequence[Json]) -> Json:
    """The recorded GET of a subscription's activity log (any ``$filter``), newest first."""
    return recorded(
        "GET",
        f"{subscription}/providers/Microsoft.Insights/eventtypes/management/values",
        {"value": list(events)},
    )


def graph_service_principals(principals: Sequence[Json]) -> Json:
    """Microsoft Graph's recorded answer to GET /v1.0/servicePrincipals?$filter=appId eq ..."""
    return recorded(
        "GET",
        "/v1.0/servicePrincipals",
        {
            "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#servicePrincipals"
            "(id,appId,displayName)",
            "value": list(principals),
        },
    )


def service_principal(
    object_id: str,
    app_id: str = BACKUP_MANAGEMENT_SERVICE_APP,
    display_name: str = "Backup Management Service",
) -> Json:
    """A service principal as Graph lists it with ``$select=id,appId,displayName``."""
    return {"id": object_id, "appId": app_id, "displayName": display_name}
