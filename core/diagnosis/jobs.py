"""Which job a diagnosis targets: the VM's most recent failed backup, unless it recovered."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from core.model import BackupJob

_EPOCH = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class JobChoice:
    """The failed job to diagnose (or None) and an older failure kept as context."""

    target: BackupJob | None
    context: BackupJob | None


def choose_job(jobs: Iterable[BackupJob]) -> JobChoice:
    """Pick the most recent failed Backup job unless a later backup of the VM succeeded.

    A job that CompletedWithWarnings and carries error details (e.g. 320001) counts as
    failed: the service says something went wrong. Only a clean completion is a recovery.
    """
    backups = sorted(
        (j for j in jobs if j.operation.lower() == "backup"),
        key=lambda j: j.start_time or _EPOCH,
        reverse=True,
    )
    failed = next((j for j in backups if j.failed), None)
    if failed is None:
        return JobChoice(None, None)
    start = failed.start_time or _EPOCH
    recovered = any(j.succeeded and (j.start_time or _EPOCH) > start for j in backups)
    return JobChoice(None, failed) if recovered else JobChoice(failed, None)
