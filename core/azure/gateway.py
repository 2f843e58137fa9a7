"""The gateway: the one place that calls the Azure SDK, returning typed core objects."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any, TypeVar

from core.activity import Activity, ActivityLog
from core.azure import convert, shape
from core.azure.clients import ClientFactory
from core.azure.errors import reading
from core.azure.memo import SingleFlight
from core.azure.polling import bounded
from core.errors import AzureError, BackupDoctorError, PermissionDeniedError
from core.i18n import QT_TRANSLATE_NOOP
from core.ids import norm_id, parse_id
from core.model import (
    ActivityEvent,
    BackupJob,
    BackupPolicy,
    KeyVaultAccess,
    Lock,
    ProtectedVm,
    Resource,
    ResourceGroup,
    RestorePointCollection,
    Route,
    SecurityRule,
    Subscription,
    Tenant,
    Vault,
    VirtualMachine,
    VmExtension,
)


def job_filter_time(moment: datetime) -> str:
    """A time as the jobs $filter takes it: '2025-01-01 02:00:00 PM' (UTC).

    Built by hand: strftime's %p follows the process locale ('ÖS' in Turkish, nothing in
    German), and the GUI runs in the user's locale.
    """
    utc = moment.astimezone(UTC)
    return f"{utc:%Y-%m-%d %I:%M:%S} {'AM' if utc.hour < 12 else 'PM'}"


T = TypeVar("T")
W = TypeVar("W")
log = logging.getLogger(__name__)

JOB_READS = frozenset({"jobs", "jobs-merged", "jobs-index"})
"""The cache keys' first parts of a vault's job-history reads (one window's worth is kept)."""

JOB_SLICE = timedelta(days=2)
"""How much of a job history one request reads (see Gateway.jobs)."""

IAAS_VM_ITEMS = "backupManagementType eq 'AzureIaasVM' and itemType eq 'VM'"


def _quietly(task: Callable[[], Any]) -> None:
    """Run a prefetch; its errors surface later, when the result is really read."""
    with suppress(BackupDoctorError):
        task()


def _json(chunks: Any) -> dict[str, Any]:
    """The JSON body of a streamed SDK call (``stream=True``).

    For the largest single reads (a VM with its instance view, a collection with its
    restore points) the SDK still sends the request, authenticates, retries and maps
    errors, but we parse the body once ourselves instead of building a model first.
    """
    try:
        data = json.loads(b"".join(chunks) or b"null")
    except ValueError:
        data = "not JSON"
    problem = shape.problem_of("/object/id", data)
    if problem:
        raise shape.UnexpectedAnswerError(
            shape.UNEXPECTED_ANSWER, f"HTTP 200 with {problem}", status=200
        )
    result: dict[str, Any] = data
    return result


def _each(parse: Callable[[Any], T]) -> Callable[[Iterable[Any]], list[T]]:
    """Parse every item of a list answer, leaving out (and logging) items that do not parse.

    One odd object in a listing (no id, a property of an unexpected type) must not hide the
    others; a single GET that does not parse still fails the read, as a core error.
    """

    def parse_all(items: Iterable[Any]) -> list[T]:
        parsed: list[T] = []
        for item in items:
            try:
                parsed.append(parse(item))
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                log.warning("left out an ARM object that does not parse: %s (%r)", exc, item)
        return parsed

    return parse_all


def _list_raw(
    client: Any, path: str, params: dict[str, str], api_version: str | None = None
) -> list[dict[str, Any]]:
    """A list read through the client's own pipeline, as raw JSON items, following nextLink.

    For the busiest listing (a vault's job history, read in parallel slices) this skips
    building an SDK model per job only to read it back as JSON: authentication, retries,
    the api-version and ARM error mapping stay the SDK's (``send_request``).
    """
    from azure.core.exceptions import HttpResponseError
    from azure.core.rest import HttpRequest
    from azure.mgmt.core.exceptions import ARMErrorFormat

    api_version = api_version or getattr(getattr(client, "_config", None), "api_version", None)
    request = HttpRequest("GET", path, params={**params, "api-version": api_version or ""})
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    while True:
        response = client.send_request(request)
        if response.status_code >= 400:
            raise HttpResponseError(response=response, error_format=ARMErrorFormat)
        try:
            body = response.json()
        except ValueError:
            body = "not JSON"
        problem = shape.problem_of("/list", body)
        if problem:
            raise shape.UnexpectedAnswerError(
                shape.UNEXPECTED_ANSWER, f"GET {request.url}: HTTP 200 with {problem}", status=200
            )
        items += [i for i in body["value"] if isinstance(i, dict)]
        next_link = body.get("nextLink")
        if not next_link:
            return items
        _check_next(seen, str(next_link), path)
        request = HttpRequest("GET", next_link)


def _listed(raw: dict[str, Any], target: str) -> dict[str, Any]:
    """A long-running operation's list result, refused when it is not one."""
    problem = shape.problem_of("/list", raw)
    if problem:
        raise shape.UnexpectedAnswerError(
            shape.UNEXPECTED_ANSWER, f"{target}: result with {problem}", status=200
        )
    return raw


RESET_ATTEMPTS = 3
"""Tries of a read whose connection breaks while its (streamed) body comes in."""


def _again_on_reset(read: Callable[[], T]) -> Callable[[], T]:
    """``read``, tried again when the connection breaks mid-body.

    The SDK's retry policy covers a reset before the answer; a streamed body (a VM with its
    instance view, a long-running operation's first answer) is read after it.
    """

    def attempt() -> T:
        from azure.core.exceptions import IncompleteReadError, ServiceResponseError

        for left in range(RESET_ATTEMPTS - 1, -1, -1):
            try:
                return read()
            except (IncompleteReadError, ServiceResponseError):
                if left == 0:
                    raise
        raise AssertionError("unreachable")

    return attempt


def _sorted(parse: Callable[[Any], list[T]], key: Callable[[T], Any]) -> Callable[[Any], list[T]]:
    """``parse``, its result sorted by ``key`` once inside the cached read.

    Lists every VM of an estate asks for (the subscription's VMs, a vault's items) are
    sorted once per read, not once per asking VM; callers get a copy of the sorted list.
    """
    return lambda raw: sorted(parse(raw), key=key)


def _job_filter(since: datetime, until: datetime, status: str | None, operation: str | None) -> str:
    """The jobs ``$filter`` of one slice (also the slice's cache key)."""
    clauses = ["backupManagementType eq 'AzureIaasVM'"]
    if operation:
        clauses.append(f"operation eq '{operation}'")
    if status:
        clauses.append(f"status eq '{status}'")
    clauses.append(f"startTime eq '{job_filter_time(since)}'")
    clauses.append(f"endTime eq '{job_filter_time(until)}'")
    return " and ".join(clauses)


def _same(value: T) -> T:
    """The wire data as it is (a read whose caller parses it)."""
    return value


def _checked_key_vault(raw: dict[str, Any]) -> dict[str, Any]:
    """A key vault's wire data, refused when it says nothing about access (no properties)."""
    convert.key_vault(raw)
    return raw


MAX_PAGES = 1000
"""At most this many pages per listing: a listing that never ends is an error, not a hang."""


class PagingError(AzureError):
    """A listing whose nextLink loops back to an earlier page, or that never ends."""


PAGING_LOOP = QT_TRANSLATE_NOOP(
    "CoreErrors",
    "Azure's list answer never ended (its next-page link repeats), so it was not read to the end. Try again later.",
)


def _check_next(seen: set[str], next_link: str | None, url: str) -> None:
    """Raise when ``next_link`` was followed before, or the page limit is reached."""
    if not next_link:
        return
    if next_link in seen:
        raise PagingError(PAGING_LOOP, f"{url}: nextLink {next_link} was already followed")
    if len(seen) >= MAX_PAGES:
        raise PagingError(PAGING_LOOP, f"{url}: more than {MAX_PAGES} pages")
    seen.add(next_link)


def _wires(items: Iterable[Any]) -> list[dict[str, Any]]:
    """Every item of an SDK listing as wire data, following pages with a loop guard."""
    by_page = getattr(items, "by_page", None)
    if by_page is None:
        return [convert.wire(i) for i in items]
    pages = by_page()
    seen: set[str] = set()
    found: list[dict[str, Any]] = []
    for page in pages:
        found += [convert.wire(i) for i in page]
        _check_next(seen, getattr(pages, "continuation_token", None), "listing")
    return found


class Gateway:
    """Reads subscriptions, vaults, VMs, jobs, locks and restore points through the SDK.

    Results are cached per request (``refresh()`` forgets them), concurrent identical reads
    share one request, and ``pool`` runs independent reads in parallel. Work that waits on
    other reads (a chain such as vaults -> jobs) runs on ``chains``, never on ``pool``, so
    waiting never starves the reads it waits for. ``now`` is the clock used for time
    windows: the wall clock live, ``capturedAt`` for a snapshot.
    """

    def __init__(
        self,
        clients: ClientFactory,
        *,
        now: Callable[[], datetime] | None = None,
        max_workers: int = 128,
        activity: ActivityLog | None = None,
        label: str = "",
    ) -> None:
        self.clients = clients
        self.now = now or (lambda: datetime.now(UTC))
        self.activity = activity or ActivityLog()
        self.label = label
        """What this gateway reads from: 'Demo tenant', a snapshot file name, or 'Azure'."""
        self.router: Any = None
        """The emulator's router when reading a snapshot (its request log, faults)."""
        self.only_subscriptions: set[str] = set()
        """Lower-case subscription ids to keep (empty: every visible subscription)."""
        self.pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="arm")
        # Chains mostly wait; up to two per read worker keeps a diagnosis of many VMs from
        # queueing its chains behind each other (threads start only when needed).
        self.chains = ThreadPoolExecutor(max_workers=2 * max_workers, thread_name_prefix="chain")
        self._memo = SingleFlight()
        self._windows: dict[tuple[str, str | None, str | None, timedelta], list[Any]] = {}
        self._windows_lock = threading.Lock()
        self._no_subscription_locks: set[str] = set()

    def close(self) -> None:
        """Stop the worker threads."""
        self.chains.shutdown(wait=False, cancel_futures=True)
        self.pool.shutdown(wait=False, cancel_futures=True)

    def refresh(self) -> None:
        """Forget cached results so the next reads go to Azure again."""
        self._memo.clear()
        self._no_subscription_locks.clear()

    def _read(
        self,
        key: tuple[Any, ...],
        target: str,
        fn: Callable[[], W],
        parse: Callable[[W], T],
    ) -> T:
        """Read once per key (see SingleFlight), record the activity, cache the parsed result.

        ``parse`` turns the wire data into core objects inside the cached call, so many
        readers of one result (every VM of a vault reading its jobs) do not convert it again.
        """

        def call() -> T:
            started, clock = datetime.now(UTC), time.perf_counter()
            shape.take_request_ids()
            try:
                with reading(target):
                    result = parse(fn())
            except BackupDoctorError as exc:
                seconds = time.perf_counter() - clock
                self.activity.record(
                    Activity(started, seconds, str(key[0]), target, False, exc.message)
                )
                log.info(
                    "read %s %s failed in %.0f ms (%s): %s | %s",
                    key[0],
                    target,
                    seconds * 1000,
                    ", ".join(shape.take_request_ids()),
                    exc.message,
                    exc.detail,
                )
                raise
            seconds = time.perf_counter() - clock
            self.activity.record(Activity(started, seconds, str(key[0]), target, True))
            log.info(
                "read %s %s ok in %.0f ms (%s)",
                key[0],
                target,
                seconds * 1000,
                ", ".join(shape.take_request_ids()),
            )
            return result

        return self._memo.get(key, call)

    def _indexed(
        self, name: str, scope: str, read: Callable[[], list[T]], key: Callable[[T], str]
    ) -> dict[str, list[T]]:
        """The listing ``read()`` returns, grouped by ``key`` (normalised ids), built once.

        Many VMs asking "which of these is mine" share one pass instead of one scan each.
        The listing is read inside the cached build, so an index is never made from data
        older than the cache it lives in (``refresh()`` forgets both).
        """

        def build() -> dict[str, list[T]]:
            index: dict[str, list[T]] = {}
            for item in read():
                index.setdefault(norm_id(key(item)), []).append(item)
            return index

        found: dict[str, list[T]] = self._memo.get(("index", name, scope), build)
        return found

    def protected_vm_of(self, vault_id: str, vm_id: str) -> ProtectedVm | None:
        """The vault's backup item of ``vm_id``, or None (an index over the vault's items)."""
        found = self._indexed(
            "items-by-vm",
            norm_id(vault_id),
            lambda: self.protected_vms(vault_id),
            lambda i: i.vm_id,
        )
        mine = found.get(norm_id(vm_id))
        return mine[0] if mine else None

    def listed_vm(self, vm_id: str) -> VirtualMachine | None:
        """The VM as the subscription's VM list has it (model only), or None."""
        sub = parse_id(vm_id).subscription_id
        index = self._indexed("vms-by-id", sub.lower(), lambda: self.vms(sub), lambda v: v.id)
        found = index.get(norm_id(vm_id))
        return found[0] if found else None

    # Tenants and subscriptions -------------------------------------------------------

    def tenants(self) -> list[Tenant]:
        """The tenants the credential can see."""
        client = self.clients.subscriptions()
        tenants: list[Tenant] = self._read(
            ("tenants",), "/tenants", lambda: _wires(client.tenants.list()), _each(convert.tenant)
        )
        return tenants

    def subscriptions(self) -> list[Subscription]:
        """The subscriptions the credential can see, by name."""
        client = self.clients.subscriptions()
        raw = self._read(
            ("subscriptions",),
            "/subscriptions",
            lambda: _wires(client.subscriptions.list()),
            _each(convert.subscription),
        )
        subs: list[Subscription] = list(raw)
        if self.only_subscriptions:
            subs = [s for s in subs if s.subscription_id.lower() in self.only_subscriptions]
        return sorted(subs, key=lambda s: s.display_name.lower())

    # Resource groups and resources ---------------------------------------------------

    def resource_groups(self, subscription_id: str) -> list[ResourceGroup]:
        """The resource groups of a subscription, by name."""
        client = self.clients.resources(subscription_id)
        raw = self._read(
            ("rgs", subscription_id),
            f"/subscriptions/{subscription_id}/resourceGroups",
            lambda: _wires(client.resource_groups.list()),
            _sorted(_each(convert.resource_group), lambda g: g.name.lower()),
        )
        return list(raw)

    def resources(self, resource_group_id: str) -> list[Resource]:
        """Every resource in a resource group, hidden types included (filter with .hidden)."""
        rid = parse_id(resource_group_id)
        client = self.clients.resources(rid.subscription_id)
        raw = self._read(
            ("resources", norm_id(resource_group_id)),
            resource_group_id,
            lambda: _wires(client.resources.list_by_resource_group(rid.group)),
            _sorted(_each(convert.resource), lambda r: r.name.lower()),
        )
        return list(raw)

    # Recovery Services -----------------------------------------------------------------

    def vaults(self, subscription_id: str) -> list[Vault]:
        """The Recovery Services vaults of a subscription."""
        client = self.clients.vaults(subscription_id)
        raw = self._read(
            ("vaults", subscription_id),
            f"/subscriptions/{subscription_id}/providers/Microsoft.RecoveryServices/vaults",
            lambda: _wires(client.vaults.list_by_subscription_id()),
            _sorted(_each(convert.vault), lambda v: v.name.lower()),
        )
        return list(raw)

    def _backup(self, vault_id: str) -> tuple[Any, str, str]:
        rid = parse_id(vault_id)
        return self.clients.backup(rid.subscription_id), rid.name, rid.resource_group or ""

    def protected_vms(self, vault_id: str) -> list[ProtectedVm]:
        """The Azure VMs a vault protects."""
        client, vault, rg = self._backup(vault_id)
        raw = self._read(
            ("items", norm_id(vault_id)),
            vault_id + "/backupProtectedItems",
            lambda: _wires(client.backup_protected_items.list(vault, rg, filter=IAAS_VM_ITEMS)),
            _sorted(_each(convert.protected_vm), lambda i: i.friendly_name.lower()),
        )
        return list(raw)

    def policy(self, policy_id: str) -> BackupPolicy:
        """One backup policy."""
        rid = parse_id(policy_id)
        client = self.clients.backup(rid.subscription_id)
        vault, name = rid.names[0], rid.name
        raw: BackupPolicy = self._read(
            ("policy", norm_id(policy_id)),
            policy_id,
            lambda: convert.wire(client.protection_policies.get(vault, rid.group, name)),
            convert.policy,
        )
        return raw

    def jobs(
        self,
        vault_id: str,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        status: str | None = None,
        operation: str | None = None,
    ) -> list[BackupJob]:
        """Azure VM backup jobs of a vault that started in [since, until], newest first.

        The default window is the 14 days up to now, in whole minutes so that repeated
        reads within a minute share one request. Long windows are read as parallel slices
        of JOB_SLICE each, so a busy vault costs one round trip instead of a chain of pages.
        """
        jobs = self.jobs_of(
            [vault_id], since=since, until=until, status=status, operation=operation
        )[vault_id]
        if isinstance(jobs, BackupDoctorError):
            raise jobs
        return jobs

    def jobs_of(
        self,
        vault_ids: list[str],
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        status: str | None = None,
        operation: str | None = None,
    ) -> dict[str, list[BackupJob] | BackupDoctorError]:
        """Jobs of several vaults at once (see :meth:`jobs`), all slices in parallel.

        Each vault maps to its jobs, newest first, or to the error that kept them from being
        read, so one unreadable vault does not hide the others.
        """
        since, until = self._job_window(since, until)
        slices: list[tuple[datetime, datetime]] = []
        start = since
        while start < until:
            slices.append((start, min(start + JOB_SLICE, until)))
            start += JOB_SLICE
        epoch = datetime.min.replace(tzinfo=UTC)

        def merge_key(vault_id: str) -> tuple[Any, ...]:
            return ("jobs-merged", norm_id(vault_id), since, until, status, operation)

        def merged(vault_id: str) -> list[BackupJob]:
            def compute() -> list[BackupJob]:
                jobs: dict[str, BackupJob] = {}
                for begin, end in slices:
                    jobs.update(
                        (norm_id(j.id), j)
                        for j in self._jobs_slice(vault_id, begin, end, status, operation)
                    )
                return sorted(jobs.values(), key=lambda j: j.start_time or epoch, reverse=True)

            found: list[BackupJob] = self._memo.get(merge_key(vault_id), compute)
            return found

        for v in vault_ids:
            keys: list[Any] = [
                ("jobs", norm_id(v), _job_filter(b, e, status, operation)) for b, e in slices
            ]
            keys += [merge_key(v), ("jobs-index", norm_id(v), since, until)]
            self._remember_window(v, status, operation, until - since, keys)
        # Start every slice of every vault not merged yet at once (one round trip), then
        # merge each vault once: many VMs asking for the same vaults share one merge.
        for v in vault_ids:
            if not self._memo.has(merge_key(v)):
                for begin, end in slices:
                    self.pool.submit(
                        _quietly, partial(self._jobs_slice, v, begin, end, status, operation)
                    )
        result: dict[str, list[BackupJob] | BackupDoctorError] = {}
        for vault_id in vault_ids:
            try:
                result[vault_id] = merged(vault_id)
            except BackupDoctorError as exc:
                result[vault_id] = exc
        return result

    def _remember_window(
        self,
        vault_id: str,
        status: str | None,
        operation: str | None,
        length: timedelta,
        keys: list[Any],
    ) -> None:
        """Keep the cache keys of a vault's current job window; forget the last window's.

        Live, the window moves every minute: without this a day-long session would keep a
        copy of the job history per minute.
        """
        vault = norm_id(vault_id)
        slot = (vault, status, operation, length)
        with self._windows_lock:
            moved = self._windows.get(slot) != keys
            self._windows[slot] = keys
            current = {k for w, ks in self._windows.items() if w[0] == vault for k in ks}
        if moved:
            # Everything of this vault's job reads outside its current windows goes, late
            # prefetches of an earlier window included.
            self._memo.forget_where(
                lambda k: (
                    isinstance(k, tuple)
                    and len(k) > 1
                    and k[0] in JOB_READS
                    and k[1] == vault
                    and k not in current
                )
            )

    def _job_window(
        self, since: datetime | None, until: datetime | None
    ) -> tuple[datetime, datetime]:
        """The default window: the 14 days up to now, in whole minutes (see :meth:`jobs`)."""
        if until is None:
            until = self.now().replace(second=0, microsecond=0) + timedelta(minutes=1)
        return since or until - timedelta(days=14), until

    def jobs_by_entity(
        self, vault_ids: list[str], *, since: datetime | None = None
    ) -> dict[str, dict[str, list[BackupJob]] | BackupDoctorError]:
        """Each vault's jobs grouped by the lower-case name of the VM they back up (indexed once).

        The window is fixed once, so the index and the jobs it is made of are the same read.
        """
        since, until = self._job_window(since, None)
        by_vault = self.jobs_of(vault_ids, since=since, until=until)
        indexed: dict[str, dict[str, list[BackupJob]] | BackupDoctorError] = {}
        for vault_id, jobs in by_vault.items():
            if isinstance(jobs, BackupDoctorError):
                indexed[vault_id] = jobs
                continue

            def build(jobs: list[BackupJob] = jobs) -> dict[str, list[BackupJob]]:
                index: dict[str, list[BackupJob]] = {}
                for job in jobs:
                    index.setdefault(job.entity_name.lower(), []).append(job)
                return index

            key = ("jobs-index", norm_id(vault_id), since, until)
            indexed[vault_id] = self._memo.get(key, build)
        return indexed

    def _jobs_slice(
        self,
        vault_id: str,
        since: datetime,
        until: datetime,
        status: str | None,
        operation: str | None,
    ) -> list[BackupJob]:
        flt = _job_filter(since, until, status, operation)
        client = self._backup(vault_id)[0]
        raw = self._read(
            ("jobs", norm_id(vault_id), flt),
            vault_id + "/backupJobs",
            lambda: _list_raw(client, vault_id + "/backupJobs", {"$filter": flt}),
            _each(convert.job),
        )
        return list(raw)

    def prefetch(self, subscription_id: str) -> None:
        """Start the reads every diagnosis in a subscription needs, without waiting.

        Vaults and their items and jobs, restore point collections, locks and resource
        groups: they do not depend on which VM is diagnosed, so they can run while the VM
        itself is still being looked up.
        """

        def vault_chain() -> None:
            vault_ids = [v.id for v in self.vaults(subscription_id)]
            for vault_id in vault_ids:
                self.pool.submit(_quietly, partial(self.protected_vms, vault_id))
            self.jobs_of(vault_ids)

        self.chains.submit(_quietly, vault_chain)
        for task in (
            lambda: self.restore_point_collections(subscription_id),
            lambda: self.locks(subscription_id),
            lambda: self.resource_groups(subscription_id),
        ):
            self.pool.submit(_quietly, task)

    def job(self, job_id: str, *, fresh: bool = False) -> BackupJob:
        """A job with its details: error details, task list, actions.

        ``fresh`` reads it again from Azure (a running job's progress) and updates the cache.
        """
        rid = parse_id(job_id)
        if fresh:
            self._memo.forget(("job", norm_id(job_id)))
        client = self.clients.backup(rid.subscription_id)
        raw: BackupJob = self._read(
            ("job", norm_id(job_id)),
            job_id,
            lambda: convert.wire(client.job_details.get(rid.names[0], rid.group, rid.name)),
            convert.job,
        )
        return raw

    # Compute -------------------------------------------------------------------------

    def vms(self, subscription_id: str) -> list[VirtualMachine]:
        """The VMs of a subscription (model only; no instance view)."""
        client = self.clients.compute(subscription_id)
        raw = self._read(
            ("vms", subscription_id),
            f"/subscriptions/{subscription_id}/providers/Microsoft.Compute/virtualMachines",
            lambda: _wires(client.virtual_machines.list_all()),
            _sorted(
                _each(lambda v: convert.virtual_machine(v, instance_view={})),
                lambda v: v.name.lower(),
            ),
        )
        return list(raw)

    def vm(self, vm_id: str) -> VirtualMachine:
        """A VM with its instance view (power state, agent, extensions, disks)."""
        rid = parse_id(vm_id)
        client = self.clients.compute(rid.subscription_id)
        raw: VirtualMachine = self._read(
            ("vm", norm_id(vm_id)),
            vm_id,
            _again_on_reset(
                lambda: _json(
                    client.virtual_machines.get(
                        rid.group, rid.name, expand="instanceView", stream=True
                    )
                )
            ),
            convert.virtual_machine,
        )
        return raw

    def vm_extensions(self, vm_id: str) -> list[VmExtension]:
        """The extensions installed on a VM."""
        rid = parse_id(vm_id)
        client = self.clients.compute(rid.subscription_id)

        def fetch() -> list[dict[str, Any]]:
            result = client.virtual_machine_extensions.list(rid.group, rid.name)
            return _wires(getattr(result, "value", None) or [])

        raw = self._read(
            ("extensions", norm_id(vm_id)),
            vm_id + "/extensions",
            fetch,
            _each(convert.vm_extension),
        )
        return list(raw)

    def restore_point_collections(self, subscription_id: str) -> list[RestorePointCollection]:
        """Every restore point collection of a subscription (without its restore points)."""
        client = self.clients.compute(subscription_id)
        raw = self._read(
            ("rpcs", subscription_id),
            f"/subscriptions/{subscription_id}/providers/Microsoft.Compute/restorePointCollections",
            lambda: _wires(client.restore_point_collections.list_all()),
            _each(convert.restore_point_collection),
        )
        return list(raw)

    def restore_point_collection(self, rpc_id: str) -> RestorePointCollection:
        """One restore point collection with its restore points."""
        rid = parse_id(rpc_id)
        client = self.clients.compute(rid.subscription_id)
        raw: RestorePointCollection = self._read(
            ("rpc", norm_id(rpc_id)),
            rpc_id,
            _again_on_reset(
                lambda: _json(
                    client.restore_point_collections.get(
                        rid.group, rid.name, expand="restorePoints", stream=True
                    )
                )
            ),
            convert.restore_point_collection,
        )
        return raw

    def vm_restore_point_collections(self, vm_id: str) -> list[RestorePointCollection]:
        """The collections whose source is this VM (matched case-insensitively), expanded."""
        sub = parse_id(vm_id).subscription_id
        by_source = self._indexed(
            "rpcs-by-vm",
            sub.lower(),
            lambda: self.restore_point_collections(sub),
            lambda c: c.source_vm_id,
        )
        mine = by_source.get(norm_id(vm_id), [])
        return list(self.pool.map(lambda c: self.restore_point_collection(c.id), mine))

    # Locks -----------------------------------------------------------------------------

    def locks(self, subscription_id: str) -> list[Lock]:
        """Every lock in a subscription: on it, its resource groups and its resources."""
        client = self.clients.locks(subscription_id)
        raw = self._read(
            ("locks", subscription_id),
            f"/subscriptions/{subscription_id}/providers/Microsoft.Authorization/locks",
            lambda: _wires(client.management_locks.list_at_subscription_level()),
            _each(convert.lock),
        )
        return list(raw)

    def locks_by_scope(self, scope: str) -> list[Lock]:
        """The locks ARM lists at ``scope`` (a resource group or resource id)."""
        client = self.clients.locks(parse_id(scope).subscription_id)
        raw = self._read(
            ("locks-at", norm_id(scope)),
            scope + "/providers/Microsoft.Authorization/locks",
            # The SDK doubles the slash of a scope that starts with one (azure-sdk-notes).
            lambda: _wires(client.management_locks.list_by_scope(scope.lstrip("/"))),
            _each(convert.lock),
        )
        return list(raw)

    def _locks_near(self, scope: str) -> list[Lock]:
        """All locks of the subscription, or what ARM lists at ``scope`` for someone who may
        read only that resource group or resource (a subscription-wide read is forbidden)."""
        sub = parse_id(scope).subscription_id
        if sub not in self._no_subscription_locks:
            try:
                return self.locks(sub)
            except PermissionDeniedError:
                self._no_subscription_locks.add(sub)  # until refresh(): ask once, not per view
        return self.locks_by_scope(scope)

    def locks_at(self, scope: str) -> list[Lock]:
        """Locks that apply to ``scope``: its own and those inherited from its parents."""
        scope_n = norm_id(scope)
        return [
            lock
            for lock in self._locks_near(scope)
            if scope_n == norm_id(lock.scope) or scope_n.startswith(norm_id(lock.scope) + "/")
        ]

    def locks_within(self, scope: str) -> list[Lock]:
        """Locks on ``scope``, its parents and anything below it (what ARM lists at a scope)."""
        scope_n = norm_id(scope)
        return [
            lock
            for lock in self._locks_near(scope)
            if scope_n == norm_id(lock.scope)
            or scope_n.startswith(norm_id(lock.scope) + "/")
            or norm_id(lock.scope).startswith(scope_n + "/")
        ]

    # Network and Key Vault -----------------------------------------------------------

    def _nic_operation(
        self,
        nic_id: str,
        kind: str,
        operation: str,
        begin: Callable[[Any], Callable[..., Any]],
        parse: Callable[[dict[str, Any]], list[T]],
    ) -> list[T]:
        """A NIC's long-running read (effective rules or routes): bounded, retried on reset."""
        rid = parse_id(nic_id)
        client = self.clients.network(rid.subscription_id)
        raw = self._read(
            (kind, norm_id(nic_id)),
            f"{nic_id}/{operation}",
            _again_on_reset(
                lambda: convert.wire(
                    begin(client.network_interfaces)(
                        rid.group, rid.name, polling=bounded(client, nic_id)
                    ).result()
                )
            ),
            lambda raw: parse(_listed(raw, nic_id)),
        )
        return list(raw)

    def effective_security_rules(self, nic_id: str) -> list[SecurityRule]:
        """The effective NSG rules of a NIC (a long-running POST; the VM must run)."""
        return self._nic_operation(
            nic_id,
            "nsg",
            "effectiveNetworkSecurityGroups",
            lambda nics: nics.begin_list_effective_network_security_groups,
            lambda raw: list(convert.security_rules(raw)),
        )

    def effective_routes(self, nic_id: str) -> list[Route]:
        """The effective routes of a NIC (a long-running POST; the VM must run)."""
        return self._nic_operation(
            nic_id,
            "routes",
            "effectiveRouteTable",
            lambda nics: nics.begin_get_effective_route_table,
            lambda raw: list(convert.routes(raw)),
        )

    def key_vault(self, key_vault_id: str) -> KeyVaultAccess:
        """A Key Vault's access settings, with role assignments when it uses RBAC."""
        rid = parse_id(key_vault_id)
        client = self.clients.keyvault(rid.subscription_id)
        raw = self._read(
            ("kv", norm_id(key_vault_id)),
            key_vault_id,
            lambda: convert.wire(client.vaults.get(rid.group, rid.name)),
            _checked_key_vault,
        )
        assignments: list[dict[str, Any]] = []
        if convert.uses_rbac(raw):
            auth = self.clients.authorization(rid.subscription_id)
            assignments = self._read(
                ("roles", norm_id(key_vault_id)),
                key_vault_id + "/providers/Microsoft.Authorization/roleAssignments",
                lambda: _wires(auth.role_assignments.list_for_scope(key_vault_id.lstrip("/"))),
                _same,
            )
        return convert.key_vault(raw, assignments)

    def service_principal_id(self, app_id: str) -> str | None:
        """The object id of the tenant's service principal for ``app_id`` (Microsoft Graph).

        None when the tenant has no such service principal; a core error when Graph cannot
        be read (not reachable, or the signed-in account may not read service principals).
        """
        client = self.clients.graph()
        found: str | None = self._read(
            ("service principal", app_id.lower()),
            f"Microsoft Graph: servicePrincipals(appId={app_id})",
            lambda: client.get(
                "/v1.0/servicePrincipals",
                {"$filter": f"appId eq '{app_id}'", "$select": "id,appId,displayName"},
            ),
            lambda body: (
                convert.service_principal_object_id(body, app_id)
                if isinstance(body, dict)
                else None
            ),
        )
        return found

    def activity_log(self, resource_id: str, *, days: int = 89) -> list[ActivityEvent]:
        """What was done to a resource through Azure in the last ``days`` (its activity log).

        The log keeps 90 days. Events come newest first; only this resource's are kept.
        """
        rid = parse_id(resource_id)
        client = self.clients.resources(rid.subscription_id)
        until = self.now().replace(second=0, microsecond=0) + timedelta(minutes=1)
        since = until - timedelta(days=days)
        path = (
            f"/subscriptions/{rid.subscription_id}/providers/Microsoft.Insights/eventtypes"
            "/management/values"
        )
        flt = (
            f"eventTimestamp ge '{since:%Y-%m-%dT%H:%M:%SZ}' and eventTimestamp le "
            f"'{until:%Y-%m-%dT%H:%M:%SZ}' and resourceUri eq '{resource_id}'"
        )
        wanted = norm_id(resource_id)

        def mine(items: Iterable[Any]) -> list[ActivityEvent]:
            events = [
                e for e in _each(convert.activity_event)(items) if norm_id(e.resource_id) == wanted
            ]
            epoch = datetime.min.replace(tzinfo=UTC)
            return sorted(events, key=lambda e: e.time or epoch, reverse=True)

        events: list[ActivityEvent] = self._read(
            ("activity", wanted),
            resource_id + " (activity log)",
            lambda: _list_raw(client, path, {"$filter": flt}, api_version="2015-04-01"),
            mine,
        )
        return events

    # Finding VMs ---------------------------------------------------------------------

    def orphaned_items(self, subscription_id: str) -> list[ProtectedVm]:
        """Backup items of the subscription's vaults whose VM no longer exists.

        An unreadable vault is left out (its VMs are diagnosed, and say so, on their own).
        """
        present = {norm_id(v.id) for v in self.vms(subscription_id)}
        vaults = self.vaults(subscription_id)
        found: list[ProtectedVm] = []
        for future in [self.pool.submit(self.protected_vms, v.id) for v in vaults]:
            with suppress(BackupDoctorError):
                found += [i for i in future.result() if i.vm_id and norm_id(i.vm_id) not in present]
        return found

    def find_vms(self, name_or_id: str) -> list[VirtualMachine]:
        """VMs matching an ARM id or a name (case-insensitive), across all subscriptions."""
        subs = [s.subscription_id for s in self.subscriptions()]
        if name_or_id.strip().lower().startswith("/subscriptions/"):
            subs = [parse_id(name_or_id).subscription_id]
        found: list[VirtualMachine] = []
        for vms in self.pool.map(self.vms, subs):
            found += [
                v
                for v in vms
                if norm_id(v.id) == norm_id(name_or_id) or v.name.lower() == name_or_id.lower()
            ]
        return found
