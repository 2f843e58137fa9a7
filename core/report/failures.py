"""A VM or subscription that could not be read during a run over many VMs."""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import BackupDoctorError
from core.ids import parse_id


@dataclass(frozen=True)
class ScopeFailure:
    """What could not be read (a VM or a subscription id) and why."""

    target: str
    error: BackupDoctorError

    @property
    def name(self) -> str:
        """The short name of the target."""
        try:
            return parse_id(self.target).name
        except ValueError:
            return self.target
