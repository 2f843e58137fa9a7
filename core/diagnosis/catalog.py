# ruff: noqa: E501  (translatable sentences stay whole on one line for lupdate)
"""Every documented Azure VM backup error code, as data, and how a failed job is matched to one.

The rows come from the English error catalog (docs/research: Part 1 tables 1-A..1-D and the
restore-point codes of Appendix A that can surface in backup jobs). Titles, causes and actions
are short paraphrases, marked for translation in the ``Catalog`` context; ``message`` and
``messages`` are the English texts the service sends, kept untranslated for matching.

Matching (``entry_for``), in this order:

a. the job's code is a symbolic name or alias (case-insensitive);
b. the job's code is an integer (or a string of digits) listed in an entry's ``numbers``;
c. a symbolic name occurs as a whole word in one of the texts (real jobs carry an integer
   ``errorCode`` and the name in ``errorTitle``). Generic ARM names such as ``InternalError``
   only count when a text is exactly that name;
d. a documented message occurs in a text, compared on normalised words: lower case,
   contractions expanded ("isn't" -> "is not"), punctuation dropped, stop words (``_STOP``:
   "is", "the", "a", "service", ...) dropped. A message matches when all its remaining words
   occur in the text in the same order, with at most ``_slack(n)`` other words in between in
   total. Of several matches the message with the most words wins (a specific message beats a
   generic one); a tie goes to the entry listed first. Messages that only point elsewhere
   ("For details, see Job Error Message Details": ``_WRAPPERS``) lose to any other match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.i18n import QT_TRANSLATE_NOOP

_LEARN = "https://learn.microsoft.com/azure/"
_ARTICLES = {
    "1-A": _LEARN + "backup/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout",
    "1-B": _LEARN + "backup/backup-azure-vms-troubleshoot",
    "1-C": _LEARN + "backup/backup-azure-manage-vms",
    # 1-D rows come from the portal self-help, not from a Learn article: they link the VM
    # backup troubleshooting article, the nearest Learn page.
    "1-D": _LEARN + "backup/backup-azure-vms-troubleshoot",
    "A": _LEARN + "virtual-machines/restore-point-troubleshooting",
}


@dataclass(frozen=True)
class CatalogEntry:
    """One documented error code: how to recognise it, and what the documents say to do."""

    code: str
    numbers: tuple[int, ...]
    message: str
    title: str
    causes: tuple[str, ...]
    actions: tuple[str, ...]
    doc: str
    section: str
    aliases: tuple[str, ...] = ()
    messages: tuple[str, ...] = ()
    """Other wordings of the message: older documents and the texts real jobs carry."""

    @property
    def names(self) -> tuple[str, ...]:
        """The symbolic name and its other spellings."""
        return (self.code, *self.aliases)

    @property
    def texts(self) -> tuple[str, ...]:
        """Every wording of the message that identifies this entry."""
        return tuple(t for t in (self.message, *self.messages) if t)


def _entry(
    section: str,
    code: str,
    message: str,
    title: str,
    causes: tuple[str, ...],
    actions: tuple[str, ...],
    *,
    numbers: tuple[int, ...] = (),
    aliases: tuple[str, ...] = (),
    messages: tuple[str, ...] = (),
) -> CatalogEntry:
    return CatalogEntry(
        code=code,
        numbers=numbers,
        message=message,
        title=title,
        causes=causes,
        actions=actions,
        doc=_ARTICLES[section],
        section=section,
        aliases=aliases,
        messages=messages,
    )


# Shared sentences (lupdate extracts each once; every one is a whole sentence).
_RETRY = QT_TRANSLATE_NOOP("Catalog", "Retry the operation.")
_RETRY_BACKUP = QT_TRANSLATE_NOOP("Catalog", "Retry the backup.")
_AGENT_DOWN = QT_TRANSLATE_NOOP("Catalog", "The VM agent is stopped, unresponsive or out of date.")
_FIX_AGENT = QT_TRANSLATE_NOOP(
    "Catalog",
    "Check that the VM is running and its agent status is Ready; restart or update the VM agent.",
)
_COM = QT_TRANSLATE_NOOP(
    "Catalog",
    "The COM+ System Application or the Distributed Transaction Coordinator (MSDTC) is not healthy.",
)
_FIX_COM = QT_TRANSLATE_NOOP(
    "Catalog",
    "Start or restart the COM+ System Application service and make sure MSDTC runs as Network Service.",
)
_FIX_MSDTC = QT_TRANSLATE_NOOP(
    "Catalog",
    "If that does not help, reinstall MSDTC (msdtc -uninstall, then msdtc -install) and retry.",
)
_VM_GONE = QT_TRANSLATE_NOOP(
    "Catalog", "The source VM was deleted or moved while it was still protected."
)
_FIX_VM_GONE = QT_TRANSLATE_NOOP(
    "Catalog",
    "Re-create the VM with the same name in the same resource group, or stop protection and keep or delete the backup data.",
)
_CSR_SAME_SUB = QT_TRANSLATE_NOOP("Catalog", "Restore into the same subscription.")
_MATRIX = QT_TRANSLATE_NOOP(
    "Catalog", "Check the Azure VM backup support matrix for supported disks and storage."
)
_EXCLUDE_DISK = QT_TRANSLATE_NOOP(
    "Catalog", "Exclude the disk from backup or replace it with a supported one."
)
_CREATE_NEW = QT_TRANSLATE_NOOP(
    "Catalog", "Restore with Create new or Restore disks instead of Replace existing."
)
_WAIT_RETRY = QT_TRANSLATE_NOOP("Catalog", "Wait for the other operation to finish, then retry.")
_REMOVE_LOCK = QT_TRANSLATE_NOOP(
    "Catalog", "Remove the lock and retry; do not lock the restore point resource group."
)
_FREEZE = QT_TRANSLATE_NOOP(
    "Catalog",
    "For failing mount points, unmount them, run fsck and mount them again, or list them under MountsToSkip in /etc/azure/vmbackup.conf.",
)
_VC_REDIST = QT_TRANSLATE_NOOP(
    "Catalog",
    "Install vcredist2013_x64 from the VMSnapshot plugin folder under C:\\Packages\\Plugins and retry.",
)
_UNINSTALL_EXT = QT_TRANSLATE_NOOP(
    "Catalog",
    "Uninstall the VMSnapshot (Linux: VMSnapshotLinux) extension; the next backup installs it again.",
)

_A, _B, _C, _D, _RP = "1-A", "1-B", "1-C", "1-D", "A"

CATALOG: tuple[CatalogEntry, ...] = (
    # ---- 1-A: agent and extension troubleshooting article ----
    _entry(
        _A,
        "UserErrorGuestAgentStatusUnavailable",
        "VM Agent unable to communicate with Azure Backup",
        QT_TRANSLATE_NOOP("Catalog", "VM agent cannot communicate with Azure Backup"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The guest agent is stopped, outdated, in an inconsistent state or not installed.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Older documents also name missing outbound access and a backup extension that does not load.",
            ),
        ),
        (
            _FIX_AGENT,
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Reinstall the agent if needed: the MSI on Windows, the distribution's package on Linux.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog", "Make sure every extension of the VM shows provisioning succeeded."
            ),
        ),
        messages=("VM agent is unable to communicate with the Azure Backup Service.",),
    ),
    _entry(
        _A,
        "GuestAgentSnapshotTaskStatusError",
        "Could not communicate with the VM agent for snapshot status",
        QT_TRANSLATE_NOOP("Catalog", "No contact with the VM agent for the snapshot status"),
        (
            _AGENT_DOWN,
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The snapshot status cannot be read: the VM was shut down from inside the guest, or DHCP is disabled in the guest.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "On Linux, waagent.conf lacks the required options, or an application control solution blocks IaaSBcdrExtension.exe.",
            ),
        ),
        (
            _FIX_AGENT,
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Update the VM model (Update-AzVM), check free space on the OS disk, then retry the backup.",
            ),
        ),
    ),
    _entry(
        _A,
        "UserErrorVmProvisioningStateFailed",
        "The VM is in failed provisioning state",
        QT_TRANSLATE_NOOP("Catalog", "The VM is in a failed provisioning state"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A failed extension left the VM in the Failed provisioning state, or the VM is stuck in Updating.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Fix or remove the failing extensions and wait until the VM is healthy."
            ),
            _RETRY_BACKUP,
        ),
    ),
    _entry(
        _A,
        "UserErrorRpCollectionLimitReached",
        "The Restore Point collection max limit has reached.",
        QT_TRANSLATE_NOOP("Catalog", "The restore point collection limit is reached"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A lock on the restore point resource group blocks the automatic clean-up of old restore points.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Too many backups a day: a VM may have only 18 instant restore points across all collections.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Remove the lock from the AzureBackupRG_<geo>_<n> resource group and do not lock it again.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Clean up the restore point collection: run an on-demand backup, or delete the collection in the portal with Show hidden types.",
            ),
        ),
    ),
    _entry(
        _A,
        "UserErrorKeyvaultPermissionsNotConfigured",
        "Backup doesn't have sufficient permissions to the key vault for backup of encrypted VMs.",
        QT_TRANSLATE_NOOP("Catalog", "Backup lacks permissions on the key vault"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The VM is encrypted with ADE and the Backup service cannot read its keys or secrets.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Grant the Backup Management Service access to keys and secrets in the portal, PowerShell or CLI.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "On a key vault that uses Azure RBAC, assign Key Vault Administrator or an equivalent custom role.",
            ),
            QT_TRANSLATE_NOOP("Catalog", "If access was just granted, retry a little later."),
        ),
        aliases=("UserErrorKeyVaultPermissionsNotConfigured",),
    ),
    _entry(
        _A,
        "ExtensionSnapshotFailedNoNetwork",
        "Snapshot operation failed due to no network connectivity on the virtual machine",
        QT_TRANSLATE_NOOP("Catalog", "Snapshot failed: no network connectivity on the VM"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Outbound access to Azure Storage is blocked by an NSG, a route, a firewall or a proxy.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The snapshot status cannot be read because DHCP is disabled in the guest.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Allow outbound traffic with an NSG rule for the Storage service tag, an HTTP proxy or the AzureBackup firewall tag.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Add a Microsoft.Storage service endpoint if the subnet has no internet route, and keep DHCP enabled in the guest.",
            ),
        ),
    ),
    _entry(
        _A,
        "ExtensionOperationFailedForManagedDisks",
        "VMSnapshot extension operation failed",
        QT_TRANSLATE_NOOP("Catalog", "VMSnapshot extension operation failed"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "The snapshot cannot be taken or its status cannot be read."
            ),
            _AGENT_DOWN,
        ),
        (_FIX_AGENT, _UNINSTALL_EXT),
        aliases=("ExtentionOperationFailedForManagedDisks", "ExtentionOperationFailed"),
    ),
    _entry(
        _A,
        "BackUpOperationFailed",
        "Backup failed with an internal error - Please retry the operation in a few minutes",
        QT_TRANSLATE_NOOP("Catalog", "Backup failed with an internal error"),
        (
            _AGENT_DOWN,
            QT_TRANSLATE_NOOP(
                "Catalog", "A resource group lock stops the deletion of old restore points."
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The backup extension's files do not match Windows, or iaasvmprovider.dll is corrupt.",
            ),
        ),
        (_FIX_AGENT, _REMOVE_LOCK, _VC_REDIST),
    ),
    _entry(
        _A,
        "BackUpOperationFailedV2",
        # The documents give BackUpOperationFailed's message word for word: a text alone
        # cannot tell the two apart, so the text match goes to BackUpOperationFailed.
        "Backup failed with an internal error - Please retry the operation in a few minutes",
        QT_TRANSLATE_NOOP("Catalog", "Backup failed with an internal error"),
        (
            _AGENT_DOWN,
            QT_TRANSLATE_NOOP(
                "Catalog", "A resource group lock stops the deletion of old restore points."
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The backup extension's files do not match Windows, or iaasvmprovider.dll is corrupt.",
            ),
        ),
        (_FIX_AGENT, _REMOVE_LOCK, _VC_REDIST),
    ),
    _entry(
        _A,
        "UserErrorUnsupportedDiskSize",
        "The configured disk size(s) is currently not supported by Azure Backup.",
        QT_TRANSLATE_NOOP("Catalog", "Azure Backup does not support the disk size"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A disk is larger than 32 TB, or an ADE-encrypted disk is larger than 4 TB.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Keep each disk within the limit, for example by splitting the data over several disks.",
            ),
        ),
        messages=(
            "Currently Azure Backup does not support disk sizes greater than 1023GB",
            "Currently Azure Backup does not support disk sizes greater than 4095GB",
        ),
    ),
    _entry(
        _A,
        "UserErrorBackupOperationInProgress",
        "Unable to initiate backup as another backup operation is currently in progress",
        QT_TRANSLATE_NOOP("Catalog", "Another backup operation is in progress"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "An earlier backup job is still running, possibly in the old vault after re-configuring protection.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Wait for the running job or cancel it (portal or Stop-AzRecoveryServicesBackupJob).",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog", "If long jobs overlap the schedule, review the backup best practices."
            ),
        ),
    ),
    _entry(
        _A,
        "UserErrorCrpReportedUserError",
        "Backup failed due to an error. For details, see Job Error Message Details.",
        QT_TRANSLATE_NOOP("Catalog", "The compute platform reported an error"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The compute platform or the VM itself raised an error during the backup.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Open the failed job's error details in the vault and follow their recommendation.",
            ),
        ),
    ),
    _entry(
        _A,
        "UserErrorBcmDatasourceNotPresent",
        "Backup failed: This virtual machine is not (actively) protected by Azure Backup.",
        QT_TRANSLATE_NOOP("Catalog", "The VM is not actively protected"),
        (QT_TRANSLATE_NOOP("Catalog", "Protection of the VM is paused or stopped."),),
        (QT_TRANSLATE_NOOP("Catalog", "Resume protection of the VM, then retry the backup."),),
    ),
    _entry(
        _A,
        "UserErrorStandardSSDNotSupported",
        "Currently Azure Backup does not support Standard SSD disks",
        QT_TRANSLATE_NOOP("Catalog", "Standard SSD disks are not supported"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The vault was not yet upgraded to Instant Restore; every vault has been upgraded since.",
            ),
        ),
        (QT_TRANSLATE_NOOP("Catalog", "Upgrade the vault to Instant Restore."),),
    ),
    # ---- 1-B: VM backup troubleshooting article ----
    _entry(
        _B,
        "VMRestorePointInternalError",
        # The backup article gives no text; this is the restore-point article's.
        "Restore point creation failed due to an internal execution error while creating VM snapshot. Please retry the operation after some time.",
        QT_TRANSLATE_NOOP("Catalog", "Internal error while creating the VM snapshot"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "An antivirus product blocks IaaSBcdrExtension.exe; the Application event log shows it as the faulting application.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Exclude the VMSnapshot plugin folders under C:\\Packages\\Plugins and C:\\WindowsAzure\\Logs\\Plugins from the antivirus scan.",
            ),
            _RETRY_BACKUP,
        ),
    ),
    _entry(
        _B,
        "CopyingVHDsFromBackUpVaultTakingLongTime",
        "Copying backed up data from vault timed out",
        QT_TRANSLATE_NOOP("Catalog", "Copying backed-up data from the vault timed out"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Transient storage errors, or too few storage IOPS to finish the transfer in time.",
            ),
        ),
        (QT_TRANSLATE_NOOP("Catalog", "Follow the VM backup best practices, then retry."),),
    ),
    _entry(
        _B,
        "UserErrorVmNotInDesirableState",
        "VM is not in a state that allows backups.",
        QT_TRANSLATE_NOOP("Catalog", "The VM is not in a state that allows backups"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "The VM is in the Failed state or between Running and Shut down."
            ),
            QT_TRANSLATE_NOOP("Catalog", "On Linux, SELinux blocks /var/lib/waagent."),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Wait until the VM is in a stable state: Running, Stopped or Deallocated.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Exclude /var/lib/waagent from the SELinux policy and make sure the backup extension is installed.",
            ),
        ),
    ),
    _entry(
        _B,
        "VmNotInDesirableState",
        # Same sentence as UserErrorVmNotInDesirableState ("isn't" for "is not").
        "The VM isn't in a state that allows backups.",
        QT_TRANSLATE_NOOP("Catalog", "The VM is not in a state that allows backups"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "The VM is in the Failed state or between Running and Shut down."
            ),
            QT_TRANSLATE_NOOP("Catalog", "No VM agent is installed on the VM."),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Wait until the VM is in a stable state: Running, Stopped or Deallocated.",
            ),
            QT_TRANSLATE_NOOP("Catalog", "Install the VM agent."),
        ),
    ),
    _entry(
        _B,
        "UserErrorFsFreezeFailed",
        "Failed to freeze one or more mount-points of the VM to take a file-system consistent snapshot.",
        QT_TRANSLATE_NOOP("Catalog", "File system freeze failed"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Linux fsfreeze failed: a file system is not clean, or mount entries are duplicated.",
            ),
        ),
        (
            _FREEZE,
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Remove duplicate mount entries; the extension log names the failing mount points.",
            ),
        ),
    ),
    _entry(
        _B,
        "ExtensionSnapshotFailedCOM",
        "Snapshot operation failed due to COM+ error",
        QT_TRANSLATE_NOOP("Catalog", "Snapshot failed because of a COM+ error"),
        (_COM,),
        (_FIX_COM, _FIX_MSDTC),
    ),
    _entry(
        _B,
        "ExtensionInstallationFailedCOM",
        "Extension installation/operation failed due to a COM+ error",
        QT_TRANSLATE_NOOP("Catalog", "Extension installation failed because of a COM+ error"),
        (_COM,),
        (_FIX_COM, _FIX_MSDTC),
    ),
    _entry(
        _B,
        "ExtensionInstallationFailedMDTC",
        'Extension installation failed with the error "COM+ was unable to talk to the Microsoft Distributed Transaction Coordinator',
        QT_TRANSLATE_NOOP("Catalog", "COM+ cannot talk to the Distributed Transaction Coordinator"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "The Distributed Transaction Coordinator (MSDTC) service is not healthy."
            ),
        ),
        (_FIX_COM, _FIX_MSDTC),
    ),
    _entry(
        _B,
        "ExtensionFailedVssWriterInBadState",
        "Snapshot operation failed because VSS writers were in a bad state.",
        QT_TRANSLATE_NOOP("Catalog", "VSS writers are in a bad state"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "VSS writers are not stable, or the VM is short of free disk space, memory or CPU.",
            ),
            QT_TRANSLATE_NOOP("Catalog", "Disk IOPS throttling makes the VSS provider time out."),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Restart the services of the writers that are not stable (vssadmin list writers) and check free space, memory and CPU.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Back up at off-peak hours, spread the load over disks, or use faster disks or a larger VM size.",
            ),
        ),
    ),
    _entry(
        _B,
        "ExtensionFailedVssServiceInBadState",
        "Snapshot operation failed due to VSS (Volume Shadow Copy) service in bad state.",
        QT_TRANSLATE_NOOP("Catalog", "The VSS service is in a bad state"),
        (QT_TRANSLATE_NOOP("Catalog", "The Volume Shadow Copy (VSS) service is not healthy."),),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Restart the VSS service; if that fails, restart the VM in a maintenance window.",
            ),
        ),
    ),
    _entry(
        _B,
        "UserErrorSkuNotAvailable",
        "VM creation failed as VM size selected is not available.",
        QT_TRANSLATE_NOOP("Catalog", "The selected VM size is not available"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The restore creates a VM with a size that is not supported or not available in the region.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Restore the disks, then create the VM from them with a supported size."
            ),
        ),
        aliases=("UserErrorSkuNotAvaialable",),
    ),
    _entry(
        _B,
        "UserErrorMarketPlaceVMNotSupported",
        "VM creation failed due to Market Place purchase request being not present.",
        QT_TRANSLATE_NOOP("Catalog", "The Marketplace purchase for the VM is missing"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The VM's Marketplace plan or offer was withdrawn; the disks were restored but the VM was not created.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Attach the restored disks to an existing VM as data disks."
            ),
        ),
    ),
    _entry(
        _B,
        "ExtensionConfigParsingFailure",
        "Failure in parsing the config for the backup extension.",
        QT_TRANSLATE_NOOP("Catalog", "The backup extension configuration cannot be parsed"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The MachineKeys folder (%systemdrive%\\programdata\\microsoft\\crypto\\rsa\\machinekeys) has non-default permissions.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Reset the folder's default permissions and delete the certificates issued by Windows Azure CRP Certificate Generator.",
            ),
            _RETRY_BACKUP,
        ),
    ),
    _entry(
        _B,
        "ExtensionStuckInDeletionState",
        "Extension state is not supportive to the backup operation",
        QT_TRANSLATE_NOOP("Catalog", "The backup extension is in an inconsistent state"),
        (QT_TRANSLATE_NOOP("Catalog", "The backup extension was left in an inconsistent state."),),
        (
            QT_TRANSLATE_NOOP("Catalog", "Make sure the VM agent is healthy."),
            _UNINSTALL_EXT,
        ),
    ),
    _entry(
        _B,
        "ExtensionFailedSnapshotLimitReachedError",
        "Snapshot operation failed as snapshot limit is exceeded for some of the disks attached",
        QT_TRANSLATE_NOOP("Catalog", "The snapshot limit of a disk is exceeded"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The disks have too many blob snapshots, kept by storage soft delete or taken by Azure Site Recovery.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Delete blob snapshots that are no longer needed (never the base blobs) and shorten the soft-delete retention.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "With Azure Site Recovery, set isanysnapshotfailed=false in /etc/azure/vmbackup.conf and schedule it at another time.",
            ),
        ),
    ),
    _entry(
        _B,
        "ExtensionFailedTimeoutVMNetworkUnresponsive",
        "Snapshot operation failed due to inadequate VM resources.",
        QT_TRANSLATE_NOOP("Catalog", "Snapshot failed: the VM lacks resources"),
        (QT_TRANSLATE_NOOP("Catalog", "Network calls during the snapshot are delayed."),),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Take the snapshot through the host: set SnapshotMethod=firstHostThenGuest and CalculateSnapshotTimeFromHost=True in the registry.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog", "Back up at a low-load time or move the VM to a larger size."
            ),
        ),
    ),
    _entry(
        _B,
        "ResourceNotFound",
        "Could not perform the operation as VM no longer exists.",
        QT_TRANSLATE_NOOP("Catalog", "The VM no longer exists"),
        (_VM_GONE,),
        (_FIX_VM_GONE,),
        # MicrosoftDocs/azure-docs articles/backup/backup-azure-vms-troubleshoot.md: heading
        # "320001, ResourceNotFound - Could not perform the operation as VM no longer exists".
        numbers=(320001,),
    ),
    _entry(
        _B,
        "BCMV2VMNotFound",
        "The virtual machine doesn't exist",
        QT_TRANSLATE_NOOP("Catalog", "The virtual machine does not exist"),
        (_VM_GONE,),
        (_FIX_VM_GONE,),
        # MicrosoftDocs/azure-docs articles/backup/backup-azure-vms-troubleshoot.md: heading
        # "400094, BCMV2VMNotFound - The virtual machine doesn't exist".
        numbers=(400094,),
    ),
    _entry(
        _B,
        "UserErrorBCMPremiumStorageQuotaError",
        "Could not copy the snapshot of the virtual machine, due to insufficient free space in the storage account",
        QT_TRANSLATE_NOOP("Catalog", "Not enough free space in the storage account"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "On the legacy stack, the snapshot of premium unmanaged disks is copied inside the storage account, which is too full.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Keep the storage account at or below 50% of its capacity (17.5 TB)."
            ),
        ),
    ),
    _entry(
        _B,
        "AzureVmOffline",
        "Failed to install Microsoft Recovery Services extension as virtual machine is not running",
        QT_TRANSLATE_NOOP("Catalog", "The extension cannot be installed: the VM is not running"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "The VM agent is missing or not running when the VM is registered."
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Install the VM agent, check the installation and the VM's agent setting, then retry the registration.",
            ),
        ),
        # MicrosoftDocs/azure-docs articles/backup/backup-azure-vms-troubleshoot.md: heading
        # "380008, AzureVmOffline - Failed to install Microsoft Recovery Services extension...".
        numbers=(380008,),
    ),
    _entry(
        _B,
        "ExtensionSnapshotBitlockerError",
        "The snapshot operation failed with the Volume Shadow Copy Service (VSS) operation error This drive is locked by BitLocker Drive Encryption. You must unlock this drive from the Control Panel.",
        QT_TRANSLATE_NOOP("Catalog", "A drive is locked by BitLocker"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "A volume of the VM is locked by BitLocker Drive Encryption."
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Unlock the drives or turn off BitLocker on them, then check VSS."
            ),
        ),
    ),
    _entry(
        _B,
        "ExtensionSnapshotFailedNoSecureNetwork",
        "The snapshot operation failed because of failure to create a secure network communication channel.",
        QT_TRANSLATE_NOOP("Catalog", "No secure network channel can be created"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Strong cryptography (TLS) is not enabled for the .NET Framework."
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Add SchUseStrongCrypto=1 under every .NET Framework key in HKLM\\SOFTWARE\\Microsoft.",
            ),
        ),
    ),
    _entry(
        _B,
        "ExtensionVCRedistInstallationFailure",
        "The snapshot operation failed because of failure to install Visual C++ Redistributable for Visual Studio 2012.",
        QT_TRANSLATE_NOOP("Catalog", "The Visual C++ Redistributable cannot be installed"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The Windows Installer service is disabled, rights on HKLM\\SOFTWARE\\Classes are missing, or an antivirus blocks the install.",
            ),
        ),
        (
            _VC_REDIST,
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Set the Msiserver service start value to 3, re-register Windows Installer, fix the registry rights and restart the guest agent.",
            ),
        ),
    ),
    _entry(
        _B,
        "UserErrorRequestDisallowedByPolicy",
        "An invalid policy is configured on the VM which is preventing Snapshot operation.",
        QT_TRANSLATE_NOOP("Catalog", "An Azure Policy prevents the snapshot"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "An Azure Policy, typically a tag rule with the Deny effect, blocks the backup resource group or the restore point collection.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Change the policy effect from Deny to Modify, or create the resource group yourself following Azure Backup's naming schema.",
            ),
        ),
    ),
    _entry(
        _B,
        "UserErrorUnableToOpenMount",
        "Some mount point is not accessible",  # the self-help's text; the article gives none
        QT_TRANSLATE_NOOP("Catalog", "A mount point cannot be opened"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The backup extension cannot open every mount point, for example while a file recovery session is still mounted.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Make every mount point accessible and close any open file recovery session.",
            ),
        ),
    ),
    _entry(
        _B,
        "UserErrorInstantRpNotFound",
        "Restore failed because the snapshot of the VM was not found. The snapshot could have been deleted, please check.",
        QT_TRANSLATE_NOOP("Catalog", "The VM snapshot for the restore was not found"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "The snapshot recovery point was deleted before it reached the vault."
            ),
        ),
        (QT_TRANSLATE_NOOP("Catalog", "Restore from another recovery point."),),
    ),
    _entry(
        _B,
        "UserErrorMigrationFromTrustedLaunchVMToNonTrustedVMNotAllowed",
        "Backup cannot be configured for the VM which has migrated from Trusted Launch mode to non Trusted Launch mode.",
        QT_TRANSLATE_NOOP("Catalog", "The VM moved from Trusted Launch to a standard VM"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A Trusted Launch VM was changed to a standard VM, or a new VM reuses the name of a deleted Trusted Launch VM still in the vault.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Disable soft delete, stop protection and delete the data, enable soft delete again and protect the VM again.",
            ),
            QT_TRANSLATE_NOOP("Catalog", "Or give the VM a different name or resource group."),
        ),
    ),
    _entry(
        _B,
        "UserErrorCrossSubscriptionRestoreNotSuppportedForOLR",
        "Operation failed as Cross Subscription Restore is not supported for Original Location Recovery.",
        QT_TRANSLATE_NOOP(
            "Catalog", "Cross-subscription restore does not support the original location"
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A cross-subscription restore was requested with the original location option.",
            ),
        ),
        (QT_TRANSLATE_NOOP("Catalog", "Use Create new or Restore disks."),),
    ),
    _entry(
        _B,
        "UserErrorCrossSubscriptionRestoreNotSuppportedForUnManagedAzureVM",
        "Operation failed as Cross Subscription Restore is not supported for Azure VMs with Unmanaged Disks.",
        QT_TRANSLATE_NOOP("Catalog", "Cross-subscription restore does not support unmanaged disks"),
        (QT_TRANSLATE_NOOP("Catalog", "The source VM has unmanaged disks."),),
        (_CSR_SAME_SUB,),
    ),
    _entry(
        _B,
        "UserErrorCrossSubscriptionRestoreNotSuppportedForCRR",
        "Operation failed as Cross Subscription Restore is not supported along-with Cross Region Restore.",
        QT_TRANSLATE_NOOP(
            "Catalog", "Cross-subscription and cross-region restore cannot be combined"
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Both a cross-region and a cross-subscription restore were requested."
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Choose either cross-region or cross-subscription restore."
            ),
        ),
    ),
    _entry(
        _B,
        "UserErrorCrossSubscriptionRestoreNotSuppportedFromSnapshot",
        "Operation failed as Cross Subscription Restore is not supported when restoring from a Snapshot recovery point.",
        QT_TRANSLATE_NOOP(
            "Catalog", "Cross-subscription restore does not support snapshot recovery points"
        ),
        (QT_TRANSLATE_NOOP("Catalog", "The recovery point exists only in the snapshot tier."),),
        (QT_TRANSLATE_NOOP("Catalog", "Pick a recovery point that is in the vault tier."),),
    ),
    _entry(
        _B,
        "UserErrorCrossSubscriptionRestoreInvalidTenant",
        "Operation failed as the tenant IDs for source and target subscriptions don't match.",
        QT_TRANSLATE_NOOP(
            "Catalog", "The source and target subscriptions are in different tenants"
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "The source and target subscriptions belong to different tenants."
            ),
        ),
        (QT_TRANSLATE_NOOP("Catalog", "Use subscriptions of the same tenant."),),
    ),
    _entry(
        _B,
        "UserErrorCrossSubscriptionRestoreInvalidTargetSubscription",
        "Operation failed as the target subscription specified for restore is not registered to the Azure Recovery Services Resource Provider.",
        QT_TRANSLATE_NOOP(
            "Catalog", "The target subscription is not registered for Recovery Services"
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The Microsoft.RecoveryServices resource provider is not registered in the target subscription.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Register the Microsoft.RecoveryServices resource provider in the target subscription; creating a vault there also registers it.",
            ),
        ),
    ),
    _entry(
        _B,
        "UserErrorCrossSubscriptionRestoreNotSuppportedForEncryptedAzureVM",
        "Operation failed as Cross Subscription Restore is not supported for Encrypted Azure VMs.",
        QT_TRANSLATE_NOOP("Catalog", "Cross-subscription restore does not support encrypted VMs"),
        (QT_TRANSLATE_NOOP("Catalog", "The VM is encrypted with Azure Disk Encryption."),),
        (_CSR_SAME_SUB,),
    ),
    _entry(
        _B,
        "UserErrorCrossSubscriptionRestoreNotSuppportedForTrustedLaunchAzureVM",
        "Operation failed as Cross Subscription Restore is not supported for Trusted Launch Azure VMs (TVMs).",
        QT_TRANSLATE_NOOP(
            "Catalog", "Cross-subscription restore does not support Trusted Launch VMs"
        ),
        (QT_TRANSLATE_NOOP("Catalog", "The VM is a Trusted Launch VM."),),
        (_CSR_SAME_SUB,),
    ),
    # ---- 1-C: manage VM backups article ----
    _entry(
        _C,
        "UserErrorVmNotFoundV2",
        "The backup failed because the virtual machine does not exist.",  # self-help wording
        QT_TRANSLATE_NOOP("Catalog", "The protected VM was not found"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The VM was deleted or moved to another resource group or subscription without stopping protection.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Make sure the VM exists, or stop protection of the backup item."
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Delete backup items whose VM no longer exists: their last recovery point is kept and billed.",
            ),
        ),
    ),
    # ---- 1-D: portal self-help (Azure/SelfHelpContent mirror, 2021-04) ----
    _entry(
        _D,
        "ExtensionOperationFailed",
        # Same portal text as ExtensionOperationFailedForManagedDisks' documented message.
        "VMSnapshot extension operation failed",
        QT_TRANSLATE_NOOP("Catalog", "The VMSnapshot extension manifest is missing"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The VMSnapshot extension manifest file is missing, often deleted by antivirus or anti-malware software.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Extract the manifest from the plugin package into the version folder again and find the program that deletes it.",
            ),
        ),
    ),
    _entry(
        _D,
        "SystemBackupOperationInProgress",
        # Same portal text as UserErrorBackupOperationInProgress.
        "Unable to initiate backup as another backup operation is currently in progress.",
        QT_TRANSLATE_NOOP("Catalog", "Another backup operation is in progress"),
        (QT_TRANSLATE_NOOP("Catalog", "Another backup job is running."),),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Wait for the running job or cancel it, and check the old vault if protection was re-configured.",
            ),
        ),
    ),
    _entry(
        _D,
        "BCMCrpInternalError",
        "Backup failed due to CRP Internal Error",
        QT_TRANSLATE_NOOP("Catalog", "Internal error of the compute platform"),
        (QT_TRANSLATE_NOOP("Catalog", "An error of the guest agent or of an extension."),),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Make sure the VM and its agent are running and every extension shows provisioning succeeded.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog", "For VMs created from a generalized image, install the VM agent."
            ),
        ),
    ),
    _entry(
        _D,
        "BMSUserErrorObjectLocked",
        "Another operation is in progress on the selected item",
        QT_TRANSLATE_NOOP("Catalog", "Another operation is in progress on the item"),
        (QT_TRANSLATE_NOOP("Catalog", "Another operation runs on the same backup item."),),
        (_WAIT_RETRY,),
    ),
    _entry(
        _D,
        "ExtensionCommandExecFailure",
        "Extension command execution failure",
        QT_TRANSLATE_NOOP("Catalog", "Extension command execution failed"),
        (QT_TRANSLATE_NOOP("Catalog", "The backup extension is in a bad state."),),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Set the registry value IsProviderInstalled=False, rename the Microsoft.WindowsAzure.Storage folder in the GAC and run a manual backup.",
            ),
        ),
    ),
    _entry(
        _D,
        "ExtensionFailedOutOfMemoryError",
        # Same portal text as ExtensionInstallationFailedCOM.
        "Extension installation/operation failed due to a COM+ error.",
        QT_TRANSLATE_NOOP("Catalog", "The VM is out of memory"),
        (QT_TRANSLATE_NOOP("Catalog", "The VM does not have enough free memory."),),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Restart the VM to free memory, or move it to a size with more memory."
            ),
        ),
    ),
    _entry(
        _D,
        "ExtensionFailedSnapshotRateExceededError",
        "Backup operation failed as the snapshot call coincided with another snapshot request from a different client",
        QT_TRANSLATE_NOOP("Catalog", "Another client took a snapshot at the same time"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Another product snapshots the same disk at the same time; a disk allows one snapshot per minute.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Move the schedules apart so that the snapshots do not coincide."
            ),
        ),
    ),
    _entry(
        _D,
        "ExtensionFailedTimeoutDelayInNetwork",
        "Snapshot operation failed due to delay in network calls made to take disk blob-snapshots.",
        QT_TRANSLATE_NOOP("Catalog", "Network delay during the disk snapshot"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A proxy or network appliance delays the calls that take the disk snapshots.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Remove the network or proxy delay, for example with bitsadmin /Util /SetIEProxy LOCALSYSTEM NO_PROXY.",
            ),
        ),
    ),
    _entry(
        _D,
        "ExtensionInstallationFailure",
        "Backup extension installation failed",
        QT_TRANSLATE_NOOP("Catalog", "The backup extension installation failed"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The Visual C++ Redistributable installation failed, an antivirus interferes, or SQL prerequisites are missing.",
            ),
        ),
        (
            _VC_REDIST,
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Add antivirus exclusions and check the SQL sysadmin rights and prerequisites.",
            ),
        ),
    ),
    _entry(
        _D,
        "ExtensionInstallProviderCOMMemoryQuotaReached",
        "extension could not be installed",
        QT_TRANSLATE_NOOP("Catalog", "The extension cannot be installed: desktop heap exhausted"),
        (QT_TRANSLATE_NOOP("Catalog", "The Windows desktop heap (SharedSection) is exhausted."),),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Set SharedSection=1024,20480,4096 in the Windows registry and restart the VM.",
            ),
        ),
    ),
    _entry(
        _D,
        "ExtensionOperationInProgress",
        "Command execution failed.",
        QT_TRANSLATE_NOOP("Catalog", "The VM changed while the restore point was created"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "The VM model changed while Create Restore Point was running."
            ),
        ),
        (QT_TRANSLATE_NOOP("Catalog", "Retry the backup; the error is transient."),),
    ),
    _entry(
        _D,
        "ExtensionPreScriptTimeout",
        "Execution of App-Consistent Backup Pre-Script timed-out",
        QT_TRANSLATE_NOOP("Catalog", "The application-consistent pre-script timed out"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A Linux pre- or post-script ran longer than its timeout (default 30 s); the backup falls back to file-system consistency.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Raise the timeout in /etc/azure/VMSnapshotScriptPluginConfig.json (at most 1800 s).",
            ),
        ),
    ),
    _entry(
        _D,
        "GuestAgentCertificateNotFound",
        "Virtual machine guest agent certificate not found",
        QT_TRANSLATE_NOOP("Catalog", "The guest agent certificate was not found"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The CRP certificate is missing or expired, or the VM clock is out of sync.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Fix the time synchronization; if the certificate has expired, deallocate and start the VM.",
            ),
        ),
    ),
    _entry(
        _D,
        "GuestAgentPluginInstallCommandProcessingFailed",
        "Extension failed to due to run time environment failure",
        QT_TRANSLATE_NOOP("Catalog", "The extension's runtime environment is missing"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A runtime is missing: .NET on Windows, Python on Linux, or the OS is not supported.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Install .NET or Python and check the supported operating systems."
            ),
        ),
    ),
    _entry(
        _D,
        "ManagedRPCreationFailedInCrpButExtensionSucceeded",
        "Backup operation failed for managed disk VM",
        QT_TRANSLATE_NOOP("Catalog", "The managed restore point could not be created"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "A VM agent problem while the managed restore point was created."
            ),
        ),
        (QT_TRANSLATE_NOOP("Catalog", "Restart or update the VM agent, then retry the backup."),),
    ),
    _entry(
        _D,
        "NoExtensionStatusButStatusBlobAvailable",
        "backup operation failed because IaaS VM (with Linux OS) backup extension execution was stuck or crashed or the system calls might have timed out",
        QT_TRANSLATE_NOOP("Catalog", "The Linux backup extension hung or crashed"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The Linux backup extension hangs, for example with many disks or on the temporary disk.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Set seqsnapshot = 2 in /etc/azure/vmbackup.conf when the VM has more than 4 disks, and skip the temporary disk with MountsToSkip.",
            ),
        ),
    ),
    _entry(
        _D,
        "OlrBackupFailed",
        "Snapshot task failed before replace disks",
        QT_TRANSLATE_NOOP("Catalog", "The snapshot before replacing the disks failed"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A restore that replaces the existing disks could not take its snapshot first.",
            ),
        ),
        (QT_TRANSLATE_NOOP("Catalog", "Restore with Create new instead of Replace existing."),),
    ),
    _entry(
        _D,
        "UserErrorBCMRestoreStorageAccountNotFound",
        "Storage Account specified for Restore operation doesn't exist.",
        QT_TRANSLATE_NOOP("Catalog", "The restore storage account does not exist"),
        (QT_TRANSLATE_NOOP("Catalog", "The staging storage account was deleted."),),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Use an existing storage account and keep it until the restore ends."
            ),
        ),
    ),
    _entry(
        _D,
        "UserErrorBCMUnsupportedDiskCount",
        "Number of data disks attached to the virtual machine exceeded the supported limit.",
        QT_TRANSLATE_NOOP("Catalog", "Too many data disks"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "The VM has more data disks than supported (32 managed, 16 unmanaged)."
            ),
        ),
        (QT_TRANSLATE_NOOP("Catalog", "Detach disks and retry."),),
    ),
    _entry(
        _D,
        "UserErrorComputeVmWithClassicStorage",
        "Configuring backup failed due to unsupported VM configuration.",
        QT_TRANSLATE_NOOP("Catalog", "The VM uses classic storage"),
        (QT_TRANSLATE_NOOP("Catalog", "The VM's disks are on a classic storage account."),),
        (QT_TRANSLATE_NOOP("Catalog", "Move the disks or the VM to Resource Manager storage."),),
    ),
    _entry(
        _D,
        "UserErrorCoreCountSubscriptionQuotaReached",
        "Core Count subscription quota has been reached.",
        QT_TRANSLATE_NOOP("Catalog", "The subscription's core quota is reached"),
        (QT_TRANSLATE_NOOP("Catalog", "The restore would exceed the subscription's core quota."),),
        (QT_TRANSLATE_NOOP("Catalog", "Request a higher quota."),),
    ),
    _entry(
        _D,
        "UserErrorFsFreezeTimeout",
        "Freezing a file system took more time",
        QT_TRANSLATE_NOOP("Catalog", "File system freeze timed out"),
        (QT_TRANSLATE_NOOP("Catalog", "Linux fsfreeze timed out."),),
        (_FREEZE,),
    ),
    _entry(
        _D,
        "UserErrorGenericResourceNotFound",
        "Azure resource does not exist.",
        QT_TRANSLATE_NOOP("Catalog", "An Azure resource does not exist"),
        (QT_TRANSLATE_NOOP("Catalog", "A resource the operation refers to no longer exists."),),
        (QT_TRANSLATE_NOOP("Catalog", "Make sure the resource exists, then retry."),),
    ),
    _entry(
        _D,
        "UserErrorGuestAgentVersionUnsupported",
        "Linux backup operation might have failed, because of an unsupported Guest Agent version on the VM",
        QT_TRANSLATE_NOOP("Catalog", "The Linux guest agent version is not supported"),
        (QT_TRANSLATE_NOOP("Catalog", "The Linux VM agent is older than the supported minimum."),),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Update the Linux VM agent from the distribution's repository."
            ),
        ),
    ),
    _entry(
        _D,
        "UserErrorHostedServiceSubscriptionQuotaReached",
        "Your hosted service subscription quota has been reached.",
        QT_TRANSLATE_NOOP("Catalog", "The hosted service quota is reached"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "The subscription's hosted service (classic) quota is reached."
            ),
        ),
        (QT_TRANSLATE_NOOP("Catalog", "Request higher limits for the subscription."),),
    ),
    _entry(
        _D,
        "UserErrorInvalidAuthenticationTokenTenant",
        "the restore operation failed because the subscription is transferred to another tenant.",
        QT_TRANSLATE_NOOP("Catalog", "The subscription moved to another tenant"),
        (QT_TRANSLATE_NOOP("Catalog", "The subscription was transferred to another tenant."),),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Restore to an alternate location or restore the disks; the original location is not possible.",
            ),
        ),
    ),
    _entry(
        _D,
        "UserErrorInvalidManagedDiskOperation",
        "The operation is not valid for Managed disk VMs.",
        QT_TRANSLATE_NOOP("Catalog", "The operation is not valid for managed disks"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Snapshots are not supported on a disk with Write Accelerator."
            ),
        ),
        (_MATRIX, _EXCLUDE_DISK),
    ),
    _entry(
        _D,
        "UserErrorInvalidNetworkConfigV1",
        "Invalid VM network Configuration",
        QT_TRANSLATE_NOOP("Catalog", "Invalid VM network configuration"),
        (QT_TRANSLATE_NOOP("Catalog", "A classic VM's extension cannot be updated."),),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Back up the VM while it is shut down and start it after the snapshot."
            ),
        ),
    ),
    _entry(
        _D,
        "UserErrorInvalidVMEncryptionInfo",
        "Invalid Encryption information supplied for VM",
        QT_TRANSLATE_NOOP("Catalog", "Invalid encryption information for the VM"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "ADE with an Azure AD application and ADE without one are mixed, which is not supported.",
            ),
        ),
        (QT_TRANSLATE_NOOP("Catalog", "Keep the VM's original Azure Disk Encryption mode."),),
    ),
    _entry(
        _D,
        "UserErrorJobCancelledOnMachineReboot",
        "Job was cancelled because the machine rebooted.",
        QT_TRANSLATE_NOOP("Catalog", "The job was cancelled by a reboot"),
        (QT_TRANSLATE_NOOP("Catalog", "The VM restarted during the job."),),
        (_RETRY,),
    ),
    _entry(
        _D,
        "UserErrorJobSuccessfullyCancelled",
        "",  # the self-help reuses another portal text; none of its own is documented
        QT_TRANSLATE_NOOP("Catalog", "The job was cancelled"),
        (QT_TRANSLATE_NOOP("Catalog", "A user cancelled the job."),),
        (_RETRY,),
    ),
    _entry(
        _D,
        "UserErrorNetworkAclSANotSupported",
        "Network Acl Storage Account Not Supported",
        QT_TRANSLATE_NOOP("Catalog", "Storage accounts with network rules are not supported"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A managed-disk VM is restored to a storage account restricted by a firewall.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Allow access on the storage account or use one without network restrictions.",
            ),
        ),
    ),
    _entry(
        _D,
        "UserErrorOlrNotSupported",
        "The selected restore operation type is not supported.",
        QT_TRANSLATE_NOOP("Catalog", "The selected restore type is not supported"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Replace existing was used in a scenario that does not support it."
            ),
        ),
        (_CREATE_NEW,),
    ),
    _entry(
        _D,
        "UserErrorOlrNotSupportedOnRpWithDisksExcluded",
        "This RP had some disks excluded during backup, original location restore from such RPs is not supported",
        QT_TRANSLATE_NOOP(
            "Catalog", "Original location restore is not possible with excluded disks"
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "The recovery point has disks that were excluded from the backup."
            ),
        ),
        (QT_TRANSLATE_NOOP("Catalog", "Restore the disks instead."),),
    ),
    _entry(
        _D,
        "UserErrorProtectionQuotaExceeded",
        "Please create new vault and enable VM protection in new vault",
        QT_TRANSLATE_NOOP("Catalog", "The vault's protection quota is exceeded"),
        (QT_TRANSLATE_NOOP("Catalog", "The vault protects as many items as it can."),),
        (QT_TRANSLATE_NOOP("Catalog", "Create a new vault and protect the VM there."),),
    ),
    _entry(
        _D,
        "UserErrorResourceIsInLockedState",
        "Backup failed due to a lock on virtual machine.",
        QT_TRANSLATE_NOOP("Catalog", "A lock blocks the backup"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "A lock is set on the VM or on the restore point resource group."
            ),
        ),
        (_REMOVE_LOCK,),
    ),
    _entry(
        _D,
        "UserErrorRestoreDestinationBlobNotFound",
        "Destination blob not found in Restore, likely user deleted it",
        QT_TRANSLATE_NOOP("Catalog", "The restore destination blob was not found"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "The target storage account or blob was deleted during the restore."
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Retry the restore into another storage account and do not delete it while the restore runs.",
            ),
        ),
    ),
    _entry(
        _D,
        "UserErrorRestoreOperationInProgress",
        "Unable to initiate restore as another restore operation is currently in progress.",
        QT_TRANSLATE_NOOP("Catalog", "Another restore operation is in progress"),
        (QT_TRANSLATE_NOOP("Catalog", "Another restore of the item is running."),),
        (_WAIT_RETRY,),
    ),
    _entry(
        _D,
        "UserErrorRpCollectionDeleted",
        "The Restore Point collection has been deleted by the user.",
        QT_TRANSLATE_NOOP("Catalog", "The restore point collection was deleted"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "The restore point collection was deleted during a backup."
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Retry the backup and do not delete restore point collections in the backup resource group.",
            ),
        ),
    ),
    _entry(
        _D,
        "UserErrorRpCollectionMarkedForDeletion",
        "Operation failed as the RP Collection is marked for deletion.",
        QT_TRANSLATE_NOOP("Catalog", "The restore point collection is being deleted"),
        (QT_TRANSLATE_NOOP("Catalog", "The restore point collection is in a deleting state."),),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Wait until the restore point collection is consistent, then retry."
            ),
        ),
    ),
    _entry(
        _D,
        "UserErrorSharedDiskBackupNotSupported",
        "Operation failed because the VM has shared disks and this is currently not supported",
        QT_TRANSLATE_NOOP("Catalog", "Shared disks are not supported"),
        (QT_TRANSLATE_NOOP("Catalog", "A shared disk is attached to the VM."),),
        (_EXCLUDE_DISK, _MATRIX),
    ),
    _entry(
        _D,
        "UserErrorStorageAccountIsLocked",
        "Backup or restore jobs failed due to storage account being in locked state",
        QT_TRANSLATE_NOOP("Catalog", "The storage account is locked"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "A lock, typically read-only, is set on the storage account."
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Remove the lock, or use a delete lock instead of a read-only lock."
            ),
        ),
    ),
    _entry(
        _D,
        "UserErrorUnsupportedDiskConfiguration",
        "The disk configuration is not valid.",
        QT_TRANSLATE_NOOP("Catalog", "The disk configuration is not supported"),
        (QT_TRANSLATE_NOOP("Catalog", "The VM has an unsupported disk configuration."),),
        (_MATRIX,),
    ),
    _entry(
        _D,
        "UserErrorUnsupportedStorageType",
        "The storage type is not supported by Azure Backup.",
        QT_TRANSLATE_NOOP("Catalog", "The storage type is not supported"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "A disk of the VM has a type that Azure Backup does not support."
            ),
        ),
        (_MATRIX,),
    ),
    _entry(
        _D,
        "UserErrorVmAlreadyExistWithSameName",
        "A VM with the same name already exists in the same Resource Group.",
        QT_TRANSLATE_NOOP("Catalog", "A VM with the same name already exists"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "The restore target name is already used in the resource group."
            ),
        ),
        (QT_TRANSLATE_NOOP("Catalog", "Use another VM name or resource group."),),
    ),
    _entry(
        _D,
        "UserErrorVMInternetConnectivityIssue",
        "VM is not able to contact Azure Backup service due to internet connectivity issues.",
        QT_TRANSLATE_NOOP("Catalog", "The VM cannot reach Azure Backup"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The VM has no outbound access to Azure Backup, Azure Storage or Azure AD during registration.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Open the outbound network path with service tags or a proxy."
            ),
        ),
    ),
    _entry(
        _D,
        "UserErrorVmVaultLocationMismatch",
        "Virtual machine and vault are in different region",
        QT_TRANSLATE_NOOP("Catalog", "The VM and the vault are in different regions"),
        (QT_TRANSLATE_NOOP("Catalog", "The vault is in another region than the VM."),),
        (QT_TRANSLATE_NOOP("Catalog", "Use a vault in the VM's region."),),
    ),
    _entry(
        _D,
        "UserErrorWAEnabledDisksNotSupported",
        "",  # the self-help reuses another portal text; none of its own is documented
        QT_TRANSLATE_NOOP("Catalog", "Write Accelerator disks are not supported"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A disk has Write Accelerator enabled; such disks are excluded automatically.",
            ),
        ),
        (_MATRIX,),
    ),
    _entry(
        _D,
        "VMBackupLinuxExtensionConfFileWrongEncodingFormat",
        "Linux backup operation might have failed, because there is a change in Linux VM Backup Extension Configuration file",
        QT_TRANSLATE_NOOP("Catalog", "The Linux backup configuration file is not ASCII"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "The file /etc/azure/vmbackup.conf is not encoded in ASCII."
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Convert /etc/azure/vmbackup.conf to ASCII, for example with iconv -t ASCII.",
            ),
        ),
    ),
    _entry(
        _D,
        "IscsiMountFailure",
        "Mounting the disk failed.",
        QT_TRANSLATE_NOOP("Catalog", "Mounting the disk for file recovery failed"),
        (QT_TRANSLATE_NOOP("Catalog", "The iSCSI target is connected but inactive."),),
        (QT_TRANSLATE_NOOP("Catalog", "Disconnect the iSCSI target and retry the file recovery."),),
    ),
    # ---- Appendix A: VM restore point codes that surface as inner errors of backup jobs ----
    _entry(
        _RP,
        "VMRestorePointClientError",
        "",  # several texts (shared disks, COM+, VSS, MSDTC, ...): see the matching codes above
        QT_TRANSLATE_NOOP("Catalog", "The VM restore point could not be created"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "A client-side cause such as shared disks, COM+, VSS writers, MSDTC, too few VM resources or no network connectivity.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Read the error text and follow the remedy of the matching backup error."
            ),
        ),
    ),
    _entry(
        _RP,
        "VMAgentStatusCommunicationError",
        "VM has not reported status for VM agent or extensions.",
        QT_TRANSLATE_NOOP("Catalog", "The VM agent has not reported its status"),
        (_AGENT_DOWN,),
        (_FIX_AGENT,),
    ),
    _entry(
        _RP,
        "DiskRestorePointClientError",
        "Keyvault associated with DiskEncryptionSet not found",
        QT_TRANSLATE_NOOP("Catalog", "The key vault of the disk encryption set was not found"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "The key vault or the disk encryption set of a disk is missing."
            ),
        ),
        (QT_TRANSLATE_NOOP("Catalog", "Re-create the missing key vault or disk encryption set."),),
    ),
    _entry(
        _RP,
        "OperationNotAllowed",
        "Changes were made to the VM while Create Restore Point was in progress",
        QT_TRANSLATE_NOOP("Catalog", "The VM changed while the restore point was created"),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "The VM model was updated during the operation, or some disks were not allocated.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog", "Retry after the model update and exclude disks that are not allocated."
            ),
        ),
    ),
    _entry(
        _RP,
        "InternalError",
        "An internal execution error occurred. Please retry later.",
        QT_TRANSLATE_NOOP("Catalog", "An internal execution error occurred"),
        (
            _AGENT_DOWN,
            QT_TRANSLATE_NOOP(
                "Catalog", "A resource group lock stops the deletion of old restore points."
            ),
        ),
        (_FIX_AGENT, _REMOVE_LOCK, _VC_REDIST),
        aliases=("InternalExecutionError", "InternalOperationError"),
    ),
)
"""Every catalog code, in the catalog's order (1-A, 1-B, 1-C, 1-D, Appendix A)."""

