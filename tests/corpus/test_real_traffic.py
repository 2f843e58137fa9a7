"""The diagnosis on what Azure really sends: one test per defect, each on a real recording.

Every snapshot here holds response bodies recorded from live subscriptions by the Azure
CLI's scenario tests (see PROVENANCE.md). Where a test adds something to a snapshot, it is
scaffolding the recording could not have (a Microsoft Graph answer), and the test says so.
"""

from __future__ import annotations

import copy
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from core import cli
from core.azure.gateway import Gateway
from core.diagnosis.engine import Diagnosis, Verdict, diagnose
from core.diagnosis.findings import Status
from core.emulator.snapshot import Snapshot
from core.session import gateway_for

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
ALL = sorted(SNAPSHOTS.glob("*.json"))


def data_of(name: str) -> dict[str, Any]:
    """A corpus snapshot as a dict (a fresh copy: tests may add scaffolding)."""
    loaded: dict[str, Any] = json.loads((SNAPSHOTS / f"{name}.json").read_text("utf-8"))
    return copy.deepcopy(loaded)


@pytest.fixture
def open_data() -> Iterator[Callable[[dict[str, Any]], Gateway]]:
    """Gateways on snapshot dicts, closed after the test."""
    made: list[Gateway] = []

    def build(data: dict[str, Any]) -> Gateway:
        gateway = gateway_for(Snapshot.from_dict(data, "corpus.json"))
        made.append(gateway)
        return gateway

    yield build
    for gateway in made:
        gateway.close()


def run_cli(*argv: str) -> tuple[int, str]:
    """``backup-doctor diagnose`` in process: exit code and standard output."""
    out = io.StringIO()
    return cli.main(list(argv), out=out), out.getvalue()


def vm_named(gateway: Gateway, name: str) -> str:
    """The id of the only VM called ``name``, or of the backup item whose VM is gone."""
    return cli.find_vm_id(gateway, name)


def step(diagnosis: Diagnosis, cause: str) -> Any:
    """The step of ``cause``."""
    return next(s for s in diagnosis.steps if s.cause.id == cause)


# Integer codes, titles and recommendations ------------------------------------------------


def test_an_integer_code_is_shown_by_its_title_with_the_services_recommendations() -> None:
    path = str(SNAPSHOTS / "backup_rp_vm_not_found_400136.json")
    code, text = run_cli("--snapshot", path, "--vm", "clitest-vm000003", "--format", "json")
    assert code == 1
    job = json.loads(text)["job"]
    # Recorded: errorCode 400136 (an int), errorTitle "UserErrorVmNotFoundV2".
    assert (job["errorCode"], job["errorTitle"]) == ("400136", "UserErrorVmNotFoundV2")
    assert job["errorName"] == "UserErrorVmNotFoundV2"
    assert any("aka.ms/UserErrorVmNotFoundV2" in r for r in job["recommendations"])
    assert json.loads(text)["runbook"] == "UserErrorVmNotFoundV2"
    _, report = run_cli("--snapshot", path, "--vm", "clitest-vm000003")
    assert "UserErrorVmNotFoundV2 (400136)" in report
    assert "Azure recommends: Please make sure that virtual machine exists" in report


def test_a_job_that_completed_with_warnings_and_errors_is_diagnosed(
    open_data: Callable[[dict[str, Any]], Gateway],
) -> None:
    gateway = open_data(data_of("backup_job_completed_with_warnings"))
    result = diagnose(gateway, vm_named(gateway, "clitest-vm000003"))
    # Recorded: Backup job e0a518a9, CompletedWithWarnings, 320001 ResourceNotFound.
    assert result.job is not None
    assert result.job.status == "CompletedWithWarnings"
    assert result.job.error_display == "ResourceNotFound (320001)"
    assert result.runbook.code == "UserErrorVmNotFoundV2"
    assert result.verdict is not Verdict.HEALTHY


def test_the_vm_answering_while_the_job_said_it_was_gone_is_a_warning_not_a_pass(
    open_data: Callable[[dict[str, Any]], Gateway],
) -> None:
    gateway = open_data(data_of("backup_rp_completed_with_warnings_320001"))
    result = diagnose(gateway, vm_named(gateway, "clitest-vm000003"))
    found = step(result, "vm-deleted")
    assert found.status is Status.WARNING
    assert any("320001" in str(e) for e in found.finding.evidence)


def test_integer_actions_info_makes_only_a_running_job_cancellable(
    open_data: Callable[[dict[str, Any]], Gateway],
) -> None:
    gateway = open_data(data_of("backup_job_completed_with_warnings"))
    vault = gateway.vaults("00000000-0000-0000-0000-000000000000")[0]
    jobs = {j.job_id: gateway.job(j.id) for j in gateway.jobs(vault.id, since=None)}
    # Recorded: actionsInfo [1] on the running Restore job cc215a72 and on the finished
    # Backup job e0a518a9 alike.
    assert jobs["cc215a72-7a2f-47bd-a610-14659b122ff2"].cancellable
    assert not jobs["e0a518a9-8f06-4c9b-a39a-3129180bf13b"].cancellable


