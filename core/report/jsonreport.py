"""The diagnosis JSON contract (format backup-doctor-diagnosis, version 1)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from core.diagnosis.catalog import CatalogEntry
from core.diagnosis.engine import Diagnosis
from core.model import BackupJob, ProtectedVm
from core.report.failures import ScopeFailure

FORMAT = "backup-doctor-diagnosis"
LIST_FORMAT = "backup-doctor-diagnosis-list"
VERSION = 2
"""2: the fix id power-off-vm became deallocate-vm, and "healthy" needs every piece of evidence read."""


def _time(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def _job(job: BackupJob | None) -> dict[str, Any] | None:
    if job is None:
        return None
    return {
        "id": job.id,
        "status": job.status,
        "startTime": _time(job.start_time),
        "errorCode": job.error_code or None,
        "errorTitle": job.error_title or None,
        "errorName": job.error_name or None,
        "errorMessage": job.error_message or None,
        "recommendations": list(job.recommendations),
    }


def _item(item: ProtectedVm | None) -> dict[str, Any] | None:
    if item is None:
        return None
    return {
        "id": item.id,
        "vault": item.vault_id,
        "protectionState": item.protection_state or None,
        "healthStatus": item.health_status or None,
        "protectionStatus": item.protection_status or None,
        "lastBackupStatus": item.last_backup_status or None,
        "lastBackupTime": _time(item.last_backup_time),
        "policy": item.policy_id or None,
        "healthDetails": [
            {
                "code": d.code,
                "title": d.title,
                "message": d.message,
                "recommendations": list(d.recommendations),
                "source": d.source or "healthDetails",
            }
            for d in (*item.health_details, *item.kpi_health)
        ],
    }


def _catalog(entry: CatalogEntry | None) -> dict[str, Any] | None:
    if entry is None:
        return None
    return {
        "code": entry.code,
        "title": entry.title,
        "causes": list(entry.causes),
        "actions": list(entry.actions),
        "doc": entry.doc,
    }


def diagnosis_dict(diagnosis: Diagnosis) -> dict[str, Any]:
    """The JSON object of one diagnosis (documented in docs/diagnosis-json.md)."""
    vm = diagnosis.vm
    return {
        "format": FORMAT,
        "version": VERSION,
        "vm": {"id": vm.id, "name": vm.name, "osType": vm.os_type, "exists": vm.exists},
        "job": _job(diagnosis.job),
        "runbook": diagnosis.runbook.code,
        "documentedRunbook": diagnosis.documented_runbook,
        "catalog": _catalog(diagnosis.catalog),
        "protectedItem": _item(diagnosis.protected_item),
        "steps": [
            {
                "cause": step.cause.id,
                "status": step.status.value,
                "title": step.cause.title,
                "finding": str(step.finding.summary),
                "evidence": [str(e) for e in step.finding.evidence],
                "fixes": [{"action": f.action, "target": f.target} for f in step.finding.fixes],
                "guidance": list(step.cause.guidance),
                "links": list(step.cause.links),
            }
            for step in diagnosis.steps
        ],
        "verdict": {"status": diagnosis.verdict.value, "causes": list(diagnosis.failed_causes)},
        "contextJob": _job(diagnosis.context_job),
        "unread": [
            {"evidence": field, "message": error.message, "detail": error.detail or None}
            for field, error in diagnosis.unread
        ],
        "notes": [str(n) for n in diagnosis.notes],
    }


def render_json(diagnosis: Diagnosis) -> str:
    """One diagnosis as indented JSON text."""
    return json.dumps(diagnosis_dict(diagnosis), indent=2, ensure_ascii=False)


def failure_dict(failure: ScopeFailure) -> dict[str, Any]:
    """What could not be read, for the ``errors`` list of a multi-VM run."""
    return {
        "target": failure.target,
        "message": failure.error.message,
        "detail": failure.error.detail or None,
    }


def render_json_list(results: Iterable[Diagnosis | ScopeFailure]) -> str:
    """Several diagnoses (``--all``) as indented JSON text; unreadable VMs go to ``errors``."""
    items = list(results)
    data: dict[str, Any] = {
        "format": LIST_FORMAT,
        "version": VERSION,
        "diagnoses": [diagnosis_dict(d) for d in items if isinstance(d, Diagnosis)],
    }
    failures = [failure_dict(f) for f in items if isinstance(f, ScopeFailure)]
    if failures:
        data["errors"] = failures
    return json.dumps(data, indent=2, ensure_ascii=False)
