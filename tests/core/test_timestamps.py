"""ARM times are UTC when they carry no zone, in every time zone the machine is set to."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from core.azure.convert import parse_time
from core.emulator.odata import parse_arm_time as emulator_time
from core.emulator.snapshot import Snapshot
from core.errors import SnapshotError
from core.timestamps import parse_arm_time
from tests import arm


@pytest.fixture(params=["UTC", "Europe/Istanbul", "America/Los_Angeles"])
def machine_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run the test with the process in another local time zone."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    parse_arm_time.cache_clear()
    yield request.param
    monkeypatch.undo()
    time.tzset()
    parse_arm_time.cache_clear()


def test_a_time_without_a_zone_is_utc_in_every_machine_zone(machine_zone: str) -> None:
    expected = datetime(2026, 11, 25, 2, 31, tzinfo=UTC)
    assert parse_time("2026-11-25T02:31:00") == expected
    assert emulator_time("2026-11-25T02:31:00") == expected
    assert parse_time("2026-11-25T05:31:00+03:00") == expected
    assert parse_time("2026-11-25T02:31:00.1234567Z") == expected.replace(microsecond=123456)


def test_the_snapshot_clock_is_the_same_in_every_machine_zone(machine_zone: str) -> None:
    data = arm.snapshot()
    data["capturedAt"] = "2026-11-25T05:31:00+03:00"
    assert Snapshot.from_dict(data).captured_at == datetime(2026, 11, 25, 2, 31, tzinfo=UTC)


def test_the_services_never_and_out_of_range_times_read_as_no_time() -> None:
    assert parse_time("2001-01-01T00:00:00Z") is None
    assert parse_time("0001-01-01T00:00:00") is None
    assert parse_time("9999-12-31T23:00:00-05:00") is None  # past year 9999 in UTC
    assert parse_time("yesterday") is None
    assert parse_time(1700000000) is None


@pytest.mark.parametrize("captured", ["9999-12-31T23:00:00-05:00", "0001-01-01T00:30:00+01:00"])
def test_a_capture_time_out_of_range_is_a_clear_snapshot_error(captured: str) -> None:
    data = arm.snapshot()
    data["capturedAt"] = captured
    with pytest.raises(SnapshotError, match="capturedAt"):
        Snapshot.from_dict(data, source="x.json")
