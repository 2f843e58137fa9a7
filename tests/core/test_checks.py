"""Every cause check, with evidence that passes and evidence that fails, through the SDK."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from core.diagnosis.engine import Diagnosis
from core.diagnosis.findings import Status
from tests import arm

Run = Callable[[dict[str, Any], str], Diagnosis]
VM1 = arm.vm_id("vm1")


def step(diagnosis: Diagnosis, cause: str) -> Any:
    """The step of ``cause`` in a health check."""
    return next(s for s in diagnosis.steps if s.cause.id == cause)


def healthy_run(diagnose_data: Run, data: dict[str, Any]) -> Diagnosis:
    """Diagnose vm1 with no failed job (health check over every cause)."""
    data["resources"] = [r for r in data["resources"] if "backupJobs" not in r["id"]]
    return diagnose_data(data, VM1)


def test_baseline_vm_passes_every_applicable_check(diagnose_data: Run) -> None:
    result = healthy_run(diagnose_data, arm.snapshot())
    statuses = {s.cause.id: s.status for s in result.steps}
    assert statuses == {
        "agent-unresponsive": Status.PASSED,
        "agent-outdated": Status.SKIPPED,
        "snapshot-status": Status.PASSED,
        "extension-failed": Status.PASSED,
        "no-internet": Status.PASSED,
        "rp-lock": Status.PASSED,
        "rp-collection-limit": Status.PASSED,
        "keyvault-permissions": Status.SKIPPED,
        "disk-size": Status.PASSED,
        "backup-in-progress": Status.PASSED,
    }
    assert result.verdict.value == "healthy"


def test_windows_agent_not_ready_fails_with_restart_and_backup_fixes(diagnose_data: Run) -> None:
    result = healthy_run(diagnose_data, arm.snapshot(arm.VmSpec(agent_status="Not Ready")))
    found = step(result, "agent-unresponsive")
    assert found.status is Status.FAILED
    assert "Not Ready" in str(found.finding.summary)
    assert [f.action for f in found.finding.fixes] == ["restart-agent", "trigger-backup"]
    assert any(str(e) == "Agent status: Not Ready" for e in found.finding.evidence)


def test_old_windows_agent_only_warns(diagnose_data: Run) -> None:
    result = healthy_run(diagnose_data, arm.snapshot(arm.VmSpec(agent_version="2.7.41491.900")))
    assert step(result, "agent-unresponsive").status is Status.WARNING


def test_agent_of_a_deallocated_vm_is_unknown_not_failed(diagnose_data: Run) -> None:
    result = healthy_run(
        diagnose_data, arm.snapshot(arm.VmSpec(power="deallocated", agent_status="Not Ready"))
    )
    assert step(result, "agent-unresponsive").status is Status.UNKNOWN
    assert step(result, "no-internet").status is Status.UNKNOWN


@pytest.mark.parametrize(
    ("version", "ready", "expected"),
    [
        ("2.12.0.2", "Ready", Status.PASSED),
        ("2.2.53.1", "Ready", Status.PASSED),
        ("2.2.45.0", "Ready", Status.FAILED),
        ("2.12.0.2", "Not Ready", Status.FAILED),
    ],
)
def test_linux_agent_version_and_readiness(
    diagnose_data: Run, version: str, ready: str, expected: Status
) -> None:
    spec = arm.VmSpec(os="Linux", agent_version=version, agent_status=ready)
    result = healthy_run(diagnose_data, arm.snapshot(spec))
    assert step(result, "agent-outdated").status is expected
    assert step(result, "agent-unresponsive").status is Status.SKIPPED


def test_vm_shut_down_inside_guest_fails_snapshot_status_with_deallocate_fix(
    diagnose_data: Run,
) -> None:
    # The activity log shows the VM started, and nothing through Azure stopped it since.
    log = arm.activity_log([arm.power_event("vm1", "start", "2026-11-20T08:00:00Z")])
    data = arm.snapshot(arm.VmSpec(power="stopped"), responses=[log])
    found = step(healthy_run(diagnose_data, data), "snapshot-status")
    assert found.status is Status.FAILED
    assert "inside the guest" in str(found.finding.summary)
    # The portal's Stop deallocates; powerOff is what leaves a VM in this state.
    assert [f.action for f in found.finding.fixes] == ["deallocate-vm"]


def test_vm_powered_off_through_azure_is_not_called_a_guest_shutdown(diagnose_data: Run) -> None:
    log = arm.activity_log(
        [
            arm.power_event("vm1", "start", "2026-11-20T08:00:00Z"),
            arm.power_event("vm1", "powerOff", "2026-11-24T18:05:00Z", caller="ops@contoso.com"),
        ]
    )
    data = arm.snapshot(arm.VmSpec(power="stopped"), responses=[log])
    found = step(healthy_run(diagnose_data, data), "snapshot-status")
    assert found.status is Status.WARNING
    assert "inside the guest" not in str(found.finding.summary).replace("not from inside", "")
    assert found.finding.fixes == ()
    assert any("ops@contoso.com" in str(e) for e in found.finding.evidence)


def test_stopped_vm_without_a_readable_activity_log_is_unknown(diagnose_data: Run) -> None:
    data = arm.snapshot(arm.VmSpec(power="stopped"), responses=[arm.activity_log([], status=403)])
    found = step(healthy_run(diagnose_data, data), "snapshot-status")
    assert found.status is Status.UNKNOWN
    assert found.finding.fixes == ()
    assert "activity log could not be read" in str(found.finding.summary)


def test_deallocated_vm_is_not_said_to_run(diagnose_data: Run) -> None:
    found = step(
        healthy_run(diagnose_data, arm.snapshot(arm.VmSpec(power="deallocated"))),
        "snapshot-status",
    )
    assert found.status is Status.UNKNOWN
    assert "runs and reports no snapshot errors" not in str(found.finding.summary)
    assert "Power state: deallocated" in [str(e) for e in found.finding.evidence]


def test_snapshot_error_reported_by_loaded_extension_fails_snapshot_status(
    diagnose_data: Run,
) -> None:
    spec = arm.VmSpec(snapshot_error="Snapshot operation failed: could not reach the host (DHCP)")
    result = healthy_run(diagnose_data, arm.snapshot(spec))
    found = step(result, "snapshot-status")
    assert found.status is Status.FAILED
    assert any("DHCP" in str(e) for e in found.finding.evidence)


def test_failed_snapshot_extension_fails_with_uninstall_fix(diagnose_data: Run) -> None:
    spec = arm.VmSpec(snapshot_state="Failed", snapshot_error="VMSnapshot extension failed to load")
    result = healthy_run(diagnose_data, arm.snapshot(spec))
    found = step(result, "extension-failed")
    assert found.status is Status.FAILED
    assert [(f.action, f.target) for f in found.finding.fixes] == [
        ("uninstall-extension", f"{VM1}/extensions/VMSnapshot")
    ]
    # the snapshot step defers to the extension step instead of failing twice
    assert step(result, "snapshot-status").status is Status.PASSED


def test_other_failed_extension_only_warns(diagnose_data: Run) -> None:
    data = arm.snapshot(resources=[arm.extension("vm1", "CustomScriptExtension", "Failed")])
    assert step(healthy_run(diagnose_data, data), "extension-failed").status is Status.WARNING


def test_outbound_deny_before_allow_fails_no_internet(diagnose_data: Run) -> None:
    rules = [
        arm.nsg_rule("securityRules/deny-internet", "Deny", 100, port="*"),
        arm.nsg_rule("defaultSecurityRules/AllowInternetOutBound", "Allow", 65001, port="0-65535"),
    ]
    data = arm.snapshot()
    data["responses"] = arm.nic_responses("vm1", rules)
    found = step(healthy_run(diagnose_data, data), "no-internet")
    assert found.status is Status.FAILED
    assert "deny-internet" in str(found.finding.summary)


def test_allow_storage_ahead_of_deny_passes_no_internet(diagnose_data: Run) -> None:
    rules = [
        arm.nsg_rule("securityRules/allow-storage", "Allow", 100, prefix="Storage.WestEurope"),
        arm.nsg_rule("securityRules/deny-internet", "Deny", 200, port="*"),
    ]
    data = arm.snapshot()
    data["responses"] = arm.nic_responses("vm1", rules)
    assert step(healthy_run(diagnose_data, data), "no-internet").status is Status.PASSED


@pytest.mark.parametrize(
    ("hop", "expected"), [("None", Status.FAILED), ("VirtualAppliance", Status.WARNING)]
)
def test_default_route_next_hop(diagnose_data: Run, hop: str, expected: Status) -> None:
    data = arm.snapshot()
    data["responses"] = arm.nic_responses("vm1", next_hop=hop)
    assert step(healthy_run(diagnose_data, data), "no-internet").status is expected


def test_missing_effective_rules_make_no_internet_unknown(diagnose_data: Run) -> None:
    data = arm.snapshot()
    data["responses"] = []
    found = step(healthy_run(diagnose_data, data), "no-internet")
    assert found.status is Status.UNKNOWN
    assert "Could not check" in str(found.finding.summary)


def test_lock_on_restore_point_group_fails_with_remove_lock(diagnose_data: Run) -> None:
    rg = f"{arm.sub_id()}/resourceGroups/AzureBackupRG_westeurope_1"
    data = arm.snapshot(resources=[arm.lock(rg, "do-not-delete")])
    found = step(healthy_run(diagnose_data, data), "rp-lock")
    assert found.status is Status.FAILED
    assert found.finding.fixes[0].action == "remove-lock"
    assert found.finding.fixes[0].target.endswith("/locks/do-not-delete")
    assert found.finding.fixes[-1].action == "trigger-backup"


def test_subscription_lock_is_inherited_by_restore_point_group(diagnose_data: Run) -> None:
    data = arm.snapshot(resources=[arm.lock(arm.sub_id(), "subscription-guard")])
    found = step(healthy_run(diagnose_data, data), "rp-lock")
    assert found.status is Status.FAILED
    assert any("inherited from the subscription" in str(e) for e in found.finding.evidence)


def test_lock_on_vm_group_does_not_block_restore_points(diagnose_data: Run) -> None:
    data = arm.snapshot(resources=[arm.lock(f"{arm.sub_id()}/resourceGroups/{arm.RG}", "app-lock")])
    assert step(healthy_run(diagnose_data, data), "rp-lock").status is Status.PASSED


def test_custom_prefix_group_from_policy_is_found_and_its_lock_fails(diagnose_data: Run) -> None:
    data = arm.snapshot()
    arm.replace(data, arm.policy(prefix="rp-snapshots-weu-"))
    data["resources"] = [r for r in data["resources"] if "restorePointCollections" not in r["id"]]
    data["resources"] += [arm.resource_group("rp-snapshots-weu-1")]
    data["resources"] += [arm.lock(f"{arm.sub_id()}/resourceGroups/rp-snapshots-weu-1", "keep")]
    found = step(healthy_run(diagnose_data, data), "rp-lock")
    assert found.status is Status.FAILED
    assert any("rp-snapshots-weu-1" in str(e) for e in found.finding.evidence)


@pytest.mark.parametrize(
    ("points", "expected"), [(18, Status.FAILED), (16, Status.WARNING), (3, Status.PASSED)]
)
def test_restore_point_limit(diagnose_data: Run, points: int, expected: Status) -> None:
    data = arm.replace(arm.snapshot(), arm.rpc("vm1", points))
    found = step(healthy_run(diagnose_data, data), "rp-collection-limit")
    assert found.status is expected
    if expected is Status.FAILED:
        assert found.finding.fixes[0].action == "delete-restore-point-collection"


def test_restore_points_count_across_collections_matched_case_insensitively(
    diagnose_data: Run,
) -> None:
    other = arm.rpc("vm1", 10, rg="AzureBackupRG_westeurope_2")
    other["id"] = other["id"].replace("AzureBackup_vm1_1", "AzureBackup_vm1_2")
    other["name"] = "AzureBackup_vm1_2"
    other["properties"]["source"]["id"] = arm.vm_id("VM1").lower()
    data = arm.replace(arm.snapshot(), arm.rpc("vm1", 9))
    data["resources"].append(other)
    found = step(healthy_run(diagnose_data, data), "rp-collection-limit")
    assert found.status is Status.FAILED
    assert "19" in str(found.finding.summary)


KV_ADMIN = "00482a5a-887f-4fb3-b363-3b7fe8e74483"
FULL = {"keys": ["Get", "List", "Backup"], "secrets": ["get", "list", "backup"]}


def _encrypted(
    policies: list[dict[str, Any]],
    rbac: bool = False,
    graph: dict[str, Any] | None = None,
    extra: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    kv = arm.key_vault("kv-test", policies, rbac=rbac)
    responses = [graph if graph is not None else arm.graph_backup_principal("bms-object-id")]
    return arm.snapshot(
        arm.VmSpec(key_vault=kv["id"]), resources=[kv, *(extra or [])], responses=responses
    )


def _policy(object_id: str, permissions: dict[str, list[str]]) -> dict[str, Any]:
    return {"tenantId": arm.TENANT, "objectId": object_id, "permissions": permissions}


def test_key_vault_without_backup_permissions_fails(diagnose_data: Run) -> None:
    admins = _policy("admins", {"keys": ["get", "list"], "secrets": ["get", "list"]})
    found = step(healthy_run(diagnose_data, _encrypted([admins])), "keyvault-permissions")
    assert found.status is Status.FAILED
    assert found.finding.fixes[0].action == "grant-keyvault-access"


def test_key_vault_granting_backup_management_service_passes(diagnose_data: Run) -> None:
    found = step(
        healthy_run(diagnose_data, _encrypted([_policy("bms-object-id", FULL)])),
        "keyvault-permissions",
    )
    assert found.status is Status.PASSED
    assert any("bms-object-id" in str(e) for e in found.finding.evidence)


def test_key_vault_granting_only_a_user_fails(diagnose_data: Run) -> None:
    # The rights are there, but for someone else: Azure Backup still cannot read the keys.
    found = step(
        healthy_run(diagnose_data, _encrypted([_policy("a-user-object-id", FULL)])),
        "keyvault-permissions",
    )
    assert found.status is Status.FAILED
    assert [f.action for f in found.finding.fixes] == ["grant-keyvault-access"]


def test_key_vault_check_is_unknown_when_graph_cannot_be_read(diagnose_data: Run) -> None:
    data = _encrypted(
        [_policy("some-object-id", FULL)], graph=arm.graph_backup_principal(status=403)
    )
    found = step(healthy_run(diagnose_data, data), "keyvault-permissions")
    assert found.status is Status.UNKNOWN
    assert "Microsoft Graph" in str(found.finding.summary)
    assert found.finding.fixes == ()


def test_rbac_key_vault_without_role_assignment_fails(diagnose_data: Run) -> None:
    found = step(healthy_run(diagnose_data, _encrypted([], rbac=True)), "keyvault-permissions")
    assert found.status is Status.FAILED


def test_rbac_key_vault_passes_only_for_backup_management_service(diagnose_data: Run) -> None:
    kv_id = arm.key_vault("kv-test", [])["id"]
    for principal, expected in (("bms-object-id", Status.PASSED), ("someone", Status.FAILED)):
        data = _encrypted([], rbac=True, extra=[arm.role_assignment(kv_id, principal, KV_ADMIN)])
        assert step(healthy_run(diagnose_data, data), "keyvault-permissions").status is expected


def test_unencrypted_vm_skips_key_vault_check(diagnose_data: Run) -> None:
    assert (
        step(healthy_run(diagnose_data, arm.snapshot()), "keyvault-permissions").status
        is Status.SKIPPED
    )


def test_disk_over_the_limit_the_error_names_fails_its_runbook(diagnose_data: Run) -> None:
    jobs = [
        arm.job("vm1", "j", "Failed", "2026-11-24T02:00:00Z", "UserErrorUnsupportedDiskSize", "x")
    ]
    result = diagnose_data(arm.snapshot(arm.VmSpec(disks_gb=(128, 8192)), jobs=jobs), VM1)
    found = step(result, "disk-size")
    assert found.status is Status.FAILED
    assert "8192" in str(found.finding.summary)


@pytest.mark.parametrize(
    ("disks", "encrypted", "expected"),
    [
        ((128, 8192), False, Status.WARNING),
        ((128, 40000), False, Status.FAILED),
        ((128, 8192), True, Status.FAILED),
        ((128, 4095), False, Status.PASSED),
    ],
)
def test_disk_size_in_a_health_check(
    diagnose_data: Run, disks: tuple[int, ...], encrypted: bool, expected: Status
) -> None:
    kv = arm.key_vault("kv-test", [])
    spec = arm.VmSpec(disks_gb=disks, key_vault=kv["id"] if encrypted else "")
    data = arm.snapshot(spec, resources=[kv])
    assert step(healthy_run(diagnose_data, data), "disk-size").status is expected


def test_running_backup_fails_with_cancel_fix(diagnose_data: Run) -> None:
    running = arm.job("vm1", "job-run", "InProgress", "2026-11-24T07:00:00Z")
    data = arm.snapshot(jobs=[running])
    found = step(diagnose_data(data, VM1), "backup-in-progress")
    assert found.status is Status.FAILED
    assert found.finding.fixes[0].action == "cancel-job"
    assert found.finding.fixes[0].target.endswith("/backupJobs/job-run")


def test_jobs_of_another_vm_do_not_count(diagnose_data: Run) -> None:
    running = arm.job("vm2", "job-run", "InProgress", "2026-11-24T07:00:00Z")
    assert (
        step(diagnose_data(arm.snapshot(jobs=[running]), VM1), "backup-in-progress").status
        is Status.PASSED
    )


def test_restore_point_causes_are_skipped_for_an_unprotected_vm(diagnose_data: Run) -> None:
    data = arm.snapshot(jobs=[], resources=[arm.lock(arm.sub_id(), "subscription-guard")])
    data["resources"] = [
        r
        for r in data["resources"]
        if "protectedItems" not in r["id"] and "restorePointCollections" not in r["id"]
    ]
    result = diagnose_data(data, VM1)
    assert step(result, "rp-lock").status is Status.SKIPPED
    assert step(result, "rp-collection-limit").status is Status.SKIPPED


def _forbid_nsg(request: Any) -> Any:
    """A fault hook: the effective NSG rules may not be read."""
    from core.emulator.wire import arm_error

    forbidden = request.key.endswith("effectivenetworksecuritygroups")
    return arm_error(403, "AuthorizationFailed", "no") if forbidden else None


def test_no_internet_is_unknown_when_only_half_the_network_evidence_was_read(
    gateway_of: Any,
) -> None:
    from core.diagnosis.engine import diagnose

    data = arm.snapshot(jobs=[])
    found = step(diagnose(gateway_of(data, fault=_forbid_nsg), VM1), "no-internet")
    assert found.status is Status.UNKNOWN
    assert any("Default route" in str(e) for e in found.finding.evidence)


def test_a_bad_route_fails_no_internet_even_when_the_rules_are_unreadable(gateway_of: Any) -> None:
    from core.diagnosis.engine import diagnose

    data = arm.snapshot(jobs=[])
    data["responses"] = arm.nic_responses("vm1", next_hop="None")
    found = step(diagnose(gateway_of(data, fault=_forbid_nsg), VM1), "no-internet")
    assert found.status is Status.FAILED
