"""The command line: ``backup-doctor diagnose`` (no Qt)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TextIO

from core import session
from core.azure.gateway import Gateway
from core.diagnosis.engine import Diagnosis, Verdict, diagnose
from core.errors import BackupDoctorError, InputError
from core.ids import norm_id, parse_id
from core.logs import setup_logging
from core.report.failures import ScopeFailure
from core.report.jsonreport import render_json, render_json_list
from core.report.text import render_text, render_text_list

EXIT_HEALTHY, EXIT_PROBLEM, EXIT_USAGE, EXIT_AZURE, EXIT_INTERNAL = 0, 1, 2, 3, 4
log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """argparse that exits with our usage code (2) and a clear message."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The ``diagnose`` command's options."""
    parser = _Parser(
        prog="backup-doctor diagnose",
        description="Check the documented causes of a VM's failed Azure backup, in order.",
        epilog="Exit codes: 0 healthy, 1 problem found or inconclusive, 2 usage or input "
        "error, 3 Azure, sign-in or network error (with --all: some VM could not be read), "
        "4 internal error.",
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--demo", action="store_true", help="use the built-in demo tenant")
    source.add_argument("--snapshot", metavar="FILE", help="use a snapshot file (offline)")
    source.add_argument(
        "--live", action="store_true", help="sign in to Azure (DefaultAzureCredential)"
    )
    parser.add_argument(
        "--subscription",
        action="append",
        default=[],
        metavar="ID",
        help="limit to this subscription (repeatable; default: all visible)",
    )
    parser.add_argument("--tenant", metavar="ID", help="live: the tenant to sign in to")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--vm", metavar="NAME_OR_ID", help="the VM to diagnose")
    target.add_argument("--all", action="store_true", help="diagnose every VM in scope")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def open_gateway(args: argparse.Namespace) -> Gateway:
    """The gateway for the chosen source, limited to ``--subscription`` in every mode."""
    if args.demo:
        gateway = session.open_demo()
    elif args.snapshot is not None:
        gateway = session.open_snapshot(args.snapshot)  # an empty path is an input error
    else:
        return session.open_live(subscriptions=args.subscription, tenant_id=args.tenant)
    router = gateway.router
    for line in router.snapshot.warnings if router is not None else ():
        print(f"backup-doctor: warning: {line}", file=sys.stderr)
    if args.subscription:
        _limit(gateway, args.subscription)
    return gateway


def _limit(gateway: Gateway, wanted: list[str]) -> None:
    """Keep only the ``--subscription`` ids; an id the source does not have is an input error."""
    known = {s.subscription_id.lower(): s for s in gateway.subscriptions()}
    missing = [w for w in wanted if w.lower() not in known]
    if missing:
        listed = "\n".join(f"  {s.subscription_id}  {s.display_name}" for s in known.values())
        gateway.close()
        raise InputError(
            f"No subscription {missing[0]!r} in this source.",
            f"The subscriptions it has:\n{listed}" if listed else "It has no subscriptions.",
        )
    gateway.only_subscriptions = {w.lower() for w in wanted}


def find_vm_id(gateway: Gateway, name_or_id: str) -> str:
    """Resolve ``--vm`` to one VM id, or raise a clear input error."""
    if name_or_id.strip().lower().startswith("/subscriptions/"):
        try:
            parse_id(name_or_id)
        except ValueError:
            raise InputError(
                f"{name_or_id!r} is not a VM's ARM id.",
                "A VM id looks like /subscriptions/<id>/resourceGroups/<group>/providers/"
                "Microsoft.Compute/virtualMachines/<name>; or give just the VM's name.",
            ) from None
    for sub in gateway.subscriptions():
        gateway.prefetch(sub.subscription_id)
    found = gateway.find_vms(name_or_id)
    if not found:
        gone = _orphan(gateway, name_or_id)
        if gone:
            return gone
    if not found:
        raise InputError(
            f"No VM named {name_or_id!r} in the subscriptions in scope.",
            "Give the VM's name or its full ARM id; names are matched case-insensitively.",
        )
    if len(found) > 1:
        ids = "\n".join(f"  {vm.id}" for vm in found)
        raise InputError(f"{len(found)} VMs are named {name_or_id!r}; pass the full id.", ids)
    return found[0].id


def _orphan(gateway: Gateway, name_or_id: str) -> str:
    """The VM id of a backup item named ``name_or_id`` whose VM no longer exists, or ''."""
    wanted = name_or_id.strip().lower()
    for sub in gateway.subscriptions():
        try:
            items = gateway.orphaned_items(sub.subscription_id)
        except BackupDoctorError:
            continue
        for item in items:
            if wanted in {item.friendly_name.lower(), item.vm_id.lower()}:
                return item.vm_id
    return ""


def all_vm_ids(gateway: Gateway) -> tuple[list[str], list[ScopeFailure]]:
    """Every VM in every subscription in scope, and the subscriptions whose VMs were unreadable."""
    subs = [s.subscription_id for s in gateway.subscriptions()]
    for sub in subs:
        gateway.prefetch(sub)
    ids: list[str] = []
    failures: list[ScopeFailure] = []
    for sub, future in [(sub, gateway.pool.submit(gateway.vms, sub)) for sub in subs]:
        try:
            ids += [vm.id for vm in future.result()]
            # A backup item whose VM was deleted is a finding of its own, not a gap.
            ids += [item.vm_id for item in gateway.orphaned_items(sub)]
        except BackupDoctorError as exc:
            failures.append(ScopeFailure(f"/subscriptions/{sub}", exc))
    seen: set[str] = set()
    unique: list[str] = []
    for vm_id in ids:  # two vaults may hold one deleted VM
        if norm_id(vm_id) not in seen:
            seen.add(norm_id(vm_id))
            unique.append(vm_id)
    return unique, failures


def diagnose_all(gateway: Gateway, ids: list[str]) -> list[Diagnosis | ScopeFailure]:
    """Diagnose every VM at once; a VM that cannot be read becomes a failure, not an abort."""

    def one(vm_id: str) -> Diagnosis | ScopeFailure:
        try:
            return diagnose(gateway, vm_id)
        except BackupDoctorError as exc:
            return ScopeFailure(vm_id, exc)

    workers = max(1, min(32, len(ids)))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="diagnose") as pool:
        return list(pool.map(one, ids))


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Run the command; return its exit code."""
    gateway = open_gateway(args)
    json_mode = args.format == "json"
    results: list[Diagnosis | ScopeFailure]
    try:
        if args.all:
            ids, failures = all_vm_ids(gateway)
            if not ids and not failures:
                raise InputError(
                    "There is no VM to diagnose in the subscriptions in scope.",
                    "Check the source and --subscription; a snapshot needs VMs or backup items.",
                )
            results = [*failures, *diagnose_all(gateway, ids)]
            out.write(render_json_list(results) + "\n" if json_mode else render_text_list(results))
        else:
            one = diagnose(gateway, find_vm_id(gateway, args.vm))
            results = [one]
            out.write(render_json(one) + "\n" if json_mode else render_text(one))
    finally:
        gateway.close()
    if any(isinstance(r, ScopeFailure) for r in results):
        return EXIT_AZURE
    healthy = all(isinstance(r, Diagnosis) and r.verdict is Verdict.HEALTHY for r in results)
    return EXIT_HEALTHY if healthy else EXIT_PROBLEM


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Entry point of ``backup-doctor diagnose``; returns the exit code."""
    args = build_parser().parse_args(argv)
    log_file = setup_logging()
    logging.getLogger("azure").setLevel(logging.ERROR)  # our messages say what went wrong
    try:
        return run(args, out or sys.stdout)
    except BackupDoctorError as exc:
        print(f"backup-doctor: {exc.message}", file=sys.stderr)
        target = getattr(exc, "target", "")
        if target:
            print(f"  while reading {target}", file=sys.stderr)
        if exc.detail:
            print(exc.detail, file=sys.stderr)
        return exc.exit_code
    except Exception as exc:  # a bug: one clear line here, the traceback in the log
        log.exception("internal error")
        where = f" The details are in {log_file}." if log_file else ""
        print(
            f"backup-doctor: internal error (a bug in Backup Doctor): {type(exc).__name__}: "
            f"{exc}.{where} Please report it.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
