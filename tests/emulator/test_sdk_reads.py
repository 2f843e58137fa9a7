"""Every read the gateway does, through the real Azure SDK clients, against the emulator."""

from __future__ import annotations

import pytest
from azure.core.exceptions import HttpResponseError, ResourceNotFoundError

from core.emulator import ArmRouter, Snapshot
from tests.emulator.conftest import ClientMaker, build_client
from tests.emulator.tenant import (
    APP_RG,
    BACKUP_RG,
    RP_RG,
    SUB,
    SUB2,
    TENANT,
    VAULT,
    snapshot_data,
)

IAAS = "backupManagementType eq 'AzureIaasVM' and itemType eq 'VM'"
VM1_CONTAINER = f"iaasvmcontainer;iaasvmcontainerv2;{APP_RG.lower()};vm1"
VM1_ITEM = f"vm;iaasvmcontainerv2;{APP_RG.lower()};vm1"


def names(items: object) -> list[str]:
    """The ``name`` of each SDK model in a pager or list."""
    return [i.name for i in items]  # type: ignore[attr-defined]


# Subscriptions ---------------------------------------------------------------------------


def test_subscriptions_list_get_and_tenants(client: ClientMaker) -> None:
    c = client("subscriptions")
    subs = list(c.subscriptions.list())
    assert [s.subscription_id for s in subs] == [SUB, SUB2]
    assert subs[0].display_name == "Production"
    assert c.subscriptions.get(SUB.upper()).display_name == "Production"
    tenants = list(c.tenants.list())
    assert [t.tenant_id for t in tenants] == [TENANT]
    assert tenants[0].id == f"/tenants/{TENANT}"


def test_unknown_subscription_is_subscription_not_found(client: ClientMaker) -> None:
    with pytest.raises(ResourceNotFoundError) as err:
        client("subscriptions").subscriptions.get("99999999-0000-0000-0000-000000000000")
    assert err.value.error is not None
    assert err.value.error.code == "SubscriptionNotFound"


# Resources and resource groups -----------------------------------------------------------


def test_resource_groups_list_and_get(client: ClientMaker) -> None:
    c = client("resources")
    assert names(c.resource_groups.list()) == [APP_RG, BACKUP_RG, RP_RG]
    assert c.resource_groups.get("RG-APP").name == APP_RG
    assert c.resource_groups.check_existence("rg-app") is True
    assert c.resource_groups.check_existence("rg-none") is False


def test_missing_resource_group_is_resource_group_not_found(client: ClientMaker) -> None:
    with pytest.raises(ResourceNotFoundError) as err:
        client("resources").resource_groups.get("rg-none")
    assert err.value.error.code == "ResourceGroupNotFound"
    with pytest.raises(ResourceNotFoundError) as err:
        client("compute").virtual_machines.get("rg-none", "vm1")
    assert err.value.error.code == "ResourceGroupNotFound"


def test_list_by_resource_group_lists_top_level_resources_only(client: ClientMaker) -> None:
    found = list(client("resources").resources.list_by_resource_group("RG-app"))
    assert names(found) == ["vm1", "vm2", "vm3", "nic-vm1", "kv-App"]
    assert "Microsoft.Compute/virtualMachines" in {r.type for r in found}


def test_list_by_resource_group_filter_and_hidden_types(client: ClientMaker) -> None:
    c = client("resources")
    vms = c.resources.list_by_resource_group(
        APP_RG, filter="resourceType eq 'Microsoft.Compute/virtualMachines'"
    )
    assert names(vms) == ["vm1", "vm2", "vm3"]
    assert names(c.resources.list_by_resource_group(RP_RG)) == [
        "AzureBackup_vm1_1",
        "AzureBackup_vm2_1",
    ]


def test_resources_list_covers_the_subscription_only(client: ClientMaker) -> None:
    found = names(client("resources").resources.list())
    assert found == [
        "vm1",
        "vm2",
        "vm3",
        "nic-vm1",
        "kv-App",
        VAULT,
        "AzureBackup_vm1_1",
        "AzureBackup_vm2_1",
    ]
    assert names(client("resources", SUB2).resources.list()) == ["vm-other"]


