"""Every read ends: a listing whose nextLink loops, or an operation polled forever, is an error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from core.azure.gateway import Gateway
from core.diagnosis.engine import Diagnosis, Verdict, diagnose
from core.diagnosis.findings import Status
from core.errors import AzureError
from tests import arm

Build = Callable[..., Gateway]
VM1 = arm.vm_id("vm1")
ARM = "https://management.azure.com"


def looping(path: str, item: dict[str, Any]) -> dict[str, Any]:
    """A list answer whose nextLink points back to the same page."""
    body = {"value": [item], "nextLink": f"{ARM}{path}?api-version=2024-01-01&$skiptoken=again"}
    return {"method": "GET", "path": path, "status": 200, "body": body}


def test_a_vm_list_whose_next_link_loops_ends_with_a_clear_error(gateway_of: Build) -> None:
    data = arm.snapshot()
    vm = next(r for r in data["resources"] if r["id"] == VM1)
    path = f"{arm.sub_id()}/providers/Microsoft.Compute/virtualMachines"
    data["responses"].append(looping(path, vm))
    with pytest.raises(AzureError, match="never ended") as err:
        gateway_of(data).vms(arm.SUB)
    assert "already followed" in err.value.detail


def test_a_job_list_whose_next_link_loops_makes_the_job_history_unreadable(
    diagnose_data: Callable[[dict[str, Any], str], Diagnosis],
) -> None:
    data = arm.snapshot(jobs=[])
    job = arm.job("vm1", "job-1", "Failed", "2026-11-25T02:00:00Z")
    data["responses"].append(looping(f"{arm.vault_id()}/backupJobs", job))
    result = diagnose_data(data, VM1)
    assert result.job_error is not None
    assert "never ended" in result.job_error.message
    assert result.verdict is Verdict.INCONCLUSIVE


def test_an_operation_polled_forever_ends_and_its_step_is_unknown(gateway_of: Build) -> None:
    nic = arm.nic_id("vm1")
    status_path = (
        f"{arm.sub_id()}/providers/Microsoft.Network/locations/westeurope/operations/forever"
    )
    data = arm.snapshot(jobs=[])
    for kind in ("effectiveNetworkSecurityGroups", "effectiveRouteTable"):
        data["responses"] = [r for r in data["responses"] if not r["path"].endswith(kind)]
        data["responses"].append(
            {
                "method": "POST",
                "path": f"{nic}/{kind}",
                "status": 202,
                "body": None,
                "headers": {"Azure-AsyncOperation": f"{ARM}{status_path}?api-version=2024-01-01"},
            }
        )
    data["responses"].append(
        {"method": "GET", "path": status_path, "status": 200, "body": {"status": "InProgress"}}
    )
    gateway = gateway_of(data)
    result = diagnose(gateway, VM1)
    step = next(s for s in result.steps if s.cause.id == "no-internet")
    assert step.status is Status.UNKNOWN
    assert "did not finish" in str(step.finding.summary)
    assert result.verdict is Verdict.INCONCLUSIVE
