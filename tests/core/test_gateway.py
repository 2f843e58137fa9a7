"""The gateway turns official ARM example payloads into core objects, through the real SDK."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from core.azure.gateway import Gateway
from core.errors import BackupDoctorError, NotFoundError, PermissionDeniedError
from core.model import ScopeKind
from tests import arm
from tests.emulator.test_examples import PLACEHOLDER_SUB, arm_ids, body
from tests.emulator.test_examples import pytestmark as needs_fixtures

pytestmark = needs_fixtures

Build = Callable[..., Gateway]
SUB = PLACEHOLDER_SUB


def snapshot(
    resources: list[dict[str, Any]], responses: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """A snapshot holding exactly these objects."""
    return {
        "format": "backup-doctor-snapshot",
        "version": 1,
        "capturedAt": "2017-08-10T00:00:00Z",
        "tenants": [],
        "subscriptions": [],
        "resources": resources,
        "responses": responses or [],
    }


def test_vm_with_instance_view_from_the_official_examples(gateway_of: Build) -> None:
    vm = body("compute/VirtualMachine_Get.json")
    vm["properties"]["instanceView"] = body("compute/VirtualMachine_Get_InstanceView.json")
    vm["id"] = (
        f"/subscriptions/{SUB}/resourceGroups/myResourceGroup/providers/Microsoft.Compute/virtualMachines/myVM"
    )
    found = gateway_of(snapshot([vm])).vm(vm["id"])
    assert found.name == "myVM"
    assert found.agent_version == "2.7.41491.949"
    assert found.agent_display_status == "Ready"
    assert found.power_state == "running"
    assert found.extension_handlers[0].type == "Microsoft.Azure.Security.IaaSAntimalware"
    assert [d.size_gb for d in found.disks if d.is_os] == [30]


def test_protected_item_fields_despite_the_sdk_discriminator_bug(gateway_of: Build) -> None:
    item = body("recoveryservicesbackup/Compute_ProtectedItem_Get.json")
    vault = item["id"].split("/backupFabrics/")[0]
    items = gateway_of(snapshot([item])).protected_vms(vault)
    assert [(i.friendly_name, i.protection_state, i.last_backup_status) for i in items] == [
        ("iaasvm-1", "Protected", "Completed")
    ]
    assert items[0].policy_name == "testPolicy1"


def test_job_details_with_task_list(gateway_of: Build) -> None:
    job = body("recoveryservicesbackup/GetJobDetails.json")
    found = gateway_of(snapshot([job])).job(job["id"])
    assert found.entity_name == "testvm"
    assert found.in_progress
    assert [(t.name, t.status) for t in found.tasks] == [
        ("Take Snapshot", "InProgress"),
        ("Transfer data to vault", "NotStarted"),
    ]
    assert found.duration_s == pytest.approx(9.8782791)


def test_policy_schedule(gateway_of: Build) -> None:
    policy = body("recoveryservicesbackup/ProtectionPolicies_Get.json")
    found = gateway_of(snapshot([policy])).policy(policy["id"])
    assert (found.name, found.schedule) == ("testPolicy1", "Daily 02:00")


def test_locks_at_resource_group_level_are_typed_and_scoped(gateway_of: Build) -> None:
    locks = body("resources/ManagementLocks_ListAtResourceGroupLevel.json")["value"]
    gateway = gateway_of(snapshot(locks))
    sub = locks[0]["id"].split("/")[2]
    found = gateway.locks(sub)
    assert {lock.name for lock in found} == {x["name"] for x in locks}
    assert all(lock.scope_kind is ScopeKind.RESOURCE_GROUP for lock in found)


def test_restore_point_collections_listed_then_expanded(gateway_of: Build) -> None:
    listed = arm_ids(body("compute/RestorePointCollection_ListBySubscription.json")["value"])
    expanded = body("compute/RestorePointCollection_Get_WithContainedRestorePoints.json")
    expanded["id"] = expanded["id"].replace("{subscription-id}", SUB)
    gateway = gateway_of(snapshot([*listed, expanded]))
    collections = gateway.restore_point_collections(SUB)
    assert {c.provisioning_state for c in collections} >= {"Succeeded", "Deleting"}
    full = gateway.restore_point_collection(expanded["id"])
    assert full.count == len(expanded["properties"]["restorePoints"]) > 0
    assert full.source_vm_id.endswith(expanded["properties"]["source"]["id"].rsplit("/", 1)[-1])


def test_effective_rules_and_routes(gateway_of: Build) -> None:
    nic = f"/subscriptions/{SUB}/resourceGroups/rg1/providers/Microsoft.Network/networkInterfaces/nic1"
    responses = [
        {
            "method": "POST",
            "path": f"{nic}/effectiveNetworkSecurityGroups",
            "status": 200,
            "body": body("network/NetworkInterfaceEffectiveNSGList.json"),
        },
        {
            "method": "POST",
            "path": f"{nic}/effectiveRouteTable",
            "status": 200,
            "body": body("network/NetworkInterfaceEffectiveRouteTableList.json"),
        },
    ]
    gateway = gateway_of(snapshot([], responses))
    rules = gateway.effective_security_rules(nic)
    routes = gateway.effective_routes(nic)
    assert rules and all(r.direction in {"Inbound", "Outbound"} for r in rules)
    assert routes and routes[0].next_hop_type


def test_vaults_from_the_subscription_listing(gateway_of: Build) -> None:
    vaults = arm_ids(body("recoveryservices/ListBySubscriptionIds.json")["value"])
    sub = vaults[0]["id"].split("/")[2]
    found = gateway_of(snapshot(vaults)).vaults(sub)
    assert {v.name for v in found} == {v["name"] for v in vaults}


def test_missing_resource_is_a_not_found_error(gateway_of: Build) -> None:
    with pytest.raises(NotFoundError) as raised:
        gateway_of(arm.snapshot()).vm(arm.vm_id("ghost"))
    assert raised.value.target == arm.vm_id("ghost")


def test_forbidden_read_is_a_permission_error_with_the_target(gateway_of: Build) -> None:
    from core.emulator.wire import arm_error

    gateway = gateway_of(
        arm.snapshot(), fault=lambda r: arm_error(403, "AuthorizationFailed", "denied")
    )
    with pytest.raises(PermissionDeniedError) as raised:
        gateway.vaults(arm.SUB)
    assert "AuthorizationFailed" in raised.value.detail
    assert "permission" in raised.value.message


def test_throttling_is_retried_by_azure_core(gateway_of: Build) -> None:
    from core.emulator.wire import ArmResponse

    calls = {"n": 0}

    def throttle_twice(request: Any) -> Any:
        if "/vaults" in request.key and calls["n"] < 2:
            calls["n"] += 1
            return ArmResponse(
                429,
                {"error": {"code": "TooManyRequests", "message": "slow down"}},
                {"Retry-After": "1"},
            )
        return None

    vaults = gateway_of(arm.snapshot(), fault=throttle_twice).vaults(arm.SUB)
    assert [v.name for v in vaults] == [arm.VAULT]
    assert calls["n"] == 2


def test_reads_are_cached_until_refresh(gateway_of: Build) -> None:
    gateway = gateway_of(arm.snapshot())
    gateway.vaults(arm.SUB)
    gateway.vaults(arm.SUB)
    assert len(gateway.router.requests()) == 1
    gateway.refresh()
    gateway.vaults(arm.SUB)
    assert len(gateway.router.requests()) == 2


def test_job_filter_times_do_not_depend_on_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    import locale
    from datetime import UTC, datetime

    from core.azure.gateway import job_filter_time

    for name in ("tr_TR.UTF-8", "de_DE.UTF-8", "C.UTF-8"):
        try:
            locale.setlocale(locale.LC_TIME, name)
        except locale.Error:
            continue
        try:
            assert (
                job_filter_time(datetime(2025, 1, 1, 14, 5, tzinfo=UTC)) == "2025-01-01 02:05:00 PM"
            )
            assert (
                job_filter_time(datetime(2025, 1, 1, 0, 0, tzinfo=UTC)) == "2025-01-01 12:00:00 AM"
            )
        finally:
            locale.setlocale(locale.LC_TIME, "C")


def test_a_failed_read_does_not_drop_a_newer_in_flight_one() -> None:
    import threading

    from core.azure.memo import SingleFlight

    memo = SingleFlight()
    started, release = threading.Event(), threading.Event()
    reads: list[str] = []

    def old_read() -> str:
        reads.append("old")
        started.set()
        release.wait(5)
        raise RuntimeError("old read failed")

    def new_read() -> str:
        reads.append("new")
        release.set()
        return "fresh"

    def fail_old() -> None:
        with pytest.raises(RuntimeError):
            memo.get("k", old_read)

    failing = threading.Thread(target=fail_old)
    failing.start()
    started.wait(5)
    memo.clear()  # refresh while the old read is in flight
    assert memo.get("k", new_read) == "fresh"
    failing.join(5)
    assert memo.get("k", lambda: "third read") == "fresh"
    assert reads == ["old", "new"]


@pytest.mark.expect_log_warnings
def test_an_object_that_does_not_parse_is_left_out_of_a_listing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from core.azure import convert
    from core.azure.gateway import _each

    good = {
        "id": f"{arm.sub_id()}/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/ok",
        "name": "ok",
    }
    no_id = {"name": "half-a-vault"}
    vaults = _each(convert.vault)([good, no_id])
    assert [v.name for v in vaults] == ["ok"]
    assert "half-a-vault" in caplog.text


def test_key_vault_without_properties_is_unreadable_not_without_policies(
    gateway_of: Build,
) -> None:
    # A body without properties says nothing about access: "no policies" would be a claim.
    kv = arm.key_vault("kv-null", [])
    kv["properties"] = None
    with pytest.raises(BackupDoctorError):
        gateway_of(arm.snapshot(resources=[kv])).key_vault(kv["id"])


@pytest.mark.expect_log_warnings
def test_a_failing_check_is_an_unknown_step_not_a_lost_diagnosis(
    gateway_of: Build, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.diagnosis import engine
    from core.diagnosis.findings import Status

    def broken(_: Any) -> Any:
        raise TypeError("unexpected shape")

    monkeypatch.setitem(engine.CHECKS, "disk-size", broken)
    data = arm.snapshot(jobs=[])
    result = engine.diagnose(gateway_of(data), arm.vm_id("vm1"))
    step = next(s for s in result.steps if s.cause.id == "disk-size")
    assert step.status is Status.UNKNOWN
    assert "bug" in str(step.finding.summary)
    assert "TypeError: unexpected shape" in str(step.finding.evidence[0])


def test_locks_of_a_group_when_the_subscription_wide_read_is_forbidden(gateway_of: Build) -> None:
    from core.emulator.wire import arm_error

    rg = f"{arm.sub_id()}/resourceGroups/AzureBackupRG_westeurope_1"
    sub_locks = f"{arm.sub_id()}/providers/microsoft.authorization/locks".lower()

    def rg_reader_only(request: Any) -> Any:
        return (
            arm_error(403, "AuthorizationFailed", "RG reader") if request.key == sub_locks else None
        )

    data = arm.snapshot(resources=[arm.lock(rg, "keep"), arm.lock(arm.sub_id(), "guard")])
    gateway = gateway_of(data, fault=rg_reader_only)
    assert {lock.name for lock in gateway.locks_at(rg)} == {"keep", "guard"}  # inherited included
    assert {lock.name for lock in gateway.locks_within(rg)} == {"keep", "guard"}
    assert [r.status for r in gateway.router.requests()] == [403, 200]  # fell back to the group


def test_job_history_follows_next_links_and_honours_the_window(gateway_of: Build) -> None:
    from datetime import UTC, datetime

    jobs = [
        arm.job("vm1", f"j{i}", "Completed", f"2026-11-2{i}T02:00:00Z") for i in range(1, 5)
    ] + [arm.job("vm1", "old", "Completed", "2026-10-01T02:00:00Z")]
    gateway = gateway_of(arm.snapshot(jobs=jobs), page_size=1)
    found = gateway.jobs(
        arm.vault_id(),
        since=datetime(2026, 11, 20, tzinfo=UTC),
        until=datetime(2026, 11, 25, tzinfo=UTC),
    )
    assert [j.job_id for j in found] == ["j4", "j3", "j2", "j1"]  # newest first, "old" outside
    assert all(r.status == 200 for r in gateway.router.requests())
    assert len(gateway.router.requests()) >= 4  # one page a job: nextLink was followed
