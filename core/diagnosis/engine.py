"""Run a runbook against a VM: pick the job, check each cause in order, reach a verdict."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from core.azure.gateway import Gateway
from core.diagnosis.catalog import CatalogEntry, catalog_entry_for
from core.diagnosis.causes import CAUSES, Cause
from core.diagnosis.checks import CHECKS
from core.diagnosis.collect import collect
from core.diagnosis.evidence import Evidence
from core.diagnosis.findings import Finding, Status, Text
from core.diagnosis.runbooks import HEALTH_RUNBOOK, VM_GONE_RUNBOOK, Runbook, runbook_for
from core.errors import BackupDoctorError, NotFoundError
from core.i18n import QT_TRANSLATE_NOOP as _T
from core.model import BackupJob, ProtectedVm, VirtualMachine

log = logging.getLogger(__name__)


class Verdict(StrEnum):
    """The overall outcome of a diagnosis."""

    PROBLEM_FOUND = "problem-found"
    HEALTHY = "healthy"
    INCONCLUSIVE = "inconclusive"


@dataclass(frozen=True)
class Step:
    """One cause of the runbook and what its check found."""

    cause: Cause
    finding: Finding

    @property
    def status(self) -> Status:
        """The check's status."""
        return self.finding.status


@dataclass(frozen=True)
class Diagnosis:
    """The full result for one VM."""

    vm: VirtualMachine
    job: BackupJob | None
    runbook: Runbook
    steps: tuple[Step, ...]
    verdict: Verdict
    context_job: BackupJob | None = None
    protected_item: ProtectedVm | None = None
    notes: tuple[Text, ...] = field(default=())
    catalog: CatalogEntry | None = None
    """What the error catalog says of the job's error code (None: not a documented code)."""
    unread: tuple[tuple[str, BackupDoctorError], ...] = ()
    """Evidence the checks needed but could not read: (evidence field, the error)."""

    @property
    def job_error(self) -> BackupDoctorError | None:
        """Why the job history could not be read (None when it was read)."""
        return next((e for f, e in self.unread if f in {"jobs", "job"}), None)

    @property
    def documented_runbook(self) -> bool:
        """False when a failed job's code has no runbook of its own (a health check ran)."""
        return self.job is None or self.runbook.code != HEALTH_RUNBOOK.code

    @property
    def failed_causes(self) -> tuple[str, ...]:
        """Ids of the causes whose check failed, in step order."""
        return tuple(s.cause.id for s in self.steps if s.status is Status.FAILED)


class Listener:
    """Receives a diagnosis as it unfolds (the GUI animates from these calls)."""

    def runbook_chosen(self, runbook: Runbook, job: BackupJob | None) -> None:
        """The job and runbook are known; the steps are about to run."""

    def step_started(self, index: int, cause: Cause) -> None:
        """Step ``index`` starts (it may wait for its evidence)."""

    def step_finished(self, index: int, step: Step) -> None:
        """Step ``index`` has its finding."""


OS_SKIPS = {
    "windows": _T("Finding", "Applies to Windows VMs; this VM runs {os}."),
    "linux": _T("Finding", "Applies to Linux VMs; this VM runs {os}."),
}
"""Why a cause the document limits to one OS (``Cause.os_only``) is skipped on the other."""


def _other_os(cause: Cause, evidence: Evidence) -> Finding | None:
    """A skip when the document limits the cause to one OS and the VM runs another."""
    if not cause.os_only or evidence.vm_gone:
        return None
    os_type = evidence.vm.os_type
    if os_type and os_type.lower() != cause.os_only:
        return Finding(Status.SKIPPED, Text(OS_SKIPS[cause.os_only], os=os_type))
    return None


def run_check(cause_id: str, evidence: Evidence) -> Finding:
    """Run one cause's check; a failed read or a failing check becomes an 'unknown' finding.

    A cause limited to one OS (``Cause.os_only``) is skipped on the other. One check must
    never take the whole diagnosis down: an unexpected exception is logged with its
    traceback and shown as an unknown step that says it is a bug.
    """
    try:
        skip = _other_os(CAUSES[cause_id], evidence)
        if skip is not None:
            return skip
        return CHECKS[cause_id](evidence)
    except BackupDoctorError as exc:
        reason = Text(exc.message, context="CoreErrors")
        detail = exc.detail
    except Exception as exc:
        log.exception("check %s failed", cause_id)
        reason = Text(_T("Finding", "this check failed unexpectedly (a bug in Backup Doctor)"))
        detail = f"{type(exc).__name__}: {exc}"
    return Finding(
        Status.UNKNOWN,
        Text(_T("Finding", "Could not check: {reason}"), reason=reason),
        (Text(_T("Finding", "Detail: {detail}"), detail=detail),) if detail else (),
    )


def verdict_of(
    steps: tuple[Step, ...],
    job: BackupJob | None,
    *,
    unread: bool = False,
    not_backed_up: bool = False,
) -> Verdict:
    """Problem found if any check failed; else inconclusive when a failed job has no found
    cause, a step is unknown, evidence could not be read, or protection is stopped; healthy
    only on evidence read, for a VM that is being backed up."""
    statuses = {s.status for s in steps}
    if Status.FAILED in statuses:
        return Verdict.PROBLEM_FOUND
    if job is not None or Status.UNKNOWN in statuses or unread or not_backed_up:
        return Verdict.INCONCLUSIVE
    return Verdict.HEALTHY


