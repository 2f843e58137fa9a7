"""Turn one Azure CLI VCR recording into a Backup Doctor snapshot (format v1) of real ARM JSON.

The Azure CLI's scenario tests record every HTTP exchange with a live subscription into a
YAML "cassette" (vcrpy): ``interactions: [{request: {method, uri, ...}, response: {status:
{code}, headers, body: {string}}}]``. The recordings are sanitized upstream (zero
subscription ids, placeholder tokens). This module reads one recording straight out of a git
repository (no work tree needed) and writes a snapshot whose ``resources`` are the bodies
Azure sent, unchanged:

* every successful GET of a single ARM object (the body's ``id`` is the request path),
* every item of a successful list answer (``{"value": [...]}``),

limited to the resource types the app reads (``DEFAULT_TYPES``; ``--all-types`` keeps all).
When several interactions answer the same id, the best kind wins, then the last one: a GET
with ``$expand`` (what the snapshot format stores for VMs and restore point collections),
then a plain GET of the object, then a list item. ``--prefer N`` makes interaction N win for
every id it answers. Provenance records the winner and the other interactions.

``--response N`` records interaction N in ``responses`` (method, path without query,
status, body): error answers worth pinning (a 404 for a deleted VM), or a long-running POST
such as ``effectiveNetworkSecurityGroups`` -- for a POST whose answer has no body the final
200 answer of the polled operation is used. ``effectiveNetworkSecurityGroups`` and
``effectiveRouteTable`` POSTs are recorded without asking.

The format's required scaffolding is synthetic and marked so (``"synthetic": true``): one
tenant, the subscription(s) found in the ids. ``capturedAt`` is the recording's last
``date`` response header. Provenance goes into ``description`` and a top-level
``provenance`` object (the loader ignores unknown fields).

Cassettes are read with PyYAML's safe loader (a development dependency).

Usage::

    uv run python tests/corpus/recording.py /work/.mirror/MabOneSdk+azure-cli/repo \\
        refs/heads/dev src/.../recordings/test_backup_rp.yaml \\
        -o tests/corpus/snapshots/backup_rp.json --pick 0-120 --response 7
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

JsonObject = dict[str, Any]

SYNTHETIC_TENANT = "00000000-0000-0000-0000-000000000000"
TOOL = "tests/corpus/recording.py"

#: Resource types the app reads (lower case); list items and GETs of other types are skipped.
DEFAULT_TYPES: frozenset[str] = frozenset(
    {
        "microsoft.resources/resourcegroups",
        "microsoft.compute/virtualmachines",
        "microsoft.compute/virtualmachines/extensions",
        "microsoft.compute/restorepointcollections",
        "microsoft.compute/restorepointcollections/restorepoints",
        "microsoft.compute/disks",
        "microsoft.recoveryservices/vaults",
        "microsoft.recoveryservices/vaults/backuppolicies",
        "microsoft.recoveryservices/vaults/backupfabrics/protectioncontainers/protecteditems",
        "microsoft.recoveryservices/vaults/backupjobs",
        "microsoft.authorization/locks",
        "microsoft.authorization/roleassignments",
        "microsoft.network/networkinterfaces",
        "microsoft.network/networksecuritygroups",
        "microsoft.keyvault/vaults",
    }
)

#: POST operations recorded in ``responses`` without being asked for.
AUTO_RESPONSES = ("/effectivenetworksecuritygroups", "/effectiveroutetable")

_TOKEN = re.compile(r"Bearer |\beyJ[A-Za-z0-9_-]{10,}")
_SECRET_KEY = re.compile(r"(password|secret|secretvalue|client_secret)$", re.IGNORECASE)


# --------------------------------------------------------------------------------------
# A minimal YAML reader for vcrpy cassettes
# --------------------------------------------------------------------------------------


class YamlError(ValueError):
    """The recording is not the YAML vcrpy writes."""


def parse_yaml(text: str) -> Any:
    """Parse a vcrpy cassette with PyYAML's safe loader; raise YamlError when it is not YAML."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise YamlError(str(exc)) from exc


