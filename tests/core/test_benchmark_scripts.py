"""The on-demand benchmark scripts still run (no timing asserted: numbers live in docs)."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_diagnosis_benchmark_runs_and_reports_against_the_bound(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["bench_diagnose.py", "--latency", "0.001", "--runs", "1"])
    runpy.run_path(str(ROOT / "benchmarks" / "bench_diagnose.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "critical path: 4 round trips" in out
    assert "one VM (vm-sql-01):" in out
    assert "all 20 VMs:" in out and "x bound" in out
