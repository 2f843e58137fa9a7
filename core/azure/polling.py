"""Long-running operations with a deadline: a 202 that is polled forever ends with an error."""

from __future__ import annotations

import time
from typing import Any

from azure.mgmt.core.polling.arm_polling import ARMPolling

from core.errors import AzureError
from core.i18n import QT_TRANSLATE_NOOP

MAX_POLLS = 60
DEADLINE_S = 180.0
MAX_DELAY_S = 15.0
"""The longest wait between two polls, whatever Retry-After says."""

NEVER_FINISHED = QT_TRANSLATE_NOOP(
    "CoreErrors",
    "Azure did not finish the operation in time, so its result could not be read. Try again later.",
)


class OperationTimeoutError(AzureError):
    """A long-running operation that did not finish within its poll limit or deadline."""


class BoundedArmPolling(ARMPolling):
    """ARM polling that gives up after ``max_polls`` polls or ``deadline_s`` seconds."""

    def __init__(
        self,
        timeout: float,
        *,
        target: str = "",
        max_polls: int = MAX_POLLS,
        deadline_s: float = DEADLINE_S,
        **kwargs: Any,
    ) -> None:
        super().__init__(timeout, **kwargs)
        self._target = target
        self._max_polls = max_polls
        self._deadline = time.monotonic() + deadline_s
        self._polls = 0

    def _extract_delay(self) -> float:
        """Retry-After, capped: a server asking for ten minutes does not freeze the app."""
        return float(min(super()._extract_delay(), MAX_DELAY_S))

    def _delay(self) -> None:
        """Wait before the next poll, or give up past the limits."""
        self._polls += 1
        if self._polls > self._max_polls or time.monotonic() > self._deadline:
            raise OperationTimeoutError(
                NEVER_FINISHED,
                f"{self._target}: still running after {self._polls - 1} polls",
                target=self._target,
            )
        super()._delay()


def bounded(client: Any, target: str) -> BoundedArmPolling:
    """The polling method for one long-running call of ``client`` (its configured interval)."""
    interval = getattr(getattr(client, "_config", None), "polling_interval", 30)
    return BoundedArmPolling(float(interval), target=target)
