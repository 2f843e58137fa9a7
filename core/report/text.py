"""The readable, step-by-step text report of a diagnosis."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from datetime import datetime

from core.diagnosis.engine import Diagnosis, Step, Verdict
from core.diagnosis.findings import Status
from core.fixes.catalog import ACTIONS
from core.report.failures import ScopeFailure

WIDTH = 100
MARKS = {
    Status.PASSED: "PASS",
    Status.FAILED: "FAIL",
    Status.WARNING: "WARN",
    Status.UNKNOWN: " ?? ",
    Status.SKIPPED: "SKIP",
}
VERDICTS = {
    Verdict.PROBLEM_FOUND: "PROBLEM FOUND",
    Verdict.HEALTHY: "HEALTHY",
    Verdict.INCONCLUSIVE: "INCONCLUSIVE",
}


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M} UTC" if value else "?"


def _wrap(text: str, indent: str, hang: int = 0) -> list[str]:
    """Wrap ``text`` at WIDTH; continuation lines align ``hang`` columns further in."""
    return textwrap.wrap(
        text, WIDTH, initial_indent=indent, subsequent_indent=indent + " " * hang
    ) or [indent]


INDENT = " " * 12


def _vm_lines(diagnosis: Diagnosis) -> list[str]:
    """The VM, its vault and its backup item."""
    vm = diagnosis.vm
    facts = (
        f"{vm.os_type or '?'}, {vm.location}, {vm.power_state or '?'}"
        if vm.exists
        else "no longer exists"
    )
    out = [f"Backup diagnosis: {vm.name} ({facts})", f"  VM id:    {vm.id}"]
    item = diagnosis.protected_item
    if item:
        policy = f"policy {item.policy_name}" if item.policy_name else "no backup policy"
        state = f", {item.protection_state}" if item.protection_state else ""
        out.append(f"  Vault:    {item.vault_id.rsplit('/', 1)[-1]} ({policy}{state})")
        # As the portal words them: the status of the last backup, and "last backup time".
        when = _when(item.last_backup_time) if item.last_backup_time else "never"
        out.append(
            f"  Item:     last backup status {item.last_backup_status or '?'}, "
            f"last backup time {when}"
        )
    return out


def _job_lines(diagnosis: Diagnosis) -> list[str]:
    """The failed job, what Azure recommends, and which runbook was checked."""
    job = diagnosis.job
    if job is None:
        if diagnosis.job_error is not None:
            return [
                f"  Job:      the job history could not be read: {diagnosis.job_error.message}",
                "  Runbook:  unknown without the failed job: health check of every cause",
            ]
        if not diagnosis.vm.exists:
            return [
                "  Job:      no failed backup in the jobs read",
                f"  Runbook:  {diagnosis.runbook.code}: the VM is gone, nothing else to check",
            ]
        return ["  Job:      no failed backup to diagnose: health check of every cause"]
    out = [f"  Job:      {job.status} {_when(job.start_time)} {job.error_display}".rstrip()]
    if job.error_message:
        out += _wrap(job.error_message, INDENT)
    for advice in job.recommendations:
        out += _wrap(f"Azure recommends: {advice}", INDENT, hang=18)
    if diagnosis.documented_runbook:
        count = len(diagnosis.steps)
        out.append(
            f"  Runbook:  {diagnosis.runbook.code}: {count} cause(s) in the documented order"
        )
        return out
    entry = diagnosis.catalog
    name = entry.code if entry else (job.error_name or job.status)
    out.append(
        f"  Runbook:  none documented for {name}: health check of every cause "
        f"({len(diagnosis.steps)})"
    )
    if entry:
        out += _wrap(f"Documented: {entry.title}", INDENT)
        out += [ln for c in entry.causes for ln in _wrap(f"Cause: {c}", INDENT, 7)]
        out += [ln for a in entry.actions for ln in _wrap(f"To do: {a}", INDENT, 7)]
        out.append(f"{INDENT}Docs: {entry.doc}")
    return out


def _step_lines(number: int, step: Step) -> list[str]:
    """One step: status, finding, evidence, and for a failure or warning what to do."""
    finding = step.finding
    out = [f"{number:>2}. [{MARKS[step.status]}] {step.cause.title}"]
    out += _wrap(str(finding.summary), "             ")
    for fact in finding.evidence:
        out += _wrap(f"- {fact}", "               ", hang=2)
    if step.status in {Status.FAILED, Status.WARNING}:
        out.append("             What to do:")
        for n, advice in enumerate(step.cause.guidance, 1):
            out += _wrap(f"{n}. {advice}", "               ", hang=3)
        for fix in finding.fixes:
            action = ACTIONS[fix.action]
            out.append(f"             Fix: {action.title}: {action.describe(fix.target)}")
        out += [f"             Docs: {link}" for link in step.cause.links]
    out.append("")
    return out


def render_text(diagnosis: Diagnosis) -> str:
    """A diagnosis as a report an admin reads top to bottom."""
    out = _vm_lines(diagnosis) + _job_lines(diagnosis)
    out += [line for note in diagnosis.notes for line in _wrap(str(note), "  Note:     ")]
    out.append("")
    for number, step in enumerate(diagnosis.steps, 1):
        out += _step_lines(number, step)
    causes = ", ".join(diagnosis.failed_causes)
    out.append(f"Verdict: {VERDICTS[diagnosis.verdict]}" + (f": {causes}" if causes else ""))
    return "\n".join(out) + "\n"


def render_text_list(results: Iterable[Diagnosis | ScopeFailure]) -> str:
    """Several diagnoses: a summary table, then each report; unreadable VMs say why."""
    items = list(results)
    done = [d for d in items if isinstance(d, Diagnosis)]
    failed = [f for f in items if isinstance(f, ScopeFailure)]
    rows = [
        f"{d.vm.name:<22} {VERDICTS[d.verdict]:<14} {d.runbook.code:<42} {', '.join(d.failed_causes)}"
        for d in done
    ]
    rows += [f"{f.name:<22} {'NOT READ':<14} {f.error.message}" for f in failed]
    header = f"{'VM':<22} {'VERDICT':<14} {'RUNBOOK':<42} FAILED CAUSES"
    errors = [
        line
        for f in failed
        for line in (f"Could not read {f.target}: {f.error.message}", f"  {f.error.detail}")
        if line.strip()
    ]
    return "\n".join([header, *rows, ""] + [render_text(d) for d in done] + errors) + (
        "\n" if errors else ""
    )
