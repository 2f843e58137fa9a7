"""The fix catalog: every action a check can offer exists and describes its request."""

from __future__ import annotations

from core.fixes.catalog import ACTIONS, FixKind


def test_every_fix_kind_has_an_action_that_describes_its_request() -> None:
    assert set(ACTIONS) == set(FixKind)
    target = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1"
    for kind, action in ACTIONS.items():
        assert action.id is kind
        assert action.describe(target).startswith(f"{action.method} {target}")
        assert action.permission.startswith("Microsoft.")


def test_every_fix_the_demo_offers_renders_with_its_request() -> None:
    from core import session
    from core.cli import all_vm_ids, diagnose_all
    from core.diagnosis.engine import Diagnosis
    from core.report.text import render_text

    gateway = session.open_demo()
    try:
        ids, _ = all_vm_ids(gateway)
        results = [d for d in diagnose_all(gateway, ids) if isinstance(d, Diagnosis)]
    finally:
        gateway.close()
    offered = {f.action for d in results for s in d.steps for f in s.finding.fixes}
    assert len(offered) >= 6  # the demo exercises most fixes
    for diagnosis in results:
        text = render_text(diagnosis)
        for step in diagnosis.steps:
            if step.status.value in {"failed", "warning"}:
                for fix in step.finding.fixes:
                    assert (
                        f"Fix: {ACTIONS[fix.action].title}: {ACTIONS[fix.action].describe(fix.target)}"
                        in text
                    )
