"""Official ARM example payloads (azure-rest-api-specs) served by the emulator to the real SDK."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from core.emulator import ArmRouter, Snapshot
from tests.emulator.conftest import build_client

FIXTURES = Path(
    os.environ.get("BACKUP_DOCTOR_FIXTURES")
    or Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "azure-rest-api-specs"
)
"""The official examples live in shared/, beside the repository (CI copies it there too)."""
PLACEHOLDER_SUB = "00000000-1111-2222-3333-444444444444"
ARM = "https://management.azure.com"

pytestmark = pytest.mark.skipif(
    not FIXTURES.is_dir() and not os.environ.get("CI"),
    reason="official example payloads not present (CI requires them)",
)

Json = dict[str, Any]


def example(rel: str) -> Json:
    """An example file with ``{subscription-id}`` placeholders replaced by a GUID."""
    text = (
        (FIXTURES / rel).read_text(encoding="utf-8").replace("{subscription-id}", PLACEHOLDER_SUB)
    )
    data: Json = json.loads(text)
    return data


def body(rel: str, status: str = "200") -> Any:
    """The example's response body for ``status``."""
    return example(rel)["responses"][status]["body"]


def params(rel: str) -> Json:
    """The example's request parameters."""
    result: Json = example(rel)["parameters"]
    return result


def arm_ids(items: list[Json]) -> list[Json]:
    """Items whose ``id`` is a full URL in the example get the path-only id ARM returns."""
    for item in items:
        if item["id"].startswith(ARM):
            item["id"] = item["id"][len(ARM) :]
    return items


def router_for(resources: list[Json], responses: list[Json] | None = None) -> ArmRouter:
    """An emulator serving exactly these objects (one item a page: paging is exercised)."""
    data = {
        "format": "backup-doctor-snapshot",
        "version": 1,
        "capturedAt": "2025-03-10T12:00:00Z",
        "tenants": [],
        "subscriptions": [],
        "resources": resources,
        "responses": responses or [],
    }
    return ArmRouter(Snapshot.from_dict(data, "example.json"), page_size=1)


def client(router: ArmRouter, kind: str, sub: str) -> Any:
    """A real SDK client for ``kind`` against ``router``."""
    return build_client(router, kind, sub)


# Recovery Services backup -------------------------------------------------------------------


def _jobs_router() -> tuple[ArmRouter, Json]:
    jobs = body("recoveryservicesbackup/ListJobs.json")["value"]
    jobs[1]["id"] = jobs[1]["id"][:-1] + "1"  # the example repeats one id; ARM ids are unique
    jobs[1]["name"] = jobs[1]["name"][:-1] + "1"
    return router_for(jobs), params("recoveryservicesbackup/ListJobs.json")


def test_list_jobs_example() -> None:
    router, p = _jobs_router()
    c = client(router, "backup", p["subscriptionId"])
    jobs = list(c.backup_jobs.list(p["vaultName"], p["resourceGroupName"]))
    assert [j.properties.operation for j in jobs] == ["Backup", "ConfigureBackup"]
    assert jobs[1].properties.status == "Completed"


def test_list_jobs_with_all_supported_filters_example() -> None:
    router, _ = _jobs_router()
    rel = "recoveryservicesbackup/ListJobsWithAllSupportedFilters.json"
    p = params(rel)
    c = client(router, "backup", p["subscriptionId"])
    found = list(c.backup_jobs.list(p["vaultName"], p["resourceGroupName"], filter=p["$filter"]))
    expected = body(rel)["value"]
    assert [j.id for j in found] == [e["id"] for e in expected]
    assert found[0].properties.status == expected[0]["properties"]["status"]
    assert found[0].properties.entity_friendly_name == "testvm"


def test_get_job_details_example() -> None:
    rel = "recoveryservicesbackup/GetJobDetails.json"
    p = params(rel)
    c = client(router_for([body(rel)]), "backup", p["subscriptionId"])
    got = c.job_details.get(p["vaultName"], p["resourceGroupName"], p["jobName"])
    assert [t.task_id for t in got.properties.extended_info.tasks_list] == [
        "Take Snapshot",
        "Transfer data to vault",
    ]
    assert got.properties.extended_info.property_bag == {"VM Name": "testvm"}