# Locks ----------------------------------------------------------------------------------


def test_locks_at_subscription_level_are_all_locks(client: ClientMaker) -> None:
    locks = client("locks").management_locks
    assert sorted(names(locks.list_at_subscription_level())) == [
        "rg-lock",
        "rp-lock",
        "sub-lock",
        "vm-lock",
    ]
    assert names(client("locks", SUB2).management_locks.list_at_subscription_level()) == []


def test_locks_at_resource_group_include_inherited_and_below(client: ClientMaker) -> None:
    locks = client("locks").management_locks
    assert sorted(names(locks.list_at_resource_group_level("RG-APP"))) == [
        "rg-lock",
        "sub-lock",
        "vm-lock",
    ]
    assert sorted(names(locks.list_at_resource_group_level(RP_RG))) == ["rp-lock", "sub-lock"]


def test_locks_at_resource_level_and_by_scope(client: ClientMaker) -> None:
    locks = client("locks").management_locks
    vm1 = locks.list_at_resource_level(APP_RG, "Microsoft.Compute", "", "virtualMachines", "VM1")
    assert sorted(names(vm1)) == ["rg-lock", "sub-lock", "vm-lock"]
    vm2 = locks.list_at_resource_level(APP_RG, "Microsoft.Compute", "", "virtualMachines", "vm2")
    assert sorted(names(vm2)) == ["rg-lock", "sub-lock"]
    scope = f"/subscriptions/{SUB}/resourceGroups/{APP_RG}/providers/Microsoft.Compute/virtualMachines/vm1"
    assert sorted(names(locks.list_by_scope(scope))) == ["rg-lock", "sub-lock", "vm-lock"]
    assert sorted(names(locks.list_by_scope(scope.lstrip("/")))) == [
        "rg-lock",
        "sub-lock",
        "vm-lock",
    ]
    at_scope = locks.list_by_scope(scope, filter="atScope()")
    assert sorted(names(at_scope)) == ["rg-lock", "sub-lock", "vm-lock"]
    rg_scope = f"/subscriptions/{SUB}/resourceGroups/{APP_RG}"
    assert sorted(names(locks.list_by_scope(rg_scope, filter="atScope()"))) == [
        "rg-lock",
        "sub-lock",
    ]


def test_lock_get_at_resource_group_level(client: ClientMaker) -> None:
    got = client("locks").management_locks.get_at_resource_group_level("rg-app", "RG-LOCK")
    assert got.name == "rg-lock"
    assert got.level == "ReadOnly"
    with pytest.raises(ResourceNotFoundError):
        client("locks").management_locks.get_at_resource_group_level(APP_RG, "nope")


# Recovery Services vaults and backup ------------------------------------------------------


def test_vaults_list_and_get(client: ClientMaker) -> None:
    c = client("vaults")
    assert names(c.vaults.list_by_subscription_id()) == [VAULT]
    assert names(c.vaults.list_by_resource_group(BACKUP_RG.lower())) == [VAULT]
    assert names(c.vaults.list_by_resource_group(APP_RG)) == []
    assert c.vaults.get(BACKUP_RG, VAULT.upper()).sku.name == "RS0"


def test_backup_protected_items_honour_the_filter(client: ClientMaker) -> None:
    c = client("backup")
    items = list(c.backup_protected_items.list(VAULT, BACKUP_RG, filter=IAAS))
    assert [i.properties["friendlyName"] for i in items] == ["vm1", "vm2"]
    assert len(list(c.backup_protected_items.list(VAULT, BACKUP_RG))) == 3
    files = c.backup_protected_items.list(VAULT, BACKUP_RG, filter="itemType eq 'AzureFileShare'")
    assert [i.name for i in files] == ["AzureFileShare;share1"]


def test_protected_item_get_with_lower_case_names(client: ClientMaker) -> None:
    got = client("backup").protected_items.get(VAULT, BACKUP_RG, "Azure", VM1_CONTAINER, VM1_ITEM)
    assert got.name == f"VM;iaasvmcontainerv2;{APP_RG};vm1"
    assert got.properties["friendlyName"] == "vm1"


