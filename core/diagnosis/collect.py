"""Start every read a diagnosis needs at once, as chains of dependent requests.

A chain runs on ``gateway.chains`` and waits only for leaf reads on ``gateway.pool`` or for
chains submitted before it (the executors start work in order, so those are already
running); fields derived from a chain are futures completed by callbacks. Nothing waits for
work queued after it, so a full executor cannot starve itself.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from contextlib import suppress
from dataclasses import dataclass
from itertools import chain
from typing import Any, TypeAlias, TypeVar

from core.azure.gateway import Gateway
from core.diagnosis.evidence import Evidence
from core.diagnosis.jobs import choose_job
from core.errors import BackupDoctorError
from core.futures import flatten, then
from core.ids import parse_id
from core.model import (
    BACKUP_MANAGEMENT_SERVICE_APP_ID,
    ActivityEvent,
    BackupJob,
    BackupPolicy,
    KeyVaultAccess,
    ProtectedVm,
)


def _parallel(gateway: Gateway, fn: Any, items: list[Any]) -> list[Any]:
    return list(gateway.pool.map(fn, items))


R = TypeVar("R")
Read: TypeAlias = R | BackupDoctorError
"""A read's result, or the BackupDoctorError that kept it from being read."""


def _attempt(read: Callable[[], R]) -> Read[R]:
    """The result of ``read()``, or the BackupDoctorError that kept it from being read."""
    try:
        return read()
    except BackupDoctorError as exc:
        return exc


@dataclass(frozen=True)
class JobFacts:
    """The VM's backup item, policy, jobs and the job to diagnose, each read on its own.

    Each is a result or the error that kept it from being read, so one unreadable vault, or
    job details that fail, cost only what depends on them.
    """

    item: Read[ProtectedVm | None]
    jobs: Read[list[BackupJob]]
    job: Read[BackupJob | None]
    context: Read[BackupJob | None]
    policy: Future[BackupPolicy] | None


def _job_facts(gateway: Gateway, vm_id: str) -> JobFacts:
    """Read the VM's job facts (see JobFacts)."""
    from core import queries

    item = _attempt(lambda: queries.protected_item(gateway, vm_id))
    policy: Future[BackupPolicy] | None = None
    if isinstance(item, ProtectedVm) and item.policy_id:
        policy = gateway.pool.submit(gateway.policy, item.policy_id)
    read = _attempt(lambda: queries.vm_jobs_read(gateway, vm_id))
    if isinstance(read, BackupDoctorError):
        return JobFacts(item, read, read, read, policy)
    jobs, failed = read
    choice = choose_job(jobs)
    target = choice.target
    if target is None and failed:
        # An unread vault may hold the newest failure: without it, "no failed backup" is
        # unknown, and so is whether a backup is running there.
        return JobFacts(item, failed[0], failed[0], failed[0], policy)
    if target is not None:
        # If the details fail, the listed job still has its error code and message.
        with suppress(BackupDoctorError):
            target = gateway.job(target.id)
    # A failure found in the vaults read is diagnosed; the unread vaults still make the
    # job list (and the "backup in progress" step) unknown.
    return JobFacts(item, failed[0] if failed else jobs, target, choice.context, policy)


def _value(value: Read[R]) -> R:
    """A job fact, or raise the error that kept it from being read."""
    if isinstance(value, BackupDoctorError):
        raise value
    return value


def _key_vaults(gateway: Gateway, vm_f: Future[Any], ext_f: Future[Any]) -> list[KeyVaultAccess]:
    from core.diagnosis.checks import encryption_vaults

    ids = encryption_vaults(Evidence({"vm": vm_f, "extensions": ext_f}))
    return _parallel(gateway, gateway.key_vault, ids)


def _backup_principal(gateway: Gateway, vm_f: Future[Any], ext_f: Future[Any]) -> str | None:
    """Backup Management Service's object id, read from Graph only for an encrypted VM."""
    from core.diagnosis.checks import encryption_vaults

    if not encryption_vaults(Evidence({"vm": vm_f, "extensions": ext_f})):
        return None
    return gateway.service_principal_id(BACKUP_MANAGEMENT_SERVICE_APP_ID)


POWER_ACTIONS = frozenset({"start", "restart", "poweroff", "deallocate", "redeploy", "reimage"})


def _power_events(gateway: Gateway, vm_id: str, vm_f: Future[Any]) -> list[ActivityEvent]:
    """The VM's power operations through Azure, read only when it is stopped (allocated)."""
    if vm_f.result().power_state.lower() != "stopped":
        return []
    return [e for e in gateway.activity_log(vm_id) if e.action in POWER_ACTIONS]


def _nic_reads(gateway: Gateway, nics_f: Future[tuple[str, ...]], read: Any) -> list[Any]:
    return list(chain.from_iterable(_parallel(gateway, read, list(nics_f.result()))))


def _nic_ids(gateway: Gateway, vm_id: str, vm_f: Future[Any]) -> tuple[str, ...]:
    """The VM's NICs from the subscription's VM list (read once for all VMs), else the VM."""
    try:
        listed = gateway.listed_vm(vm_id)
    except BackupDoctorError:
        listed = None
    nics: tuple[str, ...] = listed.nic_ids if listed else vm_f.result().nic_ids
    return nics


def collect(gateway: Gateway, vm_id: str) -> Evidence:
    """Start all reads for ``vm_id`` at once and return the evidence they will fill.

    Each evidence field waits only for its own chain of requests, so the runbook can be
    chosen as soon as the jobs are read while the other reads are still under way.
    """
    sub = parse_id(vm_id).subscription_id
    pool, chains = gateway.pool, gateway.chains
    vm_f = pool.submit(gateway.vm, vm_id)
    ext_f = pool.submit(gateway.vm_extensions, vm_id)
    facts_f = chains.submit(_job_facts, gateway, vm_id)
    nics_f = chains.submit(_nic_ids, gateway, vm_id, vm_f)

    def part(pick: Callable[[JobFacts], Any]) -> Future[Any]:
        return then(facts_f, lambda facts: _value(pick(facts)))

    futures: dict[str, Future[Any]] = {
        "vm": vm_f,
        "extensions": ext_f,
        "jobs": part(lambda f: f.jobs),
        "job": part(lambda f: f.job),
        "context_job": part(lambda f: f.context),
        "protected_item": part(lambda f: f.item),
        "policy": flatten(part(lambda f: f.policy)),
        "collections": chains.submit(gateway.vm_restore_point_collections, vm_id),
        "resource_groups": pool.submit(gateway.resource_groups, sub),
        "locks": pool.submit(gateway.locks, sub),
        "security_rules": chains.submit(
            _nic_reads, gateway, nics_f, gateway.effective_security_rules
        ),
        "routes": chains.submit(_nic_reads, gateway, nics_f, gateway.effective_routes),
        "key_vaults": chains.submit(_key_vaults, gateway, vm_f, ext_f),
        "backup_principal": chains.submit(_backup_principal, gateway, vm_f, ext_f),
        "power_events": chains.submit(_power_events, gateway, vm_id, vm_f),
    }
    return Evidence(futures, now=gateway.now())
