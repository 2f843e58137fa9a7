"""The error catalog: every documented code is recognised, by name, number, title or message."""

from __future__ import annotations

import pytest

from core.diagnosis.catalog import CATALOG, CatalogEntry, catalog_entry_for, entry_for, words
from core.diagnosis.runbooks import HEALTH_CHECK, RUNBOOKS, runbook_for

UNKNOWN_NUMBER = 499999  # no catalog entry has it: the title or message must decide

# Documented texts that are word for word another, earlier code's text: a text alone cannot
# tell them apart, so it resolves to the earlier code (the Learn article's, or the older one).
SHARED_TEXT = {
    "BackUpOperationFailedV2": "BackUpOperationFailed",
    "VmNotInDesirableState": "UserErrorVmNotInDesirableState",
    "ExtensionOperationFailed": "ExtensionOperationFailedForManagedDisks",
    "SystemBackupOperationInProgress": "UserErrorBackupOperationInProgress",
    "ExtensionFailedOutOfMemoryError": "ExtensionInstallationFailedCOM",
}

GENERIC = {"ResourceNotFound", "OperationNotAllowed", "InternalError"}
WITH_TEXT = [e for e in CATALOG if e.message]
WITH_NUMBER = [e for e in CATALOG if e.numbers]


def _id(entry: CatalogEntry) -> str:
    return entry.code


def _by_text(entry: CatalogEntry) -> str:
    """The code a text of ``entry`` must resolve to."""
    return SHARED_TEXT.get(entry.code, entry.code)


def test_the_catalog_holds_every_part_1_row_and_the_appendix_codes() -> None:
    sections = [e.section for e in CATALOG]
    assert len(CATALOG) == 105
    assert sections.count("1-A") + sections.count("1-B") + sections.count("1-C") == 50
    assert sections.count("1-D") == 50
    assert sections.count("A") == 5


@pytest.mark.parametrize("entry", CATALOG, ids=_id)
def test_every_code_is_recognised_by_its_name_in_any_case(entry: CatalogEntry) -> None:
    for name in entry.names:
        assert entry_for(name) is entry
        assert entry_for(f"  {name.lower()} ") is entry
        assert entry_for(name.upper(), "Snapshot operation failed due to COM+ error") is entry


@pytest.mark.parametrize("entry", CATALOG, ids=_id)
def test_an_integer_code_with_the_name_in_the_error_title_is_recognised(
    entry: CatalogEntry,
) -> None:
    # A real job: errorCode is a number, errorString a message, errorTitle the symbolic name.
    assert entry_for(UNKNOWN_NUMBER, "Some wording we have never seen.", entry.code) is entry
    assert entry_for(str(UNKNOWN_NUMBER), "", entry.code) is entry
    if entry.code not in GENERIC:  # a generic ARM name counts only as the whole title
        assert entry_for(str(UNKNOWN_NUMBER), f"Backup failed ({entry.code}).") is entry


@pytest.mark.parametrize("entry", WITH_NUMBER, ids=_id)
def test_a_known_number_is_recognised_and_beats_the_message(entry: CatalogEntry) -> None:
    other = next(e for e in WITH_TEXT if e is not entry)
    for number in entry.numbers:
        assert entry_for(number) is entry
        assert entry_for(str(number)) is entry
        assert entry_for(f" {number} ", other.message) is entry


def test_the_documented_numbers_are_known() -> None:
    assert entry_for(320001).code == "ResourceNotFound"  # type: ignore[union-attr]
    assert entry_for(400094).code == "BCMV2VMNotFound"  # type: ignore[union-attr]
    assert entry_for(380008).code == "AzureVmOffline"  # type: ignore[union-attr]


def test_no_two_entries_share_a_number_or_a_name() -> None:
    numbers = [n for e in CATALOG for n in e.numbers]
    names = [n for e in CATALOG for n in {name.lower() for name in e.names}]
    assert len(numbers) == len(set(numbers))
    assert len(names) == len(set(names))


@pytest.mark.parametrize("entry", WITH_TEXT, ids=_id)
def test_every_message_maps_back_to_its_own_entry(entry: CatalogEntry) -> None:
    for text in entry.texts:
        found = entry_for(UNKNOWN_NUMBER, text)
        assert found is not None
        assert found.code == _by_text(entry)


def test_only_word_for_word_identical_texts_share_an_entry() -> None:
    for code, earlier in SHARED_TEXT.items():
        mine = next(e for e in CATALOG if e.code == code)
        theirs = next(e for e in CATALOG if e.code == earlier)
        assert words(mine.message) == words(theirs.message)
        assert CATALOG.index(theirs) < CATALOG.index(mine)


def _service_wording(message: str) -> str:
    """How the service tends to reword a documented message: case, articles, "is", a tail."""
    said = message.rstrip(".").replace("Azure Backup", "the Azure Backup Service")
    return f"Error: {said.upper()}. Please retry the operation."


@pytest.mark.parametrize("entry", WITH_TEXT, ids=_id)
def test_every_message_is_recognised_in_the_service_wording(entry: CatalogEntry) -> None:
    found = entry_for(UNKNOWN_NUMBER, "", _service_wording(entry.message))
    assert found is not None
    assert found.code == _by_text(entry)