def test_backup_protected_items_list_example() -> None:
    rel = "recoveryservicesbackup/BackupProtectedItems_List.json"
    p = params(rel)
    c = client(router_for(body(rel)["value"]), "backup", p["subscriptionId"])
    items = list(
        c.backup_protected_items.list(p["vaultName"], p["resourceGroupName"], filter=p["$filter"])
    )
    assert [i.properties["friendlyName"] for i in items] == ["iaasvm-1"]


def test_protected_item_get_example() -> None:
    rel = "recoveryservicesbackup/Compute_ProtectedItem_Get.json"
    p = params(rel)
    c = client(router_for([body(rel)]), "backup", p["subscriptionId"])
    got = c.protected_items.get(
        p["vaultName"],
        p["resourceGroupName"],
        p["fabricName"],
        p["containerName"],
        p["protectedItemName"],
    )
    assert got.name == "VM;iaasvmcontainerv2;iaasvm-rg;iaasvm-1"
    assert got.properties["protectedItemType"] == "Microsoft.Compute/virtualMachines"


def test_protection_policy_get_example() -> None:
    rel = "recoveryservicesbackup/ProtectionPolicies_Get.json"
    p = params(rel)
    c = client(router_for([body(rel)]), "backup", p["subscriptionId"])
    policy = c.protection_policies.get(p["vaultName"], p["resourceGroupName"], p["policyName"])
    assert policy.properties.time_zone == "Pacific Standard Time"
    listed = list(c.backup_policies.list(p["vaultName"], p["resourceGroupName"]))
    assert [x.name for x in listed] == ["testPolicy1"]


def test_protection_container_example_loads() -> None:
    rel = "recoveryservicesbackup/ProtectionContainers_List.json"
    container = body(rel)["value"][0]
    c = client(router_for([container]), "backup", "172424a4-d65f-421e-a8de-197d98aabeba")
    got = c.protection_containers.get(
        "suchandr-test-vault-wcus", "testrg", "Azure", container["name"]
    )
    assert got.properties.friendly_name == "suchandrtestsa125"


def test_backup_status_example_as_recorded_response() -> None:
    rel = "recoveryservicesbackup/GetBackupStatus.json"
    p = params(rel)
    path = f"/subscriptions/{p['subscriptionId']}/providers/Microsoft.RecoveryServices/locations/{p['azureRegion']}/backupStatus"
    router = router_for([], [{"method": "POST", "path": path, "status": 200, "body": body(rel)}])
    c = client(router, "backup", p["subscriptionId"])
    got = c.backup_status.get(p["azureRegion"], p["parameters"])
    assert got.protected_item_name == "vm;iaasvmcontainerv2;testRg;testVm"


# Recovery Services vaults -------------------------------------------------------------------


@pytest.mark.parametrize(
    "rel",
    [
        "recoveryservices/ListBySubscriptionIds.json",
        "recoveryservices/typespec-source/ListBySubscriptionIds.json",
    ],
)
def test_vaults_list_by_subscription_examples(rel: str) -> None:
    vaults = arm_ids(body(rel)["value"])
    c = client(router_for(vaults), "vaults", params(rel)["subscriptionId"])
    assert [v.name for v in c.vaults.list_by_subscription_id()] == [
        "patchtest",
        "swaggerExample",
        "today1",
    ]


@pytest.mark.parametrize(
    "rel",
    ["recoveryservices/ListResources.json", "recoveryservices/typespec-source/ListResources.json"],
)
def test_vaults_list_by_resource_group_examples(rel: str) -> None:
    p = params(rel)
    c = client(router_for(arm_ids(body(rel)["value"])), "vaults", p["subscriptionId"])
    found = c.vaults.list_by_resource_group(p["resourceGroupName"])
    assert [v.sku.name for v in found] == ["Standard"] * 3


