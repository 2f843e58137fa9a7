"""The engine: which job it targets, its verdicts, and how it reports partial failures."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from core.diagnosis.engine import Diagnosis, Listener, Step, diagnose
from core.diagnosis.findings import Status
from core.diagnosis.runbooks import Runbook
from tests import arm

Run = Callable[[dict[str, Any], str], Diagnosis]
VM1 = arm.vm_id("vm1")
AGENT = ("UserErrorGuestAgentStatusUnavailable", "VM Agent unable to communicate with Azure Backup")


def test_latest_failed_job_is_diagnosed_with_its_details(diagnose_data: Run) -> None:
    jobs = [
        arm.job(
            "vm1", "old", "Failed", "2026-11-23T02:00:00Z", "UserErrorUnsupportedDiskSize", "disk"
        ),
        arm.job("vm1", "new", "Failed", "2026-11-24T02:00:00Z", *AGENT),
    ]
    result = diagnose_data(arm.snapshot(arm.VmSpec(agent_status="Not Ready"), jobs=jobs), VM1)
    assert result.job is not None and result.job.job_id == "new"
    assert result.job.tasks and result.job.tasks[0].name == "Take Snapshot"
    assert result.runbook.code == AGENT[0]
    assert result.verdict.value == "problem-found"
    assert result.failed_causes == ("agent-unresponsive",)


def test_later_success_makes_the_vm_healthy_and_keeps_the_failure_as_context(
    diagnose_data: Run,
) -> None:
    jobs = [
        arm.job("vm1", "failed", "Failed", "2026-11-22T02:00:00Z", *AGENT),
        arm.job("vm1", "ok", "Completed", "2026-11-23T02:00:00Z"),
    ]
    result = diagnose_data(arm.snapshot(jobs=jobs), VM1)
    assert result.job is None
    assert result.runbook.code == "health-check"
    assert result.verdict.value == "healthy"
    assert result.context_job is not None and result.context_job.job_id == "failed"
    assert any("later backup succeeded" in str(n) for n in result.notes)


def test_numeric_error_code_selects_the_runbook_from_the_message(diagnose_data: Run) -> None:
    jobs = [arm.job("vm1", "j", "Failed", "2026-11-24T02:00:00Z", 400219, AGENT[1])]
    result = diagnose_data(arm.snapshot(arm.VmSpec(agent_status="Not Ready"), jobs=jobs), VM1)
    assert result.job is not None and result.job.error_code == "400219"
    assert result.runbook.code == AGENT[0]


def test_failed_job_without_a_found_cause_is_inconclusive(diagnose_data: Run) -> None:
    jobs = [
        arm.job(
            "vm1", "j", "Failed", "2026-11-24T02:00:00Z", "UserErrorBackupOperationInProgress", "x"
        )
    ]
    result = diagnose_data(arm.snapshot(jobs=jobs), VM1)
    assert [s.status for s in result.steps] == [Status.PASSED]
    assert result.verdict.value == "inconclusive"


def test_unprotected_vm_gets_a_health_check_and_a_note(diagnose_data: Run) -> None:
    data = arm.snapshot(jobs=[])
    data["resources"] = [r for r in data["resources"] if "protectedItems" not in r["id"]]
    result = diagnose_data(data, VM1)
    assert result.protected_item is None
    assert any("not protected" in str(n) for n in result.notes)


def test_unreadable_evidence_becomes_unknown_steps_not_a_crash(
    gateway_of: Callable[..., Any],
) -> None:
    from core.emulator.wire import arm_error

    def forbid_locks(request: Any) -> Any:
        return (
            arm_error(403, "AuthorizationFailed", "no locks for you")
            if "/locks" in request.key
            else None
        )

    jobs = [
        arm.job(
            "vm1",
            "j",
            "Failed",
            "2026-11-24T02:00:00Z",
            "UserErrorRpCollectionLimitReached",
            "limit",
        )
    ]
    gateway = gateway_of(
        arm.replace(arm.snapshot(jobs=jobs), arm.rpc("vm1", 18)), fault=forbid_locks
    )
    result = diagnose(gateway, VM1)
    lock_step, limit_step = result.steps
    assert lock_step.status is Status.UNKNOWN
    assert "permission" in str(lock_step.finding.summary)
    assert limit_step.status is Status.FAILED
    assert result.verdict.value == "problem-found"


def test_listener_sees_the_runbook_then_each_step_in_order(
    diagnose_data: Run, gateway_of: Callable[..., Any]
) -> None:
    events: list[str] = []

    class Recorder(Listener):
        def runbook_chosen(self, runbook: Runbook, job: Any) -> None:
            events.append(f"runbook {runbook.code}")

        def step_started(self, index: int, cause: Any) -> None:
            events.append(f"start {index} {cause.id}")

        def step_finished(self, index: int, step: Step) -> None:
            events.append(f"done {index} {step.status.value}")

    jobs = [
        arm.job(
            "vm1", "j", "Failed", "2026-11-24T02:00:00Z", "UserErrorRpCollectionLimitReached", "x"
        )
    ]
    diagnose(gateway_of(arm.snapshot(jobs=jobs)), VM1, Recorder())
    assert events == [
        "runbook UserErrorRpCollectionLimitReached",
        "start 0 rp-lock",
        "done 0 passed",
        "start 1 rp-collection-limit",
        "done 1 passed",
    ]


def _fail(path_part: str, status: int = 403) -> Any:
    from core.emulator.wire import arm_error

    def hook(request: Any) -> Any:
        if path_part in request.key:
            return arm_error(
                status, "AuthorizationFailed" if status == 403 else "ServerError", "injected"
            )
        return None

    return hook


def test_failed_job_details_fall_back_to_the_listed_job(gateway_of: Callable[..., Any]) -> None:
    jobs = [arm.job("vm1", "j", "Failed", "2026-11-24T02:00:00Z", *AGENT)]
    gateway = gateway_of(
        arm.snapshot(arm.VmSpec(agent_status="Not Ready"), jobs=jobs),
        fault=_fail("/backupjobs/j", 500),
    )
    result = diagnose(gateway, VM1)
    assert result.job is not None and result.job.job_id == "j"
    assert result.job.tasks == ()  # the list has no task list; the error code is still there
    assert result.runbook.code == AGENT[0]
    assert result.failed_causes == ("agent-unresponsive",)


def test_unreadable_backup_items_do_not_claim_the_vm_is_unprotected(
    gateway_of: Callable[..., Any],
) -> None:
    jobs = [arm.job("vm1", "j", "Failed", "2026-11-24T02:00:00Z", *AGENT)]
    gateway = gateway_of(
        arm.snapshot(arm.VmSpec(agent_status="Not Ready"), jobs=jobs),
        fault=_fail("/backupprotecteditems"),
    )
    result = diagnose(gateway, VM1)
    assert result.job is not None and result.runbook.code == AGENT[0]
    assert not any("not protected" in str(n) for n in result.notes)


def test_unreadable_job_history_is_inconclusive_not_healthy(gateway_of: Callable[..., Any]) -> None:
    jobs = [arm.job("vm1", "j", "Failed", "2026-11-24T02:00:00Z", *AGENT)]
    gateway = gateway_of(arm.snapshot(jobs=jobs), fault=_fail("/backupjobs"))
    result = diagnose(gateway, VM1)
    assert result.runbook.code == "health-check"
    backup_step = next(s for s in result.steps if s.cause.id == "backup-in-progress")
    assert backup_step.status is Status.UNKNOWN
    assert result.verdict.value == "inconclusive"
