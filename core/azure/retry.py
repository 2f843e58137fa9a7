"""Retries Azure says are right, within bounds: Retry-After is capped, read-only POSTs retry.

azure-core honours any Retry-After (600 s and more) and does not retry a POST whose
connection was reset. The effective-rules POSTs only read, so they are safe to repeat.
"""

from __future__ import annotations

from typing import Any

from azure.core.pipeline.policies import RetryPolicy

MAX_RETRY_AFTER_S = 30.0
"""The longest wait between two attempts, whatever Retry-After says."""

READ_ONLY_POSTS = ("/effectivenetworksecuritygroups", "/effectiveroutetable")
"""POST operations that only read: retrying them changes nothing."""


class BoundedRetryPolicy(RetryPolicy[Any, Any]):
    """RetryPolicy with a capped Retry-After and retries for read-only POSTs."""

    def get_retry_after(self, response: Any) -> float | None:
        """Retry-After in seconds, at most MAX_RETRY_AFTER_S."""
        value = super().get_retry_after(response)
        return None if value is None else min(float(value), MAX_RETRY_AFTER_S)

    def _is_method_retryable(
        self, settings: dict[str, Any], request: Any, response: Any = None
    ) -> bool:
        """Also retry the POSTs that only read (effective rules and routes)."""
        if request.method.upper() == "POST":
            path = str(request.url).split("?", 1)[0].lower()
            if path.endswith(READ_ONLY_POSTS):
                return True
        return bool(super()._is_method_retryable(settings, request, response))
