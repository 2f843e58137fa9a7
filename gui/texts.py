"""Translate core's marked texts and name statuses, operations and verdicts for display."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from core.diagnosis.findings import Status, Text


def translate(context: str, text: str) -> str:
    """Translate an English source text marked in ``context`` (no placeholders filled)."""
    return QCoreApplication.translate(context, text)


def fill(context: str, text: Text) -> str:
    """Translate a core ``Text`` template in its context, then fill in its values.

    Values that are texts themselves (a reason, an error message) are translated in their
    own context first. ``context`` is the fallback for texts that carry none.
    """
    own = getattr(text, "context", "") or context
    values = {k: v if isinstance(v, str) else fill(own, v) for k, v in text.values.items()}
    template = QCoreApplication.translate(own, text.template)
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a bad translation must not hide the finding
        return text.template.format(**values)


STATUS_NAMES = {
    "passed": QT_TRANSLATE_NOOP("Status", "Passed"),
    "failed": QT_TRANSLATE_NOOP("Status", "Failed"),
    "warning": QT_TRANSLATE_NOOP("Status", "Warning"),
    "unknown": QT_TRANSLATE_NOOP("Status", "Unknown"),
    "skipped": QT_TRANSLATE_NOOP("Status", "Skipped"),
    "pending": QT_TRANSLATE_NOOP("Status", "Waiting"),
    "running": QT_TRANSLATE_NOOP("Status", "Checking…"),
}


def status_name(status: Status | str) -> str:
    """The translated name of a check status."""
    key = str(status)
    return translate("Status", STATUS_NAMES[key]) if key in STATUS_NAMES else key


JOB_STATUS_NAMES = {
    "completed": QT_TRANSLATE_NOOP("JobStatus", "Completed"),
    "failed": QT_TRANSLATE_NOOP("JobStatus", "Failed"),
    "inprogress": QT_TRANSLATE_NOOP("JobStatus", "In progress"),
    "completedwithwarnings": QT_TRANSLATE_NOOP("JobStatus", "Completed with warnings"),
    "cancelled": QT_TRANSLATE_NOOP("JobStatus", "Cancelled"),
    "cancelling": QT_TRANSLATE_NOOP("JobStatus", "Cancelling"),
    "notstarted": QT_TRANSLATE_NOOP("JobStatus", "Not started"),
}


def job_status_name(status: str) -> str:
    """The translated name of a backup job status (Completed, Failed, InProgress…)."""
    key = status.replace(" ", "").lower()
    return translate("JobStatus", JOB_STATUS_NAMES[key]) if key in JOB_STATUS_NAMES else status


OPERATION_NAMES = {
    "backup": QT_TRANSLATE_NOOP("Operation", "Backup"),
    "restore": QT_TRANSLATE_NOOP("Operation", "Restore"),
    "configurebackup": QT_TRANSLATE_NOOP("Operation", "Configure backup"),
    "disablebackup": QT_TRANSLATE_NOOP("Operation", "Disable backup"),
    "deletebackupdata": QT_TRANSLATE_NOOP("Operation", "Delete backup data"),
    "crossregionrestore": QT_TRANSLATE_NOOP("Operation", "Cross-region restore"),
    "undelete": QT_TRANSLATE_NOOP("Operation", "Undelete"),
    "updatecustomermanagedkey": QT_TRANSLATE_NOOP("Operation", "Update customer-managed key"),
}


def operation_name(operation: str) -> str:
    """The translated name of a job operation."""
    key = operation.replace(" ", "").lower()
    return translate("Operation", OPERATION_NAMES[key]) if key in OPERATION_NAMES else operation


VERDICT_NAMES = {
    "problem-found": QT_TRANSLATE_NOOP("Verdict", "Problem found"),
    "healthy": QT_TRANSLATE_NOOP("Verdict", "Healthy"),
    "inconclusive": QT_TRANSLATE_NOOP("Verdict", "Inconclusive"),
}


def verdict_name(verdict: str) -> str:
    """The translated name of a diagnosis verdict."""
    return translate("Verdict", VERDICT_NAMES.get(str(verdict), str(verdict)))


LOCK_LEVEL_NAMES = {
    "cannotdelete": QT_TRANSLATE_NOOP("LockLevel", "Delete"),
    "readonly": QT_TRANSLATE_NOOP("LockLevel", "Read-only"),
}


def lock_level_name(level: str) -> str:
    """The translated lock level as the portal shows it (Delete, Read-only)."""
    key = level.lower()
    return translate("LockLevel", LOCK_LEVEL_NAMES[key]) if key in LOCK_LEVEL_NAMES else level


POWER_STATE_NAMES = {
    "running": QT_TRANSLATE_NOOP("PowerState", "Running"),
    "stopped": QT_TRANSLATE_NOOP("PowerState", "Stopped"),
    "deallocated": QT_TRANSLATE_NOOP("PowerState", "Stopped (deallocated)"),
    "starting": QT_TRANSLATE_NOOP("PowerState", "Starting"),
    "stopping": QT_TRANSLATE_NOOP("PowerState", "Stopping"),
    "deallocating": QT_TRANSLATE_NOOP("PowerState", "Deallocating"),
}


def power_state_name(state: str) -> str:
    """The translated power state ('running', 'PowerState/deallocated' → text)."""
    key = state.rsplit("/", 1)[-1].lower()
    if not key:
        return translate("PowerState", "Not reported")
    return translate("PowerState", POWER_STATE_NAMES[key]) if key in POWER_STATE_NAMES else state


def local_time(moment: datetime | None, *, seconds: bool = False) -> str:
    """A timestamp in the user's locale and time zone ('' when unknown)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    fmt = QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)
    if seconds and ":ss" not in fmt:
        fmt = fmt.replace(":mm", ":mm:ss")
    return QLocale().toString(stamp, fmt)


def clock_time(moment: datetime | None) -> str:
    """The local time of day with seconds, in the user's format ('' when unknown)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(stamp.time(), "HH:mm:ss")


def duration(seconds: float | None) -> str:
    """A duration as '1 h 05 min', '4 min 10 s' or '12 s' ('' when unknown)."""
    if seconds is None:
        return ""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return translate("Duration", "{h} h {m:02d} min").format(h=hours, m=minutes)
    if minutes:
        return translate("Duration", "{m} min {s:02d} s").format(m=minutes, s=secs)
    return translate("Duration", "{s} s").format(s=secs)


def size_gb(size: int | None) -> str:
    """A disk size in GB, in the user's number format."""
    if size is None:
        return translate("Units", "unknown")
    return translate("Units", "{size} GB").format(size=QLocale().toString(size))
