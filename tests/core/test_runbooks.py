"""Runbooks: recognised from symbolic or numeric codes, causes in the documented order."""

from __future__ import annotations

import pytest

from core.diagnosis.causes import CAUSES
from core.diagnosis.checks import CHECKS
from core.diagnosis.runbooks import HEALTH_CHECK, RUNBOOKS, runbook_for

SEED_ORDER = {
    "UserErrorGuestAgentStatusUnavailable": [
        "agent-unresponsive",
        "agent-outdated",
        "snapshot-status",
        "extension-failed",
        "no-internet",
    ],
    "GuestAgentSnapshotTaskStatusError": ["agent-unresponsive", "agent-outdated", "no-internet"],
    "UserErrorRpCollectionLimitReached": ["rp-lock", "rp-collection-limit"],
    "UserErrorKeyvaultPermissionsNotConfigured": ["keyvault-permissions"],
    "ExtensionSnapshotFailedNoNetwork": ["snapshot-status", "extension-failed", "no-internet"],
    "ExtensionOperationFailedForManagedDisks": [
        "snapshot-status",
        "extension-failed",
        "agent-unresponsive",
        "agent-outdated",
    ],
    "BackUpOperationFailed": [
        "agent-unresponsive",
        "agent-outdated",
        "snapshot-status",
        "extension-failed",
        "rp-lock",
        "no-internet",
    ],
    "BackUpOperationFailedV2": [
        "agent-unresponsive",
        "agent-outdated",
        "snapshot-status",
        "extension-failed",
        "rp-lock",
        "no-internet",
    ],
    "UserErrorUnsupportedDiskSize": ["disk-size"],
    "UserErrorBackupOperationInProgress": ["backup-in-progress"],
}


@pytest.mark.parametrize(("code", "causes"), SEED_ORDER.items())
def test_each_seed_code_checks_its_causes_in_document_order(code: str, causes: list[str]) -> None:
    assert list(runbook_for(code).causes) == causes


def test_every_cause_has_a_check_guidance_and_titled_links() -> None:
    from core.diagnosis.causes import LINK_TITLES

    assert set(CHECKS) == set(CAUSES)
    for cause in CAUSES.values():
        assert cause.title and cause.guidance and cause.links
        assert all(LINK_TITLES.get(link) for link in cause.links), cause.id


@pytest.mark.parametrize(
    "spelling",
    [
        "ExtentionOperationFailedForManagedDisks",
        "extensionoperationfailedformanageddisks",
        "ExtentionOperationFailed",
    ],
)
def test_extension_code_spellings_share_one_runbook(spelling: str) -> None:
    assert runbook_for(spelling).code == "ExtensionOperationFailedForManagedDisks"


@pytest.mark.parametrize("runbook", RUNBOOKS, ids=lambda r: r.code)
def test_numeric_code_is_recognised_from_the_documented_message(runbook: object) -> None:
    from core.diagnosis.runbooks import Runbook

    assert isinstance(runbook, Runbook)
    found = runbook_for("400219", f"{runbook.message}.")
    assert found.causes == runbook.causes


def test_symbolic_name_quoted_in_the_message_is_recognised() -> None:
    text = "Backup failed (UserErrorRpCollectionLimitReached). Remove the lock and retry."
    assert runbook_for("", text).code == "UserErrorRpCollectionLimitReached"


def test_unknown_code_gets_the_health_check_over_every_cause() -> None:
    found = runbook_for("UserErrorSomethingElse", "An unrelated failure")
    assert found.code == HEALTH_CHECK
    assert list(found.causes) == [c for c in CAUSES if c != "vm-deleted"]
