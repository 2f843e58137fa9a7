"""The documented causes: titles, guidance and links, mirroring the source document.

Texts are English source strings marked for translation (context "Cause"); the GUI and
reports translate them at display time. Cause ids are a stable contract.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.i18n import QT_TRANSLATE_NOOP

DOCS = "https://learn.microsoft.com/azure/backup/"
AGENT_DOC = DOCS + "backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout"
AGENT_MSI = "https://go.microsoft.com/fwlink/?LinkID=394789&clcid=0x409"
LINUX_AGENT_DOC = "https://learn.microsoft.com/azure/virtual-machines/extensions/update-linux-agent"
REMOVE_LOCK_DOC = AGENT_DOC + "#remove_lock_from_the_recovery_point_resource_group"
CLEAN_UP_DOC = AGENT_DOC + "#clean_up_restore_point_collection"
NETWORK_DOC = DOCS + "backup-azure-arm-vms-prepare#establish-network-connectivity"
ENCRYPTION_DOC = DOCS + "backup-azure-vms-encryption"
SUPPORT_MATRIX = DOCS + "backup-support-matrix-iaas"
VM_TROUBLESHOOT = DOCS + "backup-azure-vms-troubleshoot"
STOP_PROTECTION_DOC = DOCS + "backup-azure-manage-vms#stop-protecting-a-vm"

LINK_TITLES: dict[str, str] = {
    AGENT_DOC: QT_TRANSLATE_NOOP("Cause", "Troubleshoot agent and extension issues"),
    AGENT_MSI: QT_TRANSLATE_NOOP("Cause", "Latest Windows VM agent (MSI)"),
    LINUX_AGENT_DOC: QT_TRANSLATE_NOOP("Cause", "Update the Linux VM agent"),
    REMOVE_LOCK_DOC: QT_TRANSLATE_NOOP(
        "Cause", "Remove the lock from the restore point resource group"
    ),
    CLEAN_UP_DOC: QT_TRANSLATE_NOOP("Cause", "Clean up the restore point collection"),
    NETWORK_DOC: QT_TRANSLATE_NOOP("Cause", "Establish network connectivity"),
    ENCRYPTION_DOC: QT_TRANSLATE_NOOP("Cause", "Back up encrypted VMs"),
    SUPPORT_MATRIX: QT_TRANSLATE_NOOP("Cause", "Azure VM backup support matrix"),
    VM_TROUBLESHOOT: QT_TRANSLATE_NOOP("Cause", "Troubleshoot Azure VM backup errors"),
    STOP_PROTECTION_DOC: QT_TRANSLATE_NOOP("Cause", "Stop protecting a VM"),
}
"""The title of each documentation link (English source, context "Cause")."""


@dataclass(frozen=True)
class Cause:
    """A documented cause of a backup failure and the manual steps the document gives."""

    id: str
    title: str
    guidance: tuple[str, ...]
    links: tuple[str, ...]
    os_only: str = ""
    """'windows' or 'linux' when the document limits the cause to one OS."""


VM_DELETED = Cause(
    "vm-deleted",
    QT_TRANSLATE_NOOP("Cause", "The protected VM no longer exists"),
    (
        QT_TRANSLATE_NOOP(
            "Cause",
            "Azure Backup still protects a VM that was deleted, or moved to another resource "
            "group or subscription: every scheduled and on-demand backup of it fails.",
        ),
        QT_TRANSLATE_NOOP(
            "Cause",
            "If the VM was moved or re-created, protect it again under its new id. Otherwise "
            "stop protection: 'Retain backup data' keeps the recovery points (still billed), "
            "'Delete backup data' removes them.",
        ),
        QT_TRANSLATE_NOOP(
            "Cause",
            "Do not leave the item as it is: the last recovery point of an orphaned item is "
            "kept indefinitely and billed.",
        ),
    ),
    (VM_TROUBLESHOOT, STOP_PROTECTION_DOC),
)
"""Checked on its own when the VM a backup item names is gone: nothing else can be read."""

CAUSES: dict[str, Cause] = {
    c.id: c
    for c in (
        Cause(
            "agent-unresponsive",
            QT_TRANSLATE_NOOP("Cause", "The VM agent is installed but unresponsive (Windows VMs)"),
            (
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "In the VM, open services.msc and check that the Windows Azure Guest Agent "
                    "service is running; restart it and retry the backup.",
                ),
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "If the service is missing, check Programs and Features; uninstall the "
                    "Windows Azure Guest Agent and install the latest agent MSI as an "
                    "administrator.",
                ),
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "Confirm the service appears again, check that .NET 4.5 is installed, then "
                    "run an on-demand backup (Back up now).",
                ),
            ),
            (AGENT_DOC, AGENT_MSI),
            os_only="windows",
        ),
        Cause(
            "agent-outdated",
            QT_TRANSLATE_NOOP("Cause", "The VM agent is out of date (Linux VMs)"),
            (
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "Update the Linux VM agent from your distribution's repository, not from "
                    "GitHub.",
                ),
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "Check that the agent runs (ps -e); if not, start it: 'service walinuxagent "
                    "start' on Ubuntu, 'service waagent start' elsewhere, and configure its "
                    "automatic restart.",
                ),
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "Run a new test backup. If it still fails, collect /var/lib/waagent/*.xml, "
                    "/var/log/waagent.log and /var/log/azure/* (set Logs.Verbose=y in "
                    "/etc/waagent.conf for detail).",
                ),
            ),
            (AGENT_DOC, LINUX_AGENT_DOC),
            os_only="linux",
        ),
        Cause(
            "snapshot-status",
            QT_TRANSLATE_NOOP(
                "Cause", "The snapshot status cannot be retrieved, or a snapshot cannot be taken"
            ),
            (
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "If the VM was shut down from inside the guest (for example over RDP), the "
                    "portal shows a wrong state: shut it down with Stop in the portal instead.",
                ),
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "Keep DHCP enabled inside the guest: the VM needs DHCP option 245 to find "
                    "the host. Set a static private IP through Azure, not inside the OS.",
                ),
            ),
            (AGENT_DOC,),
        ),
        Cause(
            "extension-failed",
            QT_TRANSLATE_NOOP("Cause", "The backup extension fails to update or load"),
            (
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "Uninstall the VMSnapshot (Linux: VMSnapshotLinux) extension to force a "
                    "reload: VM > Settings > Extensions > VMSnapshot > Uninstall. The next "
                    "backup installs it again.",
                ),
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "On Linux, if VMSnapshotLinux is not listed, update the Linux VM agent and "
                    "run the backup again.",
                ),
            ),
            (AGENT_DOC,),
        ),
        Cause(
            "no-internet",
            QT_TRANSLATE_NOOP("Cause", "The VM has no internet access"),
            (
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "The backup extension needs outbound HTTPS to Azure Storage. Allow it with an "
                    "NSG outbound rule for the Storage.<region> service tag at a higher priority "
                    "than any deny rule, an HTTP proxy, or Azure Firewall with the AzureBackup "
                    "FQDN tag.",
                ),
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "Never block 168.63.129.16 (ports 80, 443, 32526). Add a Microsoft.Storage "
                    "service endpoint when the subnet has no internet route.",
                ),
            ),
            (NETWORK_DOC,),
        ),
        Cause(
            "rp-lock",
            QT_TRANSLATE_NOOP(
                "Cause", "A lock on the restore point resource group blocks the clean-up"
            ),
            (
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "Azure Backup keeps restore point collections in a separate resource group "
                    "(AzureBackupRG_<geo>_<n> or the policy's custom name). Do not lock it: a lock "
                    "stops the service from deleting old restore points.",
                ),
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "Open the resource group > Settings > Locks and delete the lock, then retry "
                    "the backup to trigger the clean-up.",
                ),
            ),
            (REMOVE_LOCK_DOC,),
        ),
        Cause(
            "rp-collection-limit",
            QT_TRANSLATE_NOOP("Cause", "The restore point collection has reached its limit of 18"),
            (
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "After removing the lock, clean up the restore point collection: trigger an "
                    "on-demand backup (expect it to fail once; automatic clean-up follows within "
                    "hours).",
                ),
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "Or delete the collection in the portal: in the restore point resource group "
                    "tick Show hidden types, select AzureBackup_<VM>_<n>, Delete, and retry the "
                    "backup. A large collection may need 2 or 3 attempts.",
                ),
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "Take at most one backup a day: instant restore points are kept 1-5 days and "
                    "a VM may have only 18 at any time.",
                ),
            ),
            (CLEAN_UP_DOC,),
        ),
        Cause(
            "keyvault-permissions",
            QT_TRANSLATE_NOOP(
                "Cause", "Backup lacks permissions on the key vault of the encrypted VM"
            ),
            (
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "Give the Backup Management Service access to the key vault: keys get, list "
                    "and backup; secrets get, list and backup (portal, PowerShell or CLI).",
                ),
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "For a vault that uses Azure RBAC, assign Key Vault Administrator or a custom "
                    "role with the same data actions. If access was just granted, retry a little "
                    "later.",
                ),
            ),
            (ENCRYPTION_DOC,),
        ),
        Cause(
            "disk-size",
            QT_TRANSLATE_NOOP("Cause", "A disk is larger than Azure Backup supports"),
            (
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "The documented limit for this error is 4095 GB per disk. Newer stacks "
                    "support up to 32 TB per disk with the Enhanced policy, but not for "
                    "ADE-encrypted disks over 4 TB.",
                ),
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "Move the VM to an Enhanced policy, exclude the large disk from backup, or "
                    "split the data over smaller disks.",
                ),
            ),
            (SUPPORT_MATRIX,),
        ),
        Cause(
            "backup-in-progress",
            QT_TRANSLATE_NOOP("Cause", "Another backup of this VM is still running"),
            (
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "Open the vault's Backup jobs. If a backup of this VM is in progress, wait for "
                    "it or cancel it (Cancel, or Stop-AzRecoveryServicesBackupJob).",
                ),
                QT_TRANSLATE_NOOP(
                    "Cause",
                    "If the VM was protected by another vault before, make sure no backup job "
                    "runs there. Then retry the backup.",
                ),
            ),
            (AGENT_DOC,),
        ),
    )
}
"""Every cause, by its stable id, in the order of the health check."""

CAUSES[VM_DELETED.id] = VM_DELETED
HEALTH_CAUSES = tuple(c for c in CAUSES if c != VM_DELETED.id)
"""The causes a health check runs: all but ``vm-deleted`` (a VM that exists is checked)."""
