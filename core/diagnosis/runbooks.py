"""Runbooks: for each documented error code, the causes to check in the documented order."""

from __future__ import annotations

from dataclasses import dataclass

from core.diagnosis.causes import HEALTH_CAUSES
from core.i18n import QT_TRANSLATE_NOOP

HEALTH_CHECK = "health-check"


@dataclass(frozen=True)
class Runbook:
    """An error code, its documented message, and the ordered cause ids to check."""

    code: str
    title: str
    message: str
    causes: tuple[str, ...]
    aliases: tuple[str, ...] = ()


_AGENT = ("agent-unresponsive", "agent-outdated")

RUNBOOKS: tuple[Runbook, ...] = (
    Runbook(
        "UserErrorGuestAgentStatusUnavailable",
        QT_TRANSLATE_NOOP("Runbook", "VM agent unable to communicate with Azure Backup"),
        "VM Agent unable to communicate with Azure Backup",
        (*_AGENT, "snapshot-status", "extension-failed", "no-internet"),
    ),
    Runbook(
        "GuestAgentSnapshotTaskStatusError",
        QT_TRANSLATE_NOOP("Runbook", "Could not communicate with the VM agent for snapshot status"),
        "Could not communicate with the VM agent for snapshot status",
        (*_AGENT, "no-internet"),
    ),
    Runbook(
        "UserErrorRpCollectionLimitReached",
        QT_TRANSLATE_NOOP("Runbook", "The restore point collection max limit has reached"),
        "The Restore Point collection max limit has reached",
        ("rp-lock", "rp-collection-limit"),
    ),
    Runbook(
        "UserErrorKeyvaultPermissionsNotConfigured",
        QT_TRANSLATE_NOOP("Runbook", "Backup doesn't have sufficient permissions to the key vault"),
        "Backup doesn't have sufficient permissions to the key vault for backup of encrypted VMs",
        ("keyvault-permissions",),
    ),
    Runbook(
        "ExtensionSnapshotFailedNoNetwork",
        QT_TRANSLATE_NOOP("Runbook", "Snapshot failed: no network connectivity on the VM"),
        "Snapshot operation failed due to no network connectivity on the virtual machine",
        ("snapshot-status", "extension-failed", "no-internet"),
    ),
    Runbook(
        "ExtensionOperationFailedForManagedDisks",
        QT_TRANSLATE_NOOP("Runbook", "VMSnapshot extension operation failed"),
        "VMSnapshot extension operation failed",
        ("snapshot-status", "extension-failed", *_AGENT),
        aliases=("ExtentionOperationFailedForManagedDisks", "ExtentionOperationFailed"),
    ),
    Runbook(
        "BackUpOperationFailed",
        QT_TRANSLATE_NOOP("Runbook", "Backup failed with an internal error"),
        "Backup failed with an internal error - Please retry the operation in a few minutes",
        (*_AGENT, "snapshot-status", "extension-failed", "rp-lock", "no-internet"),
    ),
    Runbook(
        "BackUpOperationFailedV2",
        QT_TRANSLATE_NOOP("Runbook", "Backup failed with an internal error"),
        "Backup failed with an internal error - Please retry the operation in a few minutes",
        (*_AGENT, "snapshot-status", "extension-failed", "rp-lock", "no-internet"),
    ),
    Runbook(
        "UserErrorUnsupportedDiskSize",
        QT_TRANSLATE_NOOP("Runbook", "Azure Backup does not support the disk size"),
        "Currently Azure Backup does not support disk sizes greater than 4095GB",
        ("disk-size",),
    ),
    Runbook(
        "UserErrorVmNotFoundV2",
        QT_TRANSLATE_NOOP("Runbook", "The protected VM no longer exists"),
        "Could not perform the operation as VM no longer exists",
        ("vm-deleted",),
        aliases=("ResourceNotFound", "BCMV2VMNotFound", "UserErrorVmNotFound"),
    ),
    Runbook(
        "UserErrorBackupOperationInProgress",
        QT_TRANSLATE_NOOP("Runbook", "Another backup operation is in progress"),
        "Unable to initiate backup as another backup operation is currently in progress",
        ("backup-in-progress",),
    ),
)

HEALTH_RUNBOOK = Runbook(
    HEALTH_CHECK,
    QT_TRANSLATE_NOOP("Runbook", "Backup health check"),
    "",
    HEALTH_CAUSES,
)
"""Any other code, or no failed job: every cause, in the health-check order."""

VM_GONE_RUNBOOK = next(rb for rb in RUNBOOKS if rb.code == "UserErrorVmNotFoundV2")
"""What a diagnosis runs when the VM a backup item protects no longer exists."""

_BY_CODE = {name.lower(): rb for rb in RUNBOOKS for name in (rb.code, *rb.aliases)}


def _catalog_runbook(code: str, texts: tuple[str, ...]) -> Runbook | None:
    """The runbook of the catalog entry the error matches, if that code has one."""
    from core.diagnosis.catalog import entry_for  # catalog.py never imports this module

    entry = entry_for(code, *texts)
    if entry is None:
        return None
    return next((_BY_CODE[n.lower()] for n in entry.names if n.lower() in _BY_CODE), None)


def runbook_for(code: str, *texts: str) -> Runbook:
    """Find the runbook of an error: by symbolic code, else through the error catalog.

    A job's error code may be the symbolic name (``UserErrorRpCollectionLimitReached``) or a
    number; ``texts`` are the title, message and dynamic message to search. The catalog
    (``catalog.entry_for``) recognises numbers, names in the title, and the documented and
    the service's own wordings, older documents' included. Returns the health-check runbook
    when nothing matches.
    """
    found = _BY_CODE.get(code.strip().lower()) or _catalog_runbook(code, texts)
    return found or HEALTH_RUNBOOK
