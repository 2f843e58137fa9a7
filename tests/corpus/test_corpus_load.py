"""The regression corpus of real Azure traffic: every snapshot loads, says where it came from,
and can be rebuilt byte for byte from its recording (when the git mirror is on this machine).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from core.emulator import load_snapshot

HERE = Path(__file__).resolve().parent
SNAPSHOTS = sorted((HERE / "snapshots").glob("*.json"))
MIRROR = Path("/work/.mirror/MabOneSdk+azure-cli/repo")
#: The snapshot rebuilt from the mirror by test_reproduces_byte_for_byte.
REPRODUCED = "backup_rp_vm_not_found_400136.json"


def _recording_module() -> ModuleType:
    """tests/corpus/recording.py, imported by path (tests/corpus is not a package)."""
    spec = importlib.util.spec_from_file_location("corpus_recording", HERE / "recording.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _data(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_the_corpus_is_there() -> None:
    assert len(SNAPSHOTS) >= 12
    recordings = {
        (_data(p)["provenance"]["path"], _data(p)["provenance"]["commit"]) for p in SNAPSHOTS
    }
    assert len(recordings) >= 10


@pytest.mark.parametrize("path", SNAPSHOTS, ids=[p.stem for p in SNAPSHOTS])
def test_snapshot_loads(path: Path) -> None:
    snapshot = load_snapshot(path)
    data = _data(path)
    assert len(snapshot.resources) == len(data["resources"]) > 0
    assert len(snapshot.responses) == len(data.get("responses", []))
    assert snapshot.captured_at.tzinfo is not None


@pytest.mark.parametrize("path", SNAPSHOTS, ids=[p.stem for p in SNAPSHOTS])
def test_snapshot_has_provenance(path: Path) -> None:
    data = _data(path)
    prov = data["provenance"]
    assert prov["repository"] == "MabOneSdk/azure-cli"
    assert len(prov["commit"]) == 40
    assert prov["path"].endswith(".yaml") and "/recordings/" in prov["path"]
    assert prov["ref"]
    assert prov["commit"][:12] in data["description"]
    assert all(t.get("synthetic") for t in data["tenants"])
    assert all(s.get("synthetic") for s in data["subscriptions"])
    trail = prov["interactions"]
    resource_ids = [e["id"] for e in trail if "id" in e]
    assert resource_ids == [r["id"] for r in data["resources"]]
    assert len(trail) - len(resource_ids) == len(data.get("responses", []))
    for entry in trail:
        assert isinstance(entry["interaction"], int)
        assert 0 <= entry["interaction"] < prov["interactionCount"]
        assert entry["method"] and entry["uri"].startswith("https://")


@pytest.mark.parametrize("path", SNAPSHOTS, ids=[p.stem for p in SNAPSHOTS])
def test_no_credentials(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for marker in ("Bearer ", "eyJ0", "client_secret"):
        assert marker not in text
    assert _recording_module().find_secrets(_data(path)) == []


def test_loader_ignores_provenance() -> None:
    data = _data(HERE / "snapshots" / REPRODUCED)
    with_it = load_snapshot(HERE / "snapshots" / REPRODUCED)
    assert "provenance" not in with_it.to_dict()
    assert with_it.resources == data["resources"]


def test_yaml_subset_reader() -> None:
    recording = _recording_module()
    text = (
        "interactions:\n"
        "- request:\n"
        "    body: null\n"
        "    headers:\n"
        "      Accept: [application/json]\n"
        "    method: GET\n"
        "    uri: https://management.azure.com/subscriptions/s/resourceGroups/rg?api-version=1\n"
        "  response:\n"
        '    body: {string: \'{"id":"/subscriptions/s/resourceGroups/rg","name":"rg",\n'
        '        "tags":{"a":"it\'\'s"}}\'}\n'
        "    headers:\n"
        "      date:\n"
        "      - Tue, 01 Jun 2021 10:00:00 GMT\n"
        "    status: {code: 200, message: OK}\n"
        "- request:\n"
        "    method: POST\n"
        '    uri: "https://management.azure.com/x\\\n'
        '      /y"\n'
        "  response:\n"
        "    body:\n"
        "      string: ''\n"
        "    headers: {}\n"
        "    status:\n"
        "      code: 202\n"
        "version: 1\n"
    )
    first, second = recording.parse_recording(text)
    assert first.json() == {
        "id": "/subscriptions/s/resourceGroups/rg",
        "name": "rg",
        "tags": {"a": "it's"},
    }
    assert first.status == 200 and first.header("Date") == ["Tue, 01 Jun 2021 10:00:00 GMT"]
    assert second.method == "POST" and second.uri == "https://management.azure.com/x/y"
    assert second.status == 202 and second.body_text == ""
    assert recording.captured_at([first, second]) == ("2021-06-01T10:00:00Z", 0)


def _mirror_commit(ref: str) -> str | None:
    try:
        out = subprocess.run(
            ["git", "-C", str(MIRROR), "rev-parse", f"{ref}^{{commit}}"],
            check=True,
            capture_output=True,
            text=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip()


@pytest.mark.skipif(not MIRROR.exists(), reason=f"no git mirror at {MIRROR} (CI has none)")
def test_reproduces_byte_for_byte() -> None:
    recording = _recording_module()
    path = HERE / "snapshots" / REPRODUCED
    prov = _data(path)["provenance"]
    if _mirror_commit(prov["ref"]) != prov["commit"]:
        pytest.skip(f"{prov['ref']} no longer points at {prov['commit']} in the mirror")
    rebuilt = recording.snapshot_from_git(
        MIRROR,
        prov["ref"],
        prov["path"],
        recording.Options.from_json(prov["options"]),
        repository=prov["repository"],
    )
    assert recording.dumps(rebuilt) == path.read_text(encoding="utf-8")
