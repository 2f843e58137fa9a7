"""An in-process ARM emulator that serves a snapshot file to the real Azure SDK."""

from __future__ import annotations

from core.emulator.credential import EmulatorCredential
from core.emulator.faults import KINDS as FAULT_KINDS
from core.emulator.faults import Fault, FaultPlan, Injection
from core.emulator.router import ArmRouter, FaultHook, RequestRecord
from core.emulator.snapshot import RecordedResponse, ResourceStore, Snapshot, load_snapshot
from core.emulator.transport import EmulatorResponse, EmulatorTransport, make_client_kwargs
from core.emulator.wire import ArmRequest, ArmResponse, arm_error

__all__ = [
    "FAULT_KINDS",
    "ArmRequest",
    "ArmResponse",
    "ArmRouter",
    "EmulatorCredential",
    "EmulatorResponse",
    "EmulatorTransport",
    "Fault",
    "FaultHook",
    "FaultPlan",
    "Injection",
    "RecordedResponse",
    "RequestRecord",
    "ResourceStore",
    "Snapshot",
    "arm_error",
    "load_snapshot",
    "make_client_kwargs",
]
