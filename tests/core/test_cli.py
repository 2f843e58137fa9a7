"""The ``diagnose`` command on the demo tenant: contracts, text report and exit codes."""

from __future__ import annotations

import io
import json
import logging
from typing import Any

import pytest

from core import cli, session
from core.diagnosis.runbooks import HEALTH_CHECK, RUNBOOKS
from tools.demo_scenarios import BY_VM, SCENARIOS, Scenario
from tools.demo_scenarios import HEALTH_CHECK as SCENARIO_HEALTH_CHECK

SEED_CODES = {rb.code for rb in RUNBOOKS}


def run(*argv: str) -> tuple[int, str]:
    """Run the command; return its exit code and output."""
    out = io.StringIO()
    code = cli.main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture(scope="module")
def demo_all() -> dict[str, Any]:
    """``diagnose --demo --all --format json``, parsed."""
    code, text = run("--demo", "--all", "--format", "json")
    assert code == 1
    return json.loads(text)


def test_all_covers_every_seed_code_with_first_failure_from_the_runbook(
    demo_all: dict[str, Any],
) -> None:
    assert demo_all["format"] == "backup-doctor-diagnosis-list"
    assert demo_all["version"] == 2
    by_vm = {d["vm"]["name"]: d for d in demo_all["diagnoses"]}
    codes = {(d["job"] or {}).get("errorName") for d in by_vm.values()}
    runbooks = {d["runbook"] for d in by_vm.values()}
    # every seed code is the target of a diagnosis (the V1/V2 and spelling variants included)
    assert runbooks | {"BackUpOperationFailed"} >= SEED_CODES
    assert "ExtentionOperationFailedForManagedDisks" in codes
    # every VM of the demo plays exactly one scenario of tools/demo_scenarios.py
    assert set(by_vm) == set(BY_VM)


def test_the_scenario_table_names_core_health_check() -> None:
    assert SCENARIO_HEALTH_CHECK == HEALTH_CHECK


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.vm)
def test_each_vm_gets_the_diagnosis_of_its_scenario(
    demo_all: dict[str, Any], scenario: Scenario
) -> None:
    diagnosis = next(d for d in demo_all["diagnoses"] if d["vm"]["name"] == scenario.vm)
    assert (diagnosis["job"] or {}).get("errorName") == scenario.error_name
    assert diagnosis["runbook"] == scenario.runbook
    failed = [s["cause"] for s in diagnosis["steps"] if s["status"] == "failed"]
    assert diagnosis["verdict"]["status"] == scenario.verdict
    if scenario.first_failure is None:
        assert failed == []
        return
    assert failed and failed[0] == scenario.first_failure
    assert diagnosis["verdict"] == {"status": "problem-found", "causes": failed}
    runbook = next((rb for rb in RUNBOOKS if rb.code == diagnosis["runbook"]), None)
    if runbook is not None:  # the health check is not a documented runbook
        assert scenario.first_failure in runbook.causes


def test_the_demo_speaks_like_the_service(demo_all: dict[str, Any]) -> None:
    by_vm = {d["vm"]["name"]: d for d in demo_all["diagnoses"]}
    # A backup item whose VM was deleted is diagnosed, not "no VM named ...".
    old = by_vm["vm-old-01"]
    assert old["vm"]["exists"] is False
    assert old["job"]["errorCode"] == "400136"
    assert old["job"]["errorTitle"] == "UserErrorVmNotFoundV2"
    # CompletedWithWarnings with error details is a failure to look at, never "healthy".
    warned = by_vm["vm-app-04"]
    assert warned["job"]["status"] == "CompletedWithWarnings"
    assert warned["verdict"]["status"] != "healthy"
    assert warned["documentedRunbook"] is False
    assert warned["catalog"]["code"] == "UserErrorFsFreezeFailed"
    # A stopped item: no policy, no "Back up now", and no restore-point blame.
    legacy = by_vm["vm-legacy-01"]
    assert legacy["protectedItem"]["protectionState"] == "ProtectionStopped"
    assert legacy["protectedItem"]["policy"] is None
    assert all(f["action"] != "trigger-backup" for s in legacy["steps"] for f in s["fixes"])
    assert {s["cause"]: s["status"] for s in legacy["steps"]}["rp-lock"] == "skipped"
    # A user's own restore point collection does not make an unprotected VM a backup case.
    jump = {s["cause"]: s["status"] for s in by_vm["vm-jump-01"]["steps"]}
    assert jump["rp-lock"] == jump["rp-collection-limit"] == "skipped"
    # Numbers with no title are routed on the service's own wording.
    assert by_vm["vm-ops-01"]["runbook"] == "UserErrorGuestAgentStatusUnavailable"