def test_backup_policies_list_and_get(client: ClientMaker) -> None:
    c = client("backup")
    assert names(c.backup_policies.list(VAULT, BACKUP_RG)) == ["DefaultPolicy", "FilesPolicy"]
    iaas = c.backup_policies.list(VAULT, BACKUP_RG, filter="backupManagementType eq 'AzureIaasVM'")
    assert names(iaas) == ["DefaultPolicy"]
    policy = c.protection_policies.get(VAULT, BACKUP_RG, "defaultpolicy")
    assert policy.properties.backup_management_type == "AzureIaasVM"


def test_job_details_returns_the_full_job(client: ClientMaker) -> None:
    got = client("backup").job_details.get(VAULT, BACKUP_RG, "JOB-2")
    assert got.properties.status == "Failed"
    assert got.properties.extended_info.tasks_list[0].task_id == "Take Snapshot"


# Compute --------------------------------------------------------------------------------


def test_virtual_machines_list_all_list_and_get(client: ClientMaker) -> None:
    c = client("compute")
    assert names(c.virtual_machines.list_all()) == ["vm1", "vm2", "vm3"]
    assert names(c.virtual_machines.list("RG-APP")) == ["vm1", "vm2", "vm3"]
    assert all(v.instance_view is None for v in c.virtual_machines.list_all())
    plain = c.virtual_machines.get(APP_RG, "vm2")
    assert plain.instance_view is None
    assert plain.storage_profile.os_disk.disk_size_gb == 127


def test_virtual_machine_expand_and_instance_view(client: ClientMaker) -> None:
    c = client("compute")
    vm = c.virtual_machines.get(APP_RG, "VM2", expand="instanceView")
    assert vm.instance_view.statuses[1].code == "PowerState/deallocated"
    view = c.virtual_machines.instance_view(APP_RG, "vm1")
    assert view.vm_agent.vm_agent_version == "2.7.41491.1102"
    assert view.vm_agent.statuses[0].display_status == "Ready"
    with pytest.raises(ResourceNotFoundError):
        c.virtual_machines.instance_view(APP_RG, "nope")


def test_virtual_machine_extensions_list_and_get(client: ClientMaker) -> None:
    c = client("compute")
    result = c.virtual_machine_extensions.list(APP_RG, "vm1")
    assert [e.name for e in result.value] == ["VMSnapshot", "AzureMonitorWindowsAgent"]
    assert result.value[0].properties.type == "VMSnapshot"
    assert result.value[0].instance_view is None
    ext = c.virtual_machine_extensions.get(APP_RG, "vm1", "vmsnapshot")
    assert ext.name == "VMSnapshot"
    assert c.virtual_machine_extensions.get(
        APP_RG, "vm1", "VMSnapshot", expand="instanceView"
    ).instance_view
    assert c.virtual_machine_extensions.list(APP_RG, "vm3").value == []
    with pytest.raises(ResourceNotFoundError):
        c.virtual_machine_extensions.list(APP_RG, "nope")


def test_restore_point_collections(client: ClientMaker) -> None:
    c = client("compute")
    all_rpcs = list(c.restore_point_collections.list_all())
    assert names(all_rpcs) == ["AzureBackup_vm1_1", "AzureBackup_vm2_1"]
    assert all(r.restore_points is None for r in all_rpcs)
    assert names(c.restore_point_collections.list(RP_RG.lower())) == names(all_rpcs)
    plain = c.restore_point_collections.get(RP_RG, "azurebackup_vm1_1")
    assert plain.restore_points is None
    full = c.restore_point_collections.get(RP_RG, "AzureBackup_vm1_1", expand="restorePoints")
    assert [p.name for p in full.restore_points] == ["rp-embedded"]


