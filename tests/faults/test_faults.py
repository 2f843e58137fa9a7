"""Every fault kind, through the CLI and the diagnosis: recover where Azure says retrying is
right, stop with a clear error where it is not, always within bounded time, and never call
"passed" or "healthy" what could not be read."""

from __future__ import annotations

import io
import json
import re
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from core import cli, session
from core.azure.gateway import Gateway
from core.azure.retry import MAX_RETRY_AFTER_S
from core.diagnosis import engine
from core.diagnosis.evidence import Evidence
from core.emulator import FAULT_KINDS, Fault, FaultPlan, Snapshot, load_snapshot

VMS = ("vm-sql-01", "vm-app-01", "vm-dc-01")
HEALTHY_VM = "vm-dc-01"
"""The demo's healthy VM: it reads nearly every kind of evidence, so a fault must show."""

READS: dict[str, str] = {
    "jobs": "*/backupJobs*",
    "protected-items": "*/backupProtectedItems",
    "vaults": "/subscriptions/*/providers/Microsoft.RecoveryServices/vaults",
    "vm-get": "*/virtualMachines/{vm}",
    "vm-list": "/subscriptions/*/providers/Microsoft.Compute/virtualMachines",
    "extensions": "*/virtualMachines/*/extensions",
    "locks": "*/providers/Microsoft.Authorization/locks",
    "resource-groups": "/subscriptions/*/resourcegroups",
    "restore-point-collections": "*/restorePointCollections*",
    "effective-nsg": "*/effectiveNetworkSecurityGroups",
    "effective-routes": "*/effectiveRouteTable",
    "key-vault": "*/Microsoft.KeyVault/vaults/*",
    "graph": "/v1.0/servicePrincipals",
    "activity-log": "*/eventtypes/management/values",
}
"""Each read path of a diagnosis, as a fault's path glob."""

VM_OF = {"key-vault": "vm-fin-01", "graph": "vm-fin-01", "activity-log": "vm-erp-01"}
"""The demo VM whose diagnosis reads that path (an encrypted VM; a stopped VM)."""

UNREAD_OF = {
    "jobs": {"jobs", "job"},
    "protected-items": {"protected_item"},
    "vaults": {"protected_item", "jobs"},
    "extensions": {"extensions"},
    "locks": {"locks"},
    "resource-groups": {"resource_groups"},
    "restore-point-collections": {"collections"},
    "effective-nsg": {"security_rules"},
    "effective-routes": {"routes"},
    "key-vault": {"key_vaults"},
    "graph": {"backup_principal"},
    "activity-log": {"power_events"},
}
"""The evidence a failed read path leaves unread (reads whose failure ends the run: none)."""

ABORTING = ("vm-get", "vm-list")
"""Reads without which there is nothing to diagnose: the CLI stops with an error."""

LISTS = (
    "jobs",
    "protected-items",
    "vaults",
    "vm-list",
    "locks",
    "resource-groups",
    "restore-point-collections",
    "activity-log",
)
"""Read paths that page with nextLink."""

STREAMED = ("vm-get", "restore-point-collections", "effective-nsg", "effective-routes")
"""Reads whose body is streamed (the SDK's LRO first call streams too): a reset mid-body is
raised while the body is read, after the retry policy."""

DEADLINE_S = 10


class Hang(BaseException):
    """Raised in the test's thread when a run passes its deadline (not an Exception: the
    CLI's own handler must not swallow it)."""


@contextmanager
def deadline(seconds: float = DEADLINE_S) -> Iterator[None]:
    """Fail with Hang when the block runs longer than ``seconds`` (SIGALRM; no sleeping)."""
    assert threading.current_thread() is threading.main_thread()

    def expired(signum: int, frame: Any) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="module")
def demo() -> Snapshot:
    """The demo tenant, loaded once."""
    return load_snapshot(session.demo_path())


class Run:
    """One CLI run on the demo tenant through a fault plan."""

    def __init__(self, code: int, out: str, err: str, plan: FaultPlan, gateway: Gateway) -> None:
        self.code = code
        self.out = out
        self.err = err
        self.plan = plan
        self.gateway = gateway

    @property
    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def slept(self) -> float:
        """Seconds the SDK asked to wait between attempts (counted, not waited)."""
        return float(self.gateway.clients._kwargs["transport"].slept)


Cli = Callable[..., Run]