@pytest.mark.parametrize(
    ("said", "code"),
    [
        (
            "VM agent is unable to communicate with the Azure Backup Service.",
            "UserErrorGuestAgentStatusUnavailable",
        ),
        (
            "The VM is not in a state that allows backups.",
            "UserErrorVmNotInDesirableState",
        ),
        (
            "Backup doesn’t have sufficient permissions to the key vault for backup of encrypted VMs.",
            "UserErrorKeyvaultPermissionsNotConfigured",
        ),
        (
            "Currently Azure Backup does not support disk sizes greater than 4095GB.",
            "UserErrorUnsupportedDiskSize",
        ),
        ("Could not perform the operation as the VM no longer exists.", "ResourceNotFound"),
    ],
)
def test_real_service_wordings_are_recognised(said: str, code: str) -> None:
    assert entry_for(UNKNOWN_NUMBER, said).code == code  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("said", "code"),
    [
        (
            "VMSnapshot extension operation failed. Snapshot operation failed due to no network"
            " connectivity on the virtual machine.",
            "ExtensionSnapshotFailedNoNetwork",
        ),
        (
            "Backup failed due to an error. For details, see Job Error Message Details."
            " Snapshot operation failed because VSS writers were in a bad state.",
            "ExtensionFailedVssWriterInBadState",
        ),
        (
            "The backup failed because the virtual machine does not exist.",
            "UserErrorVmNotFoundV2",
        ),
        (
            "Unable to initiate restore as another restore operation is currently in progress.",
            "UserErrorRestoreOperationInProgress",
        ),
    ],
)
def test_a_specific_message_wins_over_a_generic_one(said: str, code: str) -> None:
    assert entry_for(UNKNOWN_NUMBER, said).code == code  # type: ignore[union-attr]
    assert entry_for(UNKNOWN_NUMBER, "VMSnapshot extension operation failed", said).code == code  # type: ignore[union-attr]


def test_a_name_counts_as_a_whole_word_only() -> None:
    assert entry_for(UNKNOWN_NUMBER, "", "BackUpOperationFailedV2").code == (  # type: ignore[union-attr]
        "BackUpOperationFailedV2"
    )
    assert entry_for(UNKNOWN_NUMBER, "", "XBackUpOperationFailed") is None


def test_generic_arm_names_count_only_as_the_whole_title() -> None:
    assert entry_for(UNKNOWN_NUMBER, "", "InternalError").code == "InternalError"  # type: ignore[union-attr]
    assert entry_for(UNKNOWN_NUMBER, "", "InternalOperationError").code == "InternalError"  # type: ignore[union-attr]
    assert entry_for(UNKNOWN_NUMBER, "The ResourceNotFound page of the wiki") is None


def test_words_of_a_message_far_apart_do_not_match() -> None:
    scattered = "Command was sent to the VM, its execution took long and then the upload failed."
    assert entry_for(UNKNOWN_NUMBER, scattered) is None
    assert entry_for(UNKNOWN_NUMBER, "Command execution failed.").code == (  # type: ignore[union-attr]
        "ExtensionOperationInProgress"
    )


def test_nothing_documented_gives_none() -> None:
    assert entry_for(UNKNOWN_NUMBER, "An unrelated failure") is None
    assert entry_for("UserErrorSomethingElse") is None
    assert entry_for("", "", "") is None
    assert catalog_entry_for("320001") is entry_for("320001")


@pytest.mark.parametrize("entry", CATALOG, ids=_id)
def test_every_entry_links_learn_and_says_why_and_what_to_do(entry: CatalogEntry) -> None:
    assert entry.doc.startswith("https://learn.microsoft.com/azure/")
    assert entry.title
    assert entry.causes
    assert entry.actions
    assert all(s.strip() and s[0].isupper() for s in (*entry.causes, *entry.actions))


@pytest.mark.parametrize("runbook", RUNBOOKS, ids=lambda r: r.code)
def test_seed_codes_reach_their_runbook_by_number_and_title(runbook: object) -> None:
    from core.diagnosis.runbooks import Runbook

    assert isinstance(runbook, Runbook)
    found = runbook_for(str(UNKNOWN_NUMBER), "A wording we have never seen.", runbook.code)
    assert found is runbook


def test_seed_codes_reach_their_runbook_by_the_service_wording() -> None:
    said = "VM agent is unable to communicate with the Azure Backup Service."
    assert runbook_for("400219", said).code == "UserErrorGuestAgentStatusUnavailable"
    spelled = runbook_for("", "", "UserErrorKeyVaultPermissionsNotConfigured")
    assert spelled.code == "UserErrorKeyvaultPermissionsNotConfigured"


def test_a_catalog_code_without_a_runbook_still_gets_the_health_check() -> None:
    assert runbook_for("400001", "", "UserErrorBCMPremiumStorageQuotaError").code == HEALTH_CHECK
    assert runbook_for("UserErrorSkuNotAvailable").code == HEALTH_CHECK


def test_a_deleted_vm_code_gets_its_own_runbook_by_title_and_by_number() -> None:
    # Real jobs: errorCode 400136 with errorTitle UserErrorVmNotFoundV2; 320001 is documented.
    assert runbook_for("400136", "", "UserErrorVmNotFoundV2").causes == ("vm-deleted",)
    assert runbook_for("320001").causes == ("vm-deleted",)
