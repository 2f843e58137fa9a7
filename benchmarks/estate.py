"""Generate estates of any size from the demo tenant: every demo VM cloned under new names.

Each clone keeps its original's scenario (VM, NIC, disks, extensions, backup item, jobs,
restore points, effective rules), so the mix of failures stays the demo's. Run as a script
to write a file: ``uv run python benchmarks/estate.py 1000 -o /tmp/estate-1000.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import uuid
from pathlib import Path
from typing import Any

from core.session import demo_path

NAMESPACE = uuid.UUID("6f1f3b4e-5a3c-4c9e-9a51-2d3e4f5a6b7c")
_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _vm_names(data: dict[str, Any]) -> list[str]:
    names = {
        r["name"] for r in data["resources"] if r["type"] == "Microsoft.Compute/virtualMachines"
    }
    names |= {
        r["properties"]["friendlyName"]
        for r in data["resources"]
        if r["type"].endswith("/protectedItems")
    }
    return sorted(names)


def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z0-9-]){re.escape(name)}(?![A-Za-z0-9])")


def _belongs(text: str, pattern: re.Pattern[str]) -> bool:
    return pattern.search(text) is not None


def make_estate(vms: int) -> dict[str, Any]:
    """A snapshot with ``vms`` VMs (rounded up to whole copies of the demo's VMs)."""
    data: dict[str, Any] = json.loads(demo_path().read_text(encoding="utf-8"))
    names = _vm_names(data)
    copies = max(1, -(-vms // len(names)))
    patterns = {name: _pattern(name) for name in names}
    owned: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    shared: list[dict[str, Any]] = []
    for res in data["resources"]:
        key = res["id"]
        if res["type"].endswith("/backupJobs"):
            key = res["properties"].get("entityFriendlyName", "")
        elif res["type"] == "Microsoft.Compute/restorePointCollections":
            key = res["properties"]["source"]["id"]
        owner = next((n for n, p in patterns.items() if _belongs(key, p)), None)
        (owned[owner] if owner else shared).append(res)
    responses_owned: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    shared_responses: list[dict[str, Any]] = []
    for resp in data["responses"]:
        owner = next((n for n, p in patterns.items() if _belongs(resp["path"], p)), None)
        (responses_owned[owner] if owner else shared_responses).append(resp)
    resources = list(shared)
    responses = list(shared_responses)
    for copy in range(copies):
        for name in names:
            new = name if copy == 0 else f"{name}-x{copy:05d}"
            pattern = patterns[name]
            for res in owned[name]:
                text = pattern.sub(new, json.dumps(res))
                if copy and res["type"].endswith("/backupJobs"):
                    old = res["name"]
                    text = text.replace(old, str(uuid.uuid5(NAMESPACE, f"{old}-{copy}")))
                resources.append(json.loads(text))
            for resp in responses_owned[name]:
                responses.append(json.loads(pattern.sub(new, json.dumps(resp))))
    data["resources"] = resources
    data["responses"] = responses
    data["description"] = f"Generated estate: {copies} copies of the demo tenant's VMs (synthetic)."
    return data


def main() -> None:
    """Write an estate of the given size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vms", type=int)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    args.output.write_text(json.dumps(make_estate(args.vms)), encoding="utf-8")


if __name__ == "__main__":
    main()