# --------------------------------------------------------------------------------------
# Interactions
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Interaction:
    """One recorded request and its answer."""

    index: int
    method: str
    uri: str
    status: int
    body_text: str | None
    headers: dict[str, list[str]] = field(default_factory=dict)

    @property
    def path(self) -> str:
        """The request path, percent-decoded, without scheme, host and query string."""
        return unquote(urlsplit(self.uri).path)

    @property
    def query(self) -> str:
        """The request's query string, percent-decoded."""
        return unquote(urlsplit(self.uri).query)

    @property
    def is_arm(self) -> bool:
        """True for requests to Azure Resource Manager."""
        return urlsplit(self.uri).hostname == "management.azure.com"

    def header(self, name: str) -> list[str]:
        """The response header's values (case-insensitive name)."""
        for key, values in self.headers.items():
            if key.lower() == name.lower():
                return values
        return []

    def json(self) -> Any:
        """The body parsed as JSON, or None when it is empty or not JSON."""
        if not self.body_text:
            return None
        try:
            return json.loads(self.body_text)
        except json.JSONDecodeError:
            return None


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


def parse_recording(text: str) -> list[Interaction]:
    """The interactions of a vcrpy cassette, in recorded order."""
    data = parse_yaml(text)
    if not isinstance(data, dict) or not isinstance(data.get("interactions"), list):
        raise YamlError("not a vcrpy recording (no 'interactions' list)")
    result: list[Interaction] = []
    for i, item in enumerate(data["interactions"]):
        request = item.get("request") or {}
        response = item.get("response") or {}
        body = (response.get("body") or {}).get("string")
        if isinstance(body, bytes):
            body = body.decode("utf-8", errors="replace")
        status = response.get("status") or {}
        headers = {str(k): _as_list(v) for k, v in (response.get("headers") or {}).items()}
        result.append(
            Interaction(
                index=i,
                method=str(request.get("method", "")).upper(),
                uri=str(request.get("uri", "")),
                status=int(status.get("code", 0)),
                body_text=body if body is None else str(body),
                headers=headers,
            )
        )
    return result


# --------------------------------------------------------------------------------------
# Snapshot building
# --------------------------------------------------------------------------------------


def parse_pick(spec: str | None) -> set[int] | None:
    """Interaction indexes from ``"0-12,17,20-"`` style text; None means all."""
    if not spec:
        return None
    chosen: set[int] = set()
    for raw in spec.split(","):
        part = raw.strip()
        if not part:
            continue
        if "-" in part:
            low, _, high = part.partition("-")
            chosen.update(range(int(low or 0), int(high) + 1 if high else 1_000_000))
        else:
            chosen.add(int(part))
    return chosen


def resource_type(obj: JsonObject) -> str:
    """The object's ``type`` in lower case, inferred from the id for resource groups."""
    kind = obj.get("type")
    if isinstance(kind, str) and kind:
        return kind.lower()
    if re.fullmatch(r"/subscriptions/[^/]+/resourcegroups/[^/]+", str(obj.get("id", "")).lower()):
        return "microsoft.resources/resourcegroups"
    return ""


def _subscription_ids(ids: Iterable[str]) -> list[str]:
    found: dict[str, str] = {}
    for rid in ids:
        match = re.match(r"^/subscriptions/([^/]+)", rid, re.IGNORECASE)
        if match:
            found.setdefault(match.group(1).lower(), match.group(1))
    return sorted(found.values(), key=str.lower)