def test_restore_points_stored_or_embedded(client: ClientMaker) -> None:
    c = client("compute")
    merged = c.restore_point_collections.get(RP_RG, "AzureBackup_vm2_1", expand="restorePoints")
    assert [p.name for p in merged.restore_points] == ["rp-stored"]
    stored = c.restore_points.get(RP_RG, "AzureBackup_vm2_1", "RP-STORED")
    assert stored.consistency_mode == "CrashConsistent"
    assert stored.instance_view is None
    assert c.restore_points.get(
        RP_RG, "AzureBackup_vm2_1", "rp-stored", expand="instanceView"
    ).instance_view
    embedded = c.restore_points.get(RP_RG, "AzureBackup_vm1_1", "rp-embedded")
    assert embedded.consistency_mode == "ApplicationConsistent"
    with pytest.raises(ResourceNotFoundError):
        c.restore_points.get(RP_RG, "AzureBackup_vm1_1", "nope")


# Network --------------------------------------------------------------------------------


def test_network_interface_and_recorded_effective_rules(client: ClientMaker) -> None:
    c = client("network")
    assert c.network_interfaces.get(APP_RG, "NIC-VM1").primary is True
    poller = c.network_interfaces.begin_list_effective_network_security_groups(APP_RG, "nic-vm1")
    result = poller.result()
    assert poller.done()
    rule = result.value[0].effective_security_rules[0]
    assert rule.name == "defaultSecurityRules/AllowInternetOutBound"


def test_effective_routes_not_recorded_answer_like_arm(client: ClientMaker) -> None:
    c = client("network")
    with pytest.raises(HttpResponseError) as err:
        c.network_interfaces.begin_get_effective_route_table(APP_RG, "nic-vm1").result()
    assert err.value.status_code == 400
    assert err.value.error.code == "OperationNotAllowed"
    with pytest.raises(ResourceNotFoundError):
        c.network_interfaces.begin_get_effective_route_table(APP_RG, "nic-none").result()


# Key Vault and authorization ----------------------------------------------------------------


def test_key_vault_get(client: ClientMaker) -> None:
    kv = client("keyvault").vaults.get(APP_RG, "KV-APP")
    assert kv.name == "kv-App"
    assert kv.properties.enable_rbac_authorization is True


def test_role_assignments_for_scope(client: ClientMaker) -> None:
    auth = client("authorization")
    scope = (
        f"subscriptions/{SUB}/resourceGroups/{APP_RG}/providers/Microsoft.KeyVault/vaults/kv-app"
    )
    found = list(auth.role_assignments.list_for_scope(scope))
    assert sorted(a.principal_id for a in found) == ["p-admin", "p-backup"]
    backup = auth.role_assignments.list_for_scope(scope, filter="principalId eq 'p-backup'")
    assert [a.principal_id for a in backup] == ["p-backup"]
    sub_only = auth.role_assignments.list_for_scope(f"subscriptions/{SUB}", filter="atScope()")
    assert [a.principal_id for a in sub_only] == ["p-admin"]


def test_permissions_recorded_or_not_found(client: ClientMaker) -> None:
    auth = client("authorization")
    perms = list(auth.permissions.list_for_resource_group(APP_RG.upper()))
    assert perms[0].actions == ["*"]
    assert perms[0].not_actions == ["Microsoft.Authorization/*/Delete"]
    with pytest.raises(ResourceNotFoundError):
        list(auth.permissions.list_for_resource_group(BACKUP_RG))
    with pytest.raises(ResourceNotFoundError) as err:
        list(auth.permissions.list_for_resource_group("rg-none"))
    assert err.value.error.code == "ResourceGroupNotFound"


def test_every_request_was_logged(router: ArmRouter) -> None:
    log = router.requests()
    assert log
    assert all(r.elapsed >= 0 and r.method in {"GET", "POST", "HEAD"} for r in log)
    assert any(r.status == 404 for r in log)


def test_implied_parents_exist_for_lists_but_are_not_objects() -> None:
    data = snapshot_data()
    data["resources"] = [r for r in data["resources"] if r["name"] != APP_RG]
    router = ArmRouter(Snapshot.from_dict(data, "implied.json"))
    compute = build_client(router, "compute")
    assert [v.name for v in compute.virtual_machines.list(APP_RG)] == ["vm1", "vm2", "vm3"]
    with pytest.raises(ResourceNotFoundError) as err:
        build_client(router, "resources").resource_groups.get(APP_RG)
    assert err.value.error.code == "ResourceGroupNotFound"
