"""A record of every read and operation the app performs, for the activity panel and logs."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Activity:
    """One finished request or operation: what, on which target, when, and how it ended."""

    started: datetime
    seconds: float
    operation: str
    target: str
    ok: bool
    error: str = ""


Observer = Callable[[Activity], None]


class ActivityLog:
    """Keeps the latest activities and tells observers about each new one (any thread)."""

    def __init__(self, keep: int = 2000) -> None:
        self._lock = threading.Lock()
        self._items: list[Activity] = []
        self._keep = keep
        self._observers: list[Observer] = []

    def subscribe(self, observer: Observer) -> None:
        """Call ``observer`` with every new activity, on the thread that recorded it."""
        with self._lock:
            self._observers.append(observer)

    def unsubscribe(self, observer: Observer) -> None:
        """Stop calling ``observer``."""
        with self._lock:
            if observer in self._observers:
                self._observers.remove(observer)

    def record(self, activity: Activity) -> None:
        """Add an activity and notify the observers."""
        with self._lock:
            self._items.append(activity)
            del self._items[: -self._keep]
            observers = list(self._observers)
        for observer in observers:
            observer(activity)

    def items(self) -> list[Activity]:
        """The kept activities, oldest first."""
        with self._lock:
            return list(self._items)
