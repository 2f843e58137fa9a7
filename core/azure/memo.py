"""A thread-safe single-flight cache: concurrent callers of one key share one request."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")


class SingleFlight:
    """Remembers results by key; the first caller computes, the others wait for it.

    Errors are not remembered, so a later call tries again.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._futures: dict[Hashable, Future[Any]] = {}

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """Return the result for ``key``, computing it once."""
        with self._lock:
            future = self._futures.get(key)
            owner = future is None
            if future is None:
                future = Future()
                self._futures[key] = future
        if not owner:
            result: T = future.result()
            return result
        try:
            value = compute()
        except BaseException as exc:
            with self._lock:  # only our own entry: a refresh may have started a newer read
                if self._futures.get(key) is future:
                    del self._futures[key]
            future.set_exception(exc)
            raise
        future.set_result(value)
        return value

    def has(self, key: Hashable) -> bool:
        """Whether ``key`` has a result, or is being computed."""
        with self._lock:
            return key in self._futures

    def forget_where(self, stale: Callable[[Any], bool]) -> None:
        """Forget every result whose key ``stale(key)`` says is out of date."""
        with self._lock:
            for key in [k for k in self._futures if stale(k)]:
                del self._futures[key]

    def forget(self, key: Hashable) -> None:
        """Forget one result, so the next call for ``key`` reads again."""
        with self._lock:
            self._futures.pop(key, None)

    def clear(self) -> None:
        """Forget every result, so the next calls read again (Refresh)."""
        with self._lock:
            self._futures.clear()