# Backup items: stopped, in error, VM gone ---------------------------------------------------


PROTECTION = str(SNAPSHOTS / "backup_protection_states.json")


def _diagnosis(name: str) -> dict[str, Any]:
    code, text = run_cli("--snapshot", PROTECTION, "--vm", name, "--format", "json")
    assert code in {0, 1}, text
    found: dict[str, Any] = json.loads(text)
    return found


def test_a_backup_item_whose_vm_is_gone_is_a_finding() -> None:
    # Recorded: item sdkosdisk3 reports 400136 UserErrorVmNotFoundV2 in its healthDetails.
    found = _diagnosis("sdkosdisk3")
    assert found["vm"]["exists"] is False
    assert [(s["cause"], s["status"]) for s in found["steps"]] == [("vm-deleted", "failed")]
    assert any(
        "UserErrorVmNotFoundV2" in d["title"] for d in found["protectedItem"]["healthDetails"]
    )
    assert found["verdict"]["status"] == "problem-found"


def test_a_stopped_item_is_not_offered_a_backup_and_has_no_policy_to_print() -> None:
    # Recorded: akkanaseLRSTest, ProtectionStopped, policyId "", lastBackupStatus Failed.
    found = _diagnosis("akkanaseLRSTest")
    item = found["protectedItem"]
    assert (item["protectionState"], item["policy"]) == ("ProtectionStopped", None)
    assert all(f["action"] != "trigger-backup" for s in found["steps"] for f in s["fixes"])
    _, report = run_cli("--snapshot", PROTECTION, "--vm", "akkanaseLRSTest")
    assert "policy ?" not in report
    assert "no backup policy, ProtectionStopped" in report


def test_the_services_never_is_no_time_at_all() -> None:
    # Recorded: clitest-vm000003's stopped item has lastBackupTime 2001-01-01T00:00:00Z.
    found = _diagnosis("clitest-vm000003")
    assert found["protectedItem"]["lastBackupTime"] is None
    _, report = run_cli("--snapshot", PROTECTION, "--vm", "clitest-vm000003")
    assert "last backup time never" in report
    assert "2001" not in report


def test_a_protection_error_reported_only_in_a_kpi_is_read(
    open_data: Callable[[dict[str, Any]], Gateway],
) -> None:
    # Recorded: akkanaseLRSTest: healthDetails say IaasVmHealthGreenDefault; the failure
    # (400002 BackUpOperationFailed) is only in kpisHealths.BackupOperationStatusKPI.
    gateway = open_data(data_of("backup_protection_states"))
    items = [
        i
        for v in gateway.vaults("00000000-0000-0000-0000-000000000000")
        for i in gateway.protected_vms(v.id)
        if i.friendly_name == "akkanaseLRSTest"
    ]
    (item,) = items
    assert [(p.code, p.title) for p in item.problems] == [("400002", "BackUpOperationFailed")]
    assert item.problems[0].source == "BackupOperationStatusKPI: TransientUnhealthy"
    assert item.protection_status == "Unhealthy"


# Power state ------------------------------------------------------------------------------


def test_a_vm_powered_off_through_arm_is_not_called_a_guest_shutdown(
    open_data: Callable[[dict[str, Any]], Gateway],
) -> None:
    # Recorded: vm-state-mod after POST .../powerOff (no activity log in the recording).
    gateway = open_data(data_of("vm_state_stopped"))
    found = step(diagnose(gateway, vm_named(gateway, "vm-state-mod")), "snapshot-status")
    assert found.status is Status.UNKNOWN
    assert "it was shut down from inside the guest" not in str(found.finding.summary)
    assert "cannot tell" in str(found.finding.summary)
    assert all(f.action != "power-off-vm" for f in found.finding.fixes)
    assert found.finding.fixes == ()


def test_a_deallocated_vm_is_not_said_to_run(
    open_data: Callable[[dict[str, Any]], Gateway],
) -> None:
    gateway = open_data(data_of("vm_state_deallocated"))
    found = step(diagnose(gateway, vm_named(gateway, "vm-state-mod")), "snapshot-status")
    assert found.status is Status.UNKNOWN
    assert "The VM runs" not in str(found.finding.summary)
    assert "Power state: deallocated" in [str(e) for e in found.finding.evidence]


def test_a_real_activity_log_answer_parses(
    open_data: Callable[[dict[str, Any]], Gateway],
) -> None:
    data = data_of("vm_msi_activity_log")
    gateway = open_data(data)
    vms = gateway.vms("00000000-0000-0000-0000-000000000000")
    recorded = next(r for r in data["responses"] if "eventtypes" in r["path"])
    about = {str(e.get("resourceId", "")).lower() for e in recorded["body"]["value"]}
    vm = next(v for v in vms if v.id.lower() in about)
    events = gateway.activity_log(vm.id)
    assert events
    assert all(e.operation.startswith("Microsoft.") and e.time is not None for e in events)
    assert [e.time for e in events] == sorted((e.time for e in events), reverse=True)