def test_vault_get_example() -> None:
    rel = "recoveryservices/GETVault.json"
    p = params(rel)
    c = client(router_for([body(rel)]), "vaults", p["subscriptionId"])
    vault = c.vaults.get(p["resourceGroupName"], p["vaultName"])
    assert vault.properties.security_settings.soft_delete_settings.soft_delete_state == "Enabled"


# Resources, locks, subscriptions ------------------------------------------------------------


def test_locks_list_at_resource_group_example() -> None:
    rel = "resources/ManagementLocks_ListAtResourceGroupLevel.json"
    p = params(rel)
    c = client(router_for(body(rel)["value"]), "locks", p["subscriptionId"])
    locks = list(c.management_locks.list_at_resource_group_level(p["resourceGroupName"]))
    assert [(lk.name, lk.level) for lk in locks] == [("testlock", "ReadOnly")]
    assert [lk.name for lk in c.management_locks.list_at_subscription_level()] == ["testlock"]


def test_lock_create_example_body_loads_and_gets() -> None:
    rel = "resources/ManagementLocks_CreateOrUpdateAtResourceGroupLevel.json"
    p = params(rel)
    c = client(router_for([body(rel)]), "locks", p["subscriptionId"])
    got = c.management_locks.get_at_resource_group_level(p["resourceGroupName"], p["lockName"])
    assert got.level == "ReadOnly"


def test_resource_group_get_example() -> None:
    rel = "resources/ResourceGroups_Get.json"
    p = params(rel)
    c = client(router_for([body(rel)]), "resources", p["subscriptionId"])
    assert c.resource_groups.get(p["resourceGroupName"]).location == "westus2"
    assert [g.name for g in c.resource_groups.list()] == ["my-resource-group"]


def test_subscriptions_list_example() -> None:
    subs = body("resources/GetSubscriptions.json")["value"]
    data = {
        "format": "backup-doctor-snapshot",
        "version": 1,
        "capturedAt": "2025-03-10T12:00:00Z",
        "tenants": [{"tenantId": s["tenantId"]} for s in subs],
        "subscriptions": subs,
        "resources": [],
    }
    router = ArmRouter(Snapshot.from_dict(data, "subs.json"), page_size=1)
    c = build_client(router, "subscriptions")
    found = list(c.subscriptions.list())
    assert [s.display_name for s in found] == ["Example Subscription", "Example Subscription2"]
    assert found[1].managed_by_tenants[1].tenant_id == "f7fb6af2-321d-47c8-9c0f-b0239eaad39a"
    assert len(list(c.tenants.list())) == 2


# Compute ------------------------------------------------------------------------------------


def _vm_with_instance_view() -> tuple[ArmRouter, Json]:
    vm = body("compute/VirtualMachine_Get.json")
    vm["properties"]["instanceView"] = body("compute/VirtualMachine_Get_InstanceView.json")
    return router_for([vm]), params("compute/VirtualMachine_Get.json")


def test_vm_get_and_instance_view_examples() -> None:
    router, p = _vm_with_instance_view()
    c = client(router, "compute", p["subscriptionId"])
    plain = c.virtual_machines.get(p["resourceGroupName"], p["vmName"])
    assert plain.instance_view is None
    assert [d.disk_size_gb for d in plain.storage_profile.data_disks] == [30, 100]
    full = c.virtual_machines.get(p["resourceGroupName"], p["vmName"], expand="instanceView")
    assert full.instance_view.vm_agent.vm_agent_version == "2.7.41491.949"
    view = c.virtual_machines.instance_view(p["resourceGroupName"], p["vmName"])
    assert view.statuses[1].code == "PowerState/running"
    assert view.vm_agent.extension_handlers[0].type == "Microsoft.Azure.Security.IaaSAntimalware"
    assert [v.name for v in c.virtual_machines.list_all()] == ["myVM"]