Reads = dict[tuple[int, str], set[str]]


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Reads:
    """Which evidence fields each check read: {(id(evidence), cause id): fields}."""
    seen: Reads = {}
    current = threading.local()
    original_get = Evidence._get
    original_run = engine.run_check

    def get(self: Evidence, name: str) -> Any:
        cause = getattr(current, "cause", None)
        if cause is not None:
            seen.setdefault((id(self), cause), set()).add(name)
        return original_get(self, name)

    def run_check(cause_id: str, evidence: Evidence) -> Any:
        current.cause = cause_id
        try:
            return original_run(cause_id, evidence)
        finally:
            current.cause = None

    monkeypatch.setattr(Evidence, "_get", get)
    monkeypatch.setattr(engine, "run_check", run_check)
    return seen


@pytest.fixture
def run_cli(
    demo: Snapshot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Cli:
    """``run_cli(plan, "--vm", "vm-dc-01")``: the CLI on the demo tenant served through ``plan``."""

    def run(plan: FaultPlan, *argv: str) -> Run:
        made: list[Gateway] = []

        def open_demo(**kwargs: Any) -> Gateway:
            gateway = session.gateway_for(demo, fault=plan, label="Demo tenant")
            made.append(gateway)
            return gateway

        monkeypatch.setattr(session, "open_demo", open_demo)
        out = io.StringIO()
        capsys.readouterr()
        with deadline():
            code = cli.main(["--demo", "--format", "json", *argv], out=out)
        err = capsys.readouterr().err
        assert "Traceback" not in err
        assert "internal error" not in err
        return Run(code, out.getvalue(), err, plan, made[0])

    return run


@pytest.fixture(scope="module")
def baseline(demo: Snapshot) -> dict[str, dict[str, Any]]:
    """The no-fault verdicts and step statuses of the VMs compared below."""
    found: dict[str, dict[str, Any]] = {}
    for vm in {*VMS, *VM_OF.values()}:
        out = io.StringIO()
        orig = session.open_demo
        session.open_demo = lambda **kw: session.gateway_for(demo, label="Demo tenant")  # type: ignore[assignment]
        try:
            assert cli.main(["--demo", "--format", "json", "--vm", vm], out=out) in (0, 1)
        finally:
            session.open_demo = orig  # type: ignore[method-assign]
        found[vm] = _summary(json.loads(out.getvalue()))
    return found


def _summary(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "verdict": data["verdict"],
        "steps": [(s["cause"], s["status"]) for s in data["steps"]],
        "unread": [u["evidence"] for u in data["unread"]],
    }


def _counting() -> tuple[list[float], Callable[[float], None]]:
    waits: list[float] = []
    return waits, waits.append


def _path(where: str, vm: str) -> str:
    return READS[where].format(vm=vm)


def _no_pass_on_unread(data: dict[str, Any], reads: Reads) -> None:
    """No step passed whose evidence could not be read; never healthy with unread evidence."""
    unread = {u["evidence"] for u in data["unread"]}
    passed = {s["cause"] for s in data["steps"] if s["status"] == "passed"}
    for (_, cause), fields in reads.items():
        if cause in passed:
            assert not fields & unread, f"{cause} passed on unread {fields & unread}"
    if unread:
        assert data["verdict"]["status"] != "healthy"
        assert all(u["message"] for u in data["unread"])


def test_every_kind_is_documented_and_tested() -> None:
    tested = {*RETRYABLE, *STOPPING, "next-link-loop", "lro-forever", "reset"}
    assert tested == set(FAULT_KINDS)


# Retry where Azure says retrying is right -------------------------------------------

RETRYABLE = {
    "throttle": Fault("throttle", retry_after=5),
    "throttle-no-retry-after": Fault("throttle-no-retry-after"),
    "unavailable": Fault("unavailable", retry_after=3),
    "server-error": Fault("server-error"),
    "timeout": Fault("timeout", delay=30),
    "connect-timeout": Fault("connect-timeout"),
    "slow": Fault("slow", delay=2.5, every=True),
}


@pytest.mark.parametrize("vm", VMS)
@pytest.mark.parametrize("kind", sorted(RETRYABLE))
def test_transient_faults_on_every_read_recover_to_the_same_verdict(
    run_cli: Cli, baseline: dict[str, dict[str, Any]], kind: str, vm: str
) -> None:
    """The first two attempts of every request fail; the retries give the no-fault answer."""
    fault = RETRYABLE[kind]
    waits, sleep = _counting()
    calls = fault.calls if fault.every else (1, 2)
    plan = FaultPlan([Fault(**{**fault.__dict__, "calls": calls})], sleep=sleep)
    run = run_cli(plan, "--vm", vm)
    assert plan.count() > 0
    assert _summary(run.json) == baseline[vm]
    if kind in {"throttle", "unavailable"}:  # Retry-After was honoured (counted, not waited)
        after = fault.retry_after or 0
        assert after <= run.slept <= plan.count() * after
    if kind in {"slow", "timeout"}:  # the delay went through the plan's sleep
        assert sum(waits) == pytest.approx(plan.count() * fault.delay)


@pytest.mark.parametrize("vm", VMS)
def test_a_reset_before_the_body_is_retried(
    run_cli: Cli, baseline: dict[str, dict[str, Any]], vm: str
) -> None:
    not_streamed = (
        r"^(?!.*/(virtualMachines/[^/]+|restorePointCollections/[^/]+"
        r"|effectiveNetworkSecurityGroups|effectiveRouteTable)$)"
    )
    plan = FaultPlan([Fault("reset", path=re.compile(not_streamed, re.I), calls=(1, 2))])
    run = run_cli(plan, "--vm", vm)
    assert plan.count() > 0
    assert _summary(run.json) == baseline[vm]


@pytest.mark.parametrize("where", STREAMED)
def test_a_reset_mid_body_of_a_streamed_read_is_retried(
    run_cli: Cli, baseline: dict[str, dict[str, Any]], where: str
) -> None:
    plan = FaultPlan([Fault("reset", path=_path(where, HEALTHY_VM), calls=(1,))])
    run = run_cli(plan, "--vm", HEALTHY_VM)
    assert plan.count() >= 1  # once per distinct request the pattern matches
    assert _summary(run.json) == baseline[HEALTHY_VM]


def test_retry_after_is_capped(run_cli: Cli, baseline: dict[str, dict[str, Any]]) -> None:
    plan = FaultPlan([Fault("throttle", path="*/backupProtectedItems", retry_after=600)])
    run = run_cli(plan, "--vm", HEALTHY_VM)
    assert plan.count() >= 1
    assert _summary(run.json) == baseline[HEALTHY_VM]
    assert run.slept <= plan.count() * MAX_RETRY_AFTER_S


def test_retry_after_is_capped_on_graph(run_cli: Cli) -> None:
    plan = FaultPlan([Fault("throttle", path=READS["graph"], retry_after=600)])
    run = run_cli(plan, "--vm", "vm-fin-01")
    assert plan.count() == 1
    assert run.slept <= MAX_RETRY_AFTER_S


# Stop where retrying is not right, or the retries ran out -------------------------

STOPPING = {
    "token-expired": Fault("token-expired", every=True),
    "forbidden": Fault("forbidden", every=True),
    "not-found": Fault("not-found", every=True),
    "truncated": Fault("truncated", every=True),
    "html": Fault("html", every=True),
}
EXHAUSTED = {
    "throttle": Fault("throttle", every=True),
    "unavailable": Fault("unavailable", every=True),
    "timeout": Fault("timeout", every=True),
    "reset": Fault("reset", every=True),
}
WORDS = {
    "token-expired": "Sign in again",
    "forbidden": "Ask for the Reader and Backup Reader roles",
    "not-found": "does not exist",
    "truncated": "not the expected data",
    "html": "not the expected data",
    "throttle": "throttling",
    "unavailable": "Try again",
    "timeout": "could not be reached",
    "reset": "could not be reached",
}
"""What the user is told, per kind (the next step)."""

PER_STEP = [w for w in READS if w not in ABORTING]


EXHAUSTED_ON = ("jobs", "extensions", "effective-nsg", "graph", "activity-log")
"""Retries running out is one code path (the SDK's retry policy): a few reads show it."""


@pytest.mark.parametrize(
    ("kind", "where"),
    [
        *((k, w) for k in STOPPING for w in PER_STEP),
        *((k, w) for k in EXHAUSTED for w in EXHAUSTED_ON),
    ],
)
def test_a_read_that_keeps_failing_is_unknown_and_said_why(
    run_cli: Cli, kind: str, where: str
) -> None:
    vm = VM_OF.get(where, HEALTHY_VM)
    fault = {**STOPPING, **EXHAUSTED}[kind]
    plan = FaultPlan([Fault(**{**fault.__dict__, "path": _path(where, vm)})], sleep=lambda s: None)
    run = run_cli(plan, "--vm", vm)
    assert run.code == cli.EXIT_PROBLEM
    data = run.json
    unread = {u["evidence"] for u in data["unread"]}
    assert unread & UNREAD_OF[where], unread
    assert data["verdict"]["status"] != "healthy"
    assert all(u["message"] for u in data["unread"])
    assert any(n.startswith("Could not read") for n in data["notes"])
    if (kind, where) not in ODD_WORDS:
        assert any(WORDS[kind] in u["message"] for u in data["unread"])


ODD_WORDS: set[tuple[str, str]] = set()
"""Kinds whose words differ (none any more: every fault kind is worded as what it is)."""


@pytest.mark.parametrize("kind", ["truncated", "html"])
@pytest.mark.parametrize("where", ["effective-nsg", "effective-routes", "graph"])
def test_a_malformed_answer_says_it_is_not_the_expected_data(
    run_cli: Cli, kind: str, where: str
) -> None:
    vm = VM_OF.get(where, HEALTHY_VM)
    plan = FaultPlan([Fault(kind, path=_path(where, vm), every=True)])
    data = run_cli(plan, "--vm", vm).json
    assert any("not the expected data" in u["message"] for u in data["unread"])


@pytest.mark.parametrize("where", PER_STEP)
def test_no_step_passes_on_evidence_it_could_not_read(
    run_cli: Cli, reads: Reads, where: str
) -> None:
    vm = VM_OF.get(where, HEALTHY_VM)
    plan = FaultPlan([Fault("forbidden", path=_path(where, vm), every=True)])
    data = run_cli(plan, "--vm", vm).json
    assert data["unread"]
    _no_pass_on_unread(data, reads)


@pytest.mark.parametrize("where", ABORTING)
@pytest.mark.parametrize("kind", [*STOPPING, *EXHAUSTED])
def test_without_the_vm_the_cli_stops_with_the_next_step(
    run_cli: Cli, kind: str, where: str
) -> None:
    if kind == "not-found" and where == "vm-get":
        pytest.skip("a VM deleted after the list is a finding of its own (next test)")
    fault = {**STOPPING, **EXHAUSTED}[kind]
    plan = FaultPlan(
        [Fault(**{**fault.__dict__, "path": _path(where, HEALTHY_VM)})], sleep=lambda s: None
    )
    run = run_cli(plan, "--vm", HEALTHY_VM)
    assert run.code == cli.EXIT_AZURE
    assert run.out == ""
    first = run.err.splitlines()[0]
    assert first.startswith("backup-doctor: ")
    if (kind, where) not in ODD_WORDS:
        assert WORDS[kind] in first


@pytest.mark.parametrize("kind", ["token-expired", "timeout"])
def test_the_cli_error_names_the_resource(run_cli: Cli, kind: str) -> None:
    fault = {**STOPPING, **EXHAUSTED}[kind]
    plan = FaultPlan(
        [Fault(**{**fault.__dict__, "path": _path("vm-get", HEALTHY_VM)})], sleep=lambda s: None
    )
    run = run_cli(plan, "--vm", HEALTHY_VM)
    assert HEALTHY_VM in run.err


def test_a_vm_deleted_between_list_and_get_is_reported_gone(run_cli: Cli) -> None:
    plan = FaultPlan([Fault("not-found", path=_path("vm-get", HEALTHY_VM), every=True)])
    run = run_cli(plan, "--vm", HEALTHY_VM)
    data = run.json
    assert data["verdict"]["status"] != "healthy"
    assert any("does not exist" in n for n in data["notes"])


# Bounded: loops and endless operations end with a message --------------------------


@pytest.mark.parametrize("where", [w for w in LISTS if w != "vm-list"])
def test_a_next_link_loop_ends_with_a_clear_message(run_cli: Cli, where: str) -> None:
    vm = VM_OF.get(where, HEALTHY_VM)
    plan = FaultPlan([Fault("next-link-loop", path=_path(where, vm), every=True)])
    run = run_cli(plan, "--vm", vm)
    data = run.json
    assert data["verdict"]["status"] != "healthy"
    assert any("never ended" in u["message"] for u in data["unread"])
    assert any("already followed" in (u["detail"] or "") for u in data["unread"])


def test_a_vm_list_whose_next_link_loops_stops_the_cli(run_cli: Cli) -> None:
    plan = FaultPlan([Fault("next-link-loop", path=READS["vm-list"], every=True)])
    run = run_cli(plan, "--vm", HEALTHY_VM)
    assert run.code == cli.EXIT_AZURE
    assert "never ended" in run.err


@pytest.mark.parametrize("where", ["effective-nsg", "effective-routes"])
def test_an_operation_that_never_finishes_ends_and_its_step_is_unknown(
    run_cli: Cli, reads: Reads, where: str
) -> None:
    plan = FaultPlan([Fault("lro-forever", path=_path(where, HEALTHY_VM), every=True)])
    run = run_cli(plan, "--vm", HEALTHY_VM)
    data = run.json
    assert data["verdict"]["status"] == "inconclusive"
    assert any("did not finish" in u["message"] for u in data["unread"])
    steps = {s["cause"]: s["status"] for s in data["steps"]}
    assert steps["no-internet"] == "unknown"
    _no_pass_on_unread(data, reads)
    polls = [r for r in run.gateway.router.requests() if "/operations/" in r.path]
    assert 1 <= len(polls) <= 61


# --all: the rest of the diagnosis stays usable -----------------------------------


def _all(run: Run) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    data = run.json
    return {d["vm"]["name"]: d for d in data["diagnoses"]}, data.get("errors", [])


def test_all_without_faults_is_the_baseline(run_cli: Cli) -> None:
    found, errors = _all(run_cli(FaultPlan([]), "--all"))
    assert not errors and len(found) >= 19


def test_all_with_one_forbidden_vault_still_reports_every_vm(run_cli: Cli) -> None:
    clean, _ = _all(run_cli(FaultPlan([]), "--all"))
    plan = FaultPlan([Fault("forbidden", path="*/vaults/rsv-prod-weu/*", every=True)])
    found, errors = _all(run_cli(plan, "--all"))
    # Every VM is still reported; only a backup item whose VM was deleted (vm-old-01) cannot
    # be found without reading the vault's items.
    assert set(found) <= set(clean) and not errors
    assert set(clean) - set(found) <= {"vm-old-01"}
    for diagnosis in found.values():
        if diagnosis["unread"]:
            assert diagnosis["verdict"]["status"] != "healthy"
            assert any("Reader" in u["message"] for u in diagnosis["unread"])
    hit = [n for n, d in found.items() if d["unread"]]
    spared = [n for n in found if n not in hit]
    assert hit and spared
    for name in spared:
        assert _summary(found[name]) == _summary(clean[name])


def test_all_with_one_forbidden_subscription_reports_the_others(
    run_cli: Cli, demo: Snapshot
) -> None:
    subs = [s["subscriptionId"] for s in demo.subscriptions]
    clean, _ = _all(run_cli(FaultPlan([]), "--all"))
    plan = FaultPlan([Fault("forbidden", path=f"/subscriptions/{subs[-1]}/*", every=True)])
    run = run_cli(plan, "--all")
    found, errors = _all(run)
    assert run.code == cli.EXIT_AZURE
    assert found and len(found) < len(clean)
    assert errors and subs[-1] in json.dumps(errors)
    assert "Reader" in json.dumps(errors)
    for name, diagnosis in found.items():
        assert _summary(diagnosis) == _summary(clean[name])


def test_all_with_random_faults_is_deterministic_and_never_healthy_on_unread(
    run_cli: Cli,
) -> None:
    faults = [
        Fault("forbidden", path="*/backupJobs*", every=True, probability=0.3, seed=11),
        Fault("html", path="*/extensions", every=True, probability=0.3, seed=12),
        Fault("timeout", every=True, probability=0.05, seed=13),
    ]
    first = run_cli(FaultPlan(faults, sleep=lambda s: None), "--all")
    found, _ = _all(first)
    assert first.plan.count() > 0
    for diagnosis in found.values():
        if diagnosis["unread"]:
            assert diagnosis["verdict"]["status"] != "healthy"
    again = run_cli(FaultPlan(faults, sleep=lambda s: None), "--all")
    assert sorted(first.plan.injected, key=repr) == sorted(again.plan.injected, key=repr)


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown fault kind"):
        Fault("gremlins")
