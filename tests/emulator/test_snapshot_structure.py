"""The one-pass structure check agrees with the schema: the validator runs only on a problem."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from core.emulator import Snapshot
from core.emulator import snapshot as snapshot_module
from core.emulator.snapshot import _conforms, _validator
from tests.emulator.tenant import snapshot_data

Change = Callable[[dict[str, Any]], Any]

CHANGES: list[Change] = [
    lambda d: d.pop("tenants"),
    lambda d: d.update(version=1.0),
    lambda d: d.update(version=True),
    lambda d: d.update(capturedAt=5),
    lambda d: d.update(cloud=""),
    lambda d: d.update(cloud=3),
    lambda d: d.update(description=None),
    lambda d: d.update(tenants={}),
    lambda d: d["tenants"].append("x"),
    lambda d: d["tenants"][0].update(tenantId=""),
    lambda d: d["tenants"][0].update(displayName=1),
    lambda d: d["subscriptions"][0].update(id="/subscriptions/a/b"),
    lambda d: d["subscriptions"][0].update(id="/subscriptions/a\n"),
    lambda d: d["subscriptions"][0].pop("id"),
    lambda d: d["subscriptions"][0].update(state=None),
    lambda d: d["subscriptions"][0].update(subscriptionId=7),
    lambda d: d["resources"].append([]),
    lambda d: d["resources"][0].update(id="/"),
    lambda d: d["resources"][0].update(type=None),
    lambda d: d["responses"].append(None),
    lambda d: d.update(responses={}),
    lambda d: d["responses"][0].update(method="P0ST"),
    lambda d: d["responses"][0].update(path="x/y"),
    lambda d: d["responses"][0].update(status=99),
    lambda d: d["responses"][0].update(status=600),
    lambda d: d["responses"][0].update(status="200"),
    lambda d: d["responses"][0].update(status=200.0),
    lambda d: d["responses"][0].update(headers=[]),
    lambda d: d["responses"][0].update(headers={"a": 1}),
]


def test_a_valid_snapshot_passes_without_the_validator(monkeypatch: pytest.MonkeyPatch) -> None:
    data = snapshot_data()
    assert _conforms(data)

    def refuse() -> None:
        raise AssertionError("the schema validator ran on a valid snapshot")

    monkeypatch.setattr(snapshot_module, "_validator", refuse)
    Snapshot.from_dict(data, "ok.json")


@pytest.mark.parametrize("change", CHANGES)
def test_whatever_the_schema_refuses_the_pass_refuses(change: Change) -> None:
    data = copy.deepcopy(snapshot_data())
    change(data)
    schema_errors = list(_validator().iter_errors(data))
    if schema_errors:
        assert not _conforms(data)
    # The other way round it may be cautious (200.0 is an integer to JSON Schema).


def test_demo_and_generated_estate_conform() -> None:
    import json

    from benchmarks.estate import make_estate
    from core.session import demo_path

    demo = json.loads(demo_path().read_text(encoding="utf-8"))
    assert _conforms(demo)
    assert not list(_validator().iter_errors(demo))
    assert _conforms(make_estate(40))
