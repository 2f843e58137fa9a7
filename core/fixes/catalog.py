"""The fix actions a finding can offer, each able to describe its ARM call before acting.

Applying fixes (preview, confirmation, permission pre-check, audit) comes with the fixes
work; this catalog is the shared vocabulary of action ids, titles and ARM operations.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.i18n import QT_TRANSLATE_NOOP as _T
from core.ids import parse_id


class FixKind(StrEnum):
    """The id of a fix action: a stable contract (the diagnosis JSON's ``fixes[].action``)."""

    REMOVE_LOCK = "remove-lock"
    DELETE_RESTORE_POINT_COLLECTION = "delete-restore-point-collection"
    TRIGGER_BACKUP = "trigger-backup"
    UNINSTALL_EXTENSION = "uninstall-extension"
    CANCEL_JOB = "cancel-job"
    DEALLOCATE_VM = "deallocate-vm"
    RESTART_AGENT = "restart-agent"
    GRANT_KEYVAULT_ACCESS = "grant-keyvault-access"


@dataclass(frozen=True)
class FixAction:
    """What a fix does: its title, the ARM operation it performs and how risky it is."""

    id: FixKind
    title: str
    description: str
    method: str
    operation: str
    """The ARM path template; ``{target}`` is the fix's target id."""
    destructive: bool
    permission: str
    """The RBAC action the signed-in user needs."""

    def describe(self, target: str) -> str:
        """The exact request this fix would send for ``target``."""
        return f"{self.method} {self.operation.format(target=target)}"

    def target_name(self, target: str) -> str:
        """The short name of the target resource."""
        try:
            return parse_id(target).name
        except ValueError:
            return target


ACTIONS: dict[FixKind, FixAction] = {
    a.id: a
    for a in (
        FixAction(
            FixKind.REMOVE_LOCK,
            _T("Fix", "Remove lock"),
            _T(
                "Fix",
                "Deletes the management lock so Azure Backup can clean up old restore points.",
            ),
            "DELETE",
            "{target}",
            destructive=True,
            permission="Microsoft.Authorization/locks/delete",
        ),
        FixAction(
            FixKind.DELETE_RESTORE_POINT_COLLECTION,
            _T("Fix", "Delete restore point collection"),
            _T(
                "Fix",
                "Deletes the collection and its instant restore points; vault recovery points stay.",
            ),
            "DELETE",
            "{target}",
            destructive=True,
            permission="Microsoft.Compute/restorePointCollections/delete",
        ),
        FixAction(
            FixKind.TRIGGER_BACKUP,
            _T("Fix", "Back up now"),
            _T(
                "Fix", "Starts an on-demand backup of the protected item (kept 30 days by default)."
            ),
            "POST",
            "{target}/backup",
            destructive=False,
            permission="Microsoft.RecoveryServices/Vaults/backupFabrics/protectionContainers/protectedItems/backup/action",
        ),
        FixAction(
            FixKind.UNINSTALL_EXTENSION,
            _T("Fix", "Uninstall extension"),
            _T("Fix", "Removes the VMSnapshot extension; the next backup installs it again."),
            "DELETE",
            "{target}",
            destructive=True,
            permission="Microsoft.Compute/virtualMachines/extensions/delete",
        ),
        FixAction(
            FixKind.CANCEL_JOB,
            _T("Fix", "Cancel job"),
            _T(
                "Fix",
                "Asks Azure Backup to cancel the running job (possible during the snapshot phase).",
            ),
            "POST",
            "{target}/cancel",
            destructive=False,
            permission="Microsoft.RecoveryServices/Vaults/backupJobs/cancel/action",
        ),
        FixAction(
            FixKind.DEALLOCATE_VM,
            _T("Fix", "Stop VM from Azure"),
            _T(
                "Fix",
                "Stops and deallocates the VM through Azure, as the portal's Stop does, so its "
                "reported state is right again. A dynamic public IP and the temporary disk's data "
                "are lost.",
            ),
            "POST",
            "{target}/deallocate",
            destructive=True,
            permission="Microsoft.Compute/virtualMachines/deallocate/action",
        ),
        FixAction(
            FixKind.RESTART_AGENT,
            _T("Fix", "Restart VM agent"),
            _T(
                "Fix",
                "Restarts the guest agent service through Run Command (needs the agent to answer).",
            ),
            "POST",
            "{target}/runCommand",
            destructive=False,
            permission="Microsoft.Compute/virtualMachines/runCommand/action",
        ),
        FixAction(
            FixKind.GRANT_KEYVAULT_ACCESS,
            _T("Fix", "Grant Backup access to key vault"),
            _T(
                "Fix",
                "Adds an access policy for Backup Management Service: keys and secrets get, list, backup.",
            ),
            "PUT",
            "{target}/accessPolicies/add",
            destructive=False,
            permission="Microsoft.KeyVault/vaults/accessPolicies/write",
        ),
    )
}
"""Every fix action by id (a stable contract, as in the diagnosis JSON)."""
