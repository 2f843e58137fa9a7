"""Estate scale: CPU, wall time and peak memory of ``diagnose --all`` at 100 to 5,000 VMs.

Each size is generated with :func:`benchmarks.estate.make_estate` (copies of the demo's VMs,
so the mix of failures stays the demo's), written to a temporary file, and diagnosed in a
fresh process per run: ``python -m gui.main diagnose --snapshot FILE --all --format json``,
the command as users run it, output discarded after its SHA-256 is taken (every run of a
size must print the same bytes). CPU (user + sys), wall time and peak RSS come from the
child's own rusage (``os.wait4``). The yardstick is the 500-VM case: the CPU per VM of each
size is given as a ratio to it (the issue's target: within 1.5x at 5,000 VMs).

On demand only (5,000 VMs take a few minutes)::

    uv run python benchmarks/bench_scale.py                 # 100 500 1000 5000, twice each
    uv run python benchmarks/bench_scale.py --sizes 100 500 --runs 1
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.estate import make_estate  # noqa: E402

YARDSTICK = 500
"""The size whose CPU per VM the others are compared with."""


@dataclass(frozen=True)
class Run:
    """One fresh-process ``diagnose --all``."""

    size: int
    vms: int
    cpu: float
    wall: float
    rss_mb: float
    sha256: str
    code: int

    @property
    def cpu_ms_per_vm(self) -> float:
        return 1000 * self.cpu / self.vms


def machine() -> str:
    """The machine and interpreter, in one line."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    bytecode = "off" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "on"
    return (
        f"{model}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()} (bytecode writing {bytecode})"
    )


def run_once(path: Path, size: int) -> Run:
    """Diagnose every VM of the estate at ``path`` in a new process; measure the child."""
    cmd = [sys.executable, "-m", "gui.main", "diagnose", "--snapshot", str(path)]
    cmd += ["--all", "--format", "json"]
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        child = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        data = out.read()
    vms = len(json.loads(data)["diagnoses"]) if data else 0
    return Run(
        size=size,
        vms=vms or size,
        cpu=usage.ru_utime + usage.ru_stime,
        wall=wall,
        rss_mb=usage.ru_maxrss / 1024,  # KiB on Linux
        sha256=hashlib.sha256(data).hexdigest(),
        code=child.returncode,
    )


def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    """``low–high`` of the runs (one value when they agree)."""
    low, high = fmt.format(min(values)), fmt.format(max(values))
    return low if low == high else f"{low}–{high}"


def report(runs: list[Run]) -> str:
    """A Markdown table of the runs by size, with ranges and the ratio to the yardstick."""
    sizes = sorted({r.size for r in runs})
    by_size = {s: [r for r in runs if r.size == s] for s in sizes}
    base = by_size.get(YARDSTICK) or by_size[sizes[0]]
    base_per_vm = statistics.median(r.cpu_ms_per_vm for r in base)
    smallest = by_size[sizes[0]]
    lines = [
        "| VMs | runs | CPU (user+sys) s | wall s | peak RSS MB | CPU ms/VM | "
        f"CPU/VM vs {base[0].size} | RSS per extra VM KB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size in sizes:
        group = by_size[size]
        ratios = [r.cpu_ms_per_vm / base_per_vm for r in group]
        extra = "—"
        if size != sizes[0]:
            grow = [
                1024
                * (r.rss_mb - statistics.median(s.rss_mb for s in smallest))
                / (r.vms - smallest[0].vms)
                for r in group
            ]
            extra = spread(grow, "{:.0f}")
        lines.append(
            f"| {group[0].vms:,} | {len(group)} | {spread([r.cpu for r in group])} | "
            f"{spread([r.wall for r in group])} | {spread([r.rss_mb for r in group], '{:.0f}')} | "
            f"{spread([r.cpu_ms_per_vm for r in group], '{:.1f}')} | "
            f"{spread(ratios)}x | {extra} |"
        )
    return "\n".join(lines)


def main() -> None:
    """Generate each size, run it ``--runs`` times, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 1000, 5000])
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    print("method: fresh `python -m gui.main diagnose --snapshot FILE --all --format json` per run")
    runs: list[Run] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"estate-{size}.json"
            path.write_text(json.dumps(make_estate(size)), encoding="utf-8")
            shas: set[str] = set()
            for n in range(args.runs):
                run = run_once(path, size)
                shas.add(run.sha256)
                runs.append(run)
                print(
                    f"{size:>5} VMs run {n + 1}: cpu {run.cpu:.2f} s, wall {run.wall:.2f} s, "
                    f"peak RSS {run.rss_mb:.0f} MB, exit {run.code}, sha256 {run.sha256[:12]}",
                    flush=True,
                )
            if len(shas) > 1:
                print(f"WARNING: the {size}-VM runs printed different output", flush=True)
            path.unlink()
    print()
    print(report(runs))


if __name__ == "__main__":
    main()