def test_json_steps_follow_the_contract(demo_all: dict[str, Any]) -> None:
    diagnosis = next(d for d in demo_all["diagnoses"] if d["vm"]["name"] == "vm-sql-01")
    assert set(diagnosis) >= {"format", "version", "vm", "job", "runbook", "steps", "verdict"}
    assert set(diagnosis["vm"]) == {"id", "name", "osType", "exists"}
    assert set(diagnosis["job"]) == {
        "id",
        "status",
        "startTime",
        "errorCode",
        "errorTitle",
        "errorName",
        "errorMessage",
        "recommendations",
    }
    # The service sends an integer code and the symbolic name as the title.
    assert diagnosis["job"]["errorCode"].isdigit()
    assert diagnosis["job"]["errorTitle"] == "UserErrorRpCollectionLimitReached"
    assert diagnosis["job"]["recommendations"]
    lock_step = diagnosis["steps"][0]
    assert lock_step["cause"] == "rp-lock"
    assert {"cause", "status", "title", "evidence", "fixes"} <= set(lock_step)
    assert {"action": "remove-lock"}.items() <= lock_step["fixes"][0].items()
    assert (
        lock_step["fixes"][0]["target"]
        .lower()
        .endswith("/providers/microsoft.authorization/locks/do-not-delete")
    )


def test_numeric_error_code_vm_is_recognised(demo_all: dict[str, Any]) -> None:
    diagnosis = next(d for d in demo_all["diagnoses"] if d["vm"]["name"] == "vm-ops-01")
    assert diagnosis["job"]["errorCode"].isdigit()
    assert diagnosis["runbook"] == "UserErrorGuestAgentStatusUnavailable"


def test_text_report_reads_step_by_step() -> None:
    code, text = run("--demo", "--vm", "vm-sql-01")
    assert code == 1
    assert "Runbook:  UserErrorRpCollectionLimitReached: 2 cause(s) in the documented order" in text
    assert " 1. [FAIL] A lock on the restore point resource group blocks the clean-up" in text
    assert "Fix: Remove lock: DELETE /subscriptions/" in text
    assert text.rstrip().endswith("Verdict: PROBLEM FOUND: rp-lock, rp-collection-limit")


def test_healthy_vm_exits_zero() -> None:
    code, text = run("--demo", "--vm", "VM-DC-01")
    assert code == 0
    assert "Verdict: HEALTHY" in text


def test_vm_by_full_id_in_another_case() -> None:
    _, text = run("--demo", "--vm", "vm-web-01", "--format", "json")
    vm_id = json.loads(text)["vm"]["id"]
    _, text = run(
        "--demo",
        "--vm",
        vm_id.upper().replace("/SUBSCRIPTIONS/", "/subscriptions/"),
        "--format",
        "json",
    )
    assert json.loads(text)["vm"]["name"] == "vm-web-01"


def test_unknown_vm_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("--demo", "--vm", "no-such-vm")
    assert code == 2
    assert "No VM named 'no-such-vm'" in capsys.readouterr().err


def test_missing_target_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--demo"])
    assert exited.value.code == 2
    assert "one of the arguments --vm --all is required" in capsys.readouterr().err


def test_malformed_snapshot_names_the_file(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "backup-doctor-snapshot", "version": 1,', encoding="utf-8")
    code, _ = run("--snapshot", str(bad), "--all")
    assert code == 2
    assert "broken.json" in capsys.readouterr().err


def test_azure_errors_exit_three(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from core.emulator.snapshot import load_snapshot
    from core.emulator.wire import arm_error

    def failing_demo(**_: Any) -> Any:
        return session.gateway_for(
            load_snapshot(session.demo_path()),
            fault=lambda request: arm_error(503, "ServiceUnavailable", "ARM is down"),
        )

    monkeypatch.setattr(session, "open_demo", failing_demo)
    code, _ = run("--demo", "--all")
    assert code == 3
    assert "Azure answered with an error" in capsys.readouterr().err


def test_all_reports_the_others_when_one_vm_cannot_be_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from core.emulator.snapshot import load_snapshot
    from core.emulator.wire import arm_error

    def demo_with_a_forbidden_vm(**_: Any) -> Any:
        def hook(request: Any) -> Any:
            forbidden = request.key.endswith("/virtualmachines/vm-jump-01")
            return (
                arm_error(403, "AuthorizationFailed", "no access to vm-jump-01")
                if forbidden
                else None
            )

        return session.gateway_for(load_snapshot(session.demo_path()), fault=hook)

    monkeypatch.setattr(session, "open_demo", demo_with_a_forbidden_vm)
    code, text = run("--demo", "--all", "--format", "json")
    assert code == 3  # some VM could not be read
    data = json.loads(text)
    names = {d["vm"]["name"] for d in data["diagnoses"]}
    assert "vm-sql-01" in names and "vm-jump-01" not in names
    assert [e["target"].rsplit("/", 1)[-1] for e in data["errors"]] == ["vm-jump-01"]
    assert "permission" in data["errors"][0]["message"]
    code, text = run("--demo", "--all")
    assert "vm-jump-01             NOT READ" in text


def test_malformed_vm_id_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("--demo", "--vm", "/subscriptions/")
    assert code == 2
    assert "is not a VM's ARM id" in capsys.readouterr().err


@pytest.mark.expect_log_warnings
def test_a_bug_exits_four_with_one_clear_line_and_the_traceback_in_the_log(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from core.logs import log_path

    def broken(*_: Any, **__: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "diagnose", broken)
    code, _ = run("--demo", "--vm", "vm-dc-01")
    assert code == 4
    err = capsys.readouterr().err
    assert "RuntimeError: boom" in err and "internal error" in err
    assert "Traceback" not in err
    assert str(log_path()) in err
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "Traceback" in log_path().read_text(encoding="utf-8")
