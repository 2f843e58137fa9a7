"""The evidence the checks read, fetched concurrently; reading a field waits for it."""

from __future__ import annotations

from concurrent.futures import Future
from datetime import UTC, datetime
from typing import Any, TypeVar

from core.errors import BackupDoctorError
from core.i18n import QT_TRANSLATE_NOOP
from core.model import (
    ActivityEvent,
    BackupJob,
    BackupPolicy,
    KeyVaultAccess,
    Lock,
    ProtectedVm,
    ResourceGroup,
    RestorePointCollection,
    Route,
    SecurityRule,
    VirtualMachine,
    VmExtension,
)

T = TypeVar("T")

FIELDS = (
    "vm",
    "extensions",
    "jobs",
    "job",
    "context_job",
    "protected_item",
    "policy",
    "collections",
    "resource_groups",
    "locks",
    "security_rules",
    "routes",
    "key_vaults",
    "backup_principal",
    "power_events",
)


def done(value: Any) -> Future[Any]:
    """A future that already holds ``value``."""
    future: Future[Any] = Future()
    future.set_result(value)
    return future


class Evidence:
    """Everything a check may read about one VM.

    Each field is backed by a future; reading it waits for the read to finish. A read that
    failed gives None and records its error in ``errors[field]``, so a check can answer
    "unknown" and say why instead of failing the whole diagnosis.
    """

    def __init__(
        self,
        futures: dict[str, Future[Any]],
        *,
        now: datetime | None = None,
        runbook_code: str = "",
    ) -> None:
        unknown = set(futures) - set(FIELDS)
        if unknown:
            raise ValueError(f"unknown evidence fields: {sorted(unknown)}")
        self._futures = futures
        self.now = now or datetime.now(UTC)
        self.runbook_code = runbook_code
        self.errors: dict[str, BackupDoctorError] = {}
        self.vm_gone = False
        """True when the VM a backup item names no longer exists (see mark_vm_gone)."""

    def _get(self, name: str) -> Any:
        future = self._futures.get(name)
        if future is None:
            return None
        try:
            return future.result()
        except BackupDoctorError as exc:
            self.errors[name] = exc
            return None
        except Exception as exc:  # not a read error: a bug while deriving the evidence
            self.errors[name] = BackupDoctorError(
                QT_TRANSLATE_NOOP(
                    "CoreErrors", "Backup Doctor failed to work out this evidence (a bug)."
                ),
                f"{type(exc).__name__}: {exc}",
            )
            return None

    def failure(self, name: str) -> BackupDoctorError | None:
        """The error that kept ``name`` from being read (None when it was read or not asked)."""
        self._get(name)
        return self.errors.get(name)

    def cancel_pending(self) -> None:
        """Cancel the reads that have not started (a stopped diagnosis needs none of them)."""
        for future in self._futures.values():
            future.cancel()

    def mark_vm_gone(self, stand_in: VirtualMachine) -> None:
        """Azure says the VM does not exist: checks read ``stand_in`` and see ``vm_gone``."""
        self._futures["vm"] = done(stand_in)
        self.vm_gone = True

    @property
    def vm(self) -> VirtualMachine:
        """The VM with its instance view (always present: without it there is no diagnosis)."""
        vm: VirtualMachine = self._futures["vm"].result()
        return vm

    @property
    def extensions(self) -> tuple[VmExtension, ...] | None:
        """The VM's extension resources."""
        return _tuple(self._get("extensions"))

    @property
    def jobs(self) -> tuple[BackupJob, ...] | None:
        """This VM's recent jobs across the subscription's vaults, newest first."""
        return _tuple(self._get("jobs"))

    @property
    def job(self) -> BackupJob | None:
        """The failed job being diagnosed, with details; None for a health check."""
        job: BackupJob | None = self._get("job")
        return job

    @property
    def context_job(self) -> BackupJob | None:
        """An older failure that a later successful backup superseded."""
        job: BackupJob | None = self._get("context_job")
        return job

    @property
    def protected_item(self) -> ProtectedVm | None:
        """The backup item of this VM, or None when it is not protected."""
        item: ProtectedVm | None = self._get("protected_item")
        return item

    @property
    def policy(self) -> BackupPolicy | None:
        """The backup policy of the item."""
        policy: BackupPolicy | None = self._get("policy")
        return policy

    @property
    def collections(self) -> tuple[RestorePointCollection, ...] | None:
        """The VM's restore point collections, with their restore points."""
        return _tuple(self._get("collections"))

    @property
    def resource_groups(self) -> tuple[ResourceGroup, ...] | None:
        """The resource groups of the VM's subscription."""
        return _tuple(self._get("resource_groups"))

    @property
    def locks(self) -> tuple[Lock, ...] | None:
        """Every lock in the VM's subscription."""
        return _tuple(self._get("locks"))

    @property
    def security_rules(self) -> tuple[SecurityRule, ...] | None:
        """Effective NSG rules of the VM's NICs."""
        return _tuple(self._get("security_rules"))

    @property
    def routes(self) -> tuple[Route, ...] | None:
        """Effective routes of the VM's NICs."""
        return _tuple(self._get("routes"))

    @property
    def key_vaults(self) -> tuple[KeyVaultAccess, ...] | None:
        """The key vaults that hold the VM's disk encryption keys."""
        return _tuple(self._get("key_vaults"))

    @property
    def backup_principal(self) -> str | None:
        """The tenant's object id of Backup Management Service (None: not read, or none)."""
        principal: str | None = self._get("backup_principal")
        return principal

    @property
    def power_events(self) -> tuple[ActivityEvent, ...] | None:
        """Power operations done to the VM through Azure (start, powerOff, deallocate…)."""
        return _tuple(self._get("power_events"))


def _tuple(value: Any) -> tuple[Any, ...] | None:
    return None if value is None else tuple(value)