UNREAD_WHAT = {
    "jobs": _T("Finding", "the VM's backup job history"),
    "job": _T("Finding", "the VM's backup job history"),
    "context_job": _T("Finding", "the VM's backup job history"),
    "protected_item": _T("Finding", "the VM's backup item"),
    "policy": _T("Finding", "the backup policy"),
    "extensions": _T("Finding", "the VM's extensions"),
    "collections": _T("Finding", "the restore point collections"),
    "resource_groups": _T("Finding", "the subscription's resource groups"),
    "locks": _T("Finding", "the management locks"),
    "security_rules": _T("Finding", "the effective network security rules"),
    "routes": _T("Finding", "the effective routes"),
    "key_vaults": _T("Finding", "the key vaults"),
    "backup_principal": _T("Finding", "Backup Management Service in Microsoft Graph"),
    "power_events": _T("Finding", "the VM's activity log"),
}
"""What each evidence field is, in words, for the notes about what could not be read."""


def _unread_notes(unread: tuple[tuple[str, BackupDoctorError], ...]) -> tuple[Text, ...]:
    """One note per thing that could not be read (the job history once, not three times)."""
    notes: list[Text] = []
    seen: set[str] = set()
    for field_name, error in unread:
        what = UNREAD_WHAT.get(field_name, field_name)
        if what in seen:
            continue
        seen.add(what)
        notes.append(
            Text(
                _T("Finding", "Could not read {what}: {reason}"),
                what=Text(what),
                reason=Text(error.message, context="CoreErrors"),
            )
        )
    return tuple(notes)


def _notes(evidence: Evidence, item: ProtectedVm | None) -> tuple[Text, ...]:
    notes: list[Text] = []
    if evidence.vm_gone:
        notes.append(
            Text(
                _T(
                    "Finding",
                    "The VM does not exist, so no other cause can be checked. Its backup item is "
                    "still in the vault.",
                )
            )
        )
    if item is not None and item.protection_stopped:
        notes.append(
            Text(
                _T(
                    "Finding",
                    "Protection of this VM is stopped ({state}): Azure Backup takes no new "
                    "backups of it. Resume protection to back it up again.",
                ),
                state=item.protection_state,
            )
        )
    for detail in item.problems if item is not None else ():
        notes.append(
            Text(
                _T("Finding", "Azure Backup reports on the item: {title} ({code}): {message}"),
                code=detail.code,
                title=detail.title or "?",
                message=detail.message or "—",
            )
        )
    if item is None and evidence.failure("protected_item") is None:
        notes.append(
            Text(_T("Finding", "This VM is not protected by any vault in its subscription."))
        )
    old = evidence.context_job
    if old is not None:
        notes.append(
            Text(
                _T("Finding", "Backup failed on {time} with {code}, but a later backup succeeded."),
                time=old.start_time or "?",
                code=old.error_code or old.status,
            )
        )
    return tuple(notes)


def _the_vm(evidence: Evidence, vm_id: str) -> VirtualMachine:
    """The VM; a stand-in when a backup item still protects a VM that no longer exists.

    Any other failure to read the VM rises: without it there is nothing to diagnose.
    """
    try:
        return evidence.vm
    except NotFoundError:
        item = evidence.protected_item
        if item is None:
            raise
        stand_in = VirtualMachine.missing(vm_id, item.friendly_name)
        evidence.mark_vm_gone(stand_in)
        return stand_in


def diagnose(
    gateway: Gateway,
    vm_id: str,
    listener: Listener | None = None,
    *,
    cancelled: Callable[[], bool] = lambda: False,
) -> Diagnosis:
    """Diagnose the VM's latest failed backup (or check its health) step by step."""
    listener = listener or Listener()
    evidence = collect(gateway, vm_id)
    vm = _the_vm(evidence, vm_id)
    job = evidence.job
    texts = (
        (*(t for e in job.errors for t in (e.title, e.message)), job.dynamic_error_message)
        if job
        else ()
    )
    entry = catalog_entry_for(job.error_code, *texts) if job and job.errors else None
    if evidence.vm_gone:
        runbook = VM_GONE_RUNBOOK
    elif job:
        runbook = runbook_for(job.error_code, *texts)
    else:
        runbook = HEALTH_RUNBOOK
    evidence.runbook_code = runbook.code
    listener.runbook_chosen(runbook, job)
    steps: list[Step] = []
    for index, cause_id in enumerate(runbook.causes):
        if cancelled():
            evidence.cancel_pending()  # reads not started yet are not sent at all
            break
        cause = CAUSES[cause_id]
        listener.step_started(index, cause)
        step = Step(cause, run_check(cause_id, evidence))
        steps.append(step)
        listener.step_finished(index, step)
    done = tuple(steps)
    item = evidence.protected_item
    context = evidence.context_job
    notes = _notes(evidence, item)
    unread = tuple(evidence.errors.items())
    return Diagnosis(
        vm=vm,
        job=job,
        runbook=runbook,
        steps=done,
        verdict=verdict_of(
            done,
            job,
            unread=bool(unread),
            not_backed_up=item is not None and item.protection_stopped,
        ),
        context_job=context,
        protected_item=item,
        notes=(*_unread_notes(unread), *notes),
        catalog=entry,
        unread=unread,
    )