def test_vm_extension_list_example() -> None:
    rel = "compute/VirtualMachineExtension_List_MaximumSet_Gen.json"
    ext = body(rel)["value"][0]
    c = client(router_for([ext]), "compute", PLACEHOLDER_SUB)
    listed = c.virtual_machine_extensions.list("myResourceGroup", "myVM")
    assert [(e.name, e.properties.type) for e in listed.value] == [("myVMExtension", "extType")]
    assert listed.value[0].instance_view is None
    expanded = c.virtual_machine_extensions.list("myResourceGroup", "myVM", expand="instanceView")
    assert expanded.value[0].instance_view.name == "aaaaaaaaaaaaaaaaa"


def test_restore_point_collection_with_contained_restore_points_example() -> None:
    rel = "compute/RestorePointCollection_Get_WithContainedRestorePoints.json"
    p = params(rel)
    c = client(router_for([body(rel)]), "compute", p["subscriptionId"])
    rg, name = p["resourceGroupName"], p["restorePointCollectionName"]
    assert c.restore_point_collections.get(rg, name).restore_points is None
    full = c.restore_point_collections.get(rg, name, expand="restorePoints")
    assert [r.name for r in full.restore_points] == ["restorePointName"]
    assert full.restore_points[0].instant_access_duration_minutes == 120
    point = c.restore_points.get(rg, name, "restorePointName")
    assert point.source_metadata.hardware_profile.vm_size == "Standard_B1s"


@pytest.mark.parametrize(
    ("rel", "by_rg"),
    [
        ("compute/RestorePointCollection_ListBySubscription.json", False),
        ("compute/RestorePointCollection_ListByResourceGroup.json", True),
    ],
)
def test_restore_point_collection_list_examples(rel: str, by_rg: bool) -> None:
    p = params(rel)
    c = client(router_for(body(rel)["value"]), "compute", p["subscriptionId"])
    ops = c.restore_point_collections
    found = list(ops.list(p["resourceGroupName"]) if by_rg else ops.list_all())
    assert [r.provisioning_state for r in found] == ["Succeeded", "Deleting"]


@pytest.mark.parametrize(
    "rel", ["compute/RestorePoint_Get.json", "compute/RestorePoint_Get_WithInstanceView.json"]
)
def test_restore_point_get_examples(rel: str) -> None:
    p = params(rel)
    point = body(rel)
    point["type"] = (
        "Microsoft.Compute/restorePointCollections/restorePoints"  # the example omits it
    )
    c = client(router_for([point]), "compute", p["subscriptionId"])
    args = (p["resourceGroupName"], p["restorePointCollectionName"], p["restorePointName"])
    got = c.restore_points.get(*args)
    assert got.consistency_mode == "ApplicationConsistent"
    assert got.instance_view is None
    if "instanceView" in point["properties"]:
        full = c.restore_points.get(*args, expand="instanceView")
        assert (
            full.instance_view.disk_restore_points[0].replication_status.completion_percent == 100
        )


# Network ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rel", "suffix"),
    [
        ("network/NetworkInterfaceEffectiveNSGList.json", "effectiveNetworkSecurityGroups"),
        ("network/NetworkInterfaceEffectiveRouteTableList.json", "effectiveRouteTable"),
    ],
)
def test_effective_network_examples(rel: str, suffix: str) -> None:
    p = params(rel)
    nic = (
        f"/subscriptions/{p['subscriptionId']}/resourceGroups/{p['resourceGroupName']}"
        f"/providers/Microsoft.Network/networkInterfaces/{p['networkInterfaceName']}"
    )
    recorded = [{"method": "POST", "path": f"{nic}/{suffix}", "status": 200, "body": body(rel)}]
    c = client(router_for([], recorded), "network", p["subscriptionId"])
    ops = c.network_interfaces
    if suffix == "effectiveRouteTable":
        routes = ops.begin_get_effective_route_table(
            p["resourceGroupName"], p["networkInterfaceName"]
        ).result()
        assert [r.next_hop_type for r in routes.value][:2] == ["VnetLocal", "Internet"]
    else:
        groups = ops.begin_list_effective_network_security_groups(
            p["resourceGroupName"], p["networkInterfaceName"]
        ).result()
        assert [r.priority for r in groups.value[0].effective_security_rules] == [234, 1000, 65001]