# Key Vault ----------------------------------------------------------------------------------


def _with_graph(data: dict[str, Any], status: int = 200) -> dict[str, Any]:
    """Add a Microsoft Graph answer (synthetic: no CLI recording reads Graph)."""
    body: dict[str, Any] = {
        "value": [
            {
                "id": "00000000-0000-0000-0000-0000000b4c5e",
                "appId": "262044b1-e2ce-469f-a196-69ab7ada62d3",
                "displayName": "Backup Management Service",
            }
        ]
    }
    if status != 200:
        body = {
            "error": {"code": "Authorization_RequestDenied", "message": "Insufficient privileges"}
        }
    data.setdefault("responses", []).append(
        {"method": "GET", "path": "/v1.0/servicePrincipals", "status": status, "body": body}
    )
    return data


def test_a_key_vault_granting_only_a_user_fails(
    open_data: Callable[[dict[str, Any]], Gateway],
) -> None:
    # Recorded: vault000002's only access policy is the CLI test user's, with keys and
    # secrets get/list/backup. Backup Management Service has nothing.
    gateway = open_data(_with_graph(data_of("vm_disk_encryption_e2e")))
    found = step(diagnose(gateway, vm_named(gateway, "vm1")), "keyvault-permissions")
    assert found.status is Status.FAILED
    assert [f.action for f in found.finding.fixes] == ["grant-keyvault-access"]


def test_without_graph_the_key_vault_check_is_unknown_never_passed(
    open_data: Callable[[dict[str, Any]], Gateway],
) -> None:
    for data in (
        data_of("vm_disk_encryption_e2e"),
        _with_graph(data_of("vm_disk_encryption_e2e"), 403),
    ):
        gateway = open_data(data)
        found = step(diagnose(gateway, vm_named(gateway, "vm1")), "keyvault-permissions")
        assert found.status is Status.UNKNOWN


# Shapes the loader and the converters meet ------------------------------------------------


def test_resource_groups_without_type_load_and_list(
    open_data: Callable[[dict[str, Any]], Gateway],
) -> None:
    data = data_of("network_nic_effective_rules")
    untyped = [r for r in data["resources"] if "type" not in r and "/providers/" not in r["id"]]
    assert untyped  # recorded at an older api-version, without "type"
    gateway = open_data(data)
    names = {g.name for g in gateway.resource_groups("00000000-0000-0000-0000-000000000000")}
    assert {r["name"] for r in untyped} <= names


def test_real_effective_rules_and_routes_parse(
    open_data: Callable[[dict[str, Any]], Gateway],
) -> None:
    gateway = open_data(data_of("network_nic_effective_rules"))
    vm = gateway.vm(vm_named(gateway, "conveniencevm1"))
    rules = gateway.effective_security_rules(vm.nic_ids[0])
    routes = gateway.effective_routes(vm.nic_ids[0])
    assert rules and all(r.direction in {"Inbound", "Outbound"} for r in rules)
    assert routes and any("0.0.0.0/0" in r.address_prefixes for r in routes)


def test_azure_backups_own_collections_are_told_from_a_users(
    open_data: Callable[[dict[str, Any]], Gateway],
) -> None:
    gateway = open_data(data_of("resource_scenario_azurebackup_rpcs"))
    collections = gateway.restore_point_collections("00000000-0000-0000-0000-000000000000")
    assert len(collections) >= 30
    assert all(c.made_by_backup for c in collections)  # AzureBackup_<vm>_<n>, as recorded


# Every snapshot -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ALL, ids=[p.stem for p in ALL])
def test_every_corpus_snapshot_diagnoses_without_a_crash_or_a_false_healthy(path: Path) -> None:
    resources = json.loads(path.read_text("utf-8"))["resources"]
    diagnosable = any(
        str(r.get("type", "")).lower() == "microsoft.compute/virtualmachines"
        or (r.get("properties") or {}).get("workloadType") == "VM"
        for r in resources
    )
    code, text = run_cli("--snapshot", str(path), "--all", "--format", "json")
    if not diagnosable:
        assert code == 2  # nothing to diagnose is said so, not "all healthy"
        return
    assert code in {0, 1, 3}, text  # never 2 (input error) or 4 (a bug) on a real body
    for found in json.loads(text)["diagnoses"]:
        job = found["job"]
        if job is not None and (job["errorCode"] or job["errorTitle"]):
            assert found["verdict"]["status"] != "healthy", found["vm"]["name"]
        for s in found["steps"]:
            if s["cause"] == "keyvault-permissions" and s["status"] == "passed":
                pytest.fail("key vault passed without Backup Management Service's identity")
