"""Regenerate the README screenshots: ``uv run python docs/screenshots/make_screenshots.py``.

Each picture is one ``backup-doctor --demo --screenshot`` run (offscreen), so what you see is
what the app draws after loading the demo tenant and, for a VM, diagnosing it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

SHOTS: dict[str, list[str]] = {
    "diagnosis-light.png": ["--vm", "vm-sql-01", "--theme", "light"],
    "diagnosis-dark.png": ["--vm", "vm-sql-01", "--theme", "dark"],
    "diagnosis-tr.png": ["--vm", "vm-app-01", "--theme", "light", "--lang", "tr"],
    "jobs-dark.png": ["--vault", "rsv-prod-weu", "--tab", "jobs", "--theme", "dark"],
    "restore-points-light.png": [
        "--vm",
        "vm-sql-01",
        "--tab",
        "restore-points",
        "--theme",
        "light",
    ],
    "hidden-types-light.png": [
        "--group",
        "AzureBackupRG_westeurope_1",
        "--tab",
        "contents",
        "--show-hidden",
        "--theme",
        "light",
    ],
    "locks-tr-dark.png": [
        "--group",
        "rp-snapshots-weu-1",
        "--tab",
        "locks",
        "--theme",
        "dark",
        "--lang",
        "tr",
    ],
}


def main(argv: list[str]) -> int:
    """Write every screenshot (or only those named on the command line) into ``out``."""
    out = Path(os.environ.get("SCREENSHOTS_DIR", HERE))
    wanted = argv or list(SHOTS)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in wanted:
        target = out / name
        command = [
            sys.executable,
            "-m",
            "gui.main",
            "--demo",
            "--screenshot",
            str(target),
            *SHOTS[name],
        ]
        result = subprocess.run(command, cwd=ROOT, env=env, check=False)
        print(f"{name}: {'ok' if result.returncode == 0 else f'failed ({result.returncode})'}")
        if result.returncode:
            return result.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
