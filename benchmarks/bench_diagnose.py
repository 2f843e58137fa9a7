"""Benchmark: diagnose one demo VM and all demo VMs with 100 ms added to every ARM request.

Run on demand: ``uv run python benchmarks/bench_diagnose.py``. It prints the wall times
against the critical-path bound (dependent round trips x latency) and the request counts.
Target: at most 1.3x the bound.
"""

from __future__ import annotations

import argparse
import statistics
import time

from core.cli import all_vm_ids, diagnose_all, find_vm_id
from core.diagnosis.engine import diagnose
from core.session import open_demo

ROUND_TRIPS = 4
"""The longest chains of dependent reads, both four long:
subscriptions -> vaults -> job history -> job details, and
subscriptions -> VM list -> VM with instance view -> effective NSG rules and routes.
(Vaults, collections, locks and groups are prefetched while the VM list is read.)"""


def one_vm(latency: float, name: str) -> tuple[float, int]:
    """Seconds and requests to resolve ``name`` and diagnose it, on a cold gateway."""
    gateway = open_demo(latency=latency)
    gateway.clients.get("compute", "warm-up")  # SDK import and client set-up are not requests
    start = time.perf_counter()
    diagnose(gateway, find_vm_id(gateway, name))
    seconds = time.perf_counter() - start
    requests = len(gateway.activity.items())
    gateway.close()
    return seconds, requests


def all_vms(latency: float) -> tuple[float, int, int]:
    """Seconds, VMs and requests to diagnose every demo VM, on a cold gateway."""
    gateway = open_demo(latency=latency)
    gateway.clients.get("compute", "warm-up")
    start = time.perf_counter()
    ids, _ = all_vm_ids(gateway)
    diagnose_all(gateway, ids)
    seconds = time.perf_counter() - start
    requests = len(gateway.activity.items())
    gateway.close()
    return seconds, len(ids), requests


def main() -> None:
    """Run each measurement a few times and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--vm", default="vm-sql-01")
    args = parser.parse_args()
    bound = ROUND_TRIPS * args.latency
    one = [one_vm(args.latency, args.vm) for _ in range(args.runs)]
    every = [all_vms(args.latency) for _ in range(args.runs)]
    one_s = statistics.median(s for s, _ in one)
    all_s = statistics.median(s for s, _, _ in every)
    print(
        f"latency per request: {args.latency * 1000:.0f} ms; critical path: {ROUND_TRIPS} round trips = {bound:.2f} s"
    )
    print(f"one VM ({args.vm}): {one_s:.3f} s = {one_s / bound:.2f}x bound, {one[0][1]} requests")
    print(
        f"all {every[0][1]} VMs: {all_s:.3f} s = {all_s / bound:.2f}x bound, {every[0][2]} requests"
    )


if __name__ == "__main__":
    main()
