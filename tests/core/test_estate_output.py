"""`diagnose --all --format json` on a generated estate is byte for byte what it was.

Performance work on the emulator, the gateway and the converters must not change a single
byte of the report: this pins the SHA-256 of the output on a 60-VM estate.
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

from benchmarks.estate import make_estate
from core.cli import main

EXPECTED_SHA256 = "83e67ec5a82eaf7587e03c92572d5638191d9b930036e5987616de72c452be21"
"""Computed from commit 741b336 (JSON contract version 2) BEFORE the estate-scale
optimisations (issue 8): a change to the report itself must update this value on purpose."""

EXPECTED_BYTES = 515446


def test_all_vms_json_is_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "estate-60.json"
    path.write_text(json.dumps(make_estate(60)), encoding="utf-8")
    out = io.StringIO()
    code = main(["--snapshot", str(path), "--all", "--format", "json"], out=out)
    text = out.getvalue()
    assert code == 1  # some VMs of the demo's mix have a problem
    assert len(text.encode("utf-8")) == EXPECTED_BYTES
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == EXPECTED_SHA256