# Names that are too common to be looked for inside prose (ARM-wide error codes): they count
# in texts only when a text is exactly the name, as in a job's errorTitle.
_GENERIC_NAMES = frozenset(
    {
        "resourcenotfound",
        "operationnotallowed",
        "internalerror",
        "internalexecutionerror",
        "internaloperationerror",
    }
)
# Codes whose message only says "see the inner error": any other matching message wins.
_WRAPPERS = frozenset({"UserErrorCrpReportedUserError"})
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "this",
        "that",
        "it",
        "its",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "as",
        "and",
        "or",
        "please",
        "service",
    ]
)
_CONTRACTION = re.compile(r"n't\b")
_TOKEN = re.compile(r"[a-z0-9]+")
_NAME_IN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9]+")

_BY_NAME = {name.lower(): e for e in CATALOG for name in e.names}
_BY_NUMBER = {n: e for e in CATALOG for n in e.numbers}


def words(text: str) -> tuple[str, ...]:
    """The significant words of a text: lower case, no punctuation, no stop words."""
    lowered = text.lower().replace("’", "'").replace("can't", "cannot").replace("won't", "will not")
    expanded = _CONTRACTION.sub(" not", lowered).replace("can not", "cannot")
    return tuple(w for w in _TOKEN.findall(expanded) if w not in _STOP)


