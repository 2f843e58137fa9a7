"""The demo tenant's scenarios: what each VM of resources/demo-tenant.json must be diagnosed as.

This table is the one place the expected outcomes are written. tools/make_demo_tenant.py takes
each VM's error code from it (and prints it in its docstring), and the tests import it:
tests/core/test_cli.py checks every row through the command line, tests/gui/test_diagnosis.py
checks the seeded rows (:data:`SEEDED`) through the diagnosis view.
"""

from __future__ import annotations

from dataclasses import dataclass

HEALTH_CHECK = "health-check"
"""The runbook a VM gets when its last backup did not fail (core's HEALTH_CHECK)."""

SEED_CODES = (
    "UserErrorGuestAgentStatusUnavailable",
    "GuestAgentSnapshotTaskStatusError",
    "UserErrorRpCollectionLimitReached",
    "UserErrorKeyvaultPermissionsNotConfigured",
    "ExtensionSnapshotFailedNoNetwork",
    "ExtentionOperationFailedForManagedDisks",
    "BackUpOperationFailed",
    "BackUpOperationFailedV2",
    "UserErrorUnsupportedDiskSize",
    "UserErrorBackupOperationInProgress",
)
"""The 9 error codes of the seed document (BackUpOperationFailed / V2 share one entry)."""


@dataclass(frozen=True)
class Scenario:
    """One VM of the demo and the diagnosis it must get."""

    vm: str
    code: str | int | None
    """The error code of the job the diagnosis reads (an int: a bare service number), or None."""
    runbook: str
    """The runbook the diagnosis selects (HEALTH_CHECK when the last backup did not fail)."""
    verdict: str
    """healthy, problem-found or inconclusive."""
    first_failure: str | None
    """The first cause that fails, in the runbook's order (None: no step fails)."""
    story: str
    """What the VM shows, in a few words (the docstring table's last column)."""

    @property
    def seeded(self) -> bool:
        """True when the VM plays one of the seed document's error codes."""
        return self.code in SEED_CODES

    @property
    def error_name(self) -> str | None:
        """The job's error as a diagnosis names it (numbers as text)."""
        return None if self.code is None else str(self.code)


P = "problem-found"

# fmt: off
SCENARIOS: tuple[Scenario, ...] = (
    Scenario("vm-app-01", "UserErrorGuestAgentStatusUnavailable",
             "UserErrorGuestAgentStatusUnavailable", P, "agent-unresponsive", "agent not ready"),
    Scenario("vm-web-02", "GuestAgentSnapshotTaskStatusError",
             "GuestAgentSnapshotTaskStatusError", P, "agent-outdated", "agent 2.2.45.0"),
    Scenario("vm-sql-01", "UserErrorRpCollectionLimitReached",
             "UserErrorRpCollectionLimitReached", P, "rp-lock", "18 RPs, locked RP group"),
    Scenario("vm-fin-01", "UserErrorKeyvaultPermissionsNotConfigured",
             "UserErrorKeyvaultPermissionsNotConfigured", P, "keyvault-permissions",
             "ADE key vault without Backup's access"),
    Scenario("vm-batch-03", "ExtensionSnapshotFailedNoNetwork",
             "ExtensionSnapshotFailedNoNetwork", P, "no-internet", "NSG denies Internet (100)"),
    Scenario("vm-file-01", "ExtentionOperationFailedForManagedDisks",
             "ExtensionOperationFailedForManagedDisks", P, "extension-failed",
             "VMSnapshot extension failed"),
    Scenario("vm-erp-01", "BackUpOperationFailedV2",
             "BackUpOperationFailedV2", P, "snapshot-status", "shut down inside the guest"),
    Scenario("vm-dw-01", "UserErrorUnsupportedDiskSize",
             "UserErrorUnsupportedDiskSize", P, "disk-size", "8192 GB data disk"),
    Scenario("vm-app-02", "UserErrorBackupOperationInProgress",
             "UserErrorBackupOperationInProgress", P, "backup-in-progress",
             "yesterday's backup still running"),
    Scenario("vm-dc-01", None, HEALTH_CHECK, "healthy", None, "healthy"),
    Scenario("vm-web-01", None, HEALTH_CHECK, "healthy", None,
             "healthy (RPC source id in lower case)"),
    Scenario("vm-app-03", None, HEALTH_CHECK, "healthy", None,
             "healthy (failed 5 days ago, recovered)"),
    Scenario("vm-ops-01", 400219,
             "UserErrorGuestAgentStatusUnavailable", P, "agent-unresponsive",
             "numeric code, no symbol"),
    Scenario("vm-sql-02", None, HEALTH_CHECK, "healthy", None,
             "healthy, 16 restore points (rp-collection-limit warns)"),
    Scenario("vm-dev-01", "BackUpOperationFailed",
             "BackUpOperationFailed", P, "rp-lock", "subscription lock"),
    Scenario("vm-test-02", None, HEALTH_CHECK, P, "rp-lock",
             "backups fine; the inherited subscription lock is found"),
    Scenario("vm-jump-01", None, HEALTH_CHECK, "healthy", None,
             "not protected (a user-made restore point collection)"),
    Scenario("vm-old-01", "UserErrorVmNotFoundV2",
             "UserErrorVmNotFoundV2", P, "vm-deleted", "deleted while protected"),
    Scenario("vm-app-04", "UserErrorFsFreezeFailed", HEALTH_CHECK, "inconclusive", None,
             "CompletedWithWarnings (FsFreeze)"),
    Scenario("vm-legacy-01", None, HEALTH_CHECK, "inconclusive", None, "protection stopped"),
)
# fmt: on

BY_VM: dict[str, Scenario] = {scenario.vm: scenario for scenario in SCENARIOS}
"""The scenarios by VM name."""

SEEDED: tuple[Scenario, ...] = tuple(scenario for scenario in SCENARIOS if scenario.seeded)
"""The VMs that play a seed document error code, in table order."""
