"""A read that failed, or an answer that says nothing, never produces "passed" or "healthy"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from core.diagnosis.engine import Diagnosis, Verdict
from core.diagnosis.findings import Status
from core.report.jsonreport import diagnosis_dict
from core.report.text import render_text
from tests import arm

Run = Callable[[dict[str, Any], str], Diagnosis]
VM1 = arm.vm_id("vm1")
ITEMS = f"{arm.vault_id()}/backupProtectedItems"
JOBS = f"{arm.vault_id()}/backupJobs"
GROUPS = f"{arm.sub_id()}/resourceGroups"
FORBIDDEN = {
    "error": {"code": "AuthorizationFailed", "message": "The client does not have authorization."}
}


def healthy_data(*responses: dict[str, Any]) -> dict[str, Any]:
    """The baseline VM, healthy when everything reads, with ``responses`` pinned."""
    return arm.snapshot(jobs=[], responses=list(responses))


def pinned(path: str, status: int, body: Any) -> dict[str, Any]:
    """A recorded answer for GET ``path``."""
    return {"method": "GET", "path": path, "status": status, "body": body}


def test_the_baseline_is_healthy(diagnose_data: Run) -> None:
    assert diagnose_data(healthy_data(), VM1).verdict is Verdict.HEALTHY


@pytest.mark.parametrize(
    ("path", "status", "body"),
    [
        (ITEMS, 403, FORBIDDEN),
        (ITEMS, 200, {}),
        (ITEMS, 200, {"value": {"not": "a list"}}),
        (GROUPS, 403, FORBIDDEN),
        (GROUPS, 200, None),
        (JOBS, 500, {"error": {"code": "InternalServerError", "message": "boom"}}),
        (JOBS, 200, {}),
    ],
    ids=[
        "items-403",
        "items-empty-object",
        "items-value-not-a-list",
        "groups-403",
        "groups-empty-body",
        "jobs-500",
        "jobs-empty-object",
    ],
)
def test_an_unreadable_read_is_never_healthy(
    diagnose_data: Run, path: str, status: int, body: Any
) -> None:
    result = diagnose_data(healthy_data(pinned(path, status, body)), VM1)
    assert result.verdict is Verdict.INCONCLUSIVE
    assert result.unread  # says what could not be read
    assert any(str(n).startswith("Could not read") for n in result.notes)
    assert diagnosis_dict(result)["unread"]
    assert diagnosis_dict(result)["verdict"]["status"] != "healthy"


def test_unreadable_job_history_is_said_so_not_no_failed_backup(diagnose_data: Run) -> None:
    result = diagnose_data(healthy_data(pinned(JOBS, 403, FORBIDDEN)), VM1)
    assert result.job is None and result.job_error is not None
    text = render_text(result)
    assert "the job history could not be read" in text
    assert "no failed backup to diagnose" not in text
    assert [u["evidence"] for u in diagnosis_dict(result)["unread"]][:1] in (["jobs"], ["job"])


def test_an_unreadable_group_list_makes_the_lock_check_unknown(diagnose_data: Run) -> None:
    result = diagnose_data(healthy_data(pinned(GROUPS, 403, FORBIDDEN)), VM1)
    lock = next(s for s in result.steps if s.cause.id == "rp-lock")
    assert lock.status is Status.UNKNOWN


def test_an_html_answer_is_not_an_empty_list(diagnose_data: Run) -> None:
    result = diagnose_data(healthy_data(pinned(ITEMS, 200, "<html>proxy login</html>")), VM1)
    assert result.verdict is Verdict.INCONCLUSIVE
    assert any(
        "not JSON" in (e.detail or "") or "JSON" in (e.detail or "") for _, e in result.unread
    )


def test_an_unreadable_disk_size_is_unknown(diagnose_data: Run) -> None:
    data = healthy_data()
    vm = next(r for r in data["resources"] if r["id"] == VM1)
    del vm["properties"]["storageProfile"]["osDisk"]["diskSizeGB"]
    found = next(s for s in diagnose_data(data, VM1).steps if s.cause.id == "disk-size")
    assert found.status is Status.UNKNOWN


def test_one_unreadable_vault_of_two_is_never_no_failed_backup(diagnose_data: Run) -> None:
    # A second vault reads fine; the VM's own vault's job history is forbidden.
    data = healthy_data(pinned(JOBS, 403, FORBIDDEN))
    other = f"{arm.sub_id()}/resourceGroups/{arm.VAULT_RG}/providers/Microsoft.RecoveryServices/vaults/aaa-second"
    data["resources"].append(
        {
            "id": other,
            "name": "aaa-second",
            "type": "Microsoft.RecoveryServices/vaults",
            "location": arm.LOCATION,
            "sku": {"name": "RS0", "tier": "Standard"},
            "properties": {"provisioningState": "Succeeded"},
        }
    )
    result = diagnose_data(data, VM1)
    assert result.verdict is Verdict.INCONCLUSIVE
    assert result.job is None and result.job_error is not None
    assert "the job history could not be read" in render_text(result)
    running = next(s for s in result.steps if s.cause.id == "backup-in-progress")
    assert running.status is Status.UNKNOWN


def test_a_read_the_snapshot_never_captured_is_said_so(diagnose_data: Run) -> None:
    # An encrypted VM in a snapshot without a Microsoft Graph answer.
    kv = arm.key_vault("kv-test", [])
    data = arm.snapshot(arm.VmSpec(key_vault=kv["id"]), resources=[kv], jobs=[])
    result = diagnose_data(data, VM1)
    graph = dict(result.unread)["backup_principal"]
    assert "was not captured" in graph.message
    assert "does not exist" not in graph.message