def _slack(length: int) -> int:
    """How many other words may sit between the words of a message of ``length`` words."""
    return max(2, length // 3)


def _occurs(pattern: tuple[str, ...], said: tuple[str, ...]) -> bool:
    """Whether ``pattern`` occurs in order in ``said`` with at most ``_slack`` words between."""
    if not pattern or len(pattern) > len(said):
        return False
    allowed = _slack(len(pattern))
    for start, word in enumerate(said):
        if word != pattern[0]:
            continue
        at, gaps = start + 1, 0
        for wanted in pattern[1:]:
            while at < len(said) and said[at] != wanted:
                at += 1
                gaps += 1
            if at == len(said) or gaps > allowed:
                break
            at += 1
        else:
            return True
    return False


_PATTERNS = tuple((words(t), e) for e in CATALOG for t in e.texts)


def _by_message(texts: tuple[str, ...]) -> CatalogEntry | None:
    best: tuple[bool, int, int, CatalogEntry] | None = None
    for text in texts:
        said = words(text)
        for order, (pattern, entry) in enumerate(_PATTERNS):
            if _occurs(pattern, said):
                rank = (entry.code not in _WRAPPERS, len(pattern), -order)
                if best is None or rank > best[:3]:
                    best = (*rank, entry)
    return best[3] if best else None


def _by_name_in(texts: tuple[str, ...]) -> CatalogEntry | None:
    for text in texts:
        exact = _BY_NAME.get(text.strip().lower())
        if exact:
            return exact
        for token in _NAME_IN_TEXT.findall(text):
            key = token.lower()
            if key in _BY_NAME and key not in _GENERIC_NAMES:
                return _BY_NAME[key]
    return None


def entry_for(code: str | int, *texts: str) -> CatalogEntry | None:
    """The catalog entry of a job's error, or None when nothing documented matches.

    ``code`` is the job's errorCode (symbolic name, integer, or digits in a string); ``texts``
    are its errorString, errorTitle, recommendations and any other message to search.
    """
    key = str(code).strip()
    found = _BY_NAME.get(key.lower())
    if found:
        return found
    if key.isdigit():
        found = _BY_NUMBER.get(int(key))
        if found:
            return found
    real = tuple(t for t in texts if t)
    return _by_name_in(real) or _by_message(real)


def catalog_entry_for(code: str | int, *texts: str) -> CatalogEntry | None:
    """Same as ``entry_for``: the name the runbooks use."""
    return entry_for(code, *texts)
