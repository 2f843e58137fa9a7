"""Shared fixtures: snapshots through the real SDK and the in-process ARM emulator."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from core.azure.gateway import Gateway
from core.diagnosis.engine import Diagnosis, diagnose
from core.emulator.snapshot import Snapshot
from core.session import gateway_for


@pytest.fixture
def gateway_of() -> Iterator[Callable[..., Gateway]]:
    """Build gateways on snapshot dicts; closes them after the test."""
    made: list[Gateway] = []

    def build(data: dict[str, Any], **kwargs: Any) -> Gateway:
        gateway = gateway_for(Snapshot.from_dict(data, "test-snapshot.json"), **kwargs)
        made.append(gateway)
        return gateway

    yield build
    for gateway in made:
        gateway.close()


@pytest.fixture
def diagnose_data(gateway_of: Callable[..., Gateway]) -> Callable[[dict[str, Any], str], Diagnosis]:
    """Diagnose one VM of a snapshot dict through the SDK and the emulator."""

    def run(data: dict[str, Any], vm_id: str) -> Diagnosis:
        return diagnose(gateway_of(data), vm_id)

    return run


OUR_LOGGERS = ("core", "gui")


@pytest.fixture(autouse=True, scope="session")
def _logs_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The app's log files go to a temporary folder, never the user's own."""
    import os

    os.environ["BACKUP_DOCTOR_LOG_DIR"] = str(tmp_path_factory.mktemp("logs"))


@pytest.fixture(autouse=True)
def _our_warnings_fail_the_test(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """A warning or error logged by our code fails the test that caused it.

    The gateway logs and drops an object it cannot parse; a test must not pass silently
    through that. A test that expects such a record says so with
    ``@pytest.mark.expect_log_warnings`` (and then asserts on ``caplog`` itself).
    """
    caplog.set_level(logging.WARNING)
    yield
    if request.node.get_closest_marker("expect_log_warnings"):
        return
    ours = [
        r
        for r in caplog.get_records("call")
        if r.levelno >= logging.WARNING and r.name.split(".")[0] in OUR_LOGGERS
    ]
    if ours:
        lines = "\n".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in ours)
        pytest.fail(f"our code logged warnings during the test:\n{lines}", pytrace=False)