def _rfc3339(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def captured_at(interactions: Sequence[Interaction]) -> tuple[str, int]:
    """(RFC 3339 UTC time, interaction index) of the recording's last ``date`` header."""
    for item in reversed(interactions):
        for value in item.header("date"):
            try:
                return _rfc3339(parsedate_to_datetime(value)), item.index
            except (TypeError, ValueError):
                continue
    raise ValueError("the recording has no 'date' response header")


def find_secrets(value: Any, where: str = "") -> list[str]:
    """Places in ``value`` that look like credentials (tokens, non-empty password values)."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            here = f"{where}.{key}"
            if _SECRET_KEY.search(str(key)) and isinstance(item, str) and item.strip():
                found.append(here)
            found += find_secrets(item, here)
    elif isinstance(value, list):
        for n, item in enumerate(value):
            found += find_secrets(item, f"{where}[{n}]")
    elif isinstance(value, str) and _TOKEN.search(value):
        found.append(where)
    return found


@dataclass(slots=True)
class _Candidate:
    obj: JsonObject
    interaction: Interaction
    rank: int
    kind: str


@dataclass(slots=True)
class Options:
    """What to take from a recording (recorded in ``provenance.options``)."""

    pick: str | None = None
    prefer: list[int] = field(default_factory=list)
    responses: list[int] = field(default_factory=list)
    all_types: bool = False
    types: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    prune_vaults: bool = False
    note: str = ""

    def to_json(self) -> JsonObject:
        """The options as JSON data, for provenance and for rebuilding the snapshot."""
        return {
            "pick": self.pick,
            "prefer": self.prefer,
            "responses": self.responses,
            "allTypes": self.all_types,
            "types": self.types,
            "exclude": self.exclude,
            "pruneVaults": self.prune_vaults,
            "note": self.note,
        }

    @classmethod
    def from_json(cls, data: JsonObject) -> Options:
        """Options from ``provenance.options``."""
        return cls(
            pick=data.get("pick"),
            prefer=list(data.get("prefer") or []),
            responses=list(data.get("responses") or []),
            all_types=bool(data.get("allTypes")),
            types=list(data.get("types") or []),
            exclude=list(data.get("exclude") or []),
            prune_vaults=bool(data.get("pruneVaults")),
            note=str(data.get("note") or ""),
        )


def _response_for(
    item: Interaction, interactions: Sequence[Interaction]
) -> tuple[JsonObject, list[int]]:
    """A ``responses`` entry for ``item``; for a body-less POST, the polled final answer."""
    source = item
    used = [item.index]
    if item.method == "POST" and not item.body_text:
        targets = {
            unquote(urlsplit(v).path).lower()
            for name in ("azure-asyncoperation", "location")
            for v in item.header(name)
        }
        for later in interactions[item.index + 1 :]:
            answered = later.method == "GET" and later.status == 200 and bool(later.body_text)
            if answered and (not targets or later.path.lower() in targets):
                source = later
                used.append(later.index)
                break
    body = source.json()
    entry: JsonObject = {
        "method": item.method,
        "path": item.path,
        "status": 200 if source is not item else item.status,
        "body": body if body is not None else source.body_text,
    }
    return entry, used


def build_snapshot(
    interactions: Sequence[Interaction],
    *,
    repository: str,
    ref: str,
    commit: str,
    path: str,
    options: Options,
) -> JsonObject:
    """The snapshot (format v1 JSON data) for the chosen interactions of one recording."""
    picked = parse_pick(options.pick)
    prefer = set(options.prefer)
    forced = set(options.responses)
    excluded = [e.lower() for e in options.exclude]
    types = {t.lower() for t in options.types} or DEFAULT_TYPES
    candidates: dict[str, list[_Candidate]] = {}
    responses: list[tuple[JsonObject, list[int], Interaction]] = []

    def wanted(obj: JsonObject) -> bool:
        rid = obj.get("id")
        if not isinstance(rid, str) or not rid.startswith("/") or "?" in rid:
            return False
        if not isinstance(obj.get("name"), str):
            return False
        if any(e in rid.lower() for e in excluded):
            return False
        return options.all_types or resource_type(obj) in types

    for item in interactions:
        if picked is not None and item.index not in picked:
            continue
        if not item.is_arm:
            continue
        auto = item.method == "POST" and item.path.lower().endswith(AUTO_RESPONSES)
        if item.index in forced or (auto and 200 <= item.status < 300):
            responses.append((*_response_for(item, interactions), item))
            continue
        if item.method != "GET" or item.status != 200:
            continue
        body = item.json()
        if not isinstance(body, dict):
            continue
        found: list[tuple[JsonObject, int, str]] = []
        if isinstance(body.get("id"), str) and body["id"].lower() == item.path.lower():
            expanded = "$expand=" in item.query.lower()
            found.append((body, 3 if expanded else 2, "get-expand" if expanded else "get"))
        elif isinstance(body.get("value"), list):
            found += [(obj, 1, "list-item") for obj in body["value"] if isinstance(obj, dict)]
        for obj, rank, kind in found:
            if wanted(obj):
                key = obj["id"].lower()
                won = 9 if item.index in prefer else rank
                candidates.setdefault(key, []).append(_Candidate(obj, item, won, kind))

    resources: list[JsonObject] = []
    trail: list[JsonObject] = []
    winners = []
    for group in candidates.values():
        best = max(group, key=lambda c: (c.rank, c.interaction.index))
        winners.append((best, [c.interaction.index for c in group if c is not best]))
    if options.prune_vaults:
        winners = _prune_vaults(winners)
    winners.sort(key=lambda w: (_order(w[0].obj), w[0].obj["id"].lower()))
    for best, others in winners:
        secrets = find_secrets(best.obj)
        if secrets:
            print(f"dropped {best.obj['id']}: looks like a secret at {secrets}", file=sys.stderr)
            continue
        resources.append(best.obj)
        entry: JsonObject = {
            "id": best.obj["id"],
            "interaction": best.interaction.index,
            "method": best.interaction.method,
            "uri": best.interaction.uri,
            "kind": best.kind,
        }
        if others:
            entry["alsoAnsweredBy"] = others
        trail.append(entry)
    response_entries: list[JsonObject] = []
    for entry, used, item in responses:
        secrets = find_secrets(entry["body"])
        if secrets:
            print(
                f"dropped response {item.index}: looks like a secret at {secrets}", file=sys.stderr
            )
            continue
        response_entries.append(entry)
        trail.append(
            {
                "response": f"{entry['method']} {entry['path']}",
                "interaction": used[-1],
                "method": item.method,
                "uri": item.uri,
                "kind": "response",
            }
            | ({"requestInteraction": used[0]} if len(used) > 1 else {})
        )

    when, when_index = captured_at(interactions)
    subs = _subscription_ids([r["id"] for r in resources] + [e["path"] for e in response_entries])
    name = Path(path).stem
    description = (
        f"Real ARM answers from the Azure CLI recording {name} ({repository}@{commit[:12]}, "
        f"{path}), bodies unchanged. Tenant and subscriptions are synthetic scaffolding. "
        f"Built by {TOOL}."
    )
    if options.note:
        description += " " + options.note
    snapshot: JsonObject = {
        "format": "backup-doctor-snapshot",
        "version": 1,
        "capturedAt": when,
        "cloud": "AzureCloud",
        "description": description,
        "tenants": [
            {
                "tenantId": SYNTHETIC_TENANT,
                "displayName": "Synthetic tenant (not in the recording)",
                "synthetic": True,
            }
        ],
        "subscriptions": [
            {
                "id": f"/subscriptions/{sid}",
                "subscriptionId": sid,
                "displayName": f"Synthetic subscription {sid} (seen in the recorded ids)",
                "state": "Enabled",
                "tenantId": SYNTHETIC_TENANT,
                "synthetic": True,
            }
            for sid in subs
        ],
        "resources": resources,
    }
    if response_entries:
        snapshot["responses"] = response_entries
    snapshot["provenance"] = {
        "repository": repository,
        "ref": ref,
        "commit": commit,
        "path": path,
        "tool": TOOL,
        "capturedAtFrom": f"'date' header of interaction {when_index}",
        "synthetic": ["tenants", "subscriptions"],
        "interactionCount": len(interactions),
        "options": options.to_json(),
        "interactions": trail,
    }
    return snapshot


def _prune_vaults(winners: list[Any]) -> list[Any]:
    """Drop Recovery Services vaults with nothing stored below them (a subscription-wide
    vault list otherwise brings every vault of a shared test subscription)."""
    ids = [w[0].obj["id"].lower() for w in winners]
    kept = []
    for winner, rid in zip(winners, ids, strict=True):
        if resource_type(winner[0].obj) == "microsoft.recoveryservices/vaults" and not any(
            other.startswith(rid + "/") for other in ids
        ):
            continue
        kept.append(winner)
    return kept


_ORDER = (
    "microsoft.resources/resourcegroups",
    "microsoft.authorization/locks",
    "microsoft.keyvault/vaults",
    "microsoft.network/",
    "microsoft.compute/virtualmachines",
    "microsoft.compute/",
    "microsoft.recoveryservices/vaults",
)


def _order(obj: JsonObject) -> int:
    kind = resource_type(obj)
    for n, prefix in enumerate(_ORDER):
        if kind.startswith(prefix):
            return n
    return len(_ORDER)


def dumps(snapshot: JsonObject) -> str:
    """The snapshot as the text written to disk (stable: same input, same bytes)."""
    return json.dumps(snapshot, indent=1, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------------------
# Git access and command line
# --------------------------------------------------------------------------------------


def git(repo: str | Path, *args: str) -> bytes:
    """Output of ``git -C repo args`` (bytes); raise CalledProcessError on failure."""
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True).stdout


def repository_name(repo: str | Path) -> str:
    """``owner/name`` from a mirror directory such as ``/work/.mirror/owner+name/repo``."""
    for part in reversed(Path(repo).resolve().parts):
        if "+" in part:
            return part.replace("+", "/", 1)
    return Path(repo).resolve().name


def snapshot_from_git(
    repo: str | Path, ref: str, path: str, options: Options, repository: str | None = None
) -> JsonObject:
    """Read ``path`` at ``ref`` from the git repository and build its snapshot."""
    commit = git(repo, "rev-parse", f"{ref}^{{commit}}").decode().strip()
    text = git(repo, "show", f"{commit}:{path}").decode("utf-8")
    return build_snapshot(
        parse_recording(text),
        repository=repository or repository_name(repo),
        ref=ref,
        commit=commit,
        path=path,
        options=options,
    )


def _ints(text: str) -> list[int]:
    return sorted(parse_pick(text) or set())


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("repo", help="git directory (bare mirrors work)")
    parser.add_argument("ref", help="branch, tag or commit")
    parser.add_argument("path", help="recording path inside the repository")
    parser.add_argument("-o", "--output", help="snapshot file to write (default: stdout)")
    parser.add_argument("--pick", help="interaction indexes to use, e.g. '0-40,52' (default all)")
    parser.add_argument(
        "--prefer", default="", help="interaction indexes whose answers win for their ids"
    )
    parser.add_argument(
        "--response", default="", help="interaction indexes to record in 'responses'"
    )
    parser.add_argument(
        "--exclude", action="append", default=[], help="skip resources whose id contains this"
    )
    parser.add_argument("--all-types", action="store_true", help="keep every resource type")
    parser.add_argument(
        "--type", action="append", default=[], help="keep only this type (repeatable)"
    )
    parser.add_argument(
        "--prune-vaults", action="store_true", help="drop vaults with nothing stored below them"
    )
    parser.add_argument("--repository", help="owner/name (default: from the mirror directory)")
    parser.add_argument("--note", default="", help="text appended to the description")
    args = parser.parse_args(argv)
    options = Options(
        pick=args.pick,
        prefer=_ints(args.prefer),
        responses=_ints(args.response),
        all_types=args.all_types,
        types=list(args.type),
        exclude=list(args.exclude),
        prune_vaults=args.prune_vaults,
        note=args.note,
    )
    snapshot = snapshot_from_git(args.repo, args.ref, args.path, options, args.repository)
    text = dumps(snapshot)
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(text, encoding="utf-8")
        print(
            f"{args.output}: {len(snapshot['resources'])} resources, "
            f"{len(snapshot.get('responses', []))} responses",
            file=sys.stderr,
        )
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
