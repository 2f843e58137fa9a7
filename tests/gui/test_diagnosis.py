"""The cause checker on every seeded error code of the demo tenant."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from core.diagnosis.engine import diagnose
from core.diagnosis.findings import Status
from core.diagnosis.runbooks import HEALTH_CHECK
from core.fixes.catalog import ACTIONS
from gui.diagnosis import DiagnosisView
from gui.workspace import Workspace
from tests.gui.conftest import find_vm
from tools.demo_scenarios import SEEDED

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from core.azure.gateway import Gateway

pytestmark = pytest.mark.gui


SEEDS = [
    # VM, the job's error code, the runbook it selects, the first cause that must fail
    (s.vm, s.code, s.runbook, s.first_failure)
    for s in SEEDED
]


def run(qtbot: QtBot, gateway: Gateway, name: str) -> DiagnosisView:
    view = DiagnosisView(Workspace(gateway, owns_gateway=False))
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    vm = find_vm(gateway, name)
    with qtbot.waitSignal(view.finished, timeout=20_000):
        view.diagnose(vm.id, vm.name)
    return view


@pytest.mark.parametrize(("vm", "code", "runbook", "first_failed"), SEEDS)
def test_each_seeded_failure(
    qtbot: QtBot,
    demo_gateway: Gateway,
    wait_idle,
    vm: str,
    code: str,
    runbook: str,
    first_failed: str,
) -> None:
    view = run(qtbot, demo_gateway, vm)
    result = view.diagnosis
    assert result is not None
    assert result.job is not None and result.job.error_name == code
    assert result.runbook.code == runbook
    expected = diagnose(demo_gateway, find_vm(demo_gateway, vm).id)  # core is the reference
    shown = [(w.cause.id, w.status) for w in view.steps]
    assert shown == [(s.cause.id, str(s.status)) for s in expected.steps]
    assert list(result.runbook.causes) == [w.cause.id for w in view.steps]  # documented order
    first = next(w for w in view.steps if w.status == "failed")
    assert first.cause.id == first_failed
    assert first.details.isVisibleTo(view)  # failed steps open their evidence
    assert first.summary.text()
    assert view.banner.accent == "red"
    assert code in view.job_line.text()
    wait_idle()


@pytest.mark.parametrize("vm", ["vm-dc-01", "vm-web-01"])
def test_healthy_vms_run_the_health_check(
    qtbot: QtBot, demo_gateway: Gateway, wait_idle, vm: str
) -> None:
    view = run(qtbot, demo_gateway, vm)
    result = view.diagnosis
    assert result is not None and result.job is None
    assert result.runbook.code == HEALTH_CHECK
    expected = diagnose(demo_gateway, find_vm(demo_gateway, vm).id)
    assert [w.status for w in view.steps] == [str(s.status) for s in expected.steps]
    assert (
        view.banner.accent
        == {"healthy": "green", "problem-found": "red", "inconclusive": "amber"}[
            str(expected.verdict)
        ]
    )
    wait_idle()


def test_fix_buttons_show_what_they_would_do(
    qtbot: QtBot, demo_gateway: Gateway, wait_idle
) -> None:
    view = run(qtbot, demo_gateway, "vm-sql-01")
    lock_step = view.steps[0]
    buttons = lock_step.fix_buttons
    assert buttons
    remove = next(b for b in buttons if b.objectName() == "fix-remove-lock")
    fix = remove.property("fix")
    assert remove.isEnabled()
    assert ACTIONS["remove-lock"].describe(fix.target) in remove.toolTip()
    assert "DELETE" in remove.toolTip()
    before = len(demo_gateway.activity.items())
    remove.click()
    qtbot.waitUntil(lambda: view.findChild(QMessageBox, "fixComingBox") is not None)
    box = view.findChild(QMessageBox, "fixComingBox")
    assert "fixes feature" in box.text()
    assert ACTIONS["remove-lock"].describe(fix.target) in box.informativeText()
    box.close()
    assert all(
        a.operation != "remove-lock" for a in demo_gateway.activity.items()[before:]
    )  # no Azure write
    wait_idle()


def test_fix_buttons_are_disabled_on_checks_that_pass(
    qtbot: QtBot, demo_gateway: Gateway, wait_idle
) -> None:
    view = run(qtbot, demo_gateway, "vm-dev-01")
    for widget in view.steps:
        step = widget.step
        assert step is not None
        for button in widget.fix_buttons:
            assert button.isEnabled() == (step.status in (Status.FAILED, Status.WARNING))
            if not button.isEnabled():
                assert "Available when" in button.toolTip()
    wait_idle()


def test_run_again_refreshes_and_rechecks(qtbot: QtBot, fresh_gateway: Gateway, wait_idle) -> None:
    view = run(qtbot, fresh_gateway, "vm-dw-01")
    first = [w.status for w in view.steps]
    reads_before = len(fresh_gateway.activity.items())
    with qtbot.waitSignal(view.finished, timeout=20_000):
        view.run_again.click()
    assert [w.status for w in view.steps] == first
    reads = [a for a in fresh_gateway.activity.items()[reads_before:] if a.operation != "diagnose"]
    assert any(a.operation == "vm" for a in reads)  # read from Azure again, not from the cache
    wait_idle()


def test_steps_report_progress_in_order(qtbot: QtBot, demo_gateway: Gateway, wait_idle) -> None:
    view = DiagnosisView(Workspace(demo_gateway, owns_gateway=False))
    qtbot.addWidget(view)
    view.show()
    vm = find_vm(demo_gateway, "vm-app-01")
    seen: list[int] = []
    view.step_finished.connect(lambda index, step: seen.append(index))
    with qtbot.waitSignals([view.runbook_chosen, view.finished], order="strict", timeout=20_000):
        view.diagnose(vm.id, vm.name)
    assert seen == list(range(len(view.steps)))
    assert not view.cancel.isVisible()
    assert view.run_again.isEnabled()
    assert all(isinstance(b, QPushButton) for w in view.steps for b in w.fix_buttons)
    wait_idle()


def test_unreadable_evidence_is_never_shown_healthy(
    qtbot: QtBot, demo_snapshot: Any, wait_idle
) -> None:
    from core.emulator import Fault, FaultPlan, load_snapshot
    from core.session import gateway_for

    # The healthy vm-dc-01, with its vault's job history forbidden.
    plan = FaultPlan([Fault("forbidden", path="*/backupJobs", every=True)])
    gateway = gateway_for(load_snapshot(demo_snapshot), fault=plan)
    try:
        view = run(qtbot, gateway, "vm-dc-01")
        assert view.diagnosis is not None
        assert view.diagnosis.verdict.value == "inconclusive"
        assert view.banner.accent != "green"
        assert "could not be read" in view.banner.text.text()
        assert "Could not read" in view.notes.text()
        wait_idle()
    finally:
        gateway.close()
